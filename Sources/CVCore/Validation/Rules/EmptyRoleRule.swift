/// A role with neither a title nor dates.
public struct EmptyRoleRule: Rule {
    public static let description = RuleDescription(
        identifier: "empty-role", name: "Empty role",
        summary: "A role with no title and no dates: a reader cannot tell what you did there or when.",
        severity: .warning,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                ↓### Initech

                Developing web applications in PHP.
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        return document.roles.compactMap { role in
            let noTitle = role.title.map { $0.allSatisfy(\.isWhitespace) } ?? true
            let noDates = role.dates.map { $0.isEmpty && $0.text.isEmpty } ?? true
            guard noTitle, noDates else { return nil }
            return context.finding("\(context.name(of: role)) has no title and no dates", at: context.start(of: role.source))
        }
    }
}
