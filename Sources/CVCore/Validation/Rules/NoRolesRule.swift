/// A CV without a single role.
public struct NoRolesRule: Rule {
    public static let description = RuleDescription(
        identifier: "no-roles", name: "No roles",
        summary: "The CV has no experience at all: no role could be read.",
        severity: .error,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Jan 2020 – Mar 2021
                """),
        ],
        triggeringExamples: [
            Example("""
                ↓# Jane Doe

                I like building things.

                ## Interests

                - Sailing
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document, document.roles.isEmpty else { return [] }
        var first = 1
        while first < context.lineCount, context.line(first).allSatisfy(\.isWhitespace) { first += 1 }
        return [context.finding("no roles found: the CV has no experience section that can be read", at: context.start(of: SourceRange(lines: first, first)))]
    }
}
