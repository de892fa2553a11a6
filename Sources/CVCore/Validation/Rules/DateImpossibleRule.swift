/// Month 13, 31 February.
public struct DateImpossibleRule: Rule {
    public static let description = RuleDescription(
        identifier: "date-impossible", name: "Impossible date",
        summary: "A date that does not exist: month 13, 31 February, 29 February in a common year, year 0.",
        severity: .error,
        nonTriggeringExamples: [
            Example("""
                {"work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-02-29", "endDate": "2021-12-31"}]}
                """, format: .jsonResume),
        ],
        triggeringExamples: [
            Example("""
                {"work": [{"name": "Acme", "position": "Engineer", "startDate": "↓2019-02-29"}]}
                """, format: .jsonResume),
            Example("""
                {"work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01",
                  "endDate": "↓2020-13"}]}
                """, format: .jsonResume),
            Example("""
                {"work": [{"name": "Acme", "position": "Engineer", "startDate": "↓0000-01", "endDate": "2001-02"}]}
                """, format: .jsonResume),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for (span, owner) in context.allDateSpans {
            for (date, which) in [(span.start, "start"), (span.end?.date, "end")] {
                guard let date, !date.isPossible else { continue }
                let range = context.source.locate(date.description, in: span.source ?? owner)
                    ?? context.datesRange(of: span, fallback: owner)
                findings.append(context.finding("\(which) date \(date) does not exist (\(Self.why(date)))", at: range))
            }
        }
        return findings
    }

    static func why(_ date: PartialDate) -> String {
        if date.year < 1 { return "there is no year \(date.year)" }
        guard let month = date.month, (1...12).contains(month) else { return "there is no month \(date.month ?? 0)" }
        return "\(PartialDate.monthName(month)) \(date.year) has \(PartialDate.daysIn(month: month, year: date.year)) days"
    }
}

extension PartialDate {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? monthNames[month - 1] : "month \(month)"
    }
}
