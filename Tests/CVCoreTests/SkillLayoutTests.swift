import Testing
@testable import CVCore

private func markdown(_ text: String) throws -> CVDocument { try MarkdownCVParser().parse(text) }
private func plain(_ text: String) throws -> CVDocument { try PlainTextCVParser().parse(text) }
private func names(_ doc: CVDocument) -> [String] { doc.skills.flatMap { $0.skills.map(\.text) } }

/// One way of writing skills per test, on small made-up CVs.
@Suite struct SkillLayoutTests {
    @Test func labelledLinesInTheHeader() throws {
        let doc = try markdown("""
            # Sam Example
            **Fluent:** Go, Rust, Zig
            Languages: English, French

            ## Experience
            ### Engineer, Widgets Ltd
            - Wrote things in Go, C and some shell
            """)
        #expect(names(doc) == ["Go", "Rust", "Zig"])
        #expect(doc.skills.first?.name == "Fluent")
    }

    /// A skills line in the summary, then, after a `<br>` in the same paragraph, a line under any short label whose
    /// items name technologies: skills too; a hobbies line after it is not.
    /// `**Proficient**` / `Go, Rust` in one paragraph: the emphasised line names the items under it.
    @Test func anEmphasisedLineOverItsItemsNamesThem() throws {
        let doc = try markdown("""
            # Sam Example

            ## Skills

            **Expert**
            Go, Rust, PostgreSQL

            **Familiar**
            Erlang, Kubernetes
            """)
        #expect(doc.skills.map(\.name) == ["Expert", "Familiar"])
        #expect(names(doc) == ["Go", "Rust", "PostgreSQL", "Erlang", "Kubernetes"])
    }

    @Test func aLabelledLineAfterASkillsLineInOneParagraph() throws {
        let doc = try markdown("""
            # Sam Example

            ## Summary
            Backend developer.

            **Proficient:** Go, Rust, Kafka.<br>
            **Others:** Redis, GraphQL, Terraform, Quillkit.<br>
            **Weekends:** chess, hiking, baking.

            ## Experience

            ### Acme, 2019 - 2020
            - Built the queue.
            """)
        #expect(doc.skills.map(\.name) == ["Proficient", "Others"])
        #expect(names(doc).contains("Quillkit"))
        #expect(!names(doc).contains("chess"))
    }

    @Test func proseInTheSummaryIsNoSkillList() throws {
        let doc = try markdown("""
            # Sam Example

            ## Summary
            Tools: I like to build small tools for teams that ship often and care about quality.
            """)
        #expect(doc.skills.isEmpty)
    }

    @Test func itemsJoinedBySymbols() throws {
        let doc = try markdown("""
            # Sam Example
            ## Skills
            **Backend** | **Data Pipelines & Streaming** | **Client Relations**
            Python · Elixir · Haskell
            Lua - Fennel - Janet
            """)
        #expect(names(doc) == ["Backend", "Data Pipelines & Streaming", "Client Relations", "Python", "Elixir", "Haskell", "Lua", "Fennel", "Janet"])
    }

    @Test func ampersandSplitsKnownNamesOnly() throws {
        let doc = try markdown("""
            ## Skills
            - **Web:** HTML & CSS, Wireframes & Prototypes
            """)
        #expect(names(doc) == ["HTML", "CSS", "Wireframes & Prototypes"])
    }

    @Test func detailsInParenthesesKeepAnItemShort() throws {
        let doc = try markdown("""
            ## Skills
            **Tools:** Make, Design Suite (Vector Tool, Raster Tool, Layout Tool)
            """)
        #expect(names(doc) == ["Make", "Design Suite (Vector Tool, Raster Tool, Layout Tool)"])
    }

    @Test func sectionsNamedInOtherLanguages() throws {
        for heading in ["Compétences", "Kenntnisse", "Habilidades", "Competências", "スキル概要", "Technical Experience", "Toolbox", "Skill"] {
            let doc = try markdown("# A Person\n\n## \(heading)\n\n- Python\n- Haskell\n")
            #expect(names(doc) == ["Python", "Haskell"], "\(heading)")
        }
    }

