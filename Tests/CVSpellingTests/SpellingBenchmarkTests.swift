import Foundation
import Testing
@testable import CVSpelling

/// Timings for the report; run with `CVTRACK_BENCH=1 swift test -c release --filter SpellingBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CVTRACK_BENCH"] == "1"))
struct SpellingBenchmarkTests {
    @Test(arguments: ["en_US", "en_GB"])
    func benchmarkHunspellLoadTableBuildAndChecks(language: String) throws {
        guard SpellingFixtures.hasDictionary(language), SpellingFixtures.seedsAvailable else { return }
        let clock = ContinuousClock()
        let dictionary = try DictionaryLocator().locate(language)
        var hunspell: HunspellChecker?
        let load = clock.measure { hunspell = try? HunspellChecker(dictionary: dictionary) }
        let checker = try #require(hunspell)
        print("[\(language)] Hunspell_create: \(SpellingFixtures.milliseconds(load)) ms")

        var unsupported: [String] = []
        var image: [UInt8]?
        let build = clock.measure {
            image = CachedSpellChecker.buildTableImage(
                dictionary: dictionary, key: "bench", hunspell: checker, unsupported: &unsupported)
        }
        print("[\(language)] table build: \(SpellingFixtures.milliseconds(build)) ms, \(image?.count ?? 0) bytes, unsupported: \(unsupported)")

        for path in SpellingFixtures.seedPaths {
            let words = SpellingFixtures.words(in: SpellingFixtures.text(path))
            let directory = SpellingFixtures.temporaryDirectory()
            defer { SpellingFixtures.remove(directory) }
            let direct = clock.measure { _ = checker.misspelt(words) }
            var coldChecker: CachedSpellChecker?
            let cold = clock.measure {
                coldChecker = try? CachedSpellChecker(dictionary: dictionary, cacheDirectory: directory)
                _ = coldChecker?.misspelt(words)
            }
            var warmStats = CachedSpellChecker.Statistics()
            var warmTimes: [Double] = []
            for _ in 0..<20 {
                let warm = clock.measure {
                    let warmChecker = try? CachedSpellChecker(dictionary: dictionary, cacheDirectory: directory)
                    _ = warmChecker?.misspelt(words)
                    warmStats = warmChecker?.statistics ?? warmStats
                }
                warmTimes.append(SpellingFixtures.milliseconds(warm))
            }
            warmTimes.sort()
            let name = (path as NSString).lastPathComponent
            print(
                "[\(language)] \(name): \(words.count) words (\(Set(words).count) distinct); hunspell loaded: spell+suggest \(SpellingFixtures.milliseconds(direct)) ms; "
                    + "cold (load + build table + check + write) \(SpellingFixtures.milliseconds(cold)) ms; "
                    + "warm median \(warmTimes[warmTimes.count / 2]) ms (min \(warmTimes[0])); warm stats \(warmStats)")
        }
    }
}
