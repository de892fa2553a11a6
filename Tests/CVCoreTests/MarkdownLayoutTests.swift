import Testing
@testable import CVCore

@Suite("Markdown layouts, one rule each")
struct MarkdownLayoutTests {
    func roles(_ text: String) throws -> [String] {
        try MarkdownCVParser().parse(text).roles.map(MarkdownExpectedRole.of)
    }

    /// A membership and volunteering among the jobs, laid out as they are, hold no post: items of the section.
    /// HTML divs whose classes name an entry's fields are one entry's cells: the title's whole (a `|` in it is
    /// part of it), the organisation's cell a name and a place, each entry apart from the next.
    @Test func htmlDivsClassedAsFieldsAreOneEntryEach() throws {
        let text = """
            ## Experience

            <div class="timeline">
              <div class="entry">
                <div class="entry-period">03/2021 – Present</div>
                <div class="entry-role">Apprentice | Junior Developer</div>
                <div class="entry-org">Tallowmere AG · Basel</div>
                <ul><li>Wrote the billing jobs.</li></ul>
              </div>
              <div class="entry">
                <div class="entry-period">01/2019 – 02/2021</div>
                <div class="entry-role">Tutor for First-Year Students</div>
                <div class="entry-org">Ostvale College · North Campus</div>
              </div>
            </div>
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(try roles(text) == [
            "Tallowmere AG | Apprentice | Junior Developer | 2021-03 | present", "Ostvale College | Tutor for First-Year Students | 2019-01 | 2021-02",
        ])
        #expect(doc.roles.map(\.location) == ["Basel", "North Campus"])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Wrote the billing jobs."])
    }

    /// Inline elements side by side in a heading (`<span>…</span><span>…</span>`, no space between) are separate
    /// texts: the organisation is not glued to the month of its dates.
    /// `# Resume` / `## Jane Q. Roe` / `## (+20) 0122 555 0100 | Northfield` / `## jane@example.com`: the heading that
    /// names the document stands over the name's, and headings of contact details under the name are the header's.
    @Test func nameHeadingUnderADocumentTitleAndContactHeadings() throws {
        let doc = try MarkdownCVParser().parse("""
            # Resume
            ## Jane Q. Roe

            ## (+20) 0122 555 0100 | Northfield, Egypt
            ## jane@example.com | https://github.com/janeroe-example

            ## Experience

            ### Quillfeather Systems, Engineer (2019 - 2023)

            - Built the billing service.
            """)
        #expect(doc.person.name == "Jane Q. Roe")
        #expect(doc.person.email == "jane@example.com")
        #expect(doc.person.phone == "(+20) 0122 555 0100")
        #expect(doc.headings.map(\.title) == ["Experience"])
        #expect(try roles("# Resume\n## Jane Q. Roe\n\n## Experience\n\n### Quillfeather Systems, Engineer (2019 - 2023)\n")
            == ["Quillfeather Systems | Engineer | 2019 | 2023"])
    }

    @Test func spansSideBySideInAHeadingAreSeparateTexts() throws {
        let text = """
            ## Experience

            ### <span>Pellworth Co., Ltd</span><span>Jan 2017 -- Jun 2019</span>
            Support engineer

            - Answered the search tickets.

            ### <span>Quillon Inc</span><span>Nov, 2016- Feb, 2019</span>

            - Wrote the player pages.
            """
        let found = try roles(text)
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("Pellworth Co., Ltd |") == true)
        #expect(found.first?.hasSuffix("| 2017-01 | 2019-06") == true)
        #expect(found.last?.hasSuffix("| 2016-11 | 2019-02") == true)
    }

    /// Headings that name the employer and the dates only, the post told in the first sentence under them (`Worked
    /// in a group of five as a mobile engineer.`): the post after `as` is the title; a sentence that names no post
    /// after `as` gives none.
    @Test func thePostAfterAsInTheFirstSentenceIsTheTitle() throws {
        let text = """
            # Experience

            ## Quillfeather, May 2019 - December 2019
            Worked in a group of five as a mobile engineer.
            - Built the first release.

            ## Brightwater Labs, March 2017 - March 2019
            Joined the payments group as its second backend developer.
            - Wrote the settlement jobs.

            ## Ostvale, July 2013 - December 2015
            Worked as part of a small studio.
            - Built report templates.
            """
        #expect(try roles(text) == [
            "Quillfeather | Mobile Engineer | 2019-05 | 2019-12", "Brightwater Labs | Backend Developer | 2017-03 | 2019-03",
            "Ostvale | - | 2013-07 | 2015-12",
        ])
    }

    /// A job headed `### Employer - Post`, its dates and its town on smaller headings under it, its bullets grouped
    /// under theme headings (`#### Backend`): the themes and the town are parts of the job, not jobs; a post named
    /// by a sub-heading (`#### Support Engineer`) is a job of its own; a section's name at the jobs' level ends them.
    @Test func themeHeadingsAndTownHeadingsUnderAJobArePartsOfIt() throws {
        let text = """
            ## My Experience

            ### Lindqvist Freight - Platform Advisor (Freelance)

            ##### March 2023 - December 2024

            ##### Rotterdam, Netherlands

            I was hired to rebuild the booking tool.

            #### Backend

            - Rebuilt the booking pages.

            #### Quality

            - Set up end-to-end tests.

            ### Harwick Retail - Software Engineer

            ##### May 2019 - February 2023

            ##### Utrecht, Netherlands

            #### Platform Operations

            - Cut build times in half.

            ### Education

            #### Eastmoor College - Application Development

            ##### 2009 - 2012
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(try roles(text) == [
            "Lindqvist Freight | Platform Advisor (Freelance) | 2023-03 | 2024-12", "Harwick Retail | Software Engineer | 2019-05 | 2023-02",
        ])
        #expect(doc.roles.map(\.location) == ["Rotterdam, Netherlands", "Utrecht, Netherlands"])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Rebuilt the booking pages.", "Set up end-to-end tests."])
        #expect(doc.education.map(\.institution) == ["Eastmoor College"])
    }