    @Test func explainedItemsAreTheSkills() throws {
        let doc = try markdown("""
            ## Skills
            ### Languages and tools
            #### Daily
            - OCaml
              - I have used it at work for several years on compilers and build tools.
            - Elm
              - Written every front end of the last product that we shipped to customers.
            """)
        #expect(names(doc) == ["OCaml", "Elm"])
    }

    @Test func skillTablesOutsideASkillsSection() throws {
        let doc = try markdown("""
            # Sam Example

            | Category | Skills |
            | --- | --- |
            | Languages | Go, Rust |
            | Stores | Postgres, Redis |
            """)
        #expect(doc.skills.map(\.name) == ["Languages", "Stores"])
        #expect(names(doc) == ["Go", "Rust", "Postgres", "Redis"])
    }

    @Test func chipsInHTML() throws {
        let doc = try markdown("""
            ## Skills

            <div class="chips"><span class="chip">Erlang</span><span class="chip">Prolog</span></div>
            """)
        #expect(names(doc).contains("Erlang") || names(doc).contains { $0.contains("Erlang") })
    }

    @Test func frontMatterLists() throws {
        let doc = try markdown("""
            ---
            name: Sam Example
            skills:
              - Go
              - Rust
            ---
            # Sam Example
            """)
        #expect(names(doc) == ["Go", "Rust"])
    }

    @Test func plainTextCategoryLines() throws {
        let doc = try plain("""
            Sam Example

            Software skills
            •
            •

            Statistics: R, Stata, and Python
            Other tools: Spreadsheet macros
            Versioning: Git and Mercurial
            """)
        #expect(doc.skills.map(\.name) == ["Statistics", "Other tools", "Versioning"])
        // The `and` of a list's last item goes; inside an item it stays (`client and server software`).
        #expect(names(doc) == ["R", "Stata", "Python", "Spreadsheet macros", "Git and Mercurial"])
    }

    @Test func plainTextProseNamesItsLists() throws {
        let doc = try plain("""
            Sam Example

            Skills
            Data
            Expert in the cleaning of records (deduplication, validation, profiling). Knowledge of pandas, numpy, polars.
            """)
        #expect(names(doc) == ["deduplication", "validation", "profiling", "pandas", "numpy", "polars"])
    }

    @Test func plainTextSkillsEndAtDatedLines() throws {
        let doc = try plain("""
            Sam Example

            Skills
            Languages: Go, Rust

            2021 A paper about things, Journal of Stuff
            Someone, Another Person, Sam Example
            """)
        #expect(names(doc) == ["Go", "Rust"])
    }

    @Test func skillsNestedInTheSiteGeneratorsFrontMatter() throws {
        let doc = try markdown("""
            ---
            title: Sam Example
            params:
                compétences:
                    backend:
                        - Elixir
                        - Go
                    outils:
                        - Make
            ---
            # Sam Example
            ## Experience
            ### Engineer, Widgets Ltd
            """)
        #expect(names(doc) == ["Elixir", "Go", "Make"])
        #expect(doc.skills.map(\.name) == ["backend", "outils"])
    }

    @Test func chipsWrittenAsSiblingSpans() throws {
        let doc = try markdown("""
            ## Skills
            <div class="card">
              <h3>Data</h3>
              <div class="chips"><span class="chip">SQL</span><span class="chip">Column Stores</span><span class="chip">Go</span></div>
            </div>
            """)
        #expect(names(doc) == ["SQL", "Column Stores", "Go"])
    }

    @Test func skillsHeadingInsideTheSummary() throws {
        let doc = try markdown("""
            # Sam Example
            ## Summary
            An engineer who builds small tools.

            ### Skills and Main Tools
            * Elixir, Go
            * Message queues

            ### Goals
            * Learn to write compilers

            ## Experience
            ### Engineer, Widgets Ltd (2019 - 2021)
            """)
        #expect(names(doc) == ["Elixir", "Go", "Message queues"])
    }

    @Test func labelsExplainedBySentencesNameTheSkills() throws {
        let doc = try markdown("""
            ## Core Competencies
            * **Service Design:** I map journeys end to end and turn them into plans teams can build.
            * **Team Growth:** Guiding junior designers to grow their skills and careers.
            """)
        #expect(names(doc) == ["Service Design", "Team Growth"])
    }

