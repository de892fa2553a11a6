import Testing
@testable import CVCore

/// General cues that keep `validate` from false alarms on CVs of every layout: names in lists, acronyms in small
/// letters, elements in another language, PDF columns, slugs, contact fields in words, student CVs, short overlaps,
/// dotted month abbreviations, a stray brace. Made-up CVs and made-up dictionaries.
@Suite struct ValidationGeneralCuesTests {
    static func findings(_ text: String, format: CVFormat = .markdown, rule: String, checker: (any SpellChecker)? = nil) -> [Finding] {
        Validator.validate(text: text, format: format, today: ruleTestToday, spellChecker: checker).filter { $0.ruleID == rule }
    }

    static func cv(_ bullets: [String], header: String = "# Jane Doe\n") -> String {
        header + "\n## Experience\n\n### Acme\n\nEngineer • 2019 – 2020\n\n" + bullets.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }

    /// A CV of one job, to which the tests add a section.
    static let oneJob = "# Jane Doe\n\n## Experience\n\n### Acme\n\nEngineer • 2019 – 2020\n\n- Built the billing system for the shop.\n"

    /// Every word is right but `Brightlen` (one letter from `brighten`), `recieve` and the words given.
    static func checker(_ more: [String: [String]] = [:]) -> WordListSpellChecker {
        WordListSpellChecker(wrong: ["brightlen": ["brighten"], "recieve": ["receive"]].merging(more) { a, _ in a })
    }

    @Test func aCapitalisedNameAloneInAListIsNotASlipButInASentenceItIs() {
        let list = Self.cv(["Ran the shop's servers for three years.", "Stack: Docker, Brightlen, Redis, Nginx"])
        #expect(Self.findings(list, rule: "spelling", checker: Self.checker()).isEmpty)
        let sentence = Self.cv(["Ran the shop's servers for three years.", "Made the Brightlen screen of the till faster."])
        #expect(Self.findings(sentence, rule: "spelling", checker: Self.checker()).map(\.suggestion) == ["brighten"])
    }

    @Test func anAcronymInSmallLettersIsAStyleAWeekdayIsASlip() {
        // (`tues` and `tue` are no words here, as in hunspell's lists: `tuesday` is no compound.)
        let more = ["url": ["URL"], "json": ["JSON"], "tuesday": ["Tuesday"], "tues": [], "tue": []]
        let text = Self.cv(["Kept the url of each json feed in the shop's wiki.", "Met the buyers every tuesday morning."])
        #expect(Self.findings(text, rule: "spelling", checker: Self.checker(more)).map(\.message) == [#""tuesday" is misspelt (did you mean "Tuesday"?)"#])
    }

    @Test func aGermanElementIsNotCheckedAnEnglishBulletWithTwoSlipsIs() {
        let german = ["lokales": ["locales"], "wettermodell": [], "genutzt": [], "von": ["on"], "mehr": ["meh"], "als": ["also"], "zehn": [], "gruppen": ["groupe"]]
        let text = Self.cv([
            "Lokales Wettermodell, genutzt von mehr als zehn Gruppen",
            "Fixed teh recieve path in Brightlen",
        ])
        let found = Self.findings(text, rule: "spelling", checker: Self.checker(german.merging(["teh": ["the"]]) { a, _ in a }))
        #expect(Set(found.map(\.position.line)) == [10])
        #expect(found.contains { $0.message.contains("recieve") })
    }

    @Test func aWordBrokenAcrossLinesInAColumnIsAFragment() {
        let text = """
            JANE DOE

            EXPERIENCE

            2019 - 2021           Debate Coach, Northfield School
            Teaching              Coached the school team for two years and gave instruc-
            Communication         tion in argument, feedback and judging at every meet.
            """
        #expect(Self.findings(text, format: .plainText, rule: "spelling", checker: Self.checker(["tion": ["ton"]])).isEmpty)
    }

    @Test func aWordOfASlugWithDigitsIsNotSpelt() {
        let text = Self.cv(["Wrote up the move in [recieve-notes-2022](https://example.com/recieve-notes-2022).", "Kept the recieve queue short."])
        #expect(Self.findings(text, rule: "spelling", checker: Self.checker()).map(\.position.line) == [10])
    }

    @Test func aCombiningFormAndADictionaryWordMakeAWord() {
        let text = Self.cv(["Taught a course on ethnopolitical conflict and its history."])
        #expect(Self.findings(text, rule: "spelling", checker: Self.checker(["ethnopolitical": ["ethnological"]])).isEmpty)
    }

    @Test func phoneNumbersAreReadWithTheirCountryCodesLength() {
        func contact(_ phone: String) -> [Finding] {
            let text = """
                {"basics": {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "\(phone)"},
                 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01"}]}
                """
            return Self.findings(text, format: .jsonResume, rule: "contact-format")
        }
        for right in ["+84906789832", "+917001610649", "(+44) 7700 900123", "+353 87 123 4567", "On request"] {
            #expect(contact(right).isEmpty, "\(right)")
        }
        for wrong in ["+44 07700 900123", "+84 0906 789 832", "+1 555 12"] {
            #expect(contact(wrong).count == 1, "\(wrong)")
        }
    }

