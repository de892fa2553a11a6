import Testing
@testable import CVCore

@Suite struct RenderCVParserTests {
    static let iamdantz = "corpus/cvs/rendercv-iamdantz.yaml"

    func parse(_ text: String) throws -> CVDocument { try RenderCVParser().parse(text) }

    @Test(.enabled(if: StructuredCorpus.exists(iamdantz), "needs ../shared/corpus"))
    func iamdantzHasTheThreeRolesOfTheAnswerKey() throws {
        let doc = try parse(try #require(StructuredCorpus.read(Self.iamdantz)))
        // The roles as `../shared/corpus/key.json` keys them (read at test time), in key order.
        let keyed = try #require(CorpusKey.entry("rendercv-iamdantz.yaml")).roles
        #expect(keyed.count == 3)
        #expect(doc.roles.count == keyed.count)
        #expect(zip(keyed, doc.roles).allSatisfy { CorpusKey.matches($0, $1) })
        #expect(doc.roles.map(\.bullets.count) == [3, 2, 3])
        #expect(doc.roles[0].location == "Remote")
        // The first role's block: its `- company:` line (line 13) through its last highlight (line 21).
        #expect(doc.roles[0].source.start == SourcePosition(line: 13, column: 7))
        #expect(doc.roles[0].source.end.line == 21)
        let text = try #require(StructuredCorpus.read(Self.iamdantz))
        #expect(PersonShape.name(doc.person.name, in: text, words: 3))  // accented letters kept
        #expect(doc.person.name.map { $0.unicodeScalars.contains { $0.value > 127 } } == true)
        #expect(PersonShape.phone(doc.person.phone, in: text))
        #expect(doc.person.sources[.email]?.start.line == 5)
    }

    @Test(.enabled(if: StructuredCorpus.exists(iamdantz), "needs ../shared/corpus"))
    func iamdantzSkillsAreTheLabelLinesButNotTheSpokenLanguages() throws {
        let doc = try parse(try #require(StructuredCorpus.read(Self.iamdantz)))
        #expect(doc.skills.map(\.name) == ["Cloud(AWS)", "DevOps", "Development"])
        #expect(doc.skills[0].skills.map(\.text) == ["VPC", "RDS", "S3", "EC2", "IAM", "Lambda", "EKS", "EventBridge",
                                                    "Cloudfront", "WAF", "API Gateway", "Cloudwatch"])
        #expect(doc.skills[1].skills.map(\.text) == ["Docker", "Kubernetes", "Helm", "Terraform", "Bitbucket Pipelines",
                                                    "Bash", "CI/CD", "Grafana", "Prometheus", "Linux"])
        #expect(doc.skills[2].skills.map(\.text) == ["Node.js", "Express", "Nestjs", "MySQL", "MongoDB", "TypeScript", "Vue"])
        #expect(doc.skills[2].skills[2].name == "NestJS")
        #expect(!doc.allSkills.contains { $0.text.contains("Spanish") })
        let languages = try #require(doc.sections.first { $0.kind == .languages })
        #expect(languages.items.map(\.text) == ["Spanish: Native, English: Basic"])
        let certifications = try #require(doc.sections.first { $0.kind == .certifications })
        #expect(certifications.items.count == 1)
        #expect(certifications.items.first?.text.hasSuffix("(2025)") == true)  // the year stays with its item
        // "VPC" is the first item of the details line (line 48): its own columns.
        let vpc = doc.skills[0].skills[0]
        #expect(vpc.source == SourceRange(line: 48, column: 18, endLine: 48, endColumn: 20))
    }

    @Test(.enabled(if: StructuredCorpus.exists(iamdantz), "needs ../shared/corpus"))
    func iamdantzEducationReadsIntegerYears() throws {
        let doc = try parse(try #require(StructuredCorpus.read(Self.iamdantz)))
        let unefa = try #require(doc.education.first)
        #expect(unefa.institution == "UNEFA")
        #expect(unefa.qualification == "B.E. in Telecommunications Engineering")
        #expect(unefa.dates?.start == PartialDate(year: 2014))
        #expect(unefa.dates?.end == .date(PartialDate(year: 2019)))
        #expect(doc.headings.map(\.kind) == [.experience, .education, .skills, .certifications])
    }

    /// A summary line written without quotes whose text holds `: ` is read by YAML as a key and its value: it is read
    /// as the text it is, not dropped to its value.
    @Test func aSummaryWithAColonIsReadWhole() throws {
        let doc = try parse("""
            cv:
              name: Orla Quennell
              sections:
                Profile Summary:
                  - Harbour pilot who plans the berths of a busy container port. Lately: shorter waits for every ship.
                experience:
                  - company: Dunmore Shipping
                    position: Berth Planner
                    start_date: 2019-05
                    end_date: present
                    highlights:
                      - Planned the berths.
            """)
        #expect(doc.summary?.text == "Harbour pilot who plans the berths of a busy container port. Lately: shorter waits for every ship.")
        #expect(doc.roles.map(\.organisation) == ["Dunmore Shipping"])
    }

    @Test func entryShapesAndTitlesDecideWhereEntriesGo() throws {
        let yaml = """
        cv:
          name: Ada Lovelace
          headline: Analyst
          sections:
            summary:
              - Writes programs for engines.
            work_experience:
              - company: Analytical Engines
                position: Programmer
                date: June 2012 – present
                highlights:
                  - Wrote the first program
            side_projects:
              - name: Notes
                date: "2013"
                highlights:
                  - Translated and annotated
            volunteering:
              - name: Royal Society
                position: Helper
                start_date: 1850
                end_date: 1851
            technologies:
              - label: Languages
                details: Python (5 years), Go, k8s
            talks:
              - title: On engines
                authors: [Ada Lovelace]
                date: 2013-05
              - bullet: Spoke at the Royal Society
        """
        let doc = try parse(yaml)
        #expect(doc.person.label == "Analyst")
        #expect(doc.summary?.text == "Writes programs for engines.")
        #expect(doc.roles.map(\.organisation) == ["Analytical Engines", "Royal Society"])
        #expect(doc.roles[0].start == PartialDate(year: 2012, month: 6))
        #expect(doc.roles[0].end == .present)
        #expect(doc.roles[0].section == "Work experience")
        #expect(doc.roles[1].title == "Helper")
        #expect(doc.projects.map(\.name) == ["Notes"])
        #expect(doc.projects[0].dates?.start == PartialDate(year: 2013))
        // `Languages: Python, Go` is programming languages: skills, not spoken languages.
        #expect(doc.skills.first?.skills.map(\.name) == ["Python", "Go", "Kubernetes"])
        #expect(doc.skills.first?.skills.first?.years == 5)
        let talks = try #require(doc.sections.first { $0.title == "talks" })
        #expect(talks.kind == .publications)
        #expect(talks.items.map(\.text) == ["On engines, Ada Lovelace, 2013-05", "Spoke at the Royal Society"])
    }

    /// `%YAML`, `---` and a header document before the CV do not stop it being read.
    @Test func aHeaderDocumentBeforeTheCVIsSkipped() throws {
        let text = "%YAML 1.2\n---\n# yaml-language-server: $schema=rendercv.json\n---\ncv:\n  name: Ada Lovelace\n  sections:\n"
            + "    experience:\n      - company: Analytical Engines\n        position: Programmer\n        start_date: 1842-06\n"
        let doc = try parse(text)
        #expect(doc.person.name == "Ada Lovelace")
        #expect(doc.person.sources[.name]?.start.line == 6)
        #expect(doc.roles.map(\.organisation) == ["Analytical Engines"])
        #expect(CVReader.detectFormat(text: text, path: "cv.yaml") == .renderCV)
        #expect(CVReader.detectFormat(text: text, path: nil) == .renderCV)
    }

    @Test func notRenderCVIsRefused() throws {
        let error = try #require(throws: CVParseError.self) { try parse("name: x\nsections: []\n") }
        #expect(error.message.contains("cv:"))
        let broken = try #require(throws: CVParseError.self) { try parse("cv:\n  name: [x\n  sections: {}\n") }
        #expect(broken.line != nil)
    }

    /// RenderCV's own reading of an entry's dates: `date` first (then `start_date`/`end_date` are not read), a start
    /// alone is ongoing, an end alone is one date, a key left empty is not given, and one date is that date.
    @Test func datesAsRenderCVReadsThem() throws {
        let doc = try parse("""
            cv:
              name: Lena Hart
              sections:
                experience:
                  - company: Kestrel Freight
                    position: Senior Engineer
                    start_date: 2019-03
                  - company: Harlow Labs
                    position: Engineer
                    date:
                    start_date: 2016-01
                    end_date: 2019-02
                  - company: Quillon Shipping
                    position: Intern
                    end_date: 2015-08
                  - company: Brightlane
                    position: Contractor
                    date: 2014-06
                    start_date: 2012-01
                    end_date: present
            """)
        #expect(doc.roles.map { "\($0.organisation ?? "") | \($0.start?.description ?? "") | \($0.end?.description ?? "")" } == [
            "Kestrel Freight | 2019-03 | present", "Harlow Labs | 2016-01 | 2019-02", "Quillon Shipping | 2015-08 | 2015-08",
            "Brightlane | 2014-06 | 2014-06",
        ])
    }
}
