import Testing
@testable import CVCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shared test data (../shared next to the package), read without Foundation.
enum MarkdownTestCorpus {
    static let root: String = {
        let file = #filePath
        guard let range = file.firstRange(of: "/Tests/CVCoreTests/") else { return "/work/shared" }
        return String(file[..<range.lowerBound]) + "/../shared"
    }()

    /// The repository's own root (`samples/`).
    static let repository: String = {
        let file = #filePath
        guard let range = file.firstRange(of: "/Tests/CVCoreTests/") else { return "." }
        return String(file[..<range.lowerBound])
    }()

    static func text(_ relative: String) -> String? { file(root + "/" + relative) }

    /// The text of a file at a full path.
    static func file(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func exists(_ relative: String) -> Bool { text(relative) != nil }
}

/// `organisation | title | start | end`, as the answer key writes roles.
struct MarkdownExpectedRole: Sendable, CustomStringConvertible {
    var organisation: String?
    var title: String?
    var start: String?
    var end: String?

    init(_ organisation: String?, _ title: String?, _ start: String?, _ end: String?) {
        self.organisation = organisation
        self.title = title
        self.start = start
        self.end = end
    }

    var description: String { "\(organisation ?? "-") | \(title ?? "-") | \(start ?? "-") | \(end ?? "-")" }

    static func of(_ role: Role) -> String {
        MarkdownExpectedRole(role.organisation, role.title, role.start?.description, role.end?.description).description
    }
}

func parseMarkdownCV(_ text: String) throws -> CVDocument {
    try MarkdownCVParser().parse(text)
}

@Suite("Markdown CVs from the seeds and the corpus, against the answer key")
struct MarkdownCorpusTests {
    static let seed000 = "seeds/000_fb3b53788010aff8.txt"
    static let seed001 = "seeds/001_9a63d334eb8a7d54.txt"
    static let jacob = "corpus/cvs/md-jacob-swanson.md"
    static let plrthink = "corpus/cvs/md-plrthink-en.md"
    static let cameron = "corpus/cvs/md-cameronpresley.md"

    /// The seeds' roles are checked against `../shared/seeds/key.json` here; the corpus CVs' roles are checked by
    /// `CorpusReadingTests` against `../shared/corpus/key.json`.
    static let seeds: [String] = ["seeds/000_fb3b53788010aff8.txt", "seeds/001_9a63d334eb8a7d54.txt"]

    static var available: Bool { MarkdownTestCorpus.exists(seed000) && SeedKey.available }

