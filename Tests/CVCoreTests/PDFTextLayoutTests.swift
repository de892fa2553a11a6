import Testing
@testable import CVCore

private func parse(_ text: String) throws -> CVDocument { try PlainTextCVParser().parse(text) }

private func row(_ r: Role) -> String {
    "\(r.organisation ?? "") | \(r.title ?? "") | \(r.start?.description ?? "") | \(r.end?.description ?? "")"
}

/// Layout cues of text extracted from PDFs (pdftotext, with and without `-layout`), one per test, on made-up CVs.
@Suite struct PDFTextLayoutTests {
    /// `pdftotext -layout` with no blank lines: a section's exact name alone on its line over an item or a dated line
    /// is a heading, in mixed case too; a heading in spaced-out capitals with a word after a known name
    /// (`O P E N S O U RC E W O R K`) is that section; volunteering laid out as jobs holds no post; an employer
    /// written with a small letter before its capital (`eHarbor Systems`) opens its entry.
    /// `Jane Roe          1/2`: a footer that counts the pages is no entry, even once; a year inside the sentence of a
    /// column (`Tags     Coached the team throughout the 2021 school year. Gave`) dates no entry.
    @Test func pageCountFootersAndYearsInAColumnsSentence() throws {
        let doc = try PlainTextCVParser().parse("""
            Jane Roe
            jane@example.com

            EXPERIENCE

            Software Engineer Intern, Quillfeather Trading                           2021 - 2022
            Worked on concurrent infrastructure, delivering a monitor of the message system.

            Debate Instructor, Northfield Science School                                    2021
            Instruction          Helped coach the debate team throughout the 2021 school year. Gave lessons
            Communication        in argument, feedback, and supervision at competitions.

            Jane Roe                                                                                  1/2

            Software Developer, Brightmoor Software                                         2020
            Delivered version 2.2 of the embedded web server.
            """)
        #expect(doc.roles.map { "\($0.organisation ?? "") | \($0.title ?? "")" } == [
            "Quillfeather Trading | Software Engineer Intern", "Northfield Science School | Debate Instructor",
            "Brightmoor Software | Software Developer",
        ])
    }

    @Test func denseSectionsSpacedCapitalsAndSmallLetterBrands() throws {
        let doc = try parse("""
            Education
            Northtown University                                                  September 2016 - June 2020
            Bachelor of Science in Physics                                                       Leeds, UK
             - Thesis on optics.
            Skills
             - Backend: Python, Go, PostgreSQL
            Internship Experience
            Quarrybank Labs                                                   December 2021 - January 2022
            Data Engineer                                                                     Leeds, UK
             - Built the ingestion jobs.
            eHarbor Systems                                                          March 2021 - May 2021
            Cloud Engineer                                                                 York, UK
             - Moved the queue to managed services.
                                        O P E N S O U RC E W O R K
            Maintainer | Nov 2019 – Present                                                     GitHub
             - Kept a parser library alive.
            Extracurricular Activities
            Northtown Robotics Society                                          August 2018 - February 2019
            Outreach Lead                                                                  Leeds, UK
             - Ran two workshops.
            """)
        #expect(doc.headings.map(\.kind) == [.education, .skills, .experience, .projects, .volunteering])
        #expect(doc.roles.map(row) == ["Quarrybank Labs | Data Engineer | 2021-12 | 2022-01", "eHarbor Systems | Cloud Engineer | 2021-03 | 2021-05"])
        #expect(doc.education.map(\.institution) == ["Northtown University"])
    }

    /// Years on a line of their own over `Employer ------ Town ST` (a leader, a US state's code without a comma):
    /// the town is the place, not the title; a brand's small first letter (`q2X Retail`) opens its entry all the same.
    @Test func yearsOverAnEmployerLeaderAndATownWithItsState() throws {
        let doc = try parse("""
            EXPERIENCE
            2018-2023
            Tidewater Labs ------------------------------------------------- Dover MA
            Web application architecture and implementation, leadership.
            2007-2009
            q2X Retail ---------------------------------------------------- Salem MA
            Software implementation, testing.
            """)
        #expect(doc.roles.map(row) == ["Tidewater Labs |  | 2018 | 2023", "q2X Retail |  | 2007 | 2009"])
        #expect(doc.roles.map(\.location) == ["Dover MA", "Salem MA"])
    }

    @Test func zeroWidthSpacesAroundEverySpaceAreNotText() throws {
        let z = "\u{200B}"
        let doc = try parse("""
            Experience

            Northwind\(z) \(z)Labs\(z) \(z)/\(z) \(z)Product\(z) \(z)Developer
            March\(z) \(z) \(z)2016\(z) \(z)-\(z) \(z)PRESENT,\(z) \(z) \(z)Leeds

            Education

            University\(z) \(z)of\(z) \(z)Leeds\(z) \(z)/\(z) \(z)Design (Bachelor\(z) \(z)of\(z) \(z)Arts)
            Sept\(z) \(z)2006\(z) \(z)-\(z) \(z)July\(z) \(z)2009
            """)
        #expect(doc.roles.map(row) == ["Northwind Labs | Product Developer | 2016-03 | present"])
        #expect(doc.education.first?.institution == "University of Leeds")
    }

    @Test func aSlashSeparatesOrganisationAndTitleOnlyWhenOneSideIsATitle() throws {
        let doc = try parse("""
            Experience

            Founder / CTO
            Globex Inc.
            2015 - 2018

            Initech / Senior Developer
            2012 - 2015
            """)
        #expect(doc.roles.map(row) == ["Globex Inc. | Founder / CTO | 2015 | 2018", "Initech | Senior Developer | 2012 | 2015"])
    }

    @Test func loneBulletGlyphsAreGivenToTheLinesAfterThem() throws {
        let doc = try parse("""
            Experience

            Initech / Developer
            2012 - 2015

            Built the billing service for the whole company.
            ●
            ●
            \u{0C}●

            Led the migration.
            Wrote the tests and the
            deployment scripts.
            Mentored two juniors.
            """)
        #expect(doc.roles.count == 1)
        #expect(doc.roles.first?.bullets.map(\.text) == ["Led the migration.", "Wrote the tests and the deployment scripts.", "Mentored two juniors."])
        #expect(doc.roles.first?.text.map(\.text) == ["Built the billing service for the whole company."])
    }
}

