/// One change between two versions of a CV, in CV words ("role added", "bullet reworded", "skill moved").
/// Changes are data: renderers decide how to show them.
public struct Change: Sendable, Hashable, Codable {
    /// The stable kinds of change (`--format json` prints the raw value; documented in docs/diff-format.md).
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case personChanged = "person.changed"
        case contactChanged = "contact.changed"
        case summaryChanged = "summary.changed"
        case roleAdded = "role.added"
        case roleRemoved = "role.removed"
        case roleRetitled = "role.retitled"
        case roleOrganisation = "role.organisation"
        case roleDates = "role.dates"
        case roleLocation = "role.location"
        case roleReordered = "role.reordered"
        case roleKeywords = "role.keywords"
        /// Another field of a role changed: its web address (`work[].url`), `old`/`new` the addresses.
        case roleChanged = "role.changed"
        case bulletAdded = "bullet.added"
        case bulletRemoved = "bullet.removed"
        case bulletReworded = "bullet.reworded"
        case bulletMoved = "bullet.moved"
        case skillAdded = "skill.added"
        case skillRemoved = "skill.removed"
        case skillRenamed = "skill.renamed"
        case skillMoved = "skill.moved"
        case skillLevel = "skill.level"
        case skillYears = "skill.years"
        case skillCategoryRenamed = "skill.category.renamed"
        case projectAdded = "project.added"
        case projectRemoved = "project.removed"
        case projectChanged = "project.changed"
        case educationAdded = "education.added"
        case educationRemoved = "education.removed"
        case educationChanged = "education.changed"
        case sectionAdded = "section.added"
        case sectionRemoved = "section.removed"
        case sectionRenamed = "section.renamed"
        case sectionItemAdded = "section.item.added"
        case sectionItemRemoved = "section.item.removed"
        case sectionItemChanged = "section.item.changed"
        case sectionItemMoved = "section.item.moved"

        /// Words for people: "role added", "bullet reworded".
        public var phrase: String {
            // On the bytes (the raw values are ASCII): a map over Characters cost more than the rest of a change's line.
            var bytes = Array(rawValue.utf8)
            for k in bytes.indices where bytes[k] == 0x2E { bytes[k] = 0x20 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    public var kind: Kind
    /// What the change is about: "Northwind Logistics · Staff Software Engineer", a skill, a section.
    public var subject: String
    /// The value before and after, where the kind has one (a title, a date span, a bullet, a category).
    public var old: String?
    public var new: String?
    /// Where it was in the old and the new text.
    public var oldSource: SourceRange?
    public var newSource: SourceRange?
    /// Word-level diff for reworded text.
    public var words: [WordDiff.Segment]?
    /// How alike old and new text are (0-1), for reworded text.
    public var similarity: Double?

    public init(
        _ kind: Kind, subject: String, old: String? = nil, new: String? = nil, oldSource: SourceRange? = nil,
        newSource: SourceRange? = nil, words: [WordDiff.Segment]? = nil, similarity: Double? = nil
    ) {
        self.kind = kind
        self.subject = subject
        self.old = old
        self.new = new
        self.oldSource = oldSource
        self.newSource = newSource
        self.words = words
        self.similarity = similarity
    }
}

/// Every change between two versions, in reading order of the new version.
public struct CVDiff: Sendable, Hashable, Codable {
    public var changes: [Change]

    public init(changes: [Change]) { self.changes = changes }

    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes of each kind, in the order of `Change.Kind`.
    public var counts: [(Change.Kind, Int)] {
        var c: [Change.Kind: Int] = [:]
        for change in changes { c[change.kind, default: 0] += 1 }
        return Change.Kind.allCases.compactMap { k in c[k].map { (k, $0) } }
    }
}
