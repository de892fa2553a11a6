internal import CLibXML2

/// Reads HTML embedded in Markdown with libxml2's forgiving HTML parser and turns its elements into
/// `MarkdownBlock`s, so the same reading rules apply to `<h3>`, `<p>`, `<ul><li>` and `<dl><dt><dd>` as to
/// their Markdown spellings. Comments, `<script>`, `<style>` and hidden elements (`hidden`, `display:none`)
/// are skipped. Line numbers are the file's (libxml2's line numbers offset by the block's first line).
struct HTMLBlockReader {
    let source: MarkdownSource
    /// Added to libxml2's 1-based line numbers.
    let lineOffset: Int
    private(set) var blocks: [MarkdownBlock] = []

    /// Deeper elements are read as plain text of their nearest kept ancestor.
    static let maximumDepth = 48

    static let blockElements: Set<String> = [
        "p", "div", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "main",
        "nav", "aside", "hr", "form", "fieldset", "figure", "address", "body", "html", "center", "details",
    ]
    static let skipped: Set<String> = ["script", "style", "head", "template", "noscript", "title", "meta", "link"]
    static let emphasis: Set<String> = ["b", "strong", "em", "i"]

    /// Reads `html`, whose first line is line `firstLine` of the file.
    static func read(_ html: String, firstLine: Int, source: MarkdownSource) -> [MarkdownBlock] {
        var reader = HTMLBlockReader(source: source, lineOffset: firstLine - 1)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        let count = html.utf8.count
        // libxml2 is loaded on first use; without it (never on a system with the packages the Makefile
        // installs) the HTML's text is still read by the Markdown layer around it.
        guard count > 0, cvt_xml_load() != 0 else { return [] }
        let doc: htmlDocPtr? = html.withCString { ptr in
            cvt_htmlReadMemory(ptr, Int32(clamping: count), nil, "UTF-8", options)
        }
        guard let doc else { return [] }
        defer { cvt_xmlFreeDoc(doc) }
        guard let root = cvt_xmlDocGetRootElement(doc) else { return [] }
        reader.walkContainer(root, depth: 0)
        // libxml2 numbers some text nodes by the line they end on, and broken HTML can push the count past the
        // HTML's own lines: keep every range within them.
        let lastLine = firstLine + html.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        return reader.blocks.map { $0.clamped(to: firstLine...lastLine, source: source) }
    }

    // MARK: - Nodes

    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    /// The children of `element` whose classes name an entry's fields (`tl-role`, `job-title`, `company`, `period`),
    /// when two or more such stand side by side with nothing but text-less elements between: the cells of one
    /// entry's header row. Empty otherwise.
    static func classedFields(of element: xmlNodePtr) -> [(node: xmlNodePtr, field: EntryFieldHint)] {
        var found: [(node: xmlNodePtr, field: EntryFieldHint)] = []
        var child = element.pointee.children
        var broken = false
        while let node = child {
            child = node.pointee.next
            if isText(node) {
                if let content = node.pointee.content, String(cString: content).contains(where: { !$0.isWhitespace }) {
                    broken = !found.isEmpty
                }
                continue
            }
            guard isElement(node), !isHidden(node) else { continue }
            let field = attribute(node, "class").flatMap(fieldNamed)
            if let field {
                if broken { return [] }
                found.append((node, field))
            } else if !found.isEmpty {
                broken = true
            }
        }
        return found.count >= 2 && Set(found.map(\.field)).count == found.count ? found : []
    }

