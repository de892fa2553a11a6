/// Follows the tags of the HTML embedded in a Markdown file, across HTML blocks, to find where an
/// HTML element ends and what is broken: elements never closed (or closed only implicitly), closing
/// tags that close nothing, mismatched tags, and text like `Framework/a>` that is a closing tag
/// missing its `<`. libxml2 reads the HTML; this only tracks its tags, for positions and findings.
struct HTMLTagScanner {
    struct Open {
        var name: String
        var position: SourcePosition
    }

    private(set) var stack: [Open] = []
    private(set) var notes: [ParseNote] = []
    /// Inline tags in one paragraph: a closing tag that matches nothing open is read as a misspelt close of the
    /// innermost open element (`<b>Airflow</a>`: one finding, not an unclosed `<b>` and a stray `</a>`), and the
    /// elements whose end tag HTML lets one leave out (`<p>`, `<li>`, `<td>` …) close with the paragraph.
    var isInline = false

    static let voidElements: Set<String> = [
        "br", "img", "hr", "input", "meta", "link", "wbr", "col", "area", "base", "source", "track", "embed", "param",
    ]
    static let blockStarts: Set<String> = [
        "p", "div", "ul", "ol", "dl", "dt", "dd", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
        "blockquote", "section", "article", "header", "footer", "nav", "aside", "form", "hr", "address", "figure",
    ]
    /// Elements whose end tag may be left out, and the start tags that close them.
    static let closedBy: [String: Set<String>] = [
        "li": ["li"], "dt": ["dt", "dd"], "dd": ["dt", "dd"], "p": blockStarts,
        "tr": ["tr"], "td": ["td", "th", "tr"], "th": ["td", "th", "tr"], "option": ["option"],
        "thead": ["tbody", "tfoot"], "tbody": ["tbody", "tfoot"],
    ]
    static let knownTags: Set<String> = voidElements.union(blockStarts).union([
        "a", "span", "b", "i", "em", "strong", "small", "code", "sup", "sub", "u", "s", "tr", "td", "th", "tbody",
        "thead", "main", "font", "center", "abbr", "time", "mark", "label", "button", "details", "summary",
    ])
    /// The stack is never deeper than this: deeper opening tags are not followed.
    static let maximumDepth = 256

    var depth: Int { stack.count }

    /// Scans `text`, whose first character is at `line`:`column` of the file.
    mutating func scan(_ text: Substring, line firstLine: Int, column firstColumn: Int = 1) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var line = firstLine
        var column = firstColumn
        var textRunStart = 0

        func advance(to j: Int) {
            while i < j && i < scalars.count {
                if scalars[i] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                i += 1
            }
        }
        func isNameChar(_ s: Unicode.Scalar) -> Bool {
            (s.properties.isAlphabetic && s.isASCII) || (s.value >= 48 && s.value <= 57) || s == "-"
        }
        func find(_ needle: String, from start: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            guard !n.isEmpty, scalars.count >= n.count else { return nil }
            var k = start
            while k + n.count <= scalars.count {
                if scalars[k] == n[0] {
                    var ok = true
                    for m in 1..<n.count where scalars[k + m] != n[m] { ok = false; break }
                    if ok { return k }
                }
                k += 1
            }
            return nil
        }

