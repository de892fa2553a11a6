import Clibgit2

extension Repository {
    /// Local branches whose short name is `prefix` or lies under it, sorted by name like
    /// `git for-each-ref refs/heads/PREFIX`: `tailored` and `tailored/` both match `tailored/acme`
    /// (and a branch named `tailored`), not `tailoredX`. An empty prefix lists every branch.
    public func branches(prefix: String = "") throws -> [BranchInfo] {
        try references(under: "refs/heads/", prefix: prefix) { name, reference in
            guard let target = try peeledReference(reference, to: GIT_OBJECT_COMMIT) else { return nil }
            return BranchInfo(name: String(name.dropFirst("refs/heads/".count)), referenceName: name, target: target)
        }
    }

    /// Tags whose name is `prefix` or lies under it (same matching as `branches(prefix:)`), sorted by name.
    public func tags(prefix: String = "") throws -> [TagInfo] {
        try references(under: "refs/tags/", prefix: prefix) { name, reference in
            guard let direct = git_reference_target(reference) else { return nil }  // a symbolic tag: skip
            var targetOID = direct.pointee
            var object: OpaquePointer?
            try check(git_object_lookup(&object, handle, &targetOID, GIT_OBJECT_ANY), "git_object_lookup")
            defer { git_object_free(object) }
            let shortName = String(name.dropFirst("refs/tags/".count))
            guard git_object_type(object) == GIT_OBJECT_TAG else {
                return TagInfo(
                    name: shortName, referenceName: name, target: ObjectID(targetOID), tagObject: nil, message: nil,
                    tagger: nil)
            }
            let message = git_tag_message(object).map { Self.decode($0) } ?? ""
            let tagger = git_tag_tagger(object).map { Self.signature($0) }
            var peeled: OpaquePointer?  // GIT_OBJECT_ANY peels tags until the type is no longer a tag
            try check(git_object_peel(&peeled, object, GIT_OBJECT_ANY), "git_object_peel")
            defer { git_object_free(peeled) }
            return TagInfo(
                name: shortName, referenceName: name, target: ObjectID(git_object_id(peeled)),
                tagObject: ObjectID(targetOID), message: message, tagger: tagger)
        }
    }

    /// Creates the annotated tag `name` on `target` (tagger from git's identity, or `cvtrack`), like
    /// `git tag -a NAME -m MESSAGE TARGET`. Fails with `.alreadyExists` when the tag exists and with
    /// `.invalidName` for a bad name, in both cases before writing anything.
    @discardableResult
    public func createAnnotatedTag(name: String, target: ObjectID, message: String) throws -> ObjectID {
        LibGit2.ensureInitialized()
        guard Self.isValidTagName(name) else {
            throw GitError(
                .invalidName, code: GIT_EINVALIDSPEC.rawValue, message: "invalid tag name", operation: "git_tag_create",
                subject: name, explanation: "'\(Self.printable(name))' is not a valid tag name")
        }
        if try referenceTarget("refs/tags/" + name) != nil { throw tagExists(name, nil) }
        let fullMessage = try Self.prettifiedMessage(message, trailers: [])
        var targetOID = target.raw
        var object: OpaquePointer?
        let lookup = git_object_lookup(&object, handle, &targetOID, GIT_OBJECT_ANY)
        if lookup < 0 {
            throw GitError(code: lookup, operation: "git_object_lookup").explained(
                as: .badRevision, subject: target.hex, "\(target.short) is not an object in this repository")
        }
        defer { git_object_free(object) }
        let tagger = try makeSignature()
        defer { git_signature_free(tagger) }
        var out = git_oid()
        let rc = git_tag_create(&out, handle, name, object, tagger, fullMessage, 0)
        if rc < 0 {
            let error = GitError(code: rc, operation: "git_tag_create")
            if error.alreadyExists { throw tagExists(name, error) }
            throw error
        }
        return ObjectID(out)
    }

    private func tagExists(_ name: String, _ error: GitError?) -> GitError {
        let text = "tag '\(name)' already exists"
        return error?.explained(as: .alreadyExists, subject: name, text)
            ?? GitError(
                .alreadyExists, code: GIT_EEXISTS.rawValue, message: text, operation: "git_tag_create", subject: name,
                explanation: text)
    }

    /// What a reference points to (symbolic references resolved, tags not peeled): a full name
    /// (`refs/heads/main`, `HEAD`) or a short one resolved like git (`main`, `v1.0`, `origin/main`).
    /// Nil when there is no such reference (or HEAD is unborn).
    public func reference(named name: String) throws -> ObjectID? {
        LibGit2.ensureInitialized()
        if name == "HEAD" || name.hasPrefix("refs/") {
            guard Self.isValidReferenceName(name) else { return nil }
            return try referenceTarget(name)
        }
        var reference: OpaquePointer?
        let rc = git_reference_dwim(&reference, handle, name)
        if rc == GIT_ENOTFOUND.rawValue || rc == GIT_EINVALIDSPEC.rawValue { return nil }
        try check(rc, "git_reference_dwim")
        defer { git_reference_free(reference) }
        var resolved: OpaquePointer?
        let resolveRC = git_reference_resolve(&resolved, reference)
        if resolveRC == GIT_ENOTFOUND.rawValue { return nil }
        try check(resolveRC, "git_reference_resolve")
        defer { git_reference_free(resolved) }
        guard let target = git_reference_target(resolved) else { return nil }
        return ObjectID(target)
    }

    // MARK: Internals

    /// (full name, reference) under `namespace` matching `prefix`, sorted bytewise by name. The references are
    /// valid only inside `transform`.
    private func references<T>(
        under namespace: String, prefix: String, _ transform: (String, OpaquePointer) throws -> T?
    ) throws -> [T] {
        LibGit2.ensureInitialized()
        let trimmed = Self.trimmingTrailingSlash(prefix)
        let wanted = trimmed.isEmpty || trimmed == "/" ? namespace : namespace + trimmed
        var iterator: OpaquePointer?
        try check(git_reference_iterator_new(&iterator, handle), "git_reference_iterator_new")
        defer { git_reference_iterator_free(iterator) }
        var found: [(String, OpaquePointer)] = []
        defer { for (_, reference) in found { git_reference_free(reference) } }
        while true {
            var reference: OpaquePointer?
            let rc = git_reference_next(&reference, iterator)
            if rc == GIT_ITEROVER.rawValue { break }
            try check(rc, "git_reference_next")
            guard let reference else { continue }
            let name = String(cString: git_reference_name(reference))
            let matches =
                wanted == namespace ? name.hasPrefix(namespace) : (name == wanted || name.hasPrefix(wanted + "/"))
            if matches { found.append((name, reference)) } else { git_reference_free(reference) }
        }
        found.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        return try found.compactMap { try transform($0.0, $0.1) }
    }

    /// The id of `reference` peeled to `type`; nil when it is broken or cannot be peeled.
    private func peeledReference(_ reference: OpaquePointer, to type: git_object_t) throws -> ObjectID? {
        var object: OpaquePointer?
        let rc = git_reference_peel(&object, reference, type)
        if rc < 0 { return nil }
        defer { git_object_free(object) }
        return ObjectID(git_object_id(object))
    }
}
