/// Reads a job ad (Markdown or plain text) into a `JobAd`: headings decide what the lines under them are
/// (requirements, nice-to-haves, responsibilities, boilerplate); list items under them are requirements;
/// prose sentences that name skills are context requirements; the rest only adds weak key terms.
struct JobAdReader {
    private enum SectionKind {
        case context, mustHave, niceToHave, responsibility, tools, eligibility, benefit, boilerplate
        /// About the employer ("About us", "Company description", "About Acme"): its blurb is boilerplate, but a
        /// sentence in it about the job itself ("you will run …", "we are seeking …") is the ad's prose.
        case company
    }

    private enum Block {
        case heading(String, line: Int)
        case item(String, line: Int)
        case paragraph(String, line: Int)
        /// The title of a front matter (`title:`, `position:`).
        case title(String, line: Int)
        /// The employer a front matter names (`company:`, `organization:`).
        case company(String)
        /// A front matter's key over a list (`requirements:`): the section its entries are read under; no heading
        /// of the text.
        case section(String, line: Int)
    }

    private let lines: [Substring]
    private let scanner = TermScanner(conceptExamples: false)

    init(_ text: String) {
        let text = text.unicodeScalars.contains("\r") ? text.replacingCRLF() : text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func read() -> JobAd {
        let blocks = self.blocks()
        let filler = Set(JobAdReader.fillerWords.map { scanner.stem($0) })
        var ad = JobAd()
        var section: SectionKind = .context
        var sectionTitle: String?
        var headingsSeen = 0

        // An ad pasted twice says each thing once (the same words as another kind, a title and a link to it, stay).
        var said: Set<String> = []

        func addRequirement(_ text: String, kind: JobRequirement.Kind, line: Int, weight: Double? = nil, bag: TermBag? = nil,
                            queryWeight: Double? = nil) {
            guard said.insert(kind.rawValue + "\u{0}" + text).inserted else { return }
            // What the reader would learn or switch to ("… willing to switch to Go") is not what they are asked to show.
            let bag = JobAdReader.withoutLearning(text).map { scanner.scan($0) } ?? bag ?? scanner.scan(text)
            guard var requirement = makeRequirement(text, kind: kind, line: line, weight: weight, bag: bag) else { return }
            // "… expanding what we offer, or in helping it scale": either alternative meets it.
            if kind.isAsked {
                requirement.alternatives = JobAdReader.alternatives(text).compactMap {
                    makeRequirement($0, kind: kind, line: line, weight: weight, bag: scanner.scan($0))
                }
                // "A degree in X, or equivalent experience": years of work meet it too.
                if let years = JobAdReader.equivalentExperienceYears(text),
                   let worked = makeRequirement("\(years)+ years of experience", kind: kind, line: line, weight: weight,
                                                bag: TermBag()) {
                    requirement.alternatives.append(worked)
                }
            }
            ad.requirements.append(requirement)
            guard requirement.weight > 0 else { return }
            for skill in bag.orderedSkills { ad.skills[skill, default: 0] += requirement.weight }
            // The bullets' ranking query: words as written (competency tokens are for coverage, not ranking).
            let q = queryWeight ?? requirement.weight
            for term in requirement.terms where !ConceptLexicon.isConcept(term) { ad.terms[term, default: 0] += q }
        }

        /// The requirement a text asks, its terms read; nil when it asks nothing a CV can show.
        func makeRequirement(_ text: String, kind: JobRequirement.Kind, line: Int, weight: Double?, bag: TermBag)
            -> JobRequirement?
        {
            // What it is for ("… so that the team ships faster", "… so Acme becomes a platform") says why, not what:
            // its terms are those of the text before.
            let asked = JobAdReader.purposeStart(text).map { scanner.scan(String(decoding: text.utf8.prefix($0), as: UTF8.self)) } ?? bag
            // Filler ("experience", "strong") and the concepts only filler carries ("experience" is also the
            // stem of "experiment") are no terms.
            var terms: [String] = []
            var afterFiller = false
            // Phrases that are filler only as a whole: "a track record of …" says how well it is shown ("tracking"
            // alone is work: events, errors, bugs); "out of the box" says from the start, "right" before it only
            // stresses it.
            let phraseFiller = JobAdReader.fillerPhraseStems(in: text)
            for stem in asked.orderedStems {
                if filler.contains(stem) || phraseFiller.contains(stem) {
                    afterFiller = true
                    continue
                }
                if ConceptLexicon.isConcept(stem) && afterFiller { continue }
                afterFiller = false
                terms.append(stem)
            }
            // "… a sysadmin at Acme Labs": the employer's name says where, not what is asked.
            let employer = JobAdReader.employerWords(text).map { scanner.stem($0) }
            if !employer.isEmpty { terms.removeAll { employer.contains($0) } }
            // A competency that only a generic verb carries ("implement" carries coding) is not asked: "develop and
            // implement our approach" asks for no coding.
            // How the work is done ("quickly and carefully"), said by an adverb: not what is asked.
            let adverbs = JobAdReader.adverbStems(in: text, scanner: scanner)
            if !adverbs.isEmpty { terms.removeAll(where: adverbs.contains) }
            let words = terms
            terms.removeAll { term in
                ConceptLexicon.isConcept(term) && !words.contains { word in
                    !ConceptLexicon.isConcept(word) && !TailorMatcher.genericStems.contains(word)
                        && ConceptLexicon.conceptsOfStem[word]?.contains(term) == true
                }
            }
            // "5+ years of work experience": the years asked are shown by the roles' dates, whatever else it names.
            guard kind.weight == 0 || !terms.isEmpty || !bag.orderedSkills.isEmpty || YearsAsked.years(in: text) != nil else {
                return nil
            }
            // "such as X, Y or Z" asks for one of them; a responsibility listing "Rust, Kafka, Redis, and Kubernetes" for all.
            let lower = text.lowercased()
            // "Python AND Go", "both Python and Go": each of them, however the kind lists skills otherwise.
            let allOf = PhraseSearch.occurs(" AND ", in: text) || PhraseSearch.occurs("both ", in: lower)
            let anyOf = !allOf && (kind != .responsibility || JobAdReader.alternativeSearch.anyOccurs(in: lower))
            let skillsIllustrate = skillsAreExamples(text, lower: lower, skills: bag.orderedSkills, terms: terms)
            var requirement = JobRequirement(
                text: text, kind: kind, weight: weight, section: sectionTitle, line: line, skills: bag.orderedSkills,
                terms: terms, anyOfSkills: anyOf,
                exampleTerms: exampleTerms(of: lower, terms: terms, inParenthesis: skillsIllustrate),
                skillsAreExamples: skillsIllustrate)
            requirement.partners = JobAdReader.partners(in: text, terms: terms, scanner: scanner)
            return requirement
        }

        /// The terms only the examples carry, after an examples cue ("such as", "perhaps", "e.g."): words and
        /// competencies ("e.g. incident retros") the text before the cue does not name.
        /// Where the skills in a parenthesis illustrate the competency before it (`skillsAreExamples`), the other words
        /// of the parenthesis illustrate it too: "databases (we run Cassandra and an in-house store)".
        func exampleTerms(of lower: String, terms: [String], inParenthesis: Bool) -> [String] {
            let head: Set<String>
            let tail: Set<String>
            if let after = JobAdReader.exampleSearch.textAfterFirst(in: lower) {
                let before = String(decoding: lower.utf8.dropLast(after.utf8.count), as: UTF8.self)
                // A cue inside a parenthesis gives examples up to its closing bracket: the words after it are the
                // requirement's again ("write posts (e.g. deep dives), and give talks").
                var examples = Substring(after)
                var rest = Substring("")
                if before.lastIndex(of: "(").map({ open in !before[open...].contains(")") }) == true,
                   let close = after.firstIndex(of: ")") {
                    examples = after[..<close]
                    rest = after[after.index(after: close)...]
                }
                head = Set(scanner.scan(before + " " + rest).orderedStems)
                tail = Set(scanner.scan(String(examples)).orderedStems)
            } else if inParenthesis, let after = JobAdReader.includingSearch.textAfterFirst(in: lower),
                      !lower.utf8.dropLast(after.utf8.count).contains(UInt8(ascii: "(")) {
                // The skills after "including" (before any parenthesis) illustrate it, and so do the other words there.
                head = Set(scanner.scan(String(decoding: lower.utf8.dropLast(after.utf8.count), as: UTF8.self)).orderedStems)
                tail = Set(scanner.scan(after).orderedStems)
            } else if inParenthesis, let open = lower.firstIndex(of: "(") {
                let inside = lower[lower.index(after: open)...].prefix { $0 != ")" }
                head = Set(scanner.scan(lower[..<open]).orderedStems)
                tail = Set(scanner.scan(inside).orderedStems)
            } else {
                return []
            }
            return terms.filter { tail.contains($0) && !head.contains($0) }
        }

        /// Whether every skill it names stands after an examples cue or in parentheses, after a competency and
        /// no skill: "Familiarity with cloud operations (Pulumi, Nomad)".
        func skillsAreExamples(_ text: String, lower: String, skills: [String], terms: [String]) -> Bool {
            guard !skills.isEmpty else { return false }
            // The head is cut from the text as written (a skill's capitals count), so only where bytes line up.
            guard lower.utf8.count == text.utf8.count,
                  let after = JobAdReader.skillExampleSearch.textAfterFirst(in: lower) else { return false }
            let head = scanner.scan(String(decoding: text.utf8.dropLast(after.utf8.count), as: UTF8.self))
            // A competency it asks for (not one only a generic verb or filler carries: `terms`).
            guard head.orderedSkills.isEmpty,
                  head.orderedStems.contains(where: { ConceptLexicon.isConcept($0) && terms.contains($0) }) else {
                return false
            }
            let tail = scanner.scan(String(decoding: text.utf8.suffix(after.utf8.count), as: UTF8.self))
            return skills.allSatisfy { tail.skills[$0] != nil }
        }

        /// Every sentence of a list item or paragraph, clause by clause, is one requirement; its kind is the
        /// section's unless a cue word says otherwise.
        func addText(_ text: String, line: Int, prose: Bool) {
            for sentence in JobAdReader.sentences(text) {
                // Prose whose subject is the employer ("Acme, a logistics company, is …") tells of it, unless it
                // speaks of the job or to the reader.
                let aboutEmployer = prose && section == .context && ad.company.map { JobAdReader.isAbout($0, sentence) } == true
                for clause in JobAdReader.clauses(sentence, prose: prose) {
                    let kind = aboutEmployer ? .boilerplate : JobAdReader.kind(of: clause, in: section)
                    let bag = scanner.scan(clause)
                    // Prose and context lines that name no skill rank the CV's bullets by their words only a little
                    // (what the ad says about itself is not what it asks).
                    let query: Double? = bag.skills.isEmpty && (prose || section == .context)
                        ? (section == .responsibility ? 0.5 : 0.3) : nil
                    // "Tools on our stack": one tool a line, each weighing half a nice-to-have.
                    addRequirement(clause, kind: kind, line: line, weight: section == .tools && kind == .niceToHave ? 0.5 : nil,
                                   bag: bag, queryWeight: query)
                }
            }
        }

        for block in blocks {
            switch block {
            case .heading(let text, let line):
                headingsSeen += 1
                let kind = JobAdReader.classify(heading: text)
                if ad.title == nil && headingsSeen == 1 && line <= 5 {
                    ad.title = text
                    addRequirement(text, kind: .title, line: line, queryWeight: 2)
                    continue
                }
                // A jobs page ("Jobs at …" in its front matter): its first job heading is the title.
                if kind == nil, headingsSeen == 1, let page = ad.title, JobAdReader.listingSearch.anyOccurs(in: page.lowercased()),
                   let i = ad.requirements.firstIndex(where: { $0.kind == .title }) {
                    ad.title = text
                    ad.requirements.remove(at: i)
                    addRequirement(text, kind: .title, line: line, queryWeight: 2)
                    continue
                }
                if ad.company == nil && headingsSeen <= 3 && ad.title != nil && kind == nil
                    && JobAdReader.looksLikeCompany(text) {
                    ad.company = text
                    continue
                }
                section = kind ?? .context
                sectionTitle = text
            case .company(let text):
                if ad.company == nil { ad.company = text }
            case .section(let text, _):
                section = JobAdReader.classify(heading: text) ?? .context
                sectionTitle = text.isEmpty ? nil : text
            case .title(let text, let line):
                if ad.title == nil {
                    ad.title = text
                    addRequirement(text, kind: .title, line: line, queryWeight: 2)
                }
            case .item(let text, let line):
                addText(text, line: line, prose: false)
            case .paragraph(let text, let line):
                if ad.title == nil && headingsSeen == 0 {
                    // Plain text: the first line is the title.
                    ad.title = text
                    addRequirement(text, kind: .title, line: line, queryWeight: 2)
                    continue
                }
                addText(text, line: line, prose: true)
            }
        }
        return ad
    }

    /// A clause offering two alternatives, the second after ", or" and a preposition or a verb in -ing ("… growing
    /// the product, or in helping customers run it"): each alternative as a text of its own (the second without its
    /// "or"); none when the clause offers none. A list's last item (", or Ruby") is no alternative clause.
    static func alternatives(_ clause: String) -> [String] {
        let bytes = Array(clause.utf8)
        guard let at = PhraseSearch.offset(Array(", or ".utf8), in: bytes) else { return [] }
        let after = String(decoding: bytes[(at + 5)...], as: UTF8.self)
        guard let next = after.split(separator: " ", maxSplits: 1).first?.lowercased() else { return [] }
        guard alternativeStarts.contains(next) || (next.count > 5 && next.hasSuffix("ing")) else { return [] }
        let first = String(decoding: bytes[..<at], as: UTF8.self).trimmingCharacters()
        let second = after.trimmingCharacters()
        return first.isEmpty || second.isEmpty ? [] : [first, second]
    }

    /// The years of work a degree's "or equivalent experience" stands for ("BSc in Physics, or equivalent professional
    /// experience", "…; or equivalent work experience"): those the text asks, else the four of a degree; nil when it
    /// offers no experience in place of a degree.
    static func equivalentExperienceYears(_ text: String) -> Int? {
        let lower = text.lowercased()
        guard let at = lower.byteRange(of: "equivalent") else { return nil }
        // "experience" within a few words after "equivalent".
        let after = lower[at.upperBound...].split(separator: " ").prefix(3)
        guard after.contains(where: { $0.hasPrefix("experience") }) else { return nil }
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard words.first == "or" || words.contains(where: WordClasses.degreeWords.contains) else { return nil }
        return YearsAsked.years(in: text) ?? 4
    }

    /// Prepositions that start an alternative clause after ", or".
    static let alternativeStarts: Set<String> = ["in", "on", "at", "with", "by", "through", "via", "from", "into"]

    /// The words of `text` that stand right beside a word carrying one of the competencies among `terms`, with only
    /// spaces between ("security libraries", "IP networks", "rapid provisioning"): each (its stem, when a term that
    /// is neither generic nor a competency's word) → the competencies of its neighbour.
    static func partners(in text: String, terms: [String], scanner: TermScanner) -> [String: [String]] {
        let asked = Set(terms.filter(ConceptLexicon.isConcept))
        // Only a word of its own (not generic, carrying no competency) can be one.
        let wanted = Set(terms.filter(TailorMatcher.isOwnWord))
        guard !asked.isEmpty, !wanted.isEmpty else { return [:] }
        // Words (letters, digits, hyphens, apostrophes) and whether only spaces stand before each.
        var words: [(word: String, stems: [String], concepts: [String], joined: Bool)] = []
        var current = ""
        var joined = false
        var gapIsSpace = true
        // Each word's stems (a hyphenated word's pieces and the whole) and the asked competencies they carry: stemmed
        // alone, not scanned (a scan looks for skills and phrases, which the terms already hold).
        func flush() {
            guard !current.isEmpty else { return }
            let lower = current.lowercased()
            // A stop word is neither a term nor a competency's word.
            if TermScanner.stopWords.contains(lower) {
                words.append((lower, [], [], joined))
                current = ""
                return
            }
            let pieces = lower.split(separator: "-").map { scanner.stem(String($0)) }
            let stems = pieces.count > 1 ? pieces + [scanner.stem(lower)] : pieces
            var concepts: [String] = []
            for stem in stems {
                for concept in ConceptLexicon.adConceptsOfStem[stem] ?? [] where asked.contains(concept) && !concepts.contains(concept) {
                    concepts.append(concept)
                }
            }
            words.append((lower, stems, concepts, joined))
            current = ""
        }
        // Scalar by scalar (characters cost a grapheme break each), ASCII first.
        for c in text.unicodeScalars {
            let v = c.value
            let inWord = v < 0x80
                ? ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x27
                : v == 0x2019 || c.properties.isAlphabetic || c.properties.numericType != nil
            if inWord {
                if current.isEmpty { joined = gapIsSpace && !words.isEmpty }
                current.unicodeScalars.append(c)
                gapIsSpace = true
            } else {
                flush()
                if v != 0x20 { gapIsSpace = false }
            }
        }
        flush()
        var result: [String: [String]] = [:]
        for (i, word) in words.enumerated() where !word.concepts.isEmpty {
            for j in [i - 1, i + 1] where j >= 0 && j < words.count && words[j].concepts.isEmpty {
                guard j < i ? word.joined : words[j].joined else { continue }
                for stem in words[j].stems where wanted.contains(stem) {
                    // "architecture and prioritisation calls": the calls are of both.
                    var concepts = word.concepts
                    if j > i, i >= 2, ["and", "or", "&"].contains(words[i - 1].word), word.joined, words[i - 1].joined {
                        concepts += words[i - 2].concepts
                    }
                    for concept in concepts where result[stem]?.contains(concept) != true {
                        result[stem, default: []].append(concept)
                    }
                }
            }
        }
        return result
    }

    /// The kind of one clause: boilerplate and benefit sections and cue words first ("equal opportunity", "we
    /// offer"), then where to live ("only hire in", "must be located"), then "a plus" / "ideally", then the
    /// section's own kind.
    private static func kind(of clause: String, in section: SectionKind) -> JobRequirement.Kind {
        let lower = clause.lowercased().replacingApostrophes()
        if section == .boilerplate { return eligibilitySearch.anyOccurs(in: lower) ? .eligibility : .boilerplate }
        if section == .company {
            if eligibilitySearch.anyOccurs(in: lower) { return .eligibility }
            if benefitSearch.anyOccurs(in: lower) { return .benefit }
            if boilerplateSearch.anyOccurs(in: lower) { return .boilerplate }
            return jobTalkSearch.anyOccurs(in: lower) ? .context : .boilerplate
        }
        if eligibilitySearch.anyOccurs(in: lower) { return .eligibility }
        if section == .benefit || benefitSearch.anyOccurs(in: lower) { return .benefit }
        if boilerplateSearch.anyOccurs(in: lower) { return .boilerplate }
        // The company's story in its prose (who founded it, who funds it, how many use it) asks nothing of the
        // reader, unless it speaks to them ("you will serve millions of users").
        if section == .context && companyStorySearch.anyOccurs(in: lower) && !youSearch.anyOccurs(in: lower) {
            return .boilerplate
        }
        // A view the reader is asked to hold ("understand that security is not only technology") is no work a CV
        // can show.
        if beliefSearch.anyOccurs(in: lower) { return .boilerplate }
        // A cue in parentheses hedges only what they hold ("hosting (ideally on two clouds)"); "… is a big plus" the whole.
        let outside = lower.contains("(") ? PlainTextWords.withoutParentheses(lower[...]) : lower
        if niceSearch.anyOccurs(in: outside) || endsInPlus(outside) { return .niceToHave }
        // A parenthesis that holds the hedge alone ("… embedded applications (is a big plus)") hedges the whole.
        if outside.utf8.count != lower.utf8.count, hedgeOnlyParenthesis(lower) { return .niceToHave }
        switch section {
        case .mustHave: return .mustHave
        case .niceToHave, .tools: return .niceToHave
        case .responsibility: return .responsibility
        case .context: return .context
        case .eligibility: return .eligibility
        case .benefit: return .benefit
        case .boilerplate, .company: return .boilerplate
        }
    }

    /// Whether the text ends in a parenthesis that says only that it is wished for: a nice-to-have cue or "plus",
    /// and no more than four words.
    static func hedgeOnlyParenthesis(_ lower: String) -> Bool {
        let trimmed = lower.trimmingCharacters(in: " .;,!")
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return false }
        let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        guard inside.split(separator: " ").count <= 4 else { return false }
        return niceSearch.anyOccurs(in: inside) || inside.hasSuffix("plus") || inside == "preferred" || inside == "optional"
    }

