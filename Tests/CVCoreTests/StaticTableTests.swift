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
        #expect(SectionClassifier.isNormalASCII("work history") && !SectionClassifier.isNormalASCII("work  history"))
        #expect(!SectionClassifier.isNormalASCII("Skills") && !SectionClassifier.isNormalASCII("r&d") && !SectionClassifier.isNormalASCII("skills "))
    }

    @Test func placeEndsAreTheLastWordOfEachPlace() {
        let plain = Set(WordClasses.places.union(WordClasses.placeWords).map { $0.split(separator: " ").last.map(String.init) ?? $0 })
        #expect(WordClasses.placeEnds == plain)
        #expect(WordClasses.lastWord("port talbot") == "talbot" && WordClasses.lastWord("gdańsk") == "gdańsk")
        #expect(WordClasses.lastWord("new  town ") == "town" && WordClasses.lastWord("") == "")
    }
}
