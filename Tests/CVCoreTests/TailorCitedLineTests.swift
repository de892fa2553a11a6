import Testing
@testable import CVCore

/// Session 13: a piece of several lines is cited by the line of the CV that holds what it shows, found in the CV's
/// text: a sentence of a paragraph whose lines a date line interrupts (text taken from a PDF), a wrapped bullet.
/// Made-up CV and ad.
struct TailorCitedLineTests {
    static let cv = """
        Backend engineer with twelve years of building payment services. I care about tidy
        code, and I have kept large message queues healthy through several traffic peaks.

        Skills
        Languages

        Go (proficient); Rust (intermediate)

        Employment
        Larkspur Ledger Ltd, Leeds, UK
        Larkspur Ledger runs the settlement platform for a few hundred small credit unions and
        April
        builders' merchants across the north, moving their card payments every night.
        2016 - present
        I redesigned the nightly settlement batch so that it finishes before dawn. I moved
        the ledger database to a replicated cluster with automatic failover.
        • Cut the settlement batch from five hours to forty minutes by partitioning the
        work by merchant and running the partitions in parallel.
        • Wrote the runbook for the on-call rota.
        """

    static let ad = """
        # Payments Engineer

        ## Requirements

        - Experience with database failover.
        - You have run work in parallel partitions.
        - Experience with message queues.
        """

    static func requirement(_ prefix: String) throws -> RequirementMatch {
        let document = try CVReader.parse(text: cv, path: "cv.txt")
        let variant = Tailor.variant(text: cv, document: document, job: ad, options: TailorOptions(referenceYear: 2026))
        return try #require(variant.report.requirements.first { $0.requirement.text.hasPrefix(prefix) })
    }

    /// The paragraph's last sentence starts on line 15 and names the database and its failover on line 16 (the
    /// date lines 12 and 14 inside the paragraph put an estimate by its share of the text on line 15).
    @Test func aSentenceOfAParagraphIsCitedByTheLineHoldingItsWords() throws {
        let m = try Self.requirement("Experience with database failover")
        #expect(m.isCovered)
        #expect(m.evidence.first?.evidence.text.hasPrefix("I moved the ledger database") == true)
        #expect(m.evidence.first?.line == 16)
    }

    /// The summary's second sentence names the queues on line 2; the bullet's partitions run in parallel on line 18.
    @Test func aWrappedSentenceOrBulletIsCitedByItsLineThatShowsIt() throws {
        let queues = try Self.requirement("Experience with message queues")
        #expect(queues.evidence.first.map { $0.line ?? $0.evidence.source.start.line } == 2)
        let parallel = try Self.requirement("You have run work in parallel")
        let bullet = try #require(parallel.evidence.first { $0.evidence.source.start.line == 17 })
        #expect(bullet.line == 18)
    }
}
