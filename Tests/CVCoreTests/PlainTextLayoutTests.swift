import Testing
@testable import CVCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

private func parse(_ text: String) throws -> CVDocument { try PlainTextCVParser().parse(text) }

private func row(_ r: Role) -> String {
    "\(r.organisation ?? "") | \(r.title ?? "") | \(r.start?.description ?? "") | \(r.end?.description ?? "")"
}

    /// Dates in a column of their own, the employer joined to its place by a leader of dashes (`Acme ------ Dover,
    /// MA`) or dots; a year with an open dash in its column (`2018-        Acme`) is a post still held.
    @Test func leadersJoinColumnsAndAnOpenDashInItsColumnIsOngoing() throws {
        let doc = try parse("""
            EXPERIENCE

            2018-        Tidewater Labs ------------------------------------ Dover, MA
                 platform architecture and implementation, leadership.

            2012-2016    Orrin Analytics, Inc. ---------------------------- Cambridge, MA
                 strategy and implementation, security.

            2007         Quarry Commerce ......................................... Salem, MA
                 software implementation, testing.

            EDUCATION

            2004 BS Computer Science ---------------------------------- Eastbrook University
            """)
        #expect(doc.roles.map(row) == [
            "Tidewater Labs |  | 2018 | present", "Orrin Analytics, Inc. |  | 2012 | 2016", "Quarry Commerce |  | 2007 | 2007",
        ])
        #expect(doc.roles.map(\.location) == ["Dover, MA", "Cambridge, MA", "Salem, MA"])
        #expect(doc.education.map(\.institution) == ["Eastbrook University"])
    }

/// One layout rule of plain-text CVs per test, on small inline CVs.
@Suite struct PlainTextLayoutTests {
    /// `(independent contractor)` after the dates, `Part-time` as a piece of its own: terms of employment, kept on
    /// the role (a change of them is a change a reader sees), never a title, an organisation or a place.
    /// `Knowledge, Skills, and Abilities:` heads a section (commas between the names of a series), and its items
    /// `Name — what it means` are the names.
    @Test func seriesHeadingAndSkillsWithDescriptions() throws {
        let doc = try parse("""
            Jane Roe

            Experience:
            Lakeside Grocers     Maple Grove, MN     2019 - 2021
            Clerk
            - Stocked shelves

            Knowledge, Skills, and Abilities:
            - Active Listening — Giving full attention to what people say
            - Time Management — Managing one's own time and that of others
            - Spanish
            """)
        #expect(doc.roles.map(row) == ["Lakeside Grocers | Clerk | 2019 | 2021"])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Stocked shelves"])
        #expect(doc.skills.flatMap(\.skills).map(\.name) == ["Active Listening", "Time Management", "Spanish"])
    }

    /// `Resume` over the name; `TITLE   dates` / `Org Inc., what it is` / short lines without full stops (a list without
    /// bullets): the organisation line stays in the header, the short lines are the entry's text (never lost, never the
    /// next entry's header); a long sentence that names a year in passing dates no entry.
    static let undottedBodies = """
        Resume

        JANE ROE
        jane@example.com

        WORK EXPERIENCE
        SYSTEMS ENGINEER                                                  January 2022 - February 2025
        Quillfeather Inc., Automotive sensor and chip design startup
        Built a tool to analyse the signal pipeline
        Modelled link budgets of sensor arrays

        DATA ENGINEER                                                     January 2021 - January 2022
        Brightmoor Behavioral Neuroscience Research Lab, Northfield University
        Managed the structure of incoming data for the lab.
        Results of a pilot study were shown at the Society of Example Studies (SES) 2017 World Conference.
        """

