#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every word form a dictionary accepts, as sorted, newline-separated UTF-8 lines in one file that
/// is memory-mapped: opening it costs one `mmap`. A word is looked up through a hash index of the lines (one slot,
/// usually in the same cache line as the next few, then the line itself: two pages touched, where a binary search
/// of a cold 2.8 MB mapping touched about twenty, each a TLB and cache miss); the sorted lines serve the suggestions'
/// prefix searches.
///
/// File layout (version 3):
/// ```
/// cvtrack-spelling-table 2
/// key <16 hex digits: FNV-1a of the dictionary identity>
/// break <pattern>...          (the .aff's BREAK patterns)
/// iconv <from> <to>           (zero or more, the .aff's ICONV pairs)
/// try <characters>            (the .aff's TRY: the characters suggestions insert and substitute, in its order)
/// keyboard <rows>             (the .aff's KEY, or hunspell's default rows)
/// rep <from> <to>             (zero or more, the .aff's REP pairs, in its order)
/// blocks <main bytes> <upper-only bytes> <no-suggest bytes> <index bytes>
/// <main block: sorted lines>
/// <upper-only block: sorted lines>   (forms valid only when the word is written in capitals)
/// <no-suggest block: sorted lines>   (forms of the main block never suggested: the .aff's NOSUGGEST)
/// <index: a power of two of 8-byte little-endian slots>
/// end
/// ```
/// The index holds every line of the main and upper-only blocks by `indexHash` of its bytes, linear probing: a slot is
/// 0 (empty) or the line's offset from the main block's start plus one (low 32 bits) and the hash's high 32 bits.
/// Anything that does not match exactly (version, key, sizes, trailer) makes `open` return nil.
final class WordTable {
    private static let magic = "cvtrack-spelling-table 3"
    private static let trailer: [UInt8] = Array("end\n".utf8)

