import Testing
@testable import CVCore

/// Session 17: issues a CV tells of are problems met ("tracked down performance issues" shows a problem solver); a
/// disposition asked ("strive to grow") is shown by the holder's own words of desire or interest, said in a summary.
/// Made-up CV and ad.
struct TailorDispositionTests {
    static let cv = """
        # Rowan Akintola

        ## Summary

        I have a strong desire to understand how databases work inside-out.

        ## Experience

        ### Pellham Logistics

        **Backend Developer** • 2019 – Present

        - Designed the routing service that scales to a million parcels a day.
        - Tracked down performance issues in the nightly billing jobs.
        """

    static let ad = """
        # Backend Developer

        ## Requirements

        - Strive to grow.
        - Problem solver.
        """

    static func requirement(_ prefix: String) throws -> RequirementMatch {
        try #require(try TailorFixture(cv: cv, ad: ad).requirement(prefix))
    }

    static func lines(_ m: RequirementMatch) -> [Int] { TailorFixture.lines(m) }

    /// The summary's desire to understand (line 5) is cited for striving to grow.
    @Test func aDesireShowsADrive() throws {
        let m = try Self.requirement("Strive to grow")
        #expect(m.isCovered)
        #expect(Self.lines(m).contains(5))
    }

    /// Tracking down issues (line 14) shows a problem solver.
    @Test func issuesAreProblems() throws {
        let m = try Self.requirement("Problem solver")
        #expect(m.isCovered)
        #expect(Self.lines(m).contains(14))
    }

    /// Certificates issued are no problems.
    @Test func issuedIsNotIssues() {
        let scanner = TermScanner()
        #expect(scanner.stem("issued") != scanner.stem("issues"))
        #expect(scanner.stem("issue") == scanner.stem("issues"))
    }

    @Test func whatSaysADisposition() {
        #expect(TailorIndex.tellsADisposition("I'm drawn to embedded audio work"))
        #expect(TailorIndex.tellsADisposition("Deeply interested in typography"))
        #expect(!TailorIndex.tellsADisposition("Designed the routing service"))
    }
}
