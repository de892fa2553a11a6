/// Real words that are a known slip in a CV: no dictionary catches them.
public struct WordConfusionRule: Rule {
    public static let description = RuleDescription(
        identifier: "word-confusion", name: "Word confusion",
        summary: "A real word that is a known slip in a CV (contactor/contractor, manger/manager, \"Principle Engineer\", \"it's own\", \"Lead the team\" in a past role, \"Setup the CI\").",
        severity: .warning,
        details: "Each confusable word is reported only in the context where it is a slip: " + WordConfusions.table.map { "`\($0.word)` → `\($0.suggestion)` (\($0.when))" }.joined(separator: "; ") + ".",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Lead Engineer • 2019 – present

                - Lead the platform team; the service and its own database follow the principle of least privilege.
                - It's important to loosen coupling: it's used by more than 30 teams.
                - Setup of the test lab; wrote the setup guide.

                ### Initech

                Engineer • 2015 – 2019

                - Lead the reporting team to deliver a new product.
                - Work with the sales team.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### ↓Contactor/Consultant

                ↓Principle Engineer • 2019 – 2021

                - ↓Lead the migration of the billing system and ↓it's precursor.
                - Reported to the engineering ↓manger; the change had a big ↓affect on costs.
                - Designed the reporting pipeline.
                """),
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2021

                - Designed the reporting pipeline.
                - Built the billing system.
                - Successfully ↓lead the migration to Postgres.
                - Launched and ↓lead the move to Airflow.
                - ↓Setup the nightly builds and ↓automatized the releases with our ↓follow engineers.
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        let prose = context.prose
        var findings: [Finding] = []
        for (index, word) in prose.words.enumerated() {
            guard let entries = WordConfusions.byWord[word.lower] else { continue }
            let segment = prose.segments[word.segment]
            let role = segment.roleIndex.map { document.roles[$0] }
            for entry in entries where entry.matches(word: word, index: index, prose: prose, segment: segment, role: role, today: context.today) {
                let suggestion = WordConfusions.matchCase(entry.suggestion, like: word.text)
                findings.append(context.finding("\"\(word.text)\" is probably \"\(suggestion)\" (\(entry.why))", at: word.range, suggestion: suggestion))
                break
            }
        }
        return findings
    }
}
