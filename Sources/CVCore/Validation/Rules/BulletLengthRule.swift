/// Bullets too long to read at a glance.
public struct BulletLengthRule: Rule {
    public static let description = RuleDescription(
        identifier: "bullet-length", name: "Bullet length",
        summary: "A bullet longer than the limit (300 characters unless configured).",
        severity: .warning,
        options: [RuleOption("max", default: .int(300), "the longest bullet accepted, in characters")],
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Built the billing system.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                ↓- Built the billing system, then the invoicing system, then the reporting.
                - Ran the on-call rota.
                """, options: ["max": .int(40)]),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        let limit = max(1, context.options.int("max"))
        let bullets = document.roles.flatMap(\.bullets) + document.projects.flatMap(\.bullets)
        return bullets.flatMap(\.walk).compactMap { bullet in
            let length = bullet.text.count
            guard length > limit else { return nil }
            return context.finding("bullet is \(length) characters long (limit \(limit))", at: context.start(of: bullet.source))
        }
    }
}
