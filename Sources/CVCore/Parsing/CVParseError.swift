/// Why a file cannot be read as a CV. Printed as one line: `line 12:5: expected ...`.
public struct CVParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        switch (line, column) {
        case (let l?, let c?): return "line \(l):\(c): \(message)"
        case (let l?, nil): return "line \(l): \(message)"
        default: return message
        }
    }
}