/// Layouts of typed plain-text CVs: indentation, dates on lines of their own, undated education.
@Suite struct PlainTextIndentationTests {
    static let employment = """
        Employment History:

            Staff Engineer
            Initech Ltd.
            March 2012-Present

                    Initech builds printers. I moved to the office in Leeds in the summer of 2013, and
            stayed for a year afterwards, to help the team there with the new driver.

            Achievements:
            * Rewrote the print spooler.
            * Hired the driver team.

                 Principal Architect; Head of the Leeds Office
            Initech Ltd.
            June 2008-March 2012

            Projects:
            * Spooler

                Developer
            Globex, Inc.
                  June 2004
                -
                  May 2008

        Education:

            BA in Linguistics
            University of Leeds

            Graduate study in Applied Statistics
            Northwind Institute
        """

    @Test func anIndentedLabelUnderAHeadingAtTheMarginIsNoSection() throws {
        let doc = try PlainTextCVParser().parse(Self.employment)
        #expect(doc.headings.map(\.title) == ["Employment History:", "Education:"])
        #expect(doc.roles.map(row) == [
            "Initech Ltd. | Staff Engineer | 2012-03 | present",
            "Initech Ltd. | Principal Architect; Head of the Leeds Office | 2008-06 | 2012-03",
            "Globex, Inc. | Developer | 2004-06 | 2008-05",
        ])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Rewrote the print spooler.", "Hired the driver team."])
    }

    @Test func aSentenceNamingAYearInPassingIsNoHeader() throws {
        let doc = try PlainTextCVParser().parse(Self.employment)
        #expect(doc.roles.first?.text.first?.text.hasPrefix("Initech builds printers.") == true)
        #expect(doc.roles.count == 3)
    }

    @Test func undatedEducationParagraphsAreEntriesOfTheirOwn() throws {
        let doc = try PlainTextCVParser().parse(Self.employment)
        #expect(doc.education.map { "\($0.institution ?? "") | \($0.qualification ?? "")" } == [
            "University of Leeds | BA in Linguistics", "Northwind Institute | Graduate study in Applied Statistics",
        ])
    }
}

