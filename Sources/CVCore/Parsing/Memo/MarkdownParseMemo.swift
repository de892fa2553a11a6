import Synchronization
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `MarkdownCVParser` read from parts of texts, to read the next version of a text without reading again
/// the parts it shares with the last (`cvtrack log` reads thousands of versions that differ in a line or two).
///
/// Everything is keyed by content, so a hit gives exactly what reading again would give:
/// - a segment of the body (`MarkdownSegments`), by its bytes → its blocks and notes;
/// - the front matter, by its bytes → its values;
/// - the list of headings (levels, texts) → the plan of sections;
/// - a section, by the segments it covers and the positions of its first and last block and of its heading
///   in them (which fix its title, kind and level) → what reading it added to the document;
/// - the header lines of an entry, by their content → their fields (`EntryFieldsMemo`, the shared reader's layer);
/// - a run of a section's cue lines (one segment's), by its origin, its lines' kinds and the line after it → what the
///   shared reader's section-wide pass found in it, and its header flags with what else they depend on
///   (`EntryFinder.prepareByRuns`, in `EntryFieldsMemo`);
/// - a line's text → the date span in it (`MarkdownDateMemo`);
/// - a segment, by its id → its blocks' cue lines and their dates (`SegmentCues`), for the sections read again;
/// - the last body read (`LastBody`): the next body's segments are found from its segments where the two differ
///   (`SegmentEdits`), and its segments' readings are taken where their bytes are the same (no key, no look-up).
/// Results are stored at the lines where they were first read and moved to where they are found.
///
/// Safe to share between threads; bounded (two generations of at most `capacity` entries per kind, the older
/// dropped when the newer fills). Segment ids are never reused, so a key naming segments never meets the
/// reading of other bytes.
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

    /// Bytes (a segment, front matter, a list of headings), hashed once with a fast hash (hashing `[UInt8]` feeds
    /// the hasher a byte at a time). Compared byte for byte: two texts that are equal as Strings but not as bytes
    /// (composed and decomposed accents) are different keys.
    struct ContentKey: Hashable, Sendable {
        let bytes: [UInt8]
        let hash: UInt64

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = Array(bytes)
            // 64-bit multiply-rotate over 8-byte words, then the tail; the dictionary's hasher mixes it again.
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var i = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while i + 8 <= bytes.count {
                    let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    h = ((h ^ word) &* 0xFF51_AFD7_ED55_8CCD)
                    h = (h << 31) | (h >> 33)
                    i += 8
                }
            }
            while i < bytes.count {
                h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3
                i += 1
            }
            hash = h
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        static func == (a: ContentKey, b: ContentKey) -> Bool {
            guard a.hash == b.hash, a.bytes.count == b.bytes.count else { return false }
            return a.bytes.withUnsafeBytes { x in b.bytes.withUnsafeBytes { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
        }
    }

    /// The last body read a segment at a time: its bytes, its segments (`MarkdownSegments.split`, lines counted from the
    /// body's first) and what reading each gave. The next body's segments are found from these (`SegmentEdits`), and a
    /// segment of the same bytes takes its reading without a key or a look-up.
    struct LastBody: Sendable {
        var bytes: [UInt8]
        var segments: [MarkdownSegments.Segment]
        var reads: [SegmentRead]
    }

    /// Which blocks a section holds, as segment ids and block positions in them, with what else its reading
    /// depends on.
    struct SectionKey: Hashable, Sendable {
        var heading: BlockOrigin
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
        var roles: [Role] = []
        var projects: [Project] = []
        var education: [Education] = []
        var skills: [SkillCategory] = []
        var sections: [NamedSection] = []
        var groups = 0
    }

    /// The cue lines of one segment's blocks (`MarkdownCueLines`), blocks numbered from 0 in the segment, at the lines
    /// the segment stood at when they were made, each with the date found in it (`EntryFinder.lineDate`). Functions
    /// of the segment's blocks, which are functions of its id: a section read again takes the lines of its unchanged
    /// segments from here, moved to where they stand.
    struct SegmentCues: Sendable {
        var firstLine: Int
        var lines: [CueLine]
        var dates: [DateSpan?]
        /// Per block of the segment, where its lines start in `lines`; then the end.
        var starts: [Int]
    }

    /// Where a cue line came from: its segment's id and its position among the segment's cue lines. Equal origins are
    /// equal lines (a segment's id stands for its bytes, and its cue lines are a function of them), whatever line
    /// of the text the segment stands at.
    struct CueOrigin: Sendable {
        var segment: Int
        var line: Int
    }

    /// What the person and summary are read from.
    struct PersonKey: Hashable, Sendable {
        var matter: MarkdownFrontMatter?
        var nameLine: MarkdownLine?
        var header: [MarkdownLine]
        var contact: [MarkdownLine]
        var summary: Bullet?
    }

    struct PersonRead: Sendable {
        var person: Person
        var summary: Bullet?
    }

    /// Two generations of values by key, the older dropped when the newer holds `capacity` (`get` moves a value found in
    /// the older to the newer).
    struct Generations<Key: Hashable, Value>: Sendable where Key: Sendable, Value: Sendable {
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
        var segments = Generations<ContentKey, SegmentRead>()
        var sections = Generations<SectionKey, SectionRead>()
        var frontMatter = Generations<ContentKey, MarkdownFrontMatter>()
        var plans = Generations<ContentKey, [MarkdownCVParser.HeadingPlace]>()
        var texts = Generations<ContentKey, String>()
        var people = Generations<PersonKey, PersonRead>()
        var cues = Generations<Int, SegmentCues>()
        /// The last body read a segment at a time (`MarkdownBlockReader.read(segmentsOf:…)`).
        var lastBody: LastBody?
        /// The last front matter located: the text's bytes up to its closing fence's line end, and what they gave.
        var lastFrontMatter: (bytes: [UInt8], matter: MarkdownFrontMatter)?
        var nextID = 1
    }

    private let state = Mutex(State())
    let capacity: Int
    /// Dates found in lines, by the line's text (a pure function of it), kept across texts.
    let dates = MarkdownDateMemo(limit: 4096)
    /// Fields of entry headers read before (the shared reader's layer), kept across texts.
    let entryFields = EntryFieldsMemo()

    /// The memo of this process's reading (`CVReader`).
    public static let shared = MarkdownParseMemo()

    public init(capacity: Int = 128) { self.capacity = Swift.max(1, capacity) }

    /// Stores a segment's reading and returns it with its id.
    func store(_ text: ContentKey, _ read: SegmentRead) -> SegmentRead {
        state.withLock { s in
            var read = read
            read.id = s.nextID
            s.nextID += 1
            s.segments.put(text, read, capacity: capacity)
            return read
        }
    }

    func lastBody() -> LastBody? { state.withLock { $0.lastBody } }

    func store(lastBody: LastBody) { state.withLock { $0.lastBody = lastBody } }

    func section(_ key: SectionKey) -> SectionRead? { state.withLock { $0.sections.get(key) } }

    func store(_ key: SectionKey, _ read: SectionRead) {
        state.withLock { $0.sections.put(key, read, capacity: capacity) }
    }

    func frontMatter(_ key: ContentKey) -> MarkdownFrontMatter? { state.withLock { $0.frontMatter.get(key) } }

    func store(_ key: ContentKey, _ matter: MarkdownFrontMatter) {
        state.withLock { $0.frontMatter.put(key, matter, capacity: capacity) }
    }

    func sectionPlan(_ key: ContentKey) -> [MarkdownCVParser.HeadingPlace]? { state.withLock { $0.plans.get(key) } }

    func store(_ key: ContentKey, _ places: [MarkdownCVParser.HeadingPlace]) {
        state.withLock { $0.plans.put(key, places, capacity: capacity) }
    }

    /// Segments read before, looked up together (one lock for a whole text).
    func segments(_ keys: [ContentKey]) -> [SegmentRead?] {
        state.withLock { s in keys.map { s.segments.get($0) } }
    }

    /// The front matter of a text that starts with the same bytes as the last one located, up to the end of
    /// its closing fence's line (all that locating it reads), and where the rest starts.
    func frontMatter(startOf text: String) -> (MarkdownFrontMatter, Int)? {
        var text = text
        return text.withUTF8 { b in
            state.withLock { s -> (MarkdownFrontMatter, Int)? in
                guard let (bytes, matter) = s.lastFrontMatter, b.count >= bytes.count,
                    bytes.count == b.count || b[bytes.count] == 0x0A,
                    bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, b.baseAddress!, bytes.count) == 0 })
                else { return nil }
                return (matter, bytes.count)
            }
        }
    }

    func store(frontMatter matter: MarkdownFrontMatter, bytes: [UInt8]) {
        state.withLock { $0.lastFrontMatter = (bytes, matter) }
    }

    func person(_ key: PersonKey) -> PersonRead? { state.withLock { $0.people.get(key) } }

    func store(_ key: PersonKey, _ read: PersonRead) {
        state.withLock { $0.people.put(key, read, capacity: capacity) }
    }

    /// The cue lines of segments, by id, looked up together.
    func cues(_ ids: [Int]) -> [SegmentCues?] {
        state.withLock { s in ids.map { s.cues.get($0) } }
    }

    func store(cues: [(Int, SegmentCues)]) {
        guard !cues.isEmpty else { return }
        state.withLock { s in
            for (id, c) in cues { s.cues.put(id, c, capacity: capacity) }
        }
    }

    /// Pieces of files decoded before (`CVReader.decode(_:memo:)`), looked up together.
    func texts(_ keys: [ContentKey]) -> [String?] {
        state.withLock { s in keys.map { s.texts.get($0) } }
    }

    func store(texts: [(ContentKey, String)]) {
        state.withLock { s in
            for (key, text) in texts { s.texts.put(key, text, capacity: capacity) }
        }
    }
}
