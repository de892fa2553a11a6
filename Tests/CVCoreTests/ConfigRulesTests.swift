import Testing
@testable import CVCore

/// `.cvtrack.yml` `rules:` and `spelling:`: parsed, checked against the rules, applied by the validator.
@Suite struct ConfigRulesTests {
    static let overlapping = """
        ## Experience

        ### Acme

        Engineer • Mar 2015 – present

        - Built the billing system, then the invoicing system, then the reporting.

        ### Initech

        Developer • Jun 2014 – Dec 2015
        """

    func findings(_ yaml: String, text: String = overlapping) throws -> [Finding] {
        let config = try CVTrackConfig.parse(yaml)
        return Validator.validate(text: text, format: .markdown, configuration: config.validation, today: ruleTestToday)
    }

    @Test func ruleTurnedOffProducesNoFinding() throws {
        #expect(try findings("").contains { $0.ruleID == "overlap" })
        #expect(try !findings("rules:\n  overlap: off\n").contains { $0.ruleID == "overlap" })
        #expect(try !findings("rules:\n  overlap: false\n").contains { $0.ruleID == "overlap" })
        #expect(try !findings("rules:\n  overlap: { enabled: false }\n").contains { $0.ruleID == "overlap" })
    }

    @Test func severityCanBeChanged() throws {
        let overlap = try findings("rules:\n  overlap: error\n").filter { $0.ruleID == "overlap" }
        #expect(overlap.map(\.severity) == [.error])
        let mapped = try findings("rules:\n  overlap: { severity: info }\n").filter { $0.ruleID == "overlap" }
        #expect(mapped.map(\.severity) == [.info])
    }

    @Test func optionsReachTheRule() throws {
        #expect(try !findings("").contains { $0.ruleID == "bullet-length" })
        let long = try findings("rules:\n  bullet-length: { severity: error, max: 8 }\n").filter { $0.ruleID == "bullet-length" }
        #expect(long.map(\.position.line) == [7])
        #expect(long.map(\.severity) == [.error])
        #expect(long.first?.message.contains("limit 8") == true)
        // 21 months of overlap are accepted with a tolerance of 24.
        #expect(try !findings("rules:\n  overlap:\n    tolerance-months: 24\n").contains { $0.ruleID == "overlap" })
    }

    @Test func unknownRuleIsAnErrorNamingItsLine() {
        let yaml = "cvs: [cv.md]\nrules:\n  overlap: off\n  overlaps: warning\n"
        #expect {
            _ = try CVTrackConfig.parse(yaml)
        } throws: { error in
            guard let error = error as? CVParseError else { return false }
            return error.line == 4 && error.message.contains("unknown rule 'overlaps'")
        }
    }

    @Test func brokenRuleEntryNamesItsLineAndKey() {
        #expect {
            _ = try CVTrackConfig.parse("rules:\n  overlap: loud\n")
        } throws: { error in
            guard let error = error as? CVParseError else { return false }
            return error.line == 2 && error.message.contains("rules.overlap")
        }
        #expect {
            _ = try CVTrackConfig.parse("rules:\n  bullet-length:\n    max: long\n")
        } throws: { error in
            guard let error = error as? CVParseError else { return false }
            return error.line == 3 && error.message.contains("rules.bullet-length.max")
        }
        #expect {
            _ = try CVTrackConfig.parse("rules:\n  bullet-length:\n    maximum: 200\n")
        } throws: { error in
            guard let error = error as? CVParseError else { return false }
            return error.line == 3 && error.message.contains("has no option 'maximum'")
        }
    }

    @Test func spellingSectionAndTopLevelLanguage() throws {
        let old = try CVTrackConfig.parse("language: en_GB\n")
        #expect(old.spellingLanguage == "en_GB")
        let new = try CVTrackConfig.parse("language: en_GB\nspelling:\n  language: en_US\n  words: [Kubernetes, OpenResty]\n  words-file: words.txt\n")
        #expect(new.spellingLanguage == "en_US")
        #expect(new.personalWords == ["Kubernetes", "OpenResty"])
        #expect(new.spelling?.wordsFile == "words.txt")
        #expect(new.language == "en_GB")
    }

    @Test func existingKeysStillRead() throws {
        let config = try CVTrackConfig.parse(CVTrackConfig.initialText(cvs: ["cv.md"]))
        #expect(config.cvs == ["cv.md"])
        #expect(config.rules.isEmpty)
        #expect(config.branchPrefix == "tailored/")
    }

    @Test func personalWordsAreNotMisspelt() {
        let text = "## Experience\n\n### Acme\n\nEngineer • 2019 – 2020\n\n- Wrote the informaion system.\n"
        let flagged = Validator.validate(text: text, format: .markdown, today: ruleTestToday, spellChecker: ExampleSpellChecker())
        #expect(flagged.contains { $0.ruleID == "spelling" })
        let accepted = Validator.validate(
            text: text, format: .markdown, today: ruleTestToday, spellChecker: ExampleSpellChecker(), personalWords: ["informaion"])
        #expect(!accepted.contains { $0.ruleID == "spelling" })
    }

    @Test func spellingIsSkippedWithoutAChecker() {
        let text = "## Experience\n\n### Acme\n\nEngineer • 2019 – 2020\n\n- Wrote the informaion system.\n"
        #expect(!Validator.validate(text: text, format: .markdown, today: ruleTestToday).contains { $0.ruleID == "spelling" })
    }
}

/// The usual `.cvtrack.yml` (`cvs:` and `language:`) is read without Yams' decoder; it must read as the decoder does.
@Suite struct ConfigBasicsTests {
    @Test func flowAndBlockListsOfCVsAndALanguage() throws {
        let flow = try CVTrackConfig.parse("cvs: [cv.md, 'old resume.txt']\nlanguage: en_GB\n")
        #expect(flow.cvs == ["cv.md", "old resume.txt"])
        #expect(flow.language == "en_GB")
        let block = try CVTrackConfig.parse("# my CVs\ncvs:\n  - cv.md\n  - \"cv-de.md\"\n")
        #expect(block.cvs == ["cv.md", "cv-de.md"])
        #expect(block.language == nil)
    }

    @Test func nullsAndOtherKeysGoThroughTheDecoder() throws {
        let config = try CVTrackConfig.parse("cvs: [cv.md]\nlanguage: ~\nspelling:\n  words: [Kubernetes]\n")
        #expect(config.cvs == ["cv.md"])
        #expect(config.language == nil)
        #expect(config.personalWords == ["Kubernetes"])
        #expect(throws: CVParseError.self) { try CVTrackConfig.parse("cvs: cv.md\n") }
    }
}
