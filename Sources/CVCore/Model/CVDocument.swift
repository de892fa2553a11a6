/// The formats cvtrack reads.
public enum CVFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case markdown
    case plainText = "text"
    case jsonResume = "jsonresume"
    case renderCV = "rendercv"
    case latex
}

/// Something a parser noticed but could read past (an unreadable date, an unknown key).
/// Errors that stop parsing are thrown as `CVParseError` instead.
public struct ParseNote: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case dateUnreadable = "date-unreadable"
        case htmlBroken = "html-broken"
        case latexBroken = "latex-broken"
        case other
    }

    public var kind: Kind
    public var message: String
    public var source: SourceRange?

    public init(kind: Kind, message: String, source: SourceRange? = nil) {
        self.kind = kind
        self.message = message
        self.source = source
    }
}

/// One CV, read the way a careful human reads it, whatever format it was written in.
public struct CVDocument: Sendable, Hashable, Codable {
    public var format: CVFormat
    public var person: Person
    public var summary: Bullet?
    public var roles: [Role]
    public var projects: [Project]
    public var education: [Education]
    public var skills: [SkillCategory]
    /// Sections kept as they are (interests, languages, certifications, unknown ones).
    public var sections: [NamedSection]
    /// Every section heading in reading order.
    public var headings: [SectionHeading]
    public var notes: [ParseNote]

    public init(
        format: CVFormat, person: Person = Person(), summary: Bullet? = nil, roles: [Role] = [],
        projects: [Project] = [], education: [Education] = [], skills: [SkillCategory] = [],
        sections: [NamedSection] = [], headings: [SectionHeading] = [], notes: [ParseNote] = []
    ) {
        self.format = format
        self.person = person
        self.summary = summary
        self.roles = roles
        self.projects = projects
        self.education = education
        self.skills = skills
        self.sections = sections
        self.headings = headings
        self.notes = notes
    }

    /// Every skill of every category, in order.
    public var allSkills: [Skill] { skills.flatMap(\.skills) }
}
