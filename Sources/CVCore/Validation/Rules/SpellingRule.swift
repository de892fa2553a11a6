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
        guard let base = context.spellChecker, let document = context.document else { return [] }
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
        var notes: [Finding] = []
        let reading = Self.read(prose, checker: base)
        switch reading {
        case .notEnglish(let known, let total):
            let note = "not spell-checked: \(known) of its \(total) words are in the dictionary, it does not read as English"
            return [Finding(ruleID: context.ruleID, severity: .info, message: note, range: SourceRange(line: 1, column: 1, endLine: 1, endColumn: 1))]
        case .variety(let variety, _, _):
            if let note = Self.mixedNote(variety, prose: prose, ruleID: context.ruleID) { notes.append(note) }
        case .fixed:
            break
        }
        var unique: [String] = []
        var seen: Set<String> = []
        for (_, text) in candidates where seen.insert(text).inserted { unique.append(text) }
        var misspelt = reading.checker(base).misspelt(unique)
        // The other variety's forms: right in a CV that mixes both (the note says so once), a slip worth an info
        // note in one that keeps to one variety (`behaviors` in a British CV): a consistency remark, not a misspelling.
        var otherVariety: Set<String> = []
        if case .variety(let variety, _, let other) = reading, !misspelt.isEmpty {
            otherVariety = other.known(Array(misspelt.keys))
            if variety.isMixed {
                for word in otherVariety { misspelt[word] = nil }
            }
        }
        guard !misspelt.isEmpty else { return notes }
        let variety = reading.checker(base) === base ? "" : (reading.isBritish ? "British" : "American")
        // One finding per word and line: the same text can be read twice (a summary that is also a section item).
        var reported: Set<String> = []
        return notes + candidates.compactMap { index, text in
            guard let suggestions = misspelt[text] else { return nil }
            let word = prose.words[index]
            guard reported.insert("\(word.range.start.line) \(text)").inserted else { return nil }
            let hint = suggestions.first.map { " (did you mean \"\($0)\"?)" } ?? ""
            if otherVariety.contains(text) {
                let note = "\"\(text)\" is not the \(variety) spelling the CV otherwise uses\(hint)"
                return Finding(ruleID: context.ruleID, severity: .info, message: note, range: word.range, suggestion: suggestions.first)
            }
            return context.finding("\"\(text)\" is misspelt\(hint)", at: word.range, suggestion: suggestions.first)
        }
    }

    /// How the CV is checked: with the configured dictionary, with the one of the English variety it is written in,
    /// or not at all (its words are mostly not in the dictionary: another language).
    enum Reading {
        case fixed
        case notEnglish(known: Int, total: Int)
        /// The variety read, its dictionary and the other variety's.
        case variety(SpellingVariety, any SpellChecker, any SpellChecker)

        var isBritish: Bool {
            if case .variety(let variety, _, _) = self { return variety.language == SpellingVariety.britishLanguage }
            return false
        }

        func checker(_ base: any SpellChecker) -> any SpellChecker {
            if case .variety(_, let checker, _) = self { return checker }
            return base
        }
    }

    /// Reads the language and the variety from the lowercase words of the prose (capitalised words are mostly names).
    static func read(_ prose: Prose, checker base: any SpellChecker) -> Reading {
        var words: [String] = []
        var seen = Set<String>()
        for word in prose.words where word.text.utf8.count >= 3 && seen.insert(word.text).inserted {
            if word.text.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) { words.append(word.text) }
        }
        // Too few words to tell: check them with the dictionary given.
        if words.count >= 20 {
            let known = base.known(words).count
            if known * 2 < words.count { return .notEnglish(known: known, total: words.count) }
        }
        guard let british = base.variety(SpellingVariety.britishLanguage), let american = base.variety(SpellingVariety.americanLanguage)
        else { return .fixed }
        let variety = SpellingVariety.read(words, british: british, american: american)
        return variety.language == SpellingVariety.britishLanguage
            ? .variety(variety, british, american) : .variety(variety, american, british)
    }

    /// One note for a CV that mixes the varieties, at the first word of the variety it uses less: info, since
    /// both spellings are right and choosing one is the author's call.
    static func mixedNote(_ variety: SpellingVariety, prose: Prose, ruleID: String) -> Finding? {
        guard variety.isMixed else { return nil }
        let american = variety.american + variety.oxford
        let minority = variety.language == SpellingVariety.britishLanguage ? american : variety.british
        guard let first = minority.first, let word = prose.words.first(where: { $0.text == first }) else { return nil }
        let gb = variety.british.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        let us = american.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        let message = "British and American spellings mixed: British \(gb), American \(us); "
            + "choose one, or set `spelling.language` in .cvtrack.yml"
        return Finding(ruleID: ruleID, severity: .info, message: message, range: word.range)
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
