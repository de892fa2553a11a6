import Testing
@testable import CVCore

/// Entry layouts read from cues of the body and of the list (made-up CVs, one rule each).
@Suite("Markdown entry cues")
struct MarkdownEntryCueTests {
    func roles(_ text: String) throws -> [String] {
        try MarkdownCVParser().parse(text).roles.map(MarkdownExpectedRole.of)
    }

    @Test func titleFromALabelledItemOfTheBody() throws {
        let text = """
            ## Experience

            ### Acme (2021. 03. - 2023. 05.)

            - Domain: logistics
            - Position: Backend Developer (team of four)
            - Duties:
              - Built the billing service.
              - Ran the on-call rota.
            - Stack: Go, Postgres, Redis, Kafka, Docker, Terraform, AWS, GitHub Actions, Grafana, Prometheus, Sentry

            ### Initech (2019. 01. - 2021. 02.)

            - Position: Web Developer
            - Duties:
              - Kept the shop running.
            """
        #expect(try roles(text) == ["Acme | Backend Developer | 2021-03 | 2023-05", "Initech | Web Developer | 2019-01 | 2021-02"])
        let role = try #require(try MarkdownCVParser().parse(text).roles.first)
        #expect(role.bullets.map(\.text) == ["Built the billing service.", "Ran the on-call rota."])
        #expect(role.text.map(\.text).contains("Domain: logistics"))
    }

