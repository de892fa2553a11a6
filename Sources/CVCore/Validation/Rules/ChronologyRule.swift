/// Roles listed newest first.
public struct ChronologyRule: Rule {
    public static let description = RuleDescription(
        identifier: "chronology", name: "Chronology",
        summary: "Roles of a section are not listed newest first.",
        severity: .warning,
        details: "Each role is compared with the dated role listed before it in the same section, by start date (then end date) at the precision both have.",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Mar 2015 – present

                ### Initech

                Developer • 2012 – 2015
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Initech

                Developer • 2012 – 2015

                ### Acme

                Engineer • ↓Mar 2015 – present
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        var previous: [String: Role] = [:]
        var findings: [Finding] = []
        for role in document.roles {
            guard let start = role.start, start.isPossible else { continue }
            let section = role.section ?? ""
            defer { previous[section] = role }
            guard let before = previous[section], let beforeStart = before.start else { continue }
            var order = PartialDate.compareAtCommonPrecision(start, beforeStart)
            if order == 0, let end = role.end, let beforeEnd = before.end {
                switch (end, beforeEnd) {
                case (.present, .date): order = 1
                case (.date(let a), .date(let b)): order = PartialDate.compareAtCommonPrecision(a, b)
                default: order = 0
                }
            }
            if order > 0 {
                findings.append(context.finding(
                    "\(context.name(of: role)) starts (\(start)) after \(context.name(of: before)) (\(beforeStart)) but is listed after it; list roles newest first",
                    at: context.datesRange(of: role)))
            }
        }
        return findings
    }
}
