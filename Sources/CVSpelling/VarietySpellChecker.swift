import CVCore

/// The checker when the configuration names no dictionary: American English by default, and the British or
/// American dictionary on demand (`variety(_:)`), so that the spelling rule checks each CV in the variety it is
/// written in. Each dictionary is opened on first use (its word table is mapped, hunspell loaded only for words the
/// table cannot judge).
public final class VarietySpellChecker: SpellChecker {
    public let primary: CachedSpellChecker
    private let cacheDirectory: String?
    private let locator: DictionaryLocator
    private var opened: [String: CachedSpellChecker?] = [:]

    /// - Throws: when the default dictionary (`language`) is not installed.
    public init(language: String = "en_US", cacheDirectory: String? = nil, locator: DictionaryLocator = DictionaryLocator()) throws(SpellingError) {
        primary = try CachedSpellChecker(language: language, cacheDirectory: cacheDirectory, locator: locator)
        self.cacheDirectory = cacheDirectory
        self.locator = locator
        opened[primary.dictionary.language] = primary
    }

    public func misspelt(_ words: [String]) -> [String: [String]] { primary.misspelt(words) }

    public func known(_ words: [String]) -> Set<String> { primary.known(words) }

    public func accepts(_ words: [String]) -> [Bool] { primary.accepts(words) }

    public func variety(_ language: String) -> (any SpellChecker)? {
        if let checker = opened[language] { return checker }
        let checker = try? CachedSpellChecker(language: language, cacheDirectory: cacheDirectory, locator: locator)
        opened[language] = checker
        return checker
    }
}
