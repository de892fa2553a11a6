/// How a variant is cut from the base CV. The command line exposes these as `--max-bullets`, `--order`,
/// `--collapse-before`.
public struct TailorOptions: Sendable, Hashable, Codable {
    /// The order of a role's bullets in the variant.
    public enum Order: String, Sendable, Hashable, Codable, CaseIterable {
        /// The base's order (bullets are only removed).
        case asWritten = "as-written"
        /// Most relevant first (whole bullets move; their text is unchanged).
        case relevance
    }

    /// Keep at most this many bullets per role (the most relevant); nil keeps all.
    public var maxBullets: Int?
    public var order: Order
    /// Roles that ended before this year keep only their heading lines (title, organisation, dates).
    public var collapseBefore: Int?
    /// Drop projects whose relevance is below this share (0...1) of the most relevant piece of the CV;
    /// nil keeps every project.
    public var dropProjectsBelow: Double?
    /// Reorder the items of one-line skill lists by relevance (within their category).
    public var reorderSkills: Bool
    /// The year "present" means and recency is counted from; nil: this year.
    public var referenceYear: Int?

    public init(
        maxBullets: Int? = nil, order: Order = .asWritten, collapseBefore: Int? = nil, dropProjectsBelow: Double? = 0.1,
        reorderSkills: Bool = true, referenceYear: Int? = nil
    ) {
        self.maxBullets = maxBullets
        self.order = order
        self.collapseBefore = collapseBefore
        self.dropProjectsBelow = dropProjectsBelow
        self.reorderSkills = reorderSkills
        self.referenceYear = referenceYear
    }
}