    /// The entry field a class attribute names by one of its words (`tl-org`, `job_title`, `Company`), if any.
    static func fieldNamed(_ classes: String) -> EntryFieldHint? {
        let words = classes.lowercased().split(whereSeparator: { !$0.isLetter })
        for word in words {
            switch word {
            case "role", "position", "jobtitle", "designation", "poste", "puesto": return .title
            case "title" where words.contains(where: { ["job", "role", "position", "work", "exp", "experience", "entry", "item"].contains($0) }):
                return .title
            case "org", "organisation", "organization", "company", "employer", "firm", "institution": return .organisation
            case "period", "date", "dates", "duration", "when": return .dates
            case "location", "place", "city": return .location
            default: continue
            }
        }
        return nil
    }

    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == wanted {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if attribute(node, "hidden") != nil { return true }
        if attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        if let style = attribute(node, "style") {
            let compact = String(style.lowercased().filter { !$0.isWhitespace })
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    func line(of node: xmlNodePtr) -> Int {
        Int(cvt_xmlGetLineNo(node)) + lineOffset
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }
    static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// Whether an element is shown and not a block.
    static func isInline(_ node: xmlNodePtr) -> Bool {
        if isText(node) { return true }
        guard isElement(node) else { return false }
        let n = name(node)
        return !blockElements.contains(n) && !skipped.contains(n)
    }

    // MARK: - Blocks

    mutating func walkContainer(_ element: xmlNodePtr, depth: Int) {
        // `<div class="period">…</div><div class="role">…</div><div class="company">…</div>`: elements whose classes
        // name an entry's fields make one row of cells, each with its field, as a CV macro's arguments do.
        let row = HTMLBlockReader.classedFields(of: element)
        var child = element.pointee.children
        var inline = MarkdownLineCollector(source: source, line: line(of: element))
        var hasInline = false
        func flush(_ collector: inout MarkdownLineCollector, _ has: inout Bool, into blocks: inout [MarkdownBlock]) {
            if has {
                let lines = collector.finish()
                if !lines.isEmpty { blocks.append(.paragraph(lines)) }
            }
            has = false
        }
        while let node = child {
            child = node.pointee.next
            if HTMLBlockReader.isInline(node) {
                if !hasInline {
                    inline = MarkdownLineCollector(source: source, line: startLine(of: node))
                    hasInline = true
                }
                collectInline(node, into: &inline, depth: depth + 1)
                continue
            }
            guard HTMLBlockReader.isElement(node) else { continue }
            let n = HTMLBlockReader.name(node)
            if HTMLBlockReader.skipped.contains(n) || HTMLBlockReader.isHidden(node) { continue }
            flush(&inline, &hasInline, into: &blocks)
            if let first = row.first, first.node == node {
                let cells = row.compactMap { cell -> MarkdownLine? in
                    guard var line = joinedLine(cell.node, depth: depth + 1) else { return nil }
                    // The title's cell is the title whole (`Dual Student | Working Student`); the others are read
                    // as any cell is (`Acme GmbH · Berlin` is a name and a place).
                    if cell.field == .title { line.field = .title }
                    return line
                }
                if !cells.isEmpty { blocks.append(.table(rows: [cells], header: false)) }
                continue
            }
            if row.dropFirst().contains(where: { $0.node == node }) { continue }
            readBlock(node, name: n, depth: depth + 1)
        }
        flush(&inline, &hasInline, into: &blocks)
    }

    mutating func readBlock(_ node: xmlNodePtr, name n: String, depth: Int) {
        switch n {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(n.dropFirst())) ?? 6
            if let line = joinedLine(node, depth: depth) { blocks.append(.heading(level: level, line: line)) }
        case "dt":
            if let line = joinedLine(node, depth: depth) { blocks.append(.term(line)) }
        case "p", "pre", "address", "summary":
            var collector = MarkdownLineCollector(source: source, line: line(of: node))
            collectChildren(node, into: &collector, depth: depth)
            let lines = collector.finish()
            if !lines.isEmpty { blocks.append(.paragraph(lines)) }
        case "ul", "ol":
            let items = readItems(node, depth: depth)
            if !items.isEmpty { blocks.append(.list(items)) }
        case "li":
            if let item = readItem(node, depth: depth) { blocks.append(.list([item])) }
        case "table":
            readTable(node, depth: depth)
        case "hr":
            let l = line(of: node)
            blocks.append(.rule(source.range(lines: l, l)))
        default:
            if depth < HTMLBlockReader.maximumDepth {
                walkContainer(node, depth: depth)
            } else if let line = joinedLine(node, depth: depth) {
                blocks.append(.paragraph([line]))
            }
        }
    }

    /// The text of an element as one line (headings, terms).
    func joinedLine(_ node: xmlNodePtr, depth: Int) -> MarkdownLine? {
        var collector = MarkdownLineCollector(source: source, line: line(of: node))
        collectChildren(node, into: &collector, depth: depth, breaks: false)
        let lines = collector.finish()
        guard var first = lines.first else { return nil }
        for other in lines.dropFirst() {
            first.text += " " + other.text
            first.links += other.links
            first.isEmphasised = first.isEmphasised && other.isEmphasised
            first.source = first.source.union(other.source)
        }
        return first
    }

    /// The line a node starts on. libxml2 numbers a text node by the line where it ends.
    func startLine(of node: xmlNodePtr) -> Int {
        let reported = line(of: node)
        guard HTMLBlockReader.isText(node), let content = node.pointee.content else { return reported }
        var newlines = 0
        var p = content
        while p.pointee != 0 {
            if p.pointee == 0x0A { newlines += 1 }
            p += 1
        }
        return Swift.max(1, reported - newlines)
    }

    func collectChildren(_ node: xmlNodePtr, into collector: inout MarkdownLineCollector, depth: Int, breaks: Bool = true) {
        var child = node.pointee.children
        while let c = child {
            child = c.pointee.next
            collectInline(c, into: &collector, depth: depth + 1, breaks: breaks)
        }
    }

    /// Text of inline content (and of blocks met inside it, read as text).
    func collectInline(_ node: xmlNodePtr, into collector: inout MarkdownLineCollector, depth: Int, breaks: Bool = true) {
        if HTMLBlockReader.isText(node) {
            guard let content = node.pointee.content else { return }
            let start = startLine(of: node)
            if start > collector.line { collector.line = start }
            collector.append(String(cString: content), newlinesAdvance: true)
            return
        }
        guard HTMLBlockReader.isElement(node), depth < HTMLBlockReader.maximumDepth else { return }
        let n = HTMLBlockReader.name(node)
        if HTMLBlockReader.skipped.contains(n) || HTMLBlockReader.isHidden(node) { return }
        if n == "br" {
            if breaks { collector.breakLine(nextLine: collector.line) } else { collector.append(" ") }
            return
        }
        if n == "img" {
            if let alt = HTMLBlockReader.attribute(node, "alt") { collector.addImage(alt: alt) }
            return
        }
        if let previous = node.pointee.prev, HTMLBlockReader.isElement(previous), HTMLBlockReader.name(previous) == n,
            !HTMLBlockReader.emphasis.contains(n), !HTMLBlockReader.blockElements.contains(n)
        {
            // Sibling elements of one kind with nothing between them (`<span class="chip">Go</span><span …>`)
            // are shown apart (chips, tags, badges): their texts are items of a list, not one word.
            collector.append(" · ")
        }
        let isLink = n == "a"
        if isLink { collector.beginLink(url: HTMLBlockReader.attribute(node, "href") ?? "") }
        let isEmphasis = HTMLBlockReader.emphasis.contains(n)
        if isEmphasis { collector.emphasis += 1 }
        let isBlock = HTMLBlockReader.blockElements.contains(n)
        if isBlock && breaks { collector.breakLine(nextLine: line(of: node)) }
        collectChildren(node, into: &collector, depth: depth, breaks: breaks)
        if isBlock { collector.append(" ") }
        if isEmphasis { collector.emphasis -= 1 }
        if isLink { collector.endLink() }
    }

    func readItems(_ list: xmlNodePtr, depth: Int) -> [MarkdownItem] {
        var items: [MarkdownItem] = []
        var child = list.pointee.children
        while let c = child {
            child = c.pointee.next
            guard HTMLBlockReader.isElement(c), !HTMLBlockReader.isHidden(c) else { continue }
            if HTMLBlockReader.name(c) == "li", let item = readItem(c, depth: depth + 1) { items.append(item) }
        }
        return items
    }

    func readItem(_ li: xmlNodePtr, depth: Int) -> MarkdownItem? {
        var collector = MarkdownLineCollector(source: source, line: line(of: li))
        var children: [MarkdownItem] = []
        var child = li.pointee.children
        while let c = child {
            child = c.pointee.next
            if HTMLBlockReader.isElement(c) {
                let n = HTMLBlockReader.name(c)
                if (n == "ul" || n == "ol") && depth < HTMLBlockReader.maximumDepth {
                    if !HTMLBlockReader.isHidden(c) { children += readItems(c, depth: depth + 1) }
                    continue
                }
                if n == "p" || n == "div" { collector.breakLine(nextLine: line(of: c)) }
            }
            collectInline(c, into: &collector, depth: depth + 1, breaks: false)
        }
        let lines = collector.finish()
        guard !lines.isEmpty || !children.isEmpty else { return nil }
        let ranges = lines.map(\.source)
        let range = MarkdownBlock.cover(ranges) ?? MarkdownBlock.cover(children.map(\.source)) ?? source.range(lines: line(of: li), line(of: li))
        return MarkdownItem(lines: lines, children: children, source: range)
    }

    mutating func readTable(_ table: xmlNodePtr, depth: Int) {
        var rows: [[MarkdownLine]] = []
        var header = false
        // Rows directly or inside thead/tbody/tfoot.
        var queue: [xmlNodePtr] = []
        var child = table.pointee.children
        while let c = child {
            child = c.pointee.next
            guard HTMLBlockReader.isElement(c) else { continue }
            let n = HTMLBlockReader.name(c)
            if n == "tr" { queue.append(c) } else if ["thead", "tbody", "tfoot"].contains(n) {
                var r = c.pointee.children
                while let row = r {
                    r = row.pointee.next
                    if HTMLBlockReader.isElement(row), HTMLBlockReader.name(row) == "tr" { queue.append(row) }
                }
            }
        }
        // Cells that span rows below (`rowspan="3"`): their column and how many more rows they fill.
        var spans: [(column: Int, rows: Int, cell: MarkdownLine)] = []
        for (index, row) in queue.enumerated() {
            var cells: [MarkdownLine] = []
            var c = row.pointee.children
            /// Puts the cells spanning from rows above into their columns, up to the next free one.
            func fillSpanned() {
                while let k = spans.firstIndex(where: { $0.column == cells.count && $0.rows > 0 }) {
                    cells.append(spans[k].cell)
                    spans[k].rows -= 1
                }
            }
            while let cell = c {
                c = cell.pointee.next
                guard HTMLBlockReader.isElement(cell) else { continue }
                let n = HTMLBlockReader.name(cell)
                guard n == "td" || n == "th" else { continue }
                if index == 0 && n == "th" { header = true }
                fillSpanned()
                let l = line(of: cell)
                let read = joinedLine(cell, depth: depth + 1) ?? MarkdownLine(text: "", source: source.range(lines: l, l))
                if let span = HTMLBlockReader.attribute(cell, "rowspan").flatMap({ Int($0) }), span > 1 {
                    spans.append((cells.count, min(span, 1000) - 1, read))
                }
                cells.append(read)
            }
            if !cells.isEmpty { fillSpanned() }
            spans.removeAll { $0.rows <= 0 }
            if !cells.isEmpty { rows.append(cells) }
        }
        if !rows.isEmpty { blocks.append(.table(rows: rows, header: header)) }
    }
}
