/// Where the hint of a LaTeX macro's argument puts its text: the macro table knows which argument of `\cventry`
/// is the title and which the organisation; the shared reader (`EntryFields`) adds this to its content scores.
enum EntryFieldHint: Sendable, Hashable {
    case title, organisation, location, dates
    /// One argument of a macro whose field is not known (a user's own definition): one field, or a field and places.
    case argument
    /// Text that describes rather than names (`**Lead Illustrator**<br>Drew maps.` in a Markdown table cell): no field.
    case detail

    /// A byte naming the hint in memo keys.
    var code: UInt8 {
        switch self {
        case .title: 1
        case .organisation: 2
        case .location: 3
        case .dates: 4
        case .argument: 5
        case .detail: 6
        }
    }
}

/// Lays a LaTeX document out as the blocks a reader sees (headings, paragraphs, lists, tables), which the Markdown
/// reader's section and entry reading (`MarkdownCVParser`, `MarkdownCueLines`, `EntryFinder`) then reads like any
/// other CV. It reads the tree of `LaTeXSyntax`:
///
/// - `\section`, `\subsection` (starred too), `\cvsection`, `\cvsubsection` are headings; `itemize`, `enumerate`,
///   `cvitems` with `\item` are lists (nested by depth); `tabular` rows (`&` cells, `\\` row ends) are tables;
///   `\\` ends a line, a blank line a paragraph; `\hfill` parts a line into columns (` | `); `\textbf`,
///   `\textit`, `\emph`, `{\bf …}` are emphasis, and a bold run next to an italic one is a field boundary.
/// - The macros of the common CV classes (`LaTeXMacros`) become table rows whose cells carry the field each
///   argument holds (moderncv and Awesome-CV `\cventry`, Jake's `\resumeSubheading`, altacv `\cvevent`,
///   friggeri `\entry`), `Label: items` lines (`\cvitem`, `\cvskill`) or list items (`\cvlistitem`,
///   `\resumeItem`). Where the user defines such a macro himself, the cells carry no field: the order of his
///   arguments is his own, and the reader's content scores decide.
/// - Simple user macros (`\newcommand`, `\renewcommand`, `\def`) are expanded, within a budget of expansions and
///   of nodes read, so no definition blows up or loops.
/// - `\input`, `\include`, `\subfile` and `\import` are read where they stand through `LaTeXFiles`; what is not
///   followed is named in a note.
/// - The preamble (before `\begin{document}`) gives definitions and the person (`\name`, `\email`, `\position` …),
///   no text. Nothing is executed: `\write18` and every other command is only read.
struct LaTeXLayout {
    typealias Node = LaTeXSyntax.Node

    struct Macro {
        var arity: Int
        var defaultArgument: [Node]?
        var body: [Node]
    }

    /// Shared by the layouts of inline texts (a heading's argument): one budget for the whole document.
    final class Budget {
        var nodes = 0
        var expansions = 0
        static let maximumNodes = 500_000
        static let maximumExpansions = 20_000
        /// No more nodes are read: the rest of the document is dropped.
        var exhausted: Bool { nodes > Self.maximumNodes }
        /// No more macros are expanded: the text around them is still read.
        var expansionsExhausted: Bool { expansions > Self.maximumExpansions }
    }

    struct Style: Equatable {
        var bold = false
        var italic = false
        var emphasised: Bool { bold || italic }
    }

    /// The line being written.
    struct LineBuilder {
        /// The line's UTF-8 bytes: appended to without a `String` per word, collapsed once when the line ends.
        var text: [UInt8] = []
        var first: Int?
        var last = 0
        var emphasisedLetters = 0
        var plainLetters = 0
        var links: [MarkdownLink] = []
        var pendingSpace = false
        var lastStyle = Style()
        var styledGroupEnded = false
        var separator = false
        /// A `\hfill` parts the line into columns.
        var columns = false
        /// Texts set in a style of their own (`{\sl Title}`): each is one unit the author set apart.
        var styledRuns: [String] = []
        var field: EntryFieldHint?

        var isEmpty: Bool { text.isEmpty }

        /// Writes a text in a style: after a space, a column gap or a field boundary (` | `) as the line calls for.
        mutating func write(_ text: String, at offset: Int, style: Style) {
            guard !text.isEmpty else { return }
            if first == nil { first = offset }
            last = offset
            if !self.text.isEmpty {
                if separator {
                    self.text.append(contentsOf: [0x20, 0x7C, 0x20])
                } else if styledGroupEnded, style.emphasised, lastStyle.emphasised, style != lastStyle {
                    // `\textbf{Acme} \textit{Engineer}`: two fields set apart by their styles.
                    self.text.append(contentsOf: [0x20, 0x7C, 0x20])
                } else if pendingSpace, self.text.last != 0x20 {
                    self.text.append(0x20)
                }
            }
            separator = false
            pendingSpace = false
            styledGroupEnded = false
            // On the string's contiguous bytes (a native string's always are): no iterator per byte, one copy.
            if text.utf8.withContiguousStorageIfAvailable({ writeBytes($0, style: style) }) == true { return }
            var letters = 0
            for b in text.utf8 where LineBuilder.countsAsLetter(b) { letters += 1 }
            count(letters, style: style)
            if !self.text.isEmpty {
                self.text.append(contentsOf: text.utf8)
            } else if text.utf8.allSatisfy({ $0 < 0x80 }) {
                self.text.append(contentsOf: text.utf8.drop(while: { $0 == 0x20 }))
            } else {
                // (A space may carry a combining mark: dropped by characters.)
                self.text.append(contentsOf: String(text.drop(while: { $0 == " " })).utf8)
            }
        }

