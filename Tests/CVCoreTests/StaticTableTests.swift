import Testing
@testable import CVCore

/// The one-time tables built a cheaper way (session 11) hold what their plain formulation holds.
@Suite struct StaticTableTests {
    func classes(_ table: WordClassTable, _ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { table.classes(of: $0) }
    }

    @Test func aWordInSeveralSetsHasTheClassesOfEach() {
        let table = WordClassTable([
            (["warden", "clerk", "ferrier"], 1), (["ferrier", "tollhouse"], 2), (["clerk", "ferrier", "café"], 4),
        ])
        #expect(classes(table, "warden") == 1)
        #expect(classes(table, "clerk") == 1 | 4)
        #expect(classes(table, "ferrier") == 1 | 2 | 4)
        #expect(classes(table, "tollhouse") == 2)
        #expect(classes(table, "cafe") == 0 && classes(table, "café") == 0, "ASCII words only: the sets answer the others")
        #expect(classes(table, "ferrie") == 0 && classes(table, "ferriers") == 0 && classes(table, "") == 0)
    }

    @Test func theWordClassTableAgreesWithItsSets() {
        let sets: [(Set<String>, UInt32)] = [
            (WordClasses.titleWords, WordClasses.Class.title), (WordClasses.organisationWords, WordClasses.Class.organisation),
            (WordClasses.institutionWords, WordClasses.Class.institution), (WordClasses.degreeWords, WordClasses.Class.degree),
            (WordClasses.courseWords, WordClasses.Class.course), (WordClasses.placeCodes, WordClasses.Class.placeCode),
            (WordClasses.placeEnds, WordClasses.Class.placeEnd), (WordClasses.placeWords, WordClasses.Class.placeWord),
        ]
        for word in Set(sets.flatMap(\.0)) where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let expected = sets.reduce(UInt32(0)) { $0 | ($1.0.contains(word) ? $1.1 : 0) }
            #expect(classes(WordClasses.table, word) == expected, "\(word)")
        }
    }

    @Test func sectionNamesAreKeyedByTheirNormalForm() {
        var plain: [String: SectionKind] = [:]
        for (kind, names) in SectionClassifier.table {
            for name in names where plain[SectionClassifier.normalise(name)] == nil { plain[SectionClassifier.normalise(name)] = kind }
        }
        #expect(SectionClassifier.kinds == plain)
        // `kinds` takes the names as written: each must be written in its normal form.
        for (_, names) in SectionClassifier.table {
            for name in names { #expect(SectionClassifier.normalise(name) == name, "\(name)") }
        }
    }

    @Test func latexAccentsGiveTheAccentedLetterOfEachBase() {
        #expect(LaTeXSyntax.accents[UInt8(ascii: "'")]?["e"] == "é" && LaTeXSyntax.accents[UInt8(ascii: "'")]?["Z"] == "Ź")
        #expect(LaTeXSyntax.accents[UInt8(ascii: "\"")]?["o"] == "ö" && LaTeXSyntax.accents[UInt8(ascii: "v")]?["s"] == "š")
        #expect(LaTeXSyntax.accents[UInt8(ascii: "c")]?["c"] == "ç" && LaTeXSyntax.accents[UInt8(ascii: "r")]?["A"] == "Å")
        #expect(LaTeXSyntax.accents[UInt8(ascii: "~")]?["e"] == nil, "no such pair: the letter stays as it is")
        #expect(LaTeXSyntax.accents[UInt8(ascii: "'")]?["é"] == nil && LaTeXSyntax.accents[UInt8(ascii: "x")] == nil)
    }

    @Test func trimmingTypographicPunctuationMatchesTrimmingCharacters() {
        let set = ",;:|-–—•·*_→~»"
        func plain(_ text: String) -> String {
            let chars = Set(set)
            var s = text[...]
            while let f = s.first, f.isWhitespace || chars.contains(f) { s = s.dropFirst() }
            while let l = s.last, l.isWhitespace || chars.contains(l) { s = s.dropLast() }
            return String(s)
        }
        for text in [
            "— Lead Carpenter –", "• Tollhouse Ltd ·", "» Warden «", "–—", "", "Café Owner —", "· Ferrier (Mill Lane) ;",
            "\u{2003}Clerk\u{00A0}", "e\u{301} —", "→ Brewer", "— Brewer\r\n",
        ] {
            #expect(text.trimmingCharacters(in: set) == plain(text), "\(text)")
        }
    }

    @Test func placeEndsAreTheLastWordOfEachPlace() {
        let plain = Set(WordClasses.places.union(WordClasses.placeWords).map { $0.split(separator: " ").last.map(String.init) ?? $0 })
        #expect(WordClasses.placeEnds == plain)
        #expect(WordClasses.lastWord("port talbot") == "talbot" && WordClasses.lastWord("gdańsk") == "gdańsk")
        #expect(WordClasses.lastWord("new  town ") == "town" && WordClasses.lastWord("") == "")
    }
}
