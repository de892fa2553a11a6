/// Collects inline text (from cmark inline nodes or HTML text nodes) into `MarkdownLine`s:
/// splits at hard and soft breaks and `<br>`, remembers links and whether a line is all bold/italic.
/// Text is gathered as UTF-8 bytes and turned into a `String` once per line.
struct MarkdownLineCollector {
    let source: MarkdownSource
    private(set) var lines: [MarkdownLine] = []
    private var bytes: [UInt8] = []
    private var links: [MarkdownLink] = []
    private var openLinks: [(offset: Int, url: String)] = []
    private var plainChars = 0
    private var emphasisedChars = 0
    /// Emphasis depth (strong, emph, `<b>`, `<em>` ...).
    var emphasis = 0
    /// The emphasis depth where the current line started.
    private var startEmphasis = 0
    /// The source line the next text lands on.
    var line: Int
    private var firstLine: Int?
    private var lastLine: Int?
    private var images: [String] = []
    private var imageLine: Int?

    init(source: MarkdownSource, line: Int) {
        self.source = source
        self.line = line
    }

    /// Appends text; newlines inside it advance the source line when `newlinesAdvance` (HTML text).
    mutating func append(_ s: String, newlinesAdvance: Bool = false) {
        if s.utf8.withContiguousStorageIfAvailable({ append(bytes: $0, newlinesAdvance: newlinesAdvance) }) == nil {
            var copy = s
            copy.withUTF8 { append(bytes: $0, newlinesAdvance: newlinesAdvance) }
        }
    }

    /// Appends a NUL-terminated UTF-8 string (a cmark literal).
    mutating func append(cString: UnsafePointer<CChar>) {
        var count = 0
        while cString[count] != 0 { count += 1 }
        cString.withMemoryRebound(to: UInt8.self, capacity: count) {
            append(bytes: UnsafeBufferPointer(start: $0, count: count), newlinesAdvance: false)
        }
    }

    /// Whitespace becomes spaces; `firstLine` and `lastLine` follow the visible bytes.
    mutating func append(bytes input: UnsafeBufferPointer<UInt8>, newlinesAdvance: Bool) {
        var visible = 0
        var line = self.line
        var firstVisibleLine = firstLine
        var lastVisibleLine: Int?
        let base = bytes.count
        bytes.append(contentsOf: input)
        bytes.withUnsafeMutableBufferPointer { out in
            for k in base..<out.count {
                let byte = out[k]
                if byte <= 0x20 {
                    if byte == 0x0A {
                        if newlinesAdvance { line += 1 }
                        out[k] = 0x20
                        continue
                    }
                    if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                        out[k] = 0x20
                        continue
                    }
                }
                if firstVisibleLine == nil { firstVisibleLine = line }
                lastVisibleLine = line
                if byte & 0xC0 != 0x80 { visible += 1 }
            }
        }
        self.line = line
        firstLine = firstVisibleLine
        if let lastVisibleLine { lastLine = lastVisibleLine }
        if emphasis > 0 { emphasisedChars += visible } else { plainChars += visible }
    }

    mutating func beginLink(url: String) {
        openLinks.append((bytes.count, url))
    }

    mutating func endLink() {
        guard let open = openLinks.popLast(), open.offset <= bytes.count else { return }
        let linkText = MarkdownSource.clean(bytes: bytes[open.offset...])
        if !linkText.isEmpty || !open.url.isEmpty {
            links.append(MarkdownLink(text: linkText, url: open.url))
        }
    }

    /// An image's alternative text (kept only when the line holds no text: see `MarkdownLine.images`).
    mutating func addImage(alt: String) {
        let cleaned = MarkdownSource.clean(alt)
        guard !cleaned.isEmpty else { return }
        images.append(cleaned)
        if imageLine == nil { imageLine = line }
    }

    /// Ends the current line; the next text starts on `nextLine` (default: the following source line).
    mutating func breakLine(nextLine: Int? = nil) {
        flush()
        line = nextLine ?? (line + 1)
    }

    private mutating func flush() {
        // Links still open continue on the next line.
        while !openLinks.isEmpty { endLink() }
        var hasText = false
        if let first = firstLine {
            let cleaned = MarkdownSource.clean(bytes: bytes[...])
            if !cleaned.isEmpty {
                hasText = true
                let range = source.range(lines: first, lastLine ?? first)
                var line = MarkdownLine(text: cleaned, links: links, isEmphasised: emphasisedChars > 0 && plainChars == 0, source: range)
                line.startsInEmphasis = startEmphasis > 0
                line.endsInEmphasis = emphasis > 0
                lines.append(line)
            }
        }
        if !hasText, !images.isEmpty, let l = imageLine {
            lines.append(MarkdownLine(text: "", source: source.range(lines: l, l), images: images))
        }
        images = []
        imageLine = nil
        bytes.removeAll(keepingCapacity: true)
        links = []
        plainChars = 0
        emphasisedChars = 0
        firstLine = nil
        lastLine = nil
        startEmphasis = emphasis
    }

    mutating func finish() -> [MarkdownLine] {
        flush()
        return lines
    }
}

/// The original text with its line starts, to turn line numbers into ranges.
struct MarkdownSource: Sendable {
    let text: String
    /// The start of each line of `text` (index 0 is line `offset + 1`).
    let starts: [String.Index]
    /// Blank lines that stand before `text` (a part of a file read on its own keeps the file's line numbers).
    let offset: Int

