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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        switch purpose {
        case .roles: bytes.append(1)
        case .education: bytes.append(2)
        case .projects: bytes.append(3)
        }
        func add(_ s: String) {
            bytes += s.utf8
            bytes.append(0)
        }
        if let d = dates { add(d.text); add(d.description) }
        for (n, line) in (context + lines).enumerated() {
            bytes.append(n < context.count ? 0xF1 : 0xF2)
            add(line.kind.name)
            bytes.append(line.emphasised ? 1 : 0)
            add(line.text)
            for cell in line.cells { add(cell) }
            bytes.append(0xF3)
            for link in line.links { add(link.text); add(link.url) }
            bytes.append(0xF4)
            if let d = line.date { add(d.text) }
        }
        return bytes.withUnsafeBufferPointer { MarkdownParseMemo.ContentKey($0) }
    }
}
