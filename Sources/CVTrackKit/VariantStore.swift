import CVCore
import CVGit

/// Tailored variants as branches: `refs/heads/<prefix><slug>` holds the variant of the CV and, beside it,
/// the job description (`jobs/<slug>.md`); commit trailers record the base commit, the options and the score.
/// Writing never touches the working tree, the index or HEAD.
public struct VariantStore {
    public let workspace: Workspace
    public let prefix: String

    public init(workspace: Workspace) throws {
        self.workspace = workspace
        var prefix = try workspace.config().branchPrefix
        if !prefix.isEmpty && !prefix.hasSuffix("/") { prefix += "/" }
        guard prefix.isEmpty || Repository.isValidBranchName(prefix + "x") else {
            throw WorkspaceError(".cvtrack.yml: tailor.branch-prefix '\(prefix)' cannot start a branch name")
        }
        self.prefix = prefix
    }

    /// A branch-name-safe slug from any text (a job title, `--name`): lowercase ASCII letters and digits
    /// joined by single dashes, at most 48 characters, never empty, never a reserved or special name.
    /// Hostile titles (`../../x`, `refs/heads/main`, spaces, control characters, `.lock`) become harmless.
    public static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            let folded = asciiFold(scalar)
            for c in folded.unicodeScalars {
                if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                    if dash && !out.isEmpty { out.append("-") }
                    dash = false
                    out.unicodeScalars.append(c)
                } else {
                    dash = true
                }
            }
            if out.count >= 48 { break }
        }
        out = String(out.prefix(48))
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasSuffix("lock") && out.dropLast(4).hasSuffix("-") { out.removeLast(5) }
        if out.isEmpty || out == "head" { out = "job" + (out.isEmpty ? "" : "-head") }
        return out
    }

    /// Common accented letters to ASCII (é → e, ß → ss); other characters are separators.
    static func asciiFold(_ s: Unicode.Scalar) -> String {
        switch s {
        case "à", "á", "â", "ã", "ä", "å": return "a"
        case "ç": return "c"
        case "è", "é", "ê", "ë": return "e"
        case "ì", "í", "î", "ï": return "i"
        case "ñ": return "n"
        case "ò", "ó", "ô", "õ", "ö", "ø": return "o"
        case "ù", "ú", "û", "ü": return "u"
        case "ý", "ÿ": return "y"
        case "ß": return "ss"
        case "æ": return "ae"
        case "œ": return "oe"
        default: return s.isASCII ? String(s) : " "
        }
    }

    public func branch(for slug: String) throws -> String {
        let name = prefix + slug
        guard Repository.isValidBranchName(name) else { throw WorkspaceError("'\(name)' is not a valid branch name") }
        return name
    }

    /// One variant branch as `cvtrack variants` shows it.
    public struct Variant: Sendable {
        public var slug: String
        public var branch: String
        public var tip: ObjectID
        public var jobTitle: String?
        public var score: String?
        public var base: ObjectID?
        public var options: String?
        /// Commits that changed the CV on the main line since the variant's base (0: up to date).
        public var behind: Int?
        public var sent: [TagInfo]
    }

    /// Every variant branch under the prefix, with what its tip commit recorded.
    public func variants(cvPath: String?) throws -> [Variant] {
        let repo = workspace.repository
        var out: [Variant] = []
        for b in try repo.branches(prefix: prefix) {
            let slug = String(b.name.dropFirst(prefix.count))
            let info = try repo.commitInfo(b.target)
            let trailers = Self.trailers(info.message)
            var v = Variant(slug: slug, branch: b.name, tip: b.target, jobTitle: trailers["Cvtrack-Job"], score: trailers["Cvtrack-Score"],
                            base: trailers["Cvtrack-Base"].flatMap { ObjectID(hex: $0) }, options: trailers["Cvtrack-Options"],
                            behind: nil, sent: try repo.tags(prefix: "sent/\(slug)/"))
            if let base = v.base, let cvPath, !repo.isHeadUnborn {
                var n = 0
                for version in (try? repo.history(path: cvPath, from: "HEAD")) ?? [] {
                    if version.commit.id == base { break }
                    n += 1
                }
                v.behind = n
            }
            out.append(v)
        }
        return out
    }

    /// `Key: value` trailers of a commit message (the last paragraph).
    public static func trailers(_ message: String) -> [String: String] {
        var out: [String: String] = [:]
        let paragraphs = message.split(separator: "\n\n", omittingEmptySubsequences: true)
        guard let last = paragraphs.last else { return out }
        for line in last.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            guard !key.contains(" ") else { continue }
            out[key] = line[line.index(after: colon)...].trimmingCharacters(in: " ")
        }
        return out
    }

    /// `sent/<slug>/<YYYY-MM-DD>` (then `-2`, `-3` the same day) on the variant's tip.
    public func markSent(slug: String, to recipient: String?, date: String) throws -> String {
        let repo = workspace.repository
        let name = try branch(for: slug)
        guard let tip = try repo.reference(named: "refs/heads/" + name) else {
            throw WorkspaceError("no tailored variant '\(slug)' (branch \(name) does not exist): see `cvtrack variants`")
        }
        var tag = "sent/\(slug)/\(date)"
        var n = 2
        while try repo.reference(named: "refs/tags/" + tag) != nil {
            tag = "sent/\(slug)/\(date)-\(n)"
            n += 1
        }
        let message = "Sent \(slug)" + (recipient.map { " to \($0)" } ?? "") + " on \(date)\n"
        _ = try repo.createAnnotatedTag(name: tag, target: tip, message: message)
        return tag
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) || f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, set.contains(l) || l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
