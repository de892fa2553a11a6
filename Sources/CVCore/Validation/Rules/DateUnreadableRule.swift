/// A date that cannot be read.
public struct DateUnreadableRule: Rule {
    public static let description = RuleDescription(
        identifier: "date-unreadable", name: "Unreadable date",
        summary: "A date cannot be read (no year), or a role's dates have no start.",
        severity: .warning,
        details: "Dates are read by the same parser as everything else (`June 2013 — Present`, `Aug. '19 –`, `2019-05`, `05/2019`, `Summer 1996`); what it cannot read is reported here rather than guessed.",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Aug. '19 – present
                """),
            Example("""
                {"work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01-15"}]}
                """, format: .jsonResume),
        ],
        triggeringExamples: [
            Example("""
                {"work": [{"name": "Acme", "position": "Engineer", "startDate": ↓"last spring"}]}
                """, format: .jsonResume),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        var findings: [Finding] = []
        var seen: Set<Int> = []
        for note in document.notes where note.kind == .dateUnreadable {
            let range = note.source ?? SourceRange(line: 1, column: 1, endLine: 1, endColumn: 1)
            seen.insert(range.start.line)
            findings.append(context.finding(note.message, at: range))
        }
        for role in document.roles {
            guard let dates = role.dates, dates.start == nil, !dates.text.isEmpty else { continue }
            let range = context.datesRange(of: role)
            if seen.contains(range.start.line) { continue }
            findings.append(context.finding("dates \"\(dates.text)\" of \(context.name(of: role)) have no readable start", at: range))
        }
        return findings
    }
}
