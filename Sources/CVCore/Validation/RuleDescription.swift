/// What a rule is, for configuration (`identifier`), documentation (`cvtrack rules`, `docs/rules.md`)
/// and tests: its examples are run by one parameterised test.
public struct RuleDescription: Sendable {
    /// kebab-case, used in `.cvtrack.yml`, output and suppression comments.
    public let identifier: String
    public let name: String
    /// One line.
    public let summary: String
    public let severity: Severity
    /// Off unless `.cvtrack.yml` turns it on.
    public let isOptIn: Bool
    /// Settings of the rule in `.cvtrack.yml` (`bullet-length: { max: 60 }`).
    public let options: [RuleOption]
    /// More about the rule: what it ignores, the decisions it makes (Markdown). Made when asked: a rule may build
    /// it from its tables (`word-confusion`: 0.45 M instructions), which `validate` never shows.
    public var details: String? { makeDetails() }
    private let makeDetails: @Sendable () -> String?
    /// CVs that must not produce a finding of this rule.
    public let nonTriggeringExamples: [Example]
    /// CVs that must produce exactly the findings marked with `↓`.
    public let triggeringExamples: [Example]

    public init(
        identifier: String, name: String, summary: String, severity: Severity, isOptIn: Bool = false,
        options: [RuleOption] = [], details: @autoclosure @escaping @Sendable () -> String? = nil,
        nonTriggeringExamples: [Example] = [], triggeringExamples: [Example] = []
    ) {
        self.identifier = identifier
        self.name = name
        self.summary = summary
        self.severity = severity
        self.isOptIn = isOptIn
        self.options = options
        makeDetails = details
        self.nonTriggeringExamples = nonTriggeringExamples
        self.triggeringExamples = triggeringExamples
    }

    public func option(_ name: String) -> RuleOption? { options.first { $0.name == name } }
}

/// A setting of one rule, with its default.
public struct RuleOption: Sendable, Hashable {
    public let name: String
    public let defaultValue: RuleOptionValue
    public let summary: String

    public init(_ name: String, default defaultValue: RuleOptionValue, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// The value of a rule option as written in `.cvtrack.yml`.
public enum RuleOptionValue: Sendable, Hashable, Decodable, CustomStringConvertible {
    case int(Int)
    case bool(Bool)
    case string(String)
    case strings([String])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Int.self) { self = .int(v); return }
        if let v = try? c.decode(Bool.self) { self = .bool(v); return }
        if let v = try? c.decode(String.self) { self = .string(v); return }
        if let v = try? c.decode([String].self) { self = .strings(v); return }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected a number, true/false, a text or a list of texts"))
    }

    /// Whether a value has the same kind as this one (the default), for configuration checks.
    public func sameKind(as other: RuleOptionValue) -> Bool {
        switch (self, other) {
        case (.int, .int), (.bool, .bool), (.string, .string), (.strings, .strings): return true
        default: return false
        }
    }

    public var kindName: String {
        switch self {
        case .int: return "a whole number"
        case .bool: return "true or false"
        case .string: return "a text value"
        case .strings: return "a list of texts"
        }
    }

    public var description: String {
        switch self {
        case .int(let v): return "\(v)"
        case .bool(let v): return "\(v)"
        case .string(let v): return v
        case .strings(let v): return "[" + v.joined(separator: ", ") + "]"
        }
    }
}

/// A CV excerpt that documents and tests a rule. `↓` marks where a finding must start; the markers
/// are removed before parsing. The example remembers where it is written, so a failing example is
/// reported at its own line.
public struct Example: Sendable, CustomStringConvertible {
    /// The CV text as written in the rule, with markers.
    public let marked: String
    public let format: CVFormat
    /// Options for the rule while running this example.
    public let options: [String: RuleOptionValue]
    public let fileID: String
    public let filePath: String
    public let line: Int
    public let column: Int

    public static let marker: Character = "↓"

    public init(
        _ marked: String, format: CVFormat = .markdown, options: [String: RuleOptionValue] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.marked = marked
        self.format = format
        self.options = options
        self.fileID = fileID
        self.filePath = filePath
        self.line = line
        self.column = column
    }

    /// The text without markers.
    public var text: String { String(marked.filter { $0 != Example.marker }) }

    /// Where the markers were, in the text without markers.
    public var markers: [SourcePosition] {
        var result: [SourcePosition] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if Character(scalar) == Example.marker {
                result.append(SourcePosition(line: line, column: column))
            } else if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return result
    }

    public var description: String { "\(fileID):\(line)" }
}

extension RuleDescription {
    /// `variant-invented`: not in `allRules`, since it compares a CV with its base rather than checking one CV.
    /// `cvtrack validate --against BASE` and the pre-commit hook on a tailored branch run it; it is listed with
    /// the rules (`cvtrack rules`, `docs/rules.md`), and its examples are checked against
    /// `VariantCheck.documentationBase` by `TailorVariantCheckTests`.
    public static let variantInvented = RuleDescription(
        identifier: VariantCheck.ruleID, name: "Invented in a variant",
        summary: "An organisation, title, date, skill or number of a tailored variant that its base CV does not have.",
        severity: .error,
        details: """
            Checked only against a base CV: by `cvtrack validate --against BASE` (a file, a revision or
            `REV:PATH`), and by `cvtrack validate` / `validate --staged` (the pre-commit hook) on a branch under the
            tailored prefix, against the base commit its `Cvtrack-Base` trailer records. A variant may leave
            things out, reorder them and collapse roles; anything it adds is reported at its line:column. Numbers
            are compared as written (`48%`, `10,000`, `19+`), dates as the span a role's date line gives, skills by
            their canonical names (`Postgres` is `PostgreSQL`). It is always an error: `.cvtrack.yml` and
            suppression comments do not turn it off. The examples below are variants of this base:

            ```markdown
            \(VariantCheck.documentationBase)
            ```
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme Analytics

                **Data Engineer** • Mar 2019 – Present

                - Moved 40 nightly jobs to Airflow.

                ## Skills

                - **Data:** PostgreSQL, Airflow
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### ↓Globex

                **Data Engineer** • Mar 2019 – Present
                """),
            Example("""
                ## Experience

                ### Acme Analytics

                **Data Engineer** • ↓Mar 2018 – Present
                """),
            Example("""
                ## Experience

                ### Acme Analytics

                **Data Engineer** • Mar 2019 – Present

                - Moved ↓60 nightly jobs to Airflow.
                """),
            Example("""
                ## Experience

                ### Acme Analytics

                **Data Engineer** • Mar 2019 – Present

                ## Skills

                - **Data:** PostgreSQL, Airflow, ↓Spark
                """),
        ])
}
