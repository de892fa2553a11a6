import Synchronization

/// A layer around the field reader (`EntryFields.read`): the fields of header lines read before, by the lines'
/// content, kept across the versions of a CV (`MarkdownParseMemo` owns one). A CV's versions share most of their
/// entries, and reading an entry's fields is most of the shared reader's work. The reader gives the same answers with
/// or without it: the fields are a function of the lines' content and the date, and the date (whose source moves
/// with the lines) is set afresh on each answer.
final class EntryFieldsMemo: Sendable {
    private struct State: Sendable {
        var current: [MarkdownParseMemo.ContentKey: EntryFields] = [:]
        var older: [MarkdownParseMemo.ContentKey: EntryFields] = [:]
        var parts: [MarkdownParseMemo.ContentKey: Part] = [:]
        var olderParts: [MarkdownParseMemo.ContentKey: Part] = [:]
        /// The section-wide pass's facts of runs of lines, with their header flags (`EntryFinder.prepare`).
        var runs = MarkdownParseMemo.Generations<MarkdownParseMemo.ContentKey, EntryFinder.RunFacts>()
        /// How often the segments of runs were met (by id, `EntryFinder.prepareByRuns`).
        var segmentsMet: [Int: Int] = [:]
        /// `EntryFinder.namesNoPost`'s answers, by the bytes of the title and the organisation.
        var posts: [MarkdownParseMemo.ContentKey: Bool] = [:]
        /// Whether a line, read alone, names an organisation (1) or not (0), by the line's origin packed in a number
        /// (`LineOrigin.packed`; a dictionary type the reader uses anyway: the first use of another costs a cold parse
        /// about 0.4 M instructions of the runtime's).
        var organisations: [Int: Int] = [:]
        /// `holdsNoPost`'s answers left by the last reader of roles (`EntryFinder.finish`), for the next to take.
        var noPostAnswers: EntryFinder.NoPostAnswers?
    }

    /// The answers the last reader of roles left (each reader takes them: one reader at a time uses them), or nil.
    func takeNoPostAnswers() -> EntryFinder.NoPostAnswers? {
        state.withLock { s in
            defer { s.noPostAnswers = nil }
            return s.noPostAnswers
        }
    }

    func keep(_ answers: EntryFinder.NoPostAnswers) { state.withLock { $0.noPostAnswers = answers } }

    /// A line taken from the memo's cue lines (`MarkdownParseMemo.CueOrigin`: its segment's id and place fix its content and
    /// date), with its kind (the lines around it may make a line a term; the code holds the level) and the purpose it is
    /// read for: its fields read alone are a function of these.
    struct LineOrigin {
        var segment: Int
        var line: Int
        var kind: UInt8
        var purpose: UInt8

        /// The four in one number, different for different origins; nil when one is out of its bits' range.
        var packed: Int? {
            guard segment >= 0, segment < 1 << 31, line >= 0, line < 1 << 20, purpose < 16 else { return nil }
            return segment << 32 | line << 12 | Int(kind) << 4 | Int(purpose)
        }
    }

    /// Whether the line at `origin`, read alone, names an organisation (`EntryFinder.partStarts` asks it of each top-level
    /// heading of a section on each pass over it): the answer kept by the line's origin, so that the heading of an
    /// unchanged part is not read, nor its content keyed, again.
    func namesOrganisation(_ origin: LineOrigin, answer: () -> Bool) -> Bool {
        guard let key = origin.packed else { return answer() }
        if let known = state.withLock({ $0.organisations[key] }) { return known != 0 }
        let found = answer()
        state.withLock { s in
            if s.organisations.count >= capacity { s.organisations = [:] }
            s.organisations[key] = found ? 1 : 0
        }
        return found
    }

    /// Whether an entry of this title and organisation holds no post (`EntryFinder.namesNoPost`, a pure function of the
    /// two texts, asked of every role of a work section on each pass over it, twice): the answer kept, by the texts' bytes.
    func namesNoPost(title: String?, organisation: String?, answer: () -> Bool) -> Bool {
        var bytes = KeyBytes(capacity: 96)
        // Each text's length first (-1: none), so that no two pairs of texts give the same bytes.
        func add(_ text: String?) {
            bytes.append(number: text?.utf8.count ?? -1)
            if let text { bytes.append(text) }
        }
        add(title)
        add(organisation)
        let key = bytes.key
        if let known = state.withLock({ $0.posts[key] }) { return known }
        let found = answer()
        state.withLock { s in
            if s.posts.count >= capacity { s.posts = [:] }
            s.posts[key] = found
        }
        return found
    }

