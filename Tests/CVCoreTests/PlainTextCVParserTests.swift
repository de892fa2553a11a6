import Testing
@testable import CVCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The shared seeds and corpus: /work/main/Tests/CVCoreTests/<file> → /work/shared. Tests that need
/// them are skipped (with a message) when they are absent; they are never copied into the repository.
enum PlainTextCorpus {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/../shared"
    }()

    static let seed = "seeds/002_6232cc96241afb48.txt"

    static func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + relative) }

    static func read(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root + "/" + relative) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// `organisation | title | start | end`, as the answer keys write roles.
private func row(_ r: Role) -> String {
    "\(r.organisation ?? "") | \(r.title ?? "") | \(r.start?.description ?? "") | \(r.end?.description ?? "")"
}

private func parse(_ text: String) throws -> CVDocument { try PlainTextCVParser().parse(text) }

@Suite struct PlainTextCVParserTests {
    // MARK: - Seed 002: PDF text with dates split across lines and interleaved with prose

    /// What a careful reader reads in seed 002 is `../shared/seeds/key.json`'s roles (thirteen), read at test time.
    /// Eras of one employer share a group; each era's organisation is the one its heading names.
    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed) && SeedKey.available, "needs ../shared/seeds"))
    func seedReadsThirteenRolesRoleByRole() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        let keyed = try #require(SeedKey.entry(PlainTextCorpus.seed)).roles
        #expect(doc.format == .plainText)
        #expect(keyed.count == 13)
        #expect(doc.roles.count == keyed.count)
        for (n, k) in keyed.enumerated() where n < doc.roles.count {
            #expect(CorpusKey.matches(k, doc.roles[n]), "role \(n + 1): \(k) read as \(row(doc.roles[n]))")
            // The key lists the heading's organisation first (an era's other name second).
            #expect(CorpusKey.norm(doc.roles[n].organisation).hasPrefix(CorpusKey.norm(k.organisations.first)), "role \(n + 1)")
        }
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed), "needs ../shared/seeds"))
    func seedErasOfOneEmployerShareAGroup() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        try #require(doc.roles.count == 13)
        let groups = doc.roles.map { $0.group ?? -1 }
        // Five employers: the first with 7 eras (renamed once), one with 2, one with 2 (renamed), two with 1.
        #expect(Set(groups[0...6]).count == 1)
        #expect(Set(groups[7...8]).count == 1)
        #expect(Set(groups[9...10]).count == 1)
        #expect(Set([groups[0], groups[7], groups[9], groups[11], groups[12]]).count == 5)
        #expect(doc.roles[7].location == "Gloucester, UK")
        #expect(doc.roles[9].location == "Reading, UK")
        #expect(doc.roles[11].location == "Wokingham, UK")
        #expect(doc.roles.allSatisfy { $0.section == "Employment" })
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed), "needs ../shared/seeds"))
    func seedRoleRangesCoverTheirBlocksAndBulletsTheirLines() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        try #require(doc.roles.count == 13)
        let cloud = doc.roles[0]
        // `March 2015 present` (line 71) through the last bullet (line 110).
        #expect(cloud.source.start.line == 71)
        #expect(cloud.source.end.line == 110)
        #expect(cloud.bullets.count == 10)
        #expect(cloud.bullets.first?.source.lines == 78...82)
        // The first bullet's five lines make one text (no line break kept, ends on its sentence's full stop).
        #expect(cloud.bullets.first.map { !$0.text.contains("\n") && $0.text.hasSuffix(".") } == true)
        // A wrapped line that starts with a space still continues its bullet (the bullet spans lines).
        #expect(cloud.bullets[6].source.end.line > cloud.bullets[6].source.start.line)
        // The employer's description goes with its first role, the date lines in it do not break it.
        #expect(!cloud.text.isEmpty)
        let lead = doc.roles[1]
        #expect(lead.source.lines == 112...112)
        let messageLabsSenior = doc.roles[7]
        #expect(messageLabsSenior.source.start.line == 182)
        #expect(messageLabsSenior.bullets.count == 9)
        #expect(messageLabsSenior.bullets.last?.text.contains(";") == true)  // one bullet, its two halves kept
        let messageLabs = doc.roles[8]
        #expect(messageLabs.source.lines == 213...231)
        #expect(messageLabs.bullets.count == 7)
        #expect(doc.roles[10].bullets.count == 4)
        #expect(doc.roles[11].text.first?.text.hasPrefix("Programmer:") == true)
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed), "needs ../shared/seeds"))
    func seedEducationIsTheUniversityAndTheSchool() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        try #require(doc.education.count == 2)
        let university = doc.education[0]
        let keyed = try #require(SeedKey.educationOf(PlainTextCorpus.seed).first)
        #expect(CorpusKey.organisationMatches([keyed.institution], university.institution))
        #expect(CorpusKey.norm(university.qualification).hasPrefix(CorpusKey.norm(keyed.studyType)))
        #expect(university.dates?.start == PartialDate(year: Int(keyed.start ?? "") ?? -1))
        #expect(university.dates?.end == .date(PartialDate(year: Int(keyed.end ?? "") ?? -1)))
        // The school (not keyed: its name is not checked) has a place line and its years.
        let school = doc.education[1]
        #expect(school.institution != nil && school.location != nil)
        #expect(school.dates?.start == PartialDate(year: 1988))
        #expect(school.dates?.end == .date(PartialDate(year: 1995)))
    }

    struct SkillCase: Sendable, CustomTestStringConvertible {
        let category: String
        let name: String
        let level: String?
        let years: Int?
        var testDescription: String { "\(category): \(name)" }
    }

    static let seedSkills: [SkillCase] = [
        SkillCase(category: "Development languages", name: "C", level: "proficient", years: 19),
        SkillCase(category: "Development languages", name: "C++", level: "proficient", years: 5),
        SkillCase(category: "Development languages", name: "Lua", level: "proficient", years: 7),
        SkillCase(category: "Scripting / glue languages", name: "Perl", level: "intermediate", years: nil),
        SkillCase(category: "Scripting / glue languages", name: "Shell scripting", level: "intermediate", years: nil),
        SkillCase(category: "Scripting / glue languages", name: "Python", level: "beginner", years: nil),
        SkillCase(category: "Databases", name: "Cassandra", level: "intermediate", years: nil),
        SkillCase(category: "Databases", name: "PostgreSQL", level: "intermediate", years: nil),
        SkillCase(category: "Development processes", name: "Kanban", level: nil, years: nil),
        SkillCase(category: "Development processes", name: "waterfall", level: nil, years: nil),
        SkillCase(category: "Data formats", name: "YAML", level: nil, years: nil),
    ]

    @Test(arguments: seedSkills)
    func seedSkillHasItsLevelAndYears(_ c: SkillCase) throws {
        guard let text = PlainTextCorpus.read(PlainTextCorpus.seed) else { return }  // ../shared absent: nothing to check
        let doc = try parse(text)
        let category = try #require(doc.skills.first { $0.name == c.category })
        let skill = try #require(category.skills.first { $0.name == c.name })
        #expect(skill.level == c.level)
        #expect(skill.years == c.years)
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed), "needs ../shared/seeds"))
    func seedSkillCategoriesSplitOnSemicolonsOutsideParentheses() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        #expect(doc.skills.map { $0.name ?? "" } == [
            "Development languages", "Scripting / glue languages", "Development environments", "Databases",
            "Development practices", "Development processes", "Networking protocols", "Data formats",
        ])
        let languages = try #require(doc.skills.first)
        #expect(languages.skills.count == 3)
        // A skill whose level and years parenthesis wraps onto the next line: one skill over two lines.
        let cpp = languages.skills[1]
        #expect(cpp.text.hasPrefix("C++ ("))
        #expect(cpp.source.start.line == 15)
        #expect(cpp.source.end.line == 16)
        let practices = try #require(doc.skills.first { $0.name == "Development practices" })
        // Keyed skills inside parentheses stay in their item: a semicolon splits, a comma in parentheses does not.
        #expect(practices.skills.first.map { $0.text.contains("Mercurial") && $0.text.contains("git") } == true)
        #expect(practices.skills.contains { $0.text.contains("gdb") && $0.text.contains("valgrind") && $0.text.contains("strace") })
        let environments = try #require(doc.skills.first { $0.name == "Development environments" })
        #expect(environments.skills.map(\.text) == [
            "Linux (mostly) and Solaris", "multi-threaded software", "client and server software", "event loop with threadpools",
        ])
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed), "needs ../shared/seeds"))
    func seedHeadingsSummaryAndInterests() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        #expect(doc.headings.map(\.title) == ["Skills", "Employment", "Education", "Interests And Hobbies"])
        #expect(doc.headings.map(\.kind) == [.skills, .experience, .education, .interests])
        #expect(doc.headings.map(\.source.start.line) == [12, 53, 282, 300])
        let summary = try #require(doc.summary)
        #expect(summary.text.contains("19+ years"))
        #expect(summary.source.lines == 1...10)
        #expect(doc.person.name == nil)  // the PDF text starts with the summary
        let interests = try #require(doc.sections.first { $0.kind == .interests })
        #expect(interests.items.count == 5)
        #expect(interests.items.first?.text == "Learning German (intermediate level).")
    }

    // MARK: - Underlined upper-case headings, roles as prose bullets (a made-up CV in the layout of a corpus file)

    /// Headings in capitals over a dotted rule, roles as `* N years as Title at Org from YYYY to today` bullets,
    /// numbered skill subsections, a second part under a `====` banner. Invented person and places.
    static let dottedRules = """
    MARGOT QUENNEVILLE
    Pixel Wrangler


    CONTACT
    ...........................................................................................................................................

    margot.q@example.org
    https://margot.example.net
    https://github.com/mqville
    +33600000017


    PERSONAL STATEMENT
    ...........................................................................................................................................

    I'm a front-end builder who came to software from applied physics twelve years ago.
    I care about fast pages, readable code and teams that ship small changes often.


    WHAT I DO ALL WEEK
    ...........................................................................................................................................

    * Lighthouse Keeper
    * Refactoring Gardener
    * Tea Brewer


    EDUCATION
    ...........................................................................................................................................

    Master's degree   2006 - 2011
    Applied Physics and Signal Processing.
    Institut Polytechnique de Valmorin

    The Slow Reading Club   2015-present
    Member.
    A list of books on design

    Certified Kanban Practitioner  2016
    Lean Flow Guild


    WORK EXPERIENCE
    ...........................................................................................................................................

    * 1 year Lecturer (part-time) at Valmorin School of Design from 2019 to today

    * 3 years as Lead Front-End Developer at Brindlewood Analytics from 2017 to today

    * 6 years as Web Developer at Quillon Maritime Systems From 2011 to 2017


    12 YEARS OF TOOLS
    (More below)
    ...........................................................................................................................................

    01. Languages

    * TypeScript
    * Python, Go
    * Kotlin
    * Elixir, Erlang

    02. Source Code Management

    * Git
    * Fossil

    03. Methodology

    * Kanban
    * Pair Programming, Code Review


    INTERESTS
    ...........................................................................................................................................

    * Sailing
    * Bookbinding
    * Cyclocross
    * Origami ﬁgures


    ========================
    12 years of tools
    In depth
    ========================


    BROWSER CRAFT
    ...........................................................................................................................................

    * Vanilla DOM first
    * Build: Vite, esbuild
    * Testing: Vitest, Playwright

    DATA STORES
    ...........................................................................................................................................

    * SQLite, PostgreSQL
    * Redis

    PRINCIPLES
    ...........................................................................................................................................

    Small commits, written reasons, and a test before the fix.
    """

    @Test func dottedRulesReadTheThreeProseBulletRoles() throws {
        let doc = try parse(Self.dottedRules)
        #expect(doc.roles.map(row) == [
            "Valmorin School of Design | Lecturer (part-time) | 2019 | present",
            "Brindlewood Analytics | Lead Front-End Developer | 2017 | present",
            "Quillon Maritime Systems | Web Developer | 2011 | 2017",
        ])
        #expect(doc.roles.map(\.source.start.line) == [47, 49, 51])
    }

    @Test func dottedRulesTrapsAreNeitherRolesNorSkills() throws {
        let doc = try parse(Self.dottedRules)
        let skillNames = Set(doc.allSkills.map(\.name))
        for trap in ["Lighthouse Keeper", "Refactoring Gardener", "Tea Brewer", "Sailing", "Cyclocross", "Member"] {
            #expect(!skillNames.contains(trap), "\(trap) is not a skill")
        }
        #expect(!doc.roles.contains { ($0.organisation ?? "").contains("Club") || ($0.title ?? "").contains("Member") })
        let school = try #require(doc.education.first)
        #expect(school.institution == "Institut Polytechnique de Valmorin" && school.qualification == "Master's degree")
        #expect(doc.education.contains { $0.qualification == "Certified Kanban Practitioner" })
        let kinds = Dictionary(doc.sections.map { ($0.title, $0.kind) }, uniquingKeysWith: { a, _ in a })
        // The third heading names no known section: what the person does all week is a list of nicknames.
        #expect(doc.headings.count > 2 && kinds[doc.headings[2].title] == .other)
        #expect(kinds["INTERESTS"] == .interests)
        #expect(doc.headings.last?.title == "PRINCIPLES" && doc.headings.last?.kind == .other)
        let interests = try #require(doc.sections.first { $0.kind == .interests })
        // `ﬁgures` is written with the ﬁ ligature (U+FB01).
        #expect(interests.items.last?.text == "Origami figures")
    }

    @Test func dottedRulesSkillBlocksAreRead() throws {
        let doc = try parse(Self.dottedRules)
        func names(_ category: String) -> [String] {
            doc.skills.first { $0.name == category }?.skills.map(\.text) ?? []
        }
        #expect(names("Languages") == ["TypeScript", "Python", "Go", "Kotlin", "Elixir", "Erlang"])
        #expect(names("Source Code Management") == ["Git", "Fossil"])
        #expect(names("Methodology") == ["Kanban", "Pair Programming", "Code Review"])
        #expect(names("DATA STORES") == ["SQLite", "PostgreSQL", "Redis"])
        #expect(names("BROWSER CRAFT").contains("Playwright"))
    }

    @Test func dottedRulesPersonAndHeadings() throws {
        let doc = try parse(Self.dottedRules)
        #expect(doc.person.name == "Margot Quenneville")
        #expect(doc.person.label == "Pixel Wrangler")
        #expect(doc.person.email == "margot.q@example.org")
        #expect(doc.person.phone?.hasPrefix("+") == true)
        #expect(doc.person.links.contains { $0.url.hasPrefix("https://github.com/") })
        #expect(doc.summary?.text.hasPrefix("I'm a ") == true)
        #expect(doc.headings.first?.title == "CONTACT")
        #expect(doc.headings.contains { $0.title == "WORK EXPERIENCE" && $0.kind == .experience })
        #expect(doc.headings.map(\.title).prefix(5) == ["CONTACT", "PERSONAL STATEMENT", "WHAT I DO ALL WEEK", "EDUCATION", "WORK EXPERIENCE"])
        #expect(doc.headings.map(\.title).suffix(4) == ["12 years of tools In depth", "BROWSER CRAFT", "DATA STORES", "PRINCIPLES"])
        #expect(doc.headings.count == 11)
    }
}