/// Fields written without the usual separators, and lines that only look like entries.
@Suite struct PlainTextFieldCueTests {
    @Test func aTitleInTitleWordsBeforeAnOrganisationName() throws {
        let doc = try PlainTextCVParser().parse("""
            PROFESSIONAL HISTORY

            Director & Principal Advisor Northwind PTY LTD | 2003 – Present

            General Manager Globex Solutions | 2001 – 2003

            Senior Software Engineer | 1999 – 2001
            """)
        #expect(doc.roles.map(row) == [
            "Northwind PTY LTD | Director & Principal Advisor | 2003 | present",
            "Globex Solutions | General Manager | 2001 | 2003",
            " | Senior Software Engineer | 1999 | 2001",
        ])
    }

    @Test func organisationsInBracketsAfterAnAtSign() throws {
        let doc = try PlainTextCVParser().parse("""
            Experience
            ==========

            [08-11] Contractor @(Globex, Initech)
            - Built the flows.

            [06-08] Initech, Principal Engineer
            - Led the team.
            """)
        #expect(doc.roles.map(row) == ["Globex, Initech | Contractor | 2008 | 2011", "Initech | Principal Engineer | 2006 | 2008"])
    }

    @Test func aHangingLabelNamesASectionWithItsFirstLine() throws {
        let doc = try PlainTextCVParser().parse("""
            Experience
            ==========

            [15-16] Student
            - Studied on my own.

            [12-15] Globex Inc., Staff Engineer
            - Led the team.

            Education: I was the best student of my year in all
                       four years.

            [1989-93] M.Eng, Electronics, Northwind Institute of Science.
               First class with distinction, best student, 1990-93

            [1986-89] B.Sc., Physics, University of Leeds. First class with
               honours, silver medal, top of the class, 1987/88/89.
            """)
        #expect(doc.headings.map(\.kind) == [.experience, .education])
        // `Student` with no place of work is a time of study, not a role.
        #expect(doc.roles.map(row) == ["Globex Inc. | Staff Engineer | 2012 | 2015"])
        #expect(doc.education.map { $0.institution ?? "" } == ["Northwind Institute of Science.", "University of Leeds"])
        #expect(doc.education.last?.bullets.map(\.text) == ["honours, silver medal, top of the class, 1987/88/89."])
    }
}

/// Typed plain text with banners of rules, double-hyphen items and full stops between entries.
@Suite struct PlainTextBannerTests {
    static let cv = """
        Jane Doe
        1 Main Street, Springfield MA 02139 -- (555) 555-0100 -- jane@example.com
        =================
        Experience
        =================
        .
        Globex - Cloud Team
        Summer 2010
        Software Engineer
        -- Built the scheduler
        -- Wrote the docs
        .
        Initech - IT Dept
        Summer 2006 and 2007
        Intern
        -- Fixed printers
        =================
        Teaching
        ================= .
        Northwind University Dept. of Physics
        Spring 2010
        Teaching Assistant
        -- Taught recitations
        .
        Northwind University Dept. of Physics
        Fall 2009
        Lab Assistant
        -- Ran the labs
        =================
        Skills
        =================
        Python, Swift, SQL
        """

    @Test func bannersBetweenRulesNameSectionsAndLongLinesAreNotUnderlined() throws {
        let doc = try PlainTextCVParser().parse(Self.cv)
        #expect(doc.headings.map(\.title) == ["Experience", "Teaching", "Skills"])
        #expect(doc.person.email == "jane@example.com")
    }

