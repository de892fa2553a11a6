/// Decoding of character references in text that came from HTML or Markdown.
public enum HTMLText {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "bull": "•", "middot": "·",
        "copy": "©", "reg": "®", "trade": "™", "eacute": "é", "egrave": "è", "agrave": "à", "uuml": "ü",
        "ouml": "ö", "auml": "ä", "szlig": "ß", "ccedil": "ç", "iacute": "í", "oacute": "ó", "aacute": "á",
        "ntilde": "ñ", "times": "×", "rarr": "→", "larr": "←", "deg": "°", "euro": "€", "pound": "£",
    ]

    /// Windows-1252 code points 128-159, which browsers map to these characters (`&#151;` is an em dash).
    static let windows1252: [UInt32: Character] = [
        128: "€", 130: "‚", 131: "ƒ", 132: "„", 133: "…", 134: "†", 135: "‡", 136: "ˆ", 137: "‰", 138: "Š",
        139: "‹", 140: "Œ", 142: "Ž", 145: "‘", 146: "’", 147: "“", 148: "”", 149: "•", 150: "–", 151: "—",
        152: "˜", 153: "™", 154: "š", 155: "›", 156: "œ", 158: "ž", 159: "Ÿ",
    ]

    /// Replaces `&name;`, `&#NNN;` and `&#xHH;` with their characters; unknown references stay as written.
    public static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let body = s[s.index(after: i)..<semi]
                if let decoded = decode(reference: body) {
                    out.append(decoded)
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }

    static func decode(reference body: Substring) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let v = value else { return nil }
            if let c = windows1252[v] { return String(c) }
            guard let scalar = Unicode.Scalar(v) else { return nil }
            return String(Character(scalar))
        }
        return named[String(body)]
    }

    /// Collapses runs of whitespace (including non-breaking spaces) to one space and trims the ends.
    public static func collapseWhitespace(_ s: some StringProtocol) -> String {
        if let fast = collapseWhitespaceOfBytes(s) { return fast }
        var out = ""
        var pendingSpace = false
        for c in s {
            if c.isWhitespace || c == "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }

    /// The same on UTF-8 bytes when the only whitespace can be ASCII (no byte sequence of a Unicode space,
    /// line separator or no-break space): nil otherwise, for the Character path.
    static func collapseWhitespaceOfBytes(_ s: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        var previous: UInt8 = 0
        for b in s.utf8 {
            // C2 A0 (no-break space), C2 85 (next line), E2 80 xx (U+2000-U+202F), E3 80 80, E1 9A 80: let
            // the Character path decide.
            if (previous == 0xC2 && (b == 0xA0 || b == 0x85)) || (previous == 0xE2 && b == 0x80) || (previous == 0xE3 && b == 0x80)
                || (previous == 0xE1 && b == 0x9A) || (previous == 0xE2 && b == 0x81)
            {
                return nil
            }
            previous = b
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
