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
    static let bondStreet = "corpus/cvs/txt-92bondstreet.txt"

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

    /// What a careful reader reads in seed 002: thirteen roles. Eras of one employer share a group;
    /// each era's organisation is the one its heading names ("… era at Message Systems:",
    /// "The Cloud era at SparkPost:", "… at MessageLabs:", "… at Riverstone Networks:").
    static let seedRoles = [
        "SparkPost | Principal Engineer | 2015-03 | present",
        "Message Systems | Lead Engineer | 2014-06 | 2015-03",
        "Message Systems | Senior Software Engineer | 2013-07 | 2014-06",
        "Message Systems | Principal Solutions Engineer | 2012-01 | 2013-07",
        "Message Systems | Client Integration Architect | 2009-09 | 2012-01",
        "Message Systems | Professional Services Engineer | 2009-05 | 2009-09",
        "Message Systems | Senior Software Engineer | 2007-09 | 2009-05",
        "MessageLabs | Senior Software Engineer | 2005-10 | 2007-05",
        "MessageLabs | Software Engineer | 2003-05 | 2005-09",
        "Riverstone Networks | Software Engineer | 2000-06 | 2002-10",
        "Cabletron Systems | Software Engineer | 1999-08 | 2000-06",
        "Alchemetrics Ltd. | Programmer | 1996 | 1998",
        "Murray Computing Ltd. | Programmer | 1995 | 1995",
    ]

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed), "needs ../shared/seeds"))
    func seedReadsThirteenRolesRoleByRole() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        #expect(doc.format == .plainText)
        #expect(doc.roles.map(row) == Self.seedRoles)
        for (n, expected) in Self.seedRoles.enumerated() where n < doc.roles.count {
            #expect(row(doc.roles[n]) == expected, "role \(n + 1)")
        }
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed), "needs ../shared/seeds"))
    func seedErasOfOneEmployerShareAGroup() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        try #require(doc.roles.count == 13)
        let groups = doc.roles.map { $0.group ?? -1 }
        // SparkPost / Message Systems (7 eras), MessageLabs (2), Cabletron / Riverstone (2), Alchemetrics, Murray.
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
        #expect(cloud.bullets.first?.text.hasPrefix("Vision and design for taking our single-tenant mail platform") == true)
        #expect(cloud.bullets.first?.text.hasSuffix("Migrations to the new architecture were done by a separate team.") == true)
        // A wrapped line that starts with a space still continues its bullet.
        #expect(cloud.bullets[6].text.contains("standards, and providing on-going assistance for new APIs"))
        // The employer's description goes with its first role, the date lines in it do not break it.
        #expect(cloud.text.contains { $0.text.contains("hosted in the Amazon Web Services cloud, and accessible via REST APIs") })
        let lead = doc.roles[1]
        #expect(lead.source.lines == 112...112)
        let messageLabsSenior = doc.roles[7]
        #expect(messageLabsSenior.source.start.line == 182)
        #expect(messageLabsSenior.bullets.count == 9)
        #expect(messageLabsSenior.bullets.last?.text == "AccuRev and CVS administrator; Linux systems administration")
        let messageLabs = doc.roles[8]
        #expect(messageLabs.source.lines == 213...231)
        #expect(messageLabs.bullets.count == 7)
        #expect(doc.roles[10].bullets.count == 4)
        #expect(doc.roles[11].text.first?.text.hasPrefix("Programmer: Wrote database programs on SCO Unix in C") == true)
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.seed), "needs ../shared/seeds"))
    func seedEducationIsTheUniversityAndTheSchool() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.seed)))
        try #require(doc.education.count == 2)
        let bristol = doc.education[0]
        #expect(bristol.institution == "University of Bristol")
        #expect(bristol.qualification == "MSci Physics with First Class Honours")
        #expect(bristol.dates?.start == PartialDate(year: 1995))
        #expect(bristol.dates?.end == .date(PartialDate(year: 1999)))
        let school = doc.education[1]
        #expect(school.institution == "St. Crispins's Comprehensive School")
        #expect(school.location == "Wokingham, Berkshire, UK")
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
        // `C++ (C++03, STL, boost) (proficient) (5` / `years)`: one skill over two lines.
        let cpp = languages.skills[1]
        #expect(cpp.text.hasPrefix("C++ (C++03, STL, boost)"))
        #expect(cpp.source.start.line == 15)
        #expect(cpp.source.end.line == 16)
        let practices = try #require(doc.skills.first { $0.name == "Development practices" })
        #expect(practices.skills.first?.text == "Version control (Mercurial, git, subversion)")
        #expect(practices.skills.contains { $0.text == "debugging (gdb, valgrind, strace, lsof, small amount of DTrace / perf)" })
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
        #expect(summary.text.hasPrefix("Principal Engineer and systems software engineer with 19+ years' experience"))
        #expect(summary.source.lines == 1...10)
        #expect(doc.person.name == nil)  // the PDF text starts with the summary
        let interests = try #require(doc.sections.first { $0.kind == .interests })
        #expect(interests.items.count == 5)
        #expect(interests.items.first?.text == "Learning German (intermediate level).")
    }

    // MARK: - txt-92bondstreet: underlined upper-case headings, roles as prose bullets

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.bondStreet), "needs ../shared/corpus"))
    func bondStreetReadsTheThreeProseBulletRoles() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.bondStreet)))
        #expect(doc.roles.map(row) == [
            "Ecole D'Ingénieurs - Paris La Défense | Professor (adjunct professor) | 2015 | present",
            "Synthesio | Front-End Captain | 2014 | present",
            "Airbus Defence & Space | Enthusiast Developer | 2005 | 2014",
        ])
        #expect(doc.roles.map(\.source.start.line) == [53, 55, 57])
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.bondStreet), "needs ../shared/corpus"))
    func bondStreetTrapsAreNeitherRolesNorSkills() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.bondStreet)))
        let skillNames = Set(doc.allSkills.map(\.name))
        for trap in ["Captain", "Best Practices Evangelist", "Gastronomy", "Crossfit", "Alternative", "Break Rules", "Human"] {
            #expect(!skillNames.contains(trap), "\(trap) is not a skill")
        }
        #expect(!doc.roles.contains { ($0.organisation ?? "").contains("MBA") || ($0.title ?? "").contains("Reader") })
        #expect(doc.education.map { $0.qualification ?? "" } == ["Engineer’s degree", "The Personal MBA", "Certified Scrum Developer"])
        #expect(doc.education.first?.institution == "ESILV - Paris La Défense")
        let kinds = Dictionary(doc.sections.map { ($0.title, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["MY 3 DAY-TO-DAY ACTIVITIES"] == .other)
        #expect(kinds["INTERESTS"] == .interests)
        #expect(kinds["PHILOSOPHY"] == .other)
        let interests = try #require(doc.sections.first { $0.kind == .interests })
        // `Crossﬁt` is written with the ﬁ ligature (U+FB01).
        #expect(interests.items.last?.text == "Crossfit")
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.bondStreet), "needs ../shared/corpus"))
    func bondStreetSkillBlocksAreRead() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.bondStreet)))
        func names(_ category: String) -> [String] {
            doc.skills.first { $0.name == category }?.skills.map(\.text) ?? []
        }
        #expect(names("Languages") == ["JavaScript Ecosystem", "PHP", "Ruby", "Java", "C#", "J#", "C", "C++"])
        #expect(names("Source Code Management") == ["GIT", "Mercurial", "SVN"])
        #expect(names("Methodology") == ["Software Craftmanship", "Agile", "Scrum", "PMBOK"])
        #expect(names("DATABASE") == ["MySQL", "PostgreSQL", "MongoDB", "Redis"])
        #expect(names("SERVER") == ["Apache", "Tomcat", "Node", "Nginx", "Debian", "Vagrant"])
        #expect(names("COMPILED LANGUAGES") == ["C", "C++", "C#", "Java"])
        #expect(names("JAVASCRIPT LOVER").contains("Mocha"))
        #expect(names("WEB WORLD").contains("Wordpress"))
        #expect(names("CODE MANAGEMENT").contains("Jira"))
        #expect(names("ARCHITECTURE").contains("Design Patterns"))
    }

    @Test(.enabled(if: PlainTextCorpus.exists(PlainTextCorpus.bondStreet), "needs ../shared/corpus"))
    func bondStreetPersonAndHeadings() throws {
        let doc = try parse(try #require(PlainTextCorpus.read(PlainTextCorpus.bondStreet)))
        #expect(doc.person.name == "Yassine Azzout")
        #expect(doc.person.label == "Code Writer")
        #expect(doc.person.email == "yassine.azzout@gmail.com")
        #expect(doc.person.phone == "+33629583939")
        #expect(doc.person.links.map(\.url).contains("https://github.com/92bondstreet"))
        #expect(doc.summary?.text.hasPrefix("I'm a (re)Creative Digital {Architect, Developer}") == true)
        #expect(doc.headings.first?.title == "CONTACT")
        #expect(doc.headings.contains { $0.title == "WORK EXPERIENCE" && $0.kind == .experience })
        #expect(doc.headings.contains { $0.title == "10 YEARS OF PROGRAMMING EVOLUTION" && $0.kind == .skills })
        #expect(doc.headings.map(\.title) == [
            "CONTACT", "PERSONAL STATEMENT", "MY 3 DAY-TO-DAY ACTIVITIES", "EDUCATION", "WORK EXPERIENCE",
            "10 YEARS OF PROGRAMMING EVOLUTION", "INTERESTS", "10 years of code writing In details", "JAVASCRIPT LOVER",
            "WEB WORLD", "ARCHITECTURE", "CODE MANAGEMENT", "COMPILED LANGUAGES", "DATABASE", "SERVER", "PHILOSOPHY",
        ])
    }
}
