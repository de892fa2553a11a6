/// What a rule reads: the source text, the parsed document (or why it could not be parsed), today's
/// date, the rule's options and the spelling inputs. Findings made through `finding(_:at:)` carry
/// the rule's identifier and its configured severity.
public struct RuleContext {
    let input: ValidationInput
    public let ruleID: String
    public let severity: Severity
    public let options: RuleOptions

    init(input: ValidationInput, description: RuleDescription, severity: Severity, options: [String: RuleOptionValue]) {
        self.input = input
        self.ruleID = description.identifier
        self.severity = severity
        self.options = RuleOptions(values: options, description: description)
    }

    public var text: String { input.source.text }
    /// Line `n` (1-based) of the source, without its line end.
    public func line(_ n: Int) -> Substring { input.source.lines.line(n) }
    public var lineCount: Int { input.source.lines.count }
    public var format: CVFormat { input.format }
    /// Nil when the text could not be read as a CV (`parseError` says why).
    public var document: CVDocument? { input.document }
    public var parseError: CVParseError? { input.parseError }
    /// Injected: the CLI passes the real date, tests a fixed one.
    public var today: PartialDate { input.today }
    public var spellChecker: (any SpellChecker)? { input.spellChecker }
    /// Words the user accepts (`.cvtrack.yml` `spelling.words` and the words file).
    public var personalWords: Set<String> { input.personalWords }

    var source: SourceText { input.source }
    /// Whether the role at `index` of the document is held beside a main job (`SideRoles`).
    func isSideRole(_ index: Int) -> Bool { index < input.sideRoles.count && input.sideRoles[index] }
    var prose: Prose { input.prose }

    public func finding(_ message: String, at range: SourceRange, suggestion: String? = nil) -> Finding {
        Finding(ruleID: ruleID, severity: severity, message: message, range: range, suggestion: suggestion)
    }
}

/// The options of one rule: configured values over the defaults its description declares.
public struct RuleOptions: Sendable {
    public let values: [String: RuleOptionValue]
    let description: RuleDescription

    public subscript(name: String) -> RuleOptionValue? { values[name] ?? description.option(name)?.defaultValue }

    public func int(_ name: String) -> Int {
        if case .int(let v)? = self[name] { return v }
        return 0
    }

    public func bool(_ name: String) -> Bool {
        if case .bool(let v)? = self[name] { return v }
        return false
    }

    public func strings(_ name: String) -> [String] {
        switch self[name] {
        case .strings(let v)?: return v
        case .string(let v)?: return [v]
        default: return []
        }
    }
}

/// What every rule of one run shares: computed once, lazily (the prose words only when a rule asks).
final class ValidationInput {
    let source: SourceText
    let format: CVFormat
    let document: CVDocument?
    let parseError: CVParseError?
    let today: PartialDate
    let spellChecker: (any SpellChecker)?
    let personalWords: Set<String>

    init(
        text: String, format: CVFormat, document: CVDocument?, parseError: CVParseError?, today: PartialDate,
        spellChecker: (any SpellChecker)?, personalWords: Set<String>
    ) {
        self.source = SourceText(text)
        self.format = format
        self.document = document
        self.parseError = parseError
        self.today = today
        self.spellChecker = spellChecker
        self.personalWords = personalWords
    }

    lazy var prose: Prose = Prose(document: document, source: source, format: format)
    /// Whether each role of the document is a side role (`SideRoles`), for `overlap` and `chronology`.
    lazy var sideRoles: [Bool] = document.map(SideRoles.sides(of:)) ?? []
}
