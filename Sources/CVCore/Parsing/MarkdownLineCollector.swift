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
        for c in s {
            if c == "\n" {
                if newlinesAdvance { line += 1 }
                text.append(" ")
                continue
            }
            if c.isWhitespace {
                text.append(" ")
                continue
            }
            if firstLine == nil { firstLine = line }
            lastLine = line
            if emphasis > 0 { emphasisedChars += 1 } else { plainChars += 1 }
            text.append(c)
        }
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
        let startLine = line(first)
        var column = 1
        for s in startLine.unicodeScalars {
            if s == " " || s == "\t" { column += 1 } else { break }
        }
        if column > startLine.unicodeScalars.count { column = 1 }
        let endColumn = Swift.max(1, line(last).unicodeScalars.count)
        return SourceRange(line: first, column: column, endLine: last, endColumn: endColumn)
    }

    /// Text without markup noise: C1 control characters read as Windows-1252 (what `&#151;` decodes to),
    /// entities decoded, whitespace collapsed.
    static func clean(_ s: String) -> String {
        var out = ""
        var needsEntities = false
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x80 && scalar.value <= 0x9F {
                if let c = HTMLText.windows1252[scalar.value] { out.append(c) }
                continue
            }
            if scalar == "&" { needsEntities = true }
            out.unicodeScalars.append(scalar)
        }
        if needsEntities { out = HTMLText.decodeEntities(out) }
        return HTMLText.collapseWhitespace(out)
    }
}
