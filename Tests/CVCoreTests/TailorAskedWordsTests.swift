import Testing
@testable import CVCore

/// What an ad's words ask and what a CV's lines show beyond the words they share: a clause of purpose, adverbs of
/// manner and the words of a soft competency's phrase are not asked; a skill shown only in a skills list does
/// not show a duty done with it; a sentence about the employer does not show the holder's skills; a career at
/// several organisations shows diverse experience; a GitHub profile shows Git, Puppet work Ansible.
struct TailorAskedWordsTests {
    static let cv = """
        # Jordan Vale

        ## Experience

        ### Lumen Freight

        **Data Platform Lead** • Mar 2021 – Present

        Lumen Freight runs its parcel tracking on Azure.

        - Set the three-year roadmap and the quarterly goals of the data platform.
        - Mentored four junior developers through their first year.
        - Wrote the ingestion workers in Python.

        ### Orchard Maps

        **Backend Developer** • Jan 2017 – Feb 2021

        - Built tile rendering services in Python.
        - Kept the render farm's machines configured with Puppet.

        ### Kestrel Print

        **Support Engineer** • Jun 2014 – Dec 2016

        - Answered printer driver tickets for small offices.

        ## Skills

        - Languages: Python, Rust

        ## Elsewhere

        - GitHub: jvale-dev
        """

    static let ad = """
        # Data Engineer

        ## Requirements

        - Can operate on strategy, with long\u{AD}-term goals and plans
        - Cares about developing people, personally and professionally
        - Knowledge of Rust
        - Knowledge of Azure
        - Proficiency with Git
        - Experience with Ansible
        - Diverse experience is welcome
        - Office savvy: years with spreadsheet suites, comfortable in databases and ticket trackers

        ## Your duties

        - Write fast, safe Rust services
        - Open our pipeline to outside plugins so Acme becomes a true platform
        """

    static func report(_ cv: String = cv) throws -> TailorReport {
        Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
    }

    static func covered(_ report: TailorReport, _ prefix: String) throws -> Bool {
        try #require(report.requirements.first { $0.requirement.text.hasPrefix(prefix) }).isCovered
    }

    /// Generic words ("delivered", "solutions", "technology") are not words a competency's clause leaves
    /// unmet: security work meets it. "Open source" shows no sourcing of suppliers.
    @Test func genericWordsAreNotLeftUnmet() throws {
        let cv = """
            # Ada Brenner

            ## Experience

            ### Quillon Bank

            **Platform Engineer** • Feb 2019 – Present

            - Ran the yearly security audits of the card platform and rewrote its login service.
            - Published our deployment scripts as open source.
            """
        let ad = """
            # Security Engineer

            ## Requirements

            - Have delivered useful technology solutions which cut risk and raised security for a company
            - Know supplier sourcing rules inside and out
            """
        let report = Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
        #expect(try Self.covered(report, "Have delivered useful technology solutions"))
        #expect(try !Self.covered(report, "Know supplier sourcing rules"))
        let scanner = TermScanner()
        #expect(scanner.stem("sourcing") != scanner.stem("source"))
    }

    @Test func softCompetenciesAreMetWithoutTheirPhrasesWords() throws {
        let report = try Self.report()
        // "operate" is any work (not operations); "long-term" (its soft hyphen dropped) is one term of strategy.
        #expect(try Self.covered(report, "Can operate on strategy, with long-term goals and plans"))
        // "personally and professionally" say how the people are developed, not what is asked.
        #expect(try Self.covered(report, "Cares about developing people"))
    }

    @Test func skillsAreShownByTheHoldersWork() throws {
        let report = try Self.report()
        #expect(try Self.covered(report, "Knowledge of Rust"))
        // Rust only in the skills list: claimed, not shown writing services.
        #expect(try !Self.covered(report, "Write fast, safe Rust services"))
        // Azure only in a sentence about the employer.
        #expect(try !Self.covered(report, "Knowledge of Azure"))
        #expect(try Self.covered(report, "Proficiency with Git"))
        // One configuration management tool does the work of another.
        #expect(try Self.covered(report, "Experience with Ansible"))
    }

    @Test func diverseExperienceIsACareerAtSeveralOrganisations() throws {
        #expect(try Self.covered(try Self.report(), "Diverse experience"))
        let oneEmployer = Self.cv.components(separatedBy: "### Orchard Maps")[0]
        #expect(try !Self.covered(try Self.report(oneEmployer), "Diverse experience"))
    }

    @Test func aCommaBeforeHowWellSomethingIsKnownStartsARequirement() throws {
        let texts = JobAd(parsing: Self.ad).requirements.map(\.text)
        #expect(texts.contains("Office savvy: years with spreadsheet suites"))
        #expect(texts.contains("comfortable in databases and ticket trackers"))
    }

    @Test func whatTheWorkIsForIsNotAsked() throws {
        let plugins = try #require(JobAd(parsing: Self.ad).requirements.first { $0.text.hasPrefix("Open our pipeline") })
        let scanner = TermScanner()
        #expect(plugins.terms.contains(scanner.stem("plugins")))
        #expect(!plugins.terms.contains(scanner.stem("platform")))
        #expect(!plugins.terms.contains(scanner.stem("becomes")))
    }
}
