import Testing
@testable import CVSpelling

@Suite struct DictionaryExpanderTests {
    @Test func affixConditionsStripsAndCrossProductsExpandAsHunspellReadsThem() throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let dictionary = try MiniDictionary.write(to: directory)
        let rules = AffixRules(parsing: MiniDictionary.affix)
        #expect(rules.unsupported.isEmpty)
        var expander = DictionaryExpander(rules: rules)
        expander.expand(dictionary: MiniDictionary.words)
        let main = Set(expander.main.map { String(decoding: $0, as: UTF8.self) })
        for form in ["happy", "unhappy", "happyness", "plays", "replayed", "unplayed", "tidies", "untidies", "re-edit", "coded", "recoded"] {
            #expect(main.contains(form), "\(form)")
        }
        // The non-cross suffix N does not combine with the prefix U; conditions exclude tidys/plaies.
        for form in ["unhappyness", "tidys", "plaies", "1th", "reedit"] {
            #expect(!main.contains(form), "\(form)")
        }
        let upper = Set(expander.upperOnly.map { String(decoding: $0, as: UTF8.self) })
        // Mixed-case words and all-capital words with flags get hidden capitalised forms.
        #expect(upper.isSuperset(of: ["Iphone", "Iphones", "Iphone's", "Nasa", "Nasa's"]))
        #expect(!upper.contains("London"))

        let hunspell = try HunspellChecker(dictionary: dictionary)
        var unsupported: [String] = []
        let image = try #require(
            CachedSpellChecker.buildTableImage(dictionary: dictionary, key: "k", hunspell: hunspell, unsupported: &unsupported))
        let speller = TableSpeller(table: try #require(WordTable.load(bytes: image, key: "k")))
        for probe in MiniDictionary.probes {
            let verdict = speller.spell(probe)
            if let verdict {
                #expect(verdict == hunspell.spell(probe), "\(probe): table \(verdict), hunspell \(hunspell.spell(probe))")
            } else {
                #expect(probe.contains { $0.isNumber }, "undecided: \(probe)")
            }
        }
    }

    @Test(arguments: ["[^aeiou]y", "[abc", ".", "ch", "[^]"])
    func conditionsParseOrAreRejected(condition: String) {
        let parsed = AffixRules.parseCondition(condition)
        #expect((parsed == nil) == (condition == "[abc"))
    }

    @Test func unmodelledDirectivesDisableTheTable() {
        let rules = AffixRules(parsing: "SET UTF-8\nKEEPCASE K\nFLAG long\nSFX A Y 1\nSFX A 0 s/B .\n")
        #expect(rules.unsupported.contains("KEEPCASE"))
        #expect(rules.unsupported.contains("FLAG long"))
        #expect(rules.unsupported.contains("affix continuation classes"))
        #expect(!AffixRules(parsing: "SET ISO8859-1\n").unsupported.isEmpty)
    }

    /// A plain line read on its bytes gives what `parseEntry` gives: made-up lines, and every line of the installed
    /// English dictionaries.
    @Test func plainLinesReadOnBytesAreTheEntriesParsed() throws {
        var lines = ["quorvex/MS", "quorvex", "/slash/M", "/", "a/b/c", "zed/", "x-ray/SM", "O'Brien/M", "drink po:verb", "tab\tx",
                     "and\\/or", "café/S", "12/1t"]
        for language in ["en_US", "en_GB"] {
            guard let dictionary = try? DictionaryLocator().locate(language), let bytes = FileSystem.readAll(dictionary.dictionaryPath) else { continue }
            lines += String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        }
        var plain = 0
        for line in lines {
            guard let (word, flags) = DictionaryExpander.parsePlainEntry(Array(line.utf8)[...]) else {
                #expect(line.utf8.contains { $0 >= 0x80 || $0 == 0x09 || $0 == 0x20 || $0 == 0x5C }, "\(line)")
                continue
            }
            plain += 1
            let parsed = try #require(DictionaryExpander.parseEntry(line[...]))
            #expect(word == parsed.0 && flags == parsed.1, "\(line)")
        }
        #expect(plain >= 8)
    }

    @Test func dictionaryLinesSplitIntoWordAndFlags() throws {
        let (word, flags) = try #require(DictionaryExpander.parseEntry("abandonware/M\tNoun: uncountable"))
        #expect(String(String.UnicodeScalarView(word)) == "abandonware")
        #expect(flags == Array("M".utf8))
        let (escaped, none) = try #require(DictionaryExpander.parseEntry("and\\/or"))
        #expect(String(String.UnicodeScalarView(escaped)) == "and/or")
        #expect(none.isEmpty)
        let (morph, _) = try #require(DictionaryExpander.parseEntry("drink po:verb"))
        #expect(String(String.UnicodeScalarView(morph)) == "drink")
    }
}
