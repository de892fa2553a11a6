/// A local branch.
public struct BranchInfo: Hashable, Sendable {
    /// The short name (`tailored/acme`).
    public let name: String
    /// The full reference name (`refs/heads/tailored/acme`).
    public let referenceName: String
    /// The commit it points to.
    public let target: ObjectID

    public init(name: String, referenceName: String, target: ObjectID) {
        self.name = name
        self.referenceName = referenceName
        self.target = target
    }
}

/// A tag, lightweight or annotated.
public struct TagInfo: Hashable, Sendable {
    /// The short name (`v1.0`).
    public let name: String
    /// The full reference name (`refs/tags/v1.0`).
    public let referenceName: String
    /// What the tag finally points to, tag objects peeled (normally a commit).
    public let target: ObjectID
    /// The tag object of an annotated tag; nil for a lightweight tag.
    public let tagObject: ObjectID?
    /// The annotated tag's message; nil for a lightweight tag.
    public let message: String?
    /// The annotated tag's tagger, when it has one.
    public let tagger: GitSignature?

    public init(
        name: String, referenceName: String, target: ObjectID, tagObject: ObjectID?, message: String?,
        tagger: GitSignature?
    ) {
        self.name = name
        self.referenceName = referenceName
        self.target = target
        self.tagObject = tagObject
        self.message = message
        self.tagger = tagger
    }

    public var isAnnotated: Bool { tagObject != nil }
}