    /// `### Employer, Town, Country` over the post in italics: a name written as a brand (`QRS LendCo`, `ParcelHive`)
    /// is the employer, the rest the place; `Springfield, IL` stays one place.
    @Test func aBrandBeforeAPlaceIsTheEmployer() throws {
        let text = """
            ## Experience

            ### QRS LendCo, New York, USA
            _Data Consultant_
            - Rebuilt the reporting jobs.

            ### ParcelHive, Germany
            _Analytics Mentor_
            - Mentored students.

            ### Northwind Farms, Springfield, IL
            _Analyst_
            - Counted things.
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(doc.roles.map(\.organisation) == ["QRS LendCo", "ParcelHive", "Northwind Farms"])
        #expect(doc.roles.map(\.location) == ["New York, USA", "Germany", "Springfield, IL"])
    }

    /// `- Responsibilities:` over its items labels the bullets (the items are the role's bullets); `- Tags: …` and
    /// `- Badges:` over their words file the entry (its text, no bullets).
    @Test func labelItemsOverTheBulletsAreNoBullets() throws {
        let text = """
            # Experience

            ## Quillfeather Press
            - *Junior Web Developer* | May 2021 - June 2022
            - Tags: Internship Work
            - Badges:
              - Frontend
              - Design
            - Responsibilities:
              - Rebuilt the catalogue pages.
              - Wrote the style guide.
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(try roles(text) == ["Quillfeather Press | Junior Web Developer | 2021-05 | 2022-06"])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Rebuilt the catalogue pages.", "Wrote the style guide."])
        #expect(doc.roles.first?.text.map(\.text) == ["Tags: Internship Work", "Badges: Frontend, Design"])
    }

    @Test func membershipsAndVolunteeringAmongJobsAreNoRoles() throws {
        let text = """
            ## Experience

            ### Globex — Platform Engineer (2019 – 2022)

            - Ran the platform.

            ### Board member — Springfield Chess Club (2017 – 2019)

            ### Volunteer mentor — Code Club Northtown (2016)
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(doc.roles.map(MarkdownExpectedRole.of) == ["Globex | Platform Engineer | 2019 | 2022"])
        #expect(doc.sections.first { $0.title == "Experience" }?.items.map(\.text) == [
            "Board member — Springfield Chess Club (2017 – 2019)", "Volunteer mentor — Code Club Northtown (2016)",
        ])
    }

    /// Posts named only as the lead-ins of an employer's bullets are the role's title; lead-ins that name no job
    /// (`Kafka - …`) are not.
    @Test func postsNamedAsLeadInsOfTheBulletsAreTheTitle() throws {
        let text = """
            ## Experience

            **Northtown University** 2019 – 2022

            - *Lab Supervisor* - Ran the widget lab for second-year students.
            - *Course Mentor* - Mentored masters students once a week.
            - *Lab Demonstrator* - Demonstrated the functional programming modules.

            **Globex** 2016 – 2019

            - Kafka - Moved the logs to a stream.
            - Grafana - Drew the dashboards.
            """
        #expect(try roles(text) == [
            "Northtown University | Lab Supervisor, Course Mentor, Lab Demonstrator | 2019 | 2022", "Globex | - | 2016 | 2019",
        ])
    }

    /// A list item whose first line names the employer, bold in part (`**Globex**, Widgets Division`), over a line of
    /// the item that opens with the dates: the first line is the entry's header, not a paragraph of the section.
    @Test func anItemsFirstLineOverItsDatesLineNamesTheEntry() throws {
        let text = """
            # Employment
            - **Initech**, Widget Division\\
              Feb 2024 - current, *Lead Developer*
                - Led the widget team.

            - **Globex**\\
              April 2022 - Feb 2024, *Software Engineer*
                - Built the widget pipeline.
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(doc.roles.count == 2)
        #expect(doc.roles.first?.title == "Lead Developer")
        #expect(doc.roles.first?.start == PartialDate(year: 2024, month: 2))
        #expect(doc.sections.allSatisfy { !$0.items.contains { $0.text.contains("Initech") } })
    }