    init(_ text: String, offset: Int = 0) {
        self.text = text
        self.offset = offset
        var offsets: [Int] = [0]
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            for i in 0..<bytes.count where bytes[i] == 0x0A { offsets.append(i + 1) }
        }
        if text.utf8.withContiguousStorageIfAvailable(scan) == nil {
            var copy = text
            copy.withUTF8(scan)
        }
        let utf8 = text.utf8
        let start = utf8.startIndex
        self.starts = offsets.map { utf8.index(start, offsetBy: $0) }
    }

    var lineCount: Int { starts.count + offset }

    /// Line `n` (1-based) without its line end.
    func line(_ n: Int) -> Substring {
        let k = n - offset
        guard k >= 1, k <= starts.count else { return "" }
        let start = starts[k - 1]
        let end = k < starts.count ? text.utf8.index(before: starts[k]) : text.endIndex
        return text[start..<end]
    }

    /// The text of lines `first...last` (line ends between them kept), within `text`.
    func span(from first: Int, to last: Int) -> Range<String.Index> {
        let first = first - offset
        let last = last - offset
        guard first >= 1, first <= starts.count else { return text.endIndex..<text.endIndex }
        let lower = starts[first - 1]
        guard last >= first else { return lower..<lower }
        let upper = last < starts.count ? text.utf8.index(before: starts[last]) : text.endIndex
        return lower..<Swift.max(lower, upper)
    }

    func isBlank(_ n: Int) -> Bool { line(n).utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

    /// Lines `first...last`, from the first non-blank character of `first` to the last character of `last`.
    func range(lines first: Int, _ last: Int) -> SourceRange {
        let first = Swift.max(1, Swift.min(first, lineCount))
        let last = Swift.max(first, Swift.min(last, lineCount))
        var column = 1
        var allBlank = true
        for byte in line(first).utf8 {
            if byte == 0x20 || byte == 0x09 { column += 1 } else { allBlank = false; break }
        }
        if allBlank { column = 1 }
        var endColumn = 0
        let endLine = line(last).utf8
        if let counted = endLine.withContiguousStorageIfAvailable({ bytes -> Int in
            var n = 0
            for byte in bytes where byte & 0xC0 != 0x80 { n += 1 }
            return n
        }) {
            endColumn = counted
        } else {
            for byte in endLine where byte & 0xC0 != 0x80 { endColumn += 1 }
        }
        return SourceRange(line: first, column: column, endLine: last, endColumn: Swift.max(1, endColumn))
    }

    /// Text without markup noise: C1 control characters read as Windows-1252 (what `&#151;` decodes to),
    /// entities decoded, whitespace (including no-break and typographic spaces) collapsed.
    static func clean(_ s: String) -> String { clean(bytes: Array(s.utf8)[...]) }

    static func clean(bytes input: ArraySlice<UInt8>) -> String {
        input.withUnsafeBufferPointer { clean(buffer: $0) }
    }

    static func clean(buffer input: UnsafeBufferPointer<UInt8>) -> String {
        var needsEntities = false
        // A C1 control (two bytes) can become a three-byte character; whitespace only shrinks.
        let capacity = input.count + input.count / 2 + 4
        let out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            guard let o = buffer.baseAddress else { return }
            var n = 0
            var pendingSpace = false
            var i = 0
            let end = input.count
            while i < end {
                let b = input[i]
                if b > 0x20 && b < 0x80 && b != 0x26 {
                    // A run of visible ASCII (not `&`): copied at once.
                    var j = i + 1
                    while j < end, input[j] > 0x20, input[j] < 0x80, input[j] != 0x26 { j += 1 }
                    if pendingSpace && n > 0 { o[n] = 0x20; n += 1 }
                    pendingSpace = false
                    if let src = input.baseAddress { (o + n).update(from: src + i, count: j - i) }
                    n += j - i
                    i = j
                    continue
                }
                if b < 0x80 {
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                        pendingSpace = true
                    } else {
                        if b == 0x26 { needsEntities = true }
                        if pendingSpace && n > 0 { o[n] = 0x20; n += 1 }
                        pendingSpace = false
                        o[n] = b
                        n += 1
                    }
                    i += 1
                    continue
                }
                // Two-byte sequences: C1 controls (C2 80-9F) and the no-break space (C2 A0).
                if b == 0xC2, i + 1 < end {
                    let c = input[i + 1]
                    if c >= 0x80 && c <= 0x9F {
                        if let mapped = HTMLText.windows1252[UInt32(c)] {
                            for m in String(mapped).utf8 {
                                if pendingSpace && n > 0 { o[n] = 0x20; n += 1 }
                                pendingSpace = false
                                o[n] = m
                                n += 1
                            }
                        }
                        i += 2
                        continue
                    }
                    if c == 0xA0 {
                        pendingSpace = true
                        i += 2
                        continue
                    }
                }
                // Typographic spaces: U+2000-200A, U+202F, U+205F, U+3000.
                if b == 0xE2, i + 2 < end, input[i + 1] == 0x80, (0x80...0x8A).contains(input[i + 2]) || input[i + 2] == 0xAF {
                    pendingSpace = true
                    i += 3
                    continue
                }
                if b == 0xE3, i + 2 < end, input[i + 1] == 0x80, input[i + 2] == 0x80 {
                    pendingSpace = true
                    i += 3
                    continue
                }
                if pendingSpace && n > 0 { o[n] = 0x20; n += 1 }
                pendingSpace = false
                o[n] = b
                n += 1
                i += 1
            }
            count = n
        }
        let s = String(decoding: out, as: UTF8.self)
        return needsEntities ? HTMLText.collapseWhitespace(HTMLText.decodeEntities(s)) : s
    }

    /// Whitespace, with an ASCII fast path.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C
        }
        return scalar.value == 0xA0 || scalar.properties.isWhitespace
    }
}
