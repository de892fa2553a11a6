/// Real words that are a known slip in a CV: no dictionary catches them.
public struct WordConfusionRule: Rule {
    public static let description = RuleDescription(
        identifier: "word-confusion", name: "Word confusion",
        summary: "A real word that is a known slip in a CV (contactor/contractor, manger/manager, \"Principle Engineer\", \"it's own\", \"Lead the team\" in a past role, \"Setup the CI\", \"the Launch Coordinate\", \"animate events\"), or a well-known name with one word wrong (\"Windows Presentation Framework\").",
        severity: .warning,
        details: "Each confusable word is reported only in the context where it is a slip: " + (WordConfusions.table + WordConfusions.agentNounRows).map { "`\($0.word)` → `\($0.suggestion)` (\($0.when))" }.joined(separator: "; ") + ". A well-known name of three words or more written with one capitalised word wrong (`Windows Presentation Framework` → `Foundation`): " + WordConfusions.knownNames.joined(separator: ", ") + ".",
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
                - Plan And Coordinate releases; the concept behind the Windows Presentation Foundation port; animate the logo.
                - Became an Amazon Web Partner; the Launch Coordinator for the app.
                - Shipped the Ledger Translate and Ledger Print apps.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### ↓Contactor/Advisor

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
                - Served as the Release ↓Coordinate for the mobile app; helped ↓animate developer meetups.
                - Wrote up the ↓conception behind the rewrite; moved from ↓Windows Communication Framework to gRPC.
                - Kept the tool stable across ↓it’s 4 versions.
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        let prose = context.prose
        var findings: [Finding] = []
        for (index, word) in prose.words.enumerated() {
            guard let known = WordConfusions.byLowerWord[word.lower] else { continue }
            if let names = known.names, let finding = misremembered(names, at: index, prose, context) {
                findings.append(finding)
            }
            guard let entries = known.entries else { continue }
            let segment = prose.segments[word.segment]
            let role = segment.roleIndex.map { document.roles[$0] }
            for entry in entries where entry.matches(word: word, index: index, prose: prose, segment: segment, role: role, today: context.today) {
                let suggestion = WordConfusions.matchCase(entry.suggestion, like: word.text)
                // Quoted as written (`it’s` with its curly apostrophe), not as normalised.
                let written = context.source.slice(word.range)
                findings.append(context.finding("\"\(written.isEmpty ? word.text : String(written))\" is probably \"\(suggestion)\" (\(entry.why))", at: word.range, suggestion: suggestion))
                break
            }
        }
        return findings
    }

    /// A well-known name written with one word wrong (`Windows Workflow Framework`): the phrase starts a
    /// name (no capitalised word before it), its words are not split by punctuation, and the wrong word is
    /// capitalised like the rest of the name, and it looks like the right one (`lookAlike`): `Google Cloud
    /// Partner` and `Windows Identity Foundation` are other names, not slips. A phrase that is one of the names
    /// exactly is right.
    func misremembered(_ names: [[String]], at index: Int, _ prose: Prose, _ context: RuleContext) -> Finding? {
        if let previous = prose.previous(before: index), previous.text.first?.isUppercase == true { return nil }
        var best: ([Prose.Word], [String])?
        for name in names {
            var words = [prose.words[index]]
            var i = index
            while words.count < name.count, let next = prose.next(after: i) {
                words.append(next)
                i += 1
            }
            guard words.count == name.count else { continue }
            let wrong = words.indices.filter { words[$0].lower != name[$0] }
            if wrong.isEmpty { return nil }
            guard wrong.count == 1, let k = wrong.first, words[k].text.first?.isUppercase == true,
                  WordConfusions.lookAlike(words[k].lower, name[k]) else { continue }
            best = best ?? (words, name)
        }
        guard let (words, name) = best else { return nil }
        let written = words.map(\.text).joined(separator: " ")
        let right = zip(words, name).map { WordConfusions.matchCase($1, like: $0.text) }.joined(separator: " ")
        let range = SourceRange(start: words[0].range.start, end: words[words.count - 1].range.end)
        return context.finding("\"\(written)\" is probably \"\(right)\" (the well-known name)", at: range, suggestion: right)
    }
}
