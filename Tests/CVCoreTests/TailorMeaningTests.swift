import Testing
@testable import CVCore

/// Session 14: meanings a careful reader sees (written and spoken communication, regulated work) and the line
/// of a wrapped sentence that holds the telling word. Made-up CV and ad.
struct TailorMeaningTests {
    static let cv = """
        Platform engineer with nine years of running billing services for small lenders and their customers.

        Skills
        Languages

        Kotlin (proficient); Python (intermediate)

        Employment
        Quillfeather Credit Ltd, York, UK
        2018 - present
        • Documented the reconciliation service end to end so that support staff could answer
        questions without paging an engineer.
        • Gave talks at two local meetups about our move to event sourcing.
        • Kept the ledger inside the rules set by the financial regulator, who required every
        change to be approved by two people.
        • Ran the nightly statement jobs for six of the lenders, whose customers now receive
        about 2 million statements a month.
        """

    static let ad = """
        # Billing Engineer

        ## Requirements

        - Strong written communication.
        - You explain things well, both written and verbal.
        - Experience in regulated environments.
        - Our customers send millions of payments a day.
        """

    static func requirement(_ prefix: String) throws -> RequirementMatch {
        let document = try CVReader.parse(text: cv, path: "cv.txt")
        let variant = Tailor.variant(text: cv, document: document, job: ad, options: TailorOptions(referenceYear: 2026))
        return try #require(variant.report.requirements.first { $0.requirement.text.hasPrefix(prefix) })
    }

    static func lines(_ m: RequirementMatch) -> [Int] { m.evidence.map { $0.line ?? $0.evidence.source.start.line } }

    /// Documentation is written communication: the documenting bullet comes before the talks.
    @Test func writtenCommunicationIsShownByDocumentation() throws {
        let m = try Self.requirement("Strong written communication")
        #expect(m.isCovered)
        #expect(Self.lines(m).first == 11)
    }

    /// Written and spoken: a reader points to the talks and to the documentation, both.
    @Test func writtenAndVerbalAreShownByWritingAndTalks() throws {
        let m = try Self.requirement("You explain things well")
        #expect(m.isCovered)
        #expect(Self.lines(m).contains(11))
        #expect(Self.lines(m).contains(13))
    }

    /// Work under a regulator's rules is regulated work.
    @Test func regulatedWorkIsShownByARegulatorsRules() throws {
        let m = try Self.requirement("Experience in regulated")
        #expect(m.isCovered)
        #expect(Self.lines(m).first == 14)
    }

    /// The bullet names customers on its first line (as the summary does) and the volume on its second: the second
    /// is the telling one.
    @Test func aWrappedLineIsCitedByItsRarerWord() throws {
        let m = try Self.requirement("Our customers send")
        #expect(Self.lines(m).contains(17))
        #expect(!Self.lines(m).contains(16))
    }

    static let career = """
        Field engineer who has looked after tills, kiosks and ticket gates, from single shops
        through to national rail networks.

        Employment
        Orchard Gate Systems, Bristol, UK
        Support Lead, 2020 - present
        • Looked after the ticket gates of eleven stations.

        Pennyroyal Retail, Bath, UK
        Field Engineer, 2015 - 2020
        • Fixed tills in forty shops.

        Tansy Kiosks, Exeter, UK
        Technician, 2011 - 2015
        • Installed self-service kiosks.
        """

    static let fieldAd = """
        # Field Engineer

        ## Requirements

        - Diverse experience in the field.
        - Experience with ticket gates.
        """

    /// A career at three organisations shows breadth, and the summary that says so ("from … through to …") is the
    /// line a reader points to first, by the line holding the words that say it.
    @Test func breadthIsCitedFirstWhereTheCVSaysIt() throws {
        let document = try CVReader.parse(text: Self.career, path: "cv.txt")
        let variant = Tailor.variant(text: Self.career, document: document,
                                     job: Self.fieldAd,
                                     options: TailorOptions(referenceYear: 2026))
        let m = try #require(variant.report.requirements.first { $0.requirement.text.hasPrefix("Diverse experience") })
        #expect(m.isCovered)
        #expect(Self.lines(m).first == 2)
        #expect(m.evidence.count == 3)
    }
}
