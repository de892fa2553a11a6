import CVCore

/// The spell checker cvtrack uses: answers from a per-dictionary table of every word form and a
/// cache of words already judged; a misspelt word's suggestions come from the table too
/// (`TableSuggester`), so hunspell (25-30 ms to load) is needed only to build the table and for the
/// rare word the table cannot judge. The table is built once per dictionary version (the first time
/// hunspell is loaded) and both live in the cache directory, keyed by the dictionary's path, size
/// and modification time. A cache directory that cannot be written never fails the check: the
/// checker then works from hunspell alone (judging and suggesting).
///
/// Not thread-safe (hunspell is not): use one checker from one task at a time.
public final class CachedSpellChecker: SpellChecker {
    /// What the checker did, for tests, benchmarks and `--verbose` output.
    public struct Statistics: Sendable, Equatable {
        /// Times hunspell was loaded (0 or 1 per checker).
        public var hunspellLoads = 0
        /// The word-form table was opened from the cache directory.
        public var tableOpened = false
        /// The word-form table was built by this checker.
        public var tableBuilt = false
        /// Why no table could be built (an .aff feature the table does not model), if so.
        public var tableUnsupported: [String] = []
        /// Words answered by the table, the verdict cache, and hunspell.
        public var tableAnswers = 0
        public var cacheAnswers = 0
        public var hunspellAnswers = 0
        /// Misspelt words given suggestions from the table (`TableSuggester`).
        public var tableSuggestions = 0
        /// Misspelt words reported without suggestions because `suggestionTimeLimit` ran out
        /// (not cached, so a later run suggests for them).
        public var suggestionsSkipped = 0
    }

    public let dictionary: DictionaryFiles
    /// Where the caches live; nil when there is no usable cache directory.
    public let cacheDirectory: String?
    public let maxSuggestions: Int
    /// Without a word table (an .aff the table does not model) hunspell suggests, 20-50 ms a word; after this much
    /// suggesting in one call, further misspelt words are reported without suggestions, so a CV full of garbage
    /// tokens cannot stall a commit. With a table, suggestions come from it and take no clock.
    public var suggestionTimeLimit: Duration = .seconds(3)
    public private(set) var statistics = Statistics()
    /// Set when hunspell was needed but could not be loaded; the unknown words were then skipped.
    public private(set) var lastError: SpellingError?
    /// True once hunspell has been loaded by this checker.
    public var hunspellLoaded: Bool { hunspell != nil }

    private let key: String
    private let buildsTable: Bool
    private var hunspell: HunspellChecker?
    private var speller: TableSpeller?
    private var verdicts: VerdictCache
    private var tableAttempted = false

    /// The checker for `language` (`en_US`, `en-GB` ...).
    /// - Parameter cacheDirectory: where to keep the caches; nil means `defaultCacheDirectory()`
    ///   (`$XDG_CACHE_HOME/cvtrack` or `~/.cache/cvtrack`).
    /// - Throws: `SpellingError.dictionaryNotFound` (with the package to install) when the .aff or
    ///   .dic is missing. hunspell itself is not loaded here.
    public convenience init(
        language: String, cacheDirectory: String? = nil, locator: DictionaryLocator = DictionaryLocator(),
        maxSuggestions: Int = 5
    ) throws(SpellingError) {
        try self.init(
            dictionary: locator.locate(language), cacheDirectory: cacheDirectory, maxSuggestions: maxSuggestions)
    }

    /// - Parameter buildsTable: false keeps only the verdict cache (no word-form table).
    public init(
        dictionary: DictionaryFiles, cacheDirectory: String? = nil, maxSuggestions: Int = 5, buildsTable: Bool = true
    ) throws(SpellingError) {
        guard let identity = dictionary.identity() else {
            throw .dictionaryNotFound(
                language: dictionary.language, searched: [dictionary.affixPath, dictionary.dictionaryPath],
                package: DictionaryLocator.package(for: dictionary.language))
        }
        self.dictionary = dictionary
        self.maxSuggestions = maxSuggestions
        self.buildsTable = buildsTable
        // Version 2: the table holds what suggestions are made of, and suggestions come from it (not hunspell's), so
        // verdicts cached with hunspell's suggestions are not reused.
        key = FNV1a.hex(FNV1a.hash(("cvtrack-spelling 2|" + identity).utf8))
        let directory = cacheDirectory ?? Self.defaultCacheDirectory()
        if let directory, FileSystem.makeDirectory(directory), FileSystem.isWritableDirectory(directory) {
            self.cacheDirectory = directory
        } else {
            self.cacheDirectory = nil
        }
        verdicts = VerdictCache()
        if let tablePath {
            if let table = WordTable.open(path: tablePath, key: key) {
                speller = TableSpeller(table: table)
                statistics.tableOpened = true
                tableAttempted = true
            }
        }
        if let verdictsPath { verdicts = VerdictCache.load(path: verdictsPath, key: key) }
    }

