import Testing
@testable import CVCore

/// Coverage by what a requirement is about: its skills, competencies and names, not the generic verbs and
/// qualifiers every ad and CV use; and evidence that points at the bullet showing it. A made-up ad and CV.
struct TailorSalienceTests {
    static let cv = """
        # Alex Moreno

        ## Summary

        Engineer who likes tidy systems and clear notes.

        ## Experience

        ### Example Logistics

        **Platform Engineer** • Jan 2020 – Present

        - Packaged the route planner in Docker images and ran them on our build hosts.
        - Ran experiments on the checkout page and iterated on the winning variant.
        - Implemented and developed the invoicing service for our users.
        - Contracted a courier for same-day parcels.
        - Wrote unit tests for the route planner.

        ## Skills

        Docker, Python
        """

    static let ad = """
        # Platform Engineer

        ## Requirements

        - Experience with containers
        - You enjoy experimenting with fresh ways of working
        - Develop and implement our procurement strategy
        - Automate scaling Zorbix clusters
        - Writing unit tests for JavaScript
        """

    static func report() throws -> TailorReport {
        Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
    }

    static func requirement(_ report: TailorReport, _ text: String) throws -> RequirementMatch {
        try #require(report.requirements.first { $0.requirement.text == text }, "no requirement \(text)")
    }

    /// A skill shows the competency it belongs to: Docker shows containers work, and the bullet that uses it is
    /// the line to point to, before the skills list that names it.
    @Test func aSkillShowsItsCompetencyAndTheBulletIsCited() throws {
        let m = try Self.requirement(Self.report(), "Experience with containers")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.text.hasPrefix("Packaged the route planner in Docker") == true)
    }

    /// "Experimenting" is not "experience" (the stemmer gives both one stem): a bullet about experiments and
    /// iterations shows it.
    @Test func experimentingIsACompetencyOfItsOwn() throws {
        let scanner = TermScanner()
        #expect(scanner.stem("experimenting") != scanner.stem("experience"))
        let m = try Self.requirement(Self.report(), "You enjoy experimenting with fresh ways of working")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.text.hasPrefix("Ran experiments on the checkout page") == true)
    }

    /// Generic verbs ("develop", "implement") are shared by every CV, and "contracted" shows procurement only
    /// weakly: the requirement is a gap.
    @Test func genericWordsAndWeakWordsDoNotCover() throws {
        let m = try Self.requirement(Self.report(), "Develop and implement our procurement strategy")
        #expect(!m.isCovered)
        #expect(ConceptLexicon.strength("~procurement", in: TermScanner().scan("Contracted a courier"), asked: []) == 0.5)
        #expect(ConceptLexicon.strength("~procurement", in: TermScanner().scan("Ran the supplier tender"), asked: []) == 1)
    }

    /// A name the ad asks for and no lexicon knows ("Zorbix") must be in the CV: scaling and automation shown
    /// elsewhere do not meet it.
    @Test func anUnknownNameMustBeShown() throws {
        let m = try Self.requirement(Self.report(), "Automate scaling Zorbix clusters")
        #expect(!m.isCovered)
        let job = JobAd(parsing: Self.ad)
        let asked = try #require(job.requirements.first { $0.text == "Automate scaling Zorbix clusters" })
        #expect(AskedNames.stems(of: asked) == ["zorbix"])
    }

    /// "Quantum Ledger Device (QLD)": the capitals are the name asked; the capitalised words only spell it out, so
    /// a CV writing "ledger" or "device" does not meet it.
    @Test func theCapitalsAreTheNameAsked() throws {
        let job = JobAd(parsing: "# Engineer\n\n## Requirements\n\n- Quantum Ledger Device (QLD) experience is a plus\n")
        let asked = try #require(job.requirements.first { $0.text.hasPrefix("Quantum") })
        #expect(AskedNames.stems(of: asked) == [TermScanner().stem("qld")])
    }

    /// Tests in another language do not meet tests "for JavaScript": the skill decides.
    @Test func aNamedSkillTheCVLacksIsAGap() throws {
        let m = try Self.requirement(Self.report(), "Writing unit tests for JavaScript")
        #expect(!m.isCovered)
    }
}
