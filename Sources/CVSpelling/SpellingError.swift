/// Why spelling cannot run. The CLI prints it as a warning and skips the `spelling` rule: a missing
/// dictionary never blocks a commit by itself.
public enum SpellingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `<language>.aff` / `<language>.dic` pair in any searched directory.
    case dictionaryNotFound(language: String, searched: [String], package: String)
    /// The language code is not of the form `ll`, `ll_CC` or `ll-CC`.
    case invalidLanguage(String)
    /// The dictionary uses a character set other than UTF-8 or ISO8859-1.
    case unsupportedEncoding(language: String, encoding: String)
    /// hunspell could not load the files (unreadable or malformed).
    case hunspellFailed(affixPath: String, dictionaryPath: String)
    /// The hunspell library itself is missing (it is loaded on first use, not linked).
    case hunspellUnavailable(String)

    /// The command that installs what is missing, when there is one.
    public var installHint: String? {
        switch self {
        case .dictionaryNotFound(_, _, let package): "apt-get install \(package)"
        case .hunspellUnavailable: "apt-get install libhunspell-1.7-0"
        case .invalidLanguage, .unsupportedEncoding, .hunspellFailed: nil
        }
    }

    public var description: String {
        switch self {
        case .dictionaryNotFound(let language, let searched, let package):
            "no hunspell dictionary for \(language) (looked for \(language).aff and \(language).dic in "
                + searched.joined(separator: ", ")
                + "); install it with `apt-get install \(package)` (or `brew install hunspell` and a dictionary), "
                + "or point DICPATH at a directory holding it"
        case .invalidLanguage(let code):
            "'\(code)' is not a language code like en_US or en-GB"
        case .unsupportedEncoding(let language, let encoding):
            "the \(language) dictionary uses the character set \(encoding); only UTF-8 and ISO8859-1 are supported"
        case .hunspellFailed(let affixPath, let dictionaryPath):
            "hunspell could not load \(affixPath) and \(dictionaryPath)"
        case .hunspellUnavailable(let why):
            why
        }
    }
}
