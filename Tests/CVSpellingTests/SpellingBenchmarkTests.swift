import Foundation
import Testing
@testable import CVSpelling

/// Timings for the report; run with
/// `CVTRACK_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter SpellingBenchmark`.
/// Prints wall time and this thread's CPU time (the CPU figure is what to compare on a busy machine).
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["CVTRACK_BENCH"] == "1"))
struct SpellingBenchmarkTests {
    struct Timing: CustomStringConvertible {
        var wall: Double
        var cpu: Double
        var description: String { String(format: "%.2f ms (cpu %.2f ms)", wall, cpu) }
    }

    static func time(_ body: () -> Void) -> Timing {
        func cpuNow() -> Double {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
        }
        let clock = ContinuousClock()
        let cpuStart = cpuNow()
        let wall = clock.measure(body)
        return Timing(wall: SpellingFixtures.milliseconds(wall), cpu: cpuNow() - cpuStart)
    }

    static func median(_ runs: Int, _ body: () -> Void) -> Timing {
        var timings = (0..<runs).map { _ in time(body) }
        timings.sort { $0.cpu < $1.cpu }
        let cpu = timings[runs / 2].cpu
        timings.sort { $0.wall < $1.wall }
        return Timing(wall: timings[runs / 2].wall, cpu: cpu)
    }

    @Test(arguments: ["en_US", "en_GB"])
    func benchmarkHunspellLoadTableBuildAndChecks(language: String) throws {
        guard SpellingFixtures.hasDictionary(language), SpellingFixtures.seedsAvailable else { return }
        let dictionary = try DictionaryLocator().locate(language)
        var hunspell: HunspellChecker?
        let load = Self.median(5) { hunspell = try? HunspellChecker(dictionary: dictionary) }
        let checker = try #require(hunspell)
        print("[\(language)] Hunspell_create: \(load)")

        // The table build, step by step.
        let affText = String(decoding: FileSystem.readAll(dictionary.affixPath) ?? [], as: UTF8.self)
        let dicText = String(decoding: FileSystem.readAll(dictionary.dictionaryPath) ?? [], as: UTF8.self)
        var expander = DictionaryExpander(rules: AffixRules(parsing: affText))
        let expand = Self.time { expander.expand(dictionary: dicText) }
        var kept = 0
        let filter = Self.time {
            kept = expander.main.filter { checker.spell(utf8CString: $0 + [0]) }.count
        }
        var sorted: [[UInt8]] = []
        let sort = Self.time { sorted = expander.main.sorted { $0.lexicographicallyPrecedes($1) } }
        print("[\(language)] expand: \(expand) → \(expander.main.count) forms + \(expander.upperOnly.count) upper-only; hunspell filter: \(filter) keeps \(kept); sort: \(sort) (\(sorted.count))")
        var unsupported: [String] = []
        var image: [UInt8]?
        let build = Self.time {
            image = CachedSpellChecker.buildTableImage(
                dictionary: dictionary, key: "bench", hunspell: checker, unsupported: &unsupported)
        }
        print("[\(language)] table build total: \(build), \(image?.count ?? 0) bytes")

        for path in SpellingFixtures.seedPaths {
            let words = SpellingFixtures.words(in: SpellingFixtures.text(path))
            let directory = SpellingFixtures.temporaryDirectory()
            defer { SpellingFixtures.remove(directory) }
            let spellOnly = Self.time { for word in words { _ = checker.spell(word) } }
            let direct = Self.time { _ = checker.misspelt(words) }
            let cold = Self.time {
                let coldChecker = try? CachedSpellChecker(dictionary: dictionary, cacheDirectory: directory)
                _ = coldChecker?.misspelt(words)
            }
            var warmStats = CachedSpellChecker.Statistics()
            let warm = Self.median(21) {
                let warmChecker = try? CachedSpellChecker(dictionary: dictionary, cacheDirectory: directory)
                _ = warmChecker?.misspelt(words)
                warmStats = warmChecker?.statistics ?? warmStats
            }
            let open = Self.median(21) {
                _ = try? CachedSpellChecker(dictionary: dictionary, cacheDirectory: directory)
            }
            let name = (path as NSString).lastPathComponent
            print(
                "[\(language)] \(name): \(words.count) words (\(Set(words).count) distinct)\n"
                    + "    hunspell (loaded) spell only: \(spellOnly); spell + suggest: \(direct)\n"
                    + "    cold (load hunspell + build table + check + suggest + write): \(cold)\n"
                    + "    warm (open caches + check), median of 21: \(warm); of which opening: \(open)\n"
                    + "    warm answers: table \(warmStats.tableAnswers), verdict cache \(warmStats.cacheAnswers), hunspell \(warmStats.hunspellAnswers), loads \(warmStats.hunspellLoads)")
        }
    }
}
