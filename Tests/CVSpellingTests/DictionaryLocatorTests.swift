import Testing
@testable import CVSpelling

struct DictionaryLocatorTests {
    @Test(arguments: [("en_US", "en_US"), ("en-US", "en_US"), ("en_gb", "en_GB"), ("EN-gb", "en_GB"), ("de", "de")])
    func languageCodeSpellingsAreNormalised(code: String, expected: String) {
        #expect(DictionaryLocator.normalisedLanguage(code) == expected)
    }

    @Test(arguments: ["", "en_US_x", "../etc/passwd", "en US", "e\u{301}n"])
    func nonsenseLanguageCodesAreRejected(code: String) {
        #expect(DictionaryLocator.normalisedLanguage(code) == nil)
        #expect(throws: SpellingError.invalidLanguage(code)) { try DictionaryLocator().locate(code) }
    }

    @Test func missingLanguageThrowsATypedErrorNamingThePackageToInstall() throws {
        let locator = DictionaryLocator(directories: ["/nonexistent/hunspell"], dictionaryPath: "")
        let error = try #require(throws: SpellingError.self) { try locator.locate("xx-yy") }
        guard case .dictionaryNotFound(let language, let searched, let package) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(language == "xx_YY")
        #expect(searched == ["/nonexistent/hunspell"])
        #expect(package == "hunspell-xx-yy")
        #expect(error.installHint == "apt-get install hunspell-xx-yy")
        #expect(error.description.contains("apt-get install hunspell-xx-yy"))
    }

    @Test func checkersFailWithTheTypedErrorWhenTheFilesAreMissing() {
        let missing = DictionaryFiles(language: "en_US", affixPath: "/nonexistent/en_US.aff", dictionaryPath: "/nonexistent/en_US.dic")
        #expect(throws: SpellingError.self) { try HunspellChecker(dictionary: missing) }
        #expect(throws: SpellingError.self) { try CachedSpellChecker(dictionary: missing, cacheDirectory: "/nonexistent") }
        #expect(throws: SpellingError.self) {
            try CachedSpellChecker(language: "zz_ZZ", cacheDirectory: nil, locator: DictionaryLocator(directories: []))
        }
    }

    @Test func dicpathDirectoriesAreSearchedFirst() throws {
        let directory = SpellingFixtures.temporaryDirectory()
        defer { SpellingFixtures.remove(directory) }
        let dictionary = try MiniDictionary.write(to: directory, name: "en_US")
        let locator = DictionaryLocator(dictionaryPath: "/nowhere:" + directory)
        #expect(locator.directories.prefix(2) == ["/nowhere", directory])
        #expect(try locator.locate("en-us") == dictionary)
    }

    @Test(.enabled(if: SpellingFixtures.hasDictionary("en_US"))) func systemDictionaryIsFound() throws {
        let files = try DictionaryLocator(dictionaryPath: "").locate("en_US")
        #expect(files.affixPath.hasSuffix("/en_US.aff"))
        #expect(files.dictionaryPath.hasSuffix("/en_US.dic"))
        #expect(files.identity() != nil)
    }
}
