/// How a variant is cut from the base CV. The command line exposes these as `--max-bullets`, `--order`,
/// `--collapse-before` and `--keep-all` (`focus` off, no project dropped).
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
    /// Drop projects whose relevance is below this share (0...1) of the most relevant piece of the CV (with
    /// `focus`: those nothing of which serves the job strongly, see `VariantFocus`); nil keeps every project.
    public var dropProjectsBelow: Double?
    /// Reorder the items of one-line skill lists by relevance (within their category).
    public var reorderSkills: Bool
    /// The year "present" means and recency is counted from; nil: this year.
    public var referenceYear: Int?
    /// The focused variant (the default): what serves no requirement of the ad goes (`VariantFocus`): bullets off the
    /// job from roles that keep relevant ones, old unrelated roles down to their heading, unrelated projects,
    /// interests and references. False (`--keep-all`): nothing is cut for being off the job.
    public var focus: Bool

    public init(
        maxBullets: Int? = nil, order: Order = .asWritten, collapseBefore: Int? = nil, dropProjectsBelow: Double? = 0.1,
        reorderSkills: Bool = true, referenceYear: Int? = nil, focus: Bool = true
    ) {
        self.maxBullets = maxBullets
        self.order = order
        self.collapseBefore = collapseBefore
        self.dropProjectsBelow = dropProjectsBelow
        self.reorderSkills = reorderSkills
        self.referenceYear = referenceYear
        self.focus = focus
    }

    /// `--keep-all`: every line of the base stays (skill lists are still reordered; `--max-bullets`,
    /// `--collapse-before` still cut what they are asked to).
    public static func keepingAll(maxBullets: Int? = nil, order: Order = .asWritten, collapseBefore: Int? = nil,
                                  referenceYear: Int? = nil) -> TailorOptions {
        TailorOptions(maxBullets: maxBullets, order: order, collapseBefore: collapseBefore, dropProjectsBelow: nil,
                      referenceYear: referenceYear, focus: false)
    }
}
