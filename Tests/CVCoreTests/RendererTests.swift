import Testing
@testable import CVCore

/// A small CV built by hand, as a parser would give it.
enum RenderSample {
    static func r(_ a: Int, _ b: Int) -> SourceRange { SourceRange(lines: a, b) }

    static let document = CVDocument(
        format: .markdown,
        person: Person(name: "Ada Lovelace", label: "Analyst", email: "ada@example.com", location: "London",
                       links: [Link(label: "GitHub", url: "https://github.com/ada", source: r(3, 3))],
                       sources: [.name: r(1, 1)]),
        summary: Bullet(text: "Writes programs for engines.", source: r(5, 5)),
        roles: [
            Role(organisation: "Analytical Engines", title: "Programmer",
                 dates: DateSpan(start: PartialDate(year: 2013, month: 6), end: .present, text: "June 2013 – Present"),
                 location: "London", text: [Bullet(text: "Engines that compute.", source: r(10, 10))],
                 bullets: [Bullet(text: "Wrote the first program", children: [Bullet(text: "in *Notes*", source: r(12, 12))], source: r(11, 12)),
                           Bullet(text: "Explained loops", source: r(13, 13))],
                 section: "Experience", source: r(8, 13)),
            Role(organisation: "Babbage & Co", title: "Assistant",
                 dates: DateSpan(start: PartialDate(year: 2010), end: .date(PartialDate(year: 2013, month: 5)), text: "2010 – May 2013"),
                 bullets: [Bullet(text: "Checked tables", source: r(17, 17))], section: "Experience", source: r(15, 17)),
        ],
        projects: [Project(name: "Notes", url: "https://example.com/notes", bullets: [Bullet(text: "Annotated a paper", source: r(21, 21))],
                           source: r(20, 21))],
        education: [Education(institution: "Home", qualification: "Tutoring in Mathematics",
                              dates: DateSpan(start: PartialDate(year: 2005), end: .date(PartialDate(year: 2009)), text: "2005 – 2009"),
                              source: r(24, 25))],
        skills: [SkillCategory(name: "Languages", level: "Expert",
                               skills: [Skill(text: "Python (5 years)", name: "Python", years: 5, source: r(28, 28)),
                                        Skill(text: "golang", name: "Go", source: r(28, 28))], source: r(28, 28))],
        sections: [NamedSection(title: "Languages", kind: .languages, items: [Bullet(text: "English (Native)", source: r(31, 31))], source: r(30, 31)),
                   NamedSection(title: "Hobbies", kind: .interests, items: [Bullet(text: "Poetry", source: r(34, 34))], source: r(33, 34))]
    )
}

@Suite struct RendererTests {
    @Test func outlineShowsEachRoleWithItsLinesAndBullets() {
        let outline = OutlineRenderer.render(RenderSample.document)
        let expected = """
        Format: markdown
        Person: Ada Lovelace (L1)
          label: Analyst
          email: ada@example.com
          location: London
          link: GitHub <https://github.com/ada>
        Summary (L5): Writes programs for engines.
        Experience (2)
          L8-13   Analytical Engines | Programmer | 2013-06 – present | London  [Experience]
                  L10     text: Engines that compute.
                  L11-12  - Wrote the first program
                    L12     - in *Notes*
                  L13     - Explained loops
          L15-17  Babbage & Co | Assistant | 2010 – 2013-05  [Experience]
                  L17     - Checked tables
        Projects (1)
          L20-21  Notes | https://example.com/notes
                  L21     - Annotated a paper
        Education (1)
          L24-25  Home | Tutoring in Mathematics | 2005 – 2009
        Skills (2)
          L28     Languages [Expert]: Python (5 years), Go «golang»
        Sections (2)
          L30-31  Languages [languages]
                  L31     - English (Native)
          L33-34  Hobbies [interests]
                  L34     - Poetry

        """
        #expect(outline == expected)
    }

    @Test func markdownReadsAsACV() {
        let md = MarkdownRenderer.render(RenderSample.document)
        let expected = """
        # Ada Lovelace

        Analyst

        London · ada@example.com · [GitHub](https://github.com/ada)

        ## Summary

        Writes programs for engines.

        ## Experience

        ### Programmer — Analytical Engines

        June 2013 – Present · London

        Engines that compute.

        - Wrote the first program
          - in \\*Notes\\*
        - Explained loops

        ### Assistant — Babbage & Co

        2010 – May 2013

        - Checked tables

        ## Projects

        ### Notes

        <https://example.com/notes>

        - Annotated a paper

        ## Education

        ### Tutoring in Mathematics — Home

        2005 – 2009

        ## Skills

        - **Languages (Expert):** Python (5 years), golang

        ## Languages

        - English (Native)

        ## Hobbies

        - Poetry

        """
        #expect(md == expected)
    }

    @Test func jsonResumeFollowsTheSchema() throws {
        let json = JSONResumeRenderer.render(RenderSample.document)
        #expect(json.contains(#""name": "Analytical Engines""#))
        #expect(json.contains(#""startDate": "2013-06""#))
        #expect(json.contains(#""studyType": "Tutoring""#) && json.contains(#""area": "Mathematics""#))
        #expect(json.contains(#""language": "English""#) && json.contains(#""fluency": "Native""#))
        // A current role has no endDate; a section with no JSON Resume key other than interests is mapped by kind.
        let doc = try JSONResumeCVParser().parse(json)
        #expect(doc.roles.map(\.organisation) == ["Analytical Engines", "Babbage & Co"])
        #expect(doc.roles[0].end == .present)
        #expect(doc.roles[1].end == .date(PartialDate(year: 2013, month: 5)))
        #expect(doc.roles[0].bullets.map(\.text) == ["Wrote the first program", "in *Notes*", "Explained loops"])
        #expect(doc.sections.first { $0.kind == .interests }?.items.map(\.text) == ["Poetry"])
        #expect(doc.skills.first?.skills.map(\.name) == ["Python", "Go"])
    }

