import Testing
@testable import CVCore

/// `SourceText.locate` searches bytes; its answers are those of a scalar-by-scalar search.
struct SourceTextLocateTests {
    static let text = """
        Ana Lópes — Ingénieure
        Skills: Go, Rust, PostgreSQL, Café
        * Built the café's ordering service in GO
        Straße 5, Zürich · ÉCOLE Polytechnique
        """

    /// The slow answer: scalars compared with ASCII capitals folded, the first hit inside the range.
    static func slow(_ source: SourceText, _ needle: String, in range: SourceRange) -> SourceRange? {
        let bounds = source.indices(of: range)
        let hay = Array(source.text.unicodeScalars[bounds])
        let pin = Array(needle.unicodeScalars)
        func fold(_ s: Unicode.Scalar) -> UInt32 { (s.value >= 65 && s.value <= 90) ? s.value + 32 : s.value }
        guard !pin.isEmpty, pin.count <= hay.count else { return nil }
        for i in 0...(hay.count - pin.count) where (0..<pin.count).allSatisfy({ fold(hay[i + $0]) == fold(pin[$0]) }) {
            let start = source.text.unicodeScalars.index(bounds.lowerBound, offsetBy: i)
            return source.lines.range(of: start..<source.text.unicodeScalars.index(start, offsetBy: pin.count))
        }
        return nil
    }

    @Test(arguments: ["go", "GO", "café", "Café's", "ingénieure", "zürich", "École", "ÉCOLE", "straße", "rust, post", "lópes —", "x", "", "Ana Lópes — Ingénieure\nSkills"])
    func locateAgreesWithTheScalarSearch(needle: String) {
        let source = SourceText(Self.text)
        for range in [SourceRange(lines: 1, 4), SourceRange(lines: 2, 2), SourceRange(line: 3, column: 10, endLine: 4, endColumn: 12)] {
            #expect(source.locate(needle, in: range) == Self.slow(source, needle, in: range), "\(needle) in \(range)")
        }
    }

    @Test func aHitIsWhereTheWordIsWritten() throws {
        let source = SourceText(Self.text)
        let hit = try #require(source.locate("go", in: SourceRange(lines: 2, 3)))
        #expect(hit.start.line == 2 && hit.start.column == 9)
        #expect(source.locate("zürich", in: SourceRange(lines: 1, 3)) == nil)
    }
}
