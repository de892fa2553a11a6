#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import CVCore

/// Speed: one ad analysed and one seed scored well under 10 ms (release build), and at least 100 ads a second
/// scored against a CV index built once. Measured only when TAILOR_BENCH is set (debug builds are slower):
/// `TAILOR_BENCH=1 swift test -c release --filter TailorSpeedTests`.
@Suite(.serialized, .enabled(if: TailorCorpus.hasSeedsAndJobs && ProcessInfo.processInfo.environment["TAILOR_BENCH"] != nil,
                "set TAILOR_BENCH=1 (and ../shared) to measure"))
struct TailorSpeedTests {
    static func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func oneAdAndOneSeedTakeUnderTenMilliseconds() throws {
        let texts = [TailorCorpus.cloudflare, TailorCorpus.segment, TailorCorpus.thumbtack].compactMap(TailorCorpus.read)
        // Warm up: the lexicon tables are built once per process.
        _ = Tailor.match(document: TailorCorpus.seeds[0].document, job: JobAd(parsing: texts[0]))
        var times: [Double] = []
        for _ in 0..<10 {
            for text in texts {
                for seed in TailorCorpus.seeds {
                    times.append(Self.seconds {
                        let job = JobAd(parsing: text)
                        _ = Tailor.match(document: seed.document, job: job, referenceYear: TailorCorpus.year)
                    })
                }
            }
        }
        times.sort()
        let median = times[times.count / 2]
        let worst = times[times.count - 1]
        print("tailor: analyse one ad + index and score one seed: median \(Int(median * 1_000_000)) µs, worst \(Int(worst * 1_000_000)) µs")
        #expect(median < 0.010)
    }

    @Test func manyAdsScoreAtOverAHundredASecond() throws {
        let texts = [TailorCorpus.cloudflare, TailorCorpus.segment, TailorCorpus.thumbtack].compactMap(TailorCorpus.read)
        let indexes = TailorCorpus.seeds.map { TailorIndex(document: $0.document, referenceYear: TailorCorpus.year) }
        let rounds = 100
        var scored = 0
        let t = Self.seconds {
            for _ in 0..<rounds {
                for text in texts {
                    let job = JobAd(parsing: text)
                    for index in indexes { scored += Tailor.match(index, job: job).score >= 0 ? 1 : 0 }
                }
            }
        }
        let ads = Double(rounds * texts.count)
        print("tailor: \(Int(ads / t)) ads a second against \(indexes.count) CVs (\(scored) scores in \(Int(t * 1000)) ms)")
        #expect(ads / t >= 100)
    }

    @Test func variantsAreCheap() throws {
        let seed = try #require(TailorCorpus.seed("002"))
        let job = try #require(TailorCorpus.job(TailorCorpus.cloudflare))
        let t = Self.seconds {
            for _ in 0..<20 {
                _ = Tailor.variant(text: seed.text, document: seed.document, job: job,
                                   options: TailorOptions(maxBullets: 4, order: .relevance, collapseBefore: 2005))
            }
        }
        print("tailor: one variant of seed 002 in \(Int(t / 20 * 1_000_000)) µs")
        #expect(t / 20 < 0.05)
    }
}
