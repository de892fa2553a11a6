import CHunspell
import CVCore
import Synchronization

/// Spelling straight through hunspell: owns one `Hunhandle` (25-30 ms to load en_US), frees it in
/// `deinit`. Not thread-safe (hunspell is not): use one checker from one task at a time.
public final class HunspellChecker: SpellChecker {
    /// Every call into hunspell holds this one process-wide lock: hunspell shares a Unicode case table between
    /// its instances and frees it when the last instance is destroyed, so a checker destroyed on one thread
    /// while another spells made the other's verdicts wrong (seen as words refused under a loaded test run).
    private static let calls = Mutex(())
    public let dictionary: DictionaryFiles
    /// The dictionary's character set (the .aff's SET line), as hunspell reports it.
    public let encoding: String
    private let handle: OpaquePointer
    private let latin1: Bool

    /// Loads the dictionary for `language`, found by `locator`.
    public convenience init(language: String, locator: DictionaryLocator = DictionaryLocator()) throws(SpellingError) {
        try self.init(dictionary: locator.locate(language))
    }

    public init(dictionary: DictionaryFiles) throws(SpellingError) {
        guard FileSystem.isReadableFile(dictionary.affixPath), FileSystem.isReadableFile(dictionary.dictionaryPath)
        else {
            throw .dictionaryNotFound(
                language: dictionary.language, searched: [dictionary.affixPath, dictionary.dictionaryPath],
                package: DictionaryLocator.package(for: dictionary.language))
        }
        guard cvt_hunspell_load() != 0 else { throw .hunspellUnavailable(String(cString: cvt_hunspell_error())) }
        guard let handle = Self.calls.withLock({ _ in cvt_Hunspell_create(dictionary.affixPath, dictionary.dictionaryPath) }) else {
            throw .hunspellFailed(affixPath: dictionary.affixPath, dictionaryPath: dictionary.dictionaryPath)
        }
        let encoding = cvt_Hunspell_get_dic_encoding(handle).map { String(cString: $0) } ?? "ISO8859-1"
        let normalised = encoding.uppercased().filter { $0 != "-" && $0 != "_" }
        guard normalised == "UTF8" || normalised == "ISO88591" else {
            Self.calls.withLock { _ in cvt_Hunspell_destroy(handle) }
            throw .unsupportedEncoding(language: dictionary.language, encoding: encoding)
        }
        self.dictionary = dictionary
        self.encoding = encoding
        self.handle = handle
        self.latin1 = normalised == "ISO88591"
    }

    deinit {
        Self.calls.withLock { _ in cvt_Hunspell_destroy(handle) }
    }

    /// True when hunspell accepts the word (case rules, affixes, compounds, numbers, hyphen breaks).
    public func spell(_ word: String) -> Bool {
        guard let bytes = encode(word) else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { pointer in Self.calls.withLock { _ in cvt_Hunspell_spell(handle, pointer.baseAddress) != 0 } }
        }
    }

    /// Spells a NUL-terminated UTF-8 byte array without building a String (used to build tables).
    func spell(utf8CString bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { pointer in Self.calls.withLock { _ in cvt_Hunspell_spell(handle, pointer.baseAddress) != 0 } }
        }
    }

    /// hunspell's suggestions, best first, at most `limit`.
    public func suggest(_ word: String, limit: Int = 5) -> [String] {
        guard limit > 0, let bytes = encode(word) else { return [] }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { pointer in
                Self.calls.withLock { _ in cvt_Hunspell_suggest(handle, &list, pointer.baseAddress) }
            }
        }
        defer { if count > 0 { Self.calls.withLock { _ in cvt_Hunspell_free_list(handle, &list, count) } } }
        guard count > 0, let list else { return [] }
        var suggestions: [String] = []
        for index in 0..<Int(count) where suggestions.count < limit {
            if let item = list[index] { suggestions.append(decode(item)) }
        }
        return suggestions
    }

    public func misspelt(_ words: [String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted && !spell(word) {
            result[word] = suggest(word)
        }
        return result
    }

    /// NUL-terminated bytes in the dictionary's encoding; nil when the word cannot be sent (it holds
    /// a NUL, or a character the Latin-1 dictionary cannot express).
    private func encode(_ word: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        if latin1 {
            for scalar in word.unicodeScalars {
                guard scalar.value < 256, scalar.value != 0 else { return nil }
                bytes.append(UInt8(scalar.value))
            }
        } else {
            bytes.reserveCapacity(word.utf8.count + 1)
            for byte in word.utf8 {
                guard byte != 0 else { return nil }
                bytes.append(byte)
            }
        }
        bytes.append(0)
        return bytes
    }

    private func decode(_ pointer: UnsafeMutablePointer<CChar>) -> String {
        guard latin1 else { return String(cString: pointer) }
        var scalars = String.UnicodeScalarView()
        var cursor = pointer
        while cursor.pointee != 0 {
            scalars.append(Unicode.Scalar(UInt8(bitPattern: cursor.pointee)))
            cursor += 1
        }
        return String(scalars)
    }
}
