import Testing
@testable import CVCore

/// Session 16: a CDN exists to serve much traffic from many sites: a line running one shows scale (a meaning the
/// evidence follows; the verdicts of the corpus stay as they were). Made-up CV and ad.
struct TailorScaleShownTests {
    static let cv = """
        # Wren Ostby

        ## Experience

        ### Brightwater Radio

        Engineer • 2018 – present

        - Kept the listener database backed up.
        - Ran the CDN that streams our shows to listeners.
        """

    @Test func aCDNShowsScale() throws {
        #expect(ConceptLexicon.skillConcepts["CDN"]?.contains(ConceptLexicon.prefix + "scale") == true)
        let index = TailorIndex(document: try CVReader.parse(text: Self.cv, path: "cv.md"), text: Self.cv, referenceYear: 2026)
        let ad = JobAd(parsing: "# Platform Engineer\n\n## Requirements\n\n- Systems that serve traffic at scale.\n")
        let requirement = try #require(ad.requirements.first { $0.text.contains("scale") })
        let meaning = try #require(TailorMatcher.meaningCoverage(of: requirement, in: index))
        #expect(meaning.evidence.contains { $0.evidence.text.hasPrefix("Ran the CDN") }, "\(meaning.evidence.map(\.evidence.text))")
    }
}
