import Testing
@testable import CVCore

/// What an ad asks for, read as a careful reader does: under "What you'll bring" are the must-haves, and a level
/// asked ("intermediate knowledge of Rust") is not met by the CV's own "Rust (beginner)". Made-up ads and CVs.
struct TailorAskedLevelTests {
    static let ad = """
        # Storage Engineer

        ## What you'll bring

        - Intermediate knowledge of Rust or Haskell
        - Experience with Kotlin
        """

    static func match(_ skills: String, _ text: String) throws -> RequirementMatch {
        let cv = """
            # Tomas Ferreira

            ## Experience

            ### Lantern Freight

            **Engineer** • Mar 2019 – Present

            - Kept the parcel tracking database healthy through the winter peak.

            ## Skills

            \(skills)
            """
        let report = Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: Self.ad),
                                  referenceYear: 2026)
        return try #require(report.requirements.first { $0.requirement.text == text })
    }

    @Test func whatYouWillBringListsMustHaves() throws {
        let job = JobAd(parsing: Self.ad)
        for text in ["Intermediate knowledge of Rust or Haskell", "Experience with Kotlin"] {
            #expect(job.requirements.first { $0.text == text }?.kind == .mustHave, "\(text)")
        }
    }

    @Test func aBeginnersSkillDoesNotMeetAnAskedLevel() throws {
        let asked = "Intermediate knowledge of Rust or Haskell"
        #expect(try !Self.match("- Languages: Rust (beginner), Kotlin (beginner)", asked).isCovered)
        #expect(try Self.match("- Languages: Rust (advanced), Kotlin (beginner)", asked).isCovered)
        #expect(try Self.match("- Languages: Rust, Kotlin", asked).isCovered)
        // No level asked: the skill listed shows it, whatever level the CV gives it.
        #expect(try Self.match("- Languages: Rust (beginner), Kotlin (beginner)", "Experience with Kotlin").isCovered)
    }
}
