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
        var byLetters = 0
        for word in words.sorted() {
            let expected = hunspell.spell(word)
            // The bytes' shortcut for words of ASCII letters says what the general path says.
            if let quick = speller.spellLetters(word.utf8) {
                byLetters += 1
                if quick != speller.spellGeneral(word) { disagreements.append("\(word): letters \(quick), general path \(String(describing: speller.spellGeneral(word)))") }
            }
            switch speller.spell(word) {
            case nil: undecided.append(word)
            case let verdict?: if verdict != expected { disagreements.append("\(word): table \(verdict), hunspell \(expected)") }
            }
        }
        #expect(words.count > 3000)
        #expect(byLetters * 2 > words.count, "\(byLetters) of \(words.count) words of ASCII letters")
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

/// Words of ASCII letters are judged on their bytes (`spellLetters`) as the general path judges them, in each case form;
/// other words are left to the general path; a conversion or break pattern made of letters turns the shortcut off.
@Suite struct TableSpellerLettersTests {
    static func speller(breakPatterns: [String] = ["-", "^-", "-$"], conversions: [(String, String)] = [("\u{2019}", "'")]) throws -> TableSpeller {
        let main = ["Brindlemoor", "London", "made", "quorvex", "up"].map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        let upper = ["Quorvexa", "Zantic"].map { Array($0.utf8) }
        let image = WordTable.serialise(key: "letters", breakPatterns: breakPatterns, inputConversions: conversions, main: main, upperOnly: upper)
        return TableSpeller(table: try #require(WordTable.load(bytes: image, key: "letters")))
    }

    static let words = [
        "made", "Made", "MADE", "mAde", "MaDe", "london", "London", "LONDON", "quorvexa", "Quorvexa", "QUORVEXA", "zantic", "Zantic",
        "ZANTIC", "brindlemoor", "BRINDLEMOOR", "Brindlemoor", "mades", "M", "m", "up", "UP", "made-up", "made’", "café", "madé", "made1",
    ]

    @Test func lettersSayWhatTheGeneralPathSays() throws {
        let speller = try Self.speller()
        var quick = 0
        for word in Self.words {
            let letters = speller.spellLetters(word.utf8)
            if let letters {
                quick += 1
                #expect(letters == speller.spellGeneral(word), "\(word)")
            }
            #expect(speller.spell(word) == speller.spellGeneral(word), "\(word)")
        }
        #expect(quick == 20)
        #expect(speller.spell("LONDON") == true)
        #expect(speller.spell("london") == false)
        #expect(speller.spell("Zantic") == false)
        #expect(speller.spell("ZANTIC") == true)
        #expect(speller.spell("mAde") == false)
    }

    @Test func aPatternOfLettersLeavesEveryWordToTheGeneralPath() throws {
        // hunspell breaks `upxmade` at the pattern `x` into `up` and `made`, both words.
        let broken = try Self.speller(breakPatterns: ["-", "x"])
        #expect(broken.spell("upxmade") == true)
        #expect(try Self.speller().spell("upxmade") == false)
        let converted = try Self.speller(conversions: [("q", "k")])
        #expect(converted.spell("quorvex") == converted.spellGeneral("quorvex"))
        #expect(converted.spell("quorvex") == false)
        #expect(try Self.speller().spell("quorvex") == true)
    }
}

/// The table's forms in bytewise order, as `lexicographicallyPrecedes` orders them (prefixes first, bytes beyond ASCII last).
@Suite struct WordTableOrderTests {
    @Test func sortedBytewiseIsLexicographicOrder() {
        let words = ["zeta", "", "ab", "a", "abc", "Zed", "é", "e", "ab\u{2019}s", "ab's", "naïve", "naive", "b"].map { Array($0.utf8) }
        #expect(WordTable.sortedBytewise(words) == words.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(WordTable.sortedBytewise([]).isEmpty)
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

/// The lookup through the chunk directory answers as a search of the sorted lines: every form of each block is found in
/// its block and in no other, and the words next to them (a letter more, less or changed, another case) only where
/// they are forms; many chunks, and forms sharing their first 8 bytes (read in full at a tie).
@Suite struct WordTableDirectoryTests {
    @Test func everyFormIsFoundInItsBlockAndNothingElse() throws {
        // Made-up forms, enough to fill many slots and wrap around the end of the index.
        var main = Set<[UInt8]>()
        var upper = Set<[UInt8]>()
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyzé'".utf8)
        for _ in 0..<6000 {
            var word: [UInt8] = []
            for _ in 0..<(1 + next() % 9) { word.append(letters[next() % 26]) }
            if next() % 7 == 0 { word.append(contentsOf: letters[26...]) }
            if next() % 5 == 0 { word = Array("interchangeab".utf8) + word }
            if next() % 10 == 0 { upper.insert([word[0] - 32] + word.dropFirst()) } else { main.insert(word) }
        }
        let mainLines = WordTable.sortedBytewise(Array(main))
        let upperLines = WordTable.sortedBytewise(Array(upper))
        let table = try #require(WordTable.load(
            bytes: WordTable.serialise(key: "index", breakPatterns: [], inputConversions: [], main: mainLines, upperOnly: upperLines),
            key: "index"))
        var asked = main.union(upper)
        for word in main.union(upper) {
            asked.insert(word + [0x73])
            asked.insert(Array(word.dropLast()))
            asked.insert([word[0] ^ 0x20] + word.dropFirst())
            if word.count > 2 { asked.insert(Array(word.prefix(1) + word.dropFirst(2))) }
        }
        var wrong: [String] = []
        for word in asked {
            if table.contains(word) != main.contains(word) || table.containsUpperOnly(word) != upper.contains(word) {
                wrong.append(String(decoding: word, as: UTF8.self))
            }
            // The sorted lines' own search, which the suggestions use, agrees.
            if table.contains(word, within: table.mainRange) != main.contains(word) { wrong.append("sorted: " + String(decoding: word, as: UTF8.self)) }
        }
        #expect(asked.count > 20000)
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }

    @Test func anEmptyTableHoldsNothing() throws {
        let table = try #require(WordTable.load(
            bytes: WordTable.serialise(key: "empty", breakPatterns: [], inputConversions: [], main: [], upperOnly: []), key: "empty"))
        #expect(!table.contains(Array("word".utf8)))
        #expect(!table.contains([]))
        #expect(!table.containsUpperOnly(Array("Word".utf8)))
    }
}
