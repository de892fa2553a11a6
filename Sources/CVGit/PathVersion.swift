/// One commit in the history of a path: the commit, the path as named in that commit, and its blob.
public struct PathVersion: Hashable, Sendable {
    public let commit: CommitInfo
    /// The path as named in `commit` (differs from the requested path before a rename).
    public let path: String
    /// The blob at `path` in `commit` (a tree id if the path names a folder); nil when this commit deleted it.
    public let blobID: ObjectID?
    /// When this commit renamed the file: its name in the parent.
    public let renamedFrom: String?

    /// The files this version reads beside itself (a LaTeX CV's includes), with their blobs in `commit` (nil: not
    /// there); empty for other files.
    public let companions: [Companion]

    /// A file a version reads: its repository path, and its blob in the version's commit (nil when missing).
    public struct Companion: Hashable, Sendable {
        public let path: String
        public let blobID: ObjectID?
        public init(path: String, blobID: ObjectID?) {
            self.path = path
            self.blobID = blobID
        }
    }

    public init(commit: CommitInfo, path: String, blobID: ObjectID?, renamedFrom: String?, companions: [Companion] = []) {
        self.commit = commit
        self.path = path
        self.blobID = blobID
        self.renamedFrom = renamedFrom
        self.companions = companions
    }

    public var isDeletion: Bool { blobID == nil }
}
