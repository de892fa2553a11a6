import Synchronization

/// What `MarkdownCVParser` read from parts of texts, to read the next version of a text without reading again
/// the parts it shares with the last (`cvtrack log` reads thousands of versions that differ in a line or two).
///
/// Two levels, both keyed by content, so a hit gives exactly what reading again would give:
/// - a segment of the body (`MarkdownSegments`) → its blocks and notes;
/// - a section (which segments, which of their blocks, the section's heading and kind, the document's facts the
///   reading depends on) → the roles, projects, education, skills and other sections read from it.
/// Results are stored at the lines where they were first read and moved to where they are found.
///
/// Safe to share between threads; bounded (two generations of at most `capacity` entries per level, the older
/// dropped when the newer fills).
public final class MarkdownParseMemo: Sendable {
    /// The blocks and notes of one segment, read on its own.
    struct SegmentRead: Sendable {
        var id: Int
        var firstLine: Int
        var blocks: [MarkdownBlock]
        var tagNotes: [ParseNote]
        var inlineNotes: [ParseNote]
        /// No HTML element is left open at its end (else the whole text is read at once).
        var endsClosed: Bool
    }

    /// Which blocks a section holds, as segment ids and block positions in them, with what else its reading
    /// depends on.
    struct SectionKey: Hashable, Sendable {
        var title: String
        var kind: SectionKind
        var level: Int
        var heading: BlockOrigin?
        var first: BlockOrigin?
        var last: BlockOrigin?
        var segments: [Int]
        var hasExperience: Bool
    }

    struct BlockOrigin: Hashable, Sendable {
        var segment: Int
        var index: Int
    }

    /// What a section added to the document, at the lines where it was read, groups counted from 0.
    struct SectionRead: Sendable {
        var firstLine: Int
        var headings: [SectionHeading] = []
        var roles: [Role] = []
        var projects: [Project] = []
        var education: [Education] = []
        var skills: [SkillCategory] = []
        var sections: [NamedSection] = []
        var groups = 0
    }

    private struct Generations<Key: Hashable, Value>: Sendable where Key: Sendable, Value: Sendable {
        var current: [Key: Value] = [:]
        var older: [Key: Value] = [:]

        mutating func get(_ key: Key) -> Value? {
            if let v = current[key] { return v }
            guard let v = older.removeValue(forKey: key) else { return nil }
            current[key] = v
            return v
        }

        mutating func put(_ key: Key, _ value: Value, capacity: Int) {
            if current.count >= capacity {
                older = current
                current = [:]
            }
            current[key] = value
        }
    }

    private struct State: Sendable {
        var segments = Generations<[UInt8], SegmentRead>()
        var sections = Generations<SectionKey, SectionRead>()
        var nextID = 1
    }

    private let state = Mutex(State())
    let capacity: Int

    /// The memo of this process's reading (`CVReader`).
    public static let shared = MarkdownParseMemo()

    public init(capacity: Int = 512) { self.capacity = Swift.max(1, capacity) }

    func segment(_ text: [UInt8]) -> SegmentRead? { state.withLock { $0.segments.get(text) } }

    /// Stores a segment's reading and returns it with its id.
    func store(_ text: [UInt8], _ read: SegmentRead) -> SegmentRead {
        state.withLock { s in
            var read = read
            read.id = s.nextID
            s.nextID += 1
            s.segments.put(text, read, capacity: capacity)
            return read
        }
    }

    func section(_ key: SectionKey) -> SectionRead? { state.withLock { $0.sections.get(key) } }

    func store(_ key: SectionKey, _ read: SectionRead) {
        state.withLock { $0.sections.put(key, read, capacity: capacity) }
    }
}