    @Test func doubleHyphenItemsAndATitleBelowTheDate() throws {
        let doc = try PlainTextCVParser().parse(Self.cv)
        #expect(doc.roles.prefix(2).map(row) == ["Globex | Software Engineer | 2010 | 2010", "Initech | Intern | 2006 | 2007"])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Built the scheduler", "Wrote the docs"])
    }

    @Test func hookedArrowsMarkItems() throws {
        let doc = try PlainTextCVParser().parse("WORK EXPERIENCE\n\nGlobex – Engineer\nMar 2019 → Present\n\n↳ Built the app.\n↳ Wrote the site in 2014.\n")
        #expect(doc.roles.map(row) == ["Globex | Engineer | 2019-03 | present"])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Built the app.", "Wrote the site in 2014."])
    }

    @Test func teachingPostsLaidOutAsJobsAreRoles() throws {
        let doc = try PlainTextCVParser().parse(Self.cv)
        #expect(doc.roles.dropFirst(2).map(row) == [
            "Northwind University Dept. of Physics | Teaching Assistant | 2010 | 2010",
            "Northwind University Dept. of Physics | Lab Assistant | 2009 | 2009",
        ])
    }
}

/// `pdftotext -layout`: a sidebar and a main column side by side on the same lines.
@Suite struct PlainTextColumnTests {
    static let cv = """
        JANE DOE
        DATA ENGINEER

                                          PROFILE
                                          Data engineer who likes tidy pipelines and clear
        CONTACT                           dashboards, and teams that ship small changes often.
          555-010-0100
          jane@example.com                PROFESSIONAL EXPERIENCE
                                          D A T A  E N G I N E E R
        SKILLS                            Globex Analytics | Springfield, Ohio | 2016-Present
         Data Modelling                       Built the ingestion pipelines for the sales data.
         Stream Processing                    Moved the nightly jobs to a streaming design.
         Warehousing
                                          S O F T W A R E D E V E L O P E R
        TOOLS                             Initech | Dayton, Ohio | 2012-2016
         PostgreSQL                           Wrote the billing reports.
         Kafka
         Airflow                          EDUCATION
         Python                           Bachelor of Science (BS)—Computer Science
                                          Northwind University | 2008-2012
        """

    @Test func theColumnsAreReadOneAfterTheOther() throws {
        let doc = try PlainTextCVParser().parse(Self.cv)
        #expect(doc.headings.map(\.kind) == [.contact, .skills, .summary, .experience, .education])
        #expect(doc.person.email == "jane@example.com")
        #expect(doc.roles.map(row) == [
            "Globex Analytics | DATA ENGINEER | 2016 | present", "Initech | SOFTWARE DEVELOPER | 2012 | 2016",
        ])
        #expect(doc.education.first?.institution == "Northwind University")
        #expect(doc.skills.flatMap(\.skills).contains { $0.name == "PostgreSQL" })
    }

    @Test func aColumnOfDatesIsNoSidebar() throws {
        let doc = try PlainTextCVParser().parse("""
            EXPERIENCE

            9/2023 – Present    Assistant Software Engineer                                    Globex
                                Wrote the firmware of the vehicle and its test rig, and kept the
                                build green.

            6/2021 – 7/2022     Worked on embedded low power devices and on the data layer of the
            Industrial Year     crop spray rig, with its user interface.

            2012-2020           General assistant                                  Initech Inspections
                                Helped with the inspections of lifting equipment.
            """)
        #expect(doc.roles.count == 3)
        #expect(doc.roles.first.map(row) == "Globex | Assistant Software Engineer | 2023-09 | present")
    }
}

