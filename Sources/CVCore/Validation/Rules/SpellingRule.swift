/// Misspelt words, through the `SpellChecker` the CLI gives (hunspell); skipped without one.
public struct SpellingRule: Rule {
    public static let description = RuleDescription(
        identifier: "spelling", name: "Spelling",
        summary: "A misspelt word in the CV's prose (bullets, paragraphs, summary, titles, other sections).",
        severity: .warning,
        options: [RuleOption("proper-nouns", default: .bool(false), "also check capitalised words in the middle of a sentence")],
        details: """
            Checked with the dictionary of `spelling.language` (hunspell); skipped when no dictionary is available. \
            Ignored: code (`backticks`, fenced blocks), URLs, e-mail addresses, dotted names (`Node.js`, `e.g.`), \
            words with digits, words of one or two letters, all-capital words (`AWS`), words with an inner capital (`DeviantArt`), the person's \
            name, organisation, project and school names, everything in the skills section, the skills lexicon, \
            the technical words dictionaries lack (`backend`, `microservice`, `sharding`, `webhook`…), \
            and the personal words (`spelling.words`, `spelling.words-file`). A capitalised word in the middle of a \
            sentence is taken for a proper noun and skipped unless `proper-nouns: true`; role titles are checked \
            word by word. The examples use a dictionary that knows every word but `informaion` and `recieve`.
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Informaion Ltd

                Engineer • 2019 – 2020

                - Ran the `informaion` service at https://informaion.example and Recieve.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Wrote the ↓informaion system to ↓recieve orders.
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let checker = context.spellChecker, let document = context.document else { return [] }
        let ignored = Self.ignoredWords(document, personal: context.personalWords)
        let properNouns = context.options.bool("proper-nouns")
        let prose = context.prose
        var candidates: [(Int, String)] = []
        for (index, word) in prose.words.enumerated() {
            let segment = prose.segments[word.segment]
            if segment.kind == .organisation { continue }
            var text = word.text
            if text.hasSuffix("'s") { text.removeLast(2) } else if text.hasSuffix("'") { text.removeLast() }
            // Longer than any dictionary word (hunspell refuses words over 100 bytes): an identifier, a URL
            // fragment or garbage, not a word to spell.
            guard text.unicodeScalars.count >= 3, text.utf8.count <= 60 else { continue }
            var upper = 0
            var inner = false
            var digit = false
            for (i, c) in text.unicodeScalars.enumerated() {
                if c.properties.isUppercase {
                    upper += 1
                    if i > 0 { inner = true }
                }
                if c.properties.numericType != nil { digit = true }
            }
            if digit || inner { continue }
            if upper > 0, !word.sentenceStart, segment.kind == .text, !properNouns { continue }
            let lower = text.lowercased()
            if ignored.contains(lower) || Self.technicalWords.contains(lower) || context.personalWords.contains(text) || SkillLexicon.canonical(lower) != nil { continue }
            candidates.append((index, text))
        }
        guard !candidates.isEmpty else { return [] }
        var unique: [String] = []
        var seen: Set<String> = []
        for (_, text) in candidates where seen.insert(text).inserted { unique.append(text) }
        let misspelt = checker.misspelt(unique)
        guard !misspelt.isEmpty else { return [] }
        // One finding per word and line: the same text can be read twice (a summary that is also a section item).
        var reported: Set<String> = []
        return candidates.compactMap { index, text in
            guard let suggestions = misspelt[text] else { return nil }
            let word = prose.words[index]
            guard reported.insert("\(word.range.start.line) \(text)").inserted else { return nil }
            let hint = suggestions.first.map { " (did you mean \"\($0)\"?)" } ?? ""
            return context.finding("\"\(text)\" is misspelt\(hint)", at: word.range, suggestion: suggestions.first)
        }
    }

    /// Words of the trade that general dictionaries lack.
    static let technicalWords: Set<String> = [
        "backend", "backends", "frontend", "frontends", "microservice", "microservices", "webhook", "webhooks",
        "plugin", "plugins", "realtime", "serverless", "npm", "codebase", "codebases", "codepath", "codepaths",
        "shard", "shards", "sharded", "sharding", "tiering", "onboard", "onboarded", "onboarding", "offboarding",
        "architected", "architecting", "playbook", "playbooks", "middleware", "dataset", "datasets", "datastore",
        "datastores", "runtime", "runtimes", "toolchain", "toolchains", "toolset", "toolsets", "workflow", "workflows",
        "namespace", "namespaces", "hostname", "hostnames", "localhost", "failover", "failovers", "timestamp",
        "timestamps", "refactor", "refactored", "refactoring", "refactorings", "refactors", "deduplication", "dedupe",
        "hackathon", "hackathons", "devops", "fullstack", "async", "cron", "config", "configs", "repo", "repos",
        "monorepo", "monorepos", "linter", "linters", "subnet", "subnets", "containerised", "containerized",
        "containerisation", "containerization", "virtualisation", "virtualization", "autoscaling", "autoscale",
        "blockchain", "chatbot", "chatbots", "livestream", "livestreams", "screencast", "screencasts",
        "observability", "idempotent", "idempotency", "multithreaded", "ecommerce", "precompute", "preprocessing",
        "postprocessing", "upskilling", "upskill", "reskilling", "walkthrough", "walkthroughs", "standup", "standups",
        "greenfield", "brownfield", "whitepaper", "whitepapers", "codemod", "codemods", "mentee", "mentees",
        "dockerised", "dockerized", "scalability", "performant", "roadmap", "roadmaps", "lifecycle", "lifecycles",
        "frontend", "backoffice", "programmatically", "stakeholder", "stakeholders", "signup", "signups", "login",
        "logins", "username", "usernames", "filesystem", "filesystems", "pipelining", "geolocation", "unmarshal",
        "analytics", "stylesheet", "stylesheets", "wireframe", "wireframes", "wireframing", "prototyping",
    ]

    /// Names and skills, lowercased: the person, organisations, projects, schools, the skills section, personal words.
    static func ignoredWords(_ document: CVDocument, personal: Set<String>) -> Set<String> {
        var names: [String] = [document.person.name ?? ""]
        names += document.roles.compactMap(\.organisation)
        names += document.projects.map(\.name)
        names += document.education.compactMap(\.institution)
        for category in document.skills {
            names.append(category.name ?? "")
            names += category.skills.map(\.text)
        }
        names += document.roles.flatMap(\.keywords)
        var words = Set(personal.map { $0.lowercased() })
        for name in names {
            for part in name.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "\u{2019}") }) {
                words.insert(part.lowercased())
            }
        }
        return words
    }
}
