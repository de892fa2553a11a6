import Clibgit2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Repository {
    /// The metadata of commit `id`.
    public func commitInfo(_ id: ObjectID) throws -> CommitInfo {
        LibGit2.ensureInitialized()
        var oid = id.raw
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup")
        defer { git_commit_free(commit) }
        return Self.commitInfo(of: commit!)
    }

    /// The metadata of commit `spec` (any revision syntax).
    public func commitInfo(at spec: String) throws -> CommitInfo {
        try commitInfo(resolveCommit(spec))
    }

    static func commitInfo(of commit: OpaquePointer) -> CommitInfo {
        let count = git_commit_parentcount(commit)
        var parents: [ObjectID] = []
        parents.reserveCapacity(Int(count))
        for index in 0..<count {
            if let parent = git_commit_parent_id(commit, index) { parents.append(ObjectID(parent)) }
        }
        return CommitInfo(
            id: ObjectID(git_commit_id(commit)), parents: parents,
            author: signature(git_commit_author(commit)), committer: signature(git_commit_committer(commit)),
            summary: git_commit_summary(commit).map { decode($0) } ?? "",
            message: git_commit_message(commit).map { decode($0) } ?? "",
            tree: ObjectID(git_commit_tree_id(commit)))
    }

    static func signature(_ pointer: UnsafePointer<git_signature>?) -> GitSignature {
        guard let signature = pointer?.pointee else {
            return GitSignature(name: "", email: "", time: 0, offsetMinutes: 0)
        }
        return GitSignature(
            name: signature.name.map { decode($0) } ?? "", email: signature.email.map { decode($0) } ?? "",
            time: Int64(signature.when.time), offsetMinutes: Int(signature.when.offset))
    }

    /// A C string as UTF-8, invalid bytes replaced (git does not enforce an encoding).
    static func decode(_ pointer: UnsafePointer<CChar>) -> String {
        let length = strlen(pointer)
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
