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

    /// Lowercase (ASCII), whitespace collapsed, final punctuation dropped: built on bytes, no Unicode work.
    static func key(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        while let last = out.last, last == 0x2E || last == 0x3B || last == 0x2C || last == 0x21 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
