/// The source text of a CV with its lines, to turn positions into string indices and back, and to
/// find a piece of text (a title, a date) inside an element's range.
struct SourceText {
    let text: String
    let lines: LineIndex

    init(_ text: String) {
        self.text = text
        self.lines = LineIndex(text)
    }

    /// Whether the text holds an ASCII string (a byte search, no Unicode work).
    func containsASCII(_ needle: StaticString) -> Bool {
        let pin = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pin.first else { return true }
        let utf8 = text.utf8
        var i = utf8.startIndex
        while let hit = utf8[i...].firstIndex(of: first) {
            var a = hit
            var k = 0
            while k < pin.count, a < utf8.endIndex, utf8[a] == pin[k] { a = utf8.index(after: a); k += 1 }
            if k == pin.count { return true }
            i = utf8.index(after: hit)
        }
        return false
    }

    /// The index of a position, clamped to its line (column 0 or beyond the line → end of line).
    func index(of position: SourcePosition) -> String.Index {
        guard position.line >= 1, position.line <= lines.count else {
            return position.line < 1 ? text.startIndex : text.endIndex
        }
        let line = lines.line(position.line)
        if position.column <= 0 { return line.endIndex }
        var i = line.startIndex
        var column = 1
        let scalars = text.unicodeScalars
        while column < position.column, i < line.endIndex {
            i = scalars.index(after: i)
            column += 1
        }
        return i
    }

    /// The indices a range covers (its end is inclusive; end column 0 means the whole last line).
    func indices(of range: SourceRange) -> Range<String.Index> {
        let start = index(of: range.start)
        var end = index(of: range.end)
        if range.end.column > 0, end < text.endIndex, text.unicodeScalars[end] != "\n" {
            end = text.unicodeScalars.index(after: end)
        }
        return start..<max(start, end)
    }

    func slice(_ range: SourceRange) -> Substring { text[indices(of: range)] }

    /// The range of the first occurrence of `needle` inside `range` (case-insensitive for ASCII letters).
    /// Searched on UTF-8 bytes: folding touches only ASCII bytes and a needle never starts with a continuation
    /// byte, so a byte match is a match of whole scalars, the same answer as comparing scalar by scalar.
    func locate(_ needle: String, in range: SourceRange) -> SourceRange? {
        guard !needle.isEmpty else { return nil }
        let bounds = indices(of: range)
        let utf8 = text.utf8
        let low = utf8.distance(from: utf8.startIndex, to: bounds.lowerBound)
        let high = utf8.distance(from: utf8.startIndex, to: bounds.upperBound)
        let pin = Array(needle.utf8).map(Self.fold)
        guard pin.count <= high - low else { return nil }
        let found: Int? = {
            let search = { (hay: UnsafeBufferPointer<UInt8>) -> Int? in
                let first = pin[0]
                var i = low
                while i + pin.count <= high {
                    if Self.fold(hay[i]) == first {
                        var k = 1
                        while k < pin.count, Self.fold(hay[i + k]) == pin[k] { k += 1 }
                        if k == pin.count { return i }
                    }
                    i += 1
                }
                return nil
            }
            if let hit = utf8.withContiguousStorageIfAvailable(search) { return hit }
            return Array(utf8).withUnsafeBufferPointer(search)
        }()
        guard let start = found else { return nil }
        let startIndex = utf8.index(utf8.startIndex, offsetBy: start)
        let endIndex = utf8.index(startIndex, offsetBy: pin.count)
        return lines.range(of: startIndex..<endIndex)
    }

    /// An ASCII capital folded to its small letter; every other byte as it is.
    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Where a date span is written: the first date span found in its source (skipping markup such as
    /// `<span class="date-range">`), else its source, else `fallback`.
    func range(of span: DateSpan, fallback: SourceRange) -> SourceRange {
        guard let source = span.source else { return fallback }
        let bounds = indices(of: source)
        let piece = String(text[bounds])
        if let match = DateParser.findSpan(in: piece) {
            let offset = piece.unicodeScalars.distance(from: piece.startIndex, to: match.range.lowerBound)
            let length = piece.unicodeScalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
            let start = text.unicodeScalars.index(bounds.lowerBound, offsetBy: offset)
            let end = text.unicodeScalars.index(start, offsetBy: length)
            return lines.range(of: start..<end)
        }
        return source
    }
}

/// Line starts of a text, found by a byte scan, to turn indices into 1-based line:column positions
/// (columns in Unicode scalars) and back.
struct LineIndex {
    let text: String
    let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var i = utf8.startIndex
        while let nl = utf8[i...].firstIndex(of: 0x0A) {
            i = utf8.index(after: nl)
            starts.append(i)
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// Line `n` (1-based) without its line end.
    func line(_ n: Int) -> Substring {
        guard n >= 1, n <= starts.count else { return "" }
        let start = starts[n - 1]
        let end = n < starts.count ? text.utf8.index(before: starts[n]) : text.endIndex
        return text[start..<end]
    }

    func position(of index: String.Index) -> SourcePosition {
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        let column = text.unicodeScalars.distance(from: starts[lo], to: index) + 1
        return SourcePosition(line: lo + 1, column: column)
    }

    /// The range covering `r`, end inclusive.
    func range(of r: Range<String.Index>) -> SourceRange {
        let start = position(of: r.lowerBound)
        guard r.upperBound > r.lowerBound else { return SourceRange(start: start, end: start) }
        let last = text.unicodeScalars.index(before: r.upperBound)
        return SourceRange(start: start, end: position(of: last))
    }
}
