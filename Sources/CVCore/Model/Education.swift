/// A degree, course or school.
public struct Education: Sendable, Hashable, Codable {
    public var institution: String?
    /// Degree and subject as written ("BSc (Hons) Computer Science").
    public var qualification: String?
    public var dates: DateSpan?
    public var location: String?
    public var bullets: [Bullet]
    public var source: SourceRange

    public init(
        institution: String? = nil, qualification: String? = nil, dates: DateSpan? = nil, location: String? = nil,
        bullets: [Bullet] = [], source: SourceRange
    ) {
        self.institution = institution
        self.qualification = qualification
        self.dates = dates
        self.location = location
        self.bullets = bullets
        self.source = source
    }
}
