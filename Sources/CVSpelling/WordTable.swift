#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every word form a dictionary accepts, as sorted, newline-separated UTF-8 lines in one file that
/// is memory-mapped: opening it costs one `mmap`. A word is looked up through a directory of the blocks' 4 KB chunks
/// (each chunk's first line: its first 8 bytes and where it starts; a few KB, read by every lookup, so cached), then by
/// a binary search of that one chunk: one or two pages of the mapping touched a lookup, where a binary search of the
/// whole 2.8 MB block touched about ten new ones (each a TLB miss, and a page fault the first time).
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
/// blocks <main bytes> <upper-only bytes> <no-suggest bytes> <main directory bytes> <upper-only directory bytes>
/// <main block: sorted lines>
/// <upper-only block: sorted lines>   (forms valid only when the word is written in capitals)
/// <no-suggest block: sorted lines>   (forms of the main block never suggested: the .aff's NOSUGGEST)
/// <main directory>
/// <upper-only directory>
/// end
/// ```
/// A directory has one 12-byte entry for each 4096-byte chunk of its block in which a line starts (the first such
/// line): the line's first 8 bytes, zero-padded, as a big-endian number (so that numbers order as the lines do), then
/// the line's offset from the block's start (little-endian, 4 bytes).
/// Anything that does not match exactly (version, key, sizes, trailer) makes `open` return nil.
final class WordTable {
    private static let magic = "cvtrack-spelling-table 3"
    private static let trailer: [UInt8] = Array("end\n".utf8)

