/// A start date after today.
public struct DateFutureRule: Rule {
    public static let description = RuleDescription(
        identifier: "date-future", name: "Date in the future",
        summary: "A role, project or course that starts after today.",
        severity: .error,
        details: "Today is the date of the run (the examples use 15 June 2025). Dates are compared at the precision they have: `2025` is not after June 2025.",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Jun 2025 – present
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • ↓Jan 2052 – present
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for (span, owner) in context.allDateSpans {
            guard let start = span.start, start.isPossible else { continue }
            if PartialDate.compareAtCommonPrecision(start, context.today) > 0 {
                findings.append(context.finding("start date \(start) is after today (\(context.today))", at: context.datesRange(of: span, fallback: owner)))
            }
        }
        return findings
    }
}
