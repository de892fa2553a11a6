import Clibgit2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
        return Glibc.open(path, flags)
    #else
        return Darwin.open(path, flags)
    #endif
}

extension Repository {
    // MARK: At a revision

    /// The bytes of `path` at revision `spec` (`git show SPEC:PATH`), exactly as stored.
    ///
    /// Throws `.badRevision` / `.unbornHead` for the revision, `.pathNotFound` when the path does not exist
    /// there, `.notAFile` when it names a directory or a submodule.
    public func blob(at spec: String, path: String) throws -> [UInt8] {
        let path = try Self.validatedTreePath(path)
        let object = try revparseSingle(spec)
        defer { git_object_free(object) }
        var tree: OpaquePointer?
        let rc = git_object_peel(&tree, object, GIT_OBJECT_TREE)
        if rc < 0 {
            let actual = String(cString: git_object_type2string(git_object_type(object)))
            throw GitError(code: rc, operation: "git_object_peel").explained(
                as: .badRevision, subject: spec, "'\(spec)' names a \(actual), not a commit or tree")
        }
        defer { git_object_free(tree) }
        guard let entry = try treeEntry(tree: tree!, path: path) else {
            throw pathNotFound(path, revision: spec)
        }
        guard entry.isBlob else { throw notAFile(path, entry: entry, revision: spec) }
        return try blobContents(entry.id)
    }

    /// `git show REV:PATH`: the bytes of `PATH` at `REV`, split at the first `:` outside `@{…}` and `^{…}`.
    /// An empty `REV` (`:PATH`) reads the staged version, as git does.
    public func blob(revisionPath: String) throws -> [UInt8] {
        guard let (revision, path) = Self.splitRevisionPath(revisionPath) else {
            throw GitError(
                .badRevision, code: GIT_EINVALIDSPEC.rawValue, message: "expected REV:PATH",
                operation: "blob(revisionPath:)",
                subject: revisionPath, explanation: "'\(revisionPath)' is not of the form REV:PATH")
        }
        if revision.isEmpty {
            guard let staged = try stagedContents(path: path) else {
                throw GitError(
                    .pathNotFound, code: GIT_ENOTFOUND.rawValue, message: "path not in the index",
                    operation: "git_index_get_bypath", subject: path, explanation: "path '\(path)' is not in the index")
            }
            return staged
        }
        return try blob(at: revision, path: path)
    }

    /// Splits `REV:PATH` at the first `:` that is not inside braces; nil when there is none.
    public static func splitRevisionPath(_ spec: String) -> (revision: String, path: String)? {
        var depth = 0
        for index in spec.indices {
            switch spec[index] {
            case "{": depth += 1
            case "}": depth = max(0, depth - 1)
            case ":" where depth == 0:
                return (String(spec[..<index]), String(spec[spec.index(after: index)...]))
            default: break
            }
        }
        return nil
    }

    /// The id of the blob at `path` in `commit`; nil when the path does not exist there.
    /// Throws `.notAFile` when the path is a directory or a submodule.
    public func blobID(commit: ObjectID, path: String) throws -> ObjectID? {
        let path = try Self.validatedTreePath(path)
        guard let entry = try treeEntry(commit: commit, path: path) else { return nil }
        guard entry.isBlob else { throw notAFile(path, entry: entry, revision: commit.short) }
        return entry.id
    }

    /// Whether `path` at revision `spec` is a symbolic link (git stores the link's target as its blob); false when
    /// it is anything else or nothing.
    public func isSymbolicLink(at spec: String, path: String) -> Bool {
        guard let path = try? Self.validatedTreePath(path), let object = try? revparseSingle(spec) else { return false }
        defer { git_object_free(object) }
        var tree: OpaquePointer?
        guard git_object_peel(&tree, object, GIT_OBJECT_TREE) == 0 else { return false }
        defer { git_object_free(tree) }
        return (try? treeEntry(tree: tree!, path: path))??.mode == 0o120000
    }

    /// Whether the staged (stage 0) version of `path` is a symbolic link.
    public func isStagedSymbolicLink(path: String) -> Bool {
        guard let path = try? Self.validatedTreePath(path), (try? requireWorkdir("git_repository_index")) != nil else { return false }
        var index: OpaquePointer?
        guard git_repository_index(&index, handle) == 0 else { return false }
        defer { git_index_free(index) }
        guard git_index_read(index, 1) == 0, let entry = git_index_get_bypath(index, path, 0) else { return false }
        return entry.pointee.mode == 0o120000
    }

