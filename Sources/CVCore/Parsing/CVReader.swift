/// The one entry point from bytes to a `CVDocument`: checks the bytes, detects the format, parses.
public enum CVReader {
    /// Larger files are refused: no CV is this long, and a parser must answer within a second.
    public static let maximumSize = 2 * 1024 * 1024

    /// Decodes bytes as UTF-8 text, refusing what is not a CV file (empty, binary, not UTF-8, too large).
    /// A UTF-8 byte-order mark is dropped; CRLF line ends become LF.
    public static func decode(_ bytes: [UInt8]) throws -> String { try decode(bytes, memo: nil) }

    /// `decode(_:)`, which takes from `memo` the pieces of the file it decoded before: a CV's versions share
    /// most of their text, and checking UTF-8 is a good part of reading one. The pieces end before lines
    /// that start with `#` (a newline byte is never inside a UTF-8 sequence, so the file is valid exactly
    /// when every piece is), and the text is joined from them without checking again.
    static func decode(_ bytes: [UInt8], memo: MarkdownParseMemo?) throws -> String {
        if bytes.count > maximumSize {
            throw CVParseError("file is \(bytes.count / 1024) KB; a CV is expected to be under \(maximumSize / 1024 / 1024) MB")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let (blank, nulOffset, hasCR) = body.withUnsafeBufferPointer { b in
            (
                b.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 },
                b.baseAddress.flatMap { MarkdownSegments.find(0, $0, 0, b.count) },
                b.baseAddress.flatMap { MarkdownSegments.find(0x0D, $0, 0, b.count) } != nil
            )
        }
        if blank {
            throw CVParseError("file is empty")
        }
        if let offset = nulOffset {
            let nul = body.startIndex + offset
            let line = body[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw CVParseError("binary file (NUL byte), not a text CV", line: line)
        }
        if let memo, !hasCR, body.count >= 2 * minimumPiece, let text = decode(pieces: body, memo: memo) {
            return text
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            // Find the line of the first bad byte for the message.
            var line = 1
            var start = body.startIndex
            for (i, b) in zip(body.indices, body) where b == 0x0A {
                if String(validating: body[start..<i], as: UTF8.self) == nil { break }
                line += 1
                start = i + 1
            }
            throw CVParseError("not valid UTF-8 text", line: line)
        }
        return hasCR ? text.replacingCRLF() : text
    }

    /// A text `decode` made, with the bytes it was made of (`start` past a byte-order mark): what the next version of
    /// a history is decoded against (`decode(_:memo:after:)`). Only texts whose bytes are their UTF-8 (no CR) are kept.
    public struct DecodedText: Sendable {
        let bytes: [UInt8]
        let start: Int
        let text: String
    }

    /// `decode(_:memo:)` for one of a run of versions: where the bytes agree with those of `previous` (whole lines at
    /// the start and at the end of the file) the text is taken from its text, and only the lines between are checked.
    /// Sets `previous` to this text.
    public static func decode(_ bytes: [UInt8], memo: MarkdownParseMemo?, after previous: inout DecodedText?) throws -> String {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let before = previous, bytes.count <= maximumSize, bytes.count > start,
            let text = decode(bytes[start...], after: before)
        {
            previous = DecodedText(bytes: bytes, start: start, text: text)
            return text
        }
        let text = try decode(bytes, memo: memo)
        let plain = !bytes[start...].withUnsafeBufferPointer { b in b.baseAddress.flatMap { MarkdownSegments.find(0x0D, $0, 0, b.count) } != nil }
        previous = plain ? DecodedText(bytes: bytes, start: start, text: text) : nil
        return text
    }

    /// The text of `body` from the text of `previous` and the lines between their common start and end, checked here;
    /// nil when these are not valid UTF-8 or `body` holds a NUL or a CR, or is blank (the caller then decodes `body` the
    /// long way, which says why it refuses it). A newline byte is never inside a UTF-8 sequence, so lines copied from
    /// valid text are valid, and the text is valid exactly when the lines between are.
    static func decode(_ body: ArraySlice<UInt8>, after previous: DecodedText) -> String? {
        body.withUnsafeBufferPointer { b -> String? in
            previous.bytes.withUnsafeBufferPointer { whole -> String? in
                guard let nb = b.baseAddress, let pb = whole.baseAddress.map({ $0 + previous.start }) else { return nil }
                let n = b.count
                let m = whole.count - previous.start
                let shorter = Swift.min(n, m)
                // The common start and end, 32 bytes at a time, then byte by byte.
                var head = 0
                while head + 32 <= shorter, same32(nb + head, pb + head) { head += 32 }
                while head < shorter, nb[head] == pb[head] { head += 1 }
                let most = shorter - head
                var tail = 0
                while tail + 32 <= most, same32(nb + n - tail - 32, pb + m - tail - 32) { tail += 32 }
                while tail < most, nb[n - 1 - tail] == pb[m - 1 - tail] { tail += 1 }
                if head == n && n == m { return previous.text }
                // Whole lines: the start copied ends after a newline, the end copied starts after one.
                var from = head
                while from > 0, nb[from - 1] != 0x0A { from -= 1 }
                // (Past the first byte of the common end: the byte before the copy is a newline in both texts.)
                var to = n - tail
                if to < n {
                    to += 1
                    while to < n, nb[to - 1] != 0x0A { to += 1 }
                }
                let middle = UnsafeBufferPointer(start: nb + from, count: to - from)
                // What the long way refuses or changes: a NUL or a CR in the new lines, a blank file.
                if middle.contains(0) || middle.contains(0x0D) || b.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                    return nil
                }
                guard let lines = String(validating: middle, as: UTF8.self) else { return nil }
                let old = previous.text
                let utf8 = old.utf8
                var text = String()
                text.reserveCapacity(n)
                text.append(contentsOf: old[..<utf8.index(utf8.startIndex, offsetBy: from)])
                text.append(lines)
                text.append(contentsOf: old[utf8.index(utf8.startIndex, offsetBy: m - (n - to))...])
                return text
            }
        }
    }

