import Foundation
import Testing
@testable import CVSpelling

@Suite struct CachedSpellCheckerTests {
    private static let probeWords = ["unhappy", "Played", "iPhones", "IPHONE'S", "plaies", "well-known", "londn", "11th", "NASA’S"]

    @Test func firstRunWritesTheCachesAtomicallyAndTheSecondRunNeverLoadsHunspell() throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let dictionary = try MiniDictionary.write(to: directory)
        let cache = directory + "/cache/cvtrack"

        let first = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: cache)
        #expect(!first.hunspellLoaded)  // construction never loads hunspell
        let firstResult = first.misspelt(Self.probeWords)
        #expect(first.statistics.hunspellLoads == 1)
        #expect(first.statistics.tableBuilt)
        let names = try FileManager.default.contentsOfDirectory(atPath: cache).sorted()
        #expect(names.count == 2, "\(names)")
        #expect(names.allSatisfy { !$0.contains(".tmp.") })  // temporary files were renamed into place
        #expect(try FileManager.default.fileExists(atPath: #require(first.tablePath)))
        #expect(try FileManager.default.fileExists(atPath: #require(first.verdictsPath)))

        let second = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: cache)
        let secondResult = second.misspelt(Self.probeWords)
        #expect(!second.hunspellLoaded)
        #expect(second.statistics.hunspellLoads == 0)
        #expect(second.statistics.tableOpened)
        #expect(secondResult == firstResult)
        #expect(Set(firstResult.keys) == ["plaies", "londn"])

        // A word never seen before that the table knows needs no hunspell, nor does a new typo (the table suggests);
        // a word the table cannot judge (digits in a compound) does.
        #expect(second.misspelt(["replayed", "Tidies"]).isEmpty)
        #expect(!second.hunspellLoaded)
        #expect(second.misspelt(["tidyes"])["tidyes"]?.contains("tidies") == true)
        #expect(!second.hunspellLoaded)
        #expect(second.statistics.tableSuggestions == 1)
        _ = second.misspelt(["1111th"])
        #expect(second.hunspellLoaded)
    }

    @Test func changingTheDictionaryInvalidatesTheCaches() throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let dictionary = try MiniDictionary.write(to: directory)
        let cache = directory + "/cache"
        let before = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: cache)
        #expect(before.misspelt(["cvtrack", "happy"]).keys.sorted() == ["cvtrack"])

        // A new version of the word list (another size and mtime) that knows the word.
        _ = try MiniDictionary.write(to: directory, words: MiniDictionary.words.replacingOccurrences(of: "12\n", with: "13\ncvtrack\n"))
        let after = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: cache)
        #expect(after.tablePath != before.tablePath)
        #expect(!after.statistics.tableOpened)
        #expect(after.misspelt(["cvtrack", "happy"]).isEmpty)
        #expect(after.statistics.hunspellLoads == 1)
        // The old version's files are gone.
        let names = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(names.allSatisfy { name in after.tablePath?.hasSuffix(name) == true || after.verdictsPath?.hasSuffix(name) == true }, "\(names)")
    }

    @Test(arguments: ["truncated", "garbage", "empty", "wrong key"])
    func damagedCacheFilesAreIgnoredAndRebuilt(damage: String) throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let dictionary = try MiniDictionary.write(to: directory)
        let cache = directory + "/cache"
        let expected = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: cache).misspelt(Self.probeWords)
        let paths = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: cache)
        for path in [try #require(paths.tablePath), try #require(paths.verdictsPath)] {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let damaged: Data = switch damage {
            case "truncated": data.prefix(data.count / 2)
            case "garbage": Data((0..<data.count).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
            case "empty": Data()
            default: Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "key ", with: "key 0").utf8)
            }
            try damaged.write(to: URL(fileURLWithPath: path))
        }
        let checker = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: cache)
        #expect(!checker.statistics.tableOpened)
        #expect(checker.misspelt(Self.probeWords) == expected)
        #expect(checker.statistics.tableBuilt)
        let again = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: cache)
        #expect(again.misspelt(Self.probeWords) == expected)
        #expect(!again.hunspellLoaded)
    }

    @Test func unwritableCacheDirectoryFallsBackToHunspell() throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let dictionary = try MiniDictionary.write(to: directory)
        // A directory cannot be created below a regular file, whoever runs the test.
        let checker = try CachedSpellChecker(dictionary: dictionary, cacheDirectory: dictionary.affixPath + "/cache")
        #expect(checker.cacheDirectory == nil)
        #expect(Set(checker.misspelt(Self.probeWords).keys) == ["plaies", "londn"])
        #expect(checker.hunspellLoaded)
        #expect(!checker.statistics.tableBuilt)
    }

    @Test(.enabled(if: SpellingFixtures.hasDictionary("en_US") && SpellingFixtures.seedsAvailable))
    func seedCheckedTwiceLoadsHunspellOnlyOnce() throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let words = SpellingFixtures.words(in: SpellingFixtures.text(SpellingFixtures.seedPaths[0]))
        let cold = try CachedSpellChecker(language: "en_US", cacheDirectory: directory)
        cold.suggestionTimeLimit = .seconds(600)  // a debug build on a busy machine is slow to suggest
        let coldResult = cold.misspelt(words)
        #expect(coldResult["informaion"]?.contains("information") == true)
        #expect(coldResult["experience"] == nil)
        #expect(cold.hunspellLoaded)
        let warm = try CachedSpellChecker(language: "en-US", cacheDirectory: directory)
        #expect(warm.misspelt(words) == coldResult)
        #expect(!warm.hunspellLoaded)
        #expect(warm.statistics.hunspellAnswers == 0)
    }

    @Test(.enabled(if: SpellingFixtures.hasDictionary("en_US")))
    func garbageTokensAreAllFlaggedWithinTheSuggestionTimeLimit() throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let checker = try CachedSpellChecker(
            dictionary: DictionaryLocator().locate("en_US"), cacheDirectory: directory, maxSuggestions: 3, buildsTable: false)
        checker.suggestionTimeLimit = .milliseconds(100)
        var generator = SystemRandomNumberGenerator()
        let garbage = (0..<400).map { _ in
            String((0..<Int.random(in: 5...40, using: &generator)).map { _ in "qzxjkvbwpfgh".randomElement(using: &generator) ?? "q" })
        }
        let start = ContinuousClock.now
        let result = checker.misspelt(garbage)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(Set(result.keys) == Set(garbage))
        #expect(checker.statistics.suggestionsSkipped > 0)
    }

    @Test func defaultCacheDirectoryFollowsXDG() {
        let directory = CachedSpellChecker.defaultCacheDirectory()
        if let xdg = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            #expect(directory == xdg + "/cvtrack")
        } else if let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/") {
            #expect(directory == home + "/.cache/cvtrack")
        }
    }
}