    /// Whether a sentence starts with the employer's name and says nothing of the job or to the reader.
    static func isAbout(_ company: String, _ sentence: String) -> Bool {
        guard !company.isEmpty, sentence.hasPrefix(company),
              sentence.dropFirst(company.count).first.map({ !$0.isLetter && !$0.isNumber }) ?? false else { return false }
        let lower = sentence.lowercased().replacingApostrophes()
        return !jobTalkSearch.anyOccurs(in: lower) && !youSearch.anyOccurs(in: lower)
    }

    /// Words that speak of the job, not the employer: a sentence with them under "About us" is the ad's prose.
    static let jobTalkSearch = PhraseSearch(["you will", "you'll", "your role", "this role", "the role",
                                             "this position", "we are seeking", "we're seeking", "is seeking",
                                             "are looking for", "we're looking for", "is looking for", "you can expect"])

    /// "… is a huge plus.", "… a definite plus": the last word says it is wished for.
    static func endsInPlus(_ lower: String) -> Bool {
        // From the end, on the bytes: past the closing punctuation, "plus" after a space and some words.
        let bytes = lower.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, let b = Optional(bytes[bytes.index(before: end)]), b == 0x2E || b == 0x21 || b == 0x20 || b == 0x29 {
            end = bytes.index(before: end)
        }
        guard bytes.distance(from: bytes.startIndex, to: end) > 8 else { return false }
        let start = bytes.index(end, offsetBy: -5)
        return bytes[start..<end].elementsEqual(" plus".utf8)
    }

