/// Cues of Markdown entry lines: sub-headings that label content ("Accomplishments"), words, separators. The
/// word classes of titles, organisations, degrees and places are `WordClasses`.
enum MarkdownCues {
    /// Headings and bold labels that name a part of an entry, not a new organisation or role.
    static let subheadings: Set<String> = [
        "accomplishments", "key accomplishments", "achievements", "key achievements", "selected achievements",
        "responsibilities", "key responsibilities", "main responsibilities", "duties", "highlights", "projects",
        "key projects", "notable projects", "selected projects", "technologies", "technologies used",
        "technology", "tech stack", "stack", "tools", "tools used", "environment", "tasks", "main tasks",
        "results", "impact", "skills", "skills used", "description", "overview", "contributions", "achievements and responsibilities",
        "responsibilities and achievements", "what i did", "key results", "key contributions", "role", "summary",
    ]

    /// Lowercase words of a text (letters, digits, inner `'` and `-`).
    static func words(_ text: some StringProtocol) -> [String] {
        if let r = text.utf8.withContiguousStorageIfAvailable({ words(utf8: $0) }) { return r }
        return words(utf8: Array(text.utf8))
    }

    static func words(utf8 bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { words(utf8: $0) }
    }

    /// Works on scalars (as the definition does), gathering each word's UTF-8 bytes.
    static func words(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var out: [String] = []
        forEachWord(utf8: bytes) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Calls `body` with the lowercased UTF-8 bytes of each word of a text, as `words` cuts them, without making a
    /// `String` of each (the word lookups of `WordClasses` read the bytes).
    static func forEachWord(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable({ forEachWord(utf8: $0, body) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { forEachWord(utf8: $0, body) }
        }
    }

    /// `forEachWord` on a text's bytes.
    static func forEachWord(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func push() {
            // No leading or trailing `'` / `-`.
            while let l = current.last, l == 0x2D || l == 0x27 { current.removeLast() }
            if !current.isEmpty { current.withUnsafeBufferPointer(body) }
            current.removeAll(keepingCapacity: true)
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    current.append(b)
                } else if b >= 0x41 && b <= 0x5A {
                    current.append(b + 0x20)
                } else if (b == 0x27 || b == 0x2D) && !current.isEmpty {
                    current.append(b)
                } else {
                    push()
                }
                i += 1
                continue
            }
            let (v, length) = UTF8Scan.scalar(bytes, at: i)
            i += length
            guard let scalar = Unicode.Scalar(v) else { push(); continue }
            if v == 0x2019 {
                if !current.isEmpty { current.append(0x27) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                push()
            }
        }
        push()
    }

    static func wordCount(_ text: some StringProtocol) -> Int {
        // On the contiguous bytes where the text has them (the loop over `utf8` costs about seven times as much).
        text.utf8.withContiguousStorageIfAvailable { wordCount(bytes: $0) } ?? wordCount(bytes: text.utf8)
    }

    /// `wordCount` without the signs that stand alone between words (`Windows & Linux`, `C / C++`, `-`): the words
    /// a reader counts in a name.
    static func namedWordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var named = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if named { count += 1 }
                named = false
            } else if byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                named = true
            }
        }
        return named ? count + 1 : count
    }

    /// `wordCount` of a text's UTF-8 bytes: runs of bytes other than space, tab, line feed and carriage return.
    static func wordCount(bytes: some Sequence<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            let space = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }





    static func isSubheading(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ isSubheadingOfASCII($0) }), let answer { return answer }
        let normal = words(text).joined(separator: " ")
        return subheadings.contains(normal)
    }

    /// `isSubheading` of an ASCII text, its words (`words`) joined in a buffer on the stack, without a String per word;
    /// words longer than any subheading are none. Nil: the text is not ASCII (up to where the answer is known), or
    /// holds a word too long for the buffer; `words` answers then.
    static func isSubheadingOfASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let limit = 40
        // The words ended so far never shrink: past the limit, the whole is longer than any subheading. A word being
        // read may grow past it (its trailing `'` and `-` are dropped at its end): that is the slack.
        let capacity = limit + 64
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { normal -> Bool? in
            var count = 0
            var wordStart = 0
            for b in bytes {
                if b >= 0x80 { return nil }
                var byte: UInt8?
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    byte = b
                } else if b >= 0x41 && b <= 0x5A {
                    byte = b + 0x20
                } else if (b == 0x27 || b == 0x2D) && count > wordStart {
                    byte = b
                } else {
                    // The word ends: no trailing `'` or `-`; a space before the next.
                    while count > wordStart, normal[count - 1] == 0x2D || normal[count - 1] == 0x27 { count -= 1 }
                    if count > wordStart {
                        normal[count] = 0x20
                        count += 1
                        wordStart = count
                    }
                    if wordStart > limit { return false }
                }
                if let byte {
                    // A word longer than the buffer (mostly trailing marks, or the answer would be known): read slowly.
                    guard count < capacity - 1 else { return nil }
                    normal[count] = byte
                    count += 1
                }
            }
            while count > wordStart, normal[count - 1] == 0x2D || normal[count - 1] == 0x27 { count -= 1 }
            if count == wordStart, count > 0 { count -= 1 }  // the space after the last word
            return subheadings.contains(String(decoding: UnsafeBufferPointer(rebasing: normal[..<count]), as: UTF8.self))
        }
    }


    /// Separators between the parts of an entry line, strongest first.
    static let separators = [" | ", " • ", " · ", " — ", " – ", " - ", " -- ", ", "]

    /// Splits at the first separator kind that occurs outside parentheses.
    static func splitParts(_ text: String, allowComma: Bool = true) -> [String] {
        for sep in separators where allowComma || sep != ", " {
            let parts = splitOutsideParentheses(text, separator: sep)
            if parts.count >= 2 { return parts }
        }
        return [text]
    }

    static func splitOutsideParentheses(_ text: String, separator: String) -> [String] {
        guard text.utf8.containsBytes(of: separator) else { return [text] }
        if UTF8Scan.isSimple(text), separator.utf8.first.map({ $0 < 0x80 }) == true,
            separator.utf8.last.map({ $0 < 0x80 }) == true
        {
            return splitOutsideParenthesesOfSimple(text, separator: separator)
        }
        return splitOutsideParenthesesOfCharacters(text, separator: separator)
    }

    /// `splitOutsideParentheses` character by character (any text).
    static func splitOutsideParenthesesOfCharacters(_ text: String, separator: String) -> [String] {
        guard text.utf8.containsBytes(of: separator) else { return [text] }
        var parts: [String] = []
        var depth = 0
        var current = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = Swift.max(0, depth - 1) }
            if depth == 0, text[i...].hasPrefix(separator) {
                parts.append(current)
                current = ""
                i = text.index(i, offsetBy: separator.count)
                continue
            }
            current.append(c)
            i = text.index(after: i)
        }
        parts.append(current)
        return parts.map { trimSeparators($0) }.filter { !$0.isEmpty }
    }

    /// The same on bytes, for simple texts (one character a scalar) and a separator that starts and ends
    /// with ASCII (so that a byte match is a character match).
    static func splitOutsideParenthesesOfSimple(_ text: String, separator: String) -> [String] {
        let sep = Array(separator.utf8)
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var depth = 0
        var start = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x28 || b == 0x5B { depth += 1 }
            if b == 0x29 || b == 0x5D { depth = Swift.max(0, depth - 1) }
            if depth == 0, b == sep[0], i + sep.count <= bytes.count, bytes[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += sep.count
                start = i
                continue
            }
            i += 1
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts.map { trimSeparators($0) }.filter { !$0.isEmpty }
    }


    static let trimmable: Set<Character> = ["•", "|", "-", "–", "—", ",", ":", ";", "·", "/", "~"]

    /// Trims whitespace and separator punctuation from both ends; drops empty `()` and `[]`.
    static func trimSeparators(_ text: String) -> String {
        var copy = text
        if let trimmed = copy.withUTF8({ UTF8Scan.isSimple($0) ? trimSeparatorsOfSimple($0) : nil }) { return trimmed }
        return trimSeparatorsOfCharacters(text)
    }

    /// `trimSeparators` character by character (any text).
    static func trimSeparatorsOfCharacters(_ text: String) -> String {
        var s = text
        if s.utf8.contains(0x28) || s.utf8.contains(0x5B) {
            for empty in ["()", "( )", "[]", "[ ]", "(  )"] { s = s.replacingAll(empty, with: " ") }
        }
        var sub = s[...]
        while let f = sub.first, f.isWhitespace || trimmable.contains(f) { sub = sub.dropFirst() }
        while let l = sub.last, l.isWhitespace || trimmable.contains(l) { sub = sub.dropLast() }
        // Collapse inner runs of whitespace.
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in sub.unicodeScalars {
            if MarkdownSource.isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// A trimmable separator scalar (the scalars of `trimmable`).
    @inline(__always)
    static func isTrimmable(_ v: UInt32) -> Bool {
        switch v {
        case 0x7C, 0x2D, 0x2C, 0x3A, 0x3B, 0x2F, 0x7E, 0x2022, 0x2013, 0x2014, 0xB7: return true
        default: return false
        }
    }

    /// `trimSeparators` of a simple text (one character a scalar), on its bytes.
    static func trimSeparatorsOfSimple(_ input: UnsafeBufferPointer<UInt8>) -> String {
        var bytes = Array(input)
        if bytes.contains(0x28) || bytes.contains(0x5B) {
            for empty in ["()", "( )", "[]", "[ ]", "(  )"] { bytes = replacingAll(Array(empty.utf8), in: bytes) }
        }
        return bytes.withUnsafeBufferPointer { b -> String in
            // Scalar starts, to trim from both ends.
            var lo = 0
            while lo < b.count {
                let (v, length) = UTF8Scan.scalar(b, at: lo)
                guard UTF8Scan.isWhitespace(v) || isTrimmable(v) else { break }
                lo += length
            }
            var hi = b.count
            while hi > lo {
                var start = hi - 1
                while start > lo, b[start] & 0xC0 == 0x80 { start -= 1 }
                let (v, _) = UTF8Scan.scalar(b, at: start)
                guard UTF8Scan.isWhitespace(v) || isTrimmable(v) else { break }
                hi = start
            }
            // Collapse inner runs of whitespace (`MarkdownSource.isSpace`: the same scalars).
            var out: [UInt8] = []
            out.reserveCapacity(hi - lo)
            var pendingSpace = false
            var i = lo
            while i < hi {
                let (v, length) = UTF8Scan.scalar(b, at: i)
                if UTF8Scan.isWhitespace(v) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    if length == 1 { out.append(b[i]) } else { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + length)])) }
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Every occurrence of an ASCII pattern replaced by one space, scanning left to right.
    static func replacingAll(_ pattern: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let first = pattern.first, bytes.contains(first) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == first, i + pattern.count <= bytes.count, bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                out.append(0x20)
                i += pattern.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, utf8.containsBytes(of: target) else { return self }
        var out = ""
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) {
                out += replacement
                i = index(i, offsetBy: target.count)
            } else {
                out.append(self[i])
                i = index(after: i)
            }
        }
        return out
    }
}


extension String.UTF8View {
    /// Whether the UTF-8 bytes of `needle` occur (a plain byte search, no Foundation bridging).
    func containsBytes(of needle: String) -> Bool {
        if let found = withContiguousStorageIfAvailable({ haystack in
            needle.utf8.withContiguousStorageIfAvailable { UTF8Scan.contains(haystack, $0) }
        }), let found {
            return found
        }
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        var i = startIndex
        while let hit = self[i...].firstIndex(of: first) {
            var j = hit
            var k = 0
            while k < n.count, j < endIndex, self[j] == n[k] {
                j = index(after: j)
                k += 1
            }
            if k == n.count { return true }
            i = index(after: hit)
        }
        return false
    }
}