    /// Whether the 32 bytes at `a` and at `b` are the same.
    @inline(__always)
    static func same32(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>) -> Bool {
        let x = UnsafeRawPointer(a)
        let y = UnsafeRawPointer(b)
        let d0 = x.loadUnaligned(as: UInt64.self) ^ y.loadUnaligned(as: UInt64.self)
        let d1 = x.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ y.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let d2 = x.loadUnaligned(fromByteOffset: 16, as: UInt64.self) ^ y.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        let d3 = x.loadUnaligned(fromByteOffset: 24, as: UInt64.self) ^ y.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        return d0 | d1 | d2 | d3 == 0
    }

    /// Pieces are at least this long (a 16 KB CV has about twenty).
    static let minimumPiece = 512

    /// The text of `body` from pieces known to `memo` and pieces checked here; nil when a piece is not
    /// valid UTF-8 (the caller then finds the line to report).
    static func decode(pieces body: ArraySlice<UInt8>, memo: MarkdownParseMemo) -> String? {
        body.withUnsafeBufferPointer { b -> String? in
            guard let base = b.baseAddress else { return nil }
            var keys: [MarkdownParseMemo.ContentKey] = []
            var start = 0
            var from = minimumPiece
            // `#` is rare in a CV but for headings: look for it, then at the byte before it.
            while let hash = MarkdownSegments.find(0x23, base, from, b.count) {
                if b[hash - 1] == 0x0A {
                    keys.append(MarkdownParseMemo.ContentKey(UnsafeBufferPointer(rebasing: b[start..<hash])))
                    start = hash
                    from = start + minimumPiece
                } else {
                    from = hash + 1
                }
            }
            keys.append(MarkdownParseMemo.ContentKey(UnsafeBufferPointer(rebasing: b[start...])))
            var pieces = memo.texts(keys)
            var new: [(MarkdownParseMemo.ContentKey, String)] = []
            for (i, key) in keys.enumerated() where pieces[i] == nil {
                guard let piece = key.bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else { return nil }
                pieces[i] = piece
                new.append((key, piece))
            }
            if !new.isEmpty { memo.store(texts: new) }
            var text = String()
            text.reserveCapacity(b.count)
            for piece in pieces { text += piece! }
            return text
        }
    }

