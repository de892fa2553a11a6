/// Byte-level helpers for the parsers' hot paths, exact stand-ins for `Character`-based code.
///
/// A text is *simple* when every Unicode scalar in it is a `Character` of its own: no combining marks,
/// joiners, prepended or conjoining scalars, no CR. Latin text with the usual typographic punctuation
/// (`•`, `–`, `—`, `·`, `’`, `…`) and currency signs is simple; for it, work on scalars (or on the bytes of
/// ASCII patterns) gives exactly what work on `Character`s gives. Other texts take the `Character` path.
enum UTF8Scan {
    /// Whether every scalar of `bytes` is a grapheme cluster by itself (see the type's comment).
    /// Accepts U+0000-U+02FF except CR, U+2000-U+206F except U+200B-U+200F, and U+2070-U+20CF.
    @inline(__always)
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
            } else if b >= 0xC2 && b <= 0xCB {
                i += 2
            } else if b == 0xE2, i + 2 < n {
                let c = bytes[i + 1]
                if c == 0x80 {
                    let d = bytes[i + 2]
                    if d >= 0x8B && d <= 0x8F { return false }
                } else if c == 0x81 || c == 0x82 {
                    // U+2040-U+20BF.
                } else if c == 0x83 {
                    if bytes[i + 2] >= 0x90 { return false }
                } else {
                    return false
                }
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    static func isSimple(_ text: some StringProtocol) -> Bool {
        if let r = text.utf8.withContiguousStorageIfAvailable({ isSimple($0) }) { return r }
        return isSimple(String(text))
    }

    static func isSimple(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isSimple($0) }
    }

    /// Decodes the scalar starting at `i` of valid UTF-8: its value and byte length.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        if b < 0xE0 { return ((UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b < 0xF0 {
            return ((UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return (
            (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6)
                | UInt32(bytes[i + 3] & 0x3F), 4
        )
    }

    /// `Unicode.Scalar.properties.isWhitespace` (what `Character.isWhitespace` reads for one-scalar
    /// characters), with the answers for ASCII and the spaces of U+0080-U+3000 written out.
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `text.hasSuffix(suffix)` for a suffix whose first scalar never extends a cluster (punctuation such as
    /// `.`, `:`, `•`) and that has no other canonically equivalent spelling.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let t = text.utf8
        let s = suffix.utf8
        guard t.count >= s.count else { return false }
        var ti = t.endIndex
        var si = s.endIndex
        while si > s.startIndex {
            ti = t.index(before: ti)
            si = s.index(before: si)
            if t[ti] != s[si] { return false }
        }
        // The bytes match; the boundary before the suffix is a character boundary unless a non-ASCII scalar
        // precedes it (a prepended mark could join it).
        if ti == t.startIndex || t[t.index(before: ti)] < 0x80 { return true }
        return text.hasSuffix(suffix)
    }

    /// `text.hasPrefix(prefix)` for a prefix without other canonically equivalent spellings.
    static func hasPrefix(_ text: some StringProtocol, _ prefix: String) -> Bool {
        let t = text.utf8
        let p = prefix.utf8
        var ti = t.startIndex
        for b in p {
            guard ti < t.endIndex, t[ti] == b else { return false }
            ti = t.index(after: ti)
        }
        // The bytes match; the boundary after the prefix is a character boundary unless a non-ASCII scalar
        // follows (it could extend the last character).
        if ti == t.endIndex || t[ti] < 0x80 { return true }
        return text.hasPrefix(prefix)
    }

    /// The offset of the first occurrence of `needle` in `haystack` (bytes).
    static func firstOffset(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
        let m = needle.count
        guard m > 0, haystack.count >= m else { return m == 0 ? 0 : nil }
        let first = needle[0]
        var i = 0
        let last = haystack.count - m
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < m, haystack[i + k] == needle[k] { k += 1 }
                if k == m { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack` (bytes).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(haystack, needle) != nil
    }
}

extension String {
    /// The range of the first occurrence of an ASCII-bounded `needle` (` at `, `{:`), found on the UTF-8 bytes:
    /// `firstRange(of:)` of the standard library walks characters and is many times slower.
    func byteRange(of needle: String) -> Range<String.Index>? {
        var copy = self
        let offset = copy.withUTF8 { h in needle.utf8.withContiguousStorageIfAvailable { UTF8Scan.firstOffset(h, $0) } ?? nil }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        let upper = utf8.index(lower, offsetBy: needle.utf8.count)
        return lower..<upper
    }

    /// The first ` - `, ` – ` or ` — ` of the text (found on its bytes).
    func firstSpacedDash() -> Range<String.Index>? {
        var found: Range<String.Index>?
        for dash in [" - ", " – ", " — "] {
            if let r = byteRange(of: dash), found.map({ r.lowerBound < $0.lowerBound }) ?? true { found = r }
        }
        return found
    }
}
