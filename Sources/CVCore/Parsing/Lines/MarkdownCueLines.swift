/// Markdown blocks (cmark-gfm's tree and the HTML inside it, as `MarkdownBlockReader` gives them) as cue lines.
enum MarkdownCueLines {
    static func lines(_ blocks: some Collection<MarkdownBlock>) -> [CueLine] {
        var out: [CueLine] = []
        out.reserveCapacity(blocks.count * 2)
        for (n, block) in blocks.enumerated() { append(block, number: n, to: &out) }
        var none: [DateSpan?]?
        var noOrigins: [MarkdownParseMemo.CueOrigin]?
        acrossBlocks(&out, dates: &none, origins: &noOrigins)
        return out
    }

    /// The cue lines of one block, numbered `n` (lines of one block share it), onto `out`. A block's lines depend on
    /// that block alone (the memo keeps them per segment); what reaches across blocks (a pandoc term over its
    /// definition, a Liquid comment over several blocks) is marked on the lines (`CueLine.mark`) and done by
    /// `acrossBlocks` on the lines of a whole section.
    static func append(_ block: MarkdownBlock, number n: Int, to out: inout [CueLine]) {
        switch block {
        case .heading(let level, let line):
            out.append(cue(.heading(level), line, block: n))
        case .term(let line):
            out.append(cue(.term, line, block: n))
        case .paragraph(let lines):
            append(paragraph: lines[...], number: n, to: &out)
        case .list(let items):
            for item in items { append(item, depth: 0, block: n, to: &out) }
        case .table(let rows, var header):
            // `| 2016–today | **Co-founder** | Acme |` over `| --- |`: a header row that holds a date is the first row
            // of a table written without a header (its first entry), not the names of its columns.
            if header, let first = rows.first, first.contains(where: { cell in
                cell.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) && DateParser.findSpan(in: cell.text)?.span.start != nil
            }), first.contains(where: { cell in !cell.text.isEmpty && DateParser.findSpan(in: cell.text) == nil })
            {
                header = false
            }
            for (r, row) in rows.enumerated() {
                let cells = row.map(\.text)
                guard let range = MarkdownBlock.cover(row.map(\.source)) else { continue }
                var line = CueLine(
                    kind: header && r == 0 ? .headerRow : .row, text: cells.filter { !$0.isEmpty }.joined(separator: " | "),
                    cells: cells, block: n, source: range)
                line.links = row.flatMap(\.links)
                if row.contains(where: { $0.field != nil }) { line.cellFields = row.map(\.field) }
                line.emphasised = row.allSatisfy { $0.isEmphasised || $0.text.isEmpty }
                // `| Employer | Position | Dates |`: the header row names what each column holds.
                if header, r > 0, rows[0].count == row.count { line.cellLabels = rows[0].map { $0.text.lowercased() } }
                out.append(line)
            }
        case .rule(let range):
            out.append(CueLine(kind: .rule, text: "", block: n, source: range))
        }
    }

    /// A line that is one Liquid tag or Hugo shortcode (`{% include author_card %}`, `{{< figure src="x" >}}`).
    static func isTemplateTag(_ text: String) -> Bool {
        (text.hasPrefix("{%") && text.hasSuffix("%}")) || ((text.hasPrefix("{{") && text.hasSuffix("}}")))
    }

    static func isCommentOpen(_ text: String) -> Bool { text.hasPrefix("{% comment %}") || text.hasPrefix("{%comment%}") }
    static func closesComment(_ text: String) -> Bool { text.utf8.containsBytes(of: "{% endcomment %}") }

    /// The lines of a paragraph (or of what is left of one after a Liquid comment closed in it).
    static func append(paragraph lines: ArraySlice<MarkdownLine>, number n: Int, to out: inout [CueLine]) {
        // A comment a block above opened ends here: what stands before the end is hidden then (`acrossBlocks`).
        if let end = lines.firstIndex(where: { closesComment($0.text) }), !lines[..<end].contains(where: { isCommentOpen($0.text) }) {
            if end > lines.startIndex { append(paragraph: lines[..<end], number: n, to: &out) }
            var mark = CueLine(kind: .text, text: "", block: n, source: lines[end].source)
            mark.mark = .commentClose
            out.append(mark)
            if end + 1 < lines.endIndex { append(paragraph: lines[(end + 1)...], number: n, to: &out) }
            return
        }
        if let roles = rolesInOneSentence(Array(lines)) {
            for line in roles { out.append(cue(.text, line, block: n)) }
            return
        }
        if lines.count > 1, lines.indices.dropLast().contains(where: { joinsNext(lines, $0) }) {
            let joined = joinedAtConnectors(lines)
            if joined.count < lines.count {
                append(paragraph: joined[...], number: n, to: &out)
                return
            }
        }
        for j in lines.indices where !lines[j].text.isEmpty {
            let line = lines[j]
            if line.text.hasPrefix("{%") {
                // Liquid: `{% comment %}` hides what follows up to `{% endcomment %}`; other tags are markup.
                if isCommentOpen(line.text) {
                    if closesComment(line.text) { continue }
                    if let end = lines[(j + 1)...].firstIndex(where: { closesComment($0.text) }) {
                        if end + 1 < lines.endIndex { append(paragraph: lines[(end + 1)...], number: n, to: &out) }
                    } else {
                        // Open past this paragraph: the blocks after it are hidden up to the comment's end.
                        var mark = CueLine(kind: .text, text: "", block: n, source: line.source)
                        mark.mark = .commentOpen
                        out.append(mark)
                    }
                    return
                }
                if line.text.hasSuffix("%}") { continue }
            }
            if let arguments = shortcode(line.text) {
                // A template call (Hugo's `{{< entry "Acme" "Paris, 2019 to present" >}}`) is markup, unless
                // its arguments carry a date: then they are an entry's header, one cell each.
                guard arguments.contains(where: { DateParser.findSpan(in: $0) != nil }) else { continue }
                var row = CueLine(kind: .row, text: arguments.joined(separator: " | "), cells: arguments, block: n, source: line.source)
                row.links = line.links
                out.append(row)
                continue
            }
            guard let definition = definition(line) else {
                out.append(cue(.text, line, block: n))
                continue
            }
            var cue = cue(.text, definition, block: n)
            cue.mark = .definition
            out.append(cue)
        }
    }

    /// Words a name or a title cannot end with (`*University of` / `Montpellier 2*`).
    static let connectors: Set<String> = ["of", "de", "du", "des", "la", "le", "and", "&", "for", "the", "at", "in", "von", "der", "di", "del", "da", "do"]

    /// A line that ends with a connector word: a soft break wrapped it in the middle of a name.
    static func endsWithConnector(_ text: String) -> Bool {
        guard let space = text.utf8.lastIndex(of: 0x20) else { return false }
        let last = text[text.utf8.index(after: space)...]
        return last.utf8.count <= 4 && connectors.contains(last.lowercased())
    }

    /// Line `j` of a paragraph goes on with the next: it ends with a connector, or a soft break cut an emphasised name
    /// (`*Musée régional d’art` / `moderne*, Lyon`: an emphasis that opens on one line and closes on the next;
    /// a longer one is an emphasised passage, not a name).
    static func joinsNext(_ lines: ArraySlice<MarkdownLine>, _ j: Int) -> Bool {
        if endsWithConnector(lines[j].text) { return true }
        guard j + 1 < lines.endIndex else { return false }
        return !lines[j].startsInEmphasis && lines[j].endsInEmphasis && lines[j + 1].startsInEmphasis && !lines[j + 1].endsInEmphasis
    }

    /// The lines of a paragraph with each line that goes on (`joinsNext`) joined to the line after it.
    static func joinedAtConnectors(_ lines: ArraySlice<MarkdownLine>) -> [MarkdownLine] {
        var out: [MarkdownLine] = []
        var joinNext = false
        for j in lines.indices where !lines[j].text.isEmpty {
            let line = lines[j]
            if joinNext, var last = out.popLast() {
                last.text += " " + line.text
                last.links += line.links
                last.isEmphasised = last.isEmphasised && line.isEmphasised
                last.source = last.source.union(line.source)
                last.endsInEmphasis = line.endsInEmphasis
                out.append(last)
            } else {
                out.append(line)
            }
            joinNext = joinsNext(lines, j)
        }
        return out
    }

    /// What reaches across blocks, on the cue lines of a section (with their dates and origins, when given):
    /// - a Liquid comment left open in one block hides the lines after it up to the block that closes it;
    /// - pandoc's definition lists (`2014--2020` / `: Research fellow at Acme`): the line before a definition is
    ///   its term, when it is in the definition's paragraph or is a paragraph of one line just above it.
    static func acrossBlocks(_ lines: inout [CueLine], dates: inout [DateSpan?]?, origins: inout [MarkdownParseMemo.CueOrigin]?) {
        guard lines.contains(where: { $0.mark != nil }) else { return }
        if lines.contains(where: { $0.mark == .commentOpen || $0.mark == .commentClose }) {
            var keep: [Int] = []
            keep.reserveCapacity(lines.count)
            var hidden = false
            for i in lines.indices {
                switch lines[i].mark {
                case .commentOpen?: hidden = true
                case .commentClose?: hidden = false
                default: if !hidden { keep.append(i) }
                }
            }
            lines = keep.map { lines[$0] }
            // (Dates and origins, when given, are the lines' own: one each.)
            if let d = dates { dates = keep.map { d[$0] } }
            if let o = origins { origins = keep.map { o[$0] } }
        }
        for i in lines.indices where lines[i].mark == .definition && i > 0 {
            let last = i - 1
            let n = lines[i].block
            if lines[last].kind == .text, lines[last].mark != .definition,
                lines[last].block == n || lines[last].block == n - 1 && (last == 0 || lines[last - 1].block != n - 1)
            {
                lines[last].kind = .term
            }
        }
    }

    /// `Analyst (Apr. 2016 to Present), Manager (Nov. 2017 to Jan. 2019) and Lead (Mar. 2019 to Jan. 2020 and Sep.
    /// 2021 to Present).`: a paragraph that is only a list of titles, each with its dates in brackets, names one role
    /// per span; each becomes a line of its own (at the source line it starts on). Nil for any other paragraph.
    static func rolesInOneSentence(_ lines: [MarkdownLine]) -> [MarkdownLine]? {
        guard lines.count <= 6, let first = lines.first, first.text.first?.isUppercase == true, first.text.utf8.contains(0x28) else { return nil }
        // Most paragraphs are done here: a list of `Title (dates)` has a bracket closed before `, ` or ` and`.
        guard lines.contains(where: { line in
            let b = Array(line.text.utf8)
            return b.indices.dropLast(2).contains { i in b[i] == 0x29 && (b[i + 1] == 0x2C || b[i + 1] == 0x20 && b[i + 2] == 0x61) }
        }) else { return nil }
        // Where each line starts in the joined text, to give each role its source line.
        var text = ""
        var starts: [(offset: Int, line: MarkdownLine)] = []
        for line in lines where !line.text.isEmpty {
            if !text.isEmpty { text += " " }
            starts.append((text.utf8.count, line))
            text += line.text
        }
        guard text.utf8.count <= 600, text.utf8.filter({ $0 == 0x28 }).count >= 2 else { return nil }
        var body = Substring(text)
        if body.hasSuffix(".") { body = body.dropLast() }
        var pieces: [String] = []
        for part in MarkdownCues.splitOutsideParentheses(String(body), separator: ", ") {
            pieces += MarkdownCues.splitOutsideParentheses(part, separator: " and ")
        }
        var out: [MarkdownLine] = []
        var titled = 0
        var searchFrom = text.startIndex
        for piece in pieces {
            var p = Substring(piece.trimmingCharacters(in: " "))
            if p.hasPrefix("and ") { p = p.dropFirst(4) }
            guard p.hasSuffix(")"), let open = p.firstIndex(of: "(") else { return nil }
            let title = String(p[..<open]).trimmingCharacters(in: " ")
            guard !title.isEmpty, MarkdownCues.wordCount(title) <= 6, title.first?.isUppercase == true else { return nil }
            if WordClasses.titleScore(title) > 0 { titled += 1 }
            // `(Mar. 2019 to Jan. 2020 and Sep. 2021 to Present)`: one role per span.
            let inside = String(p[p.index(after: open)..<p.index(before: p.endIndex)])
            let spans = MarkdownCues.splitOutsideParentheses(inside, separator: " and ")
            guard spans.allSatisfy({ DateParser.findSpan(in: $0) != nil }) else { return nil }
            let at = text[searchFrom...].firstRange(of: title)?.lowerBound ?? searchFrom
            searchFrom = at
            let offset = text.utf8.distance(from: text.startIndex, to: at)
            var line = (starts.last { $0.offset <= offset } ?? starts[0]).line
            line.links = []
            line.isEmphasised = false
            for span in spans {
                line.text = title + " (" + span.trimmingCharacters(in: " ") + ")"
                out.append(line)
            }
        }
        // Most of the names are job titles (`Scrum Master` among `Engineer`, `Tech Lead`).
        return out.count >= 2 && titled * 2 >= pieces.count ? out : nil
    }

    /// The text arguments of a line that is one Hugo shortcode (`{{< name a "b c" key="d" >}}`, `{{% … %}}`): the
    /// positional and named values in order, without the shortcode's name; nil for any other line.
    static func shortcode(_ text: String) -> [String]? {
        let b = text.utf8
        guard b.count > 6, b.first == 0x7B, text.hasPrefix("{{<") || text.hasPrefix("{{%"),
            text.hasSuffix(">}}") || text.hasSuffix("%}}")
        else { return nil }
        var inner = Substring(text.dropFirst(3).dropLast(3))
        if inner.hasSuffix("/") { inner = inner.dropLast() }
        var arguments: [String] = []
        var current = ""
        var quote: Character?
        var sawName = false
        func end() {
            if sawName {
                if !current.isEmpty { arguments.append(current) }
            } else if !current.isEmpty {
                sawName = true
            }
            current = ""
        }
        for c in inner {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "`" || c == "“" {
                quote = c == "“" ? "”" : c
            } else if c == " " || c == "\t" {
                end()
            } else if c == "=", sawName {
                // `key="value"`: the key is no text.
                current = ""
            } else {
                current.append(c)
            }
        }
        end()
        return arguments.map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    }

    /// A pandoc definition line (`:   text`, the colon in the line's first column): its text without the colon.
    static func definition(_ line: MarkdownLine) -> MarkdownLine? {
        guard line.text.utf8.first == 0x3A, line.source.start.column <= 4, line.text.utf8.count > 2 else { return nil }
        let second = line.text.utf8.dropFirst().first
        guard second == 0x20 || second == 0x09 else { return nil }
        var out = line
        out.text = String(line.text.dropFirst()).trimmingCharacters(in: " \t")
        return out.text.isEmpty ? nil : out
    }

    static func cue(_ kind: CueLine.Kind, _ line: MarkdownLine, block: Int) -> CueLine {
        CueLine(kind: kind, text: withoutAttributes(line.text), emphasised: line.isEmphasised, links: line.links, block: block, source: line.source)
    }

    /// kramdown's attribute lists (`**Designer**{: .role}`) are markup, not text.
    static func withoutAttributes(_ text: String) -> String {
        guard text.utf8.containsBytes(of: "{:") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{:") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { return out + rest[open.lowerBound...] }
            rest = rest[rest.index(after: close)...]
        }
        return (out + rest).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func append(_ item: MarkdownItem, depth: Int, block: Int, to out: inout [CueLine]) {
        var first = true
        for line in item.lines where !line.text.isEmpty {
            out.append(cue(first ? .item(depth) : .itemText(depth), line, block: block))
            first = false
        }
        if first {
            // An item with no text of its own still opens an item.
            out.append(CueLine(kind: .item(depth), text: "", block: block, source: item.source))
        }
        guard depth < 32 else { return }
        for child in item.children { append(child, depth: depth + 1, block: block, to: &out) }
    }
}
