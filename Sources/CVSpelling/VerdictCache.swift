/// Words hunspell has already judged for one dictionary version, kept on disk so that a CV with no
/// new words never loads hunspell: misspelt words with their suggestions, and correct words the
/// table could not decide (`21st`, `etc.`).
///
/// File layout (version 1): a header, then one line per word: `+word` (correct) or
/// `-word<TAB>suggestion<TAB>...` (misspelt).
/// ```
/// cvtrack-spelling-verdicts 1
/// key <16 hex digits>
/// body <FNV-1a of the body, 16 hex digits> <body bytes>
/// ```
/// A file that fails any check is ignored (and rewritten on the next save).
struct VerdictCache {
    private static let magic = "cvtrack-spelling-verdicts 1"
    /// Beyond this many words, a save keeps only the words used since loading (keeps the warm load
    /// around a millisecond).
    static let capacity = 5_000

    /// nil: correct. Non-nil: misspelt, with its suggestions.
    private(set) var verdicts: [String: [String]?] = [:]
    private var used = Set<String>()
    private(set) var isDirty = false

    init() {}

    /// The cache in `path` if it is intact and was written for `key`; otherwise empty.
    static func load(path: String, key: String) -> VerdictCache {
        var cache = VerdictCache()
        guard let bytes = FileSystem.readAll(path, limit: 32 << 20) else { return cache }
        guard let parsed = parse(bytes, key: key) else {
            cache.isDirty = true  // rewrite the damaged file
            return cache
        }
        cache.verdicts = parsed
        return cache
    }

    private static func parse(_ bytes: [UInt8], key: String) -> [String: [String]?]? {
        var cursor = 0
        func nextLine() -> String? {
            guard let end = bytes[cursor...].firstIndex(of: 0x0A) else { return nil }
            defer { cursor = end + 1 }
            return String(decoding: bytes[cursor..<end], as: UTF8.self)
        }
        guard nextLine() == magic, nextLine() == "key " + key, let bodyLine = nextLine() else { return nil }
        let fields = bodyLine.split(separator: " ")
        guard fields.count == 3, fields[0] == "body", let length = Int(fields[2]), cursor + length == bytes.count,
            String(fields[1]) == FNV1a.hex(FNV1a.hash(bytes[cursor...]))
        else { return nil }
        // One pass over the bytes (a closure-based split costs ten times as much on a full cache).
        var verdicts: [String: [String]?] = [:]
        let ok = bytes.withUnsafeBufferPointer { buffer -> Bool in
            var i = cursor
            let end = buffer.count
            while i < end {
                let kind = buffer[i]
                guard kind == UInt8(ascii: "+") || kind == UInt8(ascii: "-") else { return false }
                i += 1
                var parts: [String] = []
                var start = i
                while true {
                    if i == end || buffer[i] == 0x0A || buffer[i] == 0x09 {
                        parts.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self))
                        if i == end || buffer[i] == 0x0A { break }
                        start = i + 1
                    }
                    i += 1
                }
                i += 1
                guard let word = parts.first, !word.isEmpty else { return false }
                verdicts[word] = kind == UInt8(ascii: "+") ? .some(nil) : .some(Array(parts.dropFirst()))
            }
            return true
        }
        guard ok else { return nil }
        return verdicts
    }

    /// `.some(nil)`: known correct; `.some(suggestions)`: known misspelt; `nil`: never checked.
    mutating func lookup(_ word: String) -> [String]?? {
        guard let verdict = verdicts[word] else { return nil }
        used.insert(word)
        return .some(verdict)
    }

    mutating func record(_ word: String, suggestions: [String]?) {
        guard Self.isStorable(word), suggestions?.allSatisfy(Self.isStorable) ?? true else { return }
        verdicts[word] = .some(suggestions)
        used.insert(word)
        isDirty = true
    }

    func serialise(key: String) -> [UInt8] {
        var body: [UInt8] = []
        // Past the capacity, only the words used since loading are kept, and never more than the capacity.
        let keep = verdicts.count > Self.capacity ? verdicts.filter { used.contains($0.key) } : verdicts
        for (word, suggestions) in keep.sorted(by: { $0.key < $1.key }).prefix(Self.capacity) {
            if let suggestions {
                body.append(UInt8(ascii: "-"))
                body.append(contentsOf: word.utf8)
                for suggestion in suggestions {
                    body.append(0x09)
                    body.append(contentsOf: suggestion.utf8)
                }
            } else {
                body.append(UInt8(ascii: "+"))
                body.append(contentsOf: word.utf8)
            }
            body.append(0x0A)
        }
        let header = "\(Self.magic)\nkey \(key)\nbody \(FNV1a.hex(FNV1a.hash(body))) \(body.count)\n"
        return Array(header.utf8) + body
    }

    private static func isStorable(_ text: String) -> Bool {
        // Words only: nothing longer than hunspell's own limit (100 bytes).
        !text.isEmpty && text.utf8.count <= 100 && !text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0 })
    }
}
