/// The one entry point from bytes to a `CVDocument`: checks the bytes, detects the format, parses.
public enum CVReader {
    /// Larger files are refused: no CV is this long, and a parser must answer within a second.
    public static let maximumSize = 2 * 1024 * 1024

    /// Decodes bytes as UTF-8 text, refusing what is not a CV file (empty, binary, not UTF-8, too large).
    /// A UTF-8 byte-order mark is dropped; CRLF line ends become LF.
    public static func decode(_ bytes: [UInt8]) throws -> String {
        if bytes.count > maximumSize {
            throw CVParseError("file is \(bytes.count / 1024) KB; a CV is expected to be under \(maximumSize / 1024 / 1024) MB")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw CVParseError("file is empty")
        }
        if let nul = body.firstIndex(of: 0) {
            let line = body[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw CVParseError("binary file (NUL byte), not a text CV", line: line)
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
        return body.contains(0x0D) ? text.replacingCRLF() : text
    }

    /// The format of a file, from its content first and its extension second.
    public static func detectFormat(text: String, path: String?) -> CVFormat {
        let ext = path.flatMap { p -> String? in
            guard let dot = p.lastIndex(of: "."), !p[dot...].contains("/") else { return nil }
            return p[p.index(after: dot)...].lowercased()
        }
        let head = text.drop(while: { $0.isWhitespace })
        if head.first == "{" || head.first == "[" { return .jsonResume }
        if ext == "json" { return .jsonResume }
        if ext == "yaml" || ext == "yml" {
            return looksLikeRenderCV(text) ? .renderCV : .jsonResume
        }
        if ext == "md" || ext == "markdown" || ext == "mdown" { return .markdown }
        if ext == "txt" || ext == "text" {
            return looksLikeMarkdown(text) ? .markdown : .plainText
        }
        if looksLikeRenderCV(text) { return .renderCV }
        if head.hasPrefix("basics:") || text.contains("\nbasics:") || text.contains("\nwork:") { return .jsonResume }
        return looksLikeMarkdown(text) ? .markdown : .plainText
    }

    /// RenderCV files hold a top-level `cv:` mapping with `sections:` inside.
    static func looksLikeRenderCV(_ text: String) -> Bool {
        (text.hasPrefix("cv:") || text.contains("\ncv:")) && text.contains("sections:")
    }

    /// Markdown shows itself by ATX headings, front matter, list markers with emphasis, links or HTML blocks.
    static func looksLikeMarkdown(_ text: String) -> Bool {
        if text.hasPrefix("---\n") { return true }
        var score = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) {
            let l = line.drop(while: { $0 == " " })
            if l.hasPrefix("#") && l.dropFirst().drop(while: { $0 == "#" }).first == " " { score += 2 }
            if l.hasPrefix("**") || l.contains("](") || l.hasPrefix("<dl") || l.hasPrefix("<div") || l.hasPrefix("<table") { score += 1 }
            if l.hasPrefix("===") || l.hasPrefix("---") { score += 1 }
            if score >= 3 { return true }
        }
        return false
    }

    /// Reads bytes as a CV. `format` overrides detection (`--input-format`).
    public static func parse(_ bytes: [UInt8], path: String? = nil, format: CVFormat? = nil) throws -> CVDocument {
        let text = try decode(bytes)
        return try parse(text: text, path: path, format: format)
    }

    public static func parse(text: String, path: String? = nil, format: CVFormat? = nil) throws -> CVDocument {
        let format = format ?? detectFormat(text: text, path: path)
        let parser = parser(for: format)
        return try parser.parse(text)
    }

    static func parser(for format: CVFormat) -> any CVParser {
        switch format {
        case .markdown: return MarkdownCVParser()
        case .plainText: return PlainTextCVParser()
        case .jsonResume: return JSONResumeCVParser()
        case .renderCV: return RenderCVParser()
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
