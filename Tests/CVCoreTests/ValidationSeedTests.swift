import Testing
@testable import CVCore

/// The seeds and the corpus find their real defects, and no error-severity false alarm.
@Suite struct ValidationSeedTests {
    static let seed000 = "seeds/000_fb3b53788010aff8.txt"
    static let seed001 = "seeds/001_9a63d334eb8a7d54.txt"
    static let seed002 = "seeds/002_6232cc96241afb48.txt"
    static let corpus = [
        "corpus/cvs/json-wnka.json", "corpus/cvs/md-cameronpresley.md", "corpus/cvs/md-jacob-swanson.md",
        "corpus/cvs/md-plrthink-en.md", "corpus/cvs/rendercv-iamdantz.yaml", "corpus/cvs/txt-92bondstreet.txt",
    ]

    /// After every date of the seeds and the corpus (json-wnka starts a role in September 2025).
    static let today = PartialDate(year: 2026, month: 1, day: 1)

    /// The seeds are all named `.txt`, which reads as plain text; 000 and 001 are Markdown (../shared/seeds/key.json),
    /// so they are read as a user of such a file would ask: `--input-format markdown`.
    static let formats: [String: CVFormat] = [seed000: .markdown, seed001: .markdown]

    static func validate(_ relative: String, checker: (any SpellChecker)? = nil) -> [Finding]? {
        guard let text = StructuredCorpus.read(relative) else { return nil }
        return Validator.validate(text: text, path: relative, format: formats[relative], today: today, spellChecker: checker)
    }

    @Test(.enabled(if: StructuredCorpus.exists(seed000), "needs ../shared/seeds"))
    func seed000ReportsItsBrokenTagsAsErrors() throws {
        let findings = try #require(Self.validate(Self.seed000))
        let html = findings.filter { $0.ruleID == "html-broken" }
        // The unclosed <dd>s (lines 40, 46), the stray </a> on line 55, `Kohana Framework/a>` on line 62.
        #expect(html.map(\.position.line) == [40, 46, 55, 62])
        #expect(html.allSatisfy { $0.severity == .error })
        let kohana = try #require(html.last)
        #expect(kohana.position == SourcePosition(line: 62, column: 74))
        #expect(findings.filter { $0.severity == .error && $0.ruleID != "html-broken" } == [])
    }

    @Test(.enabled(if: StructuredCorpus.exists(seed000), "needs ../shared/seeds"))
    func seed000FindsInformaionThroughTheSpellChecker() throws {
        let checker = ExampleSpellChecker()
        let findings = try #require(Self.validate(Self.seed000, checker: checker))
        #expect(checker.asked.contains("informaion"))
        let spelling = findings.filter { $0.ruleID == "spelling" }
        #expect(spelling.count == 1)
        let finding = try #require(spelling.first)
        // The misspelt word near the end of the contact paragraph.
        #expect(finding.position == SourcePosition(line: 71, column: 25))
        #expect(finding.suggestion == "information")
        // Names (the keyed employers and person, read from the seeds' key), URLs and markup are not sent to the dictionary.
        let key = try #require(SeedKey.entry(Self.seed000))
        let names = key.roles.flatMap(\.organisations) + (key.name?.split(separator: " ").last.map { [String($0)] } ?? [])
        #expect(!names.isEmpty)
        for skipped in names + names.map({ $0.lowercased() }) + ["www", "href", "span"] {
            #expect(!checker.asked.contains(skipped), "\(skipped) was sent to the spell checker")
        }
    }

    @Test(.enabled(if: StructuredCorpus.exists(seed001), "needs ../shared/seeds"))
    func seed001FindsContactorAndItsPrecursor() throws {
        let findings = try #require(Self.validate(Self.seed001))
        let confusions = findings.filter { $0.ruleID == "word-confusion" }
        #expect(confusions.map(\.position) == [
            SourcePosition(line: 43, column: 5),  // a role heading with a misspelt word
            SourcePosition(line: 106, column: 15),  // Blackhole and it's precursor
        ])
        #expect(confusions.map(\.suggestion) == ["Contractor", "its"])
        #expect(findings.filter { $0.severity == .error } == [])
        // The last keyed role has neither a title nor dates.
        #expect(findings.contains { $0.ruleID == "empty-role" && $0.position.line == 74 })
    }

    @Test(.enabled(if: StructuredCorpus.exists(seed002), "needs ../shared/seeds"))
    func seed002HasNoErrors() throws {
        let findings = try #require(Self.validate(Self.seed002, checker: ExampleSpellChecker()))
        #expect(findings.filter { $0.severity == .error } == [])
    }

    @Test(.enabled(if: StructuredCorpus.exists(corpus[0]), "needs ../shared/corpus"), arguments: corpus)
    func corpusCVHasNoErrorSeverityFalseAlarm(_ relative: String) throws {
        let findings = try #require(Self.validate(relative, checker: ExampleSpellChecker()))
        #expect(findings.filter { $0.severity == .error } == [])
    }

    @Test(.enabled(if: StructuredCorpus.exists(corpus[1]), "needs ../shared/corpus"))
    func cameronPresleysSeptIsAStyleWarning() throws {
        let findings = try #require(Self.validate("corpus/cvs/md-cameronpresley.md"))
        let style = findings.filter { $0.ruleID == "date-style" }
        #expect(style.count == 1)
        #expect(style.first?.severity == .warning)
        #expect(style.first?.message.contains("Sept 2021") == true)
    }
}
