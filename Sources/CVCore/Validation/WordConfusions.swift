/// The confusable words `word-confusion` knows, each with the context in which it is a slip.
/// Kept in code: adding a slip is adding a row.
struct WordConfusion: Sendable {
    enum Context: Sendable {
        /// Always a slip in a CV.
        case always
        /// In a role title or organisation, or next to one of these words.
        case titleOr(before: Set<String>, after: Set<String>)
        /// When the next word is one of these.
        case before(Set<String>)
        /// When the previous word is one of these.
        case after(Set<String>)
        /// When the previous word is one of `after` or the next one of `before`.
        case either(after: Set<String>, before: Set<String>)
        /// "it's" followed by a noun-like word, or by a number and a plural that is not a measure (`it's 3 releases`).
        case possessive
        /// In a role that has ended, not followed by a job noun: after "I"/"we" (with an adverb between or not),
        /// after an adverb opening the sentence (`Successfully lead`), starting a sentence, or after "and" in a
        /// bullet opened by a past-tense verb (`Launched and lead`), in a role written in the past tense.
        case pastTense
        /// A verb where the noun is written as one word (`Setup the build`): starting a sentence and followed by a
        /// word (not `of`/`for`/`is`…), after "to"/"I"/"we", or before a determiner.
        case phrasalVerb
        /// When one of the next `within` words (no punctuation between) is one of these: `animate developer
        /// events`.
        case beforeWithin(Set<String>, within: Int)
        /// A verb written where a job title needs its agent noun (`the Release Coordinate for the app`): the last
        /// word of a role title, or a capitalised word inside a title-cased name in text (after a capitalised word
        /// or the/a/as, not opening the sentence, ending the name); never after and/or (`Plan And Coordinate`).
        case agentNoun
    }

    let word: String
    let suggestion: String
    let context: Context
    /// Shown in the message.
    let why: String
    /// Shown in the documentation.
    let when: String

    func matches(word w: Prose.Word, index: Int, prose: Prose, segment: Prose.Segment, role: Role?, today: PartialDate) -> Bool {
        let next = prose.next(after: index)
        let previous = prose.previous(before: index)
        switch context {
        case .always:
            return true
        case .titleOr(let before, let after):
            if segment.kind != .text { return true }
            return (next.map { before.contains($0.lower) } ?? false) || (previous.map { after.contains($0.lower) } ?? false)
        case .before(let words):
            return next.map { words.contains($0.lower) } ?? false
        case .after(let words):
            return previous.map { words.contains($0.lower) } ?? false
        case .either(let after, let before):
            return (next.map { before.contains($0.lower) } ?? false) || (previous.map { after.contains($0.lower) } ?? false)
        case .possessive:
            guard let next, let first = next.text.unicodeScalars.first, !first.properties.isUppercase else { return false }
            // "it's 3 releases": a count of things it has, not a measure ("it's 3 years old", "it's 2 times faster").
            if next.text.allSatisfy(\.isNumber), let counted = prose.next(after: index + 1) {
                return counted.lower.count > 3 && counted.lower.hasSuffix("s") && !WordConfusions.measures.contains(counted.lower)
            }
            return WordConfusions.looksLikeNoun(next.lower)
        case .pastTense:
            guard segment.kind == .text, let role, let end = role.end?.date,
                  PartialDate.compareAtCommonPrecision(end, today) < 0 else { return false }
            guard let next else { return false }
            // "and lead design reviews": a lowercase word after "lead" joined by "and" to a verb is its object.
            let joined = previous?.lower == "and" && next.text.first?.isLowercase == true
            guard joined || !WordConfusions.jobNouns.contains(next.lower) else { return false }
            if let previous, previous.lower == "i" || previous.lower == "we" { return true }
            if let previous, WordConfusions.isAdverb(previous.lower) {
                let before = prose.previous(before: index - 1)
                if previous.sentenceStart || before.map({ $0.lower == "i" || $0.lower == "we" }) == true { return true }
            }
            guard WordConfusions.isWrittenInPastTense(role) else { return false }
            // A bullet or sentence starting "Lead", in a role whose bullets are written in the past tense.
            if w.sentenceStart { return true }
            // "Launched and lead": joined to a past-tense verb opening the bullet.
            if let previous, previous.lower == "and", segment.isBullet {
                return WordConfusions.isPastTense(prose.words[segment.words.lowerBound].lower)
            }
            return false
        case .phrasalVerb:
            if let previous, ["to", "i", "we", "and", "will"].contains(previous.lower), next != nil { return true }
            guard let next else { return false }
            if WordConfusions.determiners.contains(next.lower) { return previous.map { !WordConfusions.determiners.contains($0.lower) } ?? true }
            return w.sentenceStart && !WordConfusions.nounFollowers.contains(next.lower)
        case .beforeWithin(let words, let within):
            var i = index
            for _ in 0..<within {
                guard let following = prose.next(after: i) else { return false }
                if words.contains(following.lower) { return true }
                i += 1
            }
            return false
        case .agentNoun:
            guard let first = w.text.first, first.isUppercase, w.text.dropFirst().allSatisfy({ !$0.isUppercase }) else { return false }
            if let previous, WordConfusions.nameJoiners.contains(previous.lower) { return false }
            if segment.kind == .title { return next == nil }
            guard !w.sentenceStart, let previous else { return false }
            guard previous.text.first?.isUppercase == true || ["the", "a", "an", "as"].contains(previous.lower) else { return false }
            // "the Acme Investigate and Acme Insight apps": names in a list, products rather than a person's title.
            if let next, next.lower == "and" || next.lower == "or" || next.lower == "&",
               prose.next(after: index + 1)?.text.first?.isUppercase == true { return false }
            return next.map { WordConfusions.nameEnders.contains($0.lower) } ?? true
        }
    }
}