/// Lines a PDF page leaves behind, and headers laid out in padded columns.
@Suite struct PDFTextPageTests {
    static let cv = """
        Professional Experience
        R&D Engineer                                                                  Leeds, UK
        GLOBEX                                                                 February 2022 - Present
        • Built the data pipelines.
        • Reference Jane Roe, CTO.
        PhD Candidate                                                                 Leeds, UK
        NORTHWIND INSTITUTE OF SCIENCE (NIS) - LAB: DATA SYSTEMS                  January 2017 - July 2020
        • Wrote the thesis.


        MARCH 6, 2026                     JANE DOE · RÉSUMÉ                                           1
        Software Engineer - Internship                                                Leeds, UK
        INITECH                                                                         2015 - 2 months
        • Wrote connectors.
        Leeds Council - Learning support service                                       Leeds, UK
        ACADEMIC TUTOR                                                                   2013 – 2015
        Tutored two students.

        2/3

        MARCH 6, 2026                     JANE DOE · RÉSUMÉ                                           2
        """

    @Test func pageNumbersAndRunningFootersAreNoText() throws {
        let doc = try PlainTextCVParser().parse(Self.cv)
        #expect(doc.roles.count == 4)
        #expect(!doc.roles.contains { ($0.title ?? "").contains("RÉSUMÉ") || ($0.organisation ?? "").contains("RÉSUMÉ") })
    }

    @Test func paddedColumnsUnderABulletOpenTheNextEntry() throws {
        let doc = try PlainTextCVParser().parse(Self.cv)
        #expect(doc.roles.map(row) == [
            "GLOBEX | R&D Engineer | 2022-02 | present",
            "NORTHWIND INSTITUTE OF SCIENCE (NIS) | PhD Candidate | 2017-01 | 2020-07",
            "INITECH | Software Engineer - Internship | 2015 | 2015",
            "Leeds Council | ACADEMIC TUTOR | 2013 | 2015",
        ])
    }
}

/// A column of dates on the left wrapped over two lines, as moderncv-like PDFs come out of pdftotext.
@Suite struct PDFTextDateColumnTests {
    @Test func aDateColumnWrappedOverTwoLines() throws {
        let doc = try PlainTextCVParser().parse("""
            Expérience professionnelle
            Depuis Chercheur qualifié, Northwind, Lille
            10/2022 Service de Génie Logiciel

            De 02/2015 Chercheur post-doctorant, Northwind, Lille
            à 09/2022
            • Software Ecosystems of the Future – ECO.
            Excellence of Science programme.
            Service de Génie Logiciel, 08/2018 - 10/2022.
            • Data quality and big data – DQ.
            Service des Systèmes d’Information, 01/2017 - 07/2021.

            De 10/2014 Analyste fonctionnel, Globex, Bruxelles
            à 01/2015 Analyste fonctionnel dans le secteur Soins et Santé.
            """)
        #expect(doc.roles.map(row) == [
            "Northwind | Chercheur qualifié | 2022-10 | present",
            "Northwind | Chercheur post-doctorant | 2015-02 | 2022-09",
            "Globex | Analyste fonctionnel | 2014-10 | 2015-01",
        ])
        // The dated lines that end the items' sentences are the items' text.
        #expect(doc.roles[1].bullets.count == 2)
        #expect(doc.roles[1].bullets.last?.text == "Data quality and big data – DQ. Service des Systèmes d’Information, 01/2017 - 07/2021.")
    }
}