    /// `$XDG_CACHE_HOME/cvtrack` when XDG_CACHE_HOME is an absolute path, else `$HOME/.cache/cvtrack`;
    /// nil without a home directory.
    public static func defaultCacheDirectory() -> String? {
        if let xdg = FileSystem.environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/cvtrack" }
        if let home = FileSystem.environment("HOME"), home.hasPrefix("/") { return home + "/.cache/cvtrack" }
        return nil
    }

    /// The word-form table's path (`spelling-<language>-<key>.table3`: the table's format version in the name, so that
    /// a cvtrack of an older format sharing the cache folder keeps its own file instead of each rebuilding the other's),
    /// when there is a cache directory.
    public var tablePath: String? { cacheFile("table3") }
    /// The verdict cache's path (`spelling-<language>-<key>.verdicts`), when there is a cache directory.
    public var verdictsPath: String? { cacheFile("verdicts") }

    private func cacheFile(_ kind: String) -> String? {
        cacheDirectory.map { "\($0)/spelling-\(dictionary.language)-\(key).\(kind)" }
    }

    public func misspelt(_ words: [String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var unknown: [String] = []
        // Each distinct word once. Most words are right by the table, which answers a repeated word the same (counted
        // each time it is asked): only the others are told apart by a set (a word's hash costs about as much as its
        // table look-up).
        var seen = Set<String>()
        for word in words {
            if speller?.spell(word) == true {
                statistics.tableAnswers += 1
                continue
            }
            guard seen.insert(word).inserted else { continue }
            if let verdict = verdicts.lookup(word) {
                statistics.cacheAnswers += 1
                if let suggestions = verdict { result[word] = suggestions }
            } else {
                unknown.append(word)
            }
        }
        guard !unknown.isEmpty else { return result }
        // No table yet: loading hunspell builds it (once per dictionary version), and the words are judged from it.
        if speller == nil { _ = loadHunspell() }
        if let speller {
            // Suggestions from the table (`TableSuggester`): no hunspell, no clock. hunspell is loaded only to judge
            // a word the table cannot (a trailing dot, digits in a compound).
            let suggester = TableSuggester(table: speller.table)
            for word in unknown {
                var right = speller.spell(word)
                if right == nil {
                    guard let hunspell = loadHunspell() else { continue }
                    statistics.hunspellAnswers += 1
                    right = hunspell.spell(word)
                }
                if right == true {
                    verdicts.record(word, suggestions: nil)
                } else {
                    let suggestions = suggester.suggest(word, limit: maxSuggestions)
                    statistics.tableSuggestions += 1
                    verdicts.record(word, suggestions: suggestions)
                    result[word] = suggestions
                }
            }
            saveVerdicts()
            return result
        }
        guard let hunspell = loadHunspell() else { return result }
        // No table (the .aff uses a feature the table does not model): hunspell judges and suggests.
        var wrong: [String] = []
        for word in unknown {
            statistics.hunspellAnswers += 1
            if hunspell.spell(word) {
                verdicts.record(word, suggestions: nil)
            } else {
                wrong.append(word)
            }
        }
        // Likely typos (plain lowercase words) get suggestions first, identifiers and codes last.
        let clock = ContinuousClock()
        var suggesting = Duration.zero
        for word in wrong.sorted(by: { Self.suggestionPriority($0) < Self.suggestionPriority($1) }) {
            if suggesting < suggestionTimeLimit {
                let start = clock.now
                let suggestions = hunspell.suggest(word, limit: maxSuggestions)
                suggesting += clock.now - start
                verdicts.record(word, suggestions: suggestions)
                result[word] = suggestions
            } else {
                statistics.suggestionsSkipped += 1
                result[word] = []
            }
        }
        saveVerdicts()
        return result
    }

    /// The table's answer (nil: no table, or only hunspell can tell).
    func tableVerdict(_ word: String) -> Bool? { speller?.spell(word) }

    /// The verdict cache's answer: nil when the word was never judged, `.some(nil)` when it is right.
    func cachedVerdict(_ word: String) -> [String]?? { verdicts.lookup(word) }

    /// hunspell, loaded on first use (nil when it cannot be).
    func loadedHunspell() -> HunspellChecker? { loadHunspell() }

    /// 0: lowercase letters only; 1: capitalised; 2: anything else (digits, inner capitals, symbols).
    private static func suggestionPriority(_ word: String) -> Int {
        let scalars = Array(word.unicodeScalars)
        guard scalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "’" || $0 == "-" }) else { return 2 }
        switch CaseForm(scalars) {
        case .lowercase: return 0
        case .initialCapital: return 1
        default: return 2
        }
    }

    /// Builds the word-form table now if there is none (e.g. from an install step), so that the
    /// first check does not pay for it. True when a table is available afterwards.
    @discardableResult
    public func prepare() -> Bool {
        if speller != nil { return true }
        guard let hunspell = loadHunspell() else { return false }
        buildTable(with: hunspell)
        return speller != nil
    }

    private func loadHunspell() -> HunspellChecker? {
        if let hunspell { return hunspell }
        do {
            let loaded = try HunspellChecker(dictionary: dictionary)
            hunspell = loaded
            statistics.hunspellLoads += 1
            if !tableAttempted && buildsTable && cacheDirectory != nil { buildTable(with: loaded) }
            return loaded
        } catch {
            lastError = error
            return nil
        }
    }

    /// Expands the dictionary, keeps the forms hunspell accepts, writes the table atomically.
    private func buildTable(with hunspell: HunspellChecker) {
        tableAttempted = true
        guard let image = Self.buildTableImage(dictionary: dictionary, key: key, hunspell: hunspell,
            unsupported: &statistics.tableUnsupported)
        else { return }
        statistics.tableBuilt = true
        if let tablePath, FileSystem.writeAtomically(image, to: tablePath), let table = WordTable.open(path: tablePath, key: key) {
            speller = TableSpeller(table: table)
            removeStaleCaches()
        } else if let table = WordTable.load(bytes: image, key: key) {
            speller = TableSpeller(table: table)
        }
    }

    static func buildTableImage(
        dictionary: DictionaryFiles, key: String, hunspell: HunspellChecker, unsupported: inout [String]
    ) -> [UInt8]? {
        guard let affBytes = FileSystem.readAll(dictionary.affixPath),
            let dicBytes = FileSystem.readAll(dictionary.dictionaryPath)
        else { return nil }
        let rules = AffixRules(parsing: String(decoding: affBytes, as: UTF8.self))
        guard rules.unsupported.isEmpty else {
            unsupported = rules.unsupported
            return nil
        }
        var expander = DictionaryExpander(rules: rules)
        expander.expand(dictionary: String(decoding: dicBytes, as: UTF8.self))
        guard expander.unsupported.isEmpty else {
            unsupported = expander.unsupported
            return nil
        }
        // One NUL-terminated buffer for every form asked (no array per form), and the kept forms gathered in arrays
        // (filtering the expander's sets built new sets) and sorted on their bytes.
        var buffer: [UInt8] = []
        func accepted(_ word: [UInt8]) -> Bool {
            guard !word.contains(0x0A), !word.contains(0) else { return false }
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: word)
            buffer.append(0)
            return hunspell.spell(utf8CString: buffer)
        }
        var main: [[UInt8]] = []
        main.reserveCapacity(expander.main.count)
        for word in expander.main where accepted(word) { main.append(word) }
        var upperOnly: [[UInt8]] = []
        for word in expander.upperOnly where !word.contains(0x0A) && !word.contains(0) {
            if accepted(word) || hunspell.spell(String(decoding: word, as: UTF8.self).uppercased()) { upperOnly.append(word) }
        }
        let noSuggest = WordTable.sortedBytewise(expander.noSuggest.filter { accepted($0) })
        main = WordTable.sortedBytewise(main)
        upperOnly = WordTable.sortedBytewise(upperOnly)
        return WordTable.serialise(
            key: key, breakPatterns: rules.breakPatterns, inputConversions: rules.inputConversions, main: main,
            upperOnly: upperOnly, noSuggest: noSuggest, tryCharacters: rules.tryCharacters, keyboard: rules.keyboard,
            replacements: rules.replacements)
    }

    private func saveVerdicts() {
        guard verdicts.isDirty, let verdictsPath else { return }
        _ = FileSystem.writeAtomically(verdicts.serialise(key: key), to: verdictsPath)
    }

    /// Caches of earlier versions of this language's dictionary.
    private func removeStaleCaches() {
        guard let cacheDirectory else { return }
        let prefix = "spelling-\(dictionary.language)-"
        for name in FileSystem.contents(of: cacheDirectory) where name.hasPrefix(prefix) && !name.contains(key) {
            FileSystem.remove(cacheDirectory + "/" + name)
        }
    }
}

extension CachedSpellChecker {
    /// The words the dictionary accepts: the word-form table, the verdict cache, else hunspell's spell (no suggestions).
    public func known(_ words: [String]) -> Set<String> {
        var result = Set<String>()
        let flags = accepts(words)
        for index in words.indices where flags[index] { result.insert(words[index]) }
        return result
    }

    /// The words the dictionary accepts, as flags in the order given: the word-form table, the verdict cache, else
    /// hunspell's spell (no suggestions).
    public func accepts(_ words: [String]) -> [Bool] {
        var result = [Bool](repeating: false, count: words.count)
        var unknown: [Int] = []
        for (index, word) in words.enumerated() {
            if let verdict = tableVerdict(word) {
                result[index] = verdict
            } else if let verdict = cachedVerdict(word) {
                result[index] = verdict == nil
            } else {
                unknown.append(index)
            }
        }
        guard !unknown.isEmpty, let hunspell = loadedHunspell() else { return result }
        for index in unknown { result[index] = hunspell.spell(words[index]) }
        return result
    }
}
