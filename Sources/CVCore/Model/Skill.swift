/// One skill as written, with its canonical name from the skills lexicon.
public struct Skill: Sendable, Hashable, Codable {
    /// The text as written (`C++ (C++03, STL, boost)`).
    public var text: String
    /// The canonical name (`Postgres` → `PostgreSQL`); the cleaned text when the lexicon does not know it.
    public var name: String
    /// A level as written (`proficient`, `intermediate`, `Master`).
    public var level: String?
    public var years: Int?
    public var source: SourceRange

    public init(text: String, name: String, level: String? = nil, years: Int? = nil, source: SourceRange) {
        self.text = text
        self.name = name
        self.level = level
        self.years = years
        self.source = source
    }
}

/// A named group of skills ("Languages", "Databases"); `name` is nil for an unnamed list.
public struct SkillCategory: Sendable, Hashable, Codable {
    public var name: String?
    public var level: String?
    public var skills: [Skill]
    public var source: SourceRange

    public init(name: String?, level: String? = nil, skills: [Skill], source: SourceRange) {
        self.name = name
        self.level = level
        self.skills = skills
        self.source = source
    }
}
