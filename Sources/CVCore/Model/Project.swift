/// A project (personal, open source, side) listed apart from employment.
public struct Project: Sendable, Hashable, Codable {
    public var name: String
    public var role: String?
    public var url: String?
    public var dates: DateSpan?
    public var text: [Bullet]
    public var bullets: [Bullet]
    public var keywords: [String]
    public var source: SourceRange

    public init(
        name: String, role: String? = nil, url: String? = nil, dates: DateSpan? = nil, text: [Bullet] = [],
        bullets: [Bullet] = [], keywords: [String] = [], source: SourceRange
    ) {
        self.name = name
        self.role = role
        self.url = url
        self.dates = dates
        self.text = text
        self.bullets = bullets
        self.keywords = keywords
        self.source = source
    }
}
