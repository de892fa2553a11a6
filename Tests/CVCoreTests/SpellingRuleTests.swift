import Testing
@testable import CVCore

/// A made-up dictionary: every word is right except the listed misspellings.
final class WordListSpellChecker: SpellChecker {
    let wrong: [String: [String]]

    init(wrong: [String: [String]]) { self.wrong = wrong }

    func misspelt(_ words: [String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for word in words { if let s = wrong[word.lowercased()] { result[word] = s } }
        return result
    }
}

/// Made-up British and American dictionaries: each knows every word but the other's forms and a few misspellings;
/// as the default checker it opens either on demand, like `VarietySpellChecker`.
final class TwoVarietyChecker: SpellChecker {
    static let britishOnly: Set<String> = ["organise", "organised", "behaviour", "colour", "centre", "travelled", "analyse", "catalogue"]
    static let americanOnly: Set<String> = ["organize", "organized", "behavior", "color", "center", "traveled", "analyze", "catalog"]
    /// British dictionaries also accept `-ize` (Oxford spelling).
    static let oxford: Set<String> = ["organize", "organized"]
    let language: String
    let wrong: [String: [String]]
    let picks: Bool

    init(_ language: String = "en_US", wrong: [String: [String]] = [:], picks: Bool = true) {
        self.language = language
        self.wrong = wrong
        self.picks = picks
    }

    func misspelt(_ words: [String]) -> [String: [String]] {
        let right = known(words)
        var result: [String: [String]] = [:]
        for word in words where !right.contains(word) { result[word] = wrong[word.lowercased()] ?? [] }
        return result
    }

    func known(_ words: [String]) -> Set<String> {
        let foreign = language == "en_GB" ? Self.americanOnly.subtracting(Self.oxford) : Self.britishOnly
        return Set(words.filter { wrong[$0.lowercased()] == nil && !foreign.contains($0.lowercased()) && !$0.hasPrefix("zz") })
    }

    func variety(_ language: String) -> (any SpellChecker)? {
        picks ? TwoVarietyChecker(language, wrong: wrong, picks: false) : nil
    }
}

/// What the spelling rule reports on made-up CVs.
@Suite struct SpellingRuleTests {
    static let today = PartialDate(year: 2026, month: 1, day: 1)

    static func spelling(_ text: String, checker: any SpellChecker) -> [Finding] {
        Validator.validate(text: text, path: "cv.md", today: today, spellChecker: checker).filter { $0.ruleID == "spelling" }
    }

