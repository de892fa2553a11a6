/// Collects inline text (from cmark inline nodes or HTML text nodes) into `MarkdownLine`s:
/// splits at hard and soft breaks and `<br>`, remembers links and whether a line is all bold/italic.
struct MarkdownLineCollector {
    let source: MarkdownSource
    private(set) var lines: [MarkdownLine] = []
    private var text = ""
    private var links: [MarkdownLink] = []
    private var openLinks: [(offset: Int, url: String)] = []
    private var plainChars = 0
    private var emphasisedChars = 0
    /// Emphasis depth (strong, emph, `<b>`, `<em>` ...).
    var emphasis = 0
    /// The source line the next text lands on.
    var line: Int
    private var firstLine: Int?
    private var lastLine: Int?

    init(source: MarkdownSource, line: Int) {
        self.source = source
        self.line = line
    }

    var isEmpty: Bool { lines.isEmpty && text.allSatisfy(\.isWhitespace) }

    /// Appends text; newlines inside it advance the source line (HTML text) unless `newlinesBreak`.
    mutating func append(_ s: String, newlinesAdvance: Bool = false) {
        var visible = 0
        for scalar in s.unicodeScalars {
            if scalar == "\n" {
                if newlinesAdvance { line += 1 }
                text.unicodeScalars.append(" ")
                continue
            }
            if MarkdownSource.isSpace(scalar) {
                text.unicodeScalars.append(" ")
                continue
            }
            if firstLine == nil { firstLine = line }
            lastLine = line
            visible += 1
            text.unicodeScalars.append(scalar)
        }
        if emphasis > 0 { emphasisedChars += visible } else { plainChars += visible }
    }

    mutating func beginLink(url: String) {
        openLinks.append((text.utf8.count, url))
    }

    mutating func endLink() {
        guard let open = openLinks.popLast() else { return }
        let utf8 = text.utf8
        guard open.offset <= utf8.count else { return }
        let start = utf8.index(utf8.startIndex, offsetBy: open.offset)
        let linkText = MarkdownSource.clean(String(text[start...]))
        if !linkText.isEmpty || !open.url.isEmpty {
            links.append(MarkdownLink(text: linkText, url: open.url))
        }
    }

    /// Ends the current line; the next text starts on `nextLine` (default: the following source line).
    mutating func breakLine(nextLine: Int? = nil) {
        flush()
        line = nextLine ?? (line + 1)
    }

    private mutating func flush() {
        // Links still open continue on the next line.
        while !openLinks.isEmpty { endLink() }
        let cleaned = MarkdownSource.clean(text)
        if !cleaned.isEmpty, let first = firstLine {
            let range = source.range(lines: first, lastLine ?? first)
            lines.append(MarkdownLine(
                text: cleaned, links: links, isEmphasised: emphasisedChars > 0 && plainChars == 0, source: range))
        }
        text = ""
        links = []
        plainChars = 0
        emphasisedChars = 0
        firstLine = nil
        lastLine = nil
    }

    mutating func finish() -> [MarkdownLine] {
        flush()
        return lines
    }
}

/// The original text with helpers to turn line numbers into ranges.
struct MarkdownSource: Sendable {
    let lines: TextLines

    init(_ text: String) { self.lines = TextLines(text) }

    var lineCount: Int { lines.count }

    func line(_ n: Int) -> Substring { lines.line(n) }

    func isBlank(_ n: Int) -> Bool { line(n).allSatisfy(\.isWhitespace) }

    /// Lines `first...last`, from the first non-blank character of `first` to the last character of `last`.
    func range(lines first: Int, _ last: Int) -> SourceRange {
        let first = Swift.max(1, Swift.min(first, lines.count))
        let last = Swift.max(first, Swift.min(last, lines.count))
        let startLine = line(first).utf8
        var column = 1
        var allBlank = true
        for byte in startLine {
            if byte == 0x20 || byte == 0x09 { column += 1 } else { allBlank = false; break }
        }
        if allBlank { column = 1 }
        let endColumn = Swift.max(1, line(last).unicodeScalars.count)
        return SourceRange(line: first, column: column, endLine: last, endColumn: endColumn)
    }

    /// Text without markup noise: C1 control characters read as Windows-1252 (what `&#151;` decodes to),
    /// entities decoded, whitespace collapsed.
    static func clean(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var needsEntities = false
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x80 && scalar.value <= 0x9F {
                if let c = HTMLText.windows1252[scalar.value] {
                    if pendingSpace { out.unicodeScalars.append(" ") }
                    pendingSpace = false
                    out.append(c)
                }
                continue
            }
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar == "&" { needsEntities = true }
            if pendingSpace { out.unicodeScalars.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return needsEntities ? HTMLText.collapseWhitespace(HTMLText.decodeEntities(out)) : out
    }

    /// Whitespace, with an ASCII fast path.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
        return scalar.value == 0xA0 || scalar.properties.isWhitespace
    }
}
