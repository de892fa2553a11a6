/// One line of a CV as every format hands it to the shared reader (`EntryFinder`, `EntryFields`): its plain text
/// and the layout cues a reader sees around it. Markdown (after cmark-gfm and the HTML reader), plain text and
/// PDF text each turn into a list of these; the reader never looks at the format again.
struct CueLine: Sendable {
    enum Kind: Sendable, Equatable {
        /// A line of a paragraph, or of plain text.
        case text
        /// A heading of the given level (1 is the top).
        case heading(Int)
        /// The first line of a list item at the given depth (0 is the outermost list).
        case item(Int)
        /// A further line of a list item (a wrapped line, or one after `<br>`).
        case itemText(Int)
        /// A definition term (`<dt>`, a pandoc term line).
        case term
        /// A table row (its cells in `cells`), and a table's header row.
        case row, headerRow
        /// A rule (`---`, `***`, a line of `=`): it ends an entry.
        case rule
        case blank

        /// One byte for the kind (for memo keys): the case in the high bits, the level or depth in the low bits.
        var code: UInt8 {
            switch self {
            case .text: return 0x10
            case .heading(let level): return 0x20 | UInt8(truncatingIfNeeded: min(level, 15))
            case .item(let depth): return 0x30 | UInt8(truncatingIfNeeded: min(depth, 15))
            case .itemText(let depth): return 0x40 | UInt8(truncatingIfNeeded: min(depth, 15))
            case .term: return 0x50
            case .row: return 0x60
            case .headerRow: return 0x70
            case .rule: return 0x80
            case .blank: return 0x90
            }
        }

        /// A short name of the kind (`heading 2`, `text`), for comparing layouts.
        var name: String {
            switch self {
            case .text: return "text"
            case .heading(let level): return "heading " + String(level)
            case .item(let depth): return "item " + String(depth)
            case .itemText(let depth): return "itemText " + String(depth)
            case .term: return "term"
            case .row: return "row"
            case .headerRow: return "headerRow"
            case .rule: return "rule"
            case .blank: return "blank"
            }
        }
    }

    var kind: Kind
    /// Plain text: markup removed, entities decoded, whitespace collapsed. Changing it forgets its `measures`.
    var text: String { didSet { measures = nil } }
    /// The parts layout separates within the line: table cells, or columns padded with spaces. Empty: one part.
    var cells: [String] = []
    /// The field each cell holds, where the format says (the arguments of a LaTeX CV macro); empty: not known.
    var cellFields: [EntryFieldHint?] = []
    /// The whole line is bold or italic.
    var emphasised = false
    var links: [MarkdownLink] = []
    /// A table row's column labels, from the table's header row (lowercased; empty: none).
    var cellLabels: [String] = []
    /// Lines of one paragraph, list item or table share a block number.
    var block = 0
    /// What this line does across blocks, for `MarkdownCueLines.acrossBlocks` (nil on most lines).
    var mark: Mark?

    enum Mark: UInt8, Sendable {
        /// A pandoc definition (`: text`): the line before it may be its term.
        case definition
        /// A Liquid comment opened and not closed in its block; the line itself is no text.
        case commentOpen
        /// Where a Liquid comment opened in a block above ends; the line itself is no text.
        case commentClose
    }
    var source: SourceRange
    /// A date the format found for the line itself (plain text dates split over several lines), or the shared
    /// reader found in it.
    var date: DateSpan? {
        get { dateBox?.span }
        set { dateBox = newValue.map(DateBox.init) }
    }

    /// The date, boxed (read and set it as `date`): a date span is larger than the rest of the line, and lines are
    /// copied often. Not private, so that the memberwise initialiser stays internal.
    var dateBox: DateBox?

    final class DateBox: Sendable {
        let span: DateSpan
        init(_ span: DateSpan) { self.span = span }
    }

    var isItem: Bool {
        switch kind {
        case .item, .itemText: return true
        default: return false
        }
    }

    var depth: Int {
        switch kind {
        case .item(let d), .itemText(let d): return d
        default: return 0
        }
    }

    /// The text's length in characters (`text.count`), counted on the bytes where the text is ASCII without a carriage
    /// return (there each byte is one character), eight bytes at a time: counting characters costs about twenty
    /// times as much.
    var characterCount: Int { measures.map { Int($0.characters) } ?? Self.characterCount(of: text) }

    /// `MarkdownCues.wordCount(text)`, kept in `measures` once measured.
    var wordCount: Int { measures.map { Int($0.words) } ?? MarkdownCues.wordCount(text) }

    /// `MarkdownCues.isSubheading(text)` (asked of headings), kept in `measures` once measured.
    var isSubheading: Bool { measures?.subheading ?? MarkdownCues.isSubheading(text) }

    /// What the shared reader measures on a line's text on each pass over a section (its length in characters, its
    /// words, whether a heading is a subheading), kept with the line: the memo measures the lines of a segment once
    /// (`MarkdownParseMemo.SegmentCues`), and a section read again takes most of its lines from there. (Only what every
    /// pass asks of every line: what the reader asks of a few lines, like `PlainTextWords.endsSentence`, cost more to
    /// measure on every line of a changed segment than it saved.) A function of
    /// `text` alone, forgotten whenever `text` changes; nil: not measured (the answers are computed when asked).
    struct Measures: Sendable {
        var characters: Int32
        var words: Int32
        /// Measured on headings only.
        var subheading: Bool?
    }

    /// Not private, so that the memberwise initialiser stays internal (set it with `measure()`).
    var measures: Measures?

    /// Measures the text now (see `Measures`); a text too long to count in 32 bits stays unmeasured.
    mutating func measure() {
        guard let characters = Int32(exactly: Self.characterCount(of: text)),
            let words = Int32(exactly: MarkdownCues.wordCount(text))
        else { return }
        measures = Measures(characters: characters, words: words, subheading: headingLevel == nil ? nil : MarkdownCues.isSubheading(text))
    }

    static func characterCount(of text: String) -> Int {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
            let high: UInt64 = 0x8080_8080_8080_8080
            let ones: UInt64 = 0x0101_0101_0101_0101
            var i = 0
            while i + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A byte of 0x80 or more, or a byte equal to 0x0D (a zero byte of word ^ 0x0D…: the classic test).
                let cr = word ^ (ones &* 0x0D)
                if word & high != 0 || (cr &- ones) & ~cr & high != 0 { return nil }
                i += 8
            }
            while i < bytes.count {
                if bytes[i] >= 0x80 || bytes[i] == 0x0D { return nil }
                i += 1
            }
            return bytes.count
        }
        return (ascii ?? nil) ?? text.count
    }

    var headingLevel: Int? {
        if case .heading(let l) = kind { return l }
        return nil
    }
}
