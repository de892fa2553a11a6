#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    static let magic = "cvtrack-spelling-verdicts 1"
    /// Beyond this many words, a save keeps only the words used since loading (keeps the warm load
    /// around a millisecond).
    static let capacity = 5_000

    /// nil: correct. Non-nil: misspelt, with its suggestions. Empty while `file` answers (until a word is recorded).
    private var verdicts: [String: [String]?] = [:]
    /// The loaded file, searched in place: a warm run looks up a few hundred words and never builds the
    /// dictionary of up to `capacity` words (9-12 M instructions a run).
    private var file: VerdictFile?
    private var used = Set<String>()
    private(set) var isDirty = false

    init() {}

    /// The cache in `path` if it is intact and was written for `key`; otherwise empty.
    static func load(path: String, key: String) -> VerdictCache {
        var cache = VerdictCache()
        guard let bytes = FileSystem.readAll(path, limit: 32 << 20) else { return cache }
        guard let file = VerdictFile(bytes, key: key) else {
            cache.isDirty = true  // rewrite the damaged file
            return cache
        }
        if file.isSearchable {
            cache.file = file
        } else {
            cache.verdicts = file.dictionary()
        }
        return cache
    }

    /// Every verdict, as a dictionary (what a load built before the file was searched in place).
    var allVerdicts: [String: [String]?] { file?.dictionary() ?? verdicts }

    /// `.some(nil)`: known correct; `.some(suggestions)`: known misspelt; `nil`: never checked.
    mutating func lookup(_ word: String) -> [String]?? {
        let found: [String]??
        if let file { found = file.lookup(word) } else { found = verdicts[word] }
        guard let verdict = found else { return nil }
        used.insert(word)
        return .some(verdict)
    }

    mutating func record(_ word: String, suggestions: [String]?) {
        guard Self.isStorable(word), suggestions?.allSatisfy(Self.isStorable) ?? true else { return }
        if let file {
            verdicts = file.dictionary()
            self.file = nil
        }
        verdicts[word] = .some(suggestions)
        used.insert(word)
        isDirty = true
    }

    func serialise(key: String) -> [UInt8] {
        var body: [UInt8] = []
        // Past the capacity, only the words used since loading are kept, and never more than the capacity.
        let verdicts = allVerdicts
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

/// A verdict file's body read in place: checked line by line as a load always was, with the lines whose word is
/// plainly in NFC (ASCII, Latin letters below U+0300, general punctuation such as `’`) kept as offsets in file
/// order, and the few others decoded into a small dictionary. The file is written sorted (`serialise`), and for
/// words in NFC `String` order is byte order, so those lines are binary-searched on their bytes. A word is looked
/// up with `String` equality, as in the dictionary a load built before: a word itself plainly in NFC by bytes, any
/// other word by `String` order (a decomposed `é` equals the composed one; the Kelvin sign equals `K`), and every
/// word among the other lines by `==`.
struct VerdictFile {
    private let bytes: [UInt8]
    /// Where each line starts (its `+`/`-`), every line of the body in order.
    private var lines: [Int32] = []
    /// Indexes into `lines` of the lines whose word is plainly in NFC, in file order.
    private var sorted: [Int32] = []
    /// The other lines' words: the line's index and its verdict (a later line wins, as it did in a dictionary).
    private var others: [String: (line: Int, verdict: [String]?)] = [:]
    /// False when the sorted lines are not in strictly increasing byte order (a file written otherwise than by
    /// `serialise`): the cache then builds the whole dictionary.
    private(set) var isSearchable = true

    /// nil when the header, the body's hash or length, or any line is damaged.
    init?(_ bytes: [UInt8], key: String) {
        var cursor = 0
        func nextLine() -> String? {
            guard let end = bytes[cursor...].firstIndex(of: 0x0A) else { return nil }
            defer { cursor = end + 1 }
            return String(decoding: bytes[cursor..<end], as: UTF8.self)
        }
        guard nextLine() == VerdictCache.magic, nextLine() == "key " + key, let bodyLine = nextLine() else { return nil }
        let fields = bodyLine.split(separator: " ")
        guard fields.count == 3, fields[0] == "body", let length = Int(fields[2]), cursor + length == bytes.count,
            String(fields[1]) == FNV1a.hex(FNV1a.hash(bytes[cursor...])), bytes.count < Int(Int32.max)
        else { return nil }
        self.bytes = bytes
        let body = cursor
        let ok = bytes.withUnsafeBufferPointer { buffer -> Bool in
            var i = body
            let end = buffer.count
            var previous: Range<Int>?
            while i < end {
                let kind = buffer[i]
                guard kind == UInt8(ascii: "+") || kind == UInt8(ascii: "-") else { return false }
                let start = i
                i += 1
                var plain = true
                while i < end, buffer[i] != 0x0A, buffer[i] != 0x09 {
                    if buffer[i] >= 0x80 {
                        guard plain, let length = Self.plainScalarLength(buffer, at: i) else {
                            plain = false
                            i += 1
                            continue
                        }
                        i += length
                    } else {
                        i += 1
                    }
                }
                let word = (start + 1)..<i
                guard !word.isEmpty else { return false }
                while i < end, buffer[i] != 0x0A { i += 1 }
                i += 1
                let line = lines.count
                lines.append(Int32(start))
                if plain {
                    if let previous, !Self.precedes(buffer, previous, word) { isSearchable = false }
                    previous = word
                    sorted.append(Int32(line))
                } else {
                    let verdict = Self.verdict(of: buffer, at: start)
                    others[verdict.word] = (line, verdict.suggestions)
                }
            }
            return true
        }
        guard ok else { return nil }
    }

    /// The byte length of a scalar that cannot change under NFC nor combine with its neighbours, starting at a byte
    /// beyond ASCII: U+0080-U+02FF (Latin letters, two bytes, lead C2-CB), the general punctuation U+2010-U+2027 and
    /// U+2030-U+205E (`’`, `–`), kana U+3041-U+3096 and U+30A0-U+30FF and the CJK ideographs U+4E00-U+9FFF; nil for
    /// any other (combining marks, singletons such as the Kelvin sign, other scripts, broken UTF-8).
    private static func plainScalarLength(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = buffer[i]
        func continuation(_ k: Int) -> UInt8? {
            guard k < buffer.count, buffer[k] & 0xC0 == 0x80 else { return nil }
            return buffer[k]
        }
        if lead >= 0xC2, lead <= 0xCB, continuation(i + 1) != nil { return 2 }
        // Three bytes from lead E2 on encode U+2000 and above: no overlong form reaches the ranges below.
        guard lead >= 0xE2, lead <= 0xE9, let second = continuation(i + 1), let third = continuation(i + 2) else { return nil }
        let scalar = Int(lead & 0x0F) << 12 | Int(second & 0x3F) << 6 | Int(third & 0x3F)
        switch scalar {
        case 0x2010...0x2027, 0x2030...0x205E, 0x3041...0x3096, 0x30A0...0x30FF, 0x4E00...0x9FFF: return 3
        default: return nil
        }
    }

    /// `.some(nil)`: correct; `.some(suggestions)`: misspelt; nil: not in the file.
    func lookup(_ word: String) -> [String]?? {
        let other = others[word]
        var query = Array(word.utf8)
        let plain = query.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                if buffer[i] < 0x80 {
                    i += 1
                } else if let length = Self.plainScalarLength(buffer, at: i) {
                    i += length
                } else {
                    return false
                }
            }
            return true
        }
        let line = plain ? sortedLine(bytes: &query) : sortedLine(string: word)
        if let other, other.line > line ?? -1 { return .some(other.verdict) }
        guard let line else { return nil }
        return bytes.withUnsafeBufferPointer { .some(Self.verdict(of: $0, at: Int(lines[line])).suggestions) }
    }

    /// Every line's verdict in file order, a later line replacing an earlier one of an equal word.
    func dictionary() -> [String: [String]?] {
        var verdicts: [String: [String]?] = [:]
        verdicts.reserveCapacity(lines.count)
        bytes.withUnsafeBufferPointer { buffer in
            for start in lines {
                let verdict = Self.verdict(of: buffer, at: Int(start))
                verdicts[verdict.word] = .some(verdict.suggestions)
            }
        }
        return verdicts
    }

    /// The index (into `lines`) of the sorted line whose word is `word`'s bytes.
    private func sortedLine(bytes word: inout [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            word.withUnsafeBufferPointer { query in
                var low = 0
                var high = sorted.count
                while low < high {
                    let middle = (low + high) / 2
                    let candidate = Self.word(of: buffer, at: Int(lines[Int(sorted[middle])]))
                    let order = Self.compare(UnsafeBufferPointer(rebasing: buffer[candidate]), query)
                    if order < 0 {
                        low = middle + 1
                    } else if order > 0 {
                        high = middle
                    } else {
                        return Int(sorted[middle])
                    }
                }
                return nil
            }
        }
    }

    /// The index of the sorted line whose word equals `word` as a `String` (for a word that may not be in NFC).
    private func sortedLine(string word: String) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                let candidate = String(decoding: buffer[Self.word(of: buffer, at: Int(lines[Int(sorted[middle])]))], as: UTF8.self)
                if candidate < word {
                    low = middle + 1
                } else if word < candidate {
                    high = middle
                } else {
                    return Int(sorted[middle])
                }
            }
            return nil
        }
    }

    /// The word's bytes of the line starting at `start` (after its `+`/`-`, up to a tab, newline or the end).
    private static func word(of buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Range<Int> {
        var i = start + 1
        while i < buffer.count, buffer[i] != 0x0A, buffer[i] != 0x09 { i += 1 }
        return (start + 1)..<i
    }

    /// The line's word and verdict: nil for `+word`, the tab-separated suggestions for `-word`.
    private static func verdict(of buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> (word: String, suggestions: [String]?) {
        var parts: [String] = []
        var i = start + 1
        var fieldStart = i
        while true {
            if i == buffer.count || buffer[i] == 0x0A || buffer[i] == 0x09 {
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<i]), as: UTF8.self))
                if i == buffer.count || buffer[i] == 0x0A { break }
                fieldStart = i + 1
            }
            i += 1
        }
        return (parts[0], buffer[start] == UInt8(ascii: "+") ? nil : Array(parts.dropFirst()))
    }

    /// Bytewise order of two words of the body.
    private static func precedes(_ buffer: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        compare(UnsafeBufferPointer(rebasing: buffer[a]), UnsafeBufferPointer(rebasing: buffer[b])) < 0
    }

    /// Bytewise three-way comparison: negative, zero or positive.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let x = a.baseAddress, let y = b.baseAddress {
            let order = memcmp(x, y, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }
}
