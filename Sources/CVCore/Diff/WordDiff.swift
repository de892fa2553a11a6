/// A word-level diff of two short texts (bullets, summaries), with a similarity score.
public struct WordDiff: Sendable, Hashable, Codable {
    public enum Operation: String, Sendable, Hashable, Codable {
        case same, removed, added
    }

    public struct Segment: Sendable, Hashable, Codable {
        public var op: Operation
        public var text: String

        public init(_ op: Operation, _ text: String) {
            self.op = op
            self.text = text
        }
    }

    public var segments: [Segment]
    /// 2 × (words in common) / (words in both): 1 for equal texts, 0 for nothing in common.
    public var similarity: Double

    /// Diffs word by word (longest common subsequence); consecutive words of one kind form one segment.
    public init(old: String, new: String) {
        let a = WordDiff.words(old)
        let b = WordDiff.words(new)
        let ops = WordDiff.lcsOperations(a, b)
        var segments: [Segment] = []
        for (op, word) in ops {
            if let last = segments.last, last.op == op {
                segments[segments.count - 1].text += " " + word
            } else {
                segments.append(Segment(op, word))
            }
        }
        self.segments = segments
        // How alike the texts read, case and punctuation aside and words joined by slashes taken apart (`SCRUM.` ~
        // `Scrum`, `CI/CD/GitOps` ~ `CI/CD`: not 0 % alike).
        self.similarity = WordDiff.likeness(ops, a.count, b.count)
    }

    /// How alike two texts read, from their diff as written: 2 × (words in common) / (words in both). The words of a run
    /// removed and the run added in its place (between the same words kept) are compared again by their keys, words
    /// joined by slashes by their parts (`likenessKeys`); a run whose every word is its own key has nothing more in
    /// common with the other (the diff as written found nothing there). Short of 1 when a word changed as written.
    static func likeness(_ ops: [(Operation, String)], _ n: Int, _ m: Int) -> Double {
        if n == 0 && m == 0 { return 1 }
        var common = 0
        var countA = 0
        var countB = 0
        var removed: [String] = []
        var added: [String] = []
        var changed = false
        func block() {
            defer { removed.removeAll(keepingCapacity: true); added.removeAll(keepingCapacity: true) }
            countA += removed.count
            countB += added.count
            guard !removed.isEmpty, !added.isEmpty else { return }
            changed = true
            let x = likenessKeys(removed)
            let y = likenessKeys(added)
            guard x != removed || y != added else { return }
            countA += x.count - removed.count
            countB += y.count - added.count
            common += lcsLength(keys: x, y)
        }
        for (op, word) in ops {
            switch op {
            case .same:
                block()
                common += 1
                countA += 1
                countB += 1
            case .removed: removed.append(word)
            case .added: added.append(word)
            }
        }
        block()
        let ratio = countA + countB == 0 ? 1 : 2 * Double(common) / Double(countA + countB)
        return changed ? min(0.99, ratio) : ratio
    }

