import Testing
@testable import CVCore

/// What a careful reader of a made-up ad and a made-up CV expects: every sentence of the ad read as a
/// requirement with its kind, coverage decided by meaning with the lines that show it, years counted from dates.
struct TailorCoverageTests {
    static let cv = """
        # Sam Rivera

        ## Experience

        ### Example Freight

        **Site Engineer** • Jan 2019 – Present

        - Answered pages as part of the incident rota and wrote the postmortems.
        - Peered our edge routers with two transit providers over BGP.
        - Wrote the parcel tracker in Python.

        ### Example Print Shop

        **Developer** • Jan 2012 – Dec 2018

        - Built the order forms in Python and PostgreSQL.
        """

    static let ad = core + """

        ## Location

        We can only hire in Canada.

        ## What we offer

        - Health insurance and a generous salary
        - A yearly budget for Python and PostgreSQL conferences
        """

    static let core = """
        # Site Engineer

        ## About the role

        You will keep our parcel network running. You should have a firm grounding in 24/7 production operations and have experience with routing, security and stability monitoring, virtualization, firewalls, database management, configuration management and systemd.

        ## Requirements

        - 10+ years of professional experience with Python
        - 6+ years of Python
        - 20+ years of professional experience
        - Experience with BGP
        - Networking experience
        - Kubernetes experience is a plus
        """

    static func report(_ ad: String = ad) throws -> TailorReport {
        Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
    }

    static func requirement(_ report: TailorReport, _ text: String) throws -> RequirementMatch {
        try #require(report.requirements.first { $0.requirement.text == text }, "no requirement \(text)")
    }

    /// A prose paragraph under "About the role" is read sentence by sentence, clause by clause, each clause a
    /// substring of the ad: "and have experience with" starts a new clause, a list of things is cut at its commas.
    @Test func proseIsReadClauseByClause() {
        let texts = JobAd(parsing: Self.ad).requirements.map(\.text)
        #expect(texts.contains("You will keep our parcel network running."))
        #expect(texts.contains("You should have a firm grounding in 24/7 production operations"))
        #expect(texts.contains("virtualization"))
        #expect(texts.contains("configuration management"))
        #expect(texts.contains("systemd."))
        for text in texts { #expect(Self.ad.contains(text), "\(text) is not a substring of the ad") }
    }

    /// A list of one-word things inside a requirement is one requirement.
    @Test func aListOfOneWordThingsStaysOneRequirement() {
        let job = JobAd(parsing: "# Ops\n\n## Requirements\n\n- Experience building metrics, alerting, and tracing pipelines\n")
        #expect(job.requirements.map(\.text).contains("Experience building metrics, alerting, and tracing pipelines"))
    }

    /// Kinds from sections and cue words; where to live and what is offered are reported but not weighed.
    @Test func kindsComeFromSectionsAndCueWords() throws {
        let job = JobAd(parsing: Self.ad)
        func kind(_ prefix: String) -> JobRequirement.Kind? { job.requirements.first { $0.text.hasPrefix(prefix) }?.kind }
        #expect(kind("Kubernetes experience is a plus") == .niceToHave)
        #expect(kind("Experience with BGP") == .mustHave)
        #expect(kind("We can only hire in Canada") == .eligibility)
        #expect(kind("Health insurance") == .benefit)
        #expect(kind("You will keep") == .responsibility)
        let hire = try Self.requirement(try Self.report(), "We can only hire in Canada.")
        #expect(!hire.isCovered)
        #expect(hire.requirement.weight == 0)
    }

    /// Benefits and eligibility do not move the score.
    @Test func boilerplateDoesNotCount() throws {
        #expect(try Self.report().score == Self.report(Self.core).score)
        // A benefit asks nothing of the CV: reported, never covered, no evidence cited for it.
        // (the conference budget names what the CV shows, Python and PostgreSQL, and is still not covered).
        for text in ["Health insurance and a generous salary", "A yearly budget for Python and PostgreSQL conferences"] {
            let benefit = try Self.requirement(try Self.report(), text)
            #expect(benefit.requirement.kind == .benefit, "\(text)")
            #expect(!benefit.isCovered && benefit.evidence.isEmpty, "\(text)")
        }
    }

    /// Years are summed from the dates of the roles that show the thing: Python in both roles, 2012 to 2026,
    /// is 14 years, enough for 10+ and 6+; the whole career (14 years) is not 20.
    @Test func yearsAreCountedFromRoleDates() throws {
        let report = try Self.report()
        #expect(try Self.requirement(report, "10+ years of professional experience with Python").isCovered)
        #expect(try Self.requirement(report, "6+ years of Python").isCovered)
        #expect(try !Self.requirement(report, "20+ years of professional experience").isCovered)
        #expect(YearsAsked.years(in: "4+ years of paid experience writing software in C++") == 4)
        #expect(YearsAsked.years(in: "3 or more years of Go") == 3)
        #expect(YearsAsked.years(in: "several years of Go") == nil)
    }

    /// "24/7 production operations" is shown by pages, an incident rota and postmortems (line 9), in other words.
    @Test func operationsAreShownByTheIncidentRota() throws {
        let m = try Self.requirement(try Self.report(), "You should have a firm grounding in 24/7 production operations")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.source.start.line == 9)
    }

    /// BGP shows networking (line 10); asked for by name, BGP is met by BGP, and networking words do not meet
    /// an ad's named thing.
    @Test func aNamedThingShowsItsCompetencyButIsAskedForItself() throws {
        let report = try Self.report()
        let networking = try Self.requirement(report, "Networking experience")
        #expect(networking.isCovered)
        #expect(networking.evidence.map(\.evidence.source.start.line).contains(10))
        let bgp = try Self.requirement(report, "Experience with BGP")
        #expect(bgp.isCovered)
        let other = JobAd(parsing: "# Ops\n\n## Requirements\n\n- Experience with PKI\n")
        let cv = try CVReader.parse(text: "# A\n\n## Experience\n\n### Example Co\n\n**Engineer** • 2020 – Present\n\n- Hardened the network security of our offices.\n", path: "cv.md")
        #expect(Tailor.match(document: cv, job: other, referenceYear: 2026).requirements.allSatisfy { !$0.isCovered })
    }

    /// Nothing in the CV shows virtualization or systemd: honest gaps.
    @Test func whatTheCVDoesNotShowIsAGap() throws {
        let report = try Self.report()
        #expect(try !Self.requirement(report, "virtualization").isCovered)
        #expect(try !Self.requirement(report, "systemd.").isCovered)
        #expect(try !Self.requirement(report, "Kubernetes experience is a plus").isCovered)
    }

    /// The samples CV (Morgan Ellis): on-call and mentoring are read by meaning from its bullets.
    @Test func theSampleCVShowsOnCallAndMentoring() throws {
        let text = try #require(MarkdownTestCorpus.file(MarkdownTestCorpus.repository + "/samples/cv.md"))
        let document = try CVReader.parse(text: text, path: "cv.md")
        let ad = "# Platform Engineer\n\n## Requirements\n\n- Experience being on call for production incidents\n- You have mentored other engineers\n"
        let report = Tailor.match(document: document, job: JobAd(parsing: ad), referenceYear: 2026)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for m in report.requirements where m.requirement.kind == .mustHave {
            #expect(m.isCovered, "\(m.requirement.text)")
            let cited = m.evidence.map { String(lines[$0.evidence.source.start.line - 1]) }
            #expect(cited.contains { $0.contains("on-call") || $0.contains("Mentored") }, "\(m.requirement.text): \(cited)")
        }
    }
}