    @Test func modelJSONIsStableAndEscaped() {
        var doc = RenderSample.document
        doc.person.name = "Ada \"Countess\" Lovelace\n\\ / \u{1}"
        let first = ModelJSONRenderer.render(doc)
        #expect(first == ModelJSONRenderer.render(doc))
        #expect(first.contains(#""name": "Ada \"Countess\" Lovelace\n\\ / \u0001""#))
        #expect(first.contains(#""end": "present""#))
        #expect(first.contains(#""source": "8:1-13:0""#))
        // Keys are sorted at every level.
        #expect(first.hasPrefix("{\n  \"education\": ["))
    }

    static let wnka = "corpus/cvs/json-wnka.json"

    @Test(.enabled(if: StructuredCorpus.exists(wnka), "needs ../shared/corpus"))
    func jsonResumeRoundTripKeepsWorkSkillsProjectsAndEducation() throws {
        let original = try JSONResumeCVParser().parse(try #require(StructuredCorpus.read(Self.wnka)))
        let again = try JSONResumeCVParser().parse(JSONResumeRenderer.render(original))
        #expect(RenderSemantic.roles(again) == RenderSemantic.roles(original))
        #expect(RenderSemantic.skills(again) == RenderSemantic.skills(original))
        #expect(RenderSemantic.projects(again) == RenderSemantic.projects(original))
        #expect(RenderSemantic.education(again) == RenderSemantic.education(original))
        #expect(again.person.name == original.person.name)
        #expect(again.person.location == original.person.location)
        #expect(again.sections.map(\.kind) == original.sections.map(\.kind))
        #expect(again.sections.map(\.items.count) == original.sections.map(\.items.count))
    }

    @Test(.enabled(if: StructuredCorpus.exists("corpus/cvs/rendercv-iamdantz.yaml"), "needs ../shared/corpus"))
    func renderCVExportsToJSONResumeWithItsRolesAndSkills() throws {
        let original = try RenderCVParser().parse(try #require(StructuredCorpus.read("corpus/cvs/rendercv-iamdantz.yaml")))
        let again = try JSONResumeCVParser().parse(JSONResumeRenderer.render(original))
        #expect(RenderSemantic.roles(again) == RenderSemantic.roles(original))
        #expect(RenderSemantic.skills(again) == RenderSemantic.skills(original))
        #expect(RenderSemantic.education(again) == RenderSemantic.education(original))
        #expect(again.sections.first { $0.kind == .languages }?.items.map(\.text) == ["Spanish (Native)", "English (Basic)"])
    }

    static let markdownParserReady: Bool = {
        do {
            _ = try MarkdownCVParser().parse("# A\n\n## Experience\n\n### B — C\n\n2020 – 2021\n")
            return true
        } catch let error as CVParseError {
            return !error.message.contains("not supported yet")
        } catch {
            return true
        }
    }()

    @Test(.enabled(if: markdownParserReady, "MarkdownCVParser is not supported yet"))
    func markdownOutputParsesBackToTheSameRoles() throws {
        let doc = try MarkdownCVParser().parse(MarkdownRenderer.render(RenderSample.document))
        #expect(RenderSemantic.roles(doc, days: false) == RenderSemantic.roles(RenderSample.document, days: false))
    }

    @Test(.enabled(if: markdownParserReady && StructuredCorpus.exists(wnka), "needs the Markdown parser and ../shared/corpus"))
    func markdownExportOfAJSONResumeParsesBackToTheSameRoles() throws {
        let original = try JSONResumeCVParser().parse(try #require(StructuredCorpus.read(Self.wnka)))
        let doc = try MarkdownCVParser().parse(MarkdownRenderer.render(original))
        #expect(RenderSemantic.roles(doc, days: false) == RenderSemantic.roles(original, days: false))
    }
}

/// What a reader compares: the content, not where it was read.
enum RenderSemantic {
    static func date(_ d: PartialDate?, days: Bool) -> String {
        guard let d else { return "?" }
        return days ? d.description : PartialDate(year: d.year, month: d.month).description
    }

    static func roles(_ doc: CVDocument, days: Bool = true) -> [String] {
        doc.roles.map { r in
            let end: String = switch r.end {
            case .present: "present"
            case .date(let d): date(d, days: days)
            case nil: "?"
            }
            return [r.organisation ?? "?", r.title ?? "?", date(r.start, days: days), end,
                    String(BulletWalk.flatten(r.bullets).map(\.text).joined(separator: " / "))].joined(separator: " | ")
        }
    }

    static func skills(_ doc: CVDocument) -> [String] {
        doc.skills.map { c in "\(c.name ?? "?") (\(c.level ?? "-")): " + c.skills.map(\.name).joined(separator: ", ") }
    }

    static func projects(_ doc: CVDocument) -> [String] {
        doc.projects.map { p in
            [p.name, p.role ?? "-", p.url ?? "-", p.dates.map { "\($0.start?.description ?? "?")–\($0.end?.description ?? "?")" } ?? "-",
             p.text.map(\.text).joined(separator: " / "), p.bullets.map(\.text).joined(separator: " / "),
             p.keywords.joined(separator: ", ")].joined(separator: " | ")
        }
    }

    static func education(_ doc: CVDocument) -> [String] {
        doc.education.map { e in
            [e.institution ?? "?", e.qualification ?? "?", date(e.dates?.start, days: true),
             e.dates?.end?.description ?? "?"].joined(separator: " | ")
        }
    }
}
