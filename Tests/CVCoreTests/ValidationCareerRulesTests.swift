import Testing
@testable import CVCore

/// `overlap`, `chronology` and `bullet-length` warn only where a careful editor would, and note the rest as info.
@Suite struct ValidationCareerRulesTests {
    static func findings(_ text: String, rule: String) -> [Finding] {
        Validator.validate(text: text, format: .markdown, today: ruleTestToday).filter { $0.ruleID == rule }
    }

    static func cv(_ roles: [(String, String, String)]) -> String {
        "## Experience\n\n" + roles.map { "### \($0.0)\n\n\($0.1) • \($0.2)\n\n- Built the billing system.\n" }.joined(separator: "\n")
    }

    @Test func aSideRoleOverlappingAJobIsInfo() {
        for (organisation, title) in [
            ("City College", "Adjunct Lecturer"), ("Food Bank", "Volunteer Driver"), ("Bakery Ltd", "Founder"),
            ("Self", "Freelance Designer"), ("Globex", "Summer Intern"), ("Ada Lovelace Design", "Designer"),
        ] {
            let text = "# Ada Lovelace\n\n" + Self.cv([
                ("Acme", "Engineer", "Mar 2015 – present"), (organisation, title, "Sep 2016 – Jun 2019"),
                ("Initech", "Developer", "2012 – 2015"),
            ])
            // A volunteering post listed among jobs is read as an item of the section, not a role (no overlap at
            // all); every other side role is a role whose overlap is noted as info.
            let overlap = Self.findings(text, rule: "overlap")
            let expected: [Severity] = title.hasPrefix("Volunteer") ? [] : [.info]
            #expect(overlap.map(\.severity) == expected, "\(title) at \(organisation)")
        }
    }

    @Test func oneOverlapInACVOfSuccessiveJobsIsAWarning() {
        let text = Self.cv([
            ("Acme", "Engineer", "Mar 2018 – present"), ("Initech", "Developer", "Jun 2014 – Dec 2018"),
            ("Globex", "Developer", "2010 – 2014"),
        ])
        #expect(Self.findings(text, rule: "overlap").map(\.severity) == [.warning])
    }

    @Test func severalConcurrentJobsAreInfo() {
        let text = Self.cv([
            ("Acme", "Engineer", "Mar 2018 – present"), ("Initech", "Developer", "Jun 2017 – Dec 2019"),
            ("Globex", "Developer", "2016 – 2018"),
        ])
        let overlap = Self.findings(text, rule: "overlap")
        #expect(!overlap.isEmpty)
        #expect(overlap.allSatisfy { $0.severity == .info })
    }

    @Test func theSameOrganisationListedApartOrTheSameRoleTwiceIsAWarning() {
        let apart = Self.cv([
            ("Acme", "Senior Engineer", "Mar 2018 – present"), ("Initech", "Developer", "2019 – 2020"),
            ("Acme", "Engineer", "Jun 2014 – Dec 2019"),
        ])
        #expect(Self.findings(apart, rule: "overlap").contains { $0.severity == .warning && $0.position.line == 17 })
        let twice = Self.cv([
            ("Acme", "Engineer", "Mar 2018 – present"), ("Initech", "Engineer", "Mar 2018 – Dec 2019"),
            ("Globex", "Engineer", "Mar 2016 – Jun 2017"), ("Umbrella", "Analyst", "2015 – 2017"),
        ])
        #expect(Self.findings(twice, rule: "overlap").first?.severity == .warning)
    }

