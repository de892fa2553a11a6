/// The lines of a text with their positions, to turn a place in the text into a `SourcePosition`.
/// Columns count Unicode scalars from 1, as editors and compilers do.
public struct TextLines: Sendable {
    public let text: String
    /// The start of each line (index 0 is line 1).
    public let starts: [String.Index]

    public init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        var i = text.startIndex
        while let nl = text[i...].firstIndex(of: "\n") {
            i = text.index(after: nl)
            starts.append(i)
        }
        self.starts = starts
    }

    public var count: Int { starts.count }

    /// Line `n` (1-based) without its line end.
    public func line(_ n: Int) -> Substring {
        guard n >= 1, n <= starts.count else { return "" }
        let start = starts[n - 1]
        let end = n < starts.count ? text.index(before: starts[n]) : text.endIndex
        return text[start..<end]
    }

    /// The position of an index of `text`.
    public func position(of index: String.Index) -> SourcePosition {
        // Binary search for the last line start <= index.
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        let column = text.unicodeScalars[starts[lo]..<index].count + 1
        return SourcePosition(line: lo + 1, column: column)
    }

    /// The range covering `r`, end inclusive (the position of its last character).
    public func range(of r: Range<String.Index>) -> SourceRange {
        let start = position(of: r.lowerBound)
        guard r.upperBound > r.lowerBound else { return SourceRange(start: start, end: start) }
        let last = text.unicodeScalars.index(before: r.upperBound)
        return SourceRange(start: start, end: position(of: last))
    }

    /// Whole lines, from the first character of `first` to the last character of `last`.
    public func range(lines first: Int, _ last: Int) -> SourceRange {
        let endLine = line(last)
        let endColumn = max(1, endLine.unicodeScalars.count)
        return SourceRange(start: SourcePosition(line: first, column: 1), end: SourcePosition(line: last, column: endColumn))
    }
}