    private let storage: ByteStorage
    private let main: Range<Int>
    private let upperOnly: Range<Int>
    private let noSuggest: Range<Int>
    /// The hash index's bytes (see the layout), and its slot count less one.
    private let index: Range<Int>
    private let slotMask: Int
    let breakPatterns: [[UInt8]]
    let inputConversions: [([Unicode.Scalar], [Unicode.Scalar])]
    /// What suggestions are made of (see `TableSuggester`).
    let tryCharacters: [Unicode.Scalar]
    let keyboard: [Unicode.Scalar]
    /// The REP pairs (`rep <from> <to>` lines of the header), read on first use.
    private(set) lazy var replacements: [(from: [UInt8], to: [UInt8])] = {
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: storage.bytes[replacementLines]), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            return fields.count == 3 ? (Array(fields[1].utf8), Array(fields[2].utf8)) : nil
        }
    }()
    private let replacementLines: Range<Int>
    /// Byte size of the file (or of the in-memory image).
    var byteCount: Int { storage.bytes.count }
    /// Number of word forms in both blocks.
    var wordCount: Int { countLines(main) + countLines(upperOnly) }

    private init?(storage: ByteStorage, key: String) {
        let bytes = storage.bytes
        var cursor = 0
        func nextLine() -> String? {
            guard cursor < bytes.count, cursor < 64 << 10 else { return nil }
            var end = cursor
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            guard end < bytes.count else { return nil }
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[cursor..<end]), as: UTF8.self)
            cursor = end + 1
            return line
        }
        guard nextLine() == Self.magic, nextLine() == "key " + key else { return nil }
        guard let breakLine = nextLine(), breakLine.hasPrefix("break") else { return nil }
        var conversions: [([Unicode.Scalar], [Unicode.Scalar])] = []
        var line = nextLine()
        while let current = line, current.hasPrefix("iconv ") {
            let fields = current.split(separator: " ")
            guard fields.count == 3 else { return nil }
            conversions.append((Array(fields[1].unicodeScalars), Array(fields[2].unicodeScalars)))
            line = nextLine()
        }
        guard let tryLine = line, tryLine.hasPrefix("try"), let keyboardLine = nextLine(), keyboardLine.hasPrefix("keyboard ")
        else { return nil }
        // The REP lines are only skipped here (on their bytes): `replacements` reads them when a word needs suggestions.
        let replacementsStart = cursor
        while cursor + 4 <= bytes.count, bytes[cursor] == UInt8(ascii: "r"), bytes[cursor + 1] == UInt8(ascii: "e"),
            bytes[cursor + 2] == UInt8(ascii: "p"), bytes[cursor + 3] == UInt8(ascii: " ")
        {
            while cursor < bytes.count && bytes[cursor] != 0x0A { cursor += 1 }
            cursor += 1
        }
        guard cursor <= bytes.count else { return nil }
        replacementLines = replacementsStart..<cursor
        line = nextLine()
        guard let blocks = line?.split(separator: " "), blocks.count == 5, blocks[0] == "blocks",
            let mainLength = Int(blocks[1]), let upperLength = Int(blocks[2]), let noSuggestLength = Int(blocks[3]),
            let indexLength = Int(blocks[4]), mainLength >= 0, upperLength >= 0, noSuggestLength >= 0,
            mainLength + upperLength < Int(UInt32.max), indexLength >= 64, indexLength % 8 == 0,
            (indexLength / 8) & (indexLength / 8 - 1) == 0,
            cursor + mainLength + upperLength + noSuggestLength + indexLength + Self.trailer.count == bytes.count
        else { return nil }
        main = cursor..<(cursor + mainLength)
        upperOnly = main.upperBound..<(main.upperBound + upperLength)
        noSuggest = upperOnly.upperBound..<(upperOnly.upperBound + noSuggestLength)
        index = noSuggest.upperBound..<(noSuggest.upperBound + indexLength)
        slotMask = indexLength / 8 - 1
        guard Array(bytes[index.upperBound...]) == Self.trailer,
            main.isEmpty || bytes[main.upperBound - 1] == 0x0A,
            upperOnly.isEmpty || bytes[upperOnly.upperBound - 1] == 0x0A,
            noSuggest.isEmpty || bytes[noSuggest.upperBound - 1] == 0x0A
        else { return nil }
        tryCharacters = Array(tryLine.dropFirst(4).unicodeScalars)
        keyboard = Array(keyboardLine.dropFirst(9).unicodeScalars)
        breakPatterns = breakLine.split(separator: " ").dropFirst().map { Array($0.utf8) }
        inputConversions = conversions
        self.storage = storage
    }

    /// The table in `path`, if it is complete and was built for `key`.
    static func open(path: String, key: String) -> WordTable? {
        guard let storage = ByteStorage(mapping: path) else { return nil }
        return WordTable(storage: storage, key: key)
    }

    /// A table from the bytes `serialise` produced (used when the cache directory is not writable).
    static func load(bytes: [UInt8], key: String) -> WordTable? {
        WordTable(storage: ByteStorage(copying: bytes), key: key)
    }

    /// The file image. `main` and `upperOnly` must each be sorted bytewise and free of duplicates,
    /// newlines and NULs.
    static func serialise(
        key: String, breakPatterns: [String], inputConversions: [(String, String)], main: [[UInt8]],
        upperOnly: [[UInt8]], noSuggest: [[UInt8]] = [], tryCharacters: String = "",
        keyboard: String = "qwertyuiop|asdfghjkl|zxcvbnm", replacements: [(String, String)] = []
    ) -> [UInt8] {
        func block(_ words: [[UInt8]]) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(words.reduce(0) { $0 + $1.count + 1 })
            for word in words {
                bytes.append(contentsOf: word)
                bytes.append(0x0A)
            }
            return bytes
        }
        let mainBlock = block(main)
        let upperBlock = block(upperOnly)
        let noSuggestBlock = block(noSuggest)
        let indexBlock = indexImage(main + upperOnly)
        var header = Self.magic + "\nkey " + key + "\nbreak"
        for pattern in breakPatterns { header += " " + pattern }
        header += "\n"
        for (from, to) in inputConversions { header += "iconv \(from) \(to)\n" }
        header += "try " + tryCharacters.filter { $0 != "\n" && $0 != " " } + "\n"
        header += "keyboard " + keyboard.filter { $0 != "\n" && $0 != " " } + "\n"
        for (from, to) in replacements where !from.isEmpty && !to.isEmpty && !(from + to).contains(where: { $0 == " " || $0 == "\n" }) {
            header += "rep \(from) \(to)\n"
        }
        header += "blocks \(mainBlock.count) \(upperBlock.count) \(noSuggestBlock.count) \(indexBlock.count)\n"
        return Array(header.utf8) + mainBlock + upperBlock + noSuggestBlock + indexBlock + Self.trailer
    }

    /// The hash index of `lines` (the main block's lines, then the upper-only block's, laid out one after the other):
    /// at most four slots in five used, at least eight slots.
    private static func indexImage(_ lines: [[UInt8]]) -> [UInt8] {
        var count = 8
        while count < lines.count + lines.count / 4 + 1 { count *= 2 }
        var slots = [UInt64](repeating: 0, count: count)
        var offset = 0
        for line in lines {
            let hash = indexHash(line)
            var slot = Int(truncatingIfNeeded: hash) & (count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (count - 1) }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(offset + 1)
            offset += line.count + 1
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 8)
        for slot in slots {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: slot >> UInt64(shift))) }
        }
        return bytes
    }

    /// FNV-1a of the bytes, mixed by splitmix64's finaliser so that both halves are well spread: the low bits choose
    /// the slot, the high 32 bits are kept in it to skip most other lines without reading them.
    static func indexHash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 30
        hash &*= 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 27
        hash &*= 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        return hash
    }

    /// `words` in bytewise order (as `lexicographicallyPrecedes` orders them): the forms are compared on their
    /// buffers and only their positions are moved, not the arrays.
    static func sortedBytewise(_ words: [[UInt8]]) -> [[UInt8]] {
        var order = Array(words.indices)
        words.withUnsafeBufferPointer { all in
            order.sort { i, j in
                all[i].withUnsafeBufferPointer { a in
                    all[j].withUnsafeBufferPointer { b in
                        let common = min(a.count, b.count)
                        var k = 0
                        while k < common {
                            if a[k] != b[k] { return a[k] < b[k] }
                            k += 1
                        }
                        return a.count < b.count
                    }
                }
            }
        }
        return order.map { words[$0] }
    }

    /// True when `word` (UTF-8) is a line of the main block.
    func contains(_ word: [UInt8]) -> Bool {
        lookUp(word, in: main)
    }

    /// True when `word` is a form that hunspell accepts only when the input is not a plain initial
    /// capital (hidden capitalised forms of `iPhone`, `CIA's`, `3D`).
    func containsUpperOnly(_ word: [UInt8]) -> Bool {
        lookUp(word, in: upperOnly)
    }

    /// `search(word, in: block)` through the hash index, for the main or the upper-only block: the slots from the word's
    /// hash on, up to an empty one; a slot's line is compared only when its hash's high half matches.
    private func lookUp(_ word: [UInt8], in block: Range<Int>) -> Bool {
        let bytes = storage.bytes
        let hash = indexHash(word)
        let high = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        // Every probe reads a new slot; a table always keeps empty slots, and the bound ends even a damaged one.
        for _ in 0...slotMask {
            let value = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index.lowerBound + slot * 8, as: UInt64.self))
            if value == 0 { return false }
            if value & 0xFFFF_FFFF_0000_0000 == high {
                let start = main.lowerBound + Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
                let end = start + word.count
                if start >= block.lowerBound, end < block.upperBound, start == block.lowerBound || bytes[start - 1] == 0x0A,
                    bytes[end] == 0x0A, matches(word, bytes, start)
                {
                    return true
                }
            }
            slot = (slot + 1) & slotMask
        }
        return false
    }

    private func indexHash(_ word: [UInt8]) -> UInt64 {
        word.withUnsafeBufferPointer { Self.indexHash($0) }
    }

    /// `word` equals the bytes at `start` (which has room for them).
    private func matches(_ word: [UInt8], _ bytes: UnsafeRawBufferPointer, _ start: Int) -> Bool {
        word.withUnsafeBytes { key in
            guard let a = key.baseAddress, let b = bytes.baseAddress else { return key.isEmpty }
            return memcmp(a, b + start, key.count) == 0
        }
    }

    /// True when `word` is a form the dictionary accepts but never suggests (NOSUGGEST).
    func isUnsuggested(_ word: [UInt8]) -> Bool {
        search(word, in: noSuggest)
    }

    /// The main block's bytes and the byte range of its lines that start with `byte` (sorted lines: one run).
    func mainLines(startingWith byte: UInt8) -> (bytes: UnsafeRawBufferPointer, range: Range<Int>) {
        (storage.bytes, bound(in: main, offset: 0, key: Int(byte))..<bound(in: main, offset: 0, key: Int(byte) + 1))
    }

    /// The main block's byte range (its lines).
    var mainRange: Range<Int> { main }

    /// The lines of `range` whose byte at `offset` is `byte`, when every line of `range` shares its first `offset`
    /// bytes (sorted lines: one run; a line ending at `offset` sorts first).
    func narrow(_ range: Range<Int>, offset: Int, byte: UInt8) -> Range<Int> {
        bound(in: range, offset: offset, key: Int(byte))..<bound(in: range, offset: offset, key: Int(byte) + 1)
    }

    /// The lines of `range` (all sharing their first `offset` bytes) split by their byte at `offset`: `[byte]` is the run
    /// of lines with that byte there (empty when none). One binary search per byte that occurs.
    func children(_ range: Range<Int>, offset: Int) -> [Range<Int>] {
        var result = [Range<Int>](repeating: 0..<0, count: 256)
        let bytes = storage.bytes
        var start = range.lowerBound
        while start < range.upperBound {
            let index = start + offset
            guard index < range.upperBound, bytes[index] != 0x0A else {
                // The line that is the prefix itself (it sorts first).
                var end = start
                while end < range.upperBound && bytes[end] != 0x0A { end += 1 }
                start = end + 1
                continue
            }
            let byte = bytes[index]
            let end = bound(in: range, offset: offset, key: Int(byte) + 1)
            result[Int(byte)] = start..<end
            start = end
        }
        return result
    }

    /// The start of the first line of `range` whose order key at `offset` (-1 when the line ends there, else its byte)
    /// is `key` or more.
    private func bound(in range: Range<Int>, offset: Int, key value: Int) -> Int {
        let bytes = storage.bytes
        // The order key of a line at `offset`: -1 when the line ends there, else its byte.
        func key(_ start: Int) -> Int {
            let index = start + offset
            return index < range.upperBound && bytes[index] != 0x0A ? Int(bytes[index]) : -1
        }
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            var start = low + (high - low) / 2
            while start > low && bytes[start - 1] != 0x0A { start -= 1 }
            if key(start) < value {
                var end = start
                while end < high && bytes[end] != 0x0A { end += 1 }
                low = end + 1
            } else {
                high = start
            }
        }
        return min(low, range.upperBound)
    }

    /// True when `word` is a line within `range` (a run of whole lines of the main block).
    func contains(_ word: [UInt8], within range: Range<Int>) -> Bool {
        search(word, in: range)
    }

    private func search(_ key: [UInt8], in block: Range<Int>) -> Bool {
        let bytes = storage.bytes
        var low = block.lowerBound
        var high = block.upperBound
        // Each step shrinks [low, high) strictly, so this ends even on a corrupted block.
        while low < high {
            var start = low + (high - low) / 2
            while start > low && bytes[start - 1] != 0x0A { start -= 1 }
            var end = start
            while end < high && bytes[end] != 0x0A { end += 1 }
            let order = compare(key, bytes, start, end)
            if order == 0 { return true }
            if order > 0 {
                low = end + 1
            } else {
                high = start
            }
        }
        return false
    }

    /// Sign of key − bytes[start..<end], bytewise.
    private func compare(_ key: [UInt8], _ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int {
        let length = end - start
        let common = min(key.count, length)
        var index = 0
        while index < common {
            let a = key[index]
            let b = bytes[start + index]
            if a != b { return a < b ? -1 : 1 }
            index += 1
        }
        return key.count == length ? 0 : (key.count < length ? -1 : 1)
    }

    private func countLines(_ block: Range<Int>) -> Int {
        var count = 0
        for index in block where storage.bytes[index] == 0x0A { count += 1 }
        return count
    }
}
