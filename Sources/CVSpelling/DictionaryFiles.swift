/// One hunspell dictionary on disk: the `.aff` (affix rules) and `.dic` (word list) pair.
public struct DictionaryFiles: Sendable, Hashable {
    /// The normalised language code, e.g. `en_US`.
    public var language: String
    public var affixPath: String
    public var dictionaryPath: String

    public init(language: String, affixPath: String, dictionaryPath: String) {
        self.language = language
        self.affixPath = affixPath
        self.dictionaryPath = dictionaryPath
    }

    /// Path, size and modification time of both files: changes whenever the dictionary package is
    /// updated, so every cache built from the files is keyed by it. Nil when a file is missing.
    public func identity() -> String? {
        guard let aff = FileSystem.identity(of: affixPath), let dic = FileSystem.identity(of: dictionaryPath) else {
            return nil
        }
        return "\(affixPath)|\(aff.size)|\(aff.modificationSeconds).\(aff.modificationNanoseconds)|"
            + "\(dictionaryPath)|\(dic.size)|\(dic.modificationSeconds).\(dic.modificationNanoseconds)"
    }
}