    /// The bytes of a blob.
    public func blobContents(_ id: ObjectID) throws -> [UInt8] {
        LibGit2.ensureInitialized()
        var oid = id.raw
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, handle, &oid), "git_blob_lookup")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return [] }
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            buffer.baseAddress!.update(from: raw.assumingMemoryBound(to: UInt8.self), count: size)
            count = size
        }
    }

    // MARK: Index

    /// The id of the staged (stage 0) version of `path`; nil when the path is not in the index (or only
    /// as a conflict). The index is re-read from disk first; a repository opened with
    /// `openFromEnvironment()` uses `GIT_INDEX_FILE`.
    public func stagedBlobID(path: String) throws -> ObjectID? {
        let path = try Self.validatedTreePath(path)
        _ = try requireWorkdir("git_repository_index")
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "git_repository_index")
        defer { git_index_free(index) }
        try check(git_index_read(index, 1), "git_index_read")
        guard let entry = git_index_get_bypath(index, path, 0) else { return nil }
        return ObjectID(entry.pointee.id)
    }

    /// The staged bytes of `path` (what `git show :PATH` prints); nil when it is not in the index.
    public func stagedContents(path: String) throws -> [UInt8]? {
        guard let id = try stagedBlobID(path: path) else { return nil }
        return try blobContents(id)
    }

    // MARK: Working tree

    /// The bytes of `path` in the working tree (a plain read, following symbolic links; no filters or
    /// line-ending conversion); nil when it does not exist. Throws `.notAFile` for a directory and
    /// `.bareRepository` without a work tree.
    public func workingTreeContents(path: String) throws -> [UInt8]? {
        let path = try Self.validatedTreePath(path)
        let full = try requireWorkdir("workingTreeContents") + "/" + path
        let fd = systemOpen(full, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return nil }
            throw fileSystemError(full, errno: code, operation: "open")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw fileSystemError(full, errno: errno, operation: "fstat") }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw GitError(
                .notAFile, code: GIT_EDIRECTORY.rawValue, message: "is a directory", operation: "open", subject: path,
                explanation: "'\(path)' is a directory in the working tree, not a file")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw fileSystemError(full, errno: errno, operation: "read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    // MARK: Internals

    /// One tree entry copied out of libgit2.
    struct TreeEntry: Hashable {
        let id: ObjectID
        let mode: UInt32
        var isBlob: Bool { mode & 0o170000 == 0o100000 || mode == 0o120000 }
        var kindName: String {
            switch mode & 0o170000 {
            case 0o040000: return "directory"
            case 0o160000: return "submodule"
            default: return "file"
            }
        }
    }

    /// The entry at `path` in `tree`, nil when absent.
    func treeEntry(tree: OpaquePointer, path: String) throws -> TreeEntry? {
        var entry: OpaquePointer?
        let rc = git_tree_entry_bypath(&entry, tree, path)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_tree_entry_bypath")
        defer { git_tree_entry_free(entry) }
        return TreeEntry(id: ObjectID(git_tree_entry_id(entry)), mode: git_tree_entry_filemode(entry).rawValue)
    }

    /// The entry at `path` in the tree of `commit`, nil when absent.
    func treeEntry(commit: ObjectID, path: String) throws -> TreeEntry? {
        LibGit2.ensureInitialized()
        var oid = commit.raw
        var commitObject: OpaquePointer?
        try check(git_commit_lookup(&commitObject, handle, &oid), "git_commit_lookup")
        defer { git_commit_free(commitObject) }
        var tree: OpaquePointer?
        try check(git_commit_tree(&tree, commitObject), "git_commit_tree")
        defer { git_tree_free(tree) }
        return try treeEntry(tree: tree!, path: path)
    }

    func pathNotFound(_ path: String, revision: String) -> GitError {
        GitError(
            .pathNotFound, code: GIT_ENOTFOUND.rawValue, errorClass: Int32(GIT_ERROR_TREE.rawValue),
            message: "the path '\(path)' does not exist in the given tree", operation: "git_tree_entry_bypath",
            subject: path, explanation: "path '\(path)' does not exist in '\(revision)'")
    }

    func notAFile(_ path: String, entry: TreeEntry, revision: String) -> GitError {
        GitError(
            .notAFile, code: GIT_EDIRECTORY.rawValue, message: "not a blob", operation: "git_tree_entry_bypath",
            subject: path, explanation: "'\(path)' is a \(entry.kindName) in '\(revision)', not a file")
    }

    func fileSystemError(_ path: String, errno code: Int32, operation: String) -> GitError {
        let reason = String(cString: strerror(code))
        return GitError(
            .fileSystem, code: GIT_ERROR.rawValue, errorClass: Int32(GIT_ERROR_OS.rawValue), message: reason,
            operation: operation, subject: path, explanation: "cannot read '\(path)': \(reason)")
    }
}