enum WordConfusions {
    /// Words that join two verbs in a title-cased heading (`Plan And Coordinate`): the next word is no title.
    static let nameJoiners: Set<String> = ["and", "or", "to", "&", "then"]

    /// Words after a title in running text (`the Launch Coordinator for the app`).
    static let nameEnders: Set<String> = ["for", "of", "at", "in", "on", "with", "and", "to", "from", "during", "role", "position"]

    /// Verbs whose agent noun is a job title (coordinate → coordinator), for `agentNoun`.
    static let agentNouns: [(verb: String, noun: String)] = [
        ("coordinate", "coordinator"), ("administrate", "administrator"), ("supervise", "supervisor"),
        ("facilitate", "facilitator"), ("instruct", "instructor"), ("develop", "developer"), ("manage", "manager"),
        ("consult", "consultant"), ("assist", "assistant"), ("analyse", "analyst"), ("analyze", "analyst"),
        ("translate", "translator"), ("educate", "educator"), ("operate", "operator"), ("investigate", "investigator"),
    ]

    /// Nouns of events and groups one runs or hosts, after the calque `animate` (French animer, Spanish animar).
    static let hostedThings: Set<String> = [
        "event", "events", "workshop", "workshops", "meetup", "meetups", "meeting", "meetings", "session", "sessions",
        "training", "trainings", "talk", "talks", "conference", "conferences", "community", "communities", "webinar",
        "webinars", "seminar", "seminars", "hackathon", "hackathons", "course", "courses", "class", "classes", "team",
        "teams", "group", "groups", "debate", "debates", "forum", "forums", "round-table", "roundtable", "roundtables",
    ]

    static let jobNouns: Set<String> = [
        "engineer", "engineers", "developer", "developers", "architect", "consultant", "scientist", "designer",
        "analyst", "investigator", "researcher", "software", "product", "program", "programme", "data", "security",
        "systems", "solutions", "technical", "member", "lecturer", "associate", "partner", "manager", "director",
        "ux", "qa", "sre", "platform", "infrastructure", "staff", "devops", "frontend", "backend", "front-end",
        "back-end", "full-stack", "fullstack", "mobile", "web", "test", "tester", "role", "contributor", "maintainer",
        "author", "dev", "programmer", "administrator", "specialist", "officer", "advisor", "adviser", "counsel",
        "teacher", "instructor", "writer", "editor",
    ]

    static let irregularPast: Set<String> = [
        "built", "led", "ran", "wrote", "made", "took", "drove", "grew", "set", "won", "gave", "began", "became",
        "brought", "taught", "oversaw", "undertook", "sold", "bought", "held", "kept", "met", "put", "rebuilt",
        "rewrote", "saw", "spent", "split", "spoke", "stood", "thought", "understood", "went", "got", "cut", "shipped",
    ]

    /// Most bullets of the role start with a verb in the past tense (`Designed`, `Built`).
    static func isWrittenInPastTense(_ role: Role) -> Bool {
        var past = 0
        var total = 0
        for bullet in role.bullets.flatMap(\.walk) {
            guard let first = firstWord(bullet.text)?.lowercased() else { continue }
            total += 1
            if isPastTense(first) { past += 1 }
        }
        return past * 2 > total
    }