    @Test func aLaTeXMacroInTheContactLineIsNotAnAddress() {
        let text = """
            \\newcommand{\\email}{jane@example.com}
            \\newcommand{\\phone}{+44 20 7946 0958}
            \\begin{document}
            {\\Huge Jane Doe} \\\\
            \\href{tel:\\phone}{\\phone} | \\href{mailto:\\email}{\\email}
            \\section{Experience}
            \\textbf{Engineer}, Acme \\hfill 2019 -- 2020
            \\begin{itemize}
            \\item Built the billing system.
            \\end{itemize}
            \\end{document}
            """
        #expect(Self.findings(text, format: .latex, rule: "contact-format").isEmpty)
    }

    @Test func aStudentCVWithoutJobsIsInfoAnEmptyCVAnError() {
        let student = """
            # Jane Doe

            ## Education

            ### Northfield College

            BSc Computing • 2021 – 2024

            ## Skills

            - Python, SQL, Git
            """
        #expect(Self.findings(student, rule: "no-roles").map(\.severity) == [.info])
        #expect(Self.findings("# Jane Doe\n\n## Interests\n\n- Sailing\n", rule: "no-roles").map(\.severity) == [.error])
    }

    @Test func aFewMonthsOverlapOrTwoGraduatePostsAreNotAMistake() {
        func overlap(_ roles: [(String, String, String)]) -> [Severity] {
            let text = "## Experience\n\n" + roles.map { "### \($0.0)\n\n\($0.1) • \($0.2)\n\n- Built the billing system.\n" }.joined(separator: "\n")
            return Self.findings(text, rule: "overlap").map(\.severity)
        }
        // A four-month overlap at a job change: a notice period, not a mistyped year.
        #expect(overlap([("Acme", "Engineer", "Mar 2018 – present"), ("Initech", "Developer", "Jun 2014 – Jul 2018"),
                         ("Globex", "Developer", "2010 – 2014")]) == [.info])
        // Two labs of one university at once, listed apart.
        #expect(overlap([("Northfield University", "Graduate Researcher, Soil Lab", "Aug 2021 – May 2024"),
                         ("Harbour Trust", "Data Analyst", "Jan 2018 – Dec 2019"),
                         ("Northfield University", "Graduate Research Assistant, Water Group", "Aug 2020 – Dec 2022")]) == [.info])
    }

    @Test func juneAndJulyInFullBesideDottedAbbreviationsAreOneStyle() {
        func style(_ first: String, _ second: String) -> Int {
            let text = "## Experience\n\n### Acme\n\nEngineer • \(first)\n\n- Built it.\n\n### Initech\n\nDeveloper • \(second)\n\n- Ran it.\n"
            return Self.findings(text, rule: "date-style").count
        }
        #expect(style("Oct. 2021 – present", "Sep. 2017 – July 2021") == 0)
        #expect(style("Oct 2021 – present", "Sep 2017 – July 2021") == 1)
    }

    @Test func aNestedItemWithAContinuationLineIsNotItsOwnRepeat() {
        let text = Self.oneJob + """

            Side Projects
            -------------

            * **Tidewatch** - a harbour tool for the port's pilots. In it I built:
              * a client for the tide feed of the port authority (http://example.com/feed)
              The code was not released, it was still in beta.
              * a reader for the berth schedule of the port http://example.com/.
              The code was not released, it was still in beta.
            """
        let repeats = Self.findings(text, rule: "duplicate-bullet")
        #expect(!repeats.contains { $0.message.hasSuffix("line \($0.position.line)") })
    }

    @Test func aStrayBraceIsOneProblem() {
        let text = "\\begin{document}\n\\section{Summary}\nBuilds tools for ports.}.\n\\end{document}\n"
        #expect(LaTeXBalance.problems(in: text).map(\.message) == ["a } that closes no {"])
    }

    @Test func aSentenceInTheSkillsSectionIsSpeltAListOfToolsIsNot() {
        let text = Self.oneJob + """

            Technical Skills
            ----------------

            ### Languages

            * **Go** - writing services, testing and fixing old code. Most of my work is done in Go. In several jobs in my carreer I learned and used **Redis** and **Kafka** as stores.
            * **Python** - scripts, pandas, numpy and scipy.
            """
        let more = ["carreer": ["career"], "numpy": ["bumpy"], "scipy": ["scip"]]
        let found = Self.findings(text, rule: "spelling", checker: Self.checker(more))
        #expect(found.map(\.message) == [#""carreer" is misspelt (did you mean "career"?)"#])
    }

    @Test func aDoubledLetterInACapitalisedWordIsFoundPastTheNamesHunspellRanksFirst() {
        let text = Self.cv(["Worked with the Bussiness teams of the shop."])
        let found = Self.findings(text, rule: "spelling", checker: Self.checker(["bussiness": ["Mussiness", "Fussiness", "Business"]]))
        #expect(found.map(\.suggestion) == ["Business"])
    }
}
