/// More than one role ending "present".
public struct MultipleCurrentRule: Rule {
    public static let description = RuleDescription(
        identifier: "multiple-current", name: "Several current roles",
        summary: "More than one role ends \"present\": fine for a side role, often a forgotten end date.",
        severity: .info,
        details: "Roles of one organisation block (promotions listed under one heading) count once.",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Jan 2020 – present

                ### Initech

                Developer • 2015 – 2019
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Jan 2020 – present

                ### Initech

                Developer • ↓2015 – present
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        var first: Role?
        var groups: Set<Int> = []
        var findings: [Finding] = []
        for role in document.roles where role.end == .present {
            if let group = role.group {
                if groups.contains(group) { continue }
                groups.insert(group)
            }
            if let first {
                findings.append(context.finding("\(context.name(of: role)) ends \"present\" as does \(context.name(of: first))", at: context.datesRange(of: role)))
            } else {
                first = role
            }
        }
        return findings
    }
}
