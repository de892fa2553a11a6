/// Finds `<language>.aff` and `<language>.dic` the way hunspell's own front end does: `$DICPATH`
/// first, then the system directories.
public struct DictionaryLocator: Sendable {
    /// Where Debian, Fedora, Homebrew and hand installs put dictionaries.
    public static let standardDirectories = [
        "/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell",
        "/opt/homebrew/share/hunspell", "/Library/Spelling",
    ]

    /// The directories searched, in order.
    public var directories: [String]

    /// `dictionaryPath` is a colon-separated list searched first (hunspell's `DICPATH`); by default
    /// it is read from the environment.
    public init(directories: [String] = DictionaryLocator.standardDirectories, dictionaryPath: String? = nil) {
        let extra = (dictionaryPath ?? FileSystem.environment("DICPATH") ?? "")
            .split(separator: ":").map(String.init).filter { !$0.isEmpty }
        self.directories = extra + directories
    }

    /// The dictionary for `language` (`en_US`, `en-GB`, `en_gb`, `EN-us` ...).
    public func locate(_ language: String) throws(SpellingError) -> DictionaryFiles {
        guard let code = Self.normalisedLanguage(language) else { throw .invalidLanguage(language) }
        var names = [code]
        if language != code && !language.contains("/") { names.append(language) }
        for directory in directories {
            for name in names {
                let aff = directory + "/" + name + ".aff"
                let dic = directory + "/" + name + ".dic"
                if FileSystem.isReadableFile(aff) && FileSystem.isReadableFile(dic) {
                    return DictionaryFiles(language: code, affixPath: aff, dictionaryPath: dic)
                }
            }
        }
        throw .dictionaryNotFound(language: code, searched: directories, package: Self.package(for: code))
    }

    /// `en-gb`, `EN_gb` → `en_GB`; `de` → `de`. Nil for anything that is not a language code.
    public static func normalisedLanguage(_ code: String) -> String? {
        let parts = code.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "_" || $0 == "-" })
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ part in !part.isEmpty && part.count <= 8 && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        let language = parts[0].lowercased()
        guard parts.count == 2 else { return language }
        return language + "_" + parts[1].uppercased()
    }

    /// The Debian/Ubuntu package holding the dictionary: `en_US` → `hunspell-en-us`.
    public static func package(for language: String) -> String {
        "hunspell-" + language.lowercased().replacingUnderscores()
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