    @Test func undottedLinesUnderAHeaderAreTheBody() throws {
        let doc = try parse(Self.undottedBodies)
        #expect(doc.person.name == "Jane Roe")
        #expect(doc.roles.map(row) == [
            "Quillfeather Inc. | SYSTEMS ENGINEER | 2022-01 | 2025-02",
            "Brightmoor Behavioral Neuroscience Research Lab | DATA ENGINEER | 2021-01 | 2022-01",
        ])
        let said = doc.roles[0].text.map(\.text).joined(separator: " ")
        #expect(said.contains("Built a tool to analyse the signal pipeline") && said.contains("Modelled link budgets of sensor arrays"))
        // The same text in a `.md` file, with no Markdown in it, is read the same way.
        let markdown = try MarkdownCVParser().parse(Self.undottedBodies)
        #expect(markdown.format == .markdown)
        #expect(markdown.roles.map(row) == doc.roles.map(row))
    }

    /// A class that sets its headings in small letters (`education`, `experiences`): the exact name alone on its line
    /// over a dated line heads a section, even with no blank line above it; a small word in a sentence does not.
    @Test func headingsInSmallLetters() throws {
        let doc = try parse("""
            Jane Roe
            jane@example.com

            education
            2013 - 2017   B.Sc. of Software Engineering            Northfield, Iceland
                          Northfield University of Technology
            experiences
            2018          Golang Developer                          Quillfeather
                          Built the billing service and its queues for the shop.
            2017          Android Developer Intern                  Brightmoor
                          Wrote the app's offline mode, then taught what I had learnt in
            education
                          - to the interns of 2018.
            """)
        #expect(doc.headings.map(\.title) == ["education", "experiences"])
        #expect(doc.roles.map(row) == ["Quillfeather | Golang Developer | 2018 | 2018", "Brightmoor | Android Developer Intern | 2017 | 2017"])
        #expect(doc.education.map(\.institution) == ["Northfield University of Technology"])
    }

    @Test func termsOfEmploymentAreReadBesideTheNames() throws {
        let doc = try parse("""
            Jane Doe

            Experience
            Web Developer / Larkspur Studio, LLC - 2016.03 - present (independent contractor)
            - Built booking sites for small theatres
            Support Engineer | Fernhill Mills | Part-time | 2012 - 2016
            - Answered the phones
            Developer - Freelance, Quillon Works, 2010 - 2012
            """)
        #expect(doc.roles.map(row) == [
            "Larkspur Studio, LLC | Web Developer | 2016-03 | present", "Fernhill Mills | Support Engineer | 2012 | 2016",
            "Quillon Works | Developer - Freelance | 2010 | 2012",
        ])
        #expect(doc.roles.map(\.terms) == ["independent contractor", "Part-time", nil])
    }

    @Test func bareLinesNameSections() throws {
        let doc = try parse("""
            Jane Doe
            jane@example.com | +44 20 7946 0958 | https://github.com/jane

            Experience
            Acme Corp, London
            Senior Engineer
            Jan 2019 - Present
            - Built the billing system

            Education
            BSc Computer Science, University of Leeds, 2012 - 2015
            """)
        #expect(doc.headings.map(\.title) == ["Experience", "Education"])
        #expect(doc.headings.map(\.kind) == [.experience, .education])
        #expect(doc.person.name == "Jane Doe")
        #expect(doc.person.email == "jane@example.com")
        #expect(doc.person.phone == "+44 20 7946 0958")
        #expect(doc.person.links.first?.label == "GitHub")
        #expect(doc.roles.map(row) == ["Acme Corp | Senior Engineer | 2019-01 | present"])
        #expect(doc.roles.first?.location == "London")
        #expect(doc.education.first?.institution == "University of Leeds")
        #expect(doc.education.first?.qualification == "BSc Computer Science")
    }

    @Test func upperCaseHeadingsUnderlinedWithDotsDashesOrEquals() throws {
        let doc = try parse("""
            JOHN SMITH
            Backend Developer

            PROFESSIONAL EXPERIENCE
            ..........................

            Initech                                            2020 – 2023
            Backend Developer
            o Wrote reports in Go
            o Migrated the database
              to PostgreSQL

            SIDE QUESTS
            ----------
            * Something unknown

            EDUCATION
            ==========
            MIT
            BSc Physics
            2013 - 2017
            """)
        #expect(doc.headings.map(\.title) == ["PROFESSIONAL EXPERIENCE", "SIDE QUESTS", "EDUCATION"])
        #expect(doc.person.name == "John Smith")
        #expect(doc.person.label == "Backend Developer")
        #expect(doc.roles.map(row) == ["Initech | Backend Developer | 2020 | 2023"])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Wrote reports in Go", "Migrated the database to PostgreSQL"])
        #expect(doc.roles.first?.bullets.last?.source.lines == 10...11)
        let unknown = try #require(doc.sections.first)
        #expect(unknown.title == "SIDE QUESTS")
        #expect(unknown.kind == .other)
        #expect(unknown.items.map(\.text) == ["Something unknown"])
        #expect(doc.education.first?.institution == "MIT")
        #expect(doc.education.first?.qualification == "BSc Physics")
    }

    @Test func numberedHeadings() throws {
        let doc = try parse("""
            1. Experience

            Software Engineer at Hooli (June 2017 - May 2020)
            • Search infrastructure

            2. Skills
            Languages: Python, Go; Rust
            """)
        #expect(doc.headings.map(\.kind) == [.experience, .skills])
        #expect(doc.roles.map(row) == ["Hooli | Software Engineer | 2017-06 | 2020-05"])
        #expect(doc.skills.first?.name == "Languages")
        #expect(doc.skills.first?.skills.map(\.name) == ["Python", "Go", "Rust"])
    }

    @Test func bulletsContinueUntilTheNextBulletBlankLineOrHeading() throws {
        let doc = try parse("""
            Experience
            Engineer at Acme:
            2019 - 2020
            • First bullet that wraps
            onto a second line
            – Second bullet
            * Third bullet
              wrapped
            - Fourth

            A paragraph after.
            Developer at Globex:
            2017 - 2019
            """)
        try #require(doc.roles.count == 2)
        let acme = doc.roles[0]
        #expect(acme.bullets.map(\.text) == [
            "First bullet that wraps onto a second line", "Second bullet", "Third bullet wrapped", "Fourth",
        ])
        #expect(acme.bullets.map(\.source.lines) == [4...5, 6...6, 7...8, 9...9])
        #expect(acme.text.map(\.text) == ["A paragraph after."])
        #expect(acme.source.lines == 2...11)
        #expect(row(doc.roles[1]) == "Globex | Developer | 2017 | 2019")
    }

    @Test func dateSplitAcrossLinesAndInterleavedWithProse() throws {
        let doc = try parse("""
            Employment
            Initech Ltd., Austin, TX
            Initech builds printers for offices and the
            September
            people who use them every single day of the year, and
            2015 - present
            sells them worldwide.

            The Printer era at Initech: Staff Engineer
            • Fixed the printers.
            """)
        try #require(doc.roles.count == 1)
        #expect(row(doc.roles[0]) == "Initech | Staff Engineer | 2015-09 | present")
        #expect(doc.roles[0].location == "Austin, TX")
        // The employer's description is one paragraph: the date lines inside it do not break it.
        #expect(doc.roles[0].text.first?.text
            == "Initech builds printers for offices and the people who use them every single day of the year, and sells them worldwide.")
    }

    @Test func titleLinesWithTheirOwnDatesUnderAnEraAreEachARole() throws {
        let doc = try parse("""
            Employment
            Globex Corporation, Springfield
            May 2010 - present

            The consulting era at Globex:
            Lead Engineer (June 2014 - March 2015),
            Senior Engineer (July 2013 - June 2014)
            Led the consulting team.
            """)
        #expect(doc.roles.map(row) == [
            "Globex | Lead Engineer | 2014-06 | 2015-03",
            "Globex | Senior Engineer | 2013-07 | 2014-06",
        ])
        #expect(Set(doc.roles.map(\.group)).count == 1)
    }

    @Test func monthWaitingForItsYearOnTheNextLine() throws {
        let doc = try parse("""
            Experience
            Engineer at Hooli:

            May 2003 September
            2005

            • Did things.
            """)
        #expect(doc.roles.map(row) == ["Hooli | Engineer | 2003-05 | 2005-09"])
        #expect(doc.roles.first?.dates?.source?.lines == 4...5)
    }

    @Test func seasonWithYearsContinuedOnTheNextLine() throws {
        let doc = try parse("""
            Experience
            Summer 1996, Quarrybank Ltd., Wokingham, UK
            1997, 1998
            Programmer: Wrote database programs.
            """)
        #expect(doc.roles.map(row) == ["Quarrybank Ltd. | Programmer | 1996 | 1998"])
        #expect(doc.roles.first?.location == "Wokingham, UK")
    }

    @Test func proseBulletsAsRoles() throws {
        let doc = try parse("""
            WORK EXPERIENCE
            ...............

            * 3 years as Data Engineer at Globex from 2019 to today

            * 1 year Intern at Initech From 2017 to 2018
            """)
        #expect(doc.roles.map(row) == [
            "Globex | Data Engineer | 2019 | present",
            "Initech | Intern | 2017 | 2018",
        ])
    }

    @Test func skillCategoriesOnLinesOfTheirOwnWithWrappedContent() throws {
        let doc = try parse("""
            Skills
            Development languages

            C (proficient) (19 years); C++ (C++03, STL, boost) (proficient) (5
            years); Lua (proficient) (7 years)

            Development processes

            Kanban, Scrum, waterfall
            """)
        #expect(doc.skills.map { $0.name ?? "" } == ["Development languages", "Development processes"])
        let languages = try #require(doc.skills.first)
        #expect(languages.skills.map(\.name) == ["C", "C++", "Lua"])
        #expect(languages.skills.map(\.years) == [19, 5, 7])
        #expect(languages.skills.map(\.level) == ["proficient", "proficient", "proficient"])
        #expect(doc.skills.last?.skills.map(\.name) == ["Kanban", "Scrum", "waterfall"])
    }

    @Test func unknownSectionListingTechnologiesIsReadAsSkills() throws {
        let doc = try parse("""
            HOBBIES
            .......
            * Chess

            DATABASE
            .......
            * MySQL, Postgres, Redis

            VALUES
            ......
            * Honesty
            """)
        #expect(doc.skills.map { $0.name ?? "" } == ["DATABASE"])
        #expect(doc.skills.first?.skills.map(\.name) == ["MySQL", "PostgreSQL", "Redis"])
        #expect(doc.sections.map(\.title) == ["HOBBIES", "VALUES"])
        #expect(doc.headings.map(\.kind) == [.interests, .skills, .other])
    }

    @Test func ligaturesAreReadAsLetters() throws {
        let doc = try parse("Interests\n• Crossﬁt and ﬂying\n")
        #expect(doc.sections.first?.items.first?.text == "Crossfit and flying")
    }

    // MARK: - Bad input: never a throw, never slow

    static func timed(_ body: () throws -> CVDocument) rethrows -> (CVDocument, Duration) {
        var doc: CVDocument?
        let elapsed = try threadCPUTime { doc = try body() }
        return (doc ?? CVDocument(format: .plainText), elapsed)
    }

    @Test func twoMegabytesOfOneRepeatedLine() throws {
        let line = "Senior Engineer at Acme (2019 - 2021), did things\n"
        let text = String(repeating: line, count: 2 * 1024 * 1024 / line.utf8.count)
        let (doc, elapsed) = try Self.timed { try parse(text) }
        #expect(doc.roles.isEmpty)
        #expect(elapsed < robustnessLimit)
    }

    @Test func twoMegabytesInOneLine() throws {
        let text = String(repeating: "Experience 2019 - 2020 ", count: 2 * 1024 * 1024 / 23)
        let (doc, elapsed) = try Self.timed { try parse(text) }
        #expect(doc.roles.isEmpty)
        #expect(elapsed < robustnessLimit)
    }

    @Test func hundredThousandShortLines() throws {
        var text = "Experience\n"
        for n in 0..<100_000 { text += n % 3 == 0 ? "• x\n" : n % 3 == 1 ? "2019\n" : "Ab:\n" }
        let (_, elapsed) = try Self.timed { try parse(text) }
        #expect(elapsed < robustnessLimit)
    }

    @Test func repeatedSplitDatesDoNotRecurseDeeply() throws {
        let text = "Experience\nEngineer at Acme:\n" + String(repeating: "2009 - July\n", count: 50_000)
        let (_, elapsed) = try Self.timed { try parse(text) }
        #expect(elapsed < robustnessLimit)
    }

    @Test func binaryLikeGarbageGivesADocumentWithoutRoles() throws {
        var generator = SystemRandomNumberGenerator()
        var scalars = String.UnicodeScalarView()
        for _ in 0..<200_000 {
            let v = UInt32.random(in: 1...0x2FFF, using: &generator)
            if let s = Unicode.Scalar(v) { scalars.append(s) }
        }
        let (doc, elapsed) = try Self.timed { try parse(String(scalars)) }
        #expect(doc.format == .plainText)
        #expect(elapsed < robustnessLimit)
    }

    @Test func textWithoutStructureGivesADocumentWithoutRoles() throws {
        let doc = try parse("just some words\nwithout any headings or dates\n")
        #expect(doc.roles.isEmpty)
        #expect(doc.headings.isEmpty)
        #expect(doc.summary?.text == "just some words without any headings or dates")
    }

    /// `****** Skills ******`: a heading framed by rules on its own line (html2text's headings) names a section.
    @Test func headingsFramedByRules() throws {
        let doc = try parse("""
            Jane Doe
            jane@example.com


            ****** Summary ******

                * Engineer with ten years of experience in payments.

            ****** Professional Experience ******

            Senior Engineer / Acme Corp - 2019.01 - present
                * Built the billing system.

            ****** Education ******

            University of Leeds, 2012 - 2015. BSc Computer Science.
            """)
        #expect(doc.headings.map(\.title) == ["Summary", "Professional Experience", "Education"])
        #expect(doc.summary?.text.contains("payments") == true)
        #expect(doc.summary?.text.contains("*") == false)
        #expect(doc.roles.map(row) == ["Acme Corp | Senior Engineer | 2019-01 | present"])
        #expect(PlainTextSections.framedTitle("**Bold**") == nil)
        #expect(PlainTextSections.framedTitle("== Skills ==") == "Skills")
    }

    /// `Jane Q. Doe` underlined with `=` at the top (pandoc's setext title) is the name, not a section; the postal
    /// address under the contact lines is the person's location.
    @Test func underlinedNameAndPostalAddressAtTheTop() throws {
        let doc = try parse("""
            Jane Q. Doe
            ==========================================

            555-010-0199
            jane@example.com

            12 Elm Tree Ct.
            Springfield, IL 62704

            ******************************************

            Summary
            -------

               * Engineer with ten years of experience in payments.

            Experience
            ----------

            Senior Engineer at Acme Corp (2019 - present)
            """)
        #expect(doc.person.name == "Jane Q. Doe")
        #expect(doc.person.location == "12 Elm Tree Ct., Springfield, IL 62704")
        #expect(doc.headings.map(\.title) == ["Summary", "Experience"])
        #expect(doc.summary?.text.contains("Elm") == false)
    }

    /// A section of dated lines naming events (`RustConf - 2019, 2021`) is not a skills list, whatever technologies
    /// the names mention; years wrapped onto the next line stay in their item; `Training and Conferences` is no
    /// education.
    @Test func datedEventListIsASectionNotSkills() throws {
        let doc = try parse("""
            Jane Doe
            jane@example.com

            Experience
            ----------

            Senior Engineer at Acme Corp (2019 - present)

            Training and Conferences
            ------------------------

            * Rust Training - 2018
            * RustConf - 2019 (presenter), 2020, 2021,
              2022, 2023
            * PyCon - 2018, 2019
            * KotlinConf - 2020
            """)
        #expect(doc.education.isEmpty)
        #expect(doc.skills.isEmpty)
        let section = try #require(doc.sections.first { $0.title == "Training and Conferences" })
        #expect(section.items.map(\.text).contains("RustConf - 2019 (presenter), 2020, 2021, 2022, 2023"))
        #expect(SectionClassifier.classify("Training and Conferences") == .other)
        #expect(SectionClassifier.classify("Education and Training") == .education)
    }

    /// A role held twice (`2001.07 - 2006.12, 2008.04 - 2010.01`): the second span is more of the dates, never part of
    /// the organisation, whether the dates follow a dash or sit in brackets.
    @Test func secondDateSpanIsNoPartOfTheOrganisation() throws {
        for line in ["Security Administrator / Acme Brewing - 2001.07 - 2006.12, 2008.04 - 2010.01",
                     "Security Administrator at Acme Brewing (2001.07 - 2006.12, 2008.04 - 2010.01)"] {
            let doc = try parse("""
                Jane Doe

                Experience
                ----------

                \(line)
                   * Ran the firewalls.

                Education
                ---------

                BSc Physics, University of Leeds, 1998
                """)
            #expect(doc.roles.map(\.organisation) == ["Acme Brewing"], "\(line)")
        }
    }

    @Test func aTitleLineGoesOnWithItsCourse() throws {
        let doc = try parse("""
            Jane Doe
            jane@example.com

            Experience
            ==========
            Northtown Dept. of Physics and Astronomy
            Spring 2011
            Teaching Assistant - 8.01: Classical Mechanics
            -- Taught weekly recitations for a dozen students
            .
            Northtown Dept. of Physics and Astronomy
            Fall 2010
            Lab Assistant - 8.02: Electricity
            -- Helped students in office hours
            """)
        #expect(doc.roles.map(\.title) == ["Teaching Assistant - 8.01: Classical Mechanics", "Lab Assistant - 8.02: Electricity"])
    }

    @Test func twoTitlesACommaJoinsUnderTheirOrganisation() throws {
        let doc = try parse("""
            Jane Doe
            jane@example.com

            Experience

                Campus Computing Services
                    Library Desk Monitor, Phone/Walk-in Support January 2001-February 2005
                    Started as a lab consultant and was promoted later on to a staff position with more duties.
            """)
        #expect(doc.roles.map(row) == ["Campus Computing Services | Library Desk Monitor, Phone/Walk-in Support | 2001-01 | 2005-02"])
    }

    @Test func datedProjectsInsideARoleAreItsText() throws {
        let doc = try parse("""
            Jane Doe
            jane@example.com

            EXPERIENCE
            ----------
            Java Developer - Globex
            06/2017 – 08/2018 | Northville
            Ticketing platform for city buses (01/2018 – 08/2018)
            Parcel tracking platform (06/2017 – 01/2018) — built for a postal service.
            - Developed and maintained the web application.
            - Set up the staging and production environments.
            """)
        #expect(doc.roles.map(row) == ["Globex | Java Developer | 2017-06 | 2018-08"])
        #expect(doc.roles.first?.bullets.count == 2)
        #expect(doc.roles.first?.text.count == 2)
    }

    /// `* Northfield Institute (Springfield, IL) -` / `    Physics major` / `* Rustic Coders Training - 2009`: the
    /// indented line wraps its own item, whether a blank line parts it from the next, dated, item or not; it never
    /// names that item's qualification, and removing the blank line changes nothing.
    @Test func indentedLineWrapsItsItemOverADatedSibling() throws {
        let spaced = """
            Jane Doe

            Education and Training
            ----------------------

               * Northfield Institute of Technology (Springfield, IL) -
                 Physics major

               * Rustic Coders Advanced Training - 2009
               * Big Conference
                  * Spark - 2013
            """
        let tight = spaced.replacingOccurrences(of: "Physics major\n\n", with: "Physics major\n")
        let a = try parse(spaced)
        let b = try parse(tight)
        #expect(b.education.map(\.institution) == a.education.map(\.institution))
        #expect(b.education.allSatisfy { $0.qualification != "Physics major" })
        #expect(CVDiffer.diff(a, b).changes.isEmpty)
    }

    /// Posts stacked under one employer, each `Title, Field of work` over its dated line: the field (`Data Engineering`,
    /// `Systems Engineering`) is the post's department, no employer, so each post stays under the name above; a line
    /// set left of the bullet before it is no wrapped part of that bullet.
    @Test func aFieldOfWorkAfterATitleIsItsDepartment() throws {
        let doc = try parse("""
            Robin Vale
            robin@example.org

            EXPERIENCE

            NORTHWIND TRADING
            Associate, Data Engineering
            Jan 2021 - Aug 2021 | Leeds, UK
              • Built a pricing feed for the desk
            Analyst, Systems Engineering
            Jan 2020 - Jan 2021 | Leeds, UK
              • Wrote a reporting bot
            Stack: Python and a queue

            BLUE OTTER LABS
            Electrical Engineer
            Jan 2015 – Dec 2016 | York, UK
              • Built the power board of a small submarine
            """)
        #expect(doc.roles.map(row) == [
            "NORTHWIND TRADING | Associate, Data Engineering | 2021-01 | 2021-08",
            "NORTHWIND TRADING | Analyst, Systems Engineering | 2020-01 | 2021-01",
            "BLUE OTTER LABS | Electrical Engineer | 2015-01 | 2016-12",
        ])
        #expect(doc.roles[1].bullets.map(\.text) == ["Wrote a reporting bot"])
        #expect(doc.roles[1].text.map(\.text) == ["Stack: Python and a queue"])
    }

    /// `2024-   KESTRELWORKS Staff Engineer ------ Leeds UK`: a name in capitals before a title is the organisation, and the
    /// place at the end of the rule of dashes is where it is, never the organisation.
    @Test func aNameInCapitalsBeforeATitleOverAPlaceAfterDashes() throws {
        let doc = try parse("""
            Sam Quill

            EXPERIENCE

            2024-        KESTRELWORKS Staff Engineer -------------------------------- Leeds UK
                 Looks after the billing service and its on-call rota.

            2019-2023    MOSSBANK, Data Analyst ------------------------------------ York UK
                 Built the weekly sales report and taught it to the shops.
            """)
        #expect(doc.roles.map(row) == [
            "KESTRELWORKS | Staff Engineer | 2024 | present",
            "MOSSBANK | Data Analyst | 2019 | 2023",
        ])
        #expect(doc.roles.map(\.location) == ["Leeds UK", "York UK"])
    }

    /// `Tallowick, PT, March 2017 - March 2019` over a sentence that names the title: the name before the comma is the
    /// organisation, the country code after it where it is (no town `Tallowick, PT`, no division `PT`).
    @Test func aNameAndACountryCodeOverTheTitlesSentence() throws {
        let doc = try parse("""
            Ana Brook

            Experience

            Tallowick, PT, March 2017 - March 2019
            Worked in a team of five as a backend engineer.

               Built the order service.

            Brindle Yard, PT, June 2014 - February 2017
            Worked as a support engineer.

               Answered the phone.
            """)
        #expect(doc.roles.map(row) == [
            "Tallowick | Backend Engineer | 2017-03 | 2019-03",
            "Brindle Yard | Support Engineer | 2014-06 | 2017-02",
        ])
        #expect(doc.roles.map(\.location) == ["PT", "PT"])
    }

    /// `MIRA OKAFOR - Data Engineer      (+44)7700900123 | mira@example.org | GitHub`: the name (and the post after its
    /// dash) in the first column of a line whose rest is contact details; `Proficient: …` and `Others: …` in the summary
    /// are skills, no summary text.
    @Test func aNameBeforeContactsAndLabelledSkillsInTheSummary() throws {
        let doc = try parse("""
            MIRA OKAFOR - Data Engineer                  (+44)7700900123 | mira@example.org | GitHub

            Summary

            I like quiet pipelines and loud dashboards, and I write things down.

            Proficient: Python, PostgreSQL, Airflow, Docker.
            Others: Kafka, Terraform, Redis,
            Grafana, Spark.

            Experience

            Fenwick Analytics, May 2019 - Present
            Worked as a data engineer.

               Moved the reports to a warehouse.
            """)
        #expect(doc.person.name == "Mira Okafor")
        #expect(doc.person.label == "Data Engineer")
        #expect(doc.person.email == "mira@example.org")
        #expect(doc.skills.map(\.name) == ["Proficient", "Others"])
        #expect(doc.skills.flatMap(\.skills).map(\.text) == ["Python", "PostgreSQL", "Airflow", "Docker", "Kafka", "Terraform", "Redis", "Grafana", "Spark"])
        #expect(doc.summary?.text == "I like quiet pipelines and loud dashboards, and I write things down.")
        #expect(doc.roles.map(row) == ["Fenwick Analytics | Data Engineer | 2019-05 | present"])
    }

    /// `Tom Reyes (tom@example.org)` over `tomreyes.example.net`: the name before the address in brackets is the name,
    /// and a web address under it is no headline.
    @Test func aNameBeforeAnAddressAndAWebAddressUnderIt() throws {
        let doc = try parse("""
            Tom Reyes (tom@example.org)
            tomreyes.example.net

            Experience

            Harrow Mills, Analyst, 2018 - 2021
            """)
        #expect(doc.person.name == "Tom Reyes")
        #expect(doc.person.label == nil)
        #expect(doc.person.email == "tom@example.org")
    }

    /// `➔ Languages : Go, Rust` in a skills section with no label on a line of its own: an arrow is a bullet glyph, and
    /// each bullet's label names its category; under a label line (`Backend`), a bullet's label does not.
    @Test func arrowBulletsAndTheirLabelsInASkillsSection() throws {
        let doc = try parse("""
            Jo Park

            Technical Skills :

             ➔ Languages : Go, Rust
             ➔ Tools : Make, Vim

            Projects :

             ➔ Kettle Timer (Mar, 2022)
             • Wrote it in an afternoon.

            Other Skills

            Backend
            • Utility: Redis, Kafka
            • Queues: RabbitMQ
            """)
        #expect(doc.skills.map(\.name) == ["Languages", "Tools", "Backend"])
        #expect(doc.skills.map { $0.skills.map(\.text) } == [["Go", "Rust"], ["Make", "Vim"], ["Redis", "Kafka", "RabbitMQ"]])
        #expect(doc.projects.map(\.name) == ["Kettle Timer"])
    }

    /// Each post a title, its dates, then `Employer, Region, Country` over `Key Achievements` and bullets: the sub-heading
    /// written under every post is no section; an employer written in small letters as a brand (`iKettle`) opens no
    /// sentence going on from the title; the first of three parts that read as places, under the title, is the employer.
    @Test func aSubHeadingUnderEveryPostAndAnEmployerBeforeItsRegion() throws {
        let doc = try parse("""
            Ana Brook

            Work Experience
            Senior Mobile App Developer
            March 2021 - Present
            iKettle, Porto 4000, Portugal
            Key Achievements
               - Shipped the tea timer to two app stores.
               - Cut the crash rate in half.

            Backend Developer Contribution
            May 2019 - February 2021
            Tallowmere, Kentucky, United States
            Key Achievements
               - Wrote the rewards service.

            Education
            Northfield University, BSc Computing, 2015 - 2019
            """)
        #expect(doc.roles.map(row) == [
            "iKettle | Senior Mobile App Developer | 2021-03 | present",
            "Tallowmere | Backend Developer Contribution | 2019-05 | 2021-02",
        ])
        #expect(doc.roles.map(\.location) == ["Porto 4000, Portugal", "Kentucky, United States"])
        #expect(doc.roles.map(\.bullets.count) == [2, 1])
        #expect(doc.headings.map(\.title) == ["Work Experience", "Education"])
    }

    /// A PDF's table of skills laid out as text: a label in a column of its own, padded from its items, and items
    /// parted by middle dots or bullets; two columns of course names beside each other are no labels.
    @Test func aLabelColumnBesideItsSkills() throws {
        let doc = try parse("""
            Ines Varga

            Skills
             Programming Languages                     Kotlin · Elm · Fortran
             Data Tools                                Spark • Airflow
             Other                                     Linux, Make
            Courses
             Signals and Systems                       Theory of Queues
            """)
        #expect(doc.skills.prefix(3).map { "\($0.name ?? "-"): \($0.skills.map(\.name).joined(separator: ", "))" } == [
            "Programming Languages: Kotlin, Elm, Fortran", "Data Tools: Spark, Airflow", "Other: Linux, Make",
        ])
        #expect(!doc.skills.contains { $0.name == "Signals and Systems" })
        #expect(doc.skills.first?.skills.first?.source.start.line == 4)
        #expect(doc.skills.first?.skills.first?.source.start.column == 44)
    }

    /// Skills indented by tabs, a label at one tab and its items one a line at two: each line an item (a line that
    /// goes on in lower case after the one above is its wrapped text).
    @Test func tabIndentedSkillsAreOneItemALine() throws {
        let doc = try parse("Ines Varga\n\nSkills:\n\tData work\n\t\tPostgreSQL (tuning, backups)\n\t\tApache Airflow\n"
            + "\t\tKafka Streams and\n\t\tKafka Connect\n")
        #expect(doc.skills.map { "\($0.name ?? "-"): \($0.skills.map(\.text).joined(separator: " | "))" } == [
            "Data work: PostgreSQL (tuning, backups) | Apache Airflow | Kafka Streams and Kafka Connect",
        ])
    }

    /// A PDF's row of tags under a skills heading (`Go     Kafka     Redis`): each column is a skill, a long row too;
    /// a technology before a gap is no label of the one after it.
    @Test func aRowOfTagsInColumns() throws {
        let doc = try parse("""
            Ines Varga

            SKILLS
             Zig        Elm         Haskell          OCaml          Erlang          Fortran   Kotlin        Dart
             Redis   Kafka
            """)
        #expect(doc.skills.flatMap(\.skills).map(\.name) == ["Zig", "Elm", "Haskell", "OCaml", "Erlang", "Fortran", "Kotlin", "Dart", "Redis", "Kafka"])
        #expect(doc.skills.allSatisfy { $0.name == nil })
    }

    /// PDF text of posts set as `Title` / `Employer` / `dates      place` with bullets whose wrapped lines are set under
    /// their text: a title at the bullets' own column after the last bullet is the next post's, not the bullet's end.
    @Test func aTitleAtTheBulletColumnAfterTheLastBullet() throws {
        let doc = try parse("""
            Ines Varga

            EXPERIENCE
            Platform Engineer
            Harrow Tide
            05/2021 - Present                                                        Lisbon, Portugal
            • Moved the billing jobs to a queue and cut the nightly run from six hours to forty
              minutes.
            • Wrote the runbook for the payment outages.
            Backend Developer
            Quarry Lane Games
            02/2018 - 04/2021                                                        Porto, Portugal
            • Built the matchmaking service.
            """)
        #expect(doc.roles.map(row) == [
            "Harrow Tide | Platform Engineer | 2021-05 | present", "Quarry Lane Games | Backend Developer | 2018-02 | 2021-04",
        ])
        #expect(doc.roles.first?.bullets.last?.text == "Wrote the runbook for the payment outages.")
    }

    /// PDF text of a CV whose section names stand in a left margin beside their bodies, a name of two words over two
    /// lines (the second alone on its line too), a name the section table does not know, a running footer between pages:
    /// each name heads its section, the bodies read as if set at the margin.
    @Test func sectionNamesInALeftMargin() throws {
        let doc = try parse("""
            Ines Varga                                                     ines@example.org

            Analyst of tides and harbours, fond of maps.

            EDUCATION          UNIVERSITY OF WESTMERE                                 DELFT, NETHERLANDS
                               M.Sc., Hydraulic Engineering                                    09/2015 – 06/2017
                                • Thesis: Silt in the outer harbour

            PROFESSIONAL       DUNMORE SHIPPING                                       ROTTERDAM, NETHERLANDS
            EXPERIENCE         Berth Planner                                          07/2017 – 12/2022
                                • Planned the berths of the container quay.
                                • Wrote the tide tables tool.
            March 3, 2024                       Ines Varga · Curriculum Vitae                        1
                               KELP & TIDE RESEARCH                                           DELFT, NETHERLANDS
                               Junior Analyst                                                  01/2023 – 08/2024
                                • Counted the birds of the marsh.
            SKILLS             Programming: Fortran, Julia, SQL
            HARBOUR            • Led the dune walks of the summer.
            WALKS
            March 3, 2024                       Ines Varga · Curriculum Vitae                        2
            """)
        #expect(doc.headings.map(\.title) == ["EDUCATION", "PROFESSIONAL EXPERIENCE", "SKILLS", "HARBOUR WALKS"])
        #expect(doc.roles.map(row) == [
            "DUNMORE SHIPPING | Berth Planner | 2017-07 | 2022-12", "KELP & TIDE RESEARCH | Junior Analyst | 2023-01 | 2024-08",
        ])
        #expect(doc.education.map(\.institution) == ["UNIVERSITY OF WESTMERE"])
        #expect(doc.skills.first?.skills.map(\.name) == ["Fortran", "Julia", "SQL"])
    }

    /// PDF text without blank lines: a section's name alone on its line right after a finished sentence, over a
    /// capitalised line, heads its section; among a post's lines (`Tools` after its sentence) it does not.
    @Test func aSectionNameAfterAFinishedSentence() throws {
        let doc = try parse("""
            Ines Varga

            Research Interests
            I study how silt moves in harbours and how tides
            carry it out to sea.
            Education
            Westmere University
            Bachelor of Science - Hydrology
            2016 - 2020

            Professional Experience
            Berth Planner
            Dunmore Shipping
            2020 - 2023
            Planned the berths of the quay.
            Tools
            Fortran
            """)
        #expect(doc.headings.map(\.title) == ["Research Interests", "Education", "Professional Experience"])
        #expect(doc.education.map(\.institution) == ["Westmere University"])
        #expect(doc.roles.map(row) == ["Dunmore Shipping | Berth Planner | 2020 | 2023"])
    }

    /// The top line `Name, Post` (or `Name, PhD`): the name, and after the comma what the person goes by; a town and its
    /// country are no name.
    @Test func aNameAndItsPostAfterAComma() throws {
        let doc = try parse("""
            Ines Varga, Hydrology Researcher
              ines@example.org

            Education
            Sep 2016 – Jun 2020     BSc of Hydrology, Westmere University
            """)
        #expect(doc.person.name == "Ines Varga")
        #expect(doc.person.label == "Hydrology Researcher")
        #expect(doc.person.email == "ines@example.org")
        let town = try parse("""
            Leeds, England
              ines@example.org

            Education
            Sep 2016 – Jun 2020     BSc of Hydrology, Westmere University
            """)
        #expect(town.person.name == nil)
    }
}
