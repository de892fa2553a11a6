import Testing
@testable import CVCore

/// `SpellingVariety.hasIse`/`hasIze` read an ASCII word's bytes; their answers are `String.contains`'s.
struct SpellingVarietyFastPathTests {
    static let words = [
        "organise", "organize", "analyse", "analyze", "analysing", "paralysis", "realisation", "realization",
        "visa", "ysa", "yza", "lysa", "izard", "wizard", "sizing", "rise", "size", "prize", "yzi", "ysi",
        "is", "iz", "", "a", "colour", "organisé", "organis\u{0065}\u{0301}", "analyzé", "naïse", "Organise",
    ]

    @Test(arguments: words)
    func bytesAgreeWithStringContains(word: String) {
        #expect(SpellingVariety.hasIse(word) == ["ise", "isi", "isa", "yse", "ysi"].contains { word.contains($0) })
        #expect(SpellingVariety.hasIze(word) == ["ize", "izi", "iza", "yze", "yzi"].contains { word.contains($0) })
    }

    @Test func counterpartsAreTheOtherVarietysForms() {
        #expect(SpellingVariety.counterparts("organise").contains("organize"))
        #expect(SpellingVariety.counterparts("colour").contains("color"))
        #expect(SpellingVariety.counterparts("travelled").contains("traveled"))
        #expect(SpellingVariety.counterparts("centre").contains("center"))
        #expect(SpellingVariety.counterparts("is").isEmpty)
    }
}
