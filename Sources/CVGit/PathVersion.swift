/// One commit in the history of a path: the commit, the path as named in that commit, and its blob.
public struct PathVersion: Hashable, Sendable {
    public let commit: CommitInfo
    /// The path as named in `commit` (differs from the requested path before a rename).
    public let path: String
    /// The blob at `path` in `commit` (a tree id if the path names a folder); nil when this commit deleted it.
    public let blobID: ObjectID?
    /// When this commit renamed the file: its name in the parent.
    public let renamedFrom: String?

    public init(commit: CommitInfo, path: String, blobID: ObjectID?, renamedFrom: String?) {
        self.commit = commit
        self.path = path
        self.blobID = blobID
        self.renamedFrom = renamedFrom
    }

    public var isDeletion: Bool { blobID == nil }
}
