/// A position in the original text: 1-based line and 1-based column (in Unicode scalars of that line).
public struct SourcePosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Where an element of the model was read from, start and end inclusive.
/// Validation reports positions with it; tailoring edits the original text with it.
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// Whole lines `first...last` (end column 0 means "to the end of the line").
    public init(lines first: Int, _ last: Int) {
        self.start = SourcePosition(line: first, column: 1)
        self.end = SourcePosition(line: last, column: 0)
    }

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.start = SourcePosition(line: line, column: column)
        self.end = SourcePosition(line: endLine, column: endColumn)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public var lines: ClosedRange<Int> { start.line...Swift.max(start.line, end.line) }

    public var description: String { "\(start)-\(end)" }
}
