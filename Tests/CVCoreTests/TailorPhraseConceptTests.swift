import Testing
@testable import CVCore

/// Session 10: competency words of several words ("on-call", "self-starter", "team player"), teaching shown as
/// communication, the CV's own language, and "N years of X" where X is only listed. Made-up CV and ad.
struct TailorPhraseConceptTests {
    static let cv = """
        # Robin Vale

        ## Summary

        A self-starter who enjoys untangling hard problems.

        ## Experience

        ### Quillfeather Ltd

        **Backend Engineer** • Mar 2023 – Present

        - Took part in the on call rota for the billing API.
        - Mentored two junior engineers through their first releases.
        - Written in Kotlin: a ledger service with nightly reconciliation.

        ### Lanternway Freight

        **Software Engineer** • Jan 2010 – Feb 2023

        - Kept the dispatch system's database tidy.

        ## Skills

        Kotlin, Rust, PostgreSQL
        """

    static let ad = """
        # Backend Engineer

        ## Requirements

        - Self-sufficiency.
        - Experience with on-call duties.
        - Excellent communication skills.
        - English language proficiency.
        - 5+ years of Rust.
        """

    static func requirement(_ prefix: String) throws -> RequirementMatch {
        let report = Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad),
                                  referenceYear: 2026)
        return try #require(report.requirements.first { $0.requirement.text.hasPrefix(prefix) })
    }

    /// "Self-sufficiency" is what a self-starter (line 5) says of themselves: the hyphen and the words meet.
    @Test func selfSufficiencyIsShownByASelfStarter() throws {
        let m = try Self.requirement("Self-sufficiency")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.source.start.line == 5)
    }

    /// "on-call" asked, "on call" written without the hyphen (line 13).
    @Test func onCallMeetsOnCallWrittenApart() throws {
        let m = try Self.requirement("Experience with on-call")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.source.start.line == 13)
    }

    /// Mentoring (line 14) shows communication; code "written in Kotlin" (line 15) does not.
    @Test func mentoringShowsCommunicationAndWrittenCodeDoesNot() throws {
        let m = try Self.requirement("Excellent communication")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.source.start.line == 14)
        #expect(!m.evidence.contains { $0.evidence.source.start.line == 15 })
    }

    /// A CV written in English shows English: its first line of prose (the summary, line 5).
    @Test func englishIsShownByTheCVsOwnFirstLine() throws {
        let m = try Self.requirement("English language")
        #expect(m.isCovered)
        #expect(m.evidence.map(\.evidence.source.start.line) == [5])
    }

    /// Rust only in the skills list says nothing of five years of it, though the career is sixteen years long.
    @Test func yearsOfASkillOnlyListedAreNotShown() throws {
        let m = try Self.requirement("5+ years of Rust")
        #expect(!m.isCovered)
    }
}