    @Test func oneBreakInANewestFirstSectionIsAWarningAnOldestFirstSectionOneInfo() {
        let slip = Self.cv([
            ("Acme", "Engineer", "2019 – present"), ("Initech", "Developer", "2012 – 2015"),
            ("Globex", "Developer", "2016 – 2018"), ("Umbrella", "Developer", "2008 – 2012"),
        ])
        #expect(Self.findings(slip, rule: "chronology").map(\.severity) == [.warning])
        let oldestFirst = Self.cv([
            ("Umbrella", "Developer", "2008 – 2011"), ("Initech", "Developer", "2012 – 2015"),
            ("Globex", "Developer", "2016 – 2018"), ("Acme", "Engineer", "2019 – present"),
        ])
        let findings = Self.findings(oldestFirst, rule: "chronology")
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.message.contains("oldest first") == true)
    }

    @Test func aLastUpdatedStampBeforeARoleStartsIsStale() {
        let roles = Self.cv([("Acme", "Engineer", "Sep 2018 – present"), ("Initech", "Developer", "2012 – 2018")])
        let header = { (stamp: String) in "# Jane Doe\n\n*\(stamp)*\n\n" }
        for stamp in ["Last updated: March 2018", "Latest update - April, 2018", "Last Modified Jan 2017"] {
            let findings = Self.findings(header(stamp) + roles, rule: "chronology")
            #expect(findings.map(\.severity) == [.warning], "\(stamp)")
            #expect(findings.first?.range.start.line == 3)
        }
        // A stamp after the newest start, in the same month, with no date, or before a role that starts after today.
        for stamp in ["Last updated: October 2018", "Updated on Sep 2018", "Last updated: \\today", "Last updated 2026"] {
            #expect(Self.findings(header(stamp) + roles, rule: "chronology").isEmpty, "\(stamp)")
        }
        let future = Self.cv([("Acme", "Engineer", "Sep 2030 – present"), ("Initech", "Developer", "2012 – 2018")])
        #expect(Self.findings(header("Last updated: 2020") + future, rule: "chronology").isEmpty)
    }

    @Test func aCurrentRoleListedFirstAndSideRolesAreInOrder() {
        // Sorted by end date: the current role first although it started earlier.
        let byEnd = Self.cv([
            ("Acme", "Engineer", "2013 – present"), ("Initech", "Developer", "2015 – 2020"),
            ("Globex", "Developer", "2010 – 2013"),
        ])
        #expect(Self.findings(byEnd, rule: "chronology").isEmpty)
        let side = Self.cv([
            ("Acme", "Engineer", "2019 – present"), ("Initech", "Developer", "2012 – 2019"),
            ("Open-source", "Maintainer", "2014 – 2020"), ("Globex", "Developer", "2008 – 2012"),
        ])
        #expect(Self.findings(side, rule: "chronology").isEmpty)
    }

    @Test func bulletLengthCountsWordsAndNotesParagraphs() {
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        let long = (1...90).map { "word\($0)" }.joined(separator: " ")
        let paragraph = "Ran the rota. Wrote " + (1...30).map { "w\($0)" }.joined(separator: " ") + ". Then more. Fixed " + (1...60).map { "x\($0)" }.joined(separator: " ")
        let text = "## Experience\n\n### Acme\n\nEngineer • 2019 – 2020\n\n- \(words)\n- \(long)\n- \(paragraph)\n- Built it.\n"
        let findings = Self.findings(text, rule: "bullet-length")
        #expect(findings.map(\.position.line) == [7, 8, 9])
        #expect(findings.map(\.severity) == [.info, .warning, .info])
        #expect(findings.first?.message.contains("60 words") == true)
        #expect(BulletLengthRule.count("Built it. Then ran it! e.g. fine").sentences == 2)
    }
}

/// `date-style` reports a CV that mixes date styles once per dimension, naming both forms.
@Suite struct DateStyleOncePerCVTests {
    static func findings(_ text: String) -> [Finding] {
        Validator.validate(text: text, format: .markdown, today: ruleTestToday).filter { $0.ruleID == "date-style" }
    }

