/// Substring search over UTF-8 bytes, for the word lists of job-ad reading (boilerplate cues, heading words).
/// Plain byte comparison: no Foundation bridging in the hot loop.
struct PhraseSearch: Sendable {
    private let phrases: [[UInt8]]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }
    }

    /// Whether any phrase occurs in `text` (already lowercased).
    func anyOccurs(in text: String) -> Bool {
        let bytes = Array(text.utf8)
        return phrases.contains { PhraseSearch.occurs($0, in: bytes) }
    }

    /// The text after the earliest occurrence of any phrase (already lowercased), or nil.
    func textAfterFirst(in text: String) -> String? {
        let bytes = Array(text.utf8)
        var end: Int?
        for p in phrases {
            guard let at = PhraseSearch.offset(p, in: bytes) else { continue }
            if end.map({ at + p.count < $0 }) ?? true { end = at + p.count }
        }
        return end.map { String(decoding: bytes[$0...], as: UTF8.self) }
    }

    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return offset(needle, in: haystack) != nil
    }

    /// Where `needle` first starts in `haystack`.
    static func offset(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count, let first = needle.first else { return nil }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func occurs(_ needle: String, in haystack: String) -> Bool {
        occurs(Array(needle.utf8), in: Array(haystack.utf8))
    }
}