    @Test("every seed role reads as the seeds' answer key says", .enabled(if: available, "../shared is absent"), arguments: seeds)
    func rolesMatchTheAnswerKey(file: String) throws {
        let text = try #require(MarkdownTestCorpus.text(file))
        let document = try parseMarkdownCV(text)
        let entry = try #require(SeedKey.entry(file))
        #expect(!entry.roles.isEmpty)
        let (missed, extra) = CorpusKey.compare(entry.roles, document.roles)
        #expect(missed.isEmpty, "\(file): roles not read: \(missed)")
        #expect(extra.isEmpty, "\(file): entries that are no keyed role: \(extra)")
        // In key order, one read role a keyed role.
        #expect(document.roles.count == entry.roles.count)
        for (k, r) in zip(entry.roles, document.roles) { #expect(CorpusKey.matches(k, r), "\(file): \(k) read as \(MarkdownExpectedRole.of(r))") }
    }

    @Test("role ranges cover their heading through their last bullet", .enabled(if: available, "../shared is absent"))
    func roleRangesCoverTheirBlocks() throws {
        let cameronText = try #require(MarkdownTestCorpus.text(Self.cameron))
        let cameron = try parseMarkdownCV(cameronText)
        let keyed = try #require(CorpusKey.entry("md-cameronpresley.md")).roles
        // The 11th keyed role: organisation heading (138) through the last line of its body (149), including an
        // `### Accomplishments` sub-heading. The roles are found by their place in the key, named nowhere here.
        let eleventh = try #require(cameron.roles.first { CorpusKey.matches(keyed[10], $0) })
        #expect(eleventh.source.lines == 138...149)
        #expect(eleventh.bullets.map(\.source.start.line) == [144, 145, 146, 147])
        // Stacked titles (the 4th to 7th keyed roles, one employer): each starts at its own heading; the last holds
        // the shared body.
        #expect(Set(keyed[3...6].map { CorpusKey.norm($0.organisations.first) }).count == 1)
        let sentry = cameron.roles.filter { r in keyed[3...6].contains { CorpusKey.matches($0, r) } }
        #expect(sentry.map(\.source.start.line) == [80, 81, 82, 83])
        #expect(sentry.last?.source.end.line == 106)
        #expect(Set(sentry.map(\.group)).count == 1)

        let seed = try parseMarkdownCV(try #require(MarkdownTestCorpus.text(Self.seed001)))
        let firstRole = try #require(seed.roles.first)
        #expect(firstRole.source.lines == 5...41)
        #expect(firstRole.bullets.first?.children.count == 4)
        #expect(firstRole.bullets.first?.children.first?.source.start.line == 14)
    }

    @Test("traps are not roles: sub-headings, projects and education of the same shape", .enabled(if: available, "../shared is absent"))
    func trapsAreNotRoles() throws {
        let cameronText = try #require(MarkdownTestCorpus.text(Self.cameron))
        let cameron = try parseMarkdownCV(cameronText)
        let organisations = Set(cameron.roles.compactMap(\.organisation))
        #expect(!organisations.contains("Accomplishments") && !organisations.contains("Responsibilities"))
        #expect(!cameron.roles.contains { $0.title == "Accomplishments" })
        // The school is read as an institution (a name of two words, as written in the file), not as a role.
        #expect(PersonShape.name(cameron.education.first?.institution, in: cameronText, words: 2))
        #expect(!cameron.roles.contains { $0.organisation == cameron.education.first?.institution })

        let plrthinkText = try #require(MarkdownTestCorpus.text(Self.plrthink))
        let plrthink = try parseMarkdownCV(plrthinkText)
        // One project, named by its repository's slug (as written in the file), with the role held in it.
        #expect(plrthink.projects.count == 1)
        #expect(plrthink.projects.first.map { $0.name.contains("-") && !$0.name.contains(" ") && plrthinkText.contains($0.name) } == true)
        #expect(plrthink.projects.first?.role == "Core Developer")
        // The education entry keeps its institution and qualification apart (their words are not keyed: not named here).
        #expect(plrthink.education.first?.institution != nil && plrthink.education.first?.qualification != nil)
        #expect(plrthink.education.first?.institution != plrthink.education.first?.qualification)
        #expect(plrthink.education.first?.dates?.start == PartialDate(year: 2010, month: 9))

        let jacob = try parseMarkdownCV(try #require(MarkdownTestCorpus.text(Self.jacob)))
        let jacobEducation = try #require(jacob.education.first)
        #expect(jacobEducation.institution != nil && jacobEducation.qualification != nil)
        // The institution is also the employer of the last keyed role (a student job): read as education, not a role.
        let lastKeyed = try #require(CorpusKey.entry("md-jacob-swanson.md")?.roles.last)
        #expect(CorpusKey.organisationMatches(lastKeyed.organisations, jacobEducation.institution))
        // The Talroo trap: the bullets follow the second title and belong to it; the first title is kept.
        #expect(jacob.roles[0].bullets.isEmpty)
        #expect(jacob.roles[1].bullets.count == 8)
        #expect(jacob.roles[0].group == jacob.roles[1].group)
        #expect(jacob.roles[0].location == "Austin, TX")
    }

    @Test("the skills table gives one category per row", .enabled(if: available, "../shared is absent"))
    func skillsTableCategories() throws {
        let jacob = try parseMarkdownCV(try #require(MarkdownTestCorpus.text(Self.jacob)))
        #expect(jacob.skills.map(\.name) == ["Languages", "Cloud (AWS)", "Other Technologies", "Data Storage", "Tools"])
        #expect(jacob.skills[0].skills.map(\.text) == ["Java", "PHP", "Type/JavaScript", "SQL"])
        #expect(jacob.skills[1].skills.map(\.text) == [
            "EC2", "ECS", "RDS", "CloudFormation", "S3", "Route53", "SQS", "Kinesis", "API Gateway", "AWS Batch", "DynamoDB",
        ])
        #expect(jacob.skills[2].skills.map(\.text) == ["Spring Boot", "jOOQ", "Hibernate", "Maven", "Gradle", "Flyway", "RegEx"])
        #expect(jacob.skills[3].skills.map(\.text) == ["PostgreSQL", "MySQL", "Redis", "Kinesis"])
        #expect(jacob.skills[4].skills.map(\.text) == ["Git", "IntelliJ", "Docker"])
    }

    @Test("prose skills keep their level and items", .enabled(if: available, "../shared is absent"))
    func proseSkills() throws {
        let plrthink = try parseMarkdownCV(try #require(MarkdownTestCorpus.text(Self.plrthink)))
        #expect(plrthink.skills.map(\.level) == ["Proficient", "Familiar", "Skilled"])
        #expect(plrthink.skills[0].skills.map(\.text).prefix(2) == ["TypeScript", "React.js"])
        #expect(plrthink.skills[1].skills.map(\.name) == ["Ruby on Rails"])
        let names = plrthink.sections.map(\.title)
        #expect(names.contains("Certifications") && names.contains("Languages"))
        #expect(plrthink.sections.first { $0.kind == .languages }?.items.map(\.text) == [
            "Chinese (Mandarin): Native", "English: Professional working proficiency",
        ])

        let seed = try parseMarkdownCV(try #require(MarkdownTestCorpus.text(Self.seed001)))
        // Every skill the seed's key names is one of the read skills (or inside one: `nginx/OpenResty` holds two);
        // each group's items are single skills, never the whole comma-separated line.
        let keyedSkills = try #require(SeedKey.entry(Self.seed001)).skills
        #expect(keyedSkills.count > 20)
        let read = seed.allSkills.map { $0.text.lowercased() }
        for skill in keyedSkills {
            #expect(read.contains { $0 == skill.lowercased() || $0.split(separator: "/").contains(Substring(skill.lowercased())) },
                    "\(skill) is read as a skill")
        }
        #expect(seed.skills.count > 4 && seed.skills.allSatisfy { group in group.skills.allSatisfy { !$0.text.contains(",") } })
    }

    @Test("seed 001: projects, interests and links are kept", .enabled(if: available, "../shared is absent"))
    func seed001Sections() throws {
        let seed = try parseMarkdownCV(try #require(MarkdownTestCorpus.text(Self.seed001)))
        let keyedProjects = try #require(SeedKey.entry(Self.seed001)).projects
        #expect(!keyedProjects.isEmpty)
        #expect(seed.projects.map(\.name) == keyedProjects)
        // The second project has a role line (not keyed: only its presence is checked) and a year.
        let second = try #require(seed.projects.dropFirst().first)
        #expect(second.role != nil && second.role != second.name)
        #expect(second.dates?.start == PartialDate(year: 2012))
        #expect(seed.sections.first { $0.kind == .interests }?.items.count == 5)
        #expect(seed.headings.map(\.kind) == [.experience, .projects, .skills, .interests, .other])
    }

    @Test("seed 000: front matter, HTML roles, the open-source entry and broken HTML", .enabled(if: available, "../shared is absent"))
    func seed000() throws {
        let seedText = try #require(MarkdownTestCorpus.text(Self.seed000))
        let seed = try parseMarkdownCV(seedText)
        let key = try #require(SeedKey.entry(Self.seed000))
        #expect(key.name != nil)
        #expect(seed.person.name == key.name)
        #expect(seed.person.label == "Software Engineer")
        #expect(PersonShape.email(seed.person.email, in: seedText))
        #expect(seed.summary?.source.lines == 7...10)
        #expect(seed.headings.map(\.title) == ["Curriculum Vitae", "Experience", "Contact"])
        // Line numbers are the file's, front matter included.
        #expect(seed.roles.first?.source.start.line == 15)
        let web = seed.roles[2]
        #expect(web.text.count == 3)
        #expect(web.bullets.count == 9)
        #expect(web.bullets[1].text.hasPrefix("Security audits"))
        #expect(web.bullets[1].source.lines == 29...29)
        #expect(web.source.lines == 22...36)
        // The open-source entry: no employer, no title, no dates: a project ("Ongoing": open end).
        let open = try #require(seed.projects.first)
        let optional = try #require(key.optionalRoles.first)
        #expect(CorpusKey.organisationMatches(optional.organisations, open.name))
        #expect(open.dates?.end == .present)
        #expect(open.bullets.count == 7)
        #expect(open.source.lines == 51...63)
        // Broken HTML, with positions.
        let broken = seed.notes.filter { $0.kind == .htmlBroken }
        let lines = broken.compactMap(\.source?.start.line)
        #expect(lines.contains(40) && lines.contains(46))  // <dd> closed only by the next <dt>
        #expect(lines.contains(55))  // stray </a>
        #expect(lines.contains(62))  // `Framework/a>`
    }

    @Test("people and summaries from headers", .enabled(if: available, "../shared is absent"))
    func people() throws {
        let plrthinkText = try #require(MarkdownTestCorpus.text(Self.plrthink))
        let plrthink = try parseMarkdownCV(plrthinkText)
        #expect(PersonShape.name(plrthink.person.name, in: plrthinkText, words: 2))
        // The label is the line under the name (a title, not keyed; checked by its place in the file).
        let label = try #require(plrthink.person.label)
        #expect(label.contains("/") && plrthink.roles.contains { $0.title.map(label.contains) == true })
        #expect(PersonShape.email(plrthink.person.email, in: plrthinkText))
        #expect(plrthink.person.location.map { plrthinkText.contains($0) && $0.contains(", ") } == true)
        #expect(plrthink.person.links.contains { $0.url.hasPrefix("https://github.com/") })
        #expect(plrthink.summary?.source.lines == 15...15)

        let cameronText = try #require(MarkdownTestCorpus.text(Self.cameron))
        let cameron = try parseMarkdownCV(cameronText)
        #expect(PersonShape.name(cameron.person.name, in: cameronText, words: 3))  // an initial and two names
        #expect(cameron.summary?.source.lines == 12...18)
        #expect(cameron.sections.first { $0.kind == .certifications }?.items.count == 8)

        let jacob = try parseMarkdownCV(try #require(MarkdownTestCorpus.text(Self.jacob)))
        #expect(jacob.person.name == nil)  // front matter title "Resume" names no one
    }
}

@Suite("Front matter values")
struct FrontMatterValueTests {
    @Test("values are read as written, and YAML nulls are no value")
    func valuesAsWritten() throws {
        // The quoted name sends the block through Yams rather than the plain-line fast path.
        let text = """
            ---
            name: "Ada Lovelace"
            phone: 020 7946 0018
            email: ~
            location: null
            ---
            # Ada Lovelace

            ## Experience

            ### Analyst, Engine Works (1842 - 1843)
            - Wrote the first published program.
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(doc.person.name == "Ada Lovelace")
        #expect(doc.person.phone == "020 7946 0018")
        #expect(doc.person.email == nil)
        #expect(doc.person.location == nil)
    }
}

@Suite("Inline HTML in Markdown")
struct InlineHTMLTests {
    static func notes(_ bullet: String) throws -> [String] {
        let text = "## Experience\n\n### Engineer, Acme\n2019 – 2020\n\n- \(bullet)\n"
        return try MarkdownCVParser().parse(text).notes.filter { $0.kind == .htmlBroken }.map(\.message)
    }

    @Test("a misspelt closing tag is one finding, at the closing tag")
    func mismatch() throws {
        let text = "## Experience\n\n### Engineer, Acme\n2019 – 2020\n\n- Moved the jobs to <b>Airflow</a>.\n"
        let notes = try MarkdownCVParser().parse(text).notes.filter { $0.kind == .htmlBroken }
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("`</a>` does not match `<b>`") == true)
        #expect(notes.first?.source?.start == SourcePosition(line: 6, column: 31))
    }

    @Test("unclosed and stray inline tags are reported; valid inline HTML is not")
    func unclosedAndValid() throws {
        #expect(try Self.notes("Wrote <em>docs").count == 1)
        #expect(try Self.notes("Wrote docs</span>").count == 1)
        #expect(try Self.notes("Led <i>the <b>team</b></i>, <a href=\"https://x.example\">site</a>,<br>then <sup>2</sup>").isEmpty)
        // End tags HTML lets one leave out close with the paragraph.
        #expect(try Self.notes("One <p>two").isEmpty)
    }
}

@Suite("A Markdown file holding a text CV")
struct MarkdownFencedTextTests {
    /// Front matter over one fenced block of text (```` ```text ````): the block is read as a plain-text CV (capitals
    /// name the sections, columns the fields); the fences and the front matter read as blank lines, so lines keep their
    /// numbers.
    @Test func aFencedTextBodyUnderFrontMatterIsReadAsText() throws {
        let text = """
            ---
            title: Pat Lowe - CV
            ---

            ```text

            Pat Lowe

            pat@example.org      Bristol UK

            EXPERIENCE

            2020-2024    FERNHOLM, Senior Engineer ------------------------------ Bristol UK
                 Kept the payments platform up and taught two new hires.

            2016-2020    WHITLOCK RAIL, Engineer ---------------------------------- Bath UK
                 Wrote the timetable importer.
                 Moved the nightly jobs to a queue.

            2014-2016    ORCHARD LANE, Junior Engineer ---------------------------- Bath UK
                 Fixed bugs in the booking pages.

            EDUCATION

            BSc Computer Science ---------------------------------- Northfield University
            ```
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(doc.person.name == "Pat Lowe")
        #expect(doc.roles.map { "\($0.organisation ?? "-") | \($0.title ?? "-") | \($0.start?.description ?? "-")" } == [
            "FERNHOLM | Senior Engineer | 2020", "WHITLOCK RAIL | Engineer | 2016", "ORCHARD LANE | Junior Engineer | 2014",
        ])
        #expect(doc.roles.first?.source.start.line == 13)
        #expect(doc.education.map(\.institution) == ["Northfield University"])
        #expect(doc.headings.map(\.title) == ["EXPERIENCE", "EDUCATION"])
    }
}

@Suite("The name on a Markdown CV's top line")
struct MarkdownTopLineNameTests {
    /// `**MIRA OKAFOR - Data Engineer** <span>[phone](tel:…) | [address](mailto:…)</span>`: the name and the post before
    /// the contact details of the top line.
    @Test func aNameAndPostBeforeContactsOnTheTopLine() throws {
        let doc = try MarkdownCVParser().parse("""
            **MIRA OKAFOR - Data Engineer** <span style="float:right;">[(+44)7700900123](tel:+447700900123) | [mira@example.org](mailto:mira@example.org)</span>

            # Experience
            ## Fenwick Analytics, May 2019 - Present
            - Moved the reports to a warehouse.
            """)
        #expect(doc.person.name == "Mira Okafor")
        #expect(doc.person.label == "Data Engineer")
        #expect(doc.person.email == "mira@example.org")
    }
}

@Suite("Roles in a Markdown page's front matter")
struct MarkdownFrontMatterRoleTests {
    /// A theme's page whose front matter holds the CV (`work:` with `company`, `title`, `time`; `edu:`) and whose body
    /// names no role: the front matter's entries are the roles and schools, at their lines.
    @Test func workEntriesInTheFrontMatter() throws {
        let doc = try MarkdownCVParser().parse("""
            ---
            layout: default
            work:
                -
                    company: Fernhill Systems
                    title: Platform Engineer
                    time: March 2019 to Present
                -
                    company: Quayside Data
                    title: Data Analyst
                    time: June 2016 to March 2019
            edu:
                -
                    college: Northfield University
                    degree: BSc Physics
                    time: 2012 - 2016
            ---

            I keep small services running and write about it.
            """)
        #expect(doc.roles.map { "\($0.organisation ?? "-") | \($0.title ?? "-") | \($0.start?.description ?? "-")" } == [
            "Fernhill Systems | Platform Engineer | 2019-03", "Quayside Data | Data Analyst | 2016-06",
        ])
        #expect(doc.roles.first?.source.start.line == 5)
        #expect(doc.education.map(\.institution) == ["Northfield University"])
    }
}

@Suite("Ratings and web addresses in a Markdown CV")
struct MarkdownRatingAndAddressTests {
    /// `- ★★☆ C++` in a skills list: the stars are the skill's level (filled of all), not part of its name; the digits of
    /// a web address on a project's line (`…/5edb11/6967b7…`) are no date.
    @Test func starsAreALevelAndAnAddressHoldsNoDate() throws {
        let doc = try MarkdownCVParser().parse("""
            # Jo Park

            ## Projects

            - **Kettle Timer**

              - Wrote the timer in an afternoon.

              https://video.example.com/user/9fa2c411/6967b7f7?share=1

            ## Skills

            - ★★★ Python
            - ★★☆ C++
            """)
        let skills = doc.skills.flatMap(\.skills)
        #expect(skills.map(\.name) == ["Python", "C++"])
        #expect(skills.map(\.level) == ["3/3", "2/3"])
        #expect(doc.projects.allSatisfy { $0.dates == nil })
        #expect(DateParser.findSpan(in: "see https://example.com/a/11/6967b7 for more") == nil)
        #expect(DateParser.findSpan(in: "https://example.com/cv 2019 - 2021")?.span.start?.year == 2019)
    }
}
