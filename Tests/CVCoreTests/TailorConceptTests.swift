import Testing
@testable import CVCore

/// Competencies an ad names in words and a CV shows in other words (`ConceptLexicon`).
struct TailorConceptTests {
    static let cv = """
        # Alex Doe

        ## Experience

        ### Example Shipping Co

        **Platform Engineer** • Jan 2020 – Present

        - Built a redundant failover pair for the payments database.
        - Wrote the deploy scripts in Bash and Python.
        - Led security reviews of new services.
        """

    static let ad = """
        # Platform Engineer

        ## Requirements

        - Experience running highly-available services.
        - Scripting and coding experience.
        - Experience with hardware security modules, smart cards and key ceremonies.
        """

    static func report() throws -> TailorReport {
        Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
    }

    static func requirement(_ report: TailorReport, _ prefix: String) throws -> RequirementMatch {
        try #require(report.requirements.first { $0.requirement.text.hasPrefix(prefix) })
    }

    /// "highly-available" is shown by a redundant failover pair (line 9), though no word is shared.
    @Test func availabilityIsShownByFailoverAndRedundancy() throws {
        let m = try Self.requirement(try Self.report(), "Experience running highly-available")
        #expect(m.isCovered)
        #expect(m.evidence.map(\.evidence.source.start.line) == [9])
    }

    /// "Scripting and coding" is shown by deploy scripts (line 10).
    @Test func codingIsShownByScripts() throws {
        let m = try Self.requirement(try Self.report(), "Scripting and coding")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.source.start.line == 10)
    }

    /// A requirement that names much more than the competency (hardware modules, smart cards, key ceremonies) is
    /// not met by a line that only says "security".
    @Test func aSharedCompetencyDoesNotMeetAMoreSpecificRequirement() throws {
        let m = try Self.requirement(try Self.report(), "Experience with hardware security modules")
        #expect(!m.isCovered)
    }
}
