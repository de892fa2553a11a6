import Testing
@testable import CVCore

/// Session 17: "N+ years of work experience", asking nothing else, is met by the whole career's years summed from the
/// roles' dates, cited by the sentence that says them and the roles' headings; "a degree, or equivalent experience"
/// is met by the years of a degree too. Made-up CV and ad.
struct TailorCareerYearsTests {
    static let cv = """
        # Noor Halvorsen

        ## Summary

        Backend developer with 6 years' experience of payment systems.

        ## Experience

        ### Quillby Payments

        **Backend Developer** • Mar 2020 – Present

        - Built the settlement service in Go.

        ### Tarnwick Bank

        **Junior Developer** • Jan 2019 – Feb 2020

        - Maintained the statement batch jobs.
        """

    static let ad = """
        # Backend Developer

        ## Requirements

        - 4+ years of relevant work experience.
        - 12+ years of work experience.
        - A degree in physics, or equivalent work experience.
        """

    static func requirement(_ prefix: String) throws -> RequirementMatch {
        try #require(try TailorFixture(cv: cv, ad: ad).requirement(prefix))
    }

    /// Seven years of roles (2019 to 2026) meet four, cited first by the summary's sentence saying them (line 5).
    @Test func yearsAreSummedFromTheRoles() throws {
        let m = try Self.requirement("4+ years")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.source.start.line == 5)
    }

    /// Twelve are not met.
    @Test func tooFewYearsAreAGap() throws {
        let m = try Self.requirement("12+ years")
        #expect(!m.isCovered)
    }

    /// No physics degree, but more years of work than a degree's four.
    @Test func equivalentExperienceMeetsADegree() throws {
        let m = try Self.requirement("A degree in physics")
        #expect(m.isCovered)
    }
}