    /// A part of a section read before (`EntryFinder.readParts`): its entries, at the line index and line number it
    /// started at, and what came before its first entry.
    struct Part: Sendable {
        var start: Int
        var firstLine: Int
        var entries: [EntryFinder.Entry]
        var lead: (text: [Bullet], bullets: [Bullet], lines: [SourceRange])
    }

    /// The facts of runs of lines (`EntryFinder.prepareByRuns`), by the runs' keys, looked up together.
    func runFacts(_ keys: [MarkdownParseMemo.ContentKey]) -> [EntryFinder.RunFacts?] {
        state.withLock { s in keys.map { s.runs.get($0) } }
    }

    /// Counts one more meeting of each segment (by id) and returns the most times any was met: runs are worth keeping
    /// once their segments come back.
    func segmentsMet(_ ids: [Int]) -> Int {
        state.withLock { s in
            if s.segmentsMet.count >= capacity { s.segmentsMet = [:] }
            var most = 0
            for id in ids {
                let n = (s.segmentsMet[id] ?? 0) + 1
                s.segmentsMet[id] = n
                most = max(most, n)
            }
            return most
        }
    }

    func store(runFacts: [(MarkdownParseMemo.ContentKey, EntryFinder.RunFacts)]) {
        guard !runFacts.isEmpty else { return }
        state.withLock { s in
            for (key, facts) in runFacts { s.runs.put(key, facts, capacity: capacity / 8) }
        }
    }

    func part(_ key: MarkdownParseMemo.ContentKey) -> Part? {
        state.withLock { s -> Part? in
            if let p = s.parts[key] { return p }
            guard let p = s.olderParts.removeValue(forKey: key) else { return nil }
            s.parts[key] = p
            return p
        }
    }

    func store(_ key: MarkdownParseMemo.ContentKey, _ part: Part) {
        state.withLock { s in
            if s.parts.count >= capacity / 8 {
                s.olderParts = s.parts
                s.parts = [:]
            }
            s.parts[key] = part
        }
    }

    private let state = Mutex(State())
    let capacity: Int

    init(capacity: Int = 4096) { self.capacity = capacity }

    func fields(
        _ lines: [CueLine], context: [CueLine], purpose: EntryFields.Purpose, dates: DateSpan?, read: () -> EntryFields
    ) -> EntryFields {
        let key = Self.key(lines, context: context, purpose: purpose, dates: dates)
        let known = state.withLock { s -> EntryFields? in
            if let f = s.current[key] { return f }
            guard let f = s.older.removeValue(forKey: key) else { return nil }
            s.current[key] = f
            return f
        }
        if var known {
            known.dates = dates
            return known
        }
        let fields = read()
        state.withLock { s in
            if s.current.count >= capacity {
                s.older = s.current
                s.current = [:]
            }
            s.current[key] = fields
        }
        return fields
    }

    /// Everything the field reader looks at: each line's kind, emphasis, text, cells, links and date, which lines
    /// are context, the purpose and the date given.
    static func key(_ lines: [CueLine], context: [CueLine], purpose: EntryFields.Purpose, dates: DateSpan?) -> MarkdownParseMemo.ContentKey {
        var key = KeyBytes(capacity: 256)
        switch purpose {
        case .roles: key.append(1)
        case .education: key.append(2)
        case .projects: key.append(3)
        }
        if let d = dates {
            key.append(d.text)
            key.append(d.description)
        }
        for n in 0..<(context.count + lines.count) {
            let line = n < context.count ? context[n] : lines[n - context.count]
            key.append(n < context.count ? 0xF1 : 0xF2)
            key.append(line.kind.code)
            if line.kind.code & 0x0F == 0x0F { key.append(number: line.headingLevel ?? line.depth) }
            key.append(line.emphasised ? 1 : 0)
            key.append(line.text)
            for cell in line.cells { key.append(cell) }
            for label in line.cellLabels { key.append(label) }
            for hint in line.cellFields { key.append(hint?.code ?? 0) }
            key.append(0xF3)
            for link in line.links {
                key.append(link.text)
                key.append(link.url)
            }
            key.append(0xF4)
            if let d = line.date { key.append(d.text) }
        }
        return key.key
    }
}
