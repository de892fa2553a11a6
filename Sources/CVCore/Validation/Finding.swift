/// One problem a rule found in a CV: data, never printed by the engine (reporters render it).
public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rule's kebab-case identifier (`date-order`).
    public var ruleID: String
    public var severity: Severity
    public var message: String
    /// Where the problem is (1-based line:column, end inclusive).
    public var range: SourceRange
    /// A replacement to offer (`contractor`), when the rule knows one.
    public var suggestion: String?

    public init(ruleID: String, severity: Severity, message: String, range: SourceRange, suggestion: String? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }

    public var position: SourcePosition { range.start }

    /// `12:5: error: message [rule-id]`.
    public var description: String { "\(range.start): \(severity): \(message) [\(ruleID)]" }

    /// Reading order: by position, then rule id, then message.
    static func inReadingOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}