        /// Letters and digits (a character beyond ASCII counts once: by its lead byte).
        @inline(__always)
        static func countsAsLetter(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0xC0 }

        mutating func count(_ letters: Int, style: Style) {
            if letters > 0 {
                if style.emphasised { emphasisedLetters += letters } else { plainLetters += letters }
                lastStyle = style
            }
        }

        /// `write`'s text on its bytes; false (nothing done) for a text beyond ASCII that starts the line with a
        /// space, whose leading spaces are dropped by characters.
        mutating func writeBytes(_ b: UnsafeBufferPointer<UInt8>, style: Style) -> Bool {
            var letters = 0
            var high: UInt8 = 0
            for x in b {
                high |= x
                letters &+= LineBuilder.countsAsLetter(x) ? 1 : 0
            }
            if text.isEmpty, high >= 0x80, b.first == 0x20 { return false }
            count(letters, style: style)
            if text.isEmpty {
                var s = 0
                while s < b.count, b[s] == 0x20 { s += 1 }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: b[s...]))
            } else {
                text.append(contentsOf: b)
            }
            return true
        }

        /// The line as a reader sees it (collapsed), nil when it holds no text. (The layout's line starts, not the
        /// layout: a method reference to `range` would copy the whole layout at each line.)
        func finished(lineStarts: [Int], fixedLine: Int?) -> MarkdownLine? {
            let collapsed = text.withUnsafeBufferPointer { LaTeXLayout.collapse(bytes: $0) }
            guard !collapsed.isEmpty, let first else { return nil }
            return MarkdownLine(
                text: collapsed, links: links, isEmphasised: emphasisedLetters > 0 && plainLetters == 0,
                source: LaTeXLayout.range(first, last, lineStarts: lineStarts, fixedLine: fixedLine))
        }
    }

    struct ListFrame {
        var items: [MarkdownItem] = []
        var itemOpen = false
    }

    struct TableFrame {
        var rows: [[MarkdownLine]] = []
        var cells: [MarkdownLine] = []
        /// Lists written inside a cell (`\multicolumn{2}{X}{\begin{itemize} … }`): given after the table's rows, as
        /// the lines under them, not before them.
        var lists: [[MarkdownItem]] = []
        /// How many lists were open when the table began: deeper ones were begun inside a cell.
        var listDepth = 0
    }

    struct Person {
        var first: String?
        var last: String?
        var label: String?
        var contacts: [(String, MarkdownLink?)] = []
        var offset = 0
    }

    // Input
    var macros: [String: Macro] = [:]
    /// The user's own environments (`\newenvironment{name}[n]{begin}{end}`): what `\begin{name}` and `\end{name}` stand for.
    var environments: [String: (begin: Macro, end: [Node])] = [:]
    var documentClass = ""
    let lineStarts: [Int]
    var files: LaTeXIncludes?
    let budget: Budget

    // State
    var style = Style()
    var line = LineBuilder()
    var paragraph: [MarkdownLine] = []
    var lists: [ListFrame] = []
    var tables: [TableFrame] = []
    var suppressed = false
    var stopped = false
    /// Inside an included file: every range is that of the `\input` line.
    var fixedLine: Int?
    /// The last block is a row of columns whose paragraph goes on.
    var rowOpen = false
    /// The organisation of the last CV macro entry since the last heading.
    var previousOrganisation: String?
    var depth = 0
    /// A Europass entry (`\ecvtitle`) is open since the last heading: its `\ecvitem{}{…}` lines are its text.
    var europassEntryOpen = false
    /// The style at each open user environment's `\begin`, given back at its `\end` (an environment is a group).
    var environmentStyles: [(name: String, style: Style)] = []

    // Output
    var blocks: [MarkdownBlock] = []
    var person = Person()
    var notes: [ParseNote] = []

    init(text: String, files: LaTeXIncludes?, budget: Budget = Budget()) {
        // On the contiguous bytes (a loop over `utf8` costs several times as much).
        var copy = text
        lineStarts = copy.withUTF8 { bytes in
            var starts = [0]
            for i in bytes.indices where bytes[i] == 0x0A { starts.append(i + 1) }
            return starts
        }
        self.files = files
        self.budget = budget
    }

    /// A layout of an inline text (a heading, a cell) with the definitions of this one.
    func inlineLayout() -> LaTeXLayout {
        var sub = LaTeXLayout(lineStarts: lineStarts, budget: budget)
        sub.macros = macros
        sub.environments = environments
        sub.documentClass = documentClass
        sub.fixedLine = fixedLine
        sub.depth = depth
        sub.style = style
        return sub
    }

    private init(lineStarts: [Int], budget: Budget) {
        self.lineStarts = lineStarts
        self.budget = budget
    }

    // MARK: - Reading a document

    /// Reads the whole document.
    mutating func read(_ text: String) {
        let nodes = LaTeXSyntax.parse(text)
        suppressed = text.utf8.containsBytes(of: "\\begin{document}")
        run(nodes)
        finish()
    }

    mutating func finish() {
        endLine()
        closeLists()
        flushParagraph()
        if !tables.isEmpty {
            while !tables.isEmpty { endTable() }
        }
        blocks = personBlocks() + blocks
    }

    /// The person's name as a top heading, the headline and the contact lines: the header a reader sees.
    func personBlocks() -> [MarkdownBlock] {
        var out: [MarkdownBlock] = []
        let range = self.range(person.offset, person.offset)
        let name = [person.first, person.last].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if !name.isEmpty { out.append(.heading(level: 1, line: MarkdownLine(text: name, source: range))) }
        var lines: [MarkdownLine] = []
        if let label = person.label, !label.isEmpty {
            lines.append(MarkdownLine(text: label, isEmphasised: true, source: range))
        }
        for (text, link) in person.contacts where !text.isEmpty {
            lines.append(MarkdownLine(text: text, links: link.map { [$0] } ?? [], source: range))
        }
        if !lines.isEmpty { out.append(.paragraph(lines)) }
        return out
    }

    // MARK: - Source ranges

    func lineNumber(_ offset: Int) -> Int { Self.lineNumber(offset, lineStarts: lineStarts, fixedLine: fixedLine) }

    func range(_ from: Int, _ to: Int) -> SourceRange { Self.range(from, to, lineStarts: lineStarts, fixedLine: fixedLine) }

    static func lineNumber(_ offset: Int, lineStarts: [Int], fixedLine: Int?) -> Int {
        if let fixedLine { return fixedLine }
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    static func range(_ from: Int, _ to: Int, lineStarts: [Int], fixedLine: Int?) -> SourceRange {
        let a = lineNumber(from, lineStarts: lineStarts, fixedLine: fixedLine)
        return SourceRange(lines: a, max(a, lineNumber(to, lineStarts: lineStarts, fixedLine: fixedLine)))
    }

    // MARK: - Walking the tree

    mutating func run(_ nodes: [Node]) {
        var k = 0
        while k < nodes.count, !stopped {
            budget.nodes += 1
            if budget.exhausted { return }
            let node = nodes[k]
            k += 1
            switch node {
            case .text(let t, let o):
                append(t, at: o)
            case .space:
                line.pendingSpace = true
            case .par:
                paragraphBreak()
            case .cell(let o):
                if !tables.isEmpty { endCell() } else { separate(at: o) }
            case .parameter, .optional:
                break
            case .group(let children, _):
                // A group keeps its style changes (`{\bf …}`) to itself.
                styled(children, style)
            case .command(let name, let o):
                command(name, at: o, nodes, &k)
            }
        }
    }

    // MARK: - Arguments

    /// The next `count` brace groups after `k` (spaces and optional arguments skipped), as their children; fewer
    /// when fewer follow.
    static func arguments(_ nodes: [Node], _ k: inout Int, count: Int) -> [[Node]] {
        var out: [[Node]] = []
        while out.count < count {
            var j = k
            while j < nodes.count {
                if case .space = nodes[j] { j += 1; continue }
                if case .optional = nodes[j] { j += 1; continue }
                break
            }
            guard j < nodes.count, case .group(let children, _) = nodes[j] else { break }
            out.append(children)
            k = j + 1
        }
        return out
    }

    /// Every brace group that follows `k` directly (up to `maximum`).
    static func greedyArguments(_ nodes: [Node], _ k: inout Int, maximum: Int) -> [[Node]] {
        arguments(nodes, &k, count: maximum)
    }

    /// The optional arguments right after `k`.
    static func optionals(_ nodes: [Node], _ k: inout Int) -> [[Node]] {
        var out: [[Node]] = []
        while k < nodes.count, case .optional(let children, _) = nodes[k] {
            out.append(children)
            k += 1
        }
        return out
    }

    /// The text of nodes with no layout: for names of files, environments and colours.
    static func raw(_ nodes: [Node]) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let t, _): out += t
            case .space: out += " "
            case .group(let c, _), .optional(let c, _): out += raw(c)
            case .command(let name, _): out += "\\" + name
            default: break
            }
        }
        return out.trimmingCharacters(in: " ")
    }

    /// Nodes laid out as one line of text: its text, links and whether it is emphasised.
    func inline(_ nodes: [Node]) -> MarkdownLine? {
        if let line = inlineOfPlainText(nodes) { return line }
        return inlineLaidOut(nodes)
    }

    /// `inline` through a layout of its own: any nodes (lists, tables, styles, line breaks).
    func inlineLaidOut(_ nodes: [Node]) -> MarkdownLine? {
        var sub = inlineLayout()
        sub.run(nodes)
        sub.endLine()
        sub.closeLists()
        sub.flushParagraph()
        while !sub.tables.isEmpty { sub.endTable() }
        var lines: [MarkdownLine] = []
        for block in sub.blocks {
            switch block {
            case .heading(_, let l), .term(let l): lines.append(l)
            case .paragraph(let ls): lines += ls
            case .list(let items): lines += items.flatMap(\.lines)
            case .table(let rows, _): lines += rows.map { row in
                var l = row[0]
                l.text = row.map(\.text).filter { !$0.isEmpty }.joined(separator: " | ")
                return l
            }
            case .rule: break
            }
        }
        guard var first = lines.first else { return nil }
        if lines.count > 1 {
            first.text = lines.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
            first.links = lines.flatMap(\.links)
            first.isEmphasised = lines.allSatisfy(\.isEmphasised)
            first.source = MarkdownBlock.cover(lines.map(\.source)) ?? first.source
        }
        return first
    }

    func inlineText(_ nodes: [Node]) -> String { inline(nodes)?.text ?? "" }

    /// `inline` of nodes that are only texts, spaces and groups of them (most arguments: `{Acme Labs}`): the line
    /// written straight, without a sub-layout. The answer is the same: such nodes change no style, end no line and
    /// open nothing, and they count against the budget as they would when run. Nil (not known here) for any other
    /// nodes, or when the budget would run out on them; `.some(nil)` for no text.
    func inlineOfPlainText(_ nodes: [Node]) -> MarkdownLine?? {
        var count = 0
        guard Self.plainTextSize(nodes, &count), count <= Budget.maximumNodes - budget.nodes else { return nil }
        budget.nodes += count
        var line = LineBuilder()
        Self.writePlainText(nodes, into: &line, style: style)
        return .some(line.finished(lineStarts: lineStarts, fixedLine: fixedLine))
    }

    /// Whether the nodes are only texts, spaces and groups of them; `count` grows by the nodes a run visits.
    static func plainTextSize(_ nodes: [Node], _ count: inout Int) -> Bool {
        for node in nodes {
            count += 1
            switch node {
            case .text, .space: continue
            case .group(let children, _): if !plainTextSize(children, &count) { return false }
            default: return false
            }
        }
        return true
    }

    static func writePlainText(_ nodes: [Node], into line: inout LineBuilder, style: Style) {
        for node in nodes {
            switch node {
            case .text(let t, let o): line.write(t, at: o, style: style)
            case .space: line.pendingSpace = true
            case .group(let children, _): writePlainText(children, into: &line, style: style)
            default: break
            }
        }
    }

    // MARK: - Lines

    mutating func append(_ text: String, at offset: Int) {
        guard !suppressed else { return }
        line.write(text, at: offset, style: style)
    }

    /// Notes the text written since byte `from` as one styled run.
    mutating func noteRun(from: Int) {
        guard from <= line.text.count, line.styledRuns.count < 16 else { return }
        // (A start inside a character, the line having ended since, notes nothing.)
        guard from == line.text.count || line.text[from] & 0xC0 != 0x80 else { return }
        let run = line.text.withUnsafeBufferPointer { Self.collapse(bytes: UnsafeBufferPointer(rebasing: $0[from...])) }
        if run.utf8.count > 3 { line.styledRuns.append(run) }
    }

    /// `\hfill`, `&` outside a table: a column gap.
    mutating func separate(at offset: Int) {
        if !line.text.isEmpty {
            line.separator = true
            line.columns = true
        }
    }

    /// The line written so far, ended.
    mutating func takeLine() -> MarkdownLine? {
        defer {
            // The next line writes into the same buffer.
            var buffer = line.text
            line = LineBuilder()
            buffer.removeAll(keepingCapacity: true)
            line.text = buffer
        }
        return line.finished(lineStarts: lineStarts, fixedLine: fixedLine)
    }

    /// Whitespace collapsed, and separators with nothing on one side dropped.
    static func collapse(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { collapse(bytes: $0) }
    }

    /// `collapse` on UTF-8 bytes, in one pass: words cut at spaces, tabs and line feeds; the separators `|`, `·`, `•`
    /// at either end, and a `|` right after a `|`, dropped; the words joined by one space.
    static func collapse(bytes b: UnsafeBufferPointer<UInt8>) -> String {
        if isCollapsed(b) { return String(decoding: b, as: UTF8.self) }
        func space(_ x: UInt8) -> Bool { x == 0x20 || x == 0x0A || x == 0x09 }
        func isSeparator(_ s: Int, _ e: Int) -> Bool {
            switch e - s {
            case 1: return b[s] == 0x7C
            case 2: return b[s] == 0xC2 && b[s + 1] == 0xB7
            case 3: return b[s] == 0xE2 && b[s + 1] == 0x80 && b[s + 2] == 0xA2
            default: return false
            }
        }
        // The end of the last word that is no separator.
        var hi = b.count
        while hi > 0 {
            var e = hi
            while e > 0, space(b[e - 1]) { e -= 1 }
            var s = e
            while s > 0, !space(b[s - 1]) { s -= 1 }
            if e > s, isSeparator(s, e) { hi = s } else { hi = e; break }
        }
        var out: [UInt8] = []
        out.reserveCapacity(hi)
        var i = 0
        var leading = true
        var lastBar = false
        while i < hi {
            var s = i
            while s < hi, space(b[s]) { s += 1 }
            guard s < hi else { break }
            var e = s
            while e < hi, !space(b[e]) { e += 1 }
            i = e
            if leading, isSeparator(s, e) { continue }
            leading = false
            let bar = e - s == 1 && b[s] == 0x7C
            if bar && lastBar { continue }
            lastBar = bar
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<e]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `collapse` leaves the bytes as they are (most lines): no tab or line feed, no space at either end or
    /// after a space, and no byte of a separator (`|`, and `·` and `•`'s last bytes `B7` and `A2`), so its words are
    /// already joined by one space and none is dropped.
    static func isCollapsed(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previousSpace = false
        for x in b {
            switch x {
            case 0x20:
                if previousSpace { return false }
                previousSpace = true
            case 0x0A, 0x09, 0x7C, 0xB7, 0xA2:
                return false
            default:
                previousSpace = false
            }
        }
        return true
    }

    /// Ends the line: into the open table cell, list item or paragraph.
    mutating func endLine() {
        if let table = tables.last, lists.count <= table.listDepth {
            // Inside a table a line break in a cell is a row end only through `\\` (but in a list begun in a cell).
            return
        }
        let columns = line.columns
        let runs = line.styledRuns
        guard let l = takeLine() else { return }
        if lists.isEmpty, columns, DateParser.hasDate(l.text) {
            // `{\sl Title} \hfill 2019 - 2021`: columns set apart by a gap, one of them a date, are a row.
            flushParagraph()
            let cells = l.text.split(separator: " | ").map { part -> MarkdownLine in
                let text = String(part)
                var cell = l
                cell.text = text
                cell.links = l.links.filter { text.contains($0.text) }
                // A cell set wholly in a style of its own is one field (`Librarian for Research`, `Director, Communications`).
                if runs.contains(text) { cell.field = .argument }
                return cell
            }
            blocks.append(.table(rows: [cells], header: false))
            rowOpen = true
            return
        }
        if lists.isEmpty, rowOpen, paragraph.isEmpty, !DateParser.hasDate(l.text), MarkdownCues.wordCount(l.text) <= 12,
            case .table(let rows, let header) = blocks.last
        {
            // The line under such a row, in the same paragraph (`\\` between), goes with it.
            var under = l
            under.field = .argument
            blocks[blocks.count - 1] = .table(rows: Array(rows.dropLast()) + [rows[rows.count - 1] + [under]], header: header)
            return
        }
        rowOpen = false
        if let last = lists.indices.last, lists[last].itemOpen, !lists[last].items.isEmpty {
            let i = lists[last].items.count - 1
            lists[last].items[i].lines.append(l)
            lists[last].items[i].source = lists[last].items[i].source.union(l.source)
        } else if !lists.isEmpty {
            let last = lists.count - 1
            lists[last].items.append(MarkdownItem(lines: [l], children: [], source: l.source))
            lists[last].itemOpen = true
        } else {
            paragraph.append(l)
        }
    }

    mutating func paragraphBreak() {
        endLine()
        if lists.isEmpty, tables.isEmpty { flushParagraph() }
    }

    mutating func flushParagraph() {
        rowOpen = false
        guard !paragraph.isEmpty else { return }
        blocks.append(.paragraph(paragraph))
        paragraph = []
    }

    /// Emits a block after what is written so far (open lists are emitted up to here and stay open).
    mutating func emit(_ block: MarkdownBlock) {
        endLine()
        flushLists()
        flushParagraph()
        blocks.append(block)
    }

    // MARK: - Lists

    mutating func beginList() {
        endLine()
        if lists.isEmpty { flushParagraph() }
        lists.append(ListFrame())
    }

    mutating func item(label: String?, at offset: Int) {
        endLine()
        if lists.isEmpty {
            flushParagraph()
            lists.append(ListFrame())
        }
        let last = lists.count - 1
        lists[last].items.append(MarkdownItem(lines: [], children: [], source: range(offset, offset)))
        lists[last].itemOpen = true
        // A label that is only a bullet's mark (`\item[--]`, `\item[$\bullet$]`) is no text of the item.
        if let label, !label.isEmpty, !["•", "-", "–", "—", "*", "·", "∙", "◦", "▪", "‣", ">"].contains(label.trimmingCharacters(in: " ")) {
            append(label, at: offset)
        }
    }

    mutating func endList() {
        endLine()
        guard let frame = lists.popLast() else { return }
        guard !frame.items.isEmpty else { return }
        if let parent = lists.indices.last {
            if lists[parent].itemOpen, !lists[parent].items.isEmpty {
                let i = lists[parent].items.count - 1
                lists[parent].items[i].children += frame.items
            } else {
                // A list inside no item (`\resumeSubHeadingListStart` without `\item`): its items stand for the
                // parent's.
                lists[parent].items += frame.items
            }
        } else if !tables.isEmpty {
            tables[tables.count - 1].lists.append(frame.items)
        } else {
            appendList(frame.items)
        }
    }

    /// Adds items to the document: to the list just before when nothing came between.
    mutating func appendList(_ items: [MarkdownItem]) {
        // An item that only held a table (given as its own block) holds nothing now.
        let items = items.filter { !$0.lines.isEmpty || !$0.children.isEmpty }
        guard !items.isEmpty else { return }
        flushParagraph()
        if case .list(let before) = blocks.last {
            blocks[blocks.count - 1] = .list(before + items)
        } else {
            blocks.append(.list(items))
        }
    }

    /// The open lists' items so far, folded into one list block; the frames stay open, empty.
    mutating func flushLists() {
        guard !lists.isEmpty else { return }
        var items: [MarkdownItem] = []
        for k in lists.indices.reversed() {
            var frame = lists[k].items
            if !items.isEmpty {
                if lists[k].itemOpen, !frame.isEmpty {
                    frame[frame.count - 1].children += items
                } else {
                    frame += items
                }
            }
            items = frame
            lists[k].items = []
            lists[k].itemOpen = false
        }
        if !items.isEmpty { appendList(items) }
    }

    mutating func closeLists() {
        while !lists.isEmpty { endList() }
    }

    // MARK: - Tables

    mutating func beginTable() {
        endLine()
        tables.append(TableFrame(listDepth: lists.count))
    }

    mutating func endCell() {
        guard !tables.isEmpty else { return }
        let l = takeLine() ?? MarkdownLine(text: "", source: range(line.first ?? 0, line.last))
        tables[tables.count - 1].cells.append(l)
    }

    mutating func endRow() {
        guard !tables.isEmpty else { return }
        endCell()
        var cells = tables[tables.count - 1].cells
        tables[tables.count - 1].cells = []
        guard let filled = cells.first(where: { !$0.text.isEmpty }) else { return }
        // An empty cell (`& \hfill GPA: 3.9`) has no place of its own: it stands on its row's line, not the file's first.
        for k in cells.indices where cells[k].text.isEmpty { cells[k].source = filled.source }
        Self.joinDateCells(&cells)
        tables[tables.count - 1].rows.append(cells)
    }

    /// `\textbf{2018 Feb.} & Present & Developer` (a column spec that prints a dash between the first two columns):
    /// a cell that is one date and the cell after it that is only a date or a word of the present are one span, not a
    /// date and an employer.
    static func joinDateCells(_ cells: inout [MarkdownLine]) {
        guard cells.count >= 3 else { return }
        var k = 0
        while k + 1 < cells.count {
            let (a, b) = (cells[k].text, cells[k + 1].text)
            if !a.isEmpty, !b.isEmpty, a.utf8.count <= 24, b.utf8.count <= 24, let first = onlyDate(a), first.end == nil || first.end == .date(first.start!),
                DateParser.isPresent(b) || onlyDate(b).map({ $0.end == nil || $0.end == .date($0.start!) }) == true
            {
                cells[k].text = a + " – " + b
                cells[k].links += cells[k + 1].links
                cells[k].source = cells[k].source.union(cells[k + 1].source)
                cells.remove(at: k + 1)
            }
            k += 1
        }
    }

    /// The date a text is and nothing more (`2020 Aug.`, `March 2019`).
    static func onlyDate(_ text: String) -> DateSpan? {
        guard let m = DateParser.findSpan(in: text), m.span.start != nil else { return nil }
        let rest = text[..<m.range.lowerBound] + text[m.range.upperBound...]
        return rest.allSatisfy({ $0 == " " || $0 == "." || $0 == "," }) ? m.span : nil
    }

    mutating func endTable() {
        guard !tables.isEmpty else { return }
        if line.first != nil || !tables[tables.count - 1].cells.isEmpty { endRow() }
        var frame = tables.removeLast()
        defer {
            for items in frame.lists {
                if tables.isEmpty { appendList(items) } else { tables[tables.count - 1].lists.append(items) }
            }
        }
        guard !frame.rows.isEmpty else { return }
        // A row of one cell of prose under the others (`\multicolumn{2}{X}{Applied and was selected …}`) describes the
        // entry above: its text, given after the table, not a row of its fields.
        var prose: [MarkdownLine] = []
        if frame.rows.count >= 2 {
            frame.rows = [frame.rows[0]] + frame.rows.dropFirst().filter { row in
                let cells = row.filter { !$0.text.isEmpty }
                guard cells.count == 1, MarkdownCues.wordCount(cells[0].text) > 14 else { return true }
                prose.append(cells[0])
                return false
            }
        }
        defer {
            if !prose.isEmpty {
                if tables.isEmpty {
                    flushParagraph()
                    blocks.append(.paragraph(prose))
                } else {
                    tables[tables.count - 1].cells += prose
                }
            }
        }
        let width = frame.rows.map { $0.filter { !$0.text.isEmpty }.count }.max() ?? 0
        var lines: [MarkdownLine] = []
        if width <= 1 || !tables.isEmpty {
            // One column, or a table inside another table: each row is a line.
            lines = frame.rows.compactMap { row in
                let cells = row.filter { !$0.text.isEmpty }
                guard var l = cells.first else { return nil }
                l.text = cells.map(\.text).joined(separator: " | ")
                l.links = cells.flatMap(\.links)
                l.isEmphasised = cells.allSatisfy(\.isEmphasised)
                l.source = MarkdownBlock.cover(cells.map(\.source)) ?? l.source
                return l
            }
        }
        if lines.isEmpty {
            emit(.table(rows: frame.rows, header: false))
        } else if !tables.isEmpty {
            tables[tables.count - 1].cells.append(lines.count == 1 ? lines[0] : {
                var l = lines[0]
                l.text = lines.map(\.text).joined(separator: " ")
                return l
            }())
        } else {
            for l in lines {
                if !lists.isEmpty {
                    let last = lists.count - 1
                    if lists[last].itemOpen, !lists[last].items.isEmpty {
                        lists[last].items[lists[last].items.count - 1].lines.append(l)
                    } else {
                        lists[last].items.append(MarkdownItem(lines: [l], children: [], source: l.source))
                        lists[last].itemOpen = true
                    }
                } else {
                    paragraph.append(l)
                }
            }
            if lists.isEmpty { flushParagraph() }
        }
    }

    // MARK: - Entries

    /// An entry of a CV class macro: one table row whose cells carry their fields (`fields: false` for a macro the
    /// user defined himself), then its description read as text.
    mutating func entry(_ cells: [([Node], EntryFieldHint?)], description: [Node]?, fields: Bool, at offset: Int) {
        endLine()
        var row: [MarkdownLine] = []
        for (nodes, hint) in cells {
            var l = inline(nodes) ?? MarkdownLine(text: "", source: range(offset, offset))
            l.field = hint == .dates || hint == nil ? nil : fields ? hint : .argument
            row.append(l)
        }
        for i in row.indices where cells[i].1 == .dates { row[i].text = Self.monthYearDates(row[i].text) }
        if fields, var o = row.firstIndex(where: { $0.field == .organisation }) {
            // moderncv prints title, employer, city and grade on one line: where the employer's argument is empty
            // or only says the kind of contract (`CDI - 3 ans`, `Internship`), the next argument that is not a place
            // names the employer.
            if row[o].text.isEmpty || Self.namesContract(row[o].text),
                let later = row.indices.first(where: {
                    $0 > o && cells[$0].1 != .dates && cells[$0].1 != .title && !row[$0].text.isEmpty && !Self.onlyPlaces(row[$0].text)
                        && !DateParser.hasDate(row[$0].text) && WordClasses.titleScore(row[$0].text) == 0
                })
            {
                if !row[o].text.isEmpty { row[o].text = "" }
                row[o].field = nil
                row[later].field = .organisation
                o = later
            }
        }
        var organisationCell: Int?
        if let t = row.firstIndex(where: { $0.field == .title }), let o = row.firstIndex(where: { $0.field == .organisation }) {
            // People swap the arguments: the organisation's argument names a title and the title's does not.
            if WordClasses.titleScore(row[t].text) == 0, WordClasses.titleScore(row[o].text) > 0 {
                row[t].field = .organisation
                row[o].field = .title
            }
            organisationCell = row.firstIndex(where: { $0.field == .organisation })
        } else if !fields {
            // The same under a user's own definition of the class's macros (`\resumeSubSubheading{Engineer}{2018 --
            // 2020}` under `\resumeSubheading{Acme}…`): the argument the class keeps for the organisation.
            organisationCell = cells.firstIndex(where: { $0.1 == .organisation })
        }
        // moderncv, Awesome-CV and Jake's resume leave the organisation empty under the entry that names it (a second
        // title at the same employer): the entry above names it for this one. (Dates looked for only where they decide:
        // an empty organisation.) Under a user's definition, an argument that names a post is no organisation to pass on.
        if let o = organisationCell {
            if row[o].text.isEmpty, let previous = previousOrganisation, row.contains(where: { DateParser.hasDate($0.text) }) {
                row[o].text = previous
            } else if !row[o].text.isEmpty {
                previousOrganisation = fields || WordClasses.titleScore(row[o].text) == 0 ? row[o].text : nil
            }
        }
        guard row.contains(where: { !$0.text.isEmpty }) else {
            if let description { run(description); paragraphBreak() }
            return
        }
        if !tables.isEmpty {
            // Inside a table (a macro used in a tabular): the cells are one cell.
            append(row.map(\.text).filter { !$0.isEmpty }.joined(separator: " | "), at: offset)
        } else {
            emit(.table(rows: [row], header: false))
        }
        if let description {
            let (blockCount, lineCount) = (blocks.count, paragraph.count)
            run(description)
            endLine()
            if lists.isEmpty {
                // friggeri sets the whole description in italics (`{\emph{Ran the night shift.}}`): the argument is the
                // entry's text, and an emphasised line of it no heading of the entry after it.
                for i in lineCount..<paragraph.count { paragraph[i].isEmphasised = false }
                for b in blockCount..<blocks.count {
                    guard case .paragraph(var lines) = blocks[b], b > blockCount || lineCount == 0 else { continue }
                    for i in lines.indices { lines[i].isEmphasised = false }
                    blocks[b] = .paragraph(lines)
                }
                flushParagraph()
            }
        }
    }

    /// `Berlin, Germany`: every comma part a place. A part led by an acronym (`TU Northfield`, `UC Westbury`) names an
    /// institution in its town, not the town.
    static func onlyPlaces(_ text: String) -> Bool {
        text.split(separator: ",").allSatisfy { part in
            let words = part.split(separator: " ")
            if words.count >= 2, let first = words.first, (2...4).contains(first.count), first.allSatisfy(\.isUppercase) { return false }
            return WordClasses.isPlace(String(part).trimmingCharacters(in: " "))
        }
    }

    /// Words that say the kind of contract, not who it was with.
    static let contractWords: Set<String> = [
        "cdi", "cdd", "stage", "alternance", "intérim", "interim", "freelance", "internship", "intern", "contract", "permanent",
        "temporary", "full-time", "part-time", "praktikum", "werkstudent", "prácticas", "beca", "tirocinio", "apprenticeship",
        "ans", "an", "mois", "years", "year", "months", "month", "jahre", "monate", "años", "meses", "anni", "mesi", "½",
    ]

    /// `CDI - 3 ans ½`, `Stage - 4 mois`, `Internship, 6 months`: every word a contract word or a number.
    static func namesContract(_ text: String) -> Bool {
        // Most organisations fail on their first word: told before the whole text is lowercased and cut.
        func isSeparator(_ c: Character) -> Bool { c == " " || c == "-" || c == "," || c == "(" || c == ")" || c == "/" }
        if let first = text.split(maxSplits: 1, whereSeparator: isSeparator).first {
            let w = first.lowercased()
            guard contractWords.contains(w) || w.allSatisfy({ $0.isNumber || $0 == "." }) else { return false }
        }
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," || $0 == "(" || $0 == ")" || $0 == "/" })
        guard !words.isEmpty else { return false }
        return words.allSatisfy { w in contractWords.contains(String(w)) || w.allSatisfy { $0.isNumber || $0 == "." } }
            && words.contains { contractWords.contains(String($0)) && !["ans", "an", "mois", "½"].contains(String($0)) || $0.count > 3 }
    }

    /// A dates argument written `MM-YY` (`09-18 - Now`) as `MM/YYYY`: in the slot of the dates two numbers joined by
    /// a hyphen, the first a month, are a month and a year, not two years or a day.
    static func monthYearDates(_ text: String) -> String {
        let b = Array(text.utf8)
        func digit(_ i: Int) -> Bool { i >= 0 && i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
        var out: [UInt8] = []
        var i = 0
        var changed = false
        while i < b.count {
            if digit(i), digit(i + 1), i + 2 < b.count, b[i + 2] == UInt8(ascii: "-"), digit(i + 3), digit(i + 4), !digit(i + 5), !digit(i - 1),
                // `10/12-05/14` is two MM/YY dates, no `12-05` in it.
                i == 0 || b[i - 1] != UInt8(ascii: "/"), i + 5 >= b.count || b[i + 5] != UInt8(ascii: "/")
            {
                let month = Int(b[i] - 0x30) * 10 + Int(b[i + 1] - 0x30)
                let year = Int(b[i + 3] - 0x30) * 10 + Int(b[i + 4] - 0x30)
                if (1...12).contains(month) {
                    out += Array(String(format2(month) + "/" + String(year > 40 ? 1900 + year : 2000 + year)).utf8)
                    i += 5
                    changed = true
                    continue
                }
            }
            out.append(b[i])
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : text
    }

    static func format2(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

    /// `Label: text` (a `\cvitem`): a line of its own.
    mutating func labelled(_ label: [Node], _ text: [Node], at offset: Int) {
        endLine()
        let l = inlineText(label)
        let saved = style
        if !l.isEmpty {
            append(l.hasSuffix(":") ? l : l + ":", at: offset)
            line.pendingSpace = true
        }
        run(text)
        style = saved
        endLine()
        if lists.isEmpty { flushParagraph() }
    }

    /// A list item of its own (`\cvlistitem`, `\resumeItem`).
    mutating func listItem(_ nodes: [Node], at offset: Int) {
        let standalone = lists.isEmpty
        if standalone { beginList() }
        item(label: nil, at: offset)
        let saved = style
        run(nodes)
        style = saved
        endLine()
        if standalone { endList() }
    }
}
