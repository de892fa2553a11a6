import Clibgit2

extension Repository {
    /// The commit named by `spec`, in any syntax git accepts: `HEAD~2`, `main^2`, branch and tag names
    /// (annotated tags are peeled), full or short ids, `main@{1}`, `:/message` …
    ///
    /// Throws `.unbornHead` when `spec` needs HEAD and the branch has no commits yet, `.badRevision` when it
    /// does not resolve or does not name a commit.
    public func resolveCommit(_ spec: String) throws -> ObjectID {
        let object = try revparseSingle(spec)
        defer { git_object_free(object) }
        return try peeledID(object, to: GIT_OBJECT_COMMIT, spec: spec, what: "a commit")
    }

    /// Resolves `A..B` or `A...B` (an empty side means HEAD, as in git). The merge base is computed with
    /// `git_merge_base` for both forms (nil when the histories share no commit).
    public func resolveRange(_ spec: String) throws -> RevisionRange {
        LibGit2.ensureInitialized()
        guard spec.contains("..") else {
            throw GitError(
                .badRevision, code: GIT_EINVALIDSPEC.rawValue, message: "not a range", operation: "git_revparse",
                subject: spec, explanation: "'\(spec)' is not a revision range: expected A..B or A...B")
        }
        var revspec = git_revspec()
        let rc = git_revparse(&revspec, handle, spec)
        if rc < 0 { throw revisionError(GitError(code: rc, operation: "git_revparse"), spec: spec) }
        defer {
            git_object_free(revspec.from)
            git_object_free(revspec.to)
        }
        guard revspec.flags & GIT_REVSPEC_RANGE.rawValue != 0, let fromObject = revspec.from, let toObject = revspec.to
        else {
            throw GitError(
                .badRevision, code: GIT_EINVALIDSPEC.rawValue, message: "not a range", operation: "git_revparse",
                subject: spec, explanation: "'\(spec)' is not a revision range: expected A..B or A...B")
        }
        let from = try peeledID(fromObject, to: GIT_OBJECT_COMMIT, spec: spec, what: "a commit")
        let to = try peeledID(toObject, to: GIT_OBJECT_COMMIT, spec: spec, what: "a commit")
        return RevisionRange(
            from: from, to: to, mergeBase: try mergeBase(from, to),
            isSymmetric: revspec.flags & GIT_REVSPEC_MERGE_BASE.rawValue != 0)
    }

    /// The best common ancestor of two commits (`git merge-base A B`), nil when there is none.
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws -> ObjectID? {
        var out = git_oid()
        var one = a.raw
        var two = b.raw
        let rc = git_merge_base(&out, handle, &one, &two)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_merge_base")
        return ObjectID(out)
    }

    // MARK: Internals

    /// `git_revparse_single` with errors explained; the caller frees the object.
    func revparseSingle(_ spec: String) throws -> OpaquePointer {
        LibGit2.ensureInitialized()
        var object: OpaquePointer?
        let rc = git_revparse_single(&object, handle, spec)
        if rc < 0 { throw revisionError(GitError(code: rc, operation: "git_revparse_single"), spec: spec) }
        guard let object else { throw GitError(code: -1, operation: "git_revparse_single") }
        return object
    }

    /// The id of `object` peeled to `type`, or `.badRevision` saying what `spec` names instead.
    func peeledID(_ object: OpaquePointer, to type: git_object_t, spec: String, what: String) throws -> ObjectID {
        var peeled: OpaquePointer?
        let rc = git_object_peel(&peeled, object, type)
        if rc < 0 {
            let error = GitError(code: rc, operation: "git_object_peel")
            let actual = String(cString: git_object_type2string(git_object_type(object)))
            throw error.explained(
                as: .badRevision, subject: spec, "'\(spec)' names a \(actual), not \(what)")
        }
        defer { git_object_free(peeled) }
        return ObjectID(git_object_id(peeled))
    }

    /// Explains a revision-parsing failure: unborn HEAD, or an unknown / malformed revision.
    func revisionError(_ error: GitError, spec: String) -> GitError {
        if error.kind == .ownedByAnotherUser { return error }
        if isHeadUnborn && Self.mentionsHead(spec) {
            return unbornHeadError(error, spec: spec)
        }
        if error.isAmbiguous {
            return error.explained(
                as: .badRevision, subject: spec,
                "ambiguous argument '\(spec)': short object ID is ambiguous (\(error.message))")
        }
        if error.isNotFound || error.isInvalidSpec || error.code == GIT_EPEEL.rawValue
            || error.code == GIT_ERROR.rawValue
        {
            return error.explained(
                as: .badRevision, subject: spec,
                "ambiguous argument '\(spec)': unknown revision or path not in the working tree (\(error.message))")
        }
        return error
    }

    func unbornHeadError(_ error: GitError?, spec: String) -> GitError {
        let branch = headBranchName ?? "HEAD"
        let text = "your current branch '\(branch)' does not have any commits yet"
        let explanation = spec == "HEAD" ? text : "\(text) (cannot resolve '\(spec)')"
        if let error { return error.explained(as: .unbornHead, subject: spec, explanation) }
        return GitError(
            .unbornHead, code: GIT_EUNBORNBRANCH.rawValue,
            message: "reference '\(headSymbolicTarget ?? "HEAD")' not found",
            operation: "git_repository_head", subject: spec, explanation: explanation)
    }

    /// Whether a failing spec depends on HEAD (`HEAD`, `HEAD~1`, `@`, `@{1}`, `A..` …, or the unborn branch).
    static func mentionsHead(_ spec: String) -> Bool {
        if spec.isEmpty || spec.hasPrefix("HEAD") || spec.hasPrefix("@") || spec.hasPrefix("..") || spec.hasSuffix("..")
        {
            return true
        }
        return spec.contains("..HEAD") || spec.contains("...HEAD")
    }
}