    @Test func mixedSeparatorsGiveOneFindingNamingBoth() {
        let text = ValidationCareerRulesTests.cv([
            ("Acme", "Engineer", "Mar 2019 – present"), ("Initech", "Developer", "Jun 2016 - Jun 2018"),
            ("Globex", "Developer", "Jan 2014 – Jun 2016"), ("Umbrella", "Developer", "Jan 2012 - Jan 2014"),
            ("Hooli", "Developer", "Jan 2010 – Jan 2012"),
        ])
        let findings = Self.findings(text)
        #expect(findings.count == 1)
        #expect(findings.first?.position.line == 11)
        #expect(findings.first?.message.contains("\"-\" in \"Jun 2016 - Jun 2018\" and 1 more but \"–\" in most") == true)
    }

    @Test func aRangeWithSeasonsInAnotherSectionsItemCounts() {
        let roles = "## Experience\n\n### Acme\n\nLecturer • Fall 2021 – present\n\n### Initech\n\nTutor • Spring 2018 – Summer 2021\n\n"
        let mixed = Self.findings(roles + "## Talks\n\n- Data Club talks (Fall 2019-Spring 2020), Acme College\n")
        #expect(mixed.count == 1)
        #expect(mixed.first?.position.line == 13)
        // A year range without a month or season, and an item with one year, are not read.
        #expect(Self.findings(roles + "## Talks\n\n- Data Club chair (2019-2020 year)\n- Talk at Data Club (Fall 2019)\n").isEmpty)
    }

    @Test func numericDatesAndProseRangesAreNotSeparators() {
        #expect(DateStyleRule.separator(in: "2019-08 – 2020-01") == "\"–\"")
        #expect(DateStyleRule.separator(in: "2019-08-15") == nil)
        #expect(DateStyleRule.separator(in: "from 2015 to today") == nil)
        #expect(DateStyleRule.separator(in: "Fall 2020-Spring 2022") == "\"-\"")
        #expect(DateStyleRule.separator(in: "Apr 2010 -- Jul 2010") == "\"–\"")
        #expect(DateStyleRule.separator(in: "Mar 2016 -> Feb 2018") == "\"→\"")
    }

    @Test func twoAndFourDigitYearsAndZeroWidthSpaces() {
        let years = ValidationCareerRulesTests.cv([
            ("Acme", "Engineer", "[16-17]"), ("Initech", "Developer", "[14-16]"), ("Globex", "Developer", "[2012-2014]"),
        ])
        #expect(Self.findings(years).first?.message.contains("two and with four digits") == true)
        #expect(DateStyleRule.styles(in: "Sept\u{200B} \u{200B}2006").map(\.0) == ["Sept YYYY"])
    }
}

/// `word-confusion`: "lead" for "led" in the contexts that make it certain, "setup" used as a verb.
@Suite struct WordConfusionContextTests {
    static func words(_ text: String, format: CVFormat = .markdown) -> [String] {
        Validator.validate(text: text, format: format, today: ruleTestToday)
            .filter { $0.ruleID == "word-confusion" }.compactMap(\.suggestion)
    }

    static func role(_ bullets: [String], dates: String = "2019 – 2021") -> String {
        "## Experience\n\n### Acme\n\nEngineer • \(dates)\n\n" + bullets.map { "- \($0)\n" }.joined()
    }

    @Test func leadInAnEndedRole() {
        #expect(Self.words(Self.role(["Designed the API.", "Jointly lead the rollout."])) == ["led"])
        #expect(Self.words(Self.role(["Designed the API.", "Built the CI.", "Helped grow the team and lead design reviews."])) == ["led"])
        #expect(Self.words(Self.role(["Designed the API. Built the CI. Then ran it.", "Wrote docs. Lead the audit."])) == ["Led"])
        // In prose, after "I" and an adverb, zero-width spaces between the words.
        let prose = "## Experience\n\n### Acme\n\nEngineer • 2012 – 2016\n\nI\u{200B} \u{200B}also\u{200B} \u{200B}lead the team's newsletter.\n"
        #expect(Self.words(prose) == ["led"])
    }

