#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import CVCore

@Suite struct TailorDumpScratchTests {
    @Test func dump() throws {
        guard let which = ProcessInfo.processInfo.environment["TAILOR_DUMP"] else { return }
        let parts = which.split(separator: ":")
        let seed = try #require(TailorCorpus.seed(String(parts[0])))
        let file = [TailorCorpus.cloudflare, TailorCorpus.segment, TailorCorpus.thumbtack][Int(parts[1]) ?? 0]
        let job = try #require(TailorCorpus.job(file))
        let v = Tailor.variant(text: seed.text, document: seed.document, job: job,
                               options: TailorOptions(maxBullets: Int(parts[2]), order: parts.count > 4 ? .relevance : .asWritten, collapseBefore: Int(parts[3]), referenceYear: 2026))
        print(v.text)
        print("=====")
        print(TailorRenderer.render(v.report, format: .text))
    }
}
