import Clibgit2

/// Validation of branch, tag and path names, done before anything is written.
extension Repository {
    /// Whether `name` is acceptable as a branch: a short name (`tailored/acme`) or a full `refs/heads/…` name
    /// that git accepts (`git check-ref-format --branch`): no `..`, no `.lock` suffix, no spaces or control
    /// characters, no leading `-`, not `HEAD`, etc. Uses `git_reference_name_is_valid`, so the first call
    /// initialises libgit2.
    public static func isValidBranchName(_ name: String) -> Bool {
        guard let full = fullBranchReference(name) else { return false }
        return isValidReferenceName(full)
    }

    /// Whether `name` is a valid tag name (`refs/tags/<name>` is a valid reference name, no leading `-`).
    public static func isValidTagName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("-") else { return false }
        return isValidReferenceName("refs/tags/" + name)
    }

    /// `refs/heads/<name>` for a short name, the name itself when it already starts with `refs/heads/`;
    /// nil for names git refuses as branches before looking at the ref rules (`HEAD`, leading `-`, empty).
    static func fullBranchReference(_ name: String) -> String? {
        let short = name.hasPrefix("refs/heads/") ? String(name.dropFirst("refs/heads/".count)) : name
        guard !short.isEmpty, short != "HEAD", !short.hasPrefix("-") else { return nil }
        return "refs/heads/" + short
    }

    static func isValidReferenceName(_ name: String) -> Bool {
        LibGit2.ensureInitialized()
        // libgit2 1.5 lets DEL (0x7f) through; git refuses it with the other control characters.
        guard !name.utf8.contains(where: { $0 < 0x20 || $0 == 0x7f }) else { return false }
        var valid: Int32 = 0
        guard git_reference_name_is_valid(&valid, name) == 0 else { return false }
        return valid == 1
    }

    static func invalidBranchName(_ name: String) -> GitError {
        GitError(
            .invalidName, code: GIT_EINVALIDSPEC.rawValue, message: "invalid branch name",
            operation: "git_reference_name_is_valid", subject: name,
            explanation: "'\(printable(name))' is not a valid branch name")
    }

    /// The branch's full reference name, or `.invalidName`.
    static func validatedBranchReference(_ name: String) throws -> String {
        guard let full = fullBranchReference(name), isValidReferenceName(full) else { throw invalidBranchName(name) }
        return full
    }

    /// A path inside a tree: relative, `/`-separated, no empty, `.`, `..` or `.git` component, no NUL.
    /// A leading `./` is dropped.
    static func validatedTreePath(_ path: String) throws -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        let components = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let bad =
            trimmed.isEmpty || trimmed.utf8.contains(0) || trimmed.hasPrefix("/")
            || components.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.lowercased() == ".git" }
        if bad {
            throw GitError(
                .invalidName, code: GIT_EINVALIDSPEC.rawValue, message: "invalid path", operation: "path validation",
                subject: path,
                explanation: "invalid path '\(printable(path))': expected a relative path inside the repository")
        }
        return String(trimmed)
    }

    /// `name` with control characters escaped, for messages.
    static func printable(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7f {
                out += "\\x" + String(scalar.value, radix: 16, uppercase: false).leftPadded(to: 2)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
