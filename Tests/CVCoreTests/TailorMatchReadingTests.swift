import Testing
@testable import CVCore

/// Session 12: a full-stack web developer shows the browser's languages; a named thing of a competency (a SAN,
/// firewalls) is asked for itself; training one's colleagues shows communication; collaborating online is remote work;
/// the company's founding and funding ask nothing, nor a view the reader is asked to hold; ", as well as" joins two
/// things asked; a wrapped bullet is cited by the line holding what it shows. Made-up CV and ad.
struct TailorMatchReadingTests {
    static let cv = """
        # Bram Okonkwo-Hale

        ## Summary

        I started out as a full-stack web developer for a travel booking start-up.

        ## Experience

        ### Quillfeather Systems

        **Infrastructure Engineer** • Mar 2020 – Present

        - Maintained forty physical servers and their power distribution in two racks.
        - Trained my colleagues on the deployment tooling and the on-call handbook.
        - Rewrote the nightly billing export so that it no longer held table locks for
          hours, then cut the export's latency from forty minutes to six by batching
          its queries.
        - Worked remotely with a team spread over four countries.

        ## Skills

        Python, PostgreSQL, Linux
        """

    static let ad = """
        # Platform Engineer

        Rook & Lantern was founded in 2015 by two former chefs and raised its second round from investors last year.

        ## Requirements

        - Strong command of HTML and CSS.
        - Experience running a SAN.
        - You know how firewalls filter traffic, as well as being comfortable with how servers work at the hardware level.
        - Clear spoken communication skills.
        - We prefer collaboration online to meetings in person.
        - Experience keeping latency low.
        - You understand that reliability is everyone's job.
        """

    static func report() throws -> TailorReport {
        Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
    }

    static func requirement(_ prefix: String, in report: TailorReport) throws -> RequirementMatch {
        try #require(report.requirements.first { $0.requirement.text.hasPrefix(prefix) }, "no requirement \(prefix)")
    }

    /// Full-stack web work (line 5) is HTML and CSS work, though the CV never names them.
    @Test func aFullStackWebDeveloperShowsHTMLAndCSS() throws {
        let m = try Self.requirement("Strong command of HTML and CSS", in: try Self.report())
        #expect(m.isCovered)
        #expect(m.evidence.contains { $0.evidence.source.start.line == 5 })
    }

    /// Racks of servers show machines, not a storage network: the SAN asked is not shown.
    @Test func aSANIsAskedForItself() throws {
        #expect(!(try Self.requirement("Experience running a SAN", in: try Self.report())).isCovered)
    }

    /// ", as well as" joins two asks: firewalls (not shown) and servers at the hardware level (line 13).
    @Test func asWellAsJoinsTwoThingsAsked() throws {
        let report = try Self.report()
        let firewalls = try Self.requirement("You know how firewalls filter traffic", in: report)
        #expect(!firewalls.requirement.text.contains("hardware"))
        #expect(!firewalls.isCovered)
        let servers = try Self.requirement("being comfortable with how servers work", in: report)
        #expect(servers.isCovered)
    }

    /// Training one's colleagues (line 14) is spoken communication.
    @Test func trainingColleaguesShowsCommunication() throws {
        let m = try Self.requirement("Clear spoken communication skills", in: try Self.report())
        #expect(m.isCovered)
        #expect(m.evidence.contains { $0.evidence.source.start.line == 14 })
    }

    /// Collaborating online is how a remote team works: met by remote work (line 18).
    @Test func collaboratingOnlineIsRemoteWork() throws {
        let m = try Self.requirement("We prefer collaboration online to meetings in person", in: try Self.report())
        #expect(m.isCovered)
        #expect(m.evidence.contains { $0.evidence.source.start.line == 18 })
    }

    /// Who founded the company and who funds it asks nothing of the CV.
    @Test func theCompanyStoryIsNotAsked() throws {
        let story = try #require(try Self.report().requirements.first { $0.requirement.text.contains("founded") })
        #expect(!story.requirement.kind.isAsked)
    }

    /// A view the reader is asked to hold is no work a CV shows, though the CV maintains servers.
    @Test func aViewHeldIsNotAsked() throws {
        let m = try Self.requirement("You understand that reliability", in: try Self.report())
        #expect(!m.requirement.kind.isAsked)
        #expect(!m.isCovered)
    }

    /// The latency bullet wraps over lines 15-17; "latency" is on its second line, which is the one cited.
    @Test func aWrappedBulletIsCitedByTheLineHoldingTheWords() throws {
        let m = try Self.requirement("Experience keeping latency low", in: try Self.report())
        #expect(m.isCovered)
        let bullet = try #require(m.evidence.first { $0.evidence.source.start.line == 15 })
        #expect(bullet.line == 16)
    }
}
