/// One piece of a CV that can show a requirement is met: a bullet, a role's heading or paragraph, a project,
/// a skill, an education entry, the summary.
public struct CVEvidence: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case summary
        case role
        case roleText = "role-text"
        case bullet
        case project
        case skill
        case education
        case section
    }

    public var kind: Kind
    /// The text (a role's title and organisation; a bullet's text; a skill as written).
    public var text: String
    public var source: SourceRange
    /// Index into `CVDocument.roles` / `.projects`, when it belongs to one.
    public var roleIndex: Int?
    public var projectIndex: Int?
    /// For bullets: the index of the top-level bullet of the role it belongs to (itself or its ancestor).
    public var topBulletIndex: Int?
    /// The last year it was true (a role's end; the reference year for "present"), when known.
    public var year: Int?

    public init(
        kind: Kind, text: String, source: SourceRange, roleIndex: Int? = nil, projectIndex: Int? = nil,
        topBulletIndex: Int? = nil, year: Int? = nil
    ) {
        self.kind = kind
        self.text = text
        self.source = source
        self.roleIndex = roleIndex
        self.projectIndex = projectIndex
        self.topBulletIndex = topBulletIndex
        self.year = year
    }
}
