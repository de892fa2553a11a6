import Testing
@testable import CVSpelling

@Suite(.enabled(if: SpellingFixtures.hasDictionary("en_US"), "needs hunspell-en-us"))
struct HunspellCheckerTests {
    @Test func seedTypoIsMisspeltWithTheIntendedWordSuggested() throws {
        guard SpellingFixtures.seedsAvailable else { return }  // ../shared not present
        let checker = try HunspellChecker(language: "en_US")
        let words = SpellingFixtures.words(in: SpellingFixtures.text(SpellingFixtures.seedPaths[0]))
        #expect(words.contains("informaion"))
        let misspelt = checker.misspelt(words)
        let suggestions = try #require(misspelt["informaion"])
        #expect(suggestions.contains("information"))
    }

    @Test(arguments: [
        "experience", "Mentoring", "mentoring", "responsibilities", "developer", "infrastructure", "scalable",
        "Engineer", "ENGINEER", "I'd", "world's", "remotely", "full-stack", "team-player", "2019", "1,000",
    ])
    func commonCVWordsAreCorrect(word: String) throws {
        let checker = try HunspellChecker(language: "en_US")
        #expect(checker.spell(word))
        #expect(checker.misspelt([word]).isEmpty)
    }

    @Test func britishDictionaryAcceptsOptimisationAmericanSuggestsOptimization() throws {
        let american = try HunspellChecker(language: "en_US")
        #expect(!american.spell("optimisation"))
        #expect(american.suggest("optimisation").contains("optimization"))
        guard SpellingFixtures.hasDictionary("en_GB") else { return }  // hunspell-en-gb not installed
        let british = try HunspellChecker(language: "en-GB")
        #expect(british.spell("optimisation"))
        #expect(british.dictionary.language == "en_GB")
    }

    @Test func capitalisedDictionaryWordIsNotCorrectInLowercase() throws {
        let checker = try HunspellChecker(language: "en_US")
        #expect(checker.spell("London"))
        #expect(checker.spell("LONDON"))
        #expect(!checker.spell("london"))
    }

    @Test func dictionaryIsUTF8() throws {
        let checker = try HunspellChecker(language: "en_US")
        #expect(checker.encoding == "UTF-8")
        guard SpellingFixtures.hasDictionary("en_GB") else { return }  // en_US itself is plain ASCII
        let british = try HunspellChecker(language: "en_GB")
        #expect(british.spell("aide-mémoire"))
        #expect(british.spell("Abbé"))
    }

    @Test func wordsHunspellCannotTakeAreMisspeltNotACrash() throws {
        let checker = try HunspellChecker(language: "en_US")
        #expect(!checker.spell("nul\u{0}byte"))
        #expect(!checker.spell(String(repeating: "a", count: 10_000)))
        _ = checker.misspelt(["", "\u{0}", String(repeating: "x", count: 5000)])
    }
}
