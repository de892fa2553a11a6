/// Bullets too long to read at a glance, counted in words.
public struct BulletLengthRule: Rule {
    public static let description = RuleDescription(
        identifier: "bullet-length", name: "Bullet length",
        summary: "A bullet longer than the limit (80 words unless configured); one over 50 words is noted as info.",
        severity: .warning,
        options: [
            RuleOption("max", default: .int(80), "the longest bullet accepted, in words"),
            RuleOption("long", default: .int(50), "bullets longer than this many words are noted (info)"),
        ],
        details: """
            Words, not characters: a bullet of technical names reads as fast as one of short words. Careful \
            editors accept bullets of two or three lines (up to about 50 words) and tolerate longer ones that \
            carry a whole project; a bullet over `long` words is noted as info, one over `max` words is a \
            warning. A bullet of three sentences or more is a paragraph written as a list item: it is noted as \
            info whatever its length, since splitting it is a matter of taste. Descriptions written as \
            paragraphs (not bullets) are not checked.
            """,
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
                """, options: ["max": .int(8)]),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        let limit = max(1, context.options.int("max"))
        let long = max(1, min(limit, context.options.int("long")))
        let bullets = document.roles.flatMap(\.bullets) + document.projects.flatMap(\.bullets)
        return bullets.flatMap(\.walk).compactMap { bullet in
            let (words, sentences) = Self.count(bullet.text)
            guard words > long else { return nil }
            let paragraph = sentences >= 3
            var finding = context.finding(
                "bullet is \(words) words long (limit \(limit))" + (paragraph ? "; it reads as a paragraph of \(sentences) sentences" : ""),
                at: context.start(of: bullet.source))
            if words <= limit || paragraph { finding.severity = min(finding.severity, .info) }
            return finding
        }
    }

    /// Words (runs of non-space bytes holding a letter or digit) and sentences (a `.`, `!` or `?` ending a
    /// word followed by a capitalised word, plus the last one), counted on the bytes.
    static func count(_ text: String) -> (words: Int, sentences: Int) {
        var words = 0
        var sentences = 0
        var inWord = false
        var hasAlnum = false
        var endsSentence = false
        var pendingStop = false
        func close() {
            if inWord, hasAlnum { words += 1; if endsSentence { pendingStop = true } }
            inWord = false
            hasAlnum = false
            endsSentence = false
        }
        for b in text.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                close()
                continue
            }
            if !inWord {
                // A capitalised word after a full stop starts a new sentence.
                if pendingStop, b >= 0x41, b <= 0x5A { sentences += 1 }
                pendingStop = false
                inWord = true
            }
            let alnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if alnum { hasAlnum = true; endsSentence = false } else { endsSentence = b == 0x2E || b == 0x21 || b == 0x3F }
        }
        close()
        return (words, words > 0 ? sentences + 1 : 0)
    }
}