    private let storage: ByteStorage
    private let main: Range<Int>
    private let upperOnly: Range<Int>
    private let noSuggest: Range<Int>
    /// The directories of the main and upper-only blocks (see the layout).
    private let mainDirectory: Range<Int>
    private let upperDirectory: Range<Int>
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
        guard let blocks = line?.split(separator: " "), blocks.count == 6, blocks[0] == "blocks",
            let mainLength = Int(blocks[1]), let upperLength = Int(blocks[2]), let noSuggestLength = Int(blocks[3]),
            let mainDirectoryLength = Int(blocks[4]), let upperDirectoryLength = Int(blocks[5]),
            mainLength >= 0, upperLength >= 0, noSuggestLength >= 0, mainLength < Int(UInt32.max), upperLength < Int(UInt32.max),
            mainDirectoryLength >= 0, upperDirectoryLength >= 0, mainDirectoryLength % 12 == 0, upperDirectoryLength % 12 == 0,
            (mainLength == 0) == (mainDirectoryLength == 0), (upperLength == 0) == (upperDirectoryLength == 0),
            cursor + mainLength + upperLength + noSuggestLength + mainDirectoryLength + upperDirectoryLength + Self.trailer.count
                == bytes.count
        else { return nil }
        main = cursor..<(cursor + mainLength)
        upperOnly = main.upperBound..<(main.upperBound + upperLength)
        noSuggest = upperOnly.upperBound..<(upperOnly.upperBound + noSuggestLength)
        mainDirectory = noSuggest.upperBound..<(noSuggest.upperBound + mainDirectoryLength)
        upperDirectory = mainDirectory.upperBound..<(mainDirectory.upperBound + upperDirectoryLength)
        guard Array(bytes[upperDirectory.upperBound...]) == Self.trailer,
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
        let mainDirectory = directory(main)
        let upperDirectory = directory(upperOnly)
        var header = Self.magic + "\nkey " + key + "\nbreak"
        for pattern in breakPatterns { header += " " + pattern }
        header += "\n"
        for (from, to) in inputConversions { header += "iconv \(from) \(to)\n" }
        header += "try " + tryCharacters.filter { $0 != "\n" && $0 != " " } + "\n"
        header += "keyboard " + keyboard.filter { $0 != "\n" && $0 != " " } + "\n"
        for (from, to) in replacements where !from.isEmpty && !to.isEmpty && !(from + to).contains(where: { $0 == " " || $0 == "\n" }) {
            header += "rep \(from) \(to)\n"
        }
        header += "blocks \(mainBlock.count) \(upperBlock.count) \(noSuggestBlock.count) \(mainDirectory.count) \(upperDirectory.count)\n"
        return Array(header.utf8) + mainBlock + upperBlock + noSuggestBlock + mainDirectory + upperDirectory + Self.trailer
    }

    /// The directory of a block of `lines` (see the layout).
    private static func directory(_ lines: [[UInt8]]) -> [UInt8] {
        var bytes: [UInt8] = []
        var offset = 0
        var chunk = -1
        for line in lines {
            if offset / chunkSize != chunk {
                chunk = offset / chunkSize
                let prefix = Self.prefix(line)
                for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: prefix >> UInt64(shift))) }
                for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: offset >> shift)) }
            }
            offset += line.count + 1
        }
        return bytes
    }

    private static let chunkSize = 4096

    /// The first 8 bytes of `bytes`, zero-padded, as a big-endian number: numbers order as the byte strings do, or are
    /// equal when the strings share their first 8 bytes (lines hold no NUL).
    static func prefix(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        var count = 0
        for byte in bytes.prefix(8) {
            value = value << 8 | UInt64(byte)
            count += 1
        }
        return count == 0 ? 0 : value << UInt64(8 * (8 - count))
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
        word.withUnsafeBufferPointer { contains(bytes: $0) }
    }

    /// True when `word` is a form that hunspell accepts only when the input is not a plain initial
    /// capital (hidden capitalised forms of `iPhone`, `CIA's`, `3D`).
    func containsUpperOnly(_ word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { containsUpperOnly(bytes: $0) }
    }

    /// `contains` of a word's bytes where they are (a `String`'s own buffer: no array made a look-up).
    func contains(bytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        lookUp(word, in: main, directory: mainDirectory)
    }

    /// `containsUpperOnly` of a word's bytes where they are.
    func containsUpperOnly(bytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        lookUp(word, in: upperOnly, directory: upperDirectory)
    }

    /// `search(word, in: block)` through the block's directory: the last chunk whose first line is not after the word
    /// (a binary search of the directory, lines read only at an 8-byte tie), then a binary search of that chunk.
    private func lookUp(_ word: UnsafeBufferPointer<UInt8>, in block: Range<Int>, directory: Range<Int>) -> Bool {
        let bytes = storage.bytes
        let entries = directory.count / 12
        guard entries > 0 else { return false }
        var key: UInt64 = 0
        for index in 0..<8 { key = key << 8 | UInt64(index < word.count ? word[index] : 0) }
        func offset(_ entry: Int) -> Int {
            Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: directory.lowerBound + entry * 12 + 8, as: UInt32.self)))
        }
        /// Whether the first line of chunk `entry` is not after `word`.
        func startsAtOrBefore(_ entry: Int) -> Bool {
            let prefix = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: directory.lowerBound + entry * 12, as: UInt64.self))
            if prefix != key { return prefix < key }
            let start = block.lowerBound + offset(entry)
            guard start < block.upperBound else { return false }
            var end = start
            while end < block.upperBound && bytes[end] != 0x0A { end += 1 }
            return compare(word, bytes, start, end) >= 0
        }
        var low = 0
        var high = entries
        while low < high {
            let middle = (low + high) / 2
            if startsAtOrBefore(middle) { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return false }
        let start = block.lowerBound + offset(low - 1)
        let end = low < entries ? block.lowerBound + offset(low) : block.upperBound
        // A damaged directory gives a run that is not one of whole lines of the block: no answer from it.
        guard start <= end, end <= block.upperBound, start == block.lowerBound || bytes[start - 1] == 0x0A else { return false }
        return search(word, in: start..<end)
    }

    /// True when `word` is a form the dictionary accepts but never suggests (NOSUGGEST).
    func isUnsuggested(_ word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { search($0, in: noSuggest) }
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
        word.withUnsafeBufferPointer { search($0, in: range) }
    }

    private func search(_ key: UnsafeBufferPointer<UInt8>, in block: Range<Int>) -> Bool {
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
    private func compare(_ key: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int {
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
