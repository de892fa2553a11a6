/// Roles at different organisations over the same months.
public struct OverlapRule: Rule {
    public static let description = RuleDescription(
        identifier: "overlap", name: "Overlapping roles",
        summary: "Two roles at different organisations overlap in time.",
        severity: .warning,
        options: [RuleOption("tolerance-months", default: .int(1), "months of overlap accepted (a job change within one month)")],
        details: "A year without a month is read in the role's favour (a start as December, an end as January), so `2005 – 2014` and `2014 – today` do not overlap. Roles of one organisation block, or of the same organisation, never overlap. Reported at the role listed later.",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Mar 2015 – present

                ### Initech

                Developer • Jun 2014 – Mar 2015
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Mar 2015 – present

                ### Initech

                Developer • ↓Jun 2014 – Dec 2015
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        let tolerance = context.options.int("tolerance-months")
        let todayIndex = context.today.monthIndex(defaultMonth: 12)
        struct Interval { var role: Role; var start: Int; var end: Int; var organisation: String }
        var intervals: [Interval] = []
        for role in document.roles.prefix(500) {
            guard let start = role.start, let end = role.end else { continue }
            let startIndex = start.month == nil ? start.year * 12 + 11 : start.monthIndex()
            let endIndex: Int
            switch end {
            case .present: endIndex = todayIndex
            case .date(let d): endIndex = d.month == nil ? d.year * 12 : d.monthIndex()
            }
            guard endIndex >= startIndex else { continue }
            intervals.append(Interval(role: role, start: startIndex, end: endIndex, organisation: Self.key(role.organisation)))
        }
        var findings: [Finding] = []
        for j in intervals.indices {
            for i in 0..<j {
                let a = intervals[i]
                let b = intervals[j]
                if let ga = a.role.group, ga == b.role.group { continue }
                if !a.organisation.isEmpty, a.organisation == b.organisation { continue }
                let months = min(a.end, b.end) - max(a.start, b.start)
                guard months > tolerance else { continue }
                findings.append(context.finding(
                    "\(context.name(of: b.role)) overlaps \(context.name(of: a.role)) by \(months) months",
                    at: context.datesRange(of: b.role)))
                break
            }
        }
        return findings
    }

    static func key(_ organisation: String?) -> String {
        String((organisation ?? "").lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57) })
    }
}