    /// `- **Globex**, Digital Ledger Services` over `Feb 2024 - current, *Lead Developer*`: the name first is the
    /// employer and the part after the comma its division, one organisation; an italic title whose words after a comma
    /// are in lower case (`Lead engineer, smart contracts and backend services`) is one title, never a name.
    @Test func divisionAfterTheEmployerAndLowerCaseScopeAfterTheTitle() throws {
        let text = """
            # Employment
            - **Globex**, Digital Ledger Services\\
              Feb 2024 - current, *Lead Software Developer (VP)*
                - Led the ledger team.

            - **Initech**\\
              Aug 2020 - Feb 2024, *Lead engineer, smart contracts and backend services*
                - Built the trading contracts.

            - **Umbrella**\\
              April 2018 - Aug 2020, *Lead analyst, risk team*
                - Assessed the risks of votes.
            """
        #expect(try roles(text) == [
            "Globex, Digital Ledger Services | Lead Software Developer (VP) | 2024-02 | present",
            "Initech | Lead engineer, smart contracts and backend services | 2020-08 | 2024-02",
            "Umbrella | Lead analyst, risk team | 2018-04 | 2020-08",
        ])
    }

    /// `*Oversaw the design of new math courses for` / `early college students.*` under an item's name and dates: a
    /// short line whose sentence runs on in lower case on the item's next line is the entry's text, not its header.
    @Test func aShortLineRunningOnInLowerCaseIsTheEntrysText() throws {
        let text = """
            # Employment

            - **Northfield College**, Outreach program\\
              2009 - 2011, Assistant Professor\\
              *Oversaw the design of new math courses for
              early college students.*

            - **Globex**\\
              2008 - 2009, Research Fellow
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(doc.roles.first?.title == "Assistant Professor")
        #expect((doc.roles.first.map { $0.text + $0.bullets } ?? []).map(\.text) == [
            "Oversaw the design of new math courses for early college students.",
        ])
    }

    /// `# Highlights` before the jobs is the CV's introduction: its lines are the summary, and adding it to a CV that
    /// had none is one `summary.changed`, no section added; a `# Highlights` after the jobs stays a section of its own.
    @Test func highlightsBeforeTheJobsAreTheSummary() throws {
        let old = """
            # Education

            - **BSc**, Northfield University, physics, May 2005

            # Employment
            - **Globex**\\
              2015 - 2020, *Platform engineer*
                - Ran the billing platform.
            """
        let new = old.replacingOccurrences(of: "# Employment", with: """
            # Highlights

            - built systems that move large sums of money
            - worked in teams with a strong testing culture

            # Employment
            """)
        let before = try MarkdownCVParser().parse(old)
        let after = try MarkdownCVParser().parse(new)
        #expect(after.summary?.text == "built systems that move large sums of money worked in teams with a strong testing culture")
        #expect(CVDiffer.diff(before, after).changes.map(\.kind) == [.summaryChanged])
        let last = try MarkdownCVParser().parse(old + "\n\n# Highlights\n\n- Spoke at two conferences\n")
        #expect(last.summary == nil)
        #expect(last.headings.last?.kind == .other)
    }

    @Test func companyHeadingThenTitleAndDatesLine() throws {
        let text = """
            ## Experience

            ### Acme

            Engineer • Aug. '19 –

            Built things.

            ### Initech

            Lead Systems Engineer • Aug. '09 – May '14

            - Kept the lights on.
            """
        #expect(try roles(text) == ["Acme | Engineer | 2019-08 | present", "Initech | Lead Systems Engineer | 2009-08 | 2014-05"])
    }

    /// A role dated by one month at the top of a section listed newest first is a post held since that month; a lone
    /// month below the spans stays that month.
    @Test func loneStartMonthsAtTheTopAreCurrentPosts() throws {
        let text = """
            ## Appointments

            ### Associate Librarian, Northtown Library — July 2019

            ### Adjunct Lecturer, Northtown College — August 2018

            ### Records Manager, Lake Museum — September 2012 - June 2019

            ### Assistant Curator, Lake Museum — September 2006 - October 2012

            ### Summer Intern, Hill Archive — July 2005
            """
        #expect(try roles(text) == [
            "Northtown Library | Associate Librarian | 2019-07 | present", "Northtown College | Adjunct Lecturer | 2018-08 | present",
            "Lake Museum | Records Manager | 2012-09 | 2019-06", "Lake Museum | Assistant Curator | 2006-09 | 2012-10",
            "Hill Archive | Summer Intern | 2005-07 | 2005-07",
        ])
    }

    @Test func titleHeadingThenCompanyLineIsSwappedByTitleWords() throws {
        let text = """
            ## Experience

            ### Senior Engineer

            Globex Corporation | March 2018 - June 2020
            """
        #expect(try roles(text) == ["Globex Corporation | Senior Engineer | 2018-03 | 2020-06"])
    }

    @Test func linkedCompanyThenBoldTitlesShareTheBulletsOfTheLast() throws {
        let text = """
            # Employment

            ## [Hooli](https://hooli.example)

            **Senior Developer**<br/>
            June 2011 – August 2011<br/>
            Austin, TX

            **Developer**<br/>
            April 2010 - June 2011<br/>
            Austin, TX

            * Wrote code
            * Reviewed code
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Hooli | Senior Developer | 2011-06 | 2011-08", "Hooli | Developer | 2010-04 | 2011-06",
        ])
        #expect(document.roles.map(\.bullets.count) == [0, 2])
        #expect(document.roles.map(\.location) == ["Austin, TX", "Austin, TX"])
        #expect(document.roles[1].source.lines == 9...14)
    }

    @Test func organisationLevelWithoutDatesAndTitleLevelWithDates() throws {
        let text = """
            ## Work Experience

            ### [Vandelay](https://v.example)

            #### Engineering Manager | August 2021 - August 2024

            Led a team.

            #### Senior Software Engineer | February 2021 - July 2021

            ## Personal Projects

            ### [zipper](https://z.example)

            #### Core Developer | August 2015 - Present

            ## Education

            ### Some University

            #### Bachelor's Degree, Physics | September 2010 - June 2014
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Vandelay | Engineering Manager | 2021-08 | 2024-08", "Vandelay | Senior Software Engineer | 2021-02 | 2021-07",
        ])
        #expect(document.projects.map(\.name) == ["zipper"])
        #expect(document.projects.first?.url == "https://z.example")
        #expect(document.education.map(\.institution) == ["Some University"])
        #expect(document.education.map(\.qualification) == ["Bachelor's Degree, Physics"])
    }

    @Test func stackedTitlesAndSubheadingsAtBothLevels() throws {
        let text = """
            ## Experience

            ### Kramerica
            #### Staff Engineer (Feb 2021 - Sep 2021)
            #### Senior Engineer (Sept 2019 - Feb 2021)

            Did things.

            #### Accomplishments
            - One

            ### Pendant Publishing
            #### Developer (Oct 2011 - Aug 2012)

            ### Responsibilities
            - Fixed bugs
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Kramerica | Staff Engineer | 2021-02 | 2021-09", "Kramerica | Senior Engineer | 2019-09 | 2021-02",
            "Pendant Publishing | Developer | 2011-10 | 2012-08",
        ])
        #expect(document.roles[1].bullets.map(\.text) == ["One"])
        #expect(document.roles[2].bullets.map(\.text) == ["Fixed bugs"])
        #expect(document.roles[2].source.lines == 12...16)
    }

    @Test func titleCommaCompanyYearsLines() throws {
        let text = """
            ## Experience

            Software Engineer, Acme Corp (2015-2018):
            Built the billing system.

            Intern, Initech (2014 - 2015):
            Tested things.
            """
        #expect(try roles(text) == ["Acme Corp | Software Engineer | 2015 | 2018", "Initech | Intern | 2014 | 2015"])
    }

    @Test func titleAtCompanyInALine() throws {
        let text = """
            ## Career

            - Senior Developer at Dunder Mifflin, Jan 2019 - Present
              - Sold paper
            - Developer at Vance Refrigeration, 2015 - 2018
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Dunder Mifflin | Senior Developer | 2019-01 | present", "Vance Refrigeration | Developer | 2015 | 2018",
        ])
        #expect(document.roles[0].bullets.map(\.text) == ["Sold paper"])
    }

    @Test func datedEntriesMakeRolesWhenNoSectionSaysExperience() throws {
        let text = """
            # Jane Doe

            ## Where I worked

            ### Acme
            Engineer | 2019 - 2021

            ## Hobbies

            - Chess
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == ["Acme | Engineer | 2019 | 2021"])
        #expect(document.person.name == "Jane Doe")
        #expect(document.sections.map(\.title) == ["Hobbies"])
    }

    @Test func educationOfTheSameShapeIsNotARole() throws {
        let text = """
            # Experience

            ## [Acme](https://acme.example)

            **Engineer**<br/>
            2019 - 2021

            # Education

            ## [State University](https://su.example)

            **Bachelor of Science, Electrical Engineering**<br/>
            December 2014
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.count == 1)
        #expect(document.education.first?.institution == "State University")
        #expect(document.education.first?.qualification == "Bachelor of Science, Electrical Engineering")
        #expect(document.education.first?.dates?.start == PartialDate(year: 2014, month: 12))
    }

    @Test func skillsFromLabelledLinesBulletsAndProse() throws {
        let text = """
            ## Skills

            **Languages**: Python, Go & some Rust
            - **Databases**: Postgres, Redis
            - Tools
              - Docker
              - k8s

            ### Leadership

            I am happy to take charge when someone needs to lead.
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.skills.map(\.name) == ["Languages", "Databases", "Tools", "Leadership"])
        #expect(document.skills[0].skills.map(\.text) == ["Python", "Go", "Rust"])
        #expect(document.skills[1].skills.map(\.name) == ["PostgreSQL", "Redis"])
        #expect(document.skills[2].skills.map(\.name) == ["Docker", "Kubernetes"])
        #expect(document.skills[3].skills.map(\.text) == ["Leadership"])
    }

    @Test func otherSectionsAreKeptWithTheirItems() throws {
        let text = """
            ## Experience

            ### Acme
            Engineer • 2019 – 2020

            ## Certifications

            - AWS Solutions Architect

            ## Volunteering

            Taught kids to code.

            ## Something Else

            | a | b |
            |---|---|
            | 1 | 2 |
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.sections.map(\.title) == ["Certifications", "Volunteering", "Something Else"])
        #expect(document.sections.map(\.kind) == [.certifications, .volunteering, .other])
        #expect(document.sections[2].items.map(\.text) == ["a | b", "1 | 2"])
        #expect(document.headings.map(\.title) == ["Experience", "Certifications", "Volunteering", "Something Else"])
    }

    @Test func frontMatterGivesThePersonAndKeepsLineNumbers() throws {
        let text = """
            ---
            name: Jane Doe
            label: Site Reliability Engineer
            email: jane@example.com
            ---
            ## Experience

            ### Acme
            Engineer • 2019 – 2020
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.person.name == "Jane Doe")
        #expect(document.person.label == "Site Reliability Engineer")
        #expect(document.person.email == "jane@example.com")
        #expect(document.person.sources[.name]?.start.line == 2)
        #expect(document.headings.first?.source.start.line == 6)
        #expect(document.roles.first?.source.lines == 8...9)
    }

    @Test func unreadableFrontMatterIsANoteNotAFailure() throws {
        let text = "---\nname: [unclosed\n---\n## Experience\n"
        let document = try MarkdownCVParser().parse(text)
        #expect(document.notes.contains { $0.kind == .other })
        #expect(document.headings.first?.source.start.line == 4)
    }

    @Test func headerAreaGivesContactsAndSummary() throws {
        let text = """
            # John Smith

            *Backend Engineer*

            London, UK | [john@example.com](mailto:john@example.com) | +44 20 7946 0958 | [GitHub](https://github.com/js)

            I build distributed systems and care about reliability, observability and the people who run them at night.

            ## Experience
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.person.name == "John Smith")
        #expect(document.person.label == "Backend Engineer")
        #expect(document.person.email == "john@example.com")
        #expect(document.person.phone == "+44 20 7946 0958")
        #expect(document.person.location == "London, UK")
        #expect(document.person.links.map(\.url) == ["https://github.com/js"])
        #expect(document.summary?.source.lines == 7...7)
    }

    @Test func htmlDefinitionListRolesWithLinesAndBrokenTags() throws {
        let text = """
            ## Experience

            <dl>
                <dt><span>June 2013 &#151; Present</span> Principal Engineer at <a href="http://x.example">Xco</a></dt>
                <dd>

                    <p>Did things.</p>
                    <ul><li>One <b>thing</b></li>
                    <li>Two</li></ul>
                <dt>September 2004 &mdash; September 2008 Freelance Web Developer</dt>
                <dd><p>Clients/p></p></dd>
            </dl>
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            // No employer named: the self-employment word stands where it would (as the corpus key reads it).
            "Xco | Principal Engineer | 2013-06 | present", "Freelance | Freelance Web Developer | 2004-09 | 2008-09",
        ])
        #expect(document.roles[0].dates?.text == "June 2013 — Present")
        #expect(document.roles[0].bullets.map(\.text) == ["One thing", "Two"])
        #expect(document.roles[0].bullets.map(\.source.start.line) == [8, 9])
        #expect(document.roles[0].text.first?.source.start.line == 7)
        let broken = document.notes.filter { $0.kind == .htmlBroken }
        #expect(broken.contains { $0.source?.start.line == 5 })  // <dd> closed by the next <dt>
        #expect(broken.contains { $0.source?.start.line == 11 && $0.message.contains("/p>") })
    }

    @Test func hiddenHTMLMakesNoRoles() throws {
        let text = """
            ## Experience

            <!--
            ### Secret Corp
            Engineer • 2001 – 2002
            -->

            <div style="display: none">
            <h3>Hidden Inc</h3>
            <p>Engineer • 2003 – 2004</p>
            </div>

            ### Acme
            Engineer • 2019 – 2020
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == ["Acme | Engineer | 2019 | 2020"])
        #expect(document.notes.filter { $0.kind == .htmlBroken }.isEmpty)
    }

    @Test func nestedBulletsAreChildren() throws {
        let text = """
            ## Experience
            ### Acme
            Engineer • 2019 – 2020

            - Top
              - Child
                - Grandchild
            - Second
            """
        let role = try #require(try MarkdownCVParser().parse(text).roles.first)
        #expect(role.bullets.map(\.text) == ["Top", "Second"])
        #expect(role.bullets[0].children.map(\.text) == ["Child"])
        #expect(role.bullets[0].children[0].children.map(\.text) == ["Grandchild"])
        #expect(role.bullets[0].source.lines == 5...5)
        #expect(role.bullets[0].children[0].source == SourceRange(line: 6, column: 3, endLine: 6, endColumn: 9))
    }

    @Test func jobsNestedUnderAKindOfWorkKeepTheirOwnEmployers() throws {
        let text = """
            ## Experience
              * Oct 2018 - May 2022 — Logistics Manager in Northwind Freight
                * Found new customers;
              * Sep 2011 - Sep 2018 — Part-time work at school and university
                 * 2011-2013 — Assistant in the chess club "Rook";
                 * 2017 — Waitress in Blue Harbour Diner;
                 * 2017-2018 — Usher-controller in Lake-Arena.
            """
        #expect(try roles(text) == [
            "Northwind Freight | Logistics Manager | 2018-10 | 2022-05", "chess club \"Rook\" | Assistant | 2011 | 2013",
            "Blue Harbour Diner | Waitress | 2017 | 2017", "Lake-Arena | Usher-controller | 2017 | 2018",
        ])
    }

    @Test func aHyphenBetweenTwoTitlesQualifiesOneTitle() throws {
        let text = """
            ## Experience

            ### Initech | Billing Developer - Specialist 3

            Apr 2023 - May 2024
            """
        #expect(try roles(text) == ["Initech | Billing Developer - Specialist 3 | 2023-04 | 2024-05"])
    }

    @Test func aThreePartHeadingIsReadOrganisationFirstAsTheSectionsOthers() throws {
        let text = """
            ## Past Experience

            ### Globex - Senior Support Engineer

            June 2016 - Sept 2017

            ### Initech - Data Advisor

            Jan 2016 - Sept 2017

            ### Hooli - Operational DBA - Managed Services

            Sept 2011 - Feb 2014

            ### Vandelay - PHP developer

            Jan 2008 - Aug 2008
            """
        #expect(try roles(text) == [
            "Globex | Senior Support Engineer | 2016-06 | 2017-09", "Initech | Data Advisor | 2016-01 | 2017-09",
            "Hooli | Operational DBA - Managed Services | 2011-09 | 2014-02", "Vandelay | PHP developer | 2008-01 | 2008-08",
        ])
    }

    @Test func undatedSubheadingsUnderADatedHeadingAreEntriesOfIt() throws {
        let text = """
            ## Professional Experience

            ### Early Career Sept. 1997 - Oct 2001

            #### Globex

            I started work at a firm called Globex.

            #### Initech

            Next I worked for Initech on their website.

            ### Hooli May 2016 - Dec 2018

            #### Application Developer (Advisor)

            I built dashboards.

            #### Research Team: Adaptive Layouts (Advisor)

            I moved within the bank.

            ### Banco Suisse Oct. 2014 - May 2016

            #### Advisor

            I rewrote a data layer.
            """
        #expect(try roles(text) == [
            "Globex | - | 1997-09 | 2001-10", "Initech | - | 1997-09 | 2001-10",
            "Hooli | Application Developer (Advisor) | 2016-05 | 2018-12",
            "Hooli | Research Team: Adaptive Layouts (Advisor) | 2016-05 | 2018-12",
            "Banco Suisse | Advisor | 2014-10 | 2016-05",
        ])
    }

    @Test func aTableOfStacksUnderAJobNamesNoEntryAndABracketedAddressIsNoField() throws {
        let text = """
            ### Career

            #### » Programador

            Globex Sistemas e tecnologia - Campinas SP - Remoto <small><a href="https://globex.example/">[www.globex.example]</a></small>

            Como programador, implemento novos recursos e mantenho os sistemas da empresa.

            <table>
              <thead><tr><th>Frontend</th><th>Backend</th></tr></thead>
              <tbody>
                <tr><td><em>Vanilla JS</em></td><td><em>Java 8</em></td></tr>
                <tr><td><em>Html5</em></td><td><em>Javax</em></td></tr>
              </tbody>
            </table>

            #### » Engenheiro de software

            Initech Planejamento - Joinville - SC <small><a href="https://initech.example/">[www.initech.example]</a></small>

            Trabalhei no time responsável pela arquitetura do sistema.
            """
        let found = try MarkdownCVParser().parse(text).roles.map { "\($0.organisation ?? "-") | \($0.title ?? "-")" }
        #expect(found == ["Globex Sistemas e tecnologia | Programador", "Initech Planejamento | Engenheiro de software"])
    }

    @Test func creditsUnderASubheadingNamingWorksAreProjects() throws {
        let text = """
            ## Artistic experience

            ### Theatre

            - **2016-2020** Actor - scripted theatre
              - [Northtown Drama Centre](https://drama.example/)

            ### Short films

            - **2022** The Lantern, written and directed by Sam Field
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == ["Northtown Drama Centre | Actor - scripted theatre | 2016 | 2020"])
        #expect(document.projects.map(\.name) == ["The Lantern"])
    }

    @Test func aHeaderRowThatHoldsADateIsTheTablesFirstRole() throws {
        let text = """
            ## Work Experience

            | 2016–today | **Co-founder** | Globex |
            | --- | --- | --- |
            | 2013–2016 | **Art Director** | Initech |
            """
        #expect(try roles(text) == ["Globex | Co-founder | 2016 | present", "Initech | Art Director | 2013 | 2016"])
    }

    @Test func textUnderABoldTitleInATableCellIsTheRolesDescription() throws {
        let text = """
            ## Work Experience

            | Period | Role | Company |
            | --- | --- | --- |
            | 2017–2022 | **Founder and Director** <br>Founded and managed the print studio for artists. | Globex Print |
            | 2011–2013 | **Graphic Designer**<br>Motion and graphic design for clients from the arts. | Freelance terms |
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Globex Print | Founder and Director | 2017 | 2022", "Freelance terms | Graphic Designer | 2011 | 2013",
        ])
        #expect(document.roles.first?.text.map(\.text) == ["Founded and managed the print studio for artists."])
    }

    @Test func engagementsUnderAFreelanceRoleAreItsProjects() throws {
        let text = """
            ## Freelance Experience

            **Software Engineer – Freelance (B2B)** | Dec 2021 – Present

            ### Lead Developer – Warehouse Robot Firmware

            Jan 2025 – Mar 2026

            * Wrote the motor drivers

            ### Build Engineer – Toolchain Speed-up

            Jan 2024 – Oct 2024

            * Halved the build time

            ## Prior Employment

            ### Developer – Initech

            Aug 2019 – Sep 2020
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Freelance (B2B) | Software Engineer | 2021-12 | present", "Initech | Developer | 2019-08 | 2020-09",
        ])
        #expect(document.projects.map(\.name) == ["Warehouse Robot Firmware", "Toolchain Speed-up"])
    }

    @Test func anOverviewTableRepeatedByDetailedSectionsIsReadOnce() throws {
        let text = """
            ## Career overview

            | Period | Career |
            | --- | --- |
            | 2021/04~present | Initech Corp Engineer |
            | 2017/04~2021/03 | Northtown University, statistics |
            | 2019/05~2021/03 | Globex Ltd CTO |

            ## Career details

            ### Initech Corp 2021/04~present

            Role: Engineer

            - Built the front end
            - Wrote tests

            ### Globex Ltd 2019/05~2021/03

            Role: CTO

            - Founded the team
            """
        #expect(try roles(text) == ["Initech Corp | Engineer | 2021-04 | present", "Globex Ltd | CTO | 2019-05 | 2021-03"])
    }
}

