/// The same role twice.
public struct DuplicateRoleRule: Rule {
    public static let description = RuleDescription(
        identifier: "duplicate-role", name: "Duplicate role",
        summary: "The same role (organisation, title and dates) is listed twice.",
        severity: .warning,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                ### Acme

                Senior Engineer • 2020 – 2021
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                ↓### Acme

                Engineer • 2019 – 2020
                """),
        ])

    public init() {}

    struct Key: Hashable {
        var organisation: String
        var title: String
        var start: PartialDate?
        var end: DateEnd?
    }

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        var seen: [Key: Role] = [:]
        var findings: [Finding] = []
        for role in document.roles {
            let key = Key(
                organisation: OverlapRule.key(role.organisation), title: OverlapRule.key(role.title),
                start: role.start, end: role.end)
            guard !key.title.isEmpty || !key.organisation.isEmpty else { continue }
            if let first = seen[key] {
                findings.append(context.finding("\(context.name(of: role)) repeats \(context.name(of: first))", at: context.start(of: role.source)))
            } else {
                seen[key] = role
            }
        }
        return findings
    }
}
