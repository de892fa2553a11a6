import Testing
@testable import CVCore

/// Session 16: a word naming a team ("handed it to the Operations team") or standing in a parenthesised aside names
/// the thing in passing: in choosing the line to cite, the line doing the work goes first. Made-up CV and ad.
struct TailorInPassingTests {
    static let cv = """
        # Bruno Lasko

        ## Experience

        ### Quarry Lane Payments

        Engineer • 2020 – present

        - Handed each release to the Operations team for rollout.
        - Kept the card servers up, on call one week in four.
        """

    static let ad = """
        # Payments Engineer

        ## Requirements

        - A background in operations.
        """

    @Test func aTeamsNameOrAnAsideNamesItInPassing() {
        let scanner = TermScanner()
        let team = TailorIndex.namedInPassing("Handed each release to the Operations team.", scanner: scanner)
        #expect(team.contains(scanner.stem("operations")))
        #expect(!team.contains(scanner.stem("release")))
        let aside = TailorIndex.namedInPassing("Planned releases with other groups (Sales, Operations).", scanner: scanner)
        #expect(aside.contains(scanner.stem("sales")) && aside.contains(scanner.stem("operations")))
        #expect(!aside.contains(scanner.stem("planned")))
        // Said outside the aside too: not only in passing.
        let both = TailorIndex.namedInPassing("Led operations for the Operations team (operations).", scanner: scanner)
        #expect(!both.contains(scanner.stem("operations")))
        #expect(TailorIndex.namedInPassing("Kept the card servers up.", scanner: scanner).isEmpty)
    }

    /// Both bullets show operations; the first names it as a team's name, the second is the work: cited first.
    @Test func theLineDoingTheWorkIsCitedBeforeTheOneNamingATeam() throws {
        let index = TailorIndex(document: try CVReader.parse(text: Self.cv, path: "cv.md"), text: Self.cv, referenceYear: 2026)
        let requirement = try #require(JobAd(parsing: Self.ad).requirements.first { $0.text.contains("operations") })
        let meaning = try #require(TailorMatcher.meaningCoverage(of: requirement, in: index))
        #expect(meaning.evidence.first?.evidence.text.hasPrefix("Kept the card servers up") == true,
                "\(meaning.evidence.map(\.evidence.text))")
    }
}
