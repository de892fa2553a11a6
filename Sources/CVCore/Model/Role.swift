/// One title held at one organisation over one span of time.
/// Several titles at one organisation (promotions, "eras") are several roles sharing `group`.
public struct Role: Sendable, Hashable, Codable {
    public var organisation: String?
    public var title: String?
    public var dates: DateSpan?
    public var location: String?
    /// Terms of employment written beside the role (`part-time`, `contract`, `independent contractor`), as written;
    /// nil when the CV says none. Read from free text only: JSON Resume and RenderCV have no such field.
    public var terms: String?
    /// Paragraphs that are not bullets (descriptions of the employer or the role).
    public var text: [Bullet]
    public var bullets: [Bullet]
    /// The heading of the section the role was found in ("Experience", "Side Projects" ...).
    public var section: String?
    /// Roles read under one organisation heading share a group number (their organisation block).
    public var group: Int?
    /// Technologies listed for the role (JSON Resume `work[].keywords`), as written.
    public var keywords: [String]
    /// The organisation's or the role's web address (JSON Resume `work[].url`, older `website`), as written.
    public var url: String?
    public var source: SourceRange

    public init(
        organisation: String? = nil, title: String? = nil, dates: DateSpan? = nil, location: String? = nil,
        text: [Bullet] = [], bullets: [Bullet] = [], section: String? = nil, group: Int? = nil,
        keywords: [String] = [], url: String? = nil, terms: String? = nil, source: SourceRange
    ) {
        self.organisation = organisation
        self.title = title
        self.dates = dates
        self.location = location
        self.text = text
        self.bullets = bullets
        self.section = section
        self.group = group
        self.keywords = keywords
        self.url = url
        self.terms = terms
        self.source = source
    }

    public var start: PartialDate? { dates?.start }
    public var end: DateEnd? { dates?.end }
}