        while i < scalars.count {
            let s = scalars[i]
            guard s == "<", i + 1 < scalars.count else {
                if s == "/" { checkBrokenClose(scalars, at: i, line: line, column: column, textStart: textRunStart) }
                advance(to: i + 1)
                continue
            }
            let next = scalars[i + 1]
            if next == "!" || next == "?" {
                // Comment, doctype, processing instruction: skipped.
                let isComment = i + 3 < scalars.count && scalars[i + 2] == "-" && scalars[i + 3] == "-"
                let end = isComment ? find("-->", from: i + 4).map { $0 + 3 } : find(">", from: i).map { $0 + 1 }
                advance(to: end ?? scalars.count)
                textRunStart = i
                continue
            }
            let closing = next == "/"
            var j = i + (closing ? 2 : 1)
            guard j < scalars.count, scalars[j].properties.isAlphabetic, scalars[j].isASCII else {
                advance(to: i + 1)
                continue
            }
            let nameStart = j
            while j < scalars.count, isNameChar(scalars[j]) { j += 1 }
            var name = ""
            for k in nameStart..<j { name.unicodeScalars.append(scalars[k]) }
            name = name.lowercased()
            // Attributes up to `>`, respecting quotes.
            var quote: Unicode.Scalar?
            var selfClosing = false
            while j < scalars.count {
                let c = scalars[j]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == ">" {
                    selfClosing = j > 0 && scalars[j - 1] == "/"
                    break
                } else if c == "<" {
                    break  // `<a href="x"<b>`: the tag never ended
                }
                j += 1
            }
            let position = SourcePosition(line: line, column: column)
            if closing {
                close(name, at: position)
            } else if !selfClosing && !HTMLTagScanner.voidElements.contains(name) {
                open(name, at: position)
            }
            let tagEnd = j < scalars.count && scalars[j] == ">" ? j + 1 : j
            advance(to: tagEnd)
            if !closing && (name == "script" || name == "style") {
                let end = find("</\(name)", from: i) ?? scalars.count
                advance(to: end)
            }
            textRunStart = i
        }
    }

    /// `word/a>` in text: a closing tag that lost its `<`.
    private mutating func checkBrokenClose(
        _ scalars: [Unicode.Scalar], at i: Int, line: Int, column: Int, textStart: Int
    ) {
        guard i > textStart, scalars[i - 1] != "<" else { return }
        var j = i + 1
        var name = ""
        while j < scalars.count, scalars[j].isASCII, scalars[j].properties.isAlphabetic || (scalars[j].value >= 48 && scalars[j].value <= 57), name.count < 12 {
            name.unicodeScalars.append(scalars[j])
            j += 1
        }
        name = name.lowercased()
        guard !name.isEmpty, j < scalars.count, scalars[j] == ">", HTMLTagScanner.knownTags.contains(name) else { return }
        let position = SourcePosition(line: line, column: column)
        notes.append(ParseNote(
            kind: .htmlBroken, message: "broken closing tag `/\(name)>` (missing `<`)",
            source: SourceRange(start: position, end: SourcePosition(line: line, column: column + name.count + 1))))
        // Read it as the closing tag it was meant to be, so the element is not reported again.
        if let k = stack.lastIndex(where: { $0.name == name }) {
            for open in stack[(k + 1)...] { reportUnclosed(open, before: "</\(name)>") }
            stack.removeSubrange(k...)
        }
    }

    private mutating func open(_ name: String, at position: SourcePosition) {
        while let top = stack.last, let closers = HTMLTagScanner.closedBy[top.name], closers.contains(name) {
            reportUnclosed(top, before: "<\(name)>")
            stack.removeLast()
        }
        if stack.count < HTMLTagScanner.maximumDepth {
            stack.append(Open(name: name, position: position))
        }
    }

    private mutating func close(_ name: String, at position: SourcePosition) {
        guard let k = stack.lastIndex(where: { $0.name == name }) else {
            if isInline, let top = stack.popLast() {
                notes.append(ParseNote(
                    kind: .htmlBroken,
                    message: "closing tag `</\(name)>` does not match `<\(top.name)>` (line \(top.position.line), column \(top.position.column))",
                    source: SourceRange(start: position, end: SourcePosition(line: position.line, column: position.column + name.count + 2))))
                return
            }
            notes.append(ParseNote(
                kind: .htmlBroken, message: "closing tag `</\(name)>` closes nothing",
                source: SourceRange(start: position, end: SourcePosition(line: position.line, column: position.column + name.count + 2))))
            return
        }
        for open in stack[(k + 1)...] { reportUnclosed(open, before: "</\(name)>") }
        stack.removeSubrange(k...)
    }

    private mutating func reportUnclosed(_ open: Open, before what: String) {
        notes.append(ParseNote(
            kind: .htmlBroken, message: "`<\(open.name)>` is not closed (closed implicitly by `\(what)`)",
            source: SourceRange(start: open.position, end: SourcePosition(line: open.position.line, column: open.position.column + open.name.count + 1))))
    }

    /// At the end of the document: every element still open is unclosed.
    mutating func finish() {
        for open in stack where !["html", "body", "head"].contains(open.name) {
            if isInline && HTMLTagScanner.closedBy[open.name] != nil { continue }
            notes.append(ParseNote(
                kind: .htmlBroken, message: "`<\(open.name)>` is never closed",
                source: SourceRange(start: open.position, end: SourcePosition(line: open.position.line, column: open.position.column + open.name.count + 1))))
        }
        stack.removeAll()
    }
}