    /// A sentence cut into the clauses that each ask for one thing, every clause a substring of the sentence:
    /// at `;`, at "and" after a closing parenthesis or before a new verb phrase ("… operations and have
    /// experience with …"), and at the commas of a list of things (each of several words, or a long list of
    /// which at most a third are single words). Commas inside parentheses or after "such as" / "like" / "e.g."
    /// list examples of one thing and do not cut. A list item is cut at commas only when every piece has
    /// several words: "testing, release, and alerting tools" is one thing.
    static func clauses(_ sentence: String, prose: Bool) -> [String] {
        var result: [String] = []
        // In prose a spaced dash or ", but" starts another thought ("… we use Postgres - we have clients doing …").
        for part in split(sentence, at: prose && mayHaveProseSeparator(sentence) ? proseSeparators : semicolon)
            .flatMap({ split($0, at: hedges, resumingAfter: 2) }) {
            for piece in split(part, at: parenthesisAnd, keepingPrefix: 1) {
                for clause in splitBeforeVerbs(piece) {
                    // "It is real-time, scalable, and highly available, …": what a thing is, told in prose, is one
                    // description, not a list of asks.
                    if prose && describesAThing(clause) { result.append(clause); continue }
                    result.append(contentsOf: listItems(clause, prose: prose))
                }
            }
        }
        return result.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
    }