    @Test func leadThatIsRight() {
        // A current role, a job title after "and", a present-tense role, a noun.
        #expect(Self.words(Self.role(["Designed the API.", "Successfully lead the rollout."], dates: "2019 – present")) == [])
        #expect(Self.words(Self.role(["Designed the API.", "Built the CI.", "Promoted to Staff and Lead Engineer."])) == [])
        #expect(Self.words(Self.role(["Own the API.", "Run the CI and lead the audits."])) == [])
        #expect(Self.words(Self.role(["Designed the API.", "Built the CI.", "Worked as the lead developer."])) == [])
    }

    @Test func setupAsAVerbButNotAsANoun() {
        #expect(Self.words(Self.role(["Setup the CI.", "Helped to setup monitoring.", "ECOs. Setup latch flows."])) == ["Set up", "set up", "Set up"])
        #expect(Self.words(Self.role(["Setup of the lab.", "Automated the setup.", "Setup: Docker, Ansible.", "Our setup is fast."])) == [])
    }

    @Test func aVerbWhereATitleNeedsItsAgentNoun() {
        // In running text, inside a title-cased name; and as the last word of a role title.
        #expect(Self.words(Self.role(["Served as the Release Coordinate for the new app.", "Was Project Manage at the agency."])) == ["Coordinator", "Manager"])
        #expect(Self.words("## Experience\n\n### Acme\n\nProgramme Supervise • 2019 – 2021\n\n- Ran the programme.\n") == ["Supervisor"])
        #expect(Self.words("## Experience\n\n### Acme\n\nPlan and Develop • 2019 – 2021\n\n- Ran the programme.\n") == [])
        // Verbs: opening a sentence, after "and", before their object.
        #expect(Self.words(Self.role(["Coordinate the releases.", "Plan And Coordinate.", "Helped the Sales Manage their Accounts."])) == [])
    }

    @Test func aCalqueOfAnimerBeforeEventsOnly() {
        #expect(Self.words(Self.role(["Animate monthly developer meetups.", "Animating the user community."])) == ["Run", "Running"])
        #expect(Self.words(Self.role(["Animate the onboarding screens.", "Animate charts in the dashboard for the sales figures."])) == [])
    }

    @Test func itsBeforeACountOfThings() {
        #expect(Self.words(Self.role(["Shipped the app over it\u{2019}s 3 releases.", "Ran it's 12 workshops."])) == ["its", "its"])
        #expect(Self.words(Self.role(["Kept the service up: it's 3 times faster and it's 10 years old.", "Said it's 2 PM."])) == [])
    }

    @Test func aSlipInAProjectsName() {
        let text = "## Projects\n\n### Fleetctl - automatized server deployment\n\n2017\n\n- Wrote it.\n"
        #expect(Self.words(text) == ["automated"])
    }

    @Test func conceptionBehindAnIdea() {
        #expect(Self.words(Self.role(["The conception behind the tool was simple."])) == ["concept"])
        #expect(Self.words(Self.role(["Took the tool from conception to launch."])) == [])
    }

    @Test func aWellKnownNameWithOneWordWrong() {
        #expect(Self.words(Self.role(["Ported the jobs to Windows Workflow Framework (WF).", "Member of the Association for Computer Machinery."]))
            == ["Windows Workflow Foundation", "Association for Computing Machinery"])
        // Another name (a last word that names no body), a name inside a longer name, the right name.
        #expect(Self.words(Self.role(["Became a Google Cloud Partner.", "Moved to Windows Identity Foundation.", "Spoke at the Acme Project Management Society.", "Used Windows Communication Foundation."])) == [])
    }
}

/// `duplicate-bullet` across roles and inside lists.
@Suite struct DuplicateAcrossRolesTests {
    static func findings(_ text: String) -> [Finding] {
        Validator.validate(text: text, format: .markdown, today: ruleTestToday).filter { $0.ruleID == "duplicate-bullet" }
    }

