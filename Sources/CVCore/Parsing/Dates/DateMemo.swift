import Synchronization

/// Date spans found in texts, so that a line is scanned once per parse (and, kept by `MarkdownParseMemo`, once across
/// the versions of a history). A layer around `DateParser`: the answer is a function of the text alone.
final class MarkdownDateMemo: Sendable {
    private let spans = Mutex<[String: DateParser.Match?]>([:])
    /// Past this many texts the memo starts afresh (a parse memo keeps one across the versions of a history).
    let limit: Int

    init(limit: Int = .max) { self.limit = limit }

    func span(_ text: String) -> DateParser.Match? {
        if let known = spans.withLock({ $0[text] }) { return known }
        let found = DateParser.findSpanQuickly(text)
        spans.withLock { s in
            if s.count >= limit { s.removeAll(keepingCapacity: true) }
            s[text] = .some(found)
        }
        return found
    }

    func hasDate(_ text: String) -> Bool { span(text) != nil }
}

extension DateParser {
    static func hasDate(_ text: String) -> Bool { findSpanQuickly(text) != nil }

    /// `findSpan`, skipping texts without a digit (no year, no date) and overlong ones.
    static func findSpanQuickly(_ text: String) -> Match? {
        let utf8 = text.utf8
        guard utf8.count <= 2_000, utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return findSpan(in: text)
    }
}
