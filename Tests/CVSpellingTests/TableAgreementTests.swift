import Testing
@testable import CVSpelling

/// The word-form table must say exactly what `Hunspell_spell` says, for every word of the real CVs:
/// otherwise a warm run would report different findings from a cold one.
@Suite(.enabled(if: SpellingFixtures.seedsAvailable, "needs ../shared/seeds"))
struct TableAgreementTests {
    @Test(arguments: ["en_US", "en_GB"])
    func tableAgreesWithHunspellOnEveryWordOfTheSeedsAndCorpus(language: String) throws {
        guard SpellingFixtures.hasDictionary(language) else { return }  // dictionary not installed here
        let dictionary = try DictionaryLocator().locate(language)
        let hunspell = try HunspellChecker(dictionary: dictionary)
        let speller = try #require(SharedTables.speller(language))
        var words = Set<String>()
        for path in SpellingFixtures.seedPaths + SpellingFixtures.corpusPaths {
            for word in SpellingFixtures.words(in: SpellingFixtures.text(path)) {
                words.insert(word)
                words.insert(word.uppercased())
                words.insert(word.lowercased())
                words.insert(word.prefix(1).uppercased() + word.dropFirst().lowercased())
            }
        }
        var disagreements: [String] = []
        var undecided: [String] = []
        for word in words.sorted() {
            let expected = hunspell.spell(word)
            switch speller.spell(word) {
            case nil: undecided.append(word)
            case let verdict?: if verdict != expected { disagreements.append("\(word): table \(verdict), hunspell \(expected)") }
            }
        }
        #expect(words.count > 3000)
        print("[\(language)] \(words.count) words, \(words.filter { !hunspell.spell($0) }.count) misspelt, undecided: \(undecided.count)")
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(words.count): \(disagreements.prefix(40))")
        // Only words with digits (compound ordinals like 21st), words of 100 bytes or more (hunspell refuses them
        // itself: long URL slugs, sentences in scripts written without spaces) and words with characters outside
        // hunspell's 16-bit tables are left to hunspell.
        let undecidedWithoutDigits = undecided.filter { word in
            !word.contains { $0.isNumber } && word.utf8.count < 100 && !word.unicodeScalars.contains { $0.value > 0xFFFF }
        }
        #expect(undecidedWithoutDigits.isEmpty, "\(undecidedWithoutDigits.prefix(40))")
    }
}

/// Blanks and controls leave a word to hunspell, whether ASCII (checked on the scalar's value) or beyond (asked
/// of its properties); letters on either side of the ASCII boundary do not.
@Suite struct TableSpellerBlankTests {
    @Test func wordsWithBlanksOrControlsAreUndecided() throws {
        let image = WordTable.serialise(
            key: "blanks", breakPatterns: [], inputConversions: [], main: ["made", "up", "~tilde", "é"].map { Array($0.utf8) },
            upperOnly: [])
        let speller = TableSpeller(table: try #require(WordTable.load(bytes: image, key: "blanks")))
        for blank in [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{01}", "\u{1F}", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}"] {
            #expect(speller.spell("made" + blank + "up") == nil, "\(blank.debugDescription)")
            #expect(speller.spell(blank + "made") == nil, "\(blank.debugDescription)")
        }
        #expect(speller.spell("made") == true)
        #expect(speller.spell("~tilde") == true)
        #expect(speller.spell("\u{7F}made") == false)
        #expect(speller.spell("é") == true)
    }
}

/// One table per language for the whole test run (building one takes a second or more).
enum SharedTables {
    static let enUS: [UInt8]? = build("en_US")
    static let enGB: [UInt8]? = build("en_GB")

    static func speller(_ language: String) -> TableSpeller? {
        guard let image = language == "en_GB" ? enGB : enUS,
            let table = WordTable.load(bytes: image, key: "tests")
        else { return nil }
        return TableSpeller(table: table)
    }

    private static func build(_ language: String) -> [UInt8]? {
        guard let dictionary = try? DictionaryLocator().locate(language),
            let hunspell = try? HunspellChecker(dictionary: dictionary)
        else { return nil }
        var unsupported: [String] = []
        return CachedSpellChecker.buildTableImage(
            dictionary: dictionary, key: "tests", hunspell: hunspell, unsupported: &unsupported)
    }
}
