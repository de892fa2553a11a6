import Testing
@testable import CVCore

private func headings(markdown text: String) throws -> [String] {
    try MarkdownCVParser().parse(text).headings.map { "\($0.title) [\($0.kind.rawValue)]" }
}

private func headings(plain text: String) throws -> [String] {
    try PlainTextCVParser().parse(text).headings.map { "\($0.title) [\($0.kind.rawValue)]" }
}

/// Section headings found and classified the way a careful reader does, in several languages and layouts.
@Suite struct SectionNameTests {
    @Test(arguments: [
        ("Expériences professionnelles", SectionKind.experience), ("Parcours professionnel", .experience),
        ("Formation", .education), ("Éducation", .education), ("Compétences", .skills), ("Centres d'intérêt", .interests), ("Bénévolat", .volunteering),
        ("Berufserfahrung", .experience), ("Beruflicher Werdegang", .experience), ("Ausbildung", .education),
        ("Kenntnisse", .skills), ("Sprachen", .languages), ("Ehrenamt", .volunteering), ("Veröffentlichungen", .publications),
        ("Experiencia laboral", .experience), ("Educación", .education), ("Idiomas", .languages), ("Premios", .awards),
        ("Experiência profissional", .experience), ("Formação acadêmica", .education), ("Contato", .contact),
        ("Esperienze lavorative", .experience), ("Istruzione", .education), ("Werkervaring", .experience),
        ("Vaardigheden", .skills), ("職務経歴", .experience), ("学歴", .education), ("スキル", .skills), ("資格", .certifications),
        ("工作经历", .experience), ("教育背景", .education), ("경력", .experience), ("학력", .education),
    ])
    func namesInOtherLanguages(_ name: String, _ kind: SectionKind) {
        #expect(SectionClassifier.classify(name) == kind)
    }

    /// Headings that say `work` without listing posts held (aims, a way of working, courses taken, samples of work),
    /// and headings that list posts in a sentence (`Where I have worked`): the dated entries under the first kind
    /// are no roles, those under the second are.
    @Test func workInHeadingsThatListNoPosts() throws {
        #expect(SectionClassifier.classify("How I Work") == .other)
        #expect(SectionClassifier.classify("Career Goals") == .other)
        #expect(SectionClassifier.classify("Course Work") == .other)
        #expect(SectionClassifier.classify("Work Samples") == .projects)
        #expect(SectionClassifier.classify("Where I have worked") == .experience)
        #expect(SectionClassifier.classify("Companies I've worked for") == .experience)
        #expect(SectionClassifier.classify("Freelance Work") == .experience)
        #expect(SectionClassifier.classify("10+ Years of Experience") == .other)
        #expect(SectionClassifier.classify("Work Experience (last 10 years)") == .experience)
        let doc = try MarkdownCVParser().parse("""
            # Rosa Imbert

            ## Places I have worked

            ### Platform Engineer, Kestrel Freight (2020 - 2023)

            - Moved the fleet tracker to managed queues.

            ## Course Work

            ### Compilers, Harlow Polytechnic (2018)

            - Wrote a small type checker.

            ## How I Work

            ### Pairing (since 2019)

            Most of my changes are paired.
            """)
        #expect(doc.roles.map { "\($0.organisation ?? "") | \($0.title ?? "")" } == ["Kestrel Freight | Platform Engineer"])
    }

    @Test func normaliseKeepsAccentsAndCJK() {
        #expect(SectionClassifier.normalise("Expériences  Professionnelles:") == "expériences professionnelles")
        #expect(SectionClassifier.normalise("キャリア/経歴 概要") == "キャリア 経歴 概要")
        #expect(SectionClassifier.normalise("## 💼 1. Experience") == "experience")
    }

    @Test func namesInsideLongerHeadings() {
        #expect(SectionClassifier.classify("Research Experience") == .experience)
        #expect(SectionClassifier.classify("Professional Appointments") == .experience)
        #expect(SectionClassifier.classify("Internships") == .experience)
        #expect(SectionClassifier.classify("Where I've worked") == .experience)
        #expect(SectionClassifier.classify("Education & Certifications") == .education)
        #expect(SectionClassifier.classify("スキル詳細") == .skills)
        #expect(SectionClassifier.classify("경력사항") == .experience)
        // Laid out like jobs, but not work held.
        #expect(SectionClassifier.classify("Volunteer Experience") == .volunteering)
        #expect(SectionClassifier.classify("Leadership Experience") == .other)
        #expect(SectionClassifier.classify("Service & Leadership") == .other)
        #expect(SectionClassifier.classify("Open-Source Contributions") == .projects)
        #expect(SectionClassifier.classify("Jane Doe - Résumé") == .other)
    }

    @Test func technicalExperienceOverTechnologiesIsSkills() throws {
        let found = try headings(markdown: """
            # Jane Doe

            ## Technical Experience

            - Swift, Kotlin, TypeScript
            - PostgreSQL, Redis
            - Docker, Kubernetes

            ## Experience

            ### Engineer, Acme (2019 - 2021)

            - Built things
            """)
        #expect(found == ["Technical Experience [skills]", "Experience [experience]"])
    }

