import Testing
@testable import CVCore

/// Session 16: the line a careful reader points to among lines that show a requirement alike: a skills list naming
/// several of the things asked, a line saying the requirement's own words in a row, a category's paragraph of prose;
/// and a list's line cited once, whichever of its skills showed it. Made-up CV and ad.
struct TailorListLineTests {
    static let cv = """
        # Ada Quill

        ## Experience

        ### Fernbrook Tools

        Engineer • 2019 – present

        - Mentored two developers through their first year.
        - Served as lead developer of the billing rewrite.
        - Kept the deploy scripts tidy.
        - Wrote the invoice importer and its tests.

        ## Skills

        ### Coaching

        I enjoy coaching new colleagues through their first code reviews.

        ### Languages

        Perl, Python, shell scripting
        """

    static let ad = """
        # Tools Engineer

        ## Requirements

        - Scripting experience.
        - You could one day act as lead developer for our tools.
        - You enjoy coaching others.
        """

    static func index() throws -> TailorIndex {
        TailorIndex(document: try CVReader.parse(text: cv, path: "cv.md"), text: cv, referenceYear: 2026)
    }

    static func requirement(_ prefix: String) throws -> JobRequirement {
        try #require(JobAd(parsing: ad).requirements.first { $0.text.hasPrefix(prefix) })
    }

    /// Three languages made for scripts show scripting by the whole line: the list's line is pointed to first, before
    /// a bullet that names scripts once ("deploy scripts"), and once, though each of its skills shows it.
    @Test func aListNamingSeveralOfTheThingsAskedIsCitedFirstAndOnce() throws {
        let index = try Self.index()
        let meaning = try #require(TailorMatcher.meaningCoverage(of: try Self.requirement("Scripting"), in: index))
        #expect(meaning.evidence.first?.evidence.source.start.line == 22, "\(meaning.evidence.map(\.evidence.text))")
        let report = Tailor.match(index, job: JobAd(parsing: Self.ad))
        let scripting = try #require(report.requirements.first { $0.requirement.text.hasPrefix("Scripting") })
        let lines = scripting.evidence.map { $0.line ?? $0.evidence.source.start.line }
        #expect(lines.filter { $0 == 22 }.count == 1, "\(lines)")
        #expect(Set(lines).count == lines.count)
    }

    /// "Lead developer" asked, "lead developer" said: that bullet before the mentoring one above it, which shows
    /// leading as much but not the role named.
    @Test func aLineSayingTheAskedWordsInARowIsCitedFirst() throws {
        let meaning = try #require(TailorMatcher.meaningCoverage(of: try Self.requirement("You could one day"), in: try Self.index()))
        #expect(meaning.evidence.first?.evidence.text.hasPrefix("Served as lead developer") == true,
                "\(meaning.evidence.map(\.evidence.text))")
    }

    /// A category's name over a paragraph (no list): cited by the paragraph's line, the one that says it.
    @Test func aCategoryOverAParagraphIsCitedByTheParagraphsLine() throws {
        let report = Tailor.match(try Self.index(), job: JobAd(parsing: Self.ad))
        let coaching = try #require(report.requirements.first { $0.requirement.text.hasPrefix("You enjoy coaching") })
        let category = try #require(coaching.evidence.first { $0.evidence.text == "Coaching" })
        #expect(category.line == 18)
    }
}