    @Test func aBulletCopiedToAnotherEmployerIsReportedAShortOneIsNot() {
        let text = """
            ## Experience

            ### Acme

            Team Lead • 2020 – 2022

            - Mentored four engineers through their first on-call rotations.
            - Code reviews.

            ### Initech

            Team Lead • 2018 – 2020

            - Mentored four engineers through their first on-call rotations.
            - Code reviews.
            """
        let findings = Self.findings(text)
        #expect(findings.map(\.position.line) == [14])
        #expect(findings.first?.message.contains("line 7 under Team Lead at Acme") == true)
    }

    @Test func aDescriptionCopiedUnderTheSameEmployerIsReported() {
        let text = """
            ## Experience

            ### Acme

            Architect • 2020 – 2022

            Solution design for the mobile apps and the services behind them.

            ### Acme

            Acting Architect • 2018 – 2020

            Solution design for the mobile apps and the services behind them.
            """
        #expect(Self.findings(text).map(\.position.line) == [13])
    }

    @Test func listsThatNameAnItemTwice() {
        #expect(DuplicateBulletRule.repeatedItems(in: "Tools we used: Jenkins, C#, Windows Forms (WF), MS SQL Server, Jenkins, and JIRA.") == ["Jenkins"])
        #expect(DuplicateBulletRule.repeatedItems(in: "python, docker, github, git, docker hub, git") == ["git"])
        // References and sentences are not lists.
        #expect(DuplicateBulletRule.repeatedItems(in: "Doe J., Roe R., Poe P. and Doe J. (2023). A study, of things, here, and there.") == [])
        #expect(DuplicateBulletRule.repeatedItems(in: "Built it, ran it, then built it again with the team, over a year, and built it.") == [])
    }
}

/// `contact-format` reads the trunk 0 after a country code; `link-broken` reads template placeholders and
/// e-mail links that point to a web page.
@Suite struct ContactAndLinkShapeTests {
    @Test func trunkZeroAfterTheCountryCode() {
        #expect(ContactFormatRule.trunkZero("+44 07700 900123") != nil)
        #expect(ContactFormatRule.trunkZero("+44-07700-900123") != nil)
        #expect(ContactFormatRule.trunkZero("+44 (0)7700 900123") == nil)
        #expect(ContactFormatRule.trunkZero("+44 7700 900123") == nil)
        #expect(ContactFormatRule.trunkZero("+39 06 1234 5678") == nil)
        #expect(ContactFormatRule.trunkZero("07700 900123") == nil)
    }

    @Test func aTrunkZeroInAHeaderTheReaderDidNotTakeAsThePhone() {
        let text = "JANE   jane.example   +44 07700 900123\nDOE\n\nEXPERIENCE\n\nAcme — Engineer\n2019 – 2021\n"
        let findings = Validator.validate(text: text, format: .plainText, today: ruleTestToday).filter { $0.ruleID == "contact-format" }
        #expect(findings.map(\.position) == [SourcePosition(line: 1, column: 23)])
    }

    @Test func placeholdersAndMailLinks() {
        #expect(LinkBrokenRule.placeholder("https://codepen.io/your-work") != nil)
        #expect(LinkBrokenRule.placeholder("https://github.com/username") != nil)
        #expect(LinkBrokenRule.placeholder("https://github.com/jane-doe") == nil)
        #expect(LinkBrokenRule.placeholder("https://example.com/about-your-team") == nil)
        #expect(LinkBrokenRule.mismatch(text: "jane@example.com", target: "https://mail.example.com/") != nil)
        #expect(LinkBrokenRule.mismatch(text: "jane@example.com", target: "mailto:jane@example.com") == nil)
        #expect(LinkBrokenRule.mismatch(text: "My blog", target: "https://blog.example.com/") == nil)
    }
}