    /// Whether a clause opens with a pronoun and a form of "to be" ("It is …", "This is …", "They are …").
    static func describesAThing(_ clause: String) -> Bool {
        // Most clauses start with no "i" or "t": nothing to read.
        guard let first = clause.utf8.first(where: { $0 != 0x20 }), first | 0x20 == UInt8(ascii: "i") || first | 0x20 == UInt8(ascii: "t")
        else { return false }
        let head = clause.drop(while: { $0 == " " }).prefix(12).lowercased().replacingApostrophes()
        return ["it is ", "it's ", "this is ", "these are ", "they are ", "they're "].contains { head.hasPrefix($0) }
    }

    /// Separators to cut text at, as UTF-8 bytes: cutting works on the bytes, not on `Character`s (every
    /// separator starts and ends with ASCII, so a cut always falls between characters).
    struct Separators: Sendable {
        let bytes: [[UInt8]]
        /// The bytes a separator can start with: the others are passed over unmatched.
        let firsts: Set<UInt8>

        init(_ separators: [String]) {
            bytes = separators.map { Array($0.utf8) }
            firsts = Set(bytes.compactMap(\.first))
        }

        /// The length of the separator at `i`, if one starts there.
        func match(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
            guard firsts.contains(text[i]) else { return nil }
            return bytes.first { JobAdReader.matches(text, at: i, $0) }?.count
        }
    }

