/// A role that ends before it starts.
public struct DateOrderRule: Rule {
    public static let description = RuleDescription(
        identifier: "date-order", name: "Date order",
        summary: "An end date before its start date, or a span written from present backwards.",
        severity: .error,
        details: "Dates are compared at the precision both have: `2019 – May 2019` is fine.",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Jan 2020 – Mar 2021

                ### Initech

                Developer • 2019 – May 2019
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • ↓Jan 2020 – Mar 2019
                """),
            Example("""
                ## Experience

                ### Acme

                Engineer • ↓Present – 2019
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for (span, owner) in context.allDateSpans {
            if let start = span.start, span.end == nil, DateParser.startsWithPresent(span.text) {
                findings.append(context.finding(
                    "the span runs from present back to \(start): write the earlier date first (\(start) – present)",
                    at: context.datesRange(of: span, fallback: owner)))
                continue
            }
            guard let start = span.start, let end = span.end?.date else { continue }
            if PartialDate.compareAtCommonPrecision(end, start) < 0 {
                findings.append(context.finding("end date \(end) is before start \(start)", at: context.datesRange(of: span, fallback: owner)))
            }
        }
        return findings
    }
}