@Suite("Markdown front matter and headless CVs")
struct MarkdownFrontMatterTests {
    /// A site's CV page: front matter for the site, a template tag, then setext sections. The tag is markup, not
    /// the author's name.
    @Test func aTemplateTagIsNoName() throws {
        let text = """
            ---
            layout: archive
            title: "CV"
            ---

            {% include author_card %}

            Work experience
            ======
            * Fall 2015: Research Assistant
              * Brookfield University
              * Duties included: Sampling
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.person.name == nil)
        #expect(document.roles.map { "\($0.organisation ?? "") | \($0.title ?? "")" } == ["Brookfield University | Research Assistant"])
    }

    @Test func aRuleFollowedByProseIsNotFrontMatter() throws {
        let text = "---\nHello, I am Jane.\n---\n## Experience\n### Acme\nEngineer • 2019 – 2020\n"
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.count == 1)
        #expect(document.notes.isEmpty)
    }

    @Test func yamlAliasesAreRefusedNotExpanded() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<12 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i == 1 ? "" : String(i - 1))", count: 10).joined(separator: ", ") + "]\n" }
        let document = try MarkdownCVParser().parse("---\n" + yaml + "---\n## Experience\n")
        #expect(document.notes.contains { $0.message.contains("aliases") })
        #expect(document.headings.map(\.title) == ["Experience"])
    }

    @Test func aCVWithoutSectionHeadingsStillGivesItsDatedRoles() throws {
        let text = """
            Jane Doe

            - Senior Developer at Dunder Mifflin, Jan 2019 - Present
            - Developer at Vance Refrigeration, 2015 - 2018
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.person.name == "Jane Doe")
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Dunder Mifflin | Senior Developer | 2019-01 | present", "Vance Refrigeration | Developer | 2015 | 2018",
        ])
    }

    @Test func theReaderDetectsAndParsesTheSeedWithFrontMatter() throws {
        guard let text = MarkdownTestCorpus.text("seeds/000_fb3b53788010aff8.txt") else { return }  // ../shared absent
        // Named `.txt`, its front matter shows it is Markdown (plain text never opens with front matter); without a
        // known extension too.
        #expect(CVReader.detectFormat(text: text, path: "000_fb3b53788010aff8.txt") == .markdown)
        let document = try CVReader.parse(text: text, path: "000_fb3b53788010aff8")
        #expect(document.format == .markdown)
        #expect(document.roles.count == 5)
    }

    /// Front matter of pandoc CV templates: the name in `firstname` / `lastname`, user names on networks
    /// (`github: jdoe`, `linkedin_username: jdoe`) as the addresses of their profiles.
    @Test func frontMatterFirstAndLastNameAndNetworkUserNames() throws {
        let doc = try MarkdownCVParser().parse("""
            ---
            firstname: Jane
            lastname: Doe
            github: jdoe
            linkedin_username: jane-doe
            homepage: example.org
            ---

            # Employment

            - **Acme**, 2019 - current, *Engineer*
            """)
        #expect(doc.person.name == "Jane Doe")
        #expect(Set(doc.person.links.map(\.url)) == ["example.org", "https://github.com/jdoe", "https://www.linkedin.com/in/jane-doe"])
    }

    /// `<!-- Internships -->` over `## Org` headings: comments alone on their lines that name sections divide a
    /// document whose headings name none; the comments' sections decide what the entries are (volunteering: no role).
    @Test func commentsThatNameSectionsDivideADocumentOfEntryHeadings() throws {
        let text = """
            <!-- Internships -->
            ## Acme Labs
            - *Web Developer Intern* | May'23 - June'23
            - Built a landing page.

            ## Initech
            - *Data Intern* | Dec'22 - Jan'23
            - Cleaned data.

            <!-- Volunteering -->
            ## Northtown Coding Community
            - *Organiser* | Mar'23 - Present
            - Ran weekly sessions.
            """
        #expect(try MarkdownCVParser().parse(text).roles.map(MarkdownExpectedRole.of) == ["Acme Labs | Web Developer Intern | 2023-05 | 2023-06", "Initech | Data Intern | 2022-12 | 2023-01"])
        // A comment that names nothing, or a document whose headings name its sections, keeps the headings' reading.
        let named = """
            ## Experience
            <!-- Volunteering -->
            ### Acme Labs, Web Developer Intern, 2023
            ## Education
            <!-- Projects -->
            ### BSc, Northtown University, 2022
            """
        #expect(try MarkdownCVParser().parse(named).roles.map(MarkdownExpectedRole.of) == ["Acme Labs | Web Developer Intern | 2023 | 2023"])
    }
}