    /// Top-level splits (outside parentheses) at any of `separators`; `keepingPrefix` bytes of the separator
    /// stay with the left piece (the `)` of ") and "); the right piece starts `resumingAfter` bytes into the
    /// separator when given (the hedge of ", if possible, " starts the piece it qualifies), else after it.
    private static func split(_ text: String, at separators: Separators, keepingPrefix: Int = 0,
                              resumingAfter: Int? = nil) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var pieces: [String] = []
            var depth = 0
            var start = 0
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "(") { depth += 1 }
                if c == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                if depth == 0, let length = separators.match(bytes, at: i) {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(i + keepingPrefix)]), as: UTF8.self))
                    start = i + (resumingAfter ?? length)
                    i += length
                    continue
                }
                i += 1
            }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return pieces
        }
    }

    /// Whether `s` is at byte `i` of `text`.
    static func matches(_ text: UnsafeBufferPointer<UInt8>, at i: Int, _ s: [UInt8]) -> Bool {
        guard i + s.count <= text.count else { return false }
        for k in s.indices where text[i + k] != s[k] { return false }
        return true
    }

    /// The byte offset where a clause of purpose starts ("so that", "in order to", "to further", "so" before a
    /// name or a pronoun), if one follows some words.
    static func purposeStart(_ text: String) -> Int? {
        guard PhraseSearch.occurs(" so ", in: text) || PhraseSearch.occurs(" in order to ", in: text)
            || PhraseSearch.occurs(" to further ", in: text) else { return nil }
        let bytes = Array(text.utf8)
        for cue in purposeCues {
            if let at = PhraseSearch.offset(cue, in: bytes), at > 0 { return at }
        }
        // "so" before a capitalised word (a name: "so Acme becomes …").
        var from = 0
        while let at = PhraseSearch.offset(soBytes, in: Array(bytes[from...])).map({ $0 + from }) {
            let next = at + soBytes.count
            if at > 0, next < bytes.count, bytes[next] >= 0x41 && bytes[next] <= 0x5A { return at }
            from = next
        }
        return nil
    }

    /// The text without what it says the reader would learn or change to: from a verb of learning after "to" or
    /// "will" ("willing to switch to Go", "you'll learn our deploy tooling") to the end of the parenthesis it stands in,
    /// or of the text; nil when it says none.
    static func withoutLearning(_ text: String) -> String? {
        guard learningVerbSearch.anyOccurs(in: text) else { return nil }
        let bytes = Array(text.utf8)
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        // A cue ends its word: "to learn" but not "to learning", "will switch" but not "to switchover".
        func ends(_ cue: [UInt8]) -> Int? {
            var from = 0
            while from < lower.count, let at = PhraseSearch.offset(cue, in: Array(lower[from...])).map({ $0 + from }) {
                let next = at + cue.count
                if next == lower.count || !(lower[next] >= 0x61 && lower[next] <= 0x7A) { return at }
                from = at + 1
            }
            return nil
        }
        guard let at = learningCues.compactMap(ends).min() else { return nil }
        // Inside a parenthesis: up to its close.
        let opened = bytes[..<at].reduce(0) { $0 + ($1 == 0x28 ? 1 : $1 == 0x29 ? -1 : 0) } > 0
        let end = opened ? (bytes[at...].firstIndex(of: 0x29) ?? bytes.count) : bytes.count
        return String(decoding: bytes[..<at] + bytes[end...], as: UTF8.self)
    }

    static let learningVerbSearch = PhraseSearch([" learn", " switch", " pick up ", " transition", " retrain"])
    static let learningCues: [[UInt8]] = ["to learn", "to switch", "to pick up", "to transition", "to retrain",
                                          "will learn", "'ll learn", "\u{2019}ll learn", "will switch", "will pick up"]
        .map { Array(" \($0)".utf8) }

    static let purposeCues: [[UInt8]] = [" so that ", " in order to ", " so we ", " so you ", " so they ", " so it ",
                                         " so our ", " so your ", " so the ", " to further "].map { Array($0.utf8) }
    static let soBytes = Array(" so ".utf8)

    /// The stems of the adverbs of manner in a text ("personally", "rapidly", "consistently": a word of seven
    /// letters or more with an adverb's ending), but those that carry a competency ("independently", "reliably").
    /// Works on the bytes: a word is a run of ASCII letters, and only one ending in "ly" is looked at further.
    static func adverbStems(in text: String, scanner: TermScanner) -> Set<String> {
        var stems: Set<String> = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count {
                let b = i < bytes.count ? bytes[i] | 0x20 : 0
                if b >= 0x61 && b <= 0x7A && (i == bytes.count || bytes[i] >= 0x41) { continue }
                defer { start = i + 1 }
                let length = i - start
                guard length >= 7, bytes[i - 1] | 0x20 == UInt8(ascii: "y"), bytes[i - 2] | 0x20 == UInt8(ascii: "l") else {
                    continue
                }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self).lowercased()
                guard adverbEndings.contains(where: { word.hasSuffix($0) }) else { continue }
                let stem = scanner.stem(word)
                if !ConceptLexicon.carrierStems.contains(stem) { stems.insert(stem) }
            }
        }
        return stems
    }

    static let adverbEndings = ["ally", "ively", "ously", "ently", "antly", "fully", "ately", "ibly", "ably", "ingly",
                                "edly", "arly"]

    /// The capitalised words after "at" or "join" ("sysadmin at Let's Encrypt", "join Acme Labs"), lowercased and
    /// cut at apostrophes: an employer's name. Skills are read before, so a skill's name is never among them.
    static func employerWords(_ text: String) -> [String] {
        guard employerCues.anyOccurs(in: text) else { return [] }
        var names: [String] = []
        var after = false
        for word in text.split(separator: " ") {
            let lower = word.lowercased()
            if lower == "at" || lower == "join" { after = true; continue }
            guard after, let first = word.first, first.isUppercase else { after = false; continue }
            for piece in word.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }) {
                let letters = piece.filter { $0.isLetter || $0.isNumber }.lowercased()
                if letters.count > 1 { names.append(letters) }
            }
            if word.last.map({ !$0.isLetter && !$0.isNumber }) == true { after = false }
        }
        return names
    }

    /// "… round-the-clock support of live services and have used …": "and" before a verb that starts a new
    /// requirement cuts the sentence.
    /// So does a comma before a word that says how well the reader knows a thing ("… Office applications,
    /// comfortable in spreadsheets"): that word starts the second requirement.
    private static func splitBeforeVerbs(_ text: String) -> [String] {
        split(text, at: clauseSeparators).flatMap(splitBeforePredicates)
    }

    /// Cuts at each top-level ", " before one of `predicateWords`, the word kept with the piece it starts.
    private static func splitBeforePredicates(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var pieces: [String] = []
            var depth = 0
            var start = 0
            for i in bytes.indices {
                let c = bytes[i]
                if c == UInt8(ascii: "(") { depth += 1 }
                if c == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                if depth == 0, c == UInt8(ascii: ","), predicateSeparators.match(bytes, at: i) != nil {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = i + 2
                }
            }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return pieces
        }
    }

    /// ", " and a word saying how well a thing is known.
    private static let predicateSeparators = Separators(predicateWords.map { ", \($0) " })
    static let predicateWords = ["comfortable", "familiar", "experienced", "proficient", "fluent", "skilled",
                                 "confident"]

    private static let clauseSeparators = Separators(clauseVerbs.map { " and \($0) " })
    /// ", or even" offers a second thing, asked for itself ("take over a part, or even lead the whole").
    private static let proseSeparators = Separators(["; ", " - ", " \u{2013} ", " \u{2014} ", ", but ", ", as well as ",
                                                     ", or even "])
    /// ", as well as" joins two things asked ("know how X works, as well as being fluent in Y").
    private static let semicolon = Separators(["; ", ", as well as "])
    private static let parenthesisAnd = Separators([") and ", ") or "])
    /// A hedge between commas ("several years in security, if possible, with a focus on X"): what follows it is
    /// wished for, not asked with what comes before; it starts a clause of its own, which the hedge makes a
    /// nice-to-have (`niceCues`).
    private static let hedges = Separators([", if possible, ", ", where possible, ", ", ideally, ", ", preferably, "])
    private static let comma = Separators([", "])
    private static let and = Separators([" and "])

    /// Whether a sentence has a dash (ASCII, or the lead byte of an en or em dash) or ", but": only then are the
    /// prose separators, which start at every space, tried.
    private static func mayHaveProseSeparator(_ sentence: String) -> Bool {
        sentence.utf8.contains { $0 == 0x2D || $0 == 0xE2 } || butSearch.anyOccurs(in: sentence)
    }

    private static let butSearch = PhraseSearch([", but ", ", or even "])

    /// After "and", these start a clause of their own ("We work from anywhere, and we cover the gear you need": a
    /// way of working, then a benefit).
    static let clauseVerbs = ["have", "has", "be", "are", "can", "know", "will", "you", "we"]
    /// After these, commas list examples of one thing.
    /// So does a hedge ("ideally with Python, Go or Bash"): it names what is preferred, one thing.
    static let exampleCues = [" such as ", " like ", " e.g", " including ", " for example", " ideally ", " preferably "]
    private static let exampleCueBytes = exampleCues.map { Array($0.utf8) }

    /// Whether the lowercase ASCII `s` is at byte `i` of `text`, in any case.
    private static func matchesFolding(_ text: UnsafeBufferPointer<UInt8>, at i: Int, _ s: [UInt8]) -> Bool {
        guard i + s.count <= text.count else { return false }
        for k in s.indices {
            let b = text[i + k]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != s[k] { return false }
        }
        return true
    }

    /// The commas of a list of things (see `clauses`); the last item's "X and Y" is two things.
    private static func listItems(_ text: String, prose: Bool) -> [String] {
        // Examples of one thing: no list cut after "such as", "like", "e.g.", "including" (any case: ASCII cues).
        var text = text
        let cut = text.withUTF8 { bytes -> Int in
            for i in bytes.indices where bytes[i] == UInt8(ascii: " ") {
                if exampleCueBytes.contains(where: { matchesFolding(bytes, at: i, $0) }) { return i }
            }
            return bytes.count
        }
        let utf8 = text.utf8
        let cutIndex = utf8.index(utf8.startIndex, offsetBy: cut)
        let head = String(text[..<cutIndex])
        let tail = String(text[cutIndex...])
        var pieces = split(head, at: comma)
        guard pieces.count >= 3 else { return [text] }
        pieces[pieces.count - 1] += tail
        // "You will build, ship and run our CDN, our DNS, …": verbs listed before their objects share them, and the
        // objects listed after are theirs too: one requirement.
        for i in pieces.indices.dropLast() where endsInWorkVerb(pieces[i]) && startsWithWorkVerb(pieces[i + 1])
            && pieces[i].split(separator: " ").count <= 3 {
            return [text]
        }
        // In a list item the list ends at its "and" / "or": what follows more commas belongs to the last item ("…, and
        // configuring fast, actionable alerts"). (Prose strings adjectives so: "a secure, high availability, …".)
        var closedByConjunction = false
        if !prose, let last = pieces.indices.dropFirst().first(where: { i in
            let p = pieces[i].drop(while: { $0 == " " })
            return p.hasPrefix("and ") || p.hasPrefix("or ")
        }) {
            closedByConjunction = true
            if last < pieces.count - 1 {
                pieces[last] = pieces[last...].joined(separator: ", ")
                pieces.removeSubrange((last + 1)...)
                guard pieces.count >= 3 else { return [text] }
            }
        }
        let words = pieces.map { piece in
            piece.split(separator: " ").filter { $0 != "and" && $0 != "or" }.count
        }
        let single = words.filter { $0 < 2 }.count
        // A list item "Design tools that let Sales, Support, and Finance plan their week": a few short names inside one
        // phrase (a long head, nothing but one or two words between it and the last item) are no list of requirements.
        if !prose, pieces.count <= 4, words[0] >= 4, words.dropFirst().dropLast().allSatisfy({ $0 <= 2 }) { return [text] }
        let isList = single == 0 || (prose && pieces.count >= 5 && single * 3 <= pieces.count)
        guard isList else { return [text] }
        var items = pieces.map { piece -> String in
            var p = Substring(piece.trimmingCharacters())
            for conj in ["and ", "or "] where p.hasPrefix(conj) { p = p.dropFirst(conj.count) }
            return String(p)
        }
        // "… rapid provisioning and systemd": the list's last "and" joins two items (unless a comma's "and" already
        // closed the list: "…, and cloud identity and access management" is one item).
        if !closedByConjunction, let last = items.last, !last.contains("(") {
            let parts = split(last, at: and)
            if parts.count == 2, parts[1].split(separator: " ").count <= 3 {
                items[items.count - 1] = parts[0]
                items.append(parts[1])
            }
        }
        return items
    }

    /// Whether a piece's last word is a verb of work ("You will build", "design").
    private static func endsInWorkVerb(_ piece: String) -> Bool {
        guard let last = piece.split(separator: " ").last else { return false }
        return workVerbs.contains(last.lowercased())
    }

    /// Whether a piece starts with a verb of work, after its "and" / "or" ("and ship our CDN").
    private static func startsWithWorkVerb(_ piece: String) -> Bool {
        let words = piece.split(separator: " ").drop { $0 == "and" || $0 == "or" }
        return words.first.map { workVerbs.contains($0.lowercased()) } ?? false
    }

    /// Verbs of work in their base form, which a list of verbs sharing one object is made of.
    static let workVerbs: Set<String> = [
        "build", "ship", "run", "design", "develop", "deploy", "operate", "maintain", "monitor", "test", "write", "own",
        "scale", "secure", "support", "plan", "lead", "manage", "create", "implement", "improve", "debug", "deliver",
        "launch", "architect", "troubleshoot", "automate", "optimize", "optimise", "document", "review", "integrate",
        "configure", "install", "migrate", "evolve", "prototype", "analyze", "analyse", "measure", "tune", "harden",
        "release", "package", "define", "drive", "execute", "iterate", "validate", "verify", "administer", "provision",
        "patch", "upgrade", "refactor", "specify", "code", "mentor", "coach", "grow", "operationalize", "instrument",
    ]

    // MARK: Blocks

    private func blocks() -> [Block] {
        var blocks: [Block] = []
        var paragraph: [Substring] = []
        var paragraphLine = 0
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(JobAdReader.clean(paragraph.joined(separator: " ")), line: paragraphLine))
            }
            paragraph = []
        }
        // A front matter, YAML (`---` … `---`, `key: value`) or TOML (`+++` … `+++`, `key = "value"`): its title
        // key is the title, its employer key the company, its `summary:` / `description:` prose.
        var frontMatterEnd = -1
        var listSections = false
        if let fence = lines.first?.trimmingTrailingSpaces(), fence == "---" || fence == "+++",
           let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces() == fence }) {
            frontMatterEnd = close
            let separator: Character = fence == "+++" ? "=" : ":"
            var n = 1
            while n < close {
                let key = lines[n].prefix(while: { $0 != separator && $0 != " " })
                let afterKey = lines[n].dropFirst(key.count).drop(while: { $0 == " " })
                guard !key.isEmpty, afterKey.first == separator else { n += 1; continue }
                // A value runs on over indented or unkeyed lines until the next key.
                var value = String(afterKey.dropFirst())
                var end = n + 1
                while end < close, lines[end].first == " " || !lines[end].contains(separator) {
                    value += " " + lines[end]
                    end += 1
                }
                // A key over a list (`requirements:` then `  - "5+ years of Go"`): a section of its own, named by the
                // key, its entries list items.
                let entries = lines[(n + 1)..<end].filter { !$0.allSatisfy(\.isWhitespace) }
                if afterKey.dropFirst().allSatisfy(\.isWhitespace), !entries.isEmpty,
                   entries.allSatisfy({ $0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("- ") }) {
                    let name = key.lowercased()
                    // Tags (`tags:`, `skills:`) label the page; the ad's text says what it asks.
                    if JobAdReader.tagKeys.contains(name) {
                        n = end
                        continue
                    }
                    blocks.append(.section(String(name.map { $0 == "_" || $0 == "-" ? " " : $0 }), line: n + 1))
                    listSections = true
                    for k in (n + 1)..<end {
                        let item = lines[k].drop(while: { $0 == " " || $0 == "\t" })
                        guard item.hasPrefix("- ") else { continue }
                        let text = JobAdReader.clean(JobAdReader.withoutTags(String(item.dropFirst(2)))).trimmingCharacters(in: "\"' ")
                        if !text.isEmpty { blocks.append(.item(text, line: k + 1)) }
                    }
                    n = end
                    continue
                }
                // A block scalar's mark (`description: |`, `>-`) is no text.
                if let mark = value.drop(while: { $0 == " " }).first, mark == "|" || mark == ">" {
                    value = String(value.drop(while: { $0 == " " }).drop(while: { "|>-+".contains($0) }))
                }
                let text = JobAdReader.clean(JobAdReader.withoutTags(value)).trimmingCharacters(in: "\"' ")
                if !text.isEmpty {
                    let name = key.lowercased()
                    if JobAdReader.titleKeys.contains(name) { blocks.append(.title(text, line: n + 1)) }
                    if JobAdReader.companyKeys.contains(name) { blocks.append(.company(text)) }
                    if name == "summary" || name == "description" { blocks.append(.paragraph(text, line: n + 1)) }
                }
                n = end
            }
            // The text after the front matter is under no section of it.
            if listSections { blocks.append(.section("", line: close + 1)) }
        }
        // The indentation of the last list item.
        var lastItemIndent: Int?
        for (n, raw) in lines.enumerated() where n > frontMatterEnd {
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            let lineNumber = n + 1
            if line.allSatisfy({ $0.isWhitespace }) { flush(); continue }
            // A job board's tags ("#remote", "#LI-Hybrid"): no sentence of the ad. So is a heading of code spans only
            // (`` #### `$120k` `Remote` ``): the salary and place a board prints under the title.
            if JobAdReader.isTagLine(line) { flush(); continue }
            if let heading = JobAdReader.heading(line, previousBlank: n == 0 || lines[n - 1].allSatisfy(\.isWhitespace),
                                                 next: nextNonBlank(after: n),
                                                 followedByBlank: n + 1 >= lines.count || lines[n + 1].allSatisfy(\.isWhitespace)) {
                flush()
                let text = JobAdReader.clean(heading)
                if !text.isEmpty { blocks.append(.heading(text, line: lineNumber)) }
                continue
            }
            if let item = JobAdReader.listItem(line) {
                flush()
                let text = JobAdReader.clean(item)
                let indent = raw.count - line.count
                // An item ending in ":" over items indented further ("You will help run infrastructure for:",
                // "Infrastructure:") introduces them: that sentence is a lead-in, no requirement of its own (those
                // before it in the item are).
                if let above = lastItemIndent, indent > above, case .item(let lead, let leadLine)? = blocks.last, lead.hasSuffix(":") {
                    let said = JobAdReader.sentences(lead).dropLast()
                    if said.isEmpty { blocks.removeLast() } else { blocks[blocks.count - 1] = .item(said.joined(separator: " "), line: leadLine) }
                }
                lastItemIndent = indent
                if !text.isEmpty { blocks.append(.item(text, line: lineNumber)) }
                continue
            }
            // A line right under a list item, not a new item, continues it ("… and trace⏎ frontend errors").
            if paragraph.isEmpty, n > 0, !lines[n - 1].allSatisfy(\.isWhitespace), case .item(let text, let itemLine)? = blocks.last {
                blocks[blocks.count - 1] = .item(text + " " + JobAdReader.clean(line), line: itemLine)
                continue
            }
            if line.hasPrefix("---") || line.hasPrefix("===") || line.hasPrefix("***") { flush(); continue }
            if paragraph.isEmpty { paragraphLine = lineNumber }
            paragraph.append(line)
        }
        flush()
        return blocks
    }

    /// Front-matter keys that hold the job's title, and those that name the employer.
    static let titleKeys: Set<String> = ["title", "position", "job_title", "jobtitle", "job-title", "role"]
    /// Front-matter keys whose list holds the page's tags, not the ad's text.
    static let tagKeys: Set<String> = ["skills", "tags", "keywords", "technologies", "stack", "tech_stack", "tech-stack",
                                       "categories", "category"]
    static let companyKeys: Set<String> = ["company", "organization", "organisation", "employer", "company_name",
                                           "hiring_organization"]

    private func nextNonBlank(after n: Int) -> Substring? {
        var k = n + 1
        while k < lines.count {
            if !lines[k].allSatisfy(\.isWhitespace) { return lines[k].drop(while: { $0 == " " || $0 == "\t" }) }
            k += 1
        }
        return nil
    }

    /// A line of tags: `#word` with no space after the mark (no Markdown heading), or a heading of code spans only.
    static func isTagLine(_ line: Substring) -> Bool {
        guard line.first == "#" else { return false }
        if line.dropFirst().first?.isLetter == true { return true }
        let rest = line.drop(while: { $0 == "#" }).trimmingCharacters()
        return rest.count > 2 && rest.first == "`" && rest.last == "`"
    }

    /// `# Title`, a line that is all bold (`**Requirements**`), or in plain text a short line ending in `:` or
    /// followed by a list, or standing alone and naming a section a job ad has ("What you'll get").
    private static func heading(_ line: Substring, previousBlank: Bool, next: Substring?, followedByBlank: Bool) -> Substring? {
        if line.hasPrefix("#") {
            let rest = line.drop(while: { $0 == "#" })
            if rest.isEmpty || rest.first == " " || rest.first == "\t" { return rest }
        }
        let trimmed = line.trimmingTrailingSpaces()
        if trimmed.hasPrefix("**") || trimmed.hasPrefix("__") {
            var inner = trimmed.dropFirst(2)
            if inner.hasSuffix(":") { inner = inner.dropLast() }
            if inner.hasSuffix("**") || inner.hasSuffix("__") {
                inner = inner.dropLast(2)
                if inner.hasSuffix(":") { inner = inner.dropLast() }
                if !inner.contains("**") && !inner.contains("__") && inner.split(separator: " ").count <= 10 {
                    return inner
                }
            }
        }
        if listItem(line) != nil { return nil }
        let words = trimmed.split(separator: " ").count
        if words <= 8 && trimmed.hasSuffix(":") && previousBlank { return trimmed.dropLast() }
        if words <= 6, previousBlank, let last = trimmed.last, !".,;!?".contains(last), let next, listItem(next) != nil {
            return trimmed
        }
        if words <= 5, previousBlank, followedByBlank, let last = trimmed.last, !".,;!?:".contains(last),
           classify(heading: clean(trimmed)) != nil {
            return trimmed
        }
        return nil
    }

    private static func listItem(_ line: Substring) -> Substring? {
        guard var first = line.first else { return nil }
        var line = line
        // "\- item": a dash escaped so that Markdown prints it, still a list's mark.
        if first == "\\", let mark = line.dropFirst().first, mark == "-" || mark == "*" {
            line = line.dropFirst()
            first = mark
        }
        if "*-+•·–◦▪".contains(first) {
            let rest = line.dropFirst()
            guard let space = rest.first, space == " " || space == "\t" else { return nil }
            return rest.drop(while: { $0 == " " || $0 == "\t" })
        }
        if first.isNumber {
            let digits = line.prefix(while: \.isNumber)
            let rest = line.dropFirst(digits.count)
            if digits.count <= 3, let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                return rest.dropFirst(2)
            }
        }
        return nil
    }

    /// Markup removed: links keep their text, emphasis and code marks go (and soft hyphens), whitespace collapses.
    static func clean(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "]" && i + 1 < scalars.count && scalars[i + 1] == "(" {
                // Skip the link target.
                var depth = 0
                var j = i + 1
                while j < scalars.count {
                    if scalars[j] == "(" { depth += 1 }
                    if scalars[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                i = j + 1
                continue
            }
            // A soft hyphen ("long\u{AD}-term") only marks where a word may break.
            if c == "*" || c == "`" || c == "[" || c == "]" || c == "#" || c == "\u{AD}" {
                i += 1
                continue
            }
            if c == "_" {
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < scalars.count ? scalars[i + 1] : " "
                if !before.properties.isAlphabetic || !after.properties.isAlphabetic { i += 1; continue }
            }
            out.append(c)
            i += 1
        }
        return HTMLText.decodeEntities(ScalarWhitespace.collapse(String(out)))
    }

    /// HTML tags (`<br>`, `<strong>`) removed.
    static func withoutTags(_ text: String) -> String {
        var out = ""
        var inTag = false
        for c in text {
            if c == "<" { inTag = true; out.append(" "); continue }
            if c == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        return out
    }

    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            current.append(c)
            if c == "." || c == "!" || c == "?" {
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                let after = i + 2 < chars.count ? chars[i + 2] : "A"
                if next == " " && (after.isUppercase || after.isNumber) && !(c == "." && endsInAbbreviation(chars[..<i])) {
                    result.append(current.trimmingCharacters())
                    current = ""
                }
            }
        }
        let last = current.trimmingCharacters()
        if !last.isEmpty { result.append(last) }
        return result
    }

    /// Whether the text before a full stop ends in a title's abbreviation ("Sr", "Dr", "vs"): no sentence ends there.
    private static func endsInAbbreviation(_ before: ArraySlice<Character>) -> Bool {
        let word = before.reversed().prefix(while: \.isLetter)
        guard (1...4).contains(word.count), before.count == word.count || before[before.endIndex - word.count - 1] == " " ||
            before[before.endIndex - word.count - 1] == "(" else { return false }
        return abbreviations.contains(String(word.reversed()).lowercased())
    }

    static let abbreviations: Set<String> = ["sr", "jr", "dr", "mr", "mrs", "ms", "prof", "st", "vs", "no", "approx", "dept"]

    // MARK: Classification

    private static func classify(heading: String) -> SectionKind? {
        let h = heading.lowercased().replacingApostrophes()
        let has = { (words: [String]) in PhraseSearch(words).anyOccurs(in: h) }
        if has(["benefit", "perk", "salary", "compensation", "what we offer", "we offer", "in return", "you'll get",
                "you will get", "what you get", "you'll receive", "you will receive", "reward", "in it for you",
                "opportunities to grow", "growth opportunit", "why you'll love"]) { return .benefit }
        if has(["location", "where you"]) { return .eligibility }
        // "Why Acme?", "Why us": what the employer offers.
        if h.hasPrefix("why ") && (h.hasSuffix("?") || h == "why us") && h.split(separator: " ").count <= 4 { return .benefit }
        // How hiring goes, onboarding plans, the desk and hours, EEO text: nothing the CV is asked to show.
        if has(["learn more", "equal opportunit", "equal employment", "eeo", "how to apply", "apply", "why join",
                "why work", "life at", "our values", "by the numbers", "culture", "diversity", "inclusion",
                "first 30 days", "first 60 days", "first 90 days", "onboarding", "contact us", "interview",
                "hiring process", "recruitment process", "application process", "next steps", "physical",
                "working conditions", "additional information"]) {
            return .boilerplate
        }
        if has(["about us", "about the company", "who we are", "our story", "company description", "company overview",
                "our company", "the company"]) || aboutAName(heading) {
            return .company
        }
        if has(["nice to have", "nice-to-have", "bonus", "desirable", "desired", "preferred", "plus", "good to have",
                "would be great", "extra credit", "ideally", "optional", "not required", "would love"]) {
            return .niceToHave
        }
        if has(["tools", "stack", "technolog", "tech we use"]) { return .tools }
        if has(["requirement", "requisite", "qualification", "what you'll need", "what you need", "what you will need",
                "must", "you have", "you bring", "you'll bring", "you will bring", "about you", "who you are", "looking for", "skills", "experience",
                "you'll have", "you will have", "what we expect", "competenc", "profile", "you should",
                // The reader the ad hopes for: "What sets you up well", "You might be a fit if".
                "set you up", "sets you up", "fit if", "good fit", "great fit", "right fit", "you might be", "ideal candidate",
                "you'll thrive", "you will thrive", "passionate about", "what makes you", "education"]) {
            return .mustHave
        }
        if has(["responsibilit", "what you'll do", "what you will do", "you will", "you'll", "job description",
                "the role", "day to day", "day-to-day", "duties", "your role", "mission", "the job", "the position",
                "what you'll be doing", "tasks", "impact", "what to expect"]) {
            return .responsibility
        }
        if has(["summary", "overview", "about", "team", "introduction", "who", "description"]) { return .context }
        return nil
    }

    /// "About Acme", "About Northwind Labs": a heading about a name (not "About you", "About the role").
    private static func aboutAName(_ heading: String) -> Bool {
        let words = heading.split(separator: " ")
        guard words.count >= 2, words.count <= 5, words[0].lowercased() == "about",
              let first = words[1].unicodeScalars.first, first.properties.isUppercase else { return false }
        return !["the", "this", "you", "your", "our", "us", "we", "what", "working", "how"]
            .contains(words[1].lowercased().replacingApostrophes())
    }

    /// A short name on its own heading near the title: not a place ("San Francisco, CA"), not a tag.
    private static func looksLikeCompany(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), !text.contains(","), !text.contains("("),
              let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !PhraseSearch(["remote", "hybrid", "on-site", "onsite", "full-time", "full time", "part-time", "contract"])
            .anyOccurs(in: text.lowercased())
    }

    static let boilerplateSearch = PhraseSearch(boilerplateCues)
    static let eligibilitySearch = PhraseSearch(eligibilityCues)
    static let benefitSearch = PhraseSearch(benefitCues)
    static let niceSearch = PhraseSearch(niceCues)
    static let companyStorySearch = PhraseSearch(companyStoryCues)
    static let youSearch = PhraseSearch(["you"])
    static let beliefSearch = PhraseSearch(["understand that ", "believe that ", "recognize that ", "recognise that ",
                                            "appreciate that ", "agree that "])
    /// A company's founding, funding and reach, told in the ad's prose.
    static let companyStoryCues: [String] = [
        "founded", "founder", "co-founder", "cofounder", "we raised", "we've raised", "we have raised", "investors",
        "funding round", "series a", "series b", "series c", "series d", "seed round", "valuation", "backed by",
        "headquarter", "millions of users", "million users", "millions of people", "millions of customers",
        "million customers",
    ]
    /// A page that lists jobs rather than being one.
    static let listingSearch = PhraseSearch(["jobs", "careers", "open positions", "join us", "vacancies"])

    /// Where the holder must live or may work: a CV cannot show it, so it is reported and not weighed.
    static let eligibilityCues: [String] = [
        "only hire in", "can only hire", "must be located", "must be based", "based in", "located in", "authorized to work",
        "authorised to work", "right to work", "work permit", "eligible to work", "in-person in", "time zone", "timezone",
        "residents of", "candidates in", "relocat", "location of this role", "location:",
    ]

    /// What the employer gives, not what it asks.
    static let benefitCues: [String] = [
        "we offer", "salary", "benefits", "perks", "paid time off", "health insurance", "stock options", "equity package",
        "we pay", "pay top of market", "stipend", "per year", "vacation",
    ]

    /// Cue words that make a requirement a nice-to-have wherever it stands.
    static let niceCues: [String] = [
        "nice to have", "nice-to-have", "a plus", "bonus", "ideally", "preferably", "is preferred", "are preferred",
        "is desirable", "are desirable", "desirable:", "highly desirable", "an asset", "advantageous", "would be great", "beneficial", "not a hard requirement", "not required", "an advantage",
        "if possible", "where possible",
    ]
    static let alternativeSearch = PhraseSearch(alternativeCues)
    /// Phrases whose words are filler together, not apart: "a solid track record", "works out of the box" (and a
    /// word stressing it: "straight out of the box").
    static let fillerPhrases: [(phrase: String, stems: Set<String>)] = {
        let scanner = TermScanner()
        let stress = ["right", "straight"].map { scanner.stem($0) }
        return ["track record", "track-record", "out of the box", "out-of-the-box"].map { phrase in
            var stems = Set(scanner.scan(phrase).orderedStems.filter { !ConceptLexicon.isConcept($0) })
            if phrase.hasSuffix("box") { stems.formUnion(stress) }
            return (phrase, stems)
        }
    }()
    static let fillerPhraseSearch = PhraseSearch(fillerPhrases.map(\.phrase))

    /// The stems of the filler phrases a text uses.
    static func fillerPhraseStems(in text: String) -> Set<String> {
        let lower = text.lowercased()
        guard fillerPhraseSearch.anyOccurs(in: lower) else { return [] }
        var stems: Set<String> = []
        for (phrase, words) in fillerPhrases where lower.byteRange(of: phrase) != nil { stems.formUnion(words) }
        return stems
    }
    static let employerCues = PhraseSearch([" at ", "join ", "Join "])
    /// Where a requirement's examples start: what follows illustrates it.
    static let exampleSearch = PhraseSearch(["such as", "e.g.", "for example", "for instance", "perhaps"])
    /// Where the skills that illustrate a competency start: the same cues, "including" (the parts of the thing asked:
    /// "cloud networking, including DNS and load balancers") and a parenthesis.
    static let skillExampleSearch = PhraseSearch(["such as", "e.g.", "for example", "for instance", "perhaps", " including ",
                                                  "("])
    static let includingSearch = PhraseSearch([" including "])

    static let boilerplateCues: [String] = [
        "equal opportunity", "discriminat", "accommodation", "click to apply", "apply now", "please apply",
        "privacy", "benefits", "perks", "reimburse", "401(k)", "401k", "health insurance", "dental", "paid time off",
        "parental leave", "salary range", "compensation", "visa sponsorship", "learn more", "follow us",
        "e-verify", "background check", "arrest and conviction", "affirmative action", "veteran status",
        "virtual-first", "we are proud", "embraces diversity", "gender identity", "nobody checks every box",
        "wellness", "stipend", "holidays", "vacation", "equity package", "stock options",
    ]

    static let alternativeCues: [String] = [" or ", "such as", "e.g", " like ", "one of", "either", "for example",
                                            "for instance", "some programming", "similar"]

    /// Words every ad uses that say nothing about the job itself.
    static let fillerWords: [String] = [
        "experience", "experienced", "experiences", "skill", "skills", "knowledge", "ability", "abilities", "able",
        "strong", "understanding", "understand", "proficiency", "proficient", "expert", "expertise", "familiarity",
        "familiar", "year", "years", "plus", "prefer", "preferred", "preferably", "working", "work", "excellent",
        "good", "great", "solid", "demonstrated", "proven", "similar", "various", "related",
        "equivalent", "relevant", "least", "minimum", "required", "require", "requirement", "requirements", "bonus",
        "point", "points", "nice", "desirable", "example", "examples", "passion", "passionate", "candidate",
        "candidates", "ideal", "ideally", "opportunity", "join", "looking", "want", "need", "someone", "love",
        "thrive", "help", "get", "make", "common", "intermediate", "advanced", "senior", "junior", "deep", "hands",
        "comfortable", "excited", "exciting", "eager", "desire", "world", "class", "best", "highly", "wide", "range",
        "variety", "things", "thing", "way", "ways", "what", "know", "self", "aptitude", "others", "function",
        "functions", "role", "roles", "environment", "environments", "background", "interest", "active", "exposure",
        "effectively", "efficiently", "capable", "confident", "diverse", "several", "occasionally", "ease", "sure",
        "lot", "inspired", "intimate", "specifics", "dive", "really", "quickly", "comfortable", "willing", "ensure",
        "keep", "keeping", "care", "cares", "succeed", "successfully", "beneficial", "suffice", "able",
        // "You are responsible for X": X is the duty; the ad says it of every duty.
        "responsible",
        // "You are going to …" tells when, not what; "a vast majority …" how much of it.
        "going", "vast", "majority",
    ]
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before].isWhitespace else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    func trimmingCharacters() -> String {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }

    /// Leading and trailing characters of `set` removed.
    func trimmingCharacters(in set: String) -> String {
        let start = firstIndex(where: { !set.contains($0) }) ?? endIndex
        let end = lastIndex(where: { !set.contains($0) }).map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }

    func replacingApostrophes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }
}
