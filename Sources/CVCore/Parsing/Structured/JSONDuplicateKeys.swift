/// Finds the keys a JSON object repeats, for `YAMLNode.read`: JSON parsers keep the last value of a repeated key,
/// while YAML (which reads JSON here) refuses the whole file. Only called once Yams has reported a repeated key.
enum JSONDuplicateKeys {
    /// One occurrence of a key that appears again later in the same object.
    struct Occurrence: Equatable {
        var key: String
        /// From the key's opening quote to the comma after its value (included): what blanking removes.
        var range: Range<Int>
        /// Just after the key's closing quote.
        var keyEnd: Int
    }

    /// A text whose first character that is not white space opens an object or an array.
    static func looksLikeJSON(_ scalars: [Unicode.Scalar]) -> Bool {
        let first = scalars.first { $0 != " " && $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\u{FEFF}" }
        return first == "{" || first == "["
    }

    /// Every occurrence of a key but the last in each object, in text order; an occurrence inside another one (which
    /// goes as a whole) is not listed. Keys are compared decoded (`"a"` and `"\u0061"` are the same key).
    static func earlierOccurrences(in s: [Unicode.Scalar]) -> [Occurrence] {
        struct Pair {
            var key: String
            var start: Int
            var keyEnd: Int
            var end: Int?
        }
        struct Frame {
            var isArray: Bool
            var pairs: [Pair] = []
            var expectingKey = true
        }
        var stack: [Frame] = []
        var found: [Occurrence] = []
        var i = 0
        while i < s.count {
            switch s[i] {
            case "\"":
                let start = i
                var key = String.UnicodeScalarView()
                i += 1
                while i < s.count, s[i] != "\"" {
                    if s[i] == "\\", i + 1 < s.count {
                        i = decodeEscape(s, at: i, into: &key)
                    } else {
                        key.append(s[i])
                        i += 1
                    }
                }
                if let top = stack.indices.last, !stack[top].isArray, stack[top].expectingKey {
                    stack[top].pairs.append(Pair(key: String(key), start: start, keyEnd: min(i + 1, s.count)))
                    stack[top].expectingKey = false
                }
                i += 1
            case "{", "[":
                stack.append(Frame(isArray: s[i] == "["))
                i += 1
            case "}", "]":
                if let frame = stack.popLast(), !frame.isArray {
                    var last: [String: Int] = [:]
                    for (index, pair) in frame.pairs.enumerated() { last[pair.key] = index }
                    for (index, pair) in frame.pairs.enumerated() where last[pair.key] != index {
                        guard let end = pair.end else { continue }
                        found.append(Occurrence(key: pair.key, range: pair.start..<end, keyEnd: pair.keyEnd))
                    }
                }
                i += 1
            case ",":
                if let top = stack.indices.last, !stack[top].isArray {
                    if let p = stack[top].pairs.indices.last, stack[top].pairs[p].end == nil { stack[top].pairs[p].end = i + 1 }
                    stack[top].expectingKey = true
                }
                i += 1
            default:
                i += 1
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var outer: [Occurrence] = []
        for occurrence in found where !(outer.last.map { $0.range.upperBound >= occurrence.range.upperBound } ?? false) {
            outer.append(occurrence)
        }
        return outer
    }

    /// Decodes the escape at `i` (a backslash) into `key`; returns the offset after it.
    private static func decodeEscape(_ s: [Unicode.Scalar], at i: Int, into key: inout String.UnicodeScalarView) -> Int {
        let c = s[i + 1]
        switch c {
        case "b": key.append("\u{8}")
        case "f": key.append("\u{C}")
        case "n": key.append("\n")
        case "r": key.append("\r")
        case "t": key.append("\t")
        case "u":
            guard let high = hex4(s, i + 2) else { break }
            if (0xD800..<0xDC00).contains(high), i + 11 < s.count, s[i + 6] == "\\", s[i + 7] == "u",
                let low = hex4(s, i + 8), (0xDC00..<0xE000).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            {
                key.append(scalar)
                return i + 12
            }
            key.append(Unicode.Scalar(high) ?? "\u{FFFD}")
            return i + 6
        default: key.append(c)  // \" \\ \/ and anything else as written
        }
        return i + 2
    }

    private static func hex4(_ s: [Unicode.Scalar], _ at: Int) -> UInt32? {
        guard at + 4 <= s.count else { return nil }
        var value: UInt32 = 0
        for scalar in s[at..<(at + 4)] {
            guard let digit = Int(String(scalar), radix: 16) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