    @Test func iconsAndBadgesNameTheirSkills() throws {
        let doc = try markdown("""
            ## Skills
            ### Languages
            [![Elixir](https://badges.example/elixir.svg)](https://elixir.example) ![Go badge](go.svg)

            ### Design
            <img src="/tool-a.png" alt="Vector Tool Icon" style="width: 25px">

            <img src="/js.png" alt="js logo">

            ## Projects
            ![Screenshot of the dashboard after the redesign in spring](shot.png)
            """)
        #expect(names(doc) == ["Elixir", "Go", "Vector Tool", "JavaScript"])
        #expect(doc.skills.map(\.name) == ["Languages", "Design"])
    }

    /// In a text CV's skills, `&` between words counts as no word: a label of four words and an `&` still names a
    /// category, and an item of six words and an `&` is an item, not a sentence.
    @Test func ampersandsAreNoWordsInLabelsAndItems() throws {
        let doc = try plain("""
            JANE ROE

            SKILLS
            Web Security: threat modelling, code review, Broken Access Controls
            (BAC), XSS, CSRF, token handling.
            Cloud & Data Centre Operations: Basic Storage Network Setup & Capacity Planning,
            Backups, Linux & Windows patching
            Operating Systems: Linux, Windows
            """)
        #expect(doc.skills.map(\.name) == ["Web Security", "Cloud & Data Centre Operations", "Operating Systems"])
        #expect(doc.skills[1].skills.map(\.name) == ["Basic Storage Network Setup & Capacity Planning", "Backups", "Linux & Windows patching"])
    }

    /// `* **Haskell** - 6 years, advanced` and `* **Fortran** - a sentence about it`: the name before the one dash is the
    /// skill, with its level and years; a sentence after it names nothing else. A list after the dash stays a list.
    @Test func aNameThenItsLevelOrASentenceAfterADash() throws {
        let doc = try markdown("""
            # Robin Vale

            ## Skills

            * **Haskell** - 6 years, advanced
            * **Elm** - 2 years / intermediate
            * **Zig** - beginner

            ### Languages

            * **Fortran** - the language of my thesis, with solvers tuned for a small weather office.
            * **Ocaml** - used for a compiler course project, with a build tool I liked.
            * Harbor Certified Pilot – Basics, Wave Transfer Format
            """)
        let skills = doc.skills.flatMap(\.skills)
        #expect(skills.map(\.name) == ["Haskell", "Elm", "Zig", "Fortran", "Ocaml", "Harbor Certified Pilot – Basics", "Wave Transfer Format"])
        // The item as written stays the skill's text (its sentence is still checked for spelling).
        #expect(skills[3].text == "Fortran - the language of my thesis, with solvers tuned for a small weather office.")
        #expect(skills.prefix(3).map(\.years) == [6, 2, nil])
        #expect(skills.prefix(3).map(\.level) == ["advanced", "intermediate", "beginner"])
        #expect(doc.skills.last?.name == "Languages")
    }

    /// `* Databases - PostgreSQL, Redis`: a label of skills before a spaced dash names the items after it, as before a
    /// colon (in Markdown a category; in a text CV's bullet the label of the bullet); a dash inside brackets or before a
    /// sentence labels nothing.
    @Test func aLabelOfSkillsBeforeADash() throws {
        let doc = try markdown("""
            # Robin Vale

            ## Skills

            * Backend - Go, Rust, Python
            * Databases — PostgreSQL, Redis
            * Testing - of any kind, as long as there is a system to poke at and time to read its logs
            * Automation (Harness - alpha, beta)
            """)
        #expect(doc.skills.map(\.name) == ["Backend", "Databases", nil, nil])
        #expect(doc.skills.flatMap(\.skills).map(\.name) == ["Go", "Rust", "Python", "PostgreSQL", "Redis", "Testing", "Automation (Harness - alpha, beta)"])
        let text = try plain("""
            ROBIN VALE

            SKILLS
            • Programming Languages – Haskell, Elm
            • Databases – PostgreSQL
            """)
        #expect(names(text) == ["Haskell", "Elm", "PostgreSQL"])
    }
}