    @Test func aWordMisspeltTwiceOnOneLineIsReportedOnce() {
        let cv = """
            # Jane Doe

            ## Experience

            ### Acme

            Engineer • 2019 – 2020

            - Kept the informaion desk and the informaion wiki.
            - Wrote informaion pages.
            """
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: ["informaion": ["information"]]))
        #expect(findings.map(\.position.line) == [9, 10])
    }

    static func cv(_ bullets: [String]) -> String {
        """
        # Jane Doe

        ## Experience

        ### Acme

        Engineer • 2019 – 2020

        """ + bullets.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }

    static let british = cv([
        "Organised the team and travelled to every centre to analyse its behaviour.",
        "Wrote the catalogue of colour profiles for the printing house and its many clients.",
        "Kept the informaion desk open through the busy season of the year.",
    ])

    @Test func aBritishCVGetsNoWarningForBritishForms() {
        let findings = Self.spelling(Self.british, checker: TwoVarietyChecker(wrong: ["informaion": ["information"]]))
        #expect(findings.map(\.message) == [#""informaion" is misspelt (did you mean "information"?)"#])
    }

    @Test func anAmericanCVGetsNoWarningForAmericanForms() {
        let american = Self.cv([
            "Organized the team and traveled to every center to analyze its behavior.",
            "Wrote the catalog of color profiles for the printing house and its many clients.",
            "Kept the desk open through the busy season of the year for the people.",
        ])
        #expect(Self.spelling(american, checker: TwoVarietyChecker()) == [])
    }

    @Test func oneStrayFormInABritishCVIsAnInfoNote() {
        let cv = Self.british.replacingOccurrences(of: "the busy season", with: "the behavior season")
        let findings = Self.spelling(cv, checker: TwoVarietyChecker())
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.message.hasPrefix(#""behavior" is not the British spelling"#) == true)
    }

    @Test func aCVThatMixesBothVarietiesGetsOneNote() {
        let mixed = Self.cv([
            "Organised the team and traveled to every centre to analyze its behaviour.",
            "Wrote the catalog of colour profiles for the printing house and its center.",
        ])
        let findings = Self.spelling(mixed, checker: TwoVarietyChecker())
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.message.hasPrefix("British and American spellings mixed") == true)
    }

    @Test func aCVInAnotherLanguageIsNotSpellChecked() {
        // Thirty made-up words no dictionary knows (the checker rejects words starting `zz`).
        let words = "abcdefghijklmnopqrstuvwxyzabcd".map { "zzmot\($0)e" }.joined(separator: " ")
        let findings = Self.spelling(Self.cv([words]), checker: TwoVarietyChecker())
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.message.hasPrefix("not spell-checked") == true)
    }

    @Test func readsTheVarietyFromCounterparts() {
        #expect(SpellingVariety.counterparts("behaviour").contains("behavior"))
        #expect(SpellingVariety.counterparts("center").contains("centre"))
        #expect(SpellingVariety.counterparts("travelled").contains("traveled"))
        #expect(SpellingVariety.counterparts("organizing").contains("organising"))
    }

    @Test func technicalWordsCompoundsPrefixesAndLatinAreNotMisspelt() {
        let cv = Self.cv([
            "Wrote runbooks for the transcoding farm, triaged bugfixes and cleaned the dotfiles and symlinks.",
            "Did the floorplan and the loadtest of the datacentres before tapeout and signoff, etc.",
            "Led pre-sales for the multithreading and prebuild work, magna cum laude, in a bandwith test.",
        ])
        let wrong: [String: [String]] = [
            "runbooks": [], "transcoding": [], "triaged": [], "bugfixes": [], "dotfiles": [], "symlinks": [],
            "floorplan": ["floor plan"], "loadtest": ["load test"], "datacentres": ["data centres"], "tapeout": [],
            "signoff": ["sign off"], "etc": [], "pre": [], "multithreading": [], "prebuild": [], "laude": [],
            "bandwith": ["bandwidth"],
        ]
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: wrong))
        #expect(findings.map(\.message) == [#""bandwith" is misspelt (did you mean "bandwidth"?)"#])
    }

    @Test func closeEdits() {
        #expect(SpellingRule.isCloseEdit("managment", "management"))
        #expect(SpellingRule.isCloseEdit("enviroment", "environment"))
        #expect(SpellingRule.isCloseEdit("recieve", "receive"))
        #expect(!SpellingRule.isCloseEdit("floorplan", "floor plan"))
        #expect(!SpellingRule.isCloseEdit("dunmorrow", "tomorrow"))
    }

    @Test func aCapitalisedMisspellingIsFoundButNotANameOrABrand() {
        let cv = Self.cv([
            "Built Managment dashboards with Marzella and Hallworth for Dunmorrow, tracked in Tallyo.",
            "Wrote the zstdcat and gqlgen plugins, kept the informaion up to date.",
        ])
        let wrong: [String: [String]] = [
            "managment": ["Management"], "marzella": ["Mozzarella"], "hallworth": ["Hallmark"],
            "dunmorrow": ["Tomorrow"], "tallyo": ["Tally"], "zstdcat": ["stat"], "gqlgen": ["gluten"],
            "informaion": ["information"],
        ]
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: wrong))
        #expect(findings.map(\.message) == [
            #""Managment" is misspelt (did you mean "Management"?)"#, #""informaion" is misspelt (did you mean "information"?)"#,
        ])
    }

    @Test func wordsInAnotherScriptAreNotCheckedButMixedScriptsAre() {
        // `etс` below ends in a Cyrillic `с`.
        let cv = Self.cv(["Read Практические инструменты and a résumé, etс."])
        let wrong: [String: [String]] = ["практические": [], "инструменты": [], "résumé": ["resume"], "etс": ["etc"]]
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: wrong))
        #expect(findings.map(\.message) == [#""etс" is misspelt (did you mean "etc"?)"#])
    }

    @Test func wordsBrokenAcrossLinesAreNotMisspelt() {
        let cv = Self.cv(["Graduate in engineering, impas-\n  sioned about robots and their compu-\n  tation."])
        let wrong: [String: [String]] = ["impas": ["impasse"], "sioned": ["sinned"], "compu": ["compo"], "tation": ["station"]]
        #expect(Self.spelling(cv, checker: WordListSpellChecker(wrong: wrong)) == [])
    }

    @Test func anElementInAnotherLanguageAndAuthorsNextToInitialsAreNotMisspelt() {
        let cv = Self.cv([
            "Cours de programmation avec les outils du web.",
            "Published with Chaulet, F. and M. Landmann on glaciers.",
        ])
        let wrong: [String: [String]] = [
            "cours": ["course"], "programmation": ["programmatic"], "avec": ["ave"], "outils": ["outlive"],
            "chaulet": ["Chalet"], "landmann": ["Landman"],
        ]
        #expect(Self.spelling(cv, checker: WordListSpellChecker(wrong: wrong)) == [])
    }

    // MARK: Forms a word-by-word check cannot see

    @Test func compoundsTheUsageGuidesWriteAnotherWayAreFound() {
        let cv = Self.cv([
            "Shipped opensource tools for the World wide fleet of ferries.",
            "Gave on-going help to the crews, full time, over the World Wide Web.",
        ])
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: [:]))
        #expect(findings.map(\.message) == [
            #""opensource" is not the usual form (did you mean "open-source"?)"#,
            #""World wide" is not the usual form (did you mean "worldwide"?)"#,
            #""on-going" is not the usual form (did you mean "ongoing"?)"#,
        ])
        #expect(findings.map(\.position.line) == [8, 8, 9])
    }

    @Test func aDegreeAbbreviationInTheWrongCaseIsFoundEvenJoinedToTheWordBefore() {
        let cv = Self.cv([
            "Holds an MsC in marine biology.",
            "Studied Applied GeologyBsC at the college.",
            "Holds a BSC and an MSc; left in March; met Meng.",
        ])
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: [:]))
        #expect(findings.map(\.message) == [
            #""MsC" is misspelt (did you mean "MSc"?)"#, #""BsC" is misspelt (did you mean "BSc"?)"#,
        ])
        #expect(findings.last?.position.column == 26)
    }

    @Test func aWordOneLetterFromAToolNameIsASlipOnThatName() {
        let cv = Self.cv(["Drew the pump housing in Solidwokrs and kept its parts list in DynamoBD and Dockers."])
        let wrong: [String: [String]] = ["solidwokrs": [], "dynamobd": [], "dockers": []]
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: wrong))
        #expect(findings.map(\.message) == [
            #""Solidwokrs" is misspelt (did you mean "SolidWorks"?)"#, #""DynamoBD" is misspelt (did you mean "DynamoDB"?)"#,
        ])
    }

    @Test func aDoubledPossessiveIsFoundButNotANameEndingInS() {
        let cv = Self.cv(["Restored the Marlowes's barn and catalogued the Dickens's letters."])
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: ["marlowes": []]))
        #expect(findings.map(\.message) == [#""Marlowes's" is misspelt (did you mean "Marlowe's"?)"#])
    }

    @Test func aSurnameSpeltTwoWaysBesideTheSameInitialIsFound() {
        let cv = """
            # Jane Doe

            ## Publications

            - Doe, J., K. Marrow and L. Pinter. Tides of the inner bay. 2020.
            - Doe, J. and K. Marow. Silt in slow rivers. 2021.
            - Marrow, K. and J. Doe. Ferry wakes. 2022.
            - Doe, J. and T. Morrow. Reed beds. 2023.
            """
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: ["marow": []]))
        #expect(findings.map(\.message) == [#""Marow" is spelt "Marrow" on line 5: one name spelt two ways"#])
        #expect(findings.first?.position.line == 6)
    }

    @Test func theHeadlineAndTheSkillsAreCheckedForSlipsOnCommonWords() {
        let cv = """
            # Jane Doe

            Senior Enginering Manager

            ## Experience

            ### Acme

            Engineer • 2019 – 2020

            - Ran the plant.

            ## Skills

            - Test Automatoin, Kinetix, Fieldbus
            """
        let wrong: [String: [String]] = ["enginering": ["engineering"], "automatoin": ["automation"], "kinetix": ["kinetic"]]
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: wrong))
        // A seven-letter tool name in the skills (`Kinetix`) may be any product's: only longer words are judged there.
        #expect(findings.map(\.message) == [
            #""Enginering" is misspelt (did you mean "engineering"?)"#, #""Automatoin" is misspelt (did you mean "automation"?)"#,
        ])
    }

    @Test func aProjectsLineUnderItsNameIsCheckedForOneLetterSlips() {
        let cv = """
            {
              "basics": {"name": "Jane Doe"},
              "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01", "endDate": "2020-01", "highlights": ["Ran the plant."]}],
              "projects": [{"name": "Tide", "roles": ["A harbr timetabel viewer for ferries, from yaml files"], "startDate": "2020"}]
            }
            """
        let wrong: [String: [String]] = ["timetabel": ["timetable"], "harbr": ["harbour"], "yaml": ["yam"]]
        let findings = Validator.validate(text: cv, path: "cv.json", today: Self.today, spellChecker: WordListSpellChecker(wrong: wrong))
            .filter { $0.ruleID == "spelling" }
        // `harbr` is two letters from its suggestion and `yaml` short: a name or a format as likely as a slip.
        #expect(findings.map(\.message) == [#""timetabel" is misspelt (did you mean "timetable"?)"#])
        #expect(findings.first?.position.line == 4)
    }
}
