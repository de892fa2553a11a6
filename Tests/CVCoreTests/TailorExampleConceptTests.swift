import Testing
@testable import CVCore

/// Session 11: a requirement's examples ("perhaps in retail", "e.g. …") illustrate it rather than being asked;
/// troubleshooting shows problem solving; work with other teams shows collaboration; "operating system" is not
/// operations, nor "I live in …" a live service; "What to expect" lists duties; the employer's name and people
/// are not asked for; skills in parentheses after a competency are its examples. Made-up CV and ad.
struct TailorExampleConceptTests {
    static let cv = """
        # Ada Penhallow

        ## Summary

        I live in Bristol and write backend services.

        ## Experience

        ### Brightmoor Analytics

        **Engineering Lead** • Feb 2021 – Present

        - Led a team of five engineers building the invoicing platform.
        - Worked with three other teams on a shared release calendar.
        - Troubleshot and resolved intermittent payment failures in production.
        - Guided colleagues towards solutions to problems.
        - Set up alerting and dashboards for the invoicing platform.

        ## Skills

        Java, PostgreSQL
        """

    static let ad = """
        # Operations Coordinator

        ## Requirements

        - An experienced supervisor, leader, or organiser, perhaps in catering, shops, or festivals.
        - Problem solver.
        - Team player.
        - Experience with operating system internals.
        - Experience with incident response and operations.
        - Collaborating with QZX developers and the community is critical.
        - Familiarity with observability (Grafana, Prometheus).

        ## What to Expect

        - Write and test backend services.
        """

    static func report() throws -> TailorReport {
        Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
    }

    static func requirement(_ prefix: String) throws -> RequirementMatch {
        try #require(try report().requirements.first { $0.requirement.text.hasPrefix(prefix) })
    }

    /// Leading a team (line 13) meets "supervisor, leader, or organiser"; catering or shops was one example.
    @Test func examplesIllustrateWhatIsAsked() throws {
        let m = try Self.requirement("An experienced supervisor")
        #expect(m.isCovered)
        #expect(m.evidence.contains { $0.evidence.source.start.line == 13 })
        #expect(m.requirement.exampleTerms.count >= 3)
    }

    /// The line that troubleshoots (15) is cited before the one that merely says "problems" (16).
    @Test func troubleshootingShowsProblemSolving() throws {
        let m = try Self.requirement("Problem solver")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.source.start.line == 15)
    }

    /// Working with other teams (line 14) is collaboration.
    @Test func otherTeamsShowTeamwork() throws {
        let m = try Self.requirement("Team player")
        #expect(m.isCovered)
        #expect(m.evidence.contains { $0.evidence.source.start.line == 14 })
    }

    /// "Operating system internals" asks nothing the CV shows: not operations (line 15 runs production); and
    /// "I live in Bristol" (line 5) shows no operations work.
    @Test func operatingSystemsAndLivingAreNotOperations() throws {
        #expect(!(try Self.requirement("Experience with operating system").isCovered))
        #expect(!(try Self.requirement("Experience with incident").isCovered))
    }

    /// "QZX developers" are whose people, not a name asked for; "collaborating" and "community" both carry
    /// collaboration, so nothing else is asked, and working with other teams (line 14) shows it.
    @Test func theEmployersPeopleAreNotAsked() throws {
        let m = try Self.requirement("Collaborating with QZX")
        #expect(m.isCovered)
        #expect(m.evidence.contains { $0.evidence.source.start.line == 14 })
    }

    /// Skills in parentheses after a competency illustrate it: alerting and dashboards (line 17) show observability
    /// though the CV names neither tool.
    @Test func skillsInParenthesesIllustrateACompetency() throws {
        let m = try Self.requirement("Familiarity with observability")
        #expect(m.requirement.skillsAreExamples)
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.source.start.line == 17)
    }

    /// After "at" or "join", a capitalised run is where the job is.
    @Test func employerNamesAfterAtOrJoin() {
        #expect(JobAdReader.employerWords("An engineer at Zephyr Foods' platform team") == ["zephyr", "foods"])
        #expect(JobAdReader.employerWords("Join Brightwater Labs to build tools") == ["brightwater", "labs"])
        #expect(JobAdReader.employerWords("Experience at scale with Postgres").isEmpty)
    }

    /// The items under "What to Expect" are duties, weighed as responsibilities.
    @Test func whatToExpectListsDuties() throws {
        let m = try Self.requirement("Write and test")
        #expect(m.requirement.kind == .responsibility)
    }
}