/// Titles listed with commas, and dates said in passing inside a wrapped item.
@Suite struct PDFTextTitleListTests {
    @Test func twoTitlesEachEndingWithATitleWordAreOneTitle() throws {
        let doc = try PlainTextCVParser().parse("""
            Work
            Northwind School of Design
            Part-time Faculty, Curriculum Design & Lecturer
            May 2019 – Present
            • Taught the visualisation course
            Marketing Coordinator at Globex, Inc.
            March 2014 - June 2016
            • Wrote proposals for ~22m in opportunities, contributing to an
            estimated win rate ~5m in revenue (where 2016 revenue was 21m)
            • Built 40 demo sites
            """)
        #expect(doc.roles.map(row) == [
            "Northwind School of Design | Part-time Faculty, Curriculum Design & Lecturer | 2019-05 | present",
            "Globex, Inc. | Marketing Coordinator | 2014-03 | 2016-06",
        ])
        #expect(doc.roles.last?.bullets.count == 2)
    }

    @Test func aDescriptorAtAnOrganisationAndARoleThatWraps() throws {
        let doc = try PlainTextCVParser().parse("""
            Work
            Map Design Projects & Contracts at the Northwind School
            May 2018 – August 2018
            • Built an interface to show uncertainty in the survey data
            • Built cluster views for the school's research on social movements and their media

            Globex
            Economic Affairs Intern at Globex Commission for Latin America &
            the Caribbean (GCLAC)
            January 2011 - April 2011 (4 months)
            • Assisted in research and writing for the 2011 flagship publication of the office
            """)
        // (`at the Org`: a lower-case article is no part of the name, as in `Advisor to the Org`.)
        #expect(doc.roles.first.map(row) == "Northwind School | Map Design Projects & Contracts | 2018-05 | 2018-08")
        // The wide role line that wraps stays a header (the wrapped end of the organisation is not joined yet).
        #expect(doc.roles.last?.title == "Economic Affairs Intern")
        #expect(doc.roles.last?.organisation?.hasPrefix("Globex Commission for Latin America") == true)
    }
}

/// A PDF's text with no blank lines, each section's lines set in under its heading at the margin (an academic class):
/// headings of any name stand out to the left, a table of education has a header row, and a school's name in Hindi
/// words is the school.
@Suite struct PDFTextMarginHeadingTests {
    static let text = """
        Asha Verma
        Master of Science, Dept. of Physics                                          asha@example.org
        Northfield Institute of Technology                                              +91 00000 00000

        Academic Qualifications
              Year                  Degree/Certificate                                   Institute                        CPI/%
          2024 - Present             M.Sc (Physics)                     Northfield Institute of Technology           8.7/10
             2021-24                  B.Sc (Physics)                         Southfield University                  8.0/10
              2021                   Class XII (CBSE)                    Kendriya Vidyalaya Eastfield            91.0%
        Scholastic Achievements
          • Ranked first in the department's physics olympiad.
        Key Projects
          Solar Flare Forecasting with Gradient Boosting | Course project                               May 2025 - June 2025
          • Built a gradient boosting model over ten years of satellite readings.
        Technical Skills
         Programming: Python, R, SQL
         Libraries: NumPy, pandas
        Student Clubs
          • Treasurer of the astronomy club, keeping its accounts for two years.
        """

    @Test func headingsAtTheMarginHeaderRowsAndSchools() throws {
        let doc = try parse(Self.text)
        #expect(doc.headings.map(\.title) == [
            "Academic Qualifications", "Scholastic Achievements", "Key Projects", "Technical Skills", "Student Clubs",
        ])
        #expect(doc.education.map { "\($0.institution ?? "-") | \($0.qualification ?? "-")" } == [
            "Northfield Institute of Technology | M.Sc (Physics)", "Southfield University | B.Sc (Physics)",
            "Kendriya Vidyalaya Eastfield | Class XII (CBSE)",
        ])
        #expect(doc.projects.map(\.name) == ["Solar Flare Forecasting with Gradient Boosting"])
        #expect(doc.skills.map(\.name) == ["Programming", "Libraries"])
    }
}

/// A text CV in a script without capitals: its section names alone on their lines are its headings.
@Suite struct PlainTextCaselessHeadingTests {
    @Test func chineseSectionNamesAreHeadings() throws {
        let doc = try parse("""
            王小明
            xiaoming@example.org

            教育经历
            北方大学  计算机科学  学士  2016 - 2020

            工作经历
            南方科技有限公司  软件工程师  2020 - 2023
             • 负责后端服务开发。

            专业技能
            Python, Go, PostgreSQL
            """)
        #expect(doc.headings.map(\.kind) == [.education, .experience, .skills])
        #expect(doc.roles.count == 1)
        #expect(doc.roles.first?.start?.year == 2020)
        #expect(doc.skills.flatMap(\.skills).map(\.name) == ["Python", "Go", "PostgreSQL"])
    }
}
