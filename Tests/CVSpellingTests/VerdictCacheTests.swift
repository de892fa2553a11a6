import Foundation
import Testing
@testable import CVSpelling

/// The verdict file searched in place (`VerdictFile`) must answer every word as the dictionary a load used to
/// build from the same file: ASCII words by bytes, other words by `String` equality (a decomposed `é`, the
/// Kelvin sign equal to `K`), a later line winning over an earlier equal word, and a file not in byte order.
@Suite struct VerdictCacheTests {
    private static let key = "0123456789abcdef"
    private static let entries: [(String, [String]?)] = [
        ("Zorblax", nil), ("frobnicate", nil), ("quux", ["quix", "qua"]), ("blorptastic", []), ("Café", ["Cafe"]),
        ("naïve", nil), ("Kelvinator", ["Kelvin ator"]), ("wug", ["wig", "wag", "wög"]), ("a", nil), ("zz-top", nil),
        ("Ünterwelt", nil), ("Straße", ["Strasse"]), ("don't", nil), ("co-op'd", ["coop"]), ("don’t", ["don't"]),
        ("co–op", nil), ("Ελλάδα", nil), ("日本", ["x"]), ("かな", nil), ("が", nil), ("か\u{3099}き", nil), ("\u{F900}", nil), ("Cafe\u{0301}s", nil), ("\u{212A}elvins", nil), ("ŁÓDŹ", nil),
    ]
    private static let probes = entries.map(\.0) + [
        "Cafe\u{0301}", "nai\u{0308}ve", "\u{212A}elvinator", "Zorbla", "Zorblaxx", "", "zz", "zz-top ", "QUUX", "Strasse",
        "\u{212A}", "U\u{0308}nterwelt", "dont", "wug\u{0301}", "Cafés", "Kelvins", "don’", "Λ", "ŁO\u{0301}DŹ", "か\u{3099}", "がき", "\u{8C48}", "日",
    ]

    /// The dictionary a load built before the file was searched in place: every line in order.
    private static func reference(_ body: [UInt8]) -> [String: [String]?] {
        var verdicts: [String: [String]?] = [:]
        for line in body.split(separator: 0x0A, omittingEmptySubsequences: false) where !line.isEmpty {
            let parts = line.dropFirst().split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            verdicts[parts[0]] = line.first == UInt8(ascii: "+") ? .some(nil) : .some(Array(parts.dropFirst()))
        }
        return verdicts
    }

    private static func image(_ body: [UInt8]) -> [UInt8] {
        Array("\(VerdictCache.magic)\nkey \(key)\nbody \(FNV1a.hex(FNV1a.hash(body))) \(body.count)\n".utf8) + body
    }

    private static func body(_ lines: [(String, [String]?)]) -> [UInt8] {
        var body: [UInt8] = []
        for (word, suggestions) in lines {
            body += Array(((suggestions == nil ? "+" : "-") + word).utf8)
            for suggestion in suggestions ?? [] { body += [0x09] + Array(suggestion.utf8) }
            body.append(0x0A)
        }
        return body
    }

    private static func expectSameAnswers(_ image: [UInt8], reference: [String: [String]?]) throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let path = directory + "/cache.verdicts"
        try Data(image).write(to: URL(fileURLWithPath: path))
        var cache = VerdictCache.load(path: path, key: key)
        #expect(!cache.isDirty)
        for word in probes + reference.keys {
            let expected: [String]?? = reference[word].map { .some($0) } ?? nil
            #expect(cache.lookup(word) == expected, "\(word.debugDescription)")
        }
        #expect(cache.allVerdicts == reference)
    }

    @Test func aWrittenFileAnswersAsTheDictionary() throws {
        var cache = VerdictCache()
        for (word, suggestions) in Self.entries { cache.record(word, suggestions: suggestions) }
        let image = cache.serialise(key: Self.key)
        let body = Array(image.split(separator: 0x0A, maxSplits: 3, omittingEmptySubsequences: false)[3])
        try Self.expectSameAnswers(image, reference: Self.reference(body))
        #expect(Self.reference(body).count == Self.entries.count)
    }

    @Test func unsortedAndRepeatedLinesAnswerAsTheDictionary() throws {
        // Not in byte order, a word twice, an ASCII word and its Kelvin-sign twin: the later line wins.
        let lines: [(String, [String]?)] = [
            ("wug", nil), ("Kelvinator", nil), ("\u{212A}elvinator", ["K"]), ("abc", ["abd"]), ("abc", nil), ("Café", nil),
            ("Cafe\u{0301}", ["Cafe"]),
        ]
        let sorted = lines.filter { $0.0 != "abc" }.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        for order in [lines, lines.reversed(), sorted, sorted.reversed()] {
            let body = Self.body(order)
            try Self.expectSameAnswers(Self.image(body), reference: Self.reference(body))
        }
    }

    @Test func aDamagedFileIsIgnoredAndRewritten() throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let path = directory + "/cache.verdicts"
        for body in [Array("+ok\n\n".utf8), Array("*bad\n".utf8), Array("+\n".utf8)] {
            try Data(Self.image(body)).write(to: URL(fileURLWithPath: path))
            var cache = VerdictCache.load(path: path, key: Self.key)
            #expect(cache.isDirty)
            #expect(cache.lookup("ok") == nil)
        }
    }
}
