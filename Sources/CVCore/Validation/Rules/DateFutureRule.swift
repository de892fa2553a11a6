/// A start date after today. A course's single date is when it ends, not when it starts: a degree dated
/// `2028` alone, or `Expected 2028`, is a graduation to come, which a student's CV shows as a matter of course.
public struct DateFutureRule: Rule {
    public static let description = RuleDescription(
        identifier: "date-future", name: "Date in the future",
        summary: "A role, project or course that starts after today.",
        severity: .error,
        details: "Today is the date of the run (the examples use 15 June 2025). Dates are compared at the precision they have: `2025` is not after June 2025. A course dated by one date alone (`2028`, `Expected May 2028`) is a graduation to come, not a start.",
        nonTriggeringExamples: [
            Example("""
                ## Education

                ### Northfield University

                BSc Marine Biology • Expected 2028
                """),
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
        let courses = Set(context.document?.education.map(\.source) ?? [])
        for (span, owner) in context.allDateSpans {
            guard let start = span.start, start.isPossible else { continue }
            if span.end?.date == start, courses.contains(owner) { continue }
            if PartialDate.compareAtCommonPrecision(start, context.today) > 0 {
                findings.append(context.finding("start date \(start) is after today (\(context.today))", at: context.datesRange(of: span, fallback: owner)))
            }
        }
        return findings
    }
}
