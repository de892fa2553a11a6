/// A link inside a line of text: its visible text and where it points.
struct MarkdownLink: Sendable, Hashable {
    var text: String
    var url: String
}

/// One visual line of text (a paragraph line, a heading, a list item's text, a table cell, an HTML `<dt>`),
/// with the markup that matters for reading a CV: links and whether the whole line is bold or italic.
struct MarkdownLine: Sendable, Hashable {
    /// Plain text, markup removed, entities decoded, whitespace collapsed.
    var text: String
    var links: [MarkdownLink] = []
    /// The whole line is strong or emphasised (`**Senior Engineer**`).
    var isEmphasised = false
    var source: SourceRange
    /// The alternative texts of the images of a line that holds nothing else (`![Go](go.svg)`, `<img alt=…>`):
    /// a skills section written as icons or badges names its skills there. Empty on lines with text.
    var images: [String] = []
    /// The field a LaTeX CV macro's argument holds (the cell of an entry row); nil where no macro says.
    var field: EntryFieldHint? = nil
    /// The line starts, and ends, inside an emphasis (`*Musée régional d’art` / `moderne*`: a soft break in an
    /// emphasised name).
    var startsInEmphasis = false
    var endsInEmphasis = false

    var isEmpty: Bool { text.isEmpty }
}

/// A list item: its own text lines, its other blocks, and nested items.
struct MarkdownItem: Sendable, Hashable {
    var lines: [MarkdownLine]
    var children: [MarkdownItem]
    var source: SourceRange

    var text: String {
        if lines.count == 1 { return lines[0].text }
        return lines.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// The blocks of a Markdown document (and of the HTML inside it) in reading order, flattened:
/// containers (block quotes, HTML `<div>`s, `<dd>`s) give their children in order.
enum MarkdownBlock: Sendable, Hashable {
    case heading(level: Int, line: MarkdownLine)
    /// An HTML `<dt>`: a term that heads the blocks after it.
    case term(MarkdownLine)
    case paragraph([MarkdownLine])
    case list([MarkdownItem])
    /// Rows of cells; `header` tells whether the first row is a header row.
    case table(rows: [[MarkdownLine]], header: Bool)
    case rule(SourceRange)

    var source: SourceRange {
        switch self {
        case .heading(_, let line), .term(let line): return line.source
        case .paragraph(let lines): return MarkdownBlock.cover(lines.map(\.source)) ?? SourceRange(lines: 1, 1)
        case .list(let items): return MarkdownBlock.cover(items.map(\.source)) ?? SourceRange(lines: 1, 1)
        case .table(let rows, _): return MarkdownBlock.cover(rows.flatMap { $0.map(\.source) }) ?? SourceRange(lines: 1, 1)
        case .rule(let r): return r
        }
    }

    static func cover(_ ranges: [SourceRange]) -> SourceRange? {
        guard var r = ranges.first else { return nil }
        for other in ranges.dropFirst() { r = r.union(other) }
        return r
    }
}