    /// The first run of letters of a text (`split(whereSeparator: { !$0.isLetter }).first`, without splitting the
    /// rest of the text).
    static func firstWord(_ text: String) -> Substring? {
        guard let start = text.firstIndex(where: \.isLetter) else { return nil }
        return text[start..<(text[start...].firstIndex { !$0.isLetter } ?? text.endIndex)]
    }

    static func isPastTense(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 3) || irregularPast.contains(word)
    }

    /// `also`, `then`, or a word in -ly (`successfully`, `jointly`), before a verb.
    static func isAdverb(_ word: String) -> Bool {
        word == "also" || word == "then" || word == "further" || (word.count > 4 && word.hasSuffix("ly") && word != "only" && word != "daily")
    }

    static let determiners: Set<String> = ["the", "a", "an", "our", "their", "his", "her", "my", "its", "new", "this", "these", "all", "several", "multiple"]

    /// Words after a noun `setup` (`Setup of the lab`, `Setup is automated`).
    static let nounFollowers: Set<String> = ["of", "for", "is", "was", "and", "with", "in", "on", "time", "guide", "script", "scripts", "wizard", "process", "phase", "costs", "cost"]

    static let possessedNouns: Set<String> = [
        "own", "users", "user", "customers", "customer", "clients", "client", "way", "predecessor", "precursor",
        "successor", "name", "members", "features", "feature", "performance", "team", "teams", "parent", "purpose",
        "goal", "goals", "mission", "products", "services", "infrastructure", "codebase", "architecture", "api",
        "apis", "scope", "size", "main", "primary", "peak", "employees", "community", "subsidiaries", "competitors",
        "partners", "history", "impact", "capacity", "owners", "owner", "dependencies", "predecessors", "users'",
        "lifecycle", "roadmap", "backlog", "contents", "content", "configuration", "output", "input", "results",
    ]

    /// Plurals a number before them measures (`it's 3 years old`, `it's 10 times faster`): "it's" is "it is".
    static let measures: Set<String> = [
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "percent", "points", "stars",
        "miles", "metres", "meters", "degrees", "dollars", "euros", "pounds", "levels", "steps", "clicks",
    ]

    static let notNouns: Set<String> = ["superior", "inferior", "interior", "exterior", "minor", "major", "for", "poor", "sure"]

    /// A noun after "it's" makes it a possessive ("it's precursor" → its precursor).
    static func looksLikeNoun(_ w: String) -> Bool {
        if possessedNouns.contains(w) { return true }
        if notNouns.contains(w) { return false }
        let count = w.count
        for suffix in ["tion", "sion", "ment", "ness", "ity", "ship", "ism", "ers", "ors", "ists", "ees", "ions", "ments"]
        where count >= suffix.count + 3 && w.hasSuffix(suffix) {
            return true
        }
        return count >= 7 && w.hasSuffix("or")
    }

    static let table: [WordConfusion] = [
        WordConfusion(
            word: "contactor", suggestion: "contractor",
            context: .titleOr(before: ["role", "roles", "consultant", "position", "work", "developer", "engineer"], after: ["a", "as", "independent", "freelance", "self-employed", "contract", "senior", "it"]),
            why: "a contactor is an electrical switch", when: "in a title or organisation, or as a job"),
        WordConfusion(
            word: "contactors", suggestion: "contractors",
            context: .titleOr(before: ["and", "or"], after: ["other", "external", "with", "of", "independent", "freelance", "managed", "hired"]),
            why: "a contactor is an electrical switch", when: "in a title, or as people"),
        WordConfusion(word: "manger", suggestion: "manager", context: .always, why: "a manger is a feeding trough", when: "always"),
        WordConfusion(word: "mangers", suggestion: "managers", context: .always, why: "a manger is a feeding trough", when: "always"),
        WordConfusion(
            word: "principle", suggestion: "principal", context: .before(jobNouns),
            why: "as a title it is spelt principal", when: "before a job noun: `Principle Engineer`"),
        WordConfusion(
            word: "it's", suggestion: "its", context: .possessive,
            why: "\"it's\" means \"it is\"", when: "before a noun: `it's precursor`, `it's own`"),
        WordConfusion(
            word: "lead", suggestion: "led", context: .pastTense,
            why: "the role has ended and its other bullets are in the past tense",
            when: "in a role that has ended: after I/we, after an adverb opening the sentence (`Successfully lead`), or, in a role written in the past tense, starting a sentence or after `and` in a bullet opened by a past-tense verb"),
        WordConfusion(
            word: "setup", suggestion: "set up", context: .phrasalVerb,
            why: "the verb is two words; setup is the noun",
            when: "as a verb: starting a sentence (`Setup the CI`), after to/I/we, or before the/a/our"),
        WordConfusion(word: "automatize", suggestion: "automate", context: .always, why: "a calque of automatiser/automatizar; English says automate", when: "always"),
        WordConfusion(word: "automatized", suggestion: "automated", context: .always, why: "a calque of automatiser/automatizar; English says automate", when: "always"),
        WordConfusion(word: "automatizing", suggestion: "automating", context: .always, why: "a calque of automatiser/automatizar; English says automate", when: "always"),
        WordConfusion(word: "automatization", suggestion: "automation", context: .always, why: "a calque of automatisation; English says automation", when: "always"),
        WordConfusion(
            word: "follow", suggestion: "fellow",
            context: .before(["employees", "colleagues", "students", "engineers", "developers", "researchers", "volunteers", "teammates", "workers", "coworkers", "co-workers", "classmates"]),
            why: "people who share a role are fellows", when: "before employees/colleagues/students…"),
        WordConfusion(
            word: "loose", suggestion: "lose",
            context: .after(["to", "not", "never", "will", "would", "could", "might", "can", "cannot", "can't", "don't", "didn't", "won't", "shouldn't", "or"]),
            why: "loose is the opposite of tight", when: "after to/not/will/can…"),
        WordConfusion(
            word: "loosing", suggestion: "losing", context: .always, why: "loosing means setting free", when: "always"),
        WordConfusion(
            word: "compliment", suggestion: "complement",
            context: .before(["existing", "each"]), why: "to complement is to complete", when: "before existing/each"),
        WordConfusion(
            word: "compliments", suggestion: "complements",
            context: .before(["the", "our", "existing", "each", "their", "its"]), why: "to complement is to complete", when: "before the/our/existing/each"),
        WordConfusion(
            word: "complimentary", suggestion: "complementary",
            context: .before(["skills", "skill", "skillset", "tools", "technologies", "technology", "to", "services", "products", "approaches", "strengths"]),
            why: "complimentary means praising or free", when: "before skills/tools/technologies/to"),
        WordConfusion(
            word: "affect", suggestion: "effect",
            context: .either(
                after: ["an", "positive", "negative", "significant", "big", "direct", "side", "lasting", "net", "desired", "huge", "major", "measurable", "real", "immediate"],
                before: ["on"]),
            why: "the noun is effect", when: "as a noun: `a big affect`, `affect on`"),
        WordConfusion(
            word: "affects", suggestion: "effects", context: .after(["side", "positive", "negative", "the"]),
            why: "the noun is effect", when: "as a noun: `side affects`"),
        WordConfusion(
            word: "then", suggestion: "than",
            context: .after(["more", "less", "better", "fewer", "rather", "faster", "greater", "larger", "smaller", "higher", "lower", "bigger", "quicker", "longer", "worse", "cheaper", "easier"]),
            why: "comparisons take than", when: "after a comparative: `more then`"),
        WordConfusion(word: "weather", suggestion: "whether", context: .before(["or"]), why: "weather is rain and sun", when: "before or"),
        WordConfusion(word: "pubic", suggestion: "public", context: .always, why: "a slip no reader forgets", when: "always"),
        WordConfusion(word: "complier", suggestion: "compiler", context: .always, why: "a complier is one who complies", when: "always"),
        WordConfusion(
            word: "moral", suggestion: "morale",
            context: .after(["team", "staff", "employee", "boost", "boosted", "boosting", "improved", "improve", "improving", "raised"]),
            why: "team spirit is morale", when: "after team/staff/boosted…"),
        WordConfusion(
            word: "roll", suggestion: "role",
            context: .after(["this", "my", "previous", "current", "leadership", "senior"]),
            why: "a job is a role", when: "after this/my/previous/leadership"),
        WordConfusion(
            word: "advise", suggestion: "advice",
            context: .after(["gave", "give", "giving", "gives", "provide", "provided", "providing", "provides", "technical", "expert", "offer", "offered", "offering", "sought", "seeking", "seek", "for"]),
            why: "the noun is advice", when: "as a noun: `provided advise`"),
        WordConfusion(
            word: "animate", suggestion: "run", context: .beforeWithin(hostedThings, within: 3),
            why: "a calque of animer/animar; English runs or hosts events", when: "before events/workshops/a community within three words"),
        WordConfusion(
            word: "animating", suggestion: "running", context: .beforeWithin(hostedThings, within: 3),
            why: "a calque of animer/animar; English runs or hosts events", when: "before events/workshops/a community within three words"),
        WordConfusion(
            word: "conception", suggestion: "concept", context: .before(["behind"]),
            why: "conception is the act of conceiving; the idea behind something is its concept", when: "before behind"),
        WordConfusion(word: "adapt", suggestion: "adept", context: .before(["at"]), why: "skilled is adept", when: "before at"),
        WordConfusion(
            word: "insure", suggestion: "ensure", context: .before(["that", "the", "all", "our", "quality", "compliance", "consistency", "high", "smooth"]),
            why: "to make sure is to ensure", when: "before that/the/quality…"),
    ]

    /// Well-known names of technologies and professional bodies, of three words or more, that are misremembered
    /// by one word (`Windows Workflow Framework` for Foundation, `Institution` for Institute). Only names
    /// that no other well-known name differs from by one word, so a phrase one word away is a slip.
    static let knownNames: [String] = [
        "Windows Presentation Foundation", "Windows Communication Foundation", "Windows Workflow Foundation",
        "Amazon Web Services", "Google Cloud Platform", "Amazon Elastic Compute Cloud", "Amazon Simple Storage Service",
        "Amazon Relational Database Service", "Amazon Elastic Kubernetes Service", "Google Kubernetes Engine",
        "Azure Kubernetes Service", "Cloud Native Computing Foundation", "Python Software Foundation",
        "Apache Software Foundation", "Open Web Application Security Project", "World Wide Web Consortium",
        "Internet Engineering Task Force", "Hypertext Markup Language", "Hypertext Transfer Protocol",
        "Cascading Style Sheets", "Structured Query Language", "Scalable Vector Graphics", "Simple Object Access Protocol",
        "Representational State Transfer", "Java Virtual Machine", "Java Database Connectivity", "Common Language Runtime",
        "Association for Computing Machinery", "Institute of Electrical and Electronics Engineers",
        "American Institute of Graphic Arts", "Project Management Institute", "Royal Institute of British Architects",
        "Chartered Institute of Personnel and Development", "Chartered Institute of Management Accountants",
    ]

    /// The words a body or a technology is named with, swapped for each other when a name is misremembered.
    static let nameHeads: Set<String> = [
        "foundation", "framework", "institute", "institution", "association", "society", "organisation",
        "organization", "agency", "authority", "council", "consortium", "federation", "service", "services",
        "platform", "protocol", "language", "engine", "runtime", "machine", "system", "library", "toolkit",
    ]

    /// A word written for another in a name: the same first letter and both words bodies are named with
    /// (`Framework`/`Foundation`), or the same first four letters (`Institution`/`Institute`, `Computer`/`Computing`).
    static func lookAlike(_ written: String, _ right: String) -> Bool {
        guard written.first == right.first else { return false }
        if nameHeads.contains(written) && nameHeads.contains(right) { return true }
        return written.count >= 4 && right.count >= 4 && written.prefix(4) == right.prefix(4)
    }

    /// `knownNames` as lowercased words, by their first word.
    static let knownNamesByFirstWord: [String: [[String]]] = Dictionary(
        grouping: knownNames.map { $0.lowercased().split(separator: " ").map(String.init) }, by: { $0[0] })

    /// The rows made from `agentNouns`.
    static let agentNounRows: [WordConfusion] = agentNouns.map {
        WordConfusion(
            word: $0.verb, suggestion: $0.noun, context: .agentNoun, why: "a title names the person, not the act",
            when: "ending a role title, or inside a title-cased name in text (`the Launch \(matchCase($0.verb, like: "A")) for`)")
    }

    static let byWord: [String: [WordConfusion]] = Dictionary(grouping: table + agentNounRows, by: \.word)

    /// `knownNamesByFirstWord` and `byWord` in one table: a prose word is looked up once.
    static let byLowerWord: [String: (names: [[String]]?, entries: [WordConfusion]?)] = {
        var map: [String: (names: [[String]]?, entries: [WordConfusion]?)] = [:]
        for (word, names) in knownNamesByFirstWord { map[word, default: (nil, nil)].names = names }
        for (word, entries) in byWord { map[word, default: (nil, nil)].entries = entries }
        return map
    }()

    /// `contractor` written like `Contactor` → `Contractor`.
    static func matchCase(_ suggestion: String, like original: String) -> String {
        guard let first = original.first, first.isUppercase else { return suggestion }
        if original.count > 1, original.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return suggestion.uppercased() }
        return suggestion.prefix(1).uppercased() + suggestion.dropFirst()
    }
}
