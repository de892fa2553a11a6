/// The same bullet twice in one role.
public struct DuplicateBulletRule: Rule {
    public static let description = RuleDescription(
        identifier: "duplicate-bullet", name: "Duplicate bullet",
        summary: "The same bullet (ignoring case, spacing and final punctuation) appears twice in one role or project.",
        severity: .warning,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Built the billing system.

                ### Initech

                Engineer • 2018 – 2019

                - Built the billing system.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Built the billing system.
                - Ran the on-call rota.
                ↓- built the billing system
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        var findings: [Finding] = []
        let groups = document.roles.map { $0.text + $0.bullets } + document.projects.map { $0.text + $0.bullets }
        for group in groups {
            var seen: [String: Bullet] = [:]
            for bullet in group.flatMap(\.walk) {
                let key = Self.key(bullet.text)
                guard key.count >= 8 else { continue }
                if let first = seen[key] {
                    findings.append(context.finding("bullet repeats the one on line \(first.source.start.line)", at: context.start(of: bullet.source)))
                } else {
                    seen[key] = bullet
                }
            }
        }
        return findings
    }

    static func key(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace { space = !out.isEmpty; continue }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(scalar)
        }
        while let last = out.unicodeScalars.last, ".;,!".unicodeScalars.contains(last) { out.unicodeScalars.removeLast() }
        return out
    }
}
