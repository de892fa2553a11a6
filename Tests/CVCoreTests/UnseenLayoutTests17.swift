import Testing
@testable import CVCore

private func parseText(_ text: String) throws -> CVDocument { try PlainTextCVParser().parse(text) }
private func role(_ r: Role) -> String { "\(r.organisation ?? "-") | \(r.title ?? "-")" }

/// The employer and the title one after the other on one PDF line, no separator between them.
@Suite struct NameBeforeTitleTests {
    @Test func employerThenTitleOnOneLine() throws {
        let doc = try parseText("""
            Odile Marchetti
            odile@example.org

            WORK EXPERIENCE

            Brackenfold Labs Senior platform engineer                                       2020–current
             • Ran the deploy pipeline for nine product teams.

            Tallow Creek Systems Kotlin and Rust backend developer (contract)                 2017–2020
             • Wrote the billing service.

            Quenby Linux systems administrator                                                2014–2017
             • Kept forty servers patched.

            Harrowgate Freight Ltd. Programmer Trainee (Summer)                               2013–2013
             • Built reports for the depot.

            EDUCATION

            Eastvale University   BSc Computing   2010 – 2013
            """)
        #expect(doc.roles.map(role) == [
            "Brackenfold Labs | Senior platform engineer",
            "Tallow Creek Systems | Kotlin and Rust backend developer (contract)",
            "Quenby | Linux systems administrator",
            "Harrowgate Freight Ltd. | Programmer Trainee (Summer)",
        ])
    }

    @Test func aTitleAloneStaysWhole() throws {
        #expect(EntryFields.splitNameFromTitle("Graduate Teaching Assistant") == nil)
        #expect(EntryFields.splitNameFromTitle("Senior Software Engineer") == nil)
        #expect(EntryFields.splitNameFromTitle("Undergraduate Research assistant") == nil)
        #expect(EntryFields.splitNameFromTitle("Warehouse Engineer/IT support engineer") == nil)
        #expect(EntryFields.splitNameFromTitle("Visiting Scholar") == nil)
    }
}

/// Under a research heading, a dated project with no post and no institution is a project; a post is a role.
@Suite struct ResearchProjectTests {
    @Test func projectsOfResearchAreNoJobs() throws {
        let doc = try MarkdownCVParser().parse("""
            # Ilse Moravec

            ## Research Experience

            - **Tidewatch: Forecasting Estuary Salinity** (2019 – 2020)
              - Built a model of the river mouth from buoy readings.
            - **Research Assistant, Harlow Marine Institute** (2017 – 2019)
              - Logged sediment samples for the survey team.

            ## Education

            - **BSc Oceanography**, Harlow University (2014 – 2017)
            """)
        #expect(doc.roles.map(role) == ["Harlow Marine Institute | Research Assistant"])
        #expect(doc.projects.map(\.name) == ["Tidewatch"])
    }

    @Test func aSupervisedProjectInPDFText() throws {
        let doc = try parseText("""
            Tomas Ekberg
            tomas@example.org

            Research Experiences
            Mar 2022 – Sep 2022     Glacier Melt Forecasting (advisor: Dr. Ruth Allanby)
                                        • Compared three melt models on ten years of readings.

            Oct 2022 – Jan 2023     Research Intern, Fellwater Climate Lab
                                        • Cleaned the station data for the group.

            Education
            Northmoor University   BSc Geography   2019 – 2023
            """)
        #expect(doc.projects.map(\.name) == ["Glacier Melt Forecasting (advisor: Dr. Ruth Allanby)"])
        #expect(doc.roles.map(role) == ["Fellwater Climate Lab | Research Intern"])
    }
}

/// A list of courses taken under a text CV's skills is no list of skills.
@Suite struct CoursesUnderSkillsTests {
    @Test func courseHeadingEndsTheSkills() throws {
        let doc = try parseText("""
            Priya Valdane
            priya@example.org

            EDUCATION
            Westmarch University   BSc Statistics   2019 – 2022

            TECHNICAL SKILLS
            Languages: Python, R, SQL
            Tools: Git, Tableau

            RELEVANT COURSES TAKEN
            Linear Models, Survey Sampling, Time Series Analysis,
            Bayesian Inference, Actuarial Mathematics.

            EXPERIENCE
            Fernhill Insurance   Data Analyst   2022 – Present
              • Priced the home policies each quarter.
            """)
        #expect(doc.skills.flatMap(\.skills).map(\.name) == ["Python", "R", "SQL", "Git", "Tableau"])
        #expect(doc.sections.contains { $0.title == "RELEVANT COURSES TAKEN" })
    }

    @Test func namesOfCourseHeadings() {
        #expect(PlainTextSkills.courseHeading("Relevant Coursework:   Optics, Acoustics") == "Relevant Coursework")
        #expect(PlainTextSkills.courseHeading("Key Modules          * online") == "Key Modules")
        #expect(PlainTextSkills.courseHeading("Courses: Docker, Kubernetes") == "Courses")
        #expect(PlainTextSkills.courseHeading("Frameworks: Django, Flask") == nil)
        #expect(PlainTextSkills.courseHeading("Online tools") == nil)
    }
}

/// Markdown headings numbered as an outline, and a promotion written on a line of its own.
@Suite struct NumberedHeadingsAndPromotionsTests {
    @Test func outlineNumbersNameNothing() throws {
        let doc = try MarkdownCVParser().parse("""
            # Marit Solberg

            ## 1. Experience

            ### 1.1 Fjordline Analytics
            **Data Engineer**, Jan 2020 – Present
            - Built the ingestion jobs for the sensor feed.

            ### 1.2 Brattli Systems
            **Backend Developer**, Mar 2017 – Dec 2019
            - Wrote the payments API.

            Promoted to Lead Developer, 2019

            ## 2. Education

            ### 2.1 Nordvik University
            BSc Computer Science, 2013 – 2016
            """)
        #expect(doc.roles.map(role) == [
            "Fjordline Analytics | Data Engineer", "Brattli Systems | Backend Developer", "Brattli Systems | Lead Developer",
        ])
        #expect(doc.education.map(\.institution) == ["Nordvik University"])
    }

    @Test func aLaterPostUnderAnEarlierOne() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass{article}
            \begin{document}
            \section{Work Experience}
            \begin{itemize}
                \item Platform Engineer at Corvane Robotics \hfill \textit{From Mar., 2019 to Present}
                \newline \hfill \textit{Team Lead since 2023}
                \begin{itemize}
                    \item Moved the fleet's telemetry onto one queue.
                \end{itemize}
                \item Intern at Pellow Instruments \hfill \textit{From Jun., 2018 to Aug., 2018}
            \end{itemize}
            \end{document}
            """#)
        #expect(doc.roles.map(role) == [
            "Corvane Robotics | Platform Engineer", "Corvane Robotics | Team Lead", "Pellow Instruments | Intern",
        ])
    }

    @Test func outlineNumbers() {
        #expect(EntryFields.withoutOutlineNumber("2.1 Acme Freight") == "Acme Freight")
        #expect(EntryFields.withoutOutlineNumber("3. Globex") == "Globex")
        #expect(EntryFields.withoutOutlineNumber("3M Company") == nil)
        #expect(EntryFields.withoutOutlineNumber("2019 Globex") == nil)
        #expect(EntryFields.promotedTitle("Promoted to Team Lead") == "Team Lead")
        #expect(EntryFields.promotedTitle("Promoted to the role of Team Lead") == "Team Lead")
        #expect(EntryFields.promotedTitle("Promoted to production") == nil)
    }
}
