import CCmarkGFM
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses Markdown with cmark-gfm (CommonMark + GFM tables, strikethrough, autolinks, task lists) and
/// flattens it into `MarkdownBlock`s with the file's line numbers. Top-level HTML is read as one region
/// from its first tag to the end of its outermost element, even where cmark split it into HTML and
/// indented-code blocks (an indented `</dd>` after a blank line), and handed to `HTMLBlockReader`.
struct MarkdownBlockReader {
    let source: MarkdownSource
    private(set) var blocks: [MarkdownBlock] = []
    private(set) var scanner = HTMLTagScanner()
    /// Inline HTML tags (`<b>` … `</b>` inside a paragraph, a heading or a table cell) are followed per leaf
    /// block: an element opened there must close there.
    private var inlineScanner = MarkdownBlockReader.newInlineScanner()
    private(set) var inlineNotes: [ParseNote] = []

    /// List nesting deeper than this is read into the deepest kept item.
    static let maximumListDepth = 32

    /// cmark-gfm's extension registry is global and not guarded: register once.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    init(source: MarkdownSource) {
        self.source = source
        lastLine = source.offset + 1
    }

    /// The last line cmark gave a node, in document order. cmark gives some nodes no position (line 0, e.g.
    /// the paragraph left of a table that did not open); they take the line of the node before them, so that
    /// a text read in segments and read whole agree (a segment's first node, its heading, always has one).
    private var lastLine: Int

    mutating func line(of node: OpaquePointer) -> Int {
        let raw = Int(cmark_node_get_start_line(node))
        if raw > 0 { lastLine = raw + source.offset }
        return lastLine
    }

    /// The node types the reader tells apart (cmark's type names, read once per type and reader).
    enum NodeKind: UInt8 {
        case paragraph, heading, tableCell, text, code, softbreak, linebreak, htmlInline, emph, strong,
            strikethrough, link, image, list, item, tasklist, table, tableHeader, tableRow, codeBlock, htmlBlock,
            thematicBreak, other

        init(name: String) {
            switch name {
            case "paragraph": self = .paragraph
            case "heading": self = .heading
            case "table_cell": self = .tableCell
            case "text": self = .text
            case "code": self = .code
            case "softbreak": self = .softbreak
            case "linebreak": self = .linebreak
            case "html_inline": self = .htmlInline
            case "emph": self = .emph
            case "strong": self = .strong
            case "strikethrough": self = .strikethrough
            case "link": self = .link
            case "image": self = .image
            case "list": self = .list
            case "item": self = .item
            case "tasklist": self = .tasklist
            case "table": self = .table
            case "table_header": self = .tableHeader
            case "table_row": self = .tableRow
            case "code_block": self = .codeBlock
            case "html_block": self = .htmlBlock
            case "thematic_break": self = .thematicBreak
            default: self = .other
            }
        }
    }

    /// Kinds by cmark type value (block and inline types, extensions' included, are numbered below 0x100
    /// within their class); `nil` until first seen.
    private var kinds = [NodeKind?](repeating: nil, count: 512)

    mutating func kind(_ node: OpaquePointer) -> NodeKind {
        let raw = cmark_node_get_type(node).rawValue
        let slot = Int(raw & 0xFF) | (raw & 0x4000 != 0 ? 0x100 : 0)
        guard raw & 0x3F00 == 0 else { return NodeKind(name: MarkdownBlockReader.type(node)) }
        if let known = kinds[slot] { return known }
        let found = NodeKind(name: MarkdownBlockReader.type(node))
        kinds[slot] = found
        return found
    }

    /// Reads `text` (front matter already blanked out, so line numbers are the file's).
    static func read(_ text: String, source: MarkdownSource) -> (blocks: [MarkdownBlock], notes: [ParseNote]) {
        var reader = MarkdownBlockReader(source: source)
        reader.parse(text)
        reader.scanner.finish()
        return (reader.blocks, reader.scanner.notes + reader.inlineNotes)
    }

    /// cmark-gfm's inline parser keeps its table of special characters in a global, which each parse with
    /// extensions changes and restores (github/cmark-gfm#176): two parses at once on two threads can lose the
    /// autolink or strikethrough characters, and links. Parses are taken one at a time.
    static let cmarkLock = SystemLock()

    /// Parses `text` with cmark-gfm and reads its blocks (the tag scanner is left unfinished).
    mutating func parse(_ text: String) {
        _ = MarkdownBlockReader.registered
        // Attaching an extension adds its characters to the global table and freeing the parser takes them out,
        // so the lock is held from the parser's creation to its end.
        MarkdownBlockReader.cmarkLock.lock()
        var parsed: OpaquePointer?
        if let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) {
            for name in ["table", "strikethrough", "autolink", "tasklist"] {
                if let ext = cmark_find_syntax_extension(name) { _ = cmark_parser_attach_syntax_extension(parser, ext) }
            }
            var text = text
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
            parsed = cmark_parser_finish(parser)
            cmark_parser_free(parser)
        }
        MarkdownBlockReader.cmarkLock.unlock()
        guard let document = parsed else { return }
        defer { cmark_node_free(document) }
        readDocument(document)
    }

    /// Where each block of a text read a segment at a time came from.
    struct Layout {
        /// Per block: its segment's id and its position among the segment's blocks.
        var origins: [MarkdownParseMemo.BlockOrigin] = []
        /// Per block: the position of its segment in the text.
        var occurrence: [Int] = []
        /// Per segment of the text, in order: its id and first line.
        var segments: [(id: Int, firstLine: Int)] = []
    }

    /// Reads `body` a segment at a time (`MarkdownSegments`), each segment once per `memo`: the same blocks and
    /// notes as `read(_:source:)`, or nil where the body cannot be cut or an HTML element stays open across a
    /// cut (read it whole then).
    static func read(segmentsOf body: String, memo: MarkdownParseMemo) -> (blocks: [MarkdownBlock], notes: [ParseNote], layout: Layout)? {
        read(segmentsOf: body, from: body.startIndex, lineOffset: 0, memo: memo)
    }

    /// The body from `start` in `text`, its first line being line `lineOffset + 1` (the text after front
    /// matter, without copying it).
    static func read(
        segmentsOf text: String, from start: String.Index, lineOffset: Int, memo: MarkdownParseMemo
    ) -> (blocks: [MarkdownBlock], notes: [ParseNote], layout: Layout)? {
        var text = text
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: start)
        return text.withUTF8 { whole -> (blocks: [MarkdownBlock], notes: [ParseNote], layout: Layout)? in
            let bytes = UnsafeBufferPointer(rebasing: whole[offset...])
            // The segments found from the last body's where there is one (the same segments: `SegmentEdits`), with
            // the readings of those that kept their bytes.
            let last = memo.lastBody()
            var segments: [MarkdownSegments.Segment]
            var same: [Int?]?
            if let last, let edited = last.bytes.withUnsafeBufferPointer({
                MarkdownSegments.split(bytes: bytes, after: $0, segments: last.segments)
            }) {
                (segments, same) = edited
            } else {
                guard let split = MarkdownSegments.split(bytes: bytes) else { return nil }
                segments = split
            }
            let asSplit = segments
            for i in segments.indices { segments[i].firstLine += lineOffset }
            var blocks: [MarkdownBlock] = []
            var tagNotes: [ParseNote] = []
            var inlineNotes: [ParseNote] = []
            var layout = Layout()
            // A segment read before at another line is moved there, unless it has notes: their messages name
            // lines, so it is read again where it now is.
            func movable(_ known: MarkdownParseMemo.SegmentRead, to line: Int) -> Bool {
                known.firstLine == line || known.tagNotes.isEmpty && known.inlineNotes.isEmpty
            }
            var reads: [MarkdownParseMemo.SegmentRead?] = Array(repeating: nil, count: segments.count)
            if let last, let same {
                for k in segments.indices {
                    guard let o = same[k], movable(last.reads[o], to: segments[k].firstLine) else { continue }
                    reads[k] = last.reads[o]
                }
            }
            // The others by their bytes.
            var keys: [MarkdownParseMemo.ContentKey?] = Array(repeating: nil, count: segments.count)
            var asked: [MarkdownParseMemo.ContentKey] = []
            for k in segments.indices where reads[k] == nil {
                let key = MarkdownParseMemo.ContentKey(UnsafeBufferPointer(rebasing: bytes[segments[k].bytes]))
                keys[k] = key
                asked.append(key)
            }
            let found = asked.isEmpty ? [] : memo.segments(asked)
            var next = 0
            for (k, segment) in segments.enumerated() {
                var read: MarkdownParseMemo.SegmentRead
                if let known = reads[k] {
                    read = known
                } else if let known = found[next], movable(known, to: segment.firstLine) {
                    next += 1
                    read = known
                } else {
                    next += 1
                    let key = keys[k]!
                    // Read where it is: the lines before it stand as blank lines, so every line number (in notes'
                    // messages too) is the body's.
                    let text = String(decoding: key.bytes, as: UTF8.self)
                    var reader = MarkdownBlockReader(source: MarkdownSource(text, offset: segment.firstLine - 1))
                    reader.parse(text)
                    let closed = reader.scanner.depth == 0
                    reader.scanner.finish()
                    read = memo.store(key, MarkdownParseMemo.SegmentRead(
                        id: 0, firstLine: segment.firstLine, blocks: reader.blocks, tagNotes: reader.scanner.notes,
                        inlineNotes: reader.inlineNotes, endsClosed: closed))
                }
                if !read.endsClosed && k < segments.count - 1 { return nil }
                reads[k] = read
                let d = segment.firstLine - read.firstLine
                layout.segments.append((read.id, segment.firstLine))
                if d == 0 {
                    blocks += read.blocks
                } else {
                    for block in read.blocks { blocks.append(block.shifted(by: d)) }
                }
                for index in read.blocks.indices {
                    layout.origins.append(MarkdownParseMemo.BlockOrigin(segment: read.id, index: index))
                }
                layout.occurrence += repeatElement(k, count: read.blocks.count)
                tagNotes += read.tagNotes
                inlineNotes += read.inlineNotes
            }
            // (Copied at once: `Array(bytes)` copies a byte at a time.)
            let copy = [UInt8](unsafeUninitializedCapacity: bytes.count) { to, count in
                if let from = bytes.baseAddress, let base = to.baseAddress { memcpy(base, from, bytes.count) }
                count = bytes.count
            }
            memo.store(lastBody: MarkdownParseMemo.LastBody(bytes: copy, segments: asSplit, reads: reads.map { $0! }))
            return (blocks, tagNotes + inlineNotes, layout)
        }
    }

    static func newInlineScanner() -> HTMLTagScanner {
        var scanner = HTMLTagScanner()
        scanner.isInline = true
        return scanner
    }

    static func type(_ node: OpaquePointer) -> String {
        guard let t = cmark_node_get_type_string(node) else { return "" }
        return String(cString: t)
    }

    /// cmark writes through all three out-pointers, so they must be real.
    static func isFenced(_ node: OpaquePointer) -> Bool {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(node, &length, &offset, &character) != 0
    }

    static func literal(_ node: OpaquePointer) -> String {
        guard let l = cmark_node_get_literal(node) else { return "" }
        return String(cString: l)
    }

    // MARK: - Top level

    mutating func readDocument(_ document: OpaquePointer) {
        var top: [(node: OpaquePointer, type: String, line: Int)] = []
        var child = cmark_node_first_child(document)
        while let c = child {
            top.append((c, MarkdownBlockReader.type(c), line(of: c)))
            child = cmark_node_next(c)
        }
        var i = 0
        while i < top.count {
            let (node, type, startLine) = top[i]
            lastLine = startLine
            guard type == "html_block" else {
                readSubtree(node)
                i += 1
                continue
            }
            // An HTML region: this block, and following HTML or indented-code blocks while its elements are open.
            let baseline = scanner.depth
            var last = i
            scanner.scan(source.text[lineSpan(top, i)], line: startLine)
            while scanner.depth > baseline, last + 1 < top.count,
                top[last + 1].type == "html_block" || isIndentedCode(top[last + 1].node)
            {
                last += 1
                scanner.scan(source.text[lineSpan(top, last)], line: top[last].line)
            }
            let endLine = blockEndLine(top, last)
            let html = source.text[lineSpan(from: startLine, to: endLine)]
            blocks += HTMLBlockReader.read(String(html), firstLine: startLine, source: source)
            i = last + 1
        }
    }

    func isIndentedCode(_ node: OpaquePointer) -> Bool {
        MarkdownBlockReader.type(node) == "code_block" && MarkdownBlockReader.isFenced(node) == false
    }

    /// The last non-blank line before the next top-level block (cmark's end lines of HTML blocks are unreliable).
    func blockEndLine(_ top: [(node: OpaquePointer, type: String, line: Int)], _ i: Int) -> Int {
        var end = i + 1 < top.count ? top[i + 1].line - 1 : source.lineCount
        while end > top[i].line && source.isBlank(end) { end -= 1 }
        return Swift.max(end, top[i].line)
    }

    func lineSpan(_ top: [(node: OpaquePointer, type: String, line: Int)], _ i: Int) -> Range<String.Index> {
        lineSpan(from: top[i].line, to: blockEndLine(top, i))
    }

    func lineSpan(from first: Int, to last: Int) -> Range<String.Index> {
        source.span(from: first, to: last)
    }

    // MARK: - Subtrees

    private struct ItemBuilder {
        var lines: [MarkdownLine] = []
        var children: [MarkdownItem] = []
        var start: SourcePosition
    }

    private struct TableBuilder {
        var rows: [[MarkdownLine]] = []
        var row: [MarkdownLine] = []
        /// Text under a bold name in a cell (`**Lead Illustrator**<br>Drew maps.`): a description, put after the row's cells.
        var descriptions: [MarkdownLine] = []
        var header = false
    }

    /// Walks one top-level block with cmark's iterator (no recursion, whatever the nesting).
    mutating func readSubtree(_ root: OpaquePointer) {
        guard let iter = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iter) }
        var collector: MarkdownLineCollector?
        var collectorKind = NodeKind.other
        var headingLevel = 0
        // Lists: one item stack; lists beyond the depth bound are not pushed.
        var items: [ItemBuilder] = []
        var listItems: [[MarkdownItem]] = []
        var ignoredLists = 0
        var table: TableBuilder?
        var imageDepth = 0
        var imageAlt = ""

        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = kind(node)
            let entering = event == CMARK_EVENT_ENTER
            let line = line(of: node)

            if collector != nil, !(type == .paragraph || type == .heading || type == .tableCell) || collectorKind != type {
                // Inline content.
                switch type {
                case .text, .code:
                    if entering && imageDepth == 0, let literal = cmark_node_get_literal(node) {
                        collector?.append(cString: literal)
                    } else if entering, imageDepth > 0, let literal = cmark_node_get_literal(node) {
                        imageAlt += String(cString: literal)
                    }
                case .softbreak, .linebreak:
                    if entering { collector?.breakLine() }
                case .htmlInline:
                    if entering {
                        let html = MarkdownBlockReader.literal(node)
                        inlineScanner.scan(html[...], line: line, column: max(1, Int(cmark_node_get_start_column(node))))
                        inlineHTML(html, into: &collector)
                    }
                case .emph, .strong, .strikethrough:
                    if type != .strikethrough { collector?.emphasis += entering ? 1 : -1 }
                case .link:
                    if entering {
                        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                        collector?.beginLink(url: url)
                    } else {
                        collector?.endLink()
                    }
                case .image:
                    imageDepth += entering ? 1 : -1
                    if !entering, imageDepth == 0 {
                        collector?.addImage(alt: imageAlt)
                        imageAlt = ""
                    }
                default:
                    break
                }
                continue
            }

            switch type {
            case .paragraph, .heading, .tableCell:
                if entering {
                    collector = MarkdownLineCollector(source: source, line: line)
                    collectorKind = type
                    headingLevel = type == .heading ? Int(cmark_node_get_heading_level(node)) : 0
                    continue
                }
                let lines = collector?.finish() ?? []
                collector = nil
                inlineScanner.finish()
                inlineNotes += inlineScanner.notes
                inlineScanner = MarkdownBlockReader.newInlineScanner()
                if type == .tableCell {
                    let l = line > 0 ? line : 1
                    if let first = lines.first, first.isEmphasised, lines.count > 1, !lines.dropFirst().contains(where: \.isEmphasised) {
                        // `**Lead Illustrator**<br>Drew maps for walking guides.`: the bold line names, the rest describes.
                        table?.row.append(first)
                        var description = joined(lines[1], lines.dropFirst(2))
                        description.field = .detail
                        table?.descriptions.append(description)
                    } else {
                        table?.row.append(lines.first.map { joined($0, lines.dropFirst()) } ?? MarkdownLine(text: "", source: source.range(lines: l, l)))
                    }
                } else if !items.isEmpty {
                    items[items.count - 1].lines += lines
                } else if type == .heading, let first = lines.first {
                    blocks.append(.heading(level: headingLevel, line: joined(first, lines.dropFirst())))
                } else if !lines.isEmpty {
                    blocks.append(.paragraph(lines))
                }
            case .list:
                if entering {
                    if listItems.count < MarkdownBlockReader.maximumListDepth { listItems.append([]) } else { ignoredLists += 1 }
                } else if ignoredLists > 0 {
                    ignoredLists -= 1
                } else if let done = listItems.popLast() {
                    if !items.isEmpty {
                        items[items.count - 1].children += done
                    } else if !done.isEmpty {
                        blocks.append(.list(done))
                    }
                }
            case .item, .tasklist:
                guard ignoredLists == 0 || !entering else { continue }
                if entering {
                    if items.count < listItems.count {
                        let column = Int(cmark_node_get_start_column(node))
                        items.append(ItemBuilder(start: SourcePosition(line: line, column: source.column(line: line, byte: column))))
                    }
                } else if ignoredLists == 0, items.count == listItems.count, let item = items.popLast() {
                    let end = item.lines.last?.source.end ?? item.children.last?.source.end ?? item.start
                    let built = MarkdownItem(lines: item.lines, children: item.children, source: SourceRange(start: item.start, end: Swift.max(end, item.start)))
                    if !built.lines.isEmpty || !built.children.isEmpty { listItems[listItems.count - 1].append(built) }
                }
            case .table:
                if entering { table = TableBuilder() } else if let t = table {
                    if !t.rows.isEmpty { blocks.append(.table(rows: t.rows, header: t.header)) }
                    table = nil
                }
            case .tableHeader, .tableRow:
                if entering {
                    table?.row = []
                    table?.descriptions = []
                    if type == .tableHeader && table?.rows.isEmpty == true { table?.header = true }
                } else if let row = table?.row {
                    let descriptions = table?.descriptions ?? []
                    table?.rows.append(row + descriptions)
                }
            case .codeBlock:
                guard entering else { continue }
                let code = MarkdownBlockReader.literal(node)
                let lines = codeLines(code, firstLine: line + (MarkdownBlockReader.isFenced(node) ? 1 : 0))
                if !items.isEmpty { items[items.count - 1].lines += lines } else if !lines.isEmpty { blocks.append(.paragraph(lines)) }
            case .htmlBlock:
                guard entering else { continue }
                let html = MarkdownBlockReader.literal(node)
                scanner.scan(html[...], line: line)
                let read = HTMLBlockReader.read(html, firstLine: line, source: source)
                if !items.isEmpty {
                    for block in read {
                        switch block {
                        case .paragraph(let lines): items[items.count - 1].lines += lines
                        case .heading(_, let l), .term(let l): items[items.count - 1].lines.append(l)
                        case .list(let more): items[items.count - 1].children += more
                        default: break
                        }
                    }
                } else {
                    blocks += read
                }
            case .thematicBreak:
                if entering && items.isEmpty { blocks.append(.rule(source.range(lines: line, line))) }
            default:
                break
            }
        }
    }

    func joined(_ first: MarkdownLine, _ rest: ArraySlice<MarkdownLine>) -> MarkdownLine {
        var line = first
        for other in rest {
            line.text += " " + other.text
            line.links += other.links
            line.isEmphasised = line.isEmphasised && other.isEmphasised
            line.source = line.source.union(other.source)
        }
        return line
    }

    func codeLines(_ code: String, firstLine: Int) -> [MarkdownLine] {
        var lines: [MarkdownLine] = []
        var n = firstLine
        for raw in code.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = MarkdownSource.clean(String(raw))
            if !text.isEmpty { lines.append(MarkdownLine(text: text, source: source.range(lines: n, n))) }
            n += 1
        }
        return lines
    }

    /// Inline HTML inside a paragraph: `<br>` breaks the line, `<a href>` opens a link, `</a>` closes it.
    func inlineHTML(_ html: String, into collector: inout MarkdownLineCollector?) {
        var tag = html.lowercased().dropFirst().prefix(while: { $0 != ">" && !$0.isWhitespace })
        if tag.hasSuffix("/") { tag = tag.dropLast() }
        switch tag {
        case "br":
            let current = collector?.line
            collector?.breakLine(nextLine: current)
        case "a":
            collector?.beginLink(url: MarkdownBlockReader.attribute("href", in: html) ?? "")
        case "/a":
            collector?.endLink()
        case "b", "strong", "em", "i":
            collector?.emphasis += 1
        case "/b", "/strong", "/em", "/i":
            let depth = collector?.emphasis ?? 1
            collector?.emphasis = Swift.max(0, depth - 1)
        case "span", "/span", "div", "/div", "p", "/p", "td", "/td", "th", "/th", "li", "/li", "time", "/time":
            // Elements side by side are separate texts (`<span>Acme Ltd</span><span>Jan 2017 - Jun 2019</span>`).
            collector?.append(" ")
        default:
            break
        }
    }

    /// The value of an attribute in one start tag (`<a class="x" href='y'>`), quoted or not.
    static func attribute(_ name: String, in tag: String) -> String? {
        let scalars = Array(tag.unicodeScalars)
        let wanted = Array(name.lowercased().unicodeScalars)
        var i = 0
        while i < scalars.count {
            // Find the attribute name followed by `=`.
            if i > 0, scalars[i - 1] == " " || scalars[i - 1] == "\t" || scalars[i - 1] == "\n", i + wanted.count < scalars.count {
                var matches = true
                for k in 0..<wanted.count where Character(scalars[i + k]).lowercased() != String(wanted[k]) { matches = false; break }
                var j = i + wanted.count
                while matches, j < scalars.count, scalars[j] == " " { j += 1 }
                if matches, j < scalars.count, scalars[j] == "=" {
                    j += 1
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    guard j < scalars.count else { return nil }
                    var value = ""
                    if scalars[j] == "\"" || scalars[j] == "'" {
                        let q = scalars[j]
                        j += 1
                        while j < scalars.count, scalars[j] != q { value.unicodeScalars.append(scalars[j]); j += 1 }
                    } else {
                        while j < scalars.count, scalars[j] != " ", scalars[j] != ">" { value.unicodeScalars.append(scalars[j]); j += 1 }
                    }
                    return HTMLText.decodeEntities(value)
                }
            }
            i += 1
        }
        return nil
    }
}

extension MarkdownSource {
    /// The column (in Unicode scalars) of a 1-based byte column of a line.
    func column(line n: Int, byte: Int) -> Int {
        guard byte > 1 else { return 1 }
        // One column for each scalar that starts before the byte.
        var column = 1
        for b in line(n).utf8.prefix(byte - 1) where b & 0xC0 != 0x80 { column += 1 }
        return column
    }
}

/// A mutex for code that must not run on two threads at once and cannot be a closure (a C library's calls).
final class SystemLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
}