    @Test func iconsNumbersAndColonsInMarkdownHeadings() throws {
        let found = try headings(markdown: """
            # Jane Doe

            ## 💼 Expérience professionnelle

            ### Développeuse, Acme (2019 - 2021)

            ## 2. Formation:

            ## <i class="fa fa-cogs"></i> Compétences

            - Swift
            """)
        #expect(found == ["💼 Expérience professionnelle [experience]", "2. Formation: [education]", "Compétences [skills]"])
    }

    @Test func datedHeadingsAtSectionLevelStayEntries() throws {
        let doc = try MarkdownCVParser().parse("""
            # Jane Doe

            ## Experience

            ## Senior Engineer, Acme (2019 - 2021)

            - Led the platform team

            ## Engineer, Initech (2016 - 2019)

            - Wrote the billing service

            ## Education

            BSc, University of Leeds, 2012 - 2015
            """)
        #expect(doc.headings.map(\.title) == ["Experience", "Education"])
        #expect(doc.roles.count == 2)
    }

    @Test func sectionNameAmongDatedEntriesStartsASection() throws {
        let found = try headings(markdown: """
            # Jane Doe

            ## Introduction

            Engineer.

            ## Senior Engineer, Acme, London *(Jul 2021 - Present)*

            - Led the platform team

            ### Engineer, Initech, Leeds *(Feb 2018 - Jun 2021)*

            - Wrote the billing service

            ### Awards

            - Hackathon winner *(March 2019)*

            ### Education

            - BSc, University of Leeds *(2012 - 2015)*
            """)
        #expect(found == ["Introduction [summary]", "Awards [awards]", "Education [education]"])
    }

    @Test func sectionNamesUnderAHeadlineHeadingStartSections() throws {
        // The name, then the headline as a heading of the same level, then the sections one level deeper: an
        // undated heading of no known kind before them (`### Odds and ends`) does not make them entries.
        let found = try headings(markdown: """
            ## Mei Tanaka

            ## Backend Developer

            ### Odds and ends

            Chess, hiking.

            ### Work experience

            #### Harbour Logistics 2016.11 - 2018.4

            - Wrote the routing service

            ### Skills

            - Go, Kotlin
            """)
        #expect(found == ["Backend Developer [other]", "Work experience [experience]", "Skills [skills]"])
    }

    @Test func documentTitleOverSections() throws {
        let found = try headings(markdown: """
            # Curriculum Vitae

            ## Areas of Expertise

            - Swift

            ## Professional Experience & Education

            ### 2019 - 2021: Engineer, Acme
            """)
        #expect(found == ["Curriculum Vitae [summary]", "Areas of Expertise [skills]", "Professional Experience & Education [experience]"])
    }

    @Test func boldLinesAsHeadingsWhenThereAreNoHeadings() throws {
        let found = try headings(markdown: """
            Jane Doe

            **EXPERIENCE**

            Engineer, Acme, 2019 - 2021

            **Education:**

            BSc, University of Leeds, 2012 - 2015
            """)
        #expect(found == ["EXPERIENCE [experience]", "Education [education]"])
    }

    @Test func setextHeadings() throws {
        let found = try headings(markdown: """
            Jane Doe
            ========

            Experience
            ----------

            Engineer, Acme, 2019 - 2021

            Skills
            ------

            - Swift
            """)
        #expect(found == ["Experience [experience]", "Skills [skills]"])
    }

    @Test func plainTextHeadingsInOtherLanguagesAndLayouts() throws {
        let found = try headings(plain: """
            Jeanne Dupont
            jeanne@example.com

            E X P É R I E N C E
            Développeuse, Acme, Paris
            2019 - 2021

            Compétences informatiques
            Swift, Kotlin, PostgreSQL

            FORMATION
            ━━━━━━━━━
            Master Informatique, Université de Bordeaux, 2014 - 2016
            """)
        #expect(found == ["EXPÉRIENCE [experience]", "Compétences informatiques [skills]", "FORMATION [education]"])
    }

    @Test func spacedCapitalsAndRules() {
        #expect(PlainTextSections.despaced("E X P E R I E N C E") == "EXPERIENCE")
        #expect(PlainTextSections.despaced("MUL T I ME D I A") == "MULTIMEDIA")
        #expect(PlainTextSections.despaced("AWS GCP SQL API") == nil)
        #expect(PlainTextSections.classify("W O R K E X P E R I E N C E").kind == .experience)
        for rule in ["─────", "━━━━", "_____", "=====", "-----", "*****", "....."] {
            #expect(PlainTextSections.isRule(rule))
        }
    }

    @Test func quotationEndIsNoHeading() throws {
        let found = try headings(plain: """
            Jane Doe

            Experience
            Engineer, Acme, 2019 - 2021
            Award for “Work in the Open-Source

            Community”

            Education
            BSc, University of Leeds, 2012 - 2015
            """)
        #expect(found == ["Experience [experience]", "Education [education]"])
    }
}
