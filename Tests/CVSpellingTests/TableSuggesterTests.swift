import Foundation
import Testing
@testable import CVSpelling

/// Suggestions from the word table: hunspell's edits in hunspell's order, NOSUGGEST forms never offered, the nearest
/// forms when no edit gives a word, and nothing that is not a word.
@Suite struct TableSuggesterTests {
    static func suggester(
        _ words: [String], noSuggest: [String] = [], replacements: [(String, String)] = [], tryCharacters: String = "esiarntolcdugmfphbyvkw-'"
    ) throws -> TableSuggester {
        let sorted = { (list: [String]) in list.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) } }
        let image = WordTable.serialise(
            key: "suggest", breakPatterns: ["-", "^-", "-$"], inputConversions: [("\u{2019}", "'")], main: sorted(words), upperOnly: [],
            noSuggest: sorted(noSuggest), tryCharacters: tryCharacters, replacements: replacements)
        return TableSuggester(table: try #require(WordTable.load(bytes: image, key: "suggest")))
    }

    @Test func editsComeInHunspellsOrder() throws {
        // `form` is two letters swapped (the first edit tried), `from` a letter moved, `foam` a wrong letter.
        let suggester = try Self.suggester(["foam", "form", "from", "quill"])
        #expect(suggester.suggest("fomr", limit: 5) == ["form", "from"])
        #expect(suggester.suggest("forn", limit: 5) == ["form"])
        #expect(suggester.suggest("fom", limit: 5) == ["foam", "form", "from"])
        #expect(suggester.suggest("fomr", limit: 1) == ["form"])
    }

    @Test func aKeyboardNeighbourComesBeforeAnyOtherWrongLetter() throws {
        // `s` is next to `d` on the keyboard; `t` is earlier in the TRY characters but not a neighbour.
        let suggester = try Self.suggester(["dust", "tust"])
        #expect(suggester.suggest("sust", limit: 5).first == "dust")
    }

    @Test func capitalisedWordsGetCapitalisedSuggestions() throws {
        let suggester = try Self.suggester(["receive", "Brindlemoor"])
        #expect(suggester.suggest("Recieve", limit: 5) == ["Receive"])
        #expect(suggester.suggest("Brindlemor", limit: 5) == ["Brindlemoor"])
        #expect(suggester.suggest("RECIEVE", limit: 5) == ["RECEIVE"])
    }

    @Test func replacementsAndRunTogetherWords() throws {
        let suggester = try Self.suggester(["photograph", "note", "book"], replacements: [("f", "ph")])
        #expect(suggester.suggest("fotograph", limit: 5) == ["photograph"])
        #expect(suggester.suggest("notebook", limit: 5) == ["note book", "note-book"])
    }

    @Test func formsMarkedNoSuggestAreNeverOffered() throws {
        // `validation` is one swap from `valdiation`, but marked NOSUGGEST: `valuation` (two edits) instead.
        let suggester = try Self.suggester(["validation", "valuation"], noSuggest: ["validation"])
        #expect(suggester.suggest("valdiation", limit: 5) == ["valuation"])
        #expect(suggester.suggest("valuatoin", limit: 5) == ["valuation"])
    }

    @Test func theNearestFormsWhenNoEditGivesAWord() throws {
        let suggester = try Self.suggester(["maintained", "maintenance", "mainland", "pyre", "Maintz"])
        // Three edits from `maintenance`, two from `maintained`: hunspell's n-gram score puts `maintenance` first;
        // `mainland` (four edits) is too far.
        #expect(suggester.suggest("maintaince", limit: 5) == ["maintenance", "maintained"])
        #expect(suggester.suggest("Maintaince", limit: 5) == ["Maintenance", "Maintained"])
        // Two edits from `pyre`, but nothing alike by n-grams (hunspell's -1000 rule): an identifier, not a slip.
        #expect(suggester.suggest("pyhf", limit: 5) == [])
        // Nothing within two edits: no suggestion rather than a far one.
        #expect(suggester.suggest("cxqzwvuk", limit: 5) == [])
    }
}

