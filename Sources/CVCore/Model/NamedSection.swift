/// What a section of a CV is about, read from its heading.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case summary, experience, projects, education, skills
    case interests, languages, certifications, awards, publications, volunteering, references, contact
    case other
}

/// A section heading as found in the CV, in order: used to report sections added, removed or renamed.
public struct SectionHeading: Sendable, Hashable, Codable {
    public var title: String
    public var kind: SectionKind
    public var source: SourceRange

    public init(title: String, kind: SectionKind, source: SourceRange) {
        self.title = title
        self.kind = kind
        self.source = source
    }
}

/// A section kept as it is (interests, languages, certifications, awards, publications, anything unknown):
/// never dropped.
public struct NamedSection: Sendable, Hashable, Codable {
    public var title: String
    public var kind: SectionKind
    public var items: [Bullet]
    public var source: SourceRange

    public init(title: String, kind: SectionKind, items: [Bullet], source: SourceRange) {
        self.title = title
        self.kind = kind
        self.items = items
        self.source = source
    }
}