    /// The format of a file: its extension decides where it has a known one, its content where it has none.
    ///
    /// - `.md`, `.markdown`, `.mdown` → Markdown; `.txt`, `.text` → plain text, whatever the text looks like
    ///   (a `===` underline or a `---` rule in a text CV is no Markdown; `--input-format markdown` reads a Markdown
    ///   file misnamed `.txt` as Markdown); `.json` → JSON Resume; `.yaml`, `.yml` → RenderCV when the text has a
    ///   top-level `cv:` with `sections:`, else JSON Resume.
    /// - Any other name (none, `CV`, `resume.cv`): JSON for `{`/`[`, RenderCV or JSON Resume YAML by their keys,
    ///   Markdown when it looks like Markdown, else plain text.
    public static func detectFormat(text: String, path: String?) -> CVFormat {
        let ext = path.flatMap { p -> String? in
            guard let dot = p.lastIndex(of: "."), !p[dot...].contains("/") else { return nil }
            return p[p.index(after: dot)...].lowercased()
        }
        switch ext {
        case "md", "markdown", "mdown": return .markdown
        case "txt", "text": return hasMarkdownSyntax(text) ? .markdown : .plainText
        case "json": return .jsonResume
        case "tex", "ltx", "latex": return .latex
        case "yaml", "yml": return looksLikeRenderCV(text) ? .renderCV : .jsonResume
        default: break
        }
        let head = text.drop(while: { $0.isWhitespace })
        if head.first == "{" || head.first == "[" { return .jsonResume }
        if looksLikeLaTeX(text) { return .latex }
        if looksLikeRenderCV(text) { return .renderCV }
        if head.hasPrefix("basics:") || text.contains("\nbasics:") || text.contains("\nwork:") { return .jsonResume }
        return looksLikeMarkdown(text) ? .markdown : .plainText
    }

    /// A `.txt` file is plain text whatever rules and underlines (`===`, `---`) it holds; it is Markdown only when it
    /// opens with front matter or uses ATX headings (`## Experience`) on two lines or more, which plain text never does.
    static func hasMarkdownSyntax(_ text: String) -> Bool {
        if UTF8Scan.hasPrefix(text, "---\n"), text.utf8.count > 4,
            let close = text.dropFirst(4).firstRange(of: "\n---"), text[text.index(text.startIndex, offsetBy: 4)..<close.lowerBound].contains(":")
        {
            return true
        }
        var headings = 0
        var atLineStart = true
        var hashes = 0
        for b in text.utf8 {
            if b == 0x0A {
                atLineStart = true
                hashes = 0
                continue
            }
            if atLineStart {
                if b == 0x23, hashes < 6 {
                    hashes += 1
                    continue
                }
                if b == 0x20, hashes > 0 {
                    headings += 1
                    if headings >= 2 { return true }
                }
                atLineStart = false
            }
        }
        return false
    }

    /// A LaTeX document declares its class (`\\documentclass`) or opens its body (`\\begin{document}`).
    static func looksLikeLaTeX(_ text: String) -> Bool {
        let utf8 = text.utf8
        return UTF8Scan.hasPrefix(text, "\\documentclass") || utf8.containsBytes(of: "\n\\documentclass")
            || utf8.containsBytes(of: "\\begin{document}")
    }

    /// RenderCV files hold a top-level `cv:` mapping with `sections:` inside.
    static func looksLikeRenderCV(_ text: String) -> Bool {
        (text.hasPrefix("cv:") || text.contains("\ncv:")) && text.contains("sections:")
    }

    /// Markdown shows itself by ATX headings, front matter, list markers with emphasis, links or HTML blocks.
    static func looksLikeMarkdown(_ text: String) -> Bool {
        if UTF8Scan.hasPrefix(text, "---\n") { return true }
        // Without CR (a CRLF is one character, which the split below would not cut), lines are cut on bytes.
        let utf8 = text.utf8
        if utf8.contains(0x0D) { return looksLikeMarkdown(lines: text.split(separator: "\n", omittingEmptySubsequences: true)) }
        var lines: [Substring] = []
        var start = utf8.startIndex
        while lines.count < 400, start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            if end > start { lines.append(text[start..<end]) }
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        return looksLikeMarkdown(lines: lines)
    }