/// The table's first suggestion against hunspell's on every word hunspell rejects in the seeds and the corpus CVs:
/// never a suggestion that is not a word, and the same first suggestion in most cases (printed: the agreement).
@Suite(.enabled(if: SpellingFixtures.seedsAvailable, "needs ../shared/seeds"))
struct TableSuggesterAgreementTests {
    /// Letters (with an apostrophe or hyphen inside), three or more: what the spelling rule sends.
    static func misspelt(_ paths: [String], hunspell: HunspellChecker) -> [String] {
        var words = Set<String>()
        for path in paths {
            for word in SpellingFixtures.words(in: SpellingFixtures.text(path))
            where word.unicodeScalars.count >= 3 && word.utf8.count <= 60 && word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" }) {
                words.insert(word)
            }
        }
        return words.sorted().filter { !hunspell.spell($0) }
    }

    /// One insertion, deletion, substitution or swap of neighbours apart.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a.lowercased().unicodeScalars)
        let y = Array(b.lowercased().unicodeScalars)
        guard x != y, abs(x.count - y.count) <= 1 else { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if x.count == y.count {
            return x[(i + 1)...] == y[(i + 1)...] || (i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...])
        }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }

    static func compare(_ language: String, paths: [String]) throws -> (words: Int, same: Int, oneEdit: Int, sameOneEdit: Int, nonWords: [String]) {
        let dictionary = try DictionaryLocator().locate(language)
        let hunspell = try HunspellChecker(dictionary: dictionary)
        let image = try #require(language == "en_GB" ? SharedTables.enGB : SharedTables.enUS)
        let suggester = TableSuggester(table: try #require(WordTable.load(bytes: image, key: "tests")))
        var same = 0
        var oneEdit = 0
        var sameOneEdit = 0
        var differences: [String] = []
        var nonWords: [String] = []
        let words = misspelt(paths, hunspell: hunspell)
        for word in words {
            let ours = suggester.suggest(word, limit: 5)
            let theirs = hunspell.suggest(word, limit: 5)
            if ours.first == theirs.first { same += 1 } else { differences.append("\(word): \(ours.first ?? "-") / hunspell \(theirs.first ?? "-")") }
            if let first = theirs.first, oneEditApart(word, first) {
                oneEdit += 1
                if ours.first == first { sameOneEdit += 1 }
            }
            for suggestion in ours where !suggestion.split(separator: " ").allSatisfy({ hunspell.spell(String($0)) }) {
                nonWords.append("\(word) → \(suggestion)")
            }
        }
        print("[\(language)] first suggestion as hunspell's: \(same) of \(words.count), \(sameOneEdit) of the \(oneEdit) where hunspell's is one edit away; differing: \(differences.joined(separator: "; "))")
        return (words.count, same, oneEdit, sameOneEdit, nonWords)
    }

    @Test(arguments: ["en_US", "en_GB"])
    func seeds(language: String) throws {
        guard SpellingFixtures.hasDictionary(language) else { return }
        let result = try Self.compare(language, paths: SpellingFixtures.seedPaths)
        #expect(result.nonWords.isEmpty, "\(result.nonWords)")
        #expect(result.words > 30)
        // Where hunspell's first suggestion is one edit away (a typo), the same one; where it ranks the whole dictionary
        // by n-grams (names, foreign words), often another.
        #expect(result.sameOneEdit * 100 >= result.oneEdit * 97, "\(result.sameOneEdit) of \(result.oneEdit)")
        #expect(result.same * 10 >= result.words * 7, "\(result.same) of \(result.words)")
    }

    /// Every corpus CV: hunspell's suggestions take minutes, so only with CVTRACK_BENCH=1.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CVTRACK_BENCH"] == "1"), arguments: ["en_US", "en_GB"])
    func corpus(language: String) throws {
        guard SpellingFixtures.hasDictionary(language) else { return }
        let result = try Self.compare(language, paths: SpellingFixtures.seedPaths + SpellingFixtures.corpusPaths)
        #expect(result.nonWords.isEmpty, "\(result.nonWords.prefix(40))")
        #expect(result.sameOneEdit * 100 >= result.oneEdit * 97, "\(result.sameOneEdit) of \(result.oneEdit)")
        #expect(result.same * 10 >= result.words * 6, "\(result.same) of \(result.words)")
    }
}
