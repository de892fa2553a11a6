import Testing
@testable import CVCore

import Foundation

/// Where the shared corpus lives: /work/main/Tests/CVCoreTests/<file> → /work/shared.
enum StructuredCorpus {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // CVCoreTests/<file>, Tests
        return parts.joined(separator: "/") + "/../shared"
    }()

    static func read(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root + "/" + relative) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + relative)
    }
}

@Suite struct JSONResumeCVParserTests {
    static let wnka = "corpus/cvs/json-wnka.json"
    static let history = "corpus/histories/neviaumi-resume-json"

    func parse(_ text: String) throws -> CVDocument { try JSONResumeCVParser().parse(text) }

    /// `"position": "DevOps Engineer - Acme"` with `"name": "Acme"` (or `Acme SA` after the dash): the title is what
    /// comes before the organisation's name; a dash inside a title stays.
    @Test func positionRepeatingTheOrganisation() throws {
        let doc = try parse("""
            {"work": [
              {"name": "Quillfeather", "position": "DevOps Engineer - Quillfeather", "startDate": "2025-03"},
              {"name": "Brightmoor", "position": "Technical Advisor - Brightmoor SA", "startDate": "2023-09", "endDate": "2023-12"},
              {"name": "Lattice", "position": "Engineer - Platform", "startDate": "2020-01", "endDate": "2023-08"}
            ]}
            """)
        #expect(doc.roles.map(\.title) == ["DevOps Engineer", "Technical Advisor", "Engineer - Platform"])
    }