    static func looksLikeMarkdown(lines: [Substring]) -> Bool {
        var score = 0
        for line in lines.prefix(400) {
            if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                // ASCII: one character a byte.
                let l = line.utf8.drop(while: { $0 == 0x20 })
                if l.first == 0x23 && l.dropFirst().drop(while: { $0 == 0x23 }).first == 0x20 { score += 2 }
                if l.starts(with: "**".utf8) || containsBytes(l, "](") || l.starts(with: "<dl".utf8) || l.starts(with: "<div".utf8)
                    || l.starts(with: "<table".utf8)
                {
                    score += 1
                }
                if l.starts(with: "===".utf8) || l.starts(with: "---".utf8) { score += 1 }
            } else {
                let l = line.drop(while: { $0 == " " })
                if l.hasPrefix("#") && l.dropFirst().drop(while: { $0 == "#" }).first == " " { score += 2 }
                if l.hasPrefix("**") || l.contains("](") || l.hasPrefix("<dl") || l.hasPrefix("<div") || l.hasPrefix("<table") { score += 1 }
                if l.hasPrefix("===") || l.hasPrefix("---") { score += 1 }
            }
            if score >= 3 { return true }
        }
        return false
    }

    static func containsBytes(_ haystack: Substring.UTF8View.SubSequence, _ needle: String) -> Bool {
        if let found = haystack.withContiguousStorageIfAvailable({ h in
            needle.utf8.withContiguousStorageIfAvailable { UTF8Scan.contains(h, $0) }
        }), let found {
            return found
        }
        let n = Array(needle.utf8)
        var i = haystack.startIndex
        while i < haystack.endIndex {
            if haystack[i...].starts(with: n) { return true }
            i = haystack.index(after: i)
        }
        return false
    }

    /// Reads bytes as a CV. `format` overrides detection (`--input-format`).
    /// Reads a CV; Markdown and LaTeX go through `memo` (what it read of other texts), which changes nothing in the result.
    /// A LaTeX CV reads the files it includes from `files` (see `LaTeXFiles`).
    public static func parse(
        _ bytes: [UInt8], path: String? = nil, format: CVFormat? = nil, memo: MarkdownParseMemo = .shared, files: LaTeXFiles? = nil
    ) throws -> CVDocument {
        let text = try decode(bytes, memo: memo)
        return try parse(text: text, path: path, format: format, memo: memo, files: files)
    }

    /// `parse(_:path:format:memo:files:)` for one of a run of versions: decoded against the version before
    /// (`decode(_:memo:after:)`), which is set to this one.
    public static func parse(
        _ bytes: [UInt8], path: String?, format: CVFormat? = nil, memo: MarkdownParseMemo, files: LaTeXFiles?, after previous: inout DecodedText?
    ) throws -> CVDocument {
        let text = try decode(bytes, memo: memo, after: &previous)
        return try parse(text: text, path: path, format: format, memo: memo, files: files)
    }

    public static func parse(
        text: String, path: String? = nil, format: CVFormat? = nil, memo: MarkdownParseMemo = .shared, files: LaTeXFiles? = nil
    ) throws -> CVDocument {
        let format = format ?? detectFormat(text: text, path: path)
        if format == .latex { return try LaTeXCVParser(files: files, mainFile: path, memo: memo).parse(text) }
        let parser = parser(for: format, memo: memo)
        return try parser.parse(text)
    }

    static func parser(for format: CVFormat, memo: MarkdownParseMemo = .shared) -> any CVParser {
        switch format {
        case .markdown: return MarkdownCVParser(memo: memo)
        case .plainText: return PlainTextCVParser()
        case .jsonResume: return JSONResumeCVParser()
        case .renderCV: return RenderCVParser()
        case .latex: return LaTeXCVParser()
        }
    }
}

/// A parser of one format. Parsers throw `CVParseError` (with a line where they can) for input
/// they cannot read, and never crash or hang on bad input.
public protocol CVParser: Sendable {
    func parse(_ text: String) throws -> CVDocument
}

extension String {
    func replacingCRLF() -> String {
        var out = String()
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
