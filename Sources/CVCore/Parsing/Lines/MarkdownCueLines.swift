/// Markdown blocks (cmark-gfm's tree and the HTML inside it, as `MarkdownBlockReader` gives them) as cue lines.
enum MarkdownCueLines {
    static func lines(_ blocks: some Collection<MarkdownBlock>) -> [CueLine] {
        var out: [CueLine] = []
        out.reserveCapacity(blocks.count * 2)
        for (n, block) in blocks.enumerated() { append(block, number: n, to: &out) }
        return out
    }

    /// The cue lines of one block, numbered `n` (lines of one block share it), onto `out`.
    static func append(_ block: MarkdownBlock, number n: Int, to out: inout [CueLine]) {
        switch block {
        case .heading(let level, let line):
            out.append(cue(.heading(level), line, block: n))
        case .term(let line):
            out.append(cue(.term, line, block: n))
        case .paragraph(let lines):
            for line in lines where !line.text.isEmpty { out.append(cue(.text, line, block: n)) }
        case .list(let items):
            for item in items { append(item, depth: 0, block: n, to: &out) }
        case .table(let rows, let header):
            for (r, row) in rows.enumerated() {
                let cells = row.map(\.text)
                guard let range = MarkdownBlock.cover(row.map(\.source)) else { continue }
                var line = CueLine(
                    kind: header && r == 0 ? .headerRow : .row, text: cells.filter { !$0.isEmpty }.joined(separator: " | "),
                    cells: cells, block: n, source: range)
                line.links = row.flatMap(\.links)
                line.emphasised = row.allSatisfy { $0.isEmphasised || $0.text.isEmpty }
                out.append(line)
            }
        case .rule(let range):
            out.append(CueLine(kind: .rule, text: "", block: n, source: range))
        }
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
