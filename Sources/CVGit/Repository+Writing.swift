import Clibgit2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Repository {
    /// How many times `commitFiles` rebuilds its commit on a branch that moved under it before giving up.
    public static let commitRetryLimit = 10

    /// Commits `files` (path → bytes) and `removing` (files, or whole folders) onto `branch` without touching
    /// the working tree, the index or HEAD, and returns the new commit.
    ///
    /// - `branch`: a short name (`tailored/acme`) or `refs/heads/…`. Refused (`.branchCheckedOut`) when it is
    ///   checked out in a working tree, since its files and index would then silently disagree with it.
    /// - The parent is the branch's current tip; when the branch does not exist yet, it is `base` (nil makes a
    ///   root commit). `base` is ignored for an existing branch.
    /// - Nested paths (`jobs/acme.md`) work; an existing file keeps its executable bit; new files are 100644.
    /// - `message` is cleaned up like `git commit -m` (`git_message_prettify`, comments kept); `trailers` are
    ///   appended as `Key: value` lines after a blank line.
    /// - Author and committer come from git's `user.name` / `user.email`, or `cvtrack <cvtrack@localhost>`
    ///   when none is configured.
    /// - The ref moves by compare-and-swap with a reflog entry: an existing branch only if it still points at
    ///   the tip the commit was built on, a new one only if nobody created it meanwhile. If the branch moved,
    ///   the commit is rebuilt on the new tip (up to `commitRetryLimit` times, then `.concurrentUpdate`). A
    ///   lock held by another process is waited for briefly, then reported as `.locked`.
    /// - Names, paths, trailers, the message, `base`, lock files and ref name clashes are all checked before any
    ///   object is written.
    @discardableResult
    public func commitFiles(
        branch: String, files: [String: [UInt8]], removing: [String] = [], message: String, base: ObjectID? = nil,
        trailers: [(String, String)] = []
    ) throws -> ObjectID {
        LibGit2.ensureInitialized()

        // 1. Check everything before writing anything.
        let refName = try Self.validatedBranchReference(branch)
        var writes: [(path: String, bytes: [UInt8])] = []
        for (path, bytes) in files { writes.append((try Self.validatedTreePath(path), bytes)) }
        writes.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let removals = try removing.map(Self.validatedTreePath)
        try Self.checkPathClashes(writes: writes.map(\.path), removals: removals)
        let fullMessage = try Self.prettifiedMessage(message, trailers: trailers)
        try ensureNotCheckedOut(refName)
        try ensureNoReferenceClash(refName)
        if let base { try ensureCommitExists(base, role: "base") }
        try waitForReferenceLock(refName)
        var tip = try referenceTarget(refName)
        if !removals.isEmpty { try ensureRemovalsExist(removals, in: tip ?? base, branch: refName) }
        let signature = try makeSignature()
        defer { git_signature_free(signature) }

        // 2. Blobs (written once, reused by every attempt).
        var blobs: [(path: String, id: ObjectID)] = []
        for write in writes {
            var oid = git_oid()
            let rc = write.bytes.withUnsafeBytes { git_blob_create_from_buffer(&oid, handle, $0.baseAddress, $0.count) }
            guard rc >= 0 else {
                // Writing a loose object fails for want of room; libgit2 1.5 then reports its fallback lookup
                // ("failed to find pack entry"), which says nothing of the cause.
                let error = GitError(code: rc, operation: "git_blob_create_from_buffer")
                throw error.explained(
                    as: .fileSystem, subject: gitDir,
                    "cannot write to \(gitDir)/objects (is the disk full, or a quota or file-size limit reached?); libgit2: \(error.message)")
            }
            blobs.append((write.path, ObjectID(oid)))
        }

        // 3. Commit on the tip, then compare-and-swap the ref; rebuild if the branch moved.
        var built: (parent: ObjectID?, commit: ObjectID)?
        var moves = 0
        var lockWaits = 0
        var lastError: GitError?
        while true {
            let parent = tip ?? base
            let commit: ObjectID
            if let built, built.parent == parent {
                commit = built.commit
            } else {
                let tree = try buildTree(on: parent, blobs: blobs, removals: removals)
                commit = try createCommit(tree: tree, parent: parent, signature: signature, message: fullMessage)
                built = (parent, commit)
            }
            let summary = Self.firstLine(fullMessage)
            let logMessage = (parent == nil ? "commit (initial): " : "commit: ") + summary
            var newOID = commit.raw
            var reference: OpaquePointer?
            let rc: Int32
            // Compare-and-swap under the ref's lock. A new branch is expected to be absent (the zero id): libgit2's
            // plain non-forced create checks that before taking the lock, so two writers creating one branch at once
            // could both "succeed", the second overwriting the first's commit.
            var expectedOID = tip?.raw ?? git_oid()
            rc = git_reference_create_matching(&reference, handle, refName, &newOID, 1, &expectedOID, logMessage)
            if rc == 0 {
                git_reference_free(reference)
                return commit
            }
            let error = GitError(code: rc, operation: "git_reference_create_matching")
            lastError = error
            let current = try referenceTarget(refName)
            if error.code == GIT_ELOCKED.rawValue {
                lockWaits += 1
                if lockWaits > Self.lockWaitLimit { throw lockedError(refName, error) }
                Self.backoff(lockWaits)
            } else if current != tip
                && [GIT_EMODIFIED.rawValue, GIT_EEXISTS.rawValue, GIT_ENOTFOUND.rawValue].contains(error.code)
            {
                // No sleep: this writer now holds the freshest tip and only rebuilds the tree and commit (its
                // blobs are written), so it tends to win the next round rather than starve.
                moves += 1
                if moves >= Self.commitRetryLimit { break }
            } else {
                throw error
            }
            tip = current
        }
        let shortName = Self.shortBranchName(refName)
        throw (lastError ?? GitError(code: GIT_EMODIFIED.rawValue, operation: "git_reference_create_matching"))
            .explained(
                as: .concurrentUpdate, subject: refName,
                "branch '\(shortName)' moved concurrently \(Self.commitRetryLimit) times while committing; nothing was "
                    + "updated, try again")
    }

    // MARK: Building blocks

    /// The tree of `parent` (or an empty tree) with `blobs` added and `removals` removed, written through an
    /// in-memory index (`git_index_new` → `git_index_read_tree` → `git_index_add` → `git_index_write_tree_to`).
    private func buildTree(on parent: ObjectID?, blobs: [(path: String, id: ObjectID)], removals: [String]) throws
        -> ObjectID
    {
        var index: OpaquePointer?
        try check(git_index_new(&index), "git_index_new")
        defer { git_index_free(index) }
        if let parent {
            var oid = parent.raw
            var commit: OpaquePointer?
            try check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup")
            defer { git_commit_free(commit) }
            var tree: OpaquePointer?
            try check(git_commit_tree(&tree, commit), "git_commit_tree")
            defer { git_tree_free(tree) }
            try check(git_index_read_tree(index, tree), "git_index_read_tree")
        }
        for path in removals {
            if git_index_get_bypath(index, path, 0) != nil {
                try check(git_index_remove(index, path, 0), "git_index_remove")
            } else {
                try check(git_index_remove_directory(index, path, 0), "git_index_remove_directory")
            }
        }
        for blob in blobs {
            var mode: UInt32 = 0o100644
            if let existing = git_index_get_bypath(index, blob.path, 0), existing.pointee.mode == 0o100755 {
                mode = 0o100755
            }
            var entry = git_index_entry()
            entry.mode = mode
            entry.id = blob.id.raw
            let rc = blob.path.withCString { path -> Int32 in
                entry.path = path
                return git_index_add(index, &entry)
            }
            try check(rc, "git_index_add")
        }
        var treeOID = git_oid()
        try check(git_index_write_tree_to(&treeOID, index, handle), "git_index_write_tree_to")
        return ObjectID(treeOID)
    }

    /// Writes a commit object (no ref is updated).
    private func createCommit(
        tree: ObjectID, parent: ObjectID?, signature: UnsafeMutablePointer<git_signature>, message: String
    ) throws -> ObjectID {
        var treeOID = tree.raw
        var treeObject: OpaquePointer?
        try check(git_tree_lookup(&treeObject, handle, &treeOID), "git_tree_lookup")
        defer { git_tree_free(treeObject) }
        var parentObject: OpaquePointer?
        if let parent {
            var parentOID = parent.raw
            try check(git_commit_lookup(&parentObject, handle, &parentOID), "git_commit_lookup")
        }
        defer { if let parentObject { git_commit_free(parentObject) } }
        var parents: [OpaquePointer?] = parentObject.map { [$0] } ?? []
        var out = git_oid()
        let rc = parents.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(
                &out, handle, nil, signature, signature, nil, message, treeObject, buffer.count,
                buffer.count == 0 ? nil : buffer.baseAddress)
        }
        try check(rc, "git_commit_create")
        return ObjectID(out)
    }

    /// git's identity (`git_signature_default`), or `cvtrack <cvtrack@localhost>` when git has no user.
    /// The caller frees it.
    func makeSignature() throws -> UnsafeMutablePointer<git_signature> {
        var signature: UnsafeMutablePointer<git_signature>?
        var rc = git_signature_default(&signature, handle)
        if rc == GIT_ENOTFOUND.rawValue {
            rc = git_signature_now(&signature, "cvtrack", "cvtrack@localhost")
            try check(rc, "git_signature_now")
        } else {
            try check(rc, "git_signature_default")
        }
        guard let signature else { throw GitError(code: -1, operation: "git_signature_default") }
        return signature
    }

    /// The commit a ref points to (symbolic refs resolved); nil when the ref does not exist.
    func referenceTarget(_ name: String) throws -> ObjectID? {
        var oid = git_oid()
        let rc = git_reference_name_to_id(&oid, handle, name)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_reference_name_to_id")
        return ObjectID(oid)
    }

    // MARK: Checks made before writing

    static func checkPathClashes(writes: [String], removals: [String]) throws {
        func clash(_ text: String, _ path: String) -> GitError {
            GitError(
                .invalidName, code: GIT_EINVALIDSPEC.rawValue, message: text, operation: "commitFiles", subject: path,
                explanation: text)
        }
        var seen = Set<String>()
        for path in writes where !seen.insert(path).inserted {
            throw clash("path '\(path)' is given twice", path)
        }
        for path in removals where seen.contains(path) {
            throw clash("path '\(path)' is both written and removed", path)
        }
        for path in writes {
            var prefix = ""
            for component in path.split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(component) : "/" + component
                if seen.contains(prefix) {
                    throw clash("path '\(prefix)' is written as a file and as the folder of '\(path)'", path)
                }
            }
        }
    }

    /// The full message: `message`, a blank line and the trailers, cleaned up by `git_message_prettify`.
    static func prettifiedMessage(_ message: String, trailers: [(String, String)]) throws -> String {
        func invalid(_ text: String) -> GitError {
            GitError(
                .invalidArgument, code: GIT_EINVALID.rawValue, message: text, operation: "commitFiles",
                explanation: text)
        }
        var text = message
        if !trailers.isEmpty {
            var lines: [String] = []
            for (key, value) in trailers {
                let badKey =
                    key.isEmpty
                    || key.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7f || $0 == ":" }
                guard !badKey else { throw invalid("invalid trailer key '\(printable(key))'") }
                guard !value.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7f })
                else { throw invalid("invalid value for trailer '\(key)': it must be a single line") }
                lines.append("\(key): \(value)")
            }
            text += "\n\n" + lines.joined(separator: "\n")
        }
        guard !text.utf8.contains(0) else { throw invalid("the commit message contains a NUL byte") }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try check(git_message_prettify(&buffer, text, 0, CChar(UInt8(ascii: "#"))), "git_message_prettify")
        let result = buffer.ptr.map { decode($0) } ?? ""
        guard !result.isEmpty else { throw invalid("empty commit message") }
        return result
    }

    static func firstLine(_ message: String) -> String {
        String(message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
    }

    private func ensureNotCheckedOut(_ refName: String) throws {
        var checkedOut = !isBare && headSymbolicTarget == refName
        if !checkedOut {
            var reference: OpaquePointer?
            if git_reference_lookup(&reference, handle, refName) == 0 {
                checkedOut = git_branch_is_checked_out(reference) == 1
                git_reference_free(reference)
            }
        }
        if checkedOut {
            let name = Self.shortBranchName(refName)
            throw GitError(
                .branchCheckedOut, code: GIT_EINVALID.rawValue, message: "branch is checked out",
                operation: "commitFiles",
                subject: refName,
                explanation: "refusing to commit onto branch '\(name)': it is checked out in a working tree, whose "
                    + "files and index would no longer match it; use another branch")
        }
    }

    /// git cannot store `a/b` next to `a` (refs are files): report the clash before writing.
    private func ensureNoReferenceClash(_ refName: String) throws {
        let components = refName.split(separator: "/")
        var prefix = "refs/heads"
        for component in components.dropFirst(2).dropLast() {
            prefix += "/" + component
            var reference: OpaquePointer?
            if git_reference_lookup(&reference, handle, prefix) == 0 {
                git_reference_free(reference)
                throw referenceClash(refName, existing: prefix)
            }
        }
        var iterator: OpaquePointer?
        try check(git_reference_iterator_new(&iterator, handle), "git_reference_iterator_new")
        defer { git_reference_iterator_free(iterator) }
        var name: UnsafePointer<CChar>?
        while git_reference_next_name(&name, iterator) == 0 {
            guard let name else { continue }
            let existing = String(cString: name)
            if existing.hasPrefix(refName + "/") { throw referenceClash(refName, existing: existing) }
        }
    }

    private func referenceClash(_ refName: String, existing: String) -> GitError {
        GitError(
            .invalidName, code: GIT_EDIRECTORY.rawValue, message: "reference name clash", operation: "commitFiles",
            subject: refName,
            explanation:
                "cannot create branch '\(Self.shortBranchName(refName))': branch '\(Self.shortBranchName(existing))' "
                + "exists (git cannot have both)")
    }

    func ensureCommitExists(_ id: ObjectID, role: String) throws {
        var oid = id.raw
        var commit: OpaquePointer?
        let rc = git_commit_lookup(&commit, handle, &oid)
        if rc < 0 {
            throw GitError(code: rc, operation: "git_commit_lookup").explained(
                as: .badRevision, subject: id.hex, "\(role) \(id.short) is not a commit in this repository")
        }
        git_commit_free(commit)
    }

    private func ensureRemovalsExist(_ removals: [String], in commit: ObjectID?, branch refName: String) throws {
        for path in removals {
            let exists = try commit.map { try treeEntry(commit: $0, path: path) != nil } ?? false
            if !exists { throw pathNotFound(path, revision: Self.shortBranchName(refName)) }
        }
    }

    static let lockWaitLimit = 7

    /// Waits (about 0.1 s at most) while `<ref>.lock` exists; a lock that stays is reported as `.locked`.
    private func waitForReferenceLock(_ refName: String) throws {
        let lockPath = commonDir + "/" + refName + ".lock"
        var waits = 0
        while access(lockPath, F_OK) == 0 {
            waits += 1
            if waits > Self.lockWaitLimit {
                throw lockedError(
                    refName,
                    GitError(
                        .locked, code: GIT_ELOCKED.rawValue, message: "lock file exists", operation: "commitFiles",
                        subject: lockPath))
            }
            Self.backoff(waits)
        }
    }

    private func lockedError(_ refName: String, _ error: GitError) -> GitError {
        let lockPath = commonDir + "/" + refName + ".lock"
        return error.explained(
            as: .locked, subject: refName,
            "cannot lock ref '\(refName)': '\(lockPath)' exists; another git process seems to be running in this "
                + "repository (if not, one crashed earlier: remove the file and try again)")
    }

    /// The folder holding refs and objects (the git directory, or the main one for a linked worktree).
    var commonDir: String {
        Self.trimmingTrailingSlash(String(cString: git_repository_commondir(handle)))
    }

    /// Sleeps about 2^attempt ms (capped at 64), with jitter, so that two writers stop colliding.
    static func backoff(_ attempt: Int) {
        let base = UInt32(1 << min(attempt, 6))
        usleep(base * 1000 / 2 + UInt32.random(in: 0...(base * 1000 / 2)))
    }
}