    /// The keys of words for how alike two texts read: a word joined by slashes is its parts (`CI/CD/GitOps` → `ci`, `cd`,
    /// `gitops`; `UX/UI` → `ux`, `ui`), every other word its `key`.
    static func likenessKeys(_ words: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count)
        for w in words {
            guard w.utf8.contains(0x2F) else {
                out.append(key(w))
                continue
            }
            for part in w.split(separator: "/") {
                let k = key(String(part))
                if k.contains(where: { $0.isLetter || $0.isNumber }) { out.append(k) }
            }
        }
        return out
    }

    static func words(_ s: String) -> [String] {
        if let ascii = s.utf8.withContiguousStorageIfAvailable(asciiWords), let words = ascii { return words }
        return s.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// The words of ASCII text, split on the bytes `Character.isWhitespace` accepts (space, tab, line feed,
    /// vertical tab, form feed, carriage return, U+001C-001F); nil for any other text.
    static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var out: [String] = []
        var start = -1
        for i in 0..<bytes.count {
            let b = bytes[i]
            if b >= 0x80 { return nil }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) {
                if start >= 0 { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = -1
            } else if start < 0 {
                start = i
            }
        }
        if start >= 0 { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        return out
    }

    /// The similarity alone, cheaper than a full diff (no segments built).
    public static func similarity(_ old: String, _ new: String) -> Double {
        let a = words(old)
        let b = words(new)
        if a.isEmpty && b.isEmpty { return 1 }
        return 2 * Double(lcsLength(a, b)) / Double(a.count + b.count)
    }

    /// The similarity of two texts already split into word keys (`key`).
    static func similarity(keys a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        return 2 * Double(lcsLength(keys: a, b)) / Double(a.count + b.count)
    }

    /// Length of the longest common subsequence of words (two rows of the table; texts are short).
    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        lcsLength(keys: a.map(key), b.map(key))
    }

    /// The same on word keys (compared case-insensitively without surrounding punctuation).
    static func lcsLength(keys ka: [String], _ kb: [String]) -> Int {
        guard !ka.isEmpty, !kb.isEmpty else { return 0 }
        // Equal words at the start and at the end of both are in a longest common subsequence (a reworded item keeps
        // most of its words there): the table is made for the words between.
        var head = 0
        while head < ka.count, head < kb.count, ka[head] == kb[head] { head += 1 }
        var tail = 0
        while tail < ka.count - head, tail < kb.count - head, ka[ka.count - 1 - tail] == kb[kb.count - 1 - tail] { tail += 1 }
        if head + tail == ka.count || head + tail == kb.count { return head + tail }
        let (x, y) = head + tail == 0 ? numbered(ka, kb) : numbered(Array(ka[head..<(ka.count - tail)]), Array(kb[head..<(kb.count - tail)]))
        return head + tail + lcsLength(numbers: x, y)
    }

    /// The length of the longest common subsequence of two lists of word numbers.
    static func lcsLength(numbers x: [Int], _ y: [Int]) -> Int {
        var prev = [Int](repeating: 0, count: y.count + 1)
        var cur = prev
        for i in 1...x.count {
            for j in 1...y.count {
                cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : max(prev[j], cur[j - 1])
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// The words of `a` and `b` as numbers, equal words (as `String`s compare) the same number: the tables compare each
    /// word with each, and comparing two different strings costs far more than comparing two numbers.
    static func numbered(_ a: [String], _ b: [String]) -> ([Int], [Int]) {
        var numbers: [String: Int] = Dictionary(minimumCapacity: a.count + b.count)
        func number(_ w: String) -> Int {
            if let n = numbers[w] { return n }
            let n = numbers.count
            numbers[w] = n
            return n
        }
        return (a.map(number), b.map(number))
    }

    static let asciiPunctuation: Set<UInt8> = Set("!\"#%&'()*,-./:;?@[\\]_{}".utf8)
    /// The same as a table by byte (a lookup per byte, no hashing).
    static let isASCIIPunctuation: [Bool] = (0..<128).map { asciiPunctuation.contains(UInt8($0)) }

    static func key(_ w: String) -> String {
        // ASCII: read on the bytes (a word in lower case with no punctuation around it, most words, is its own key).
        var word = w
        let ascii = word.withUTF8 { bytes -> String?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Character.isPunctuation on ASCII: ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { } (not the symbols $ + < = > ^ ` | ~).
            let table = WordDiff.isASCIIPunctuation
            func isPunct(_ b: UInt8) -> Bool { table[Int(b)] }
            var lo = 0
            var hi = bytes.count
            while hi > lo, isPunct(bytes[hi - 1]) { hi -= 1 }
            while lo < hi, isPunct(bytes[lo]) { lo += 1 }
            if lo == hi { return .some(nil) }
            let upper = bytes[lo..<hi].contains { $0 >= 0x41 && $0 <= 0x5A }
            if !upper, lo == 0, hi == bytes.count { return .some(nil) }
            return String(unsafeUninitializedCapacity: hi - lo) { out in
                for k in lo..<hi {
                    let b = bytes[k]
                    out[k - lo] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                }
                return hi - lo
            }
        }
        if let ascii { return ascii ?? w }
        var s = Substring(w.lowercased())
        while let l = s.last, l.isPunctuation { s = s.dropLast() }
        while let f = s.first, f.isPunctuation { s = s.dropFirst() }
        return s.isEmpty ? w : String(s)
    }

    static func lcsOperations(_ a: [String], _ b: [String]) -> [(Operation, String)] {
        let n = a.count
        let m = b.count
        if n == 0 { return b.map { (.added, $0) } }
        if m == 0 { return a.map { (.removed, $0) } }
        // Equal words at the start: the walk below takes each as the same word, and the table of the rest is the
        // table's rest (a common end is not cut so: the walk may pair its words with words before it).
        var head = 0
        while head < n, head < m, a[head] == b[head] { head += 1 }
        if head > 0 { return a[..<head].map { (.same, $0) } + lcsOperations(Array(a[head...]), Array(b[head...])) }
        // Exact words (punctuation and case included) for the visible diff, compared as numbers; the table in one array
        // (row i at i × (m + 1)).
        let (x, y) = numbered(a, b)
        let width = m + 1
        var table = [Int](repeating: 0, count: (n + 1) * width)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * width + j] = x[i] == y[j] ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var ops: [(Operation, String)] = []
        var i = 0
        var j = 0
        while i < n && j < m {
            if x[i] == y[j] {
                ops.append((.same, a[i])); i += 1; j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                ops.append((.removed, a[i])); i += 1
            } else {
                ops.append((.added, b[j])); j += 1
            }
        }
        while i < n { ops.append((.removed, a[i])); i += 1 }
        while j < m { ops.append((.added, b[j])); j += 1 }
        return ops
    }
}
