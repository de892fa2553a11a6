/// The file cannot be read as a CV at all.
public struct ParseErrorRule: Rule {
    public static let description = RuleDescription(
        identifier: "parse-error", name: "Parse error",
        summary: "The file cannot be read as a CV (malformed JSON or YAML, binary or empty file).",
        severity: .error,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Jan 2020 – Mar 2021
                """),
            Example("""
                {"work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01"}]}
                """, format: .jsonResume),
        ],
        triggeringExamples: [
            Example("""
                {"work": [
                  {"name": "Acme", "position": "Engineer",
                ↓]}
                """, format: .jsonResume),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let error = context.parseError else { return [] }
        let line = max(1, error.line ?? 1)
        let column = max(1, error.column ?? 1)
        return [context.finding(error.message, at: SourceRange(line: line, column: column, endLine: line, endColumn: column))]
    }
}
