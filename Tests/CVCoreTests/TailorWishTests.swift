import Testing
@testable import CVCore

/// Session 16: what a CV says its holder wants to do ("I want to build …", "drawn to …", "I'd love to …") is wished,
/// not shown: in choosing the line to cite, it counts as said in passing, and a line doing the work goes first.
/// Made-up CV and ad.
struct TailorWishTests {
    static let cv = """
        # Ilse Marrow

        I want to build streaming systems that cope with sudden traffic spikes.

        ## Experience

        ### Fenwick Tide Logistics

        Engineer • 2019 – present

        - Sharded the parcel database so that it copes with sudden traffic spikes at peak season.
        - Wrote the invoice printer.
        """

    static let ad = """
        # Platform Engineer

        ## Requirements

        - Handling sudden traffic spikes.
        """

    @Test func aWishIsSaidInPassing() {
        let scanner = TermScanner()
        let want = TailorIndex.namedInPassing("I want to build streaming systems for traffic spikes.", scanner: scanner)
        #expect(want.contains(scanner.stem("streaming")) && want.contains(scanner.stem("spikes")))
        #expect(!want.contains(scanner.stem("want")))
        let drawn = TailorIndex.namedInPassing("I wrote web apps; lately I find myself drawn to compilers.", scanner: scanner)
        #expect(drawn.contains(scanner.stem("compilers")))
        #expect(!drawn.contains(scanner.stem("web")) && !drawn.contains(scanner.stem("apps")))
        let love = TailorIndex.namedInPassing("If a post opens, I'd love to talk it over.", scanner: scanner)
        #expect(love.contains(scanner.stem("talk")))
        // What the holder does: no wish.
        #expect(TailorIndex.namedInPassing("I love to teach new starters the codebase.", scanner: scanner).isEmpty)
        #expect(TailorIndex.namedInPassing("Moved the builds to a new farm.", scanner: scanner).isEmpty)
    }

    /// The summary wishes for it, the bullet did it: the bullet is cited first.
    @Test func theLineDoingItIsCitedBeforeTheWish() throws {
        let index = TailorIndex(document: try CVReader.parse(text: Self.cv, path: "cv.md"), text: Self.cv, referenceYear: 2026)
        let requirement = try #require(JobAd(parsing: Self.ad).requirements.first { $0.text.contains("spikes") })
        let match = TailorMatcher.coverage(of: requirement, in: index)
        #expect(match.evidence.first?.evidence.text.hasPrefix("Sharded the parcel database") == true,
                "\(match.evidence.map(\.evidence.text))")
    }

    static let othersCV = """
        # Tomas Verrill

        ## Experience

        ### Brightwell Freight

        Planner • 2018 – present

        Brightwell Freight ships parcels to twelve countries.

        - Shipped parcels to twelve countries for our clients.
        """

    /// The employer's sentence and the holder's bullet share the same words: the holder's work is cited first.
    @Test func theHoldersLineIsCitedBeforeTheEmployers() throws {
        let index = TailorIndex(document: try CVReader.parse(text: Self.othersCV, path: "cv.md"), text: Self.othersCV,
                                referenceYear: 2026)
        let ad = "# Planner\n\n## Requirements\n\n- Shipping parcels to many countries.\n"
        let requirement = try #require(JobAd(parsing: ad).requirements.first { $0.text.contains("parcels") })
        let match = TailorMatcher.coverage(of: requirement, in: index)
        #expect(match.evidence.first?.evidence.text.hasPrefix("Shipped parcels") == true, "\(match.evidence.map(\.evidence.text))")
    }
}