    /// `"analytics_id": "UA-1"`: a single value under a key that names no section is the site's setting, no section;
    /// `"hobbies": "Sailing"` names one and stays.
    @Test func settingsAreNoSections() throws {
        let doc = try parse(#"{"basics": {"name": "Jane Roe"}, "analytics_id": "UA-1234", "theme": "elegant", "hobbies": "Sailing and chess"}"#)
        #expect(doc.sections.map(\.title) == ["hobbies"])
        #expect(doc.headings.map(\.title) == ["hobbies"])
    }

    /// `gpa`, the key some themes use for the score, is read as the score is.
    @Test func gpaIsTheScore() throws {
        let doc = try parse(#"{"education": [{"institution": "Northfield University", "studyType": "BSc", "area": "Physics", "gpa": "3.9"}]}"#)
        #expect(doc.education.first?.bullets.map(\.text) == ["GPA: 3.9"])
    }

    @Test(.enabled(if: StructuredCorpus.exists(wnka), "needs ../shared/corpus"))
    func wnkaWorkEntriesAreTheSixRolesOfTheAnswerKey() throws {
        let doc = try parse(try #require(StructuredCorpus.read(Self.wnka)))
        // The roles as `../shared/corpus/key.json` keys them (read at test time), in key order; full dates kept.
        let keyed = try #require(CorpusKey.entry("json-wnka.json")).roles
        #expect(keyed.count == 6)
        #expect(doc.roles.count == keyed.count)
        #expect(zip(keyed, doc.roles).allSatisfy { CorpusKey.matches($0, $1) })
        #expect(doc.roles.prefix(5).allSatisfy { $0.start?.day != nil })
        let text = try #require(StructuredCorpus.read(Self.wnka))
        #expect(PersonShape.name(doc.person.name, in: text, words: 2))
        // The location object's city, region and country code joined: three parts, each in the file.
        #expect(doc.person.location.map { $0.components(separatedBy: ", ").count == 3 && $0.components(separatedBy: ", ").allSatisfy(text.contains) } == true)
        #expect(doc.person.links.contains { $0.url.hasPrefix("https://github.com/") })
        let microsoft = try #require(doc.roles.dropFirst(3).first)  // the 4th work entry
        #expect(microsoft.bullets.count == 7)
        #expect(microsoft.text.count == 1)  // its summary, kept as text (not a bullet)
        // The 4th entry spans lines 51-67 of the file, its first highlight line 59.
        #expect(microsoft.source.start.line == 51)
        #expect(microsoft.source.end.line == 67)
        #expect(microsoft.bullets.first?.source.start.line == 59)
        #expect(microsoft.dates?.source?.start.line == 55)
    }

    @Test(.enabled(if: StructuredCorpus.exists(wnka), "needs ../shared/corpus"))
    func wnkaSkillCategoriesKeepTheirLevelAndKeywords() throws {
        let doc = try parse(try #require(StructuredCorpus.read(Self.wnka)))
        // The file's own `skills` (name, level, keywords) and first school, read here with JSONSerialization.
        let text = try #require(StructuredCorpus.read(Self.wnka))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let skills = try #require(json["skills"] as? [[String: Any]])
        #expect(skills.count == 3)
        #expect(doc.skills.map(\.name) == skills.map { $0["name"] as? String })
        #expect(doc.skills.map(\.level) == skills.map { $0["level"] as? String })
        #expect(doc.skills.map { $0.skills.map(\.text) } == skills.map { $0["keywords"] as? [String] ?? [] })
        #expect(doc.skills.allSatisfy { $0.skills.count >= 4 })
        let school = (json["education"] as? [[String: Any]])?.first?["institution"] as? String
        #expect(school != nil && doc.education.first?.institution == school)
        #expect(doc.education.first?.dates?.start == PartialDate(year: 1998, month: 6, day: 1))
        // Publications and interests are kept as sections, not dropped.
        let publications = try #require(doc.sections.first { $0.kind == .publications })
        #expect(publications.items.count == 3)
        #expect(publications.items[0].text.hasPrefix("Firecracker: Lightweight Virtualization"))
        let interests = try #require(doc.sections.first { $0.kind == .interests })
        #expect(interests.items.map(\.text) == ["Pinball / Arcade games", "Music"])
        #expect(doc.summary.map { $0.text.split(separator: " ").count == 8 && $0.text.hasSuffix(".") } == true)
    }

    static func versionName(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }
    static let versions: [String] = (1...65).map { Self.versionName($0) }

    @Test(.enabled(if: StructuredCorpus.exists(history), "needs ../shared/corpus"), arguments: versions)
    func everyHistoryVersionParsesWithOrganisationsAndStarts(version: String) throws {
        let text = try #require(StructuredCorpus.read("\(Self.history)/v\(version).json"))
        let doc = try parse(text)
        for role in doc.roles {
            #expect(role.organisation?.isEmpty == false, "v\(version): role without organisation at \(role.source)")
            #expect(role.start != nil, "v\(version): role without start at \(role.source)")
        }
        if version != "001" { #expect(!doc.roles.isEmpty) }
    }

    @Test(.enabled(if: StructuredCorpus.exists(history), "needs ../shared/corpus"))
    func historyReadsCompanyOnlyEntriesAndCurrentRoles() throws {
        // v008 adds AfterShip, written with `company` and no `name`; HK01 has no endDate (current).
        let doc = try parse(try #require(StructuredCorpus.read("\(Self.history)/v008.json")))
        let aftership = try #require(doc.roles.first { $0.organisation == "AfterShip" })
        #expect(aftership.title == "Software Engineer")
        #expect(aftership.start == PartialDate(year: 2017, month: 5, day: 1))
        let hk01 = try #require(doc.roles.first { $0.organisation == "HK01" })
        #expect(hk01.end == .present)
        #expect(hk01.title == "Senior Software Engineer")
    }

    @Test func syntaxErrorNamesItsLineAndColumn() throws {
        let text = """
        {
          "basics": {"name": "Ada"},
          "work": [
            {"name": "Engines" "position": "Programmer"}
          ]
        }
        """
        let error = try #require(throws: CVParseError.self) { try parse(text) }
        #expect(error.line == 4)
        #expect(error.column != nil)
        #expect(error.description.hasPrefix("line 4:"))
    }

    @Test func aJSONThatIsNotAResumeIsRefused() throws {
        let error = try #require(throws: CVParseError.self) { try parse(#"{"name": "x", "version": "1.0.0"}"#) }
        #expect(error.message == "not a JSON Resume: no basics, work, education or skills")
        #expect(throws: CVParseError.self) { try parse("[1, 2, 3]") }
        #expect(throws: CVParseError.self) { try parse("just words") }
    }

    @Test func anEmptyObjectIsAnEmptyResume() throws {
        let doc = try parse("{}")
        #expect(doc.roles.isEmpty && doc.person.name == nil)
    }

    @Test func yamlResumeReadsLikeJSON() throws {
        let yaml = """
        basics:
          name: Ada Lovelace
          label: Analyst
          location:
            city: London
            countryCode: GB
        work:
          - name: Analytical Engines
            position: Programmer
            startDate: 1842-06
            highlights:
              - Wrote the first program
              - Explained loops
          - company: Babbage & Co
            position: Assistant
            startDate: "1840"
            endDate: 1842-05
        skills:
          - name: Mathematics
            level: Expert
            keywords: [Calculus, Golang, k8s]
          - name: Postgres
        hobbies:
          - Poetry
        """
        let doc = try parse(yaml)
        #expect(doc.person.name == "Ada Lovelace")
        #expect(doc.person.location == "London, GB")
        #expect(doc.roles.count == 2)
        let first = doc.roles[0]
        #expect(first.organisation == "Analytical Engines")
        #expect(first.start == PartialDate(year: 1842, month: 6))
        #expect(first.end == .present)
        #expect(first.bullets.map(\.text) == ["Wrote the first program", "Explained loops"])
        #expect(first.source.start.line == 8 && first.source.end.line == 13)
        #expect(first.bullets[1].source == SourceRange(line: 13, column: 9, endLine: 13, endColumn: 23))
        #expect(doc.roles[1].organisation == "Babbage & Co")
        #expect(doc.roles[1].end == .date(PartialDate(year: 1842, month: 5)))
        #expect(doc.skills[0].skills.map(\.name) == ["Calculus", "Go", "Kubernetes"])
        // A skill entry without keywords is a category of one skill, named by `name`.
        #expect(doc.skills[1].skills.map(\.name) == ["PostgreSQL"])
        // Unknown top-level keys are kept.
        #expect(doc.sections.map(\.title) == ["hobbies"])
        #expect(doc.sections[0].items.map(\.text) == ["Poetry"])
    }

    /// A YAML resume may open with a `%YAML` directive, `---`, a header document of comments, or hold more documents:
    /// the resume is the first document with a resume key, and its lines are the file's lines.
    @Test(arguments: [
        "%YAML 1.2\n---\n",
        "%YAML 1.1\n---\n",
        "---\n# generated by resume-cli\n---\n",
        "# just a comment\n---\n",
        "---\ntitle: My resume\nversion: 3\n---\n",
    ])
    func yamlResumeAfterAHeaderDocumentIsRead(header: String) throws {
        let text = header + "basics:\n  name: Ada Lovelace\nwork:\n  - name: Analytical Engines\n    position: Programmer\n"
            + "    startDate: 1842-06\n---\n# trailing document\nnotes: [x]\n"
        let doc = try parse(text)
        let offset = header.filter { $0 == "\n" }.count
        #expect(doc.person.name == "Ada Lovelace")
        #expect(doc.person.sources[.name]?.start.line == offset + 2)
        #expect(doc.roles.map(\.organisation) == ["Analytical Engines"])
        #expect(doc.roles.first?.source.start.line == offset + 4)
        #expect(doc.sections.isEmpty, "the trailing document is not read: \(doc.sections.map(\.title))")
    }

    @Test func aBrokenLaterDocumentIsStillAnError() throws {
        let error = try #require(throws: CVParseError.self) { try parse("basics:\n  name: Ada\n---\nwork: [x\n") }
        #expect(error.line != nil)
        #expect(throws: CVParseError.self) { try parse("---\n# header only\n---\n") }
    }

    /// JSON parsers keep the last value of a repeated key; so does cvtrack, with a note naming the key and the line of
    /// the value it ignored. The kept values keep their positions.
    @Test func aRepeatedJSONKeyKeepsItsLastValueWithANote() throws {
        let text = """
        {
          "basics": {"name": "Ada", "name": "Ada Lovelace"},
          "work": [{"name": "Old", "position": "Clerk"}],
          "work": [
            {"name": "Analytical Engines", "position": "Programmer", "startDate": "1842-06"}
          ]
        }
        """
        let doc = try parse(text)
        #expect(doc.person.name == "Ada Lovelace")
        #expect(doc.person.sources[.name] == SourceRange(line: 2, column: 37, endLine: 2, endColumn: 50))
        #expect(doc.roles.map(\.organisation) == ["Analytical Engines"])
        #expect(doc.roles.first?.source.start == SourcePosition(line: 5, column: 5))
        let notes = doc.notes.filter { $0.kind == .other }
        #expect(notes.count == 2)
        #expect(notes.map(\.source?.start.line) == [2, 3])
        #expect(notes[0].message.contains("\"name\"") && notes[0].message.contains("line 2"))
        #expect(notes[1].message.contains("\"work\"") && notes[1].message.contains("line 3"))
        // Keys are compared as decoded; a repeated key inside a value that goes is not noted again.
        let nested = try parse(#"{"basics": {"name": "A", "name": "B"}, "b\u0061sics": {"name": "C"}}"#)
        #expect(nested.person.name == "C")
        #expect(nested.notes.filter { $0.kind == .other }.count == 1)
    }

    @Test func aRepeatedYAMLKeyIsStillRefusedWithItsLine() throws {
        let error = try #require(throws: CVParseError.self) { try parse("basics:\n  name: A\nbasics:\n  name: B\n") }
        #expect(error.message.contains("duplicate key basics"))
        #expect(error.line == 1)
    }

    @Test func tabsInJSONKeepTheirColumns() throws {
        let text = "{\n\t\"work\": [\n\t\t{\"name\": \"A\", \"position\": \"B\", \"startDate\": \"2020-01\"}\n\t]\n}"
        let doc = try parse(text)
        #expect(doc.roles.first?.source.start == SourcePosition(line: 3, column: 3))
        #expect(doc.roles.first?.source.end == SourcePosition(line: 3, column: 56))
    }

    static let deepInputs: [(String, String)] = [
        ("flow", "{\"work\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"),
        // 1,500 block levels, one more space each: about 1.1 MB, under the 2 MB a CV may have.
        ("block", "work:\n" + (0..<1_500).map { String(repeating: " ", count: $0 + 1) + "- x" }.joined(separator: "\n")),
        ("compact", "work:\n" + String(repeating: "- ", count: 10_000) + "x"),
    ]

    @Test(arguments: deepInputs.map(\.0))
    func deepNestingIsRefusedWithinASecond(shape: String) throws {
        let text = try #require(Self.deepInputs.first { $0.0 == shape }?.1)
        var thrown: CVParseError?
        let elapsed = threadCPUTime { thrown = #expect(throws: CVParseError.self) { try parse(text) } }
        let error = try #require(thrown)
        #expect(error.message.contains("nesting"))
        #expect(error.line != nil)
        #expect(elapsed < robustnessLimit)
    }

    @Test func garbageIsRefusedWithALine() throws {
        for text in ["{\"work\": [}", "work: [a, b", "\u{1}\u{2}garbage: : :\n  - ]", "{\"basics\": {\"name\": \"x\"}"] {
            let error = try #require(throws: CVParseError.self) { try parse(text) }
            #expect(error.line != nil, "\(text)")
        }
    }

    /// `location.postalCode` is part of the address: written after the region.
    @Test func postcodeIsPartOfTheLocation() throws {
        let doc = try parse(#"{"basics": {"name": "Jane Doe", "location": {"postalCode": "62704", "city": "Springfield", "region": "Illinois", "countryCode": "US"}}}"#)
        #expect(doc.person.location == "Springfield, Illinois 62704, US")
    }

    /// A site's own schema in YAML: `experience:` entries with `company`, `title` (or `name` beside `company`), one
    /// `time` field holding the span and `highlight` bullets; `edu:` entries with `college` and `degree`. They are
    /// roles and schools, not items of a section.
    @Test func aSitesOwnSchemaOfEntries() throws {
        let doc = try parse("""
            basics:
              name: Pat Lowe
            experience:
              - company: Fernhill Systems
                title: Platform Engineer
                time: March 2019 to Present
                highlight:
                  - Moved the billing jobs to a queue
              - name: Data Analyst
                company: Quayside Data
                time: June 2016 - March 2019
            edu:
              - college: Northfield University
                degree: BSc Physics
                time: 2012 - 2016
            """)
        #expect(doc.roles.map { "\($0.organisation ?? "-") | \($0.title ?? "-") | \($0.start?.description ?? "-") | \($0.end?.description ?? "-")" } == [
            "Fernhill Systems | Platform Engineer | 2019-03 | present",
            "Quayside Data | Data Analyst | 2016-06 | 2019-03",
        ])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Moved the billing jobs to a queue"])
        #expect(doc.education.map(\.institution) == ["Northfield University"])
        #expect(doc.education.first?.qualification == "BSc Physics")
        #expect(doc.sections.isEmpty)
    }
}
