/// A commit's metadata, copied out of libgit2.
public struct CommitInfo: Hashable, Sendable {
    public let id: ObjectID
    /// Parent ids in order (first parent first).
    public let parents: [ObjectID]
    public let author: GitSignature
    public let committer: GitSignature
    /// The first paragraph of the message joined into one line (`git log --format=%s`).
    public let summary: String
    /// The full message, as stored (normally ending with a newline).
    public let message: String
    public let tree: ObjectID

    public init(
        id: ObjectID, parents: [ObjectID], author: GitSignature, committer: GitSignature, summary: String,
        message: String, tree: ObjectID
    ) {
        self.id = id
        self.parents = parents
        self.author = author
        self.committer = committer
        self.summary = summary
        self.message = message
        self.tree = tree
    }
}

/// A name, e-mail and time, as in a commit or tag header.
public struct GitSignature: Hashable, Sendable {
    public let name: String
    public let email: String
    /// Seconds since the Unix epoch.
    public let time: Int64
    /// The author's offset from UTC, in minutes (`+0200` is 120).
    public let offsetMinutes: Int

    public init(name: String, email: String, time: Int64, offsetMinutes: Int) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    /// git's raw form of the offset, e.g. `+0200` or `-0530`.
    public var offsetString: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let minutes = abs(offsetMinutes)
        let hh = minutes / 60
        let mm = minutes % 60
        return sign + (hh < 10 ? "0" : "") + String(hh) + (mm < 10 ? "0" : "") + String(mm)
    }
}
