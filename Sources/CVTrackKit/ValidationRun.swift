import CVCore
import CVSpelling

#if canImport(Glibc)
    import Glibc
#endif

/// Everything `cvtrack validate` needs besides the CVs: configuration, personal words, the spell checker,
/// today's date. Loading the spell checker never fails the run: a missing dictionary is a warning.
public struct ValidationSetup {
    public var configuration: ValidationConfiguration
    public var personalWords: Set<String>
    public var spellChecker: (any SpellChecker)?
    public var warnings: [String] = []
    public var today: PartialDate

    /// `root`: the folder holding `.cvtrack.yml` and the personal word list (nil: defaults).
    public init(config: CVTrackConfig, root: String?, spelling: Bool) {
        configuration = ValidationConfiguration(config)
        var words = Set(config.spelling?.words ?? [])
        if let root {
            let file = config.spelling?.wordsFile ?? ".cvtrack-words.txt"
            if let bytes = FileSystem.read(file.hasPrefix("/") ? file : root + "/" + file) {
                for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                    let w = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?.trimmingWhitespace() ?? ""
                    if !w.isEmpty { words.insert(w) }
                }
            }
        }
        personalWords = words
        today = ValidationSetup.currentDate()
        let spellingRule = configuration.rules["spelling"]
        if spelling && spellingRule?.enabled != false {
            do {
                // No language configured: each CV is checked in the English variety it is written in.
                if let language = config.spellingLanguage {
                    spellChecker = try CachedSpellChecker(language: language)
                } else {
                    spellChecker = try VarietySpellChecker()
                }
            } catch {
                warnings.append("spelling not checked: \(error)")
            }
        }
    }

    /// Builds the spelling dictionaries' word tables now (about a second each, once per dictionary version), so that
    /// the first commit after `cvtrack hooks install` does not pay for them: the configured language's, or with none
    /// configured both English varieties' (the spelling rule reads the CV's variety in both, and checks it in the one
    /// it is written in). Best effort: false when the first dictionary's table cannot be built.
    @discardableResult
    public static func prepareSpelling(config: CVTrackConfig) -> Bool {
        if let language = config.spellingLanguage {
            guard let checker = try? CachedSpellChecker(language: language) else { return false }
            return checker.prepare()
        }
        guard let checker = try? VarietySpellChecker() else { return false }
        let prepared = checker.primary.prepare()
        for language in [SpellingVariety.britishLanguage, SpellingVariety.americanLanguage] {
            _ = (checker.variety(language) as? CachedSpellChecker)?.prepare()
        }
        return prepared
    }

    /// The English variety (`en_GB`, `en_US`) the CV files are written in, as the spelling rule reads it; nil when
    /// none can be read (no dictionaries, no English prose, or the files disagree).
    public static func spellingVariety(ofFiles paths: [String]) -> String? {
        guard let checker = try? VarietySpellChecker() else { return nil }
        var found = Set<String>()
        for path in paths {
            guard let bytes = FileSystem.read(path), let text = try? CVReader.decode(bytes),
                let variety = SpellingVariety.read(text: text, path: path, checker: checker), !variety.isMixed,
                !(variety.british.isEmpty && variety.american.isEmpty)
            else { continue }
            found.insert(variety.language)
        }
        return found.count == 1 ? found.first : nil
    }

    /// Today in local time.
    public static func currentDate() -> PartialDate {
        var t = time(nil)
        var tmv = tm()
        localtime_r(&t, &tmv)
        return PartialDate(year: Int(tmv.tm_year) + 1900, month: Int(tmv.tm_mon) + 1, day: Int(tmv.tm_mday))
    }

    /// `.cvtrack.yml` found by walking up from `start` (for files validated outside a repository: no git needed).
    public static func findConfig(from start: String) throws -> (CVTrackConfig, String?) {
        var dir = FileSystem.absolute(start)
        while true {
            let candidate = dir + "/" + CVTrackConfig.fileName
            if let bytes = FileSystem.read(candidate) {
                do {
                    return (try CVTrackConfig.parse(String(decoding: bytes, as: UTF8.self)), dir)
                } catch let error as CVParseError {
                    throw WorkspaceError("\(candidate): \(error)")
                }
            }
            if FileSystem.exists(dir + "/.git") || dir == "/" || dir.isEmpty { return (CVTrackConfig(), nil) }
            dir = String(dir[..<(dir.lastIndex(of: "/") ?? dir.startIndex)])
            if dir.isEmpty { dir = "/" }
        }
    }
}