    /// `**Org** - Town, ST` / `Position: *Title*` / `Summary of Duties:`: the labelled line gives the title, the town
    /// (even one whose name holds a title word) is the location, and a name beside the organisation is its second name.
    @Test func labelledTitleUnderAHeaderOfNameAndTown() throws {
        let text = """
            ## Work

            May, 2012 - Sept, 2014: **Lattice Modelling Group** - Northfield University  
            Position: *Undergraduate Researcher*  
            Summary of Duties:

            * Wrote a parser.

            May, 2009 - Aug, 2010: **Bayou Paddle Outfitters** - Pelican Head Island, SC  
            Position: *Kayak Guide*  
            Summary of Duties:

            * Led tours.

            Jan, 2005 - Aug, 2009: **Pelican Head Boat and River Tours** - Pelican Head Island, SC  
            Position: *Deckhand - Guide*  
            Summary of Duties:

            * Kept passengers safe.
            """
        let roles = try MarkdownCVParser().parse(text).roles
        #expect(roles.map(MarkdownExpectedRole.of) == [
            "Lattice Modelling Group, Northfield University | Undergraduate Researcher | 2012-05 | 2014-09",
            "Bayou Paddle Outfitters | Kayak Guide | 2009-05 | 2010-08",
            "Pelican Head Boat and River Tours | Deckhand - Guide | 2005-01 | 2009-08",
        ])
        #expect(roles.map(\.location) == [nil, "Pelican Head Island, SC", "Pelican Head Island, SC"])
        #expect(roles[0].text.map(\.text) == ["Position: Undergraduate Researcher", "Summary of Duties:"])
    }

    /// `### **University of X, Eastside**` / `* **B.S. in Computer Science**`: the first item names the degree.
    @Test func degreeInTheFirstItemUnderTheSchool() throws {
        let text = """
            ## Education

            ### **University of Northfield, Eastside**
            *Northfield, MN* | *2014 – 2018*

            * **B.S. in Computer Science**
            * *Relevant Coursework:* Data Structures, Algorithms
            """
        let school = try #require(try MarkdownCVParser().parse(text).education.first)
        #expect(school.institution == "University of Northfield, Eastside")
        #expect(school.qualification == "B.S. in Computer Science")
        #expect(school.bullets.map(\.text) == ["Relevant Coursework: Data Structures, Algorithms"])
    }

    /// `# Name` / `## Software Developer` / contact line: the post under the name is the headline, not a section, and
    /// its lines give the contact details; `[Name](own page)` at the top is the name.
    @Test func headlineHeadingUnderTheNameAndANameThatLinks() throws {
        let doc = try MarkdownCVParser().parse("""
            # Dana Coder

            ## Software Developer

            dana@example.com | (555) 555-0199

            ## Experience

            ### Senior Developer at Quillfeather Systems

            January 2018 - Present

            - Led the move to queues.
            """)
        #expect(doc.person.name == "Dana Coder")
        #expect(doc.person.label == "Software Developer")
        #expect(doc.person.email == "dana@example.com")
        #expect(doc.headings.map(\.title) == ["Experience"])
        #expect(doc.roles.map(MarkdownExpectedRole.of) == ["Quillfeather Systems | Senior Developer | 2018-01 | present"])
        let linked = try MarkdownCVParser().parse("""
            [Dana Coder](https://dana.example.org/) | dana@example.com

            ## Experience

            ### Senior Developer at Quillfeather Systems, 2018 - Present
            """)
        #expect(linked.person.name == "Dana Coder")
    }

    /// Every line of an entry is read somewhere: a header line that names no field (`Adviser: …`) and a theme's heading
    /// inside the body are the entry's text, so a change to them is seen.
    @Test func noLineOfAnEntryIsLost() throws {
        let doc = try MarkdownCVParser().parse("""
            ## Experience

            ### Staff Engineer, Quillfeather Systems (2019 - 2023)

            - Ran the platform team.

            #### Platform work

            - Moved the queues to a managed service.

            ## Education

            **Northfield University**, PhD in Physics, 2014 - 2019  
            Adviser: Prof. Ada Example
            """)
        let role = try #require(doc.roles.first)
        #expect(role.text.map(\.text).contains("Platform work"))
        #expect(role.bullets.map(\.text) == ["Ran the platform team.", "Moved the queues to a managed service."])
        let school = try #require(doc.education.first)
        #expect(school.bullets.map(\.text).contains { $0.contains("Ada Example") })
    }

    /// `Expected Graduation: May 2020`, `GPA: 3.9`: what is left of a date's or a grade's label is no degree.
    @Test func dateAndGradeLabelsNameNoDegree() throws {
        let text = """
            ## Education

            **Maple Grove High School** | Maple Grove, MN | Expected Graduation: May 2020

            **Northfield College** | Northfield, MN | GPA: 3.9 | 2016-2019
            """
        let schools = try MarkdownCVParser().parse(text).education
        #expect(schools.map(\.institution) == ["Maple Grove High School", "Northfield College"])
        #expect(schools.map(\.qualification) == [nil, nil])
        #expect(schools.map(\.location) == ["Maple Grove, MN", "Northfield, MN"])
    }

    @Test func organisationOnTheNameItemUnderADatedItem() throws {
        let text = """
            ## Experience

            - **since 2020** Actor - street theatre
              - [The Lanterns](https://lanterns.example)
              - Shows in town squares
            - **2013-2017** Singer: jazz
              - Blue Notes Choir
            - **2010-2012** Stage hand
              - Set up lights and sound
            """
        #expect(try roles(text) == [
            "The Lanterns | Actor - street theatre | 2020 | present", "Blue Notes Choir | Singer: jazz | 2013 | 2017",
            "- | Stage hand | 2010 | 2012",
        ])
        let role = try #require(try MarkdownCVParser().parse(text).roles.first)
        #expect(role.bullets.map(\.text) == ["Shows in town squares"])
    }

    @Test func pandocDefinitionListsWithDateTermsAndInstitutionTerms() throws {
        let text = """
            ## Professional career

            From March 2022
            : **Lecturer** at the [Department of Physics](https://phys.example), University of Northtown

            2015--2022
            :   Statistician to the (U.K.) Office for Coastal Surveys.

            ## Education

            Northtown University, Northtown

            :   Physics, MSc; 2014.

            ## Field work

            - 2012: three weeks of glacier surveys, as team leader.
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Department of Physics, University of Northtown | Lecturer | 2022-03 | present",
            "(U.K.) Office for Coastal Surveys. | Statistician | 2015 | 2022",
        ])
        #expect(document.education.map(\.institution) == ["Northtown University"])
        #expect(document.education.first?.dates?.start?.year == 2014)
    }

    @Test func hugoShortcodesWithADateAreEntryHeadersAndTheBodyOpensWithTheTitle() throws {
        let text = """
            ## Experience

            {{< timeline >}}

            {{< entryHeading Acme "Springfield, September 2019 to present" >}}

            {{< tagGroup "CoffeeScript" Go AWS >}}

            Software Engineer (Payments) within the customer team.

            - Built the ledger.

            [Visit Acme](https://acme.example)

            {{< entryHeading "Beta Labs" "Shelbyville, March 2017 to July 2019" >}}
            Junior platform developer working on the mobile apps.

            {{< timelineItem header="Gamma | Game Developer" badge="Freelance" subheader="Aug 2016 - Dec 2016" >}}
            Led a team of engineers.
            {{< /timelineItem >}}
            {{< /timeline >}}
            """
        #expect(try roles(text) == [
            "Acme | Software Engineer (Payments) | 2019-09 | present", "Beta Labs | Junior platform developer | 2017-03 | 2019-07",
            "Gamma | Game Developer - Freelance | 2016-08 | 2016-12",
        ])
        let role = try #require(try MarkdownCVParser().parse(text).roles.first)
        #expect(role.location == "Springfield")
        #expect(role.bullets.map(\.text) == ["Built the ledger."])
    }

    @Test func aSentenceThatOpensWithAVerbOrAnArticleGivesNoTitle() {
        #expect(EntryFinder.leadingTitle("Junior platform developer looking after the apps.") == "Junior platform developer")
        #expect(EntryFinder.leadingTitle("Software Engineer (Payments) within the team.") == "Software Engineer (Payments)")
        #expect(EntryFinder.leadingTitle("Led a team of engineers.") == nil)
        #expect(EntryFinder.leadingTitle("A team of engineers was led.") == nil)
        #expect(EntryFinder.leadingTitle("Worked on payments.") == nil)
    }

    @Test func liquidCommentsHideTheirEntriesAndNameLinesMayEndWithAFullStop() throws {
        let text = """
            ## Work experience
            **Web designer**{: .role} // 08.2017 -- 03.2018  
            [*The Cog.*](https://cog.example){: .employer}  
            Designed sites and wrote the style guide for the whole team of the agency.  

            **Print designer**{: .role} // 2012 -- 2013  
            *Northern Print Works* -- *Press Shop S.A.*{: .employer}  
            Prepared artwork for print, and ran the press with the whole team of the shop.  

            **Freelance designer**{: .role} // 2010 -- 2012  
            Self-managed projects for local shops and for the theatres of the town.  

            {% comment %}
            **Photographer**{: .role} // 2009  
            *Hidden Studio*{: .employer}  

            **Magazine designer** // 2008 -- 2009  
            {% endcomment %}
            """
        #expect(try roles(text) == [
            "The Cog. | Web designer | 2017-08 | 2018-03", "Northern Print Works | Print designer | 2012 | 2013",
            "Freelance | Freelance designer | 2010 | 2012",
        ])
    }

    @Test func degreesListedAmongJobsAreEducation() throws {
        let text = """
            ## Experience & Education

            ### 2024 - Now: Research Assistant, Northtown Centre for AI

            Improving speech models.

            ### 2023 - Now: MSc in Data Science at the School of Engineering, Northtown University

            Started in September 2023 and will be completed by July 2026 (part-time studies).

            ### 2019 - 2022: IT System Operations, Hostco AG

            Ran the servers.

            ### 2015 - 2019: Swiss Vocational Certificate in Office Administration
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Northtown Centre for AI | Research Assistant | 2024 | present", "Hostco AG | IT System Operations | 2019 | 2022",
        ])
        #expect(document.education.map(\.qualification) == [
            "MSc in Data Science", "Swiss Vocational Certificate in Office Administration",
        ])
        #expect(document.education.first?.institution?.contains("Northtown University") == true)
    }

    @Test func tableHeaderRowsNameTheColumnsAndProjectTablesAreProjects() throws {
        let text = """
            ## Experience

            ### Software Engineer – Initrode Poland (for a client)

            **Kraków, Poland / Remote** | Aug 2019 – Sep 2020

            * Wrote firmware.

            ### Other Projects

            | Project | Role | Period | Technologies |
            |---|---|---|---|
            | Label Printer | Firmware Engineer | Jan–Apr 2024 | C++20, MQTT |

            ### Other Employment

            | Company | Role | Period | Technologies |
            |---|---|---|---|
            | Umbrella GmbH | Embedded Developer | Sep 2020–Mar 2021 | ESP32, MQTT |
            | Vandelay | IoT Engineer | May 2018–Jul 2019 | Zigbee, MQTT |
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Initrode Poland (for a client) | Software Engineer | 2019-08 | 2020-09", "Umbrella GmbH | Embedded Developer | 2020-09 | 2021-03",
            "Vandelay | IoT Engineer | 2018-05 | 2019-07",
        ])
        #expect(document.projects.map(\.name) == ["Label Printer"])
        #expect(document.projects.first?.role == "Firmware Engineer")
    }

    @Test func theNameRightAfterATitleIsNeverPartOfThePlace() throws {
        let text = """
            ## Experience

            ### Senior Software Engineer, Brightlane, Medellin Colombia *(Jul 2024 - Present)*

            ### Sr Software Engineer, Cartwheel, CA, US *(Mar 2014 - May 2015)*
            """
        #expect(try roles(text) == [
            "Brightlane | Senior Software Engineer | 2024-07 | present", "Cartwheel | Sr Software Engineer | 2014-03 | 2015-05",
        ])
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(\.location) == ["Medellin Colombia", "CA, US"])
    }

    @Test func aSectionHeadingNamesTheTitleAndTermsOfEmploymentAreNoFields() throws {
        let text = """
            # Experience as Senior Perl Developer

            **January 2022 - present**; employed

             - Maintained the middleware.

            ## Vandelay.net

            **January 2019 - August 2021**; remote, part-time

            ## Globex - Threat Detection

            **February 2013 - December 2015**; remote
            """
        #expect(try roles(text) == [
            "- | Senior Perl Developer | 2022-01 | present", "Vandelay.net | Senior Perl Developer | 2019-01 | 2021-08",
            "Globex - Threat Detection | Senior Perl Developer | 2013-02 | 2015-12",
        ])
    }

    @Test func aBoldTitleOverAStackOfDatedItemsIsTheirTitle() throws {
        let text = """
            ## Experience

            **Researcher**
            - University of Northtown, Department of Physics, Chair of Optics, September 2018 – August 2024
            - Southtown University, Physics Department, Chair of Lasers, March 2021 – September 2021

            **Lecturer**
            - Institute of Finance, IF, Certified Advisor Programme, March 2019 – September 2022
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "University of Northtown | Researcher | 2018-09 | 2024-08", "Southtown University | Researcher | 2021-03 | 2021-09",
            "Institute of Finance | Lecturer | 2019-03 | 2022-09",
        ])
        #expect(document.roles.map(\.group) == [1, 2, 3])
        #expect(document.roles[1].source.lines == 5...5)
    }

    @Test func underAnOrganisationHeadingThePartAfterTheTitleIsTheTown() throws {
        let text = """
            ## Experience

            ### NORTHERN BANK OF AFRICA
            #### Design Lead, Lagos, Nigeria | Jan 2020 - Nov 2021
            Directed the design strategy.

            ### GLOBEX PLC
            #### Product Designer, Accra, Ghana | Jan 2014 - Jan 2020
            Designed the lending app.
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "NORTHERN BANK OF AFRICA | Design Lead | 2020-01 | 2021-11", "GLOBEX PLC | Product Designer | 2014-01 | 2020-01",
        ])
        #expect(document.roles.map(\.location) == ["Lagos, Nigeria", "Accra, Ghana"])
    }

    @Test func threeLetterCountryCodesArePlaces() {
        #expect(WordClasses.isPlace("Bogota, COL."))
        #expect(WordClasses.isPlace("Lyon, FRA"))
        #expect(!WordClasses.isPlace("Caravan Works"))
    }

    @Test func htmlTableCellsSpanningRowsBelongToEachRow() throws {
        let text = """
            ## Experience

            <table>
              <tbody>
                <tr>
                  <td rowspan="3"><a href="https://globex.example/">Globex Group</a></td>
                  <td>Web Developer<br />2006 - 2007</td>
                  <td rowspan="3">05/1999 - 08/2007</td>
                  <td rowspan="3">Omaha, NE</td>
                </tr>
                <tr>
                  <td>Programmer III<br/>2002 - 2006</td>
                </tr>
                <tr>
                  <td>Programmer II<br />1999 - 2002</td>
                </tr>
              </tbody>
            </table>
            """
        #expect(try roles(text) == [
            "Globex Group | Web Developer | 2006 | 2007", "Globex Group | Programmer III | 2002 | 2006",
            "Globex Group | Programmer II | 1999 | 2002",
        ])
    }

    @Test func severalRolesInOneSentenceAreOneRoleASpan() throws {
        let text = """
            ## Experience

            ### [Initech, Inc.](https://initech.example)

            Engineer (May 2017 to Present), Engineering Manager (Dec. 2019 to
            May 2022), Tech Lead (Jun. 2022 to Feb. 2023 and Oct. 2024 to Present),
            and Scrum Master (May 2023 to Sep. 2024).

            Worked on optimisation (mostly in Python), and on simulators (in C++).
            """
        #expect(try roles(text) == [
            "Initech, Inc. | Engineer | 2017-05 | present", "Initech, Inc. | Engineering Manager | 2019-12 | 2022-05",
            "Initech, Inc. | Tech Lead | 2022-06 | 2023-02", "Initech, Inc. | Tech Lead | 2024-10 | present",
            "Initech, Inc. | Scrum Master | 2023-05 | 2024-09",
        ])
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(\.source.start.line) == [5, 5, 6, 6, 7])
    }

    @Test func aNameWrappedAfterAConnectorIsOneName() throws {
        let document = try MarkdownCVParser().parse("""
            ## Education

            `2009` **M.Sc., Marine Ecology**, *University of
            Northtown 2*, Northtown, France

            `2007` **B.Sc., Biology**, *Southville Institute of Science*,
            Southville, France
            """)
        #expect(document.education.map(\.institution) == ["University of Northtown 2", "Southville Institute of Science"])
        #expect(document.education.first?.source.start.line == 3)
        #expect(document.education.first?.source.end.line == 4)
    }

    @Test func theSchoolOnTheDegreesNextLine() throws {
        let document = try MarkdownCVParser().parse("""
            ## Education

            * Mar. 2007: Master of Media Studies (Course: Networks),
              Graduate School of Media Studies, Northtown University.

            * Mar. 2005: Bachelor of Arts in Policy,
              Faculty of Policy, Northtown University.
            """)
        #expect(document.education.map(\.institution) == [
            "Graduate School of Media Studies, Northtown University", "Faculty of Policy, Northtown University",
        ])
    }

    /// An academic page's list: `* Season Year - now` alone over nested items, the first naming title and place of
    /// work (`Title at Org`); or `* Dates: Title` over a nested item naming the organisation, with its place or as a
    /// team at an organisation.
    @Test func nestedItemsNameTheEntryOfTheirDates() throws {
        let text = """
            ---
            title: "Profile"
            ---

            Work experience
            ======
            * **Fall 2024 - now**
              * Research student at [Northfield Lab](https://example.org/)
              * Working on faster image search
            * **Summer 2023 - Fall 2023**
              * Visiting Student at Southville Institute
              * Built a sensor rig
            * From March 2021 to 2023: Post-doctoral researcher
              * Pelham Center for Applied Robotics (PCAR), Kobe, Japan
              * Supervisor: Prof. A. Smith
            * Graduate Research Assistant (August 2019 – May 2021)
              * Optics group at the University of Westland
              * Built a microscope

            Education
            ======
            * M.S. in Bioengineering, University of Westland at Eastford, 2019
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Northfield Lab | Research student | 2024 | present",
            "Southville Institute | Visiting Student | 2023 | 2023",
            "Pelham Center for Applied Robotics (PCAR) | Post-doctoral researcher | 2021-03 | 2023",
            "Optics group at the University of Westland | Graduate Research Assistant | 2019-08 | 2021-05",
        ])
        #expect(document.roles[2].location == "Kobe, Japan")
        #expect(document.roles[0].bullets.map(\.text) == ["Working on faster image search"])
        #expect(document.education.map(\.institution) == ["University of Westland at Eastford"])
        // A page named as a section names no one.
        #expect(document.person.name == nil)
    }

    /// A page of jobs with no section heading and no name: each `### Title - Org` over a line of its dates alone is a
    /// role, the first one too (not the person's name).
    @Test func headingsDatedByTheLineUnderThemAreRolesOfAnUnnamedSection() throws {
        let text = """
            ---
            layout: page
            title: Resume
            ---
            ### Head of Support - Northwind

            March 2022 - Present

            * Runs a team of six.

            ### Support Engineer - Contoso

            June 2018 - February 2022

            * Answered tickets.

            ## Education

            * BA History - Westland College - May 2018
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Northwind | Head of Support | 2022-03 | present", "Contoso | Support Engineer | 2018-06 | 2022-02",
        ])
        #expect(document.person.name == nil)
        #expect(document.education.map(\.institution) == ["Westland College"])
    }

    /// `### Org — Town, ST` over a line of prose about the organisation (dated or not), then `**Title** | dates` lines:
    /// the heading names the organisation of every title under it; the prose is the first role's text.
    @Test func proseUnderAnOrganisationsHeadingBeforeItsTitles() throws {
        let text = """
            ## Experience

            ### Northwind Traders — Springfield, IL

            *Formerly Westco; renamed in May 2020.*

            **Staff Engineer** | Apr 2021–Present

            - Ran the platform team

            **Senior Engineer** | Oct 2019–Apr 2021

            - Built the billing service

            ### Contoso — Franklin, IL

            A bakery chain with forty shops.

            **Developer** | May 2014–Jul 2015

            - Wrote the till software
            """
        let document = try MarkdownCVParser().parse(text)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Northwind Traders | Staff Engineer | 2021-04 | present", "Northwind Traders | Senior Engineer | 2019-10 | 2021-04",
            "Contoso | Developer | 2014-05 | 2015-07",
        ])
        #expect(document.roles[0].text.map(\.text) == ["Formerly Westco; renamed in May 2020."])
        #expect(document.roles[2].text.map(\.text) == ["A bakery chain with forty shops."])
    }

    /// `**Faculty of Law**, University, Town | dates` over `Teaching Associate`: a unit named `X of Y` is part of the
    /// organisation, not the post; the post is the line under the dates.
    @Test func aUnitOfAnOrganisationIsNoPost() throws {
        let document = try MarkdownCVParser().parse("""
            ## Work Experience

            **Faculty of Law**, Northfield University, Springfield | Jun 2021 -- Nov 2022
            Teaching Associate

            Tutored two first-year units.

            Professor, Department of Physics, Southfield College | 2015 -- 2021
            """)
        #expect(document.roles.map(MarkdownExpectedRole.of) == [
            "Faculty of Law, Northfield University | Teaching Associate | 2021-06 | 2022-11",
            "Department of Physics, Southfield College | Professor | 2015 | 2021",
        ])
    }

    /// A repository's name over the CV (`# cv-markdown`): not the person; `### Chargée de communication / Org` over
    /// `*Jan 2025 - Jan 2026 / Nantes (44)*`: the French post, and a town with its district number as the place;
    /// `#### Education` under the skills section: a section of its own.
    @Test func aSlugTitleFrenchPostsTownsWithDistrictsAndEducationUnderSkills() throws {
        let document = try MarkdownCVParser().parse("""
            # my-cv-page
            Made for a course

            # Camille Durand
            **Technicienne systèmes et réseaux**

            ## Expériences

            ### Chargée de communication / Office du Tourisme de Pornic
            *Jan 2025 - Jan 2026 / Nantes (44)*
            - Plans de communication.

            ## Compétences
            - Linux, Windows

            #### Education
            2004-2010 Northfield University, Master in IT Management
            """)
        #expect(document.person.name == "Camille Durand")
        #expect(document.roles.map(MarkdownExpectedRole.of) == ["Office du Tourisme de Pornic | Chargée de communication | 2025-01 | 2026-01"])
        #expect(document.roles.first?.location == "Nantes")
        #expect(document.education.map(\.institution) == ["Northfield University"])
    }

    /// `2021 - now ACME Safety Instructor`: an organisation's acronym before a title of its own is the organisation;
    /// an acronym of a field of work (`QA`, `IT`) or a technology is part of the title.
    @Test func aLeadingAcronymBeforeATitleIsTheOrganisation() throws {
        let text = """
            # Kim Doe

            ## Experience
            - 2021-present WRLD Safety Instructor
              - Ran drills for new staff
            - 2018-2021 QA Automation Engineer
              - Wrote checks for the release train
            - 2016-2018 IT Support Specialist at Harbor Mills
              - Kept the office running
            """
        #expect(try roles(text) == [
            "WRLD | Safety Instructor | 2021 | present",
            "- | QA Automation Engineer | 2018 | 2021",
            "Harbor Mills | IT Support Specialist | 2016 | 2018",
        ])
    }

    /// `### Data Engineering` over `#### Globex (Harbor Labs) February 2014-Present: Engineer, Research and Development`:
    /// a heading that names fields of work groups posts by theme, so the entry's own name is its organisation, and the
    /// fields after the title's comma are its department.
    @Test func aThemeHeadingNamingFieldsOfWorkIsNoOrganisation() throws {
        let text = """
            # Robin Vale

            ## Experience

            ### Data Engineering

            #### Globex (Harbor Labs) February 2014-Present: Software Engineer, Research and Development

            - Built a pipeline for sensor logs

            ### Science and Product Design

            #### Tidewell Studio March 2011-January 2014: Founder, Lead Designer

            - Drew the first kettle
            """
        #expect(try roles(text) == [
            "Globex (Harbor Labs) | Software Engineer, Research and Development | 2014-02 | present",
            "Tidewell Studio | Founder, Lead Designer | 2011-03 | 2014-01",
        ])
    }

    /// A dated list item that names its employer and then tells of the work in a sentence (`2014 - 2017 Harlow Labs.
    /// Built the first booking site.`): the sentence is no title or organisation, whatever the last word of the name.
    @Test func aSentenceAfterTheEmployerNamesNoField() throws {
        let text = """
            # Robin Vale

            ## Experience

            - 2017 - Present Kestrel Freight. Kept the rail yard software running.
            - 2014 - 2017 Harlow Labs. Built the first booking site.
            - 2012 - 2014 Quillon Shipping. Wrote the port schedule tool.
            """
        #expect(try roles(text) == [
            "Kestrel Freight | - | 2017 | present",
            "Harlow Labs | - | 2014 | 2017",
            "Quillon Shipping | - | 2012 | 2014",
        ])
    }

    /// A CV written without spaces: `### 星河科技，高级工程师，2022.10~2025.08` parts its fields at the full-width comma; `工程师`
    /// (engineer) and `主程` (lead programmer) name posts; a sentence ending in `。` under the dated heading is its text,
    /// whatever date it names; `已上线：` (a list's label, ending in a full-width colon) is no title. The line under the
    /// document's title, `王小明 · 数据工程师`, is the name and the post.
    @Test func fieldsOfACVWrittenWithoutSpaces() throws {
        let text = """
            # CV

            王小明 · 数据工程师

            ## 工作经历

            ### 星河科技，高级工程师，2022.10~2025.08

            一个面向海外市场的物流平台（Go），2024年3月正式上线。

            - 负责订单服务

            ### 独立开发，2021.01～至今
            已上线：
            - 一个记账小程序

            ### 海风，客户端主程，2018.10~2020.08

            - 负责客户端架构
            """
        let doc = try MarkdownCVParser().parse(text)
        #expect(doc.roles.map(MarkdownExpectedRole.of) == [
            "星河科技 | 高级工程师 | 2022-10 | 2025-08",
            "独立开发 | - | 2021-01 | present",
            "海风 | 客户端主程 | 2018-10 | 2020-08",
        ])
        #expect(doc.person.name == "王小明")
        #expect(doc.person.label == "数据工程师")
    }
}
