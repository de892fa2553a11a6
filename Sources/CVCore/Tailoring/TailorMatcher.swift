#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Scores a CV's evidence against a job ad: BM25 over stems plus canonical skills (a skill counts more than
/// a word), times recency; and each requirement's coverage, from which `TailorScore` makes the CV's match score.
/// Term-at-a-time over the index's postings: the work grows with the ad's words, not with ad × CV.
enum TailorMatcher {
    static let k1 = 1.2
    /// Length normalisation, kept mild: a long bullet that says more is not worth less.
    static let b = 0.4
    /// A skill the ad names counts this many times a shared word.
    static let skillBoost = 2.5
    /// A related skill (a sibling in its family) counts this share of the skill itself: alone it does not
    /// cover a requirement (covered means at least half met).
    static let relatedCredit = 0.4
    /// A line that shows the requirement's competencies (`ConceptLexicon`) in other words: enough to cover it.
    static let conceptStrength = 0.6
    /// A requirement about a competency names it with at most this many other words, or the line shares half
    /// of them.
    static let maxOtherWords = 3
    /// Just under covered: what meets a requirement only in part.
    static let partial = 0.45
    /// The same where the requirement names skills the line lacks: not enough alone.
    static let conceptWithSkills = 0.3

    /// A skill named by five requirements is not five times as telling as one named once: the square root.
    static func damped(_ weight: Double) -> Double { weight.squareRoot() }

    static func idf(_ postings: Int, of n: Int) -> Double {
        let n = Double(n)
        let df = Double(postings)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    static func tfPart(_ count: Int, norm: Double) -> Double {
        let t = Double(count)
        return t * (k1 + 1) / (t + norm)
    }

    /// The relevance of every item of the index to the job, in index order.
    static func relevance(_ index: TailorIndex, job: JobAd) -> [Double] {
        let n = index.items.count
        var scores = [Double](repeating: 0, count: n)
        for (stem, weight) in job.terms {
            guard let postings = index.stemPostings[stem] else { continue }
            let w = damped(weight) * idf(postings.count, of: n)
            for p in postings { scores[p.item] += w * tfPart(p.count, norm: index.norms[p.item]) }
        }
        // Each requirement naming skills counts once per item, through the skill that meets it best: "web
        // servers and caches like Nginx, Varnish, HAProxy" is one need, whatever OpenResty meets.
        var best = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for requirement in job.requirements where !requirement.skills.isEmpty {
            for wanted in requirement.skills {
                for (evidence, credit) in SkillFamilies.evidence(for: wanted, related: relatedCredit) {
                    guard let postings = index.skillPostings[evidence] else { continue }
                    let i = idf(postings.count, of: n)
                    for p in postings {
                        let value = credit * i * tfPart(p.count, norm: index.norms[p.item])
                        if best[p.item] == 0 { touched.append(p.item) }
                        best[p.item] = max(best[p.item], value)
                    }
                }
            }
            let w = damped(requirement.weight)
            for item in touched { scores[item] += skillBoost * w * best[item]; best[item] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        for i in 0..<n { scores[i] *= index.items[i].recency }
        return scores
    }

    /// Each requirement with the evidence covering it, and the 0-100 score.
    static func match(_ index: TailorIndex, job: JobAd) -> (score: Int, requirements: [RequirementMatch]) {
        var matches: [RequirementMatch] = []
        matches.reserveCapacity(job.requirements.count)
        let names = job.requirements.map(AskedNames.stems(of:))
        let adsOwn = AskedNames.adsOwn(job.requirements, names: names)
        let scanner = TermScanner()
        let employers = employerLines(in: index)
        for (requirement, asked) in zip(job.requirements, names) {
            var match = coverage(of: requirement, in: index, names: asked.filter { !adsOwn.contains($0) }, scanner: scanner,
                                 employerLines: employers)
            // Either alternative of a clause that offers two meets it.
            if !match.isCovered {
                for alternative in requirement.alternatives {
                    let names = AskedNames.stems(of: alternative).filter { !adsOwn.contains($0) }
                    let met = coverage(of: alternative, in: index, names: names, scanner: scanner, employerLines: employers)
                    if met.coverage > match.coverage {
                        match = RequirementMatch(requirement: requirement, coverage: met.coverage, evidence: met.evidence)
                    }
                }
            }
            matches.append(match)
        }
        let score = TailorScore.score(index, job: job, matches: matches)
        return (score, matches)
    }

    /// How well the CV covers one requirement: the best single piece of evidence by key terms, or the skills it
    /// names met anywhere in the CV (one of them for "such as X or Y", all of them otherwise).
    static func coverage(of requirement: JobRequirement, in index: TailorIndex, names: [String] = [],
                         scanner: TermScanner? = nil, employerLines: Set<Int> = []) -> RequirementMatch
    {
        // Benefits, boilerplate and eligibility lines ask nothing of the CV: reported, never covered by it.
        guard requirement.kind.isAsked else { return RequirementMatch(requirement: requirement, coverage: 0, evidence: []) }
        if let opening = englishShown(for: requirement, in: index) {
            return RequirementMatch(requirement: requirement, coverage: 1, evidence: [opening])
        }
        if breadthSearch.anyOccurs(in: requirement.text.lowercased()) {
            var roles = breadthShown(in: index)
            for k in roles.indices { roles[k].line = citedLine(of: roles[k], in: index, scanner: scanner ?? TermScanner()) }
            if !roles.isEmpty { return RequirementMatch(requirement: requirement, coverage: 1, evidence: roles) }
        }
        // "5+ years of work experience", asking nothing else: the whole career's years, summed from the roles' dates.
        if requirement.skills.isEmpty, let wanted = YearsAsked.years(in: requirement.text),
           requirement.terms.allSatisfy(genericStems.contains) {
            let worked = YearsAsked.years(of: Set(index.document.roles.indices), in: index.document,
                                          reference: index.referenceYear)
            var roles = yearsShown(in: index)
            guard !roles.isEmpty else { return RequirementMatch(requirement: requirement, coverage: 0, evidence: []) }
            for k in roles.indices { roles[k].line = citedLine(of: roles[k], in: index, scanner: scanner ?? TermScanner()) }
            return RequirementMatch(requirement: requirement, coverage: worked >= Double(wanted) ? 1 : partial, evidence: roles)
        }
        func factor(_ item: Int) -> Double {
            let it = index.items[item]
            return it.evidence.kind == .skill ? 1 : max(0.5, it.recency)
        }
        // Skills: per item, the skills of the requirement it meets and its best credit.
        var skillStrength: [Int: Double] = [:]
        var skillsMet: [Int: [String]] = [:]
        var relatedMet: [Int: [String]] = [:]
        var bestSkill: [Double] = []
        for wanted in requirement.skills {
            var best = 0.0
            for (evidence, credit) in SkillFamilies.evidence(for: wanted, related: relatedCredit) {
                guard let postings = index.skillPostings[evidence] else { continue }
                for p in postings {
                    let value = credit * factor(p.item) * (employerLines.contains(p.item) ? employerCredit : 1)
                    best = max(best, value)
                    skillStrength[p.item] = max(skillStrength[p.item] ?? 0, value)
                    if credit >= 1 {
                        if skillsMet[p.item]?.contains(wanted) != true { skillsMet[p.item, default: []].append(wanted) }
                    } else if relatedMet[p.item]?.contains(wanted) != true {
                        relatedMet[p.item, default: []].append(wanted)
                    }
                }
            }
            bestSkill.append(best)
        }
        // Terms: per item, the requirement's key terms it shares.
        var termsMet: [Int: [String]] = [:]
        var seen: Set<String> = []
        for term in requirement.terms where seen.insert(term).inserted {
            for p in index.stemPostings[term] ?? [] { termsMet[p.item, default: []].append(term) }
        }
        // Words and concepts apart: one word "monitoring" is its stem and its concept, not two shared words.
        // The competencies only its examples name ("e.g. incident retros") are not asked for themselves.
        let reading = AskedReading(requirement)
        // A competency asked only by words that carry it in some contexts (`askedByWeakWords`: "supported
        // applications") is still one of those asked, but no line meets it by sharing it here: the meaning view weighs
        // it as a word.
        let weaklyAsked = Set(seen.filter { ConceptLexicon.isConcept($0) && askedByWeakWords($0, in: requirement) })
        let conceptCount = seen.filter {
            ConceptLexicon.isConcept($0) && !requirement.exampleTerms.contains($0) && !reading.notAsked.contains($0)
        }.count
        // Generic words ("develop", "implement", "team") are shared by nearly every line: they neither count as a
        // shared word nor as one to share; except in a job title, where "Systems" in "Systems Programmer" is half
        // of what it names.
        let isTitle = requirement.kind == .title
        func counts(_ term: String) -> Bool { !ConceptLexicon.isConcept(term) && (isTitle || !genericStems.contains(term)) }
        let termCount = seen.filter(counts).count
        // The requirement's other words: those that name no competency (a concept token follows the stem of the
        // word that carries it). Many of them ("hardware security module") make it about more than the competency.
        // Every word carrying one of its competencies is one ("collaborating … the community": both carry it).
        let asked = Set(requirement.terms.filter(ConceptLexicon.isConcept))
        let conceptWords = Set(requirement.terms.filter { term in
            ConceptLexicon.adConceptsOfStem[term]?.contains(where: asked.contains) == true
        })
        // Its examples ("perhaps in retail") illustrate it: none of them is one of its other words.
        // Generic words ("deliver", "solutions", "team") are none of them: like the shared words (`counts`), they
        // count neither as shared nor as one to share. Nor the words of a competency's compound ("front", "end").
        let otherWords = Set(requirement.terms.filter {
            !ConceptLexicon.isConcept($0) && !conceptWords.contains($0) && !requirement.exampleTerms.contains($0)
                && (isTitle || !genericStems.contains($0)) && !reading.compoundParts.contains($0)
        })
        // The named things among them that show one of its competencies ("SAN" for machines, "firewalls" for
        // networking): "Hardware SAN experience" asks for the SAN, which other hardware does not show.
        let namedThings = otherWords.filter { ConceptLexicon.conceptsOfStem[$0]?.contains(where: asked.contains) == true }
        // A competency asked only by a word of making or of a kind (`ConceptLexicon.objectStems`: "design wireframes",
        // "design and prototyping software", "a portfolio of UI work"): the things it is said of are what is asked,
        // and a line showing the competency about something else ("the billing service's architecture") does not
        // meet it without one of them.
        let askedWeakly = !otherWords.isEmpty && !asked.isEmpty && asked.allSatisfy { token in
            let by = requirement.terms.filter { ConceptLexicon.adConceptsOfStem[$0]?.contains(token) == true }
            return !by.isEmpty && by.allSatisfy(ConceptLexicon.objectStems.contains)
        }
        var termCoverage = 0.0
        var candidates: [(item: Int, match: EvidenceMatch)] = []
        let items = Set(skillStrength.keys).union(termsMet.keys)
        let topicAsk = topicAsk(requirement)
        for item in items {
            let matched = termsMet[item] ?? []
            // Competencies shown fully: not by their weak words alone.
            let it = index.items[item]
            // A job title is met by a role's words, not by the skills it names ("Python Developer" is no
            // "Systems Programmer" though Python shows coding).
            let concepts = matched.filter { token in
                ConceptLexicon.isConcept(token) && !requirement.exampleTerms.contains(token) && !reading.notAsked.contains(token)
                    && !weaklyAsked.contains(token) && shownStrength(token, by: it, asked: requirement.terms) >= 1
                    && !namesOnlyAsTopic(it, token, beside: topicAsk)
                    && (!isTitle || it.bag.orderedStems.contains { ConceptLexicon.conceptsOfStem[$0]?.contains(token) == true })
            }.count
            let words = matched.filter(counts).count
            var termStrength = 0.0
            if termCount > 0 && words >= min(2, termCount) {
                termStrength = ramp(Double(words) / Double(termCount)) * factor(item)
            }
            // A line showing most (three fifths) of the competencies the requirement names, in its own words, meets
            // it; where the requirement names skills, the skills decide and a shared competency only adds a little.
            let othersMet = matched.filter(otherWords.contains).count
            if conceptCount > 0 && concepts * 5 >= conceptCount * 3
                && (otherWords.count <= maxOtherWords || othersMet * 2 >= otherWords.count)
                && (namedThings.isEmpty || matched.contains(where: namedThings.contains))
                && (!askedWeakly || othersMet > 0) {
                let skillsDecide = !requirement.skills.isEmpty && !requirement.skillsAreExamples
                termStrength = max(termStrength, skillsDecide ? conceptWithSkills : conceptStrength)
            }
            // Where the ad names skills, sharing its other words meets it only in part (below covered: "tests for
            // JavaScript" is not met by tests in another language).
            if !requirement.skills.isEmpty && !requirement.skillsAreExamples { termStrength = min(termStrength, partial) }
            let kind = index.items[item].evidence.kind
            if requirement.kind == .title && kind != .role && kind != .summary { termStrength = 0 }
            termCoverage = max(termCoverage, termStrength)
            let strength = max(skillStrength[item] ?? 0, termStrength)
            if strength > 0.15 {
                let met = skillsMet[item] ?? []
                candidates.append((item, EvidenceMatch(evidence: index.items[item].evidence, strength: strength, skills: met,
                                                       related: (relatedMet[item] ?? []).filter { !met.contains($0) },
                                                       terms: matched)))
            }
        }
        var skillCoverage = 0.0
        if !bestSkill.isEmpty {
            skillCoverage = requirement.anyOfSkills ? (bestSkill.max() ?? 0) : bestSkill.reduce(0, +) / Double(bestSkill.count)
        }
        // Ties in the index's order: the same report every run, whatever order the sets and dictionaries keep.
        // A line saying what it shares only in passing (an aside, a team's name, a wish) comes after one doing it.
        // So does a line telling of others (the employer, its product: `tellsOfOthers`).
        func cited(_ c: (item: Int, match: EvidenceMatch)) -> Double {
            let it = index.items[c.item]
            let others = it.tellsOfOthers ? othersShare : 1
            guard !it.passing.isEmpty, c.match.skills.isEmpty, !c.match.terms.isEmpty,
                  c.match.terms.allSatisfy(it.passing.contains) else { return c.match.strength * others }
            return c.match.strength * passingShare * others
        }
        candidates.sort {
            let (x, y) = ($0.match, $1.match)
            let (cx, cy) = (cited($0), cited($1))
            if cx != cy { return cx > cy }
            if x.evidence.source.start != y.evidence.source.start { return x.evidence.source.start < y.evidence.source.start }
            return $0.item < $1.item
        }
        var coverage = min(1, max(skillCoverage, termCoverage))

        // One piece of evidence once (a summary read both whole and sentence by sentence).
        var shown: [EvidenceMatch] = []
        var texts: Set<String> = []
        for (_, c) in candidates where shown.count < 3 && texts.insert(c.evidence.text).inserted { shown.append(c) }
        // By meaning: what the requirement names, shown anywhere in the CV, each by the lines that show it.
        if requirement.kind != .title,
           let meaning = meaningCoverage(of: requirement, in: index, employerLines: employerLines, reading: reading) {
            // The lines of the view that decides first, then those of the other: the line sharing most of the
            // requirement's words and the lines showing what it names in other words are both worth pointing to.
            shown = meaning.coverage > coverage ? interleave(meaning.evidence, shown, index: index)
                : interleave(shown, meaning.evidence, index: index)
            coverage = max(coverage, meaning.coverage)
            // "4+ years of C++" with fewer years shown is met in part, however well C++ itself is shown.
            if meaning.yearsShort { coverage = min(coverage, partial) }
        }
        // A duty done with a skill ("write scalable C++ code") is shown by work that used it: a skill only a skills
        // list names is claimed, not shown doing the duty.
        if requirement.kind == .responsibility && !requirement.skills.isEmpty && !requirement.skillsAreExamples,
           !skillsMet.isEmpty, skillsMet.keys.allSatisfy({ index.items[$0].evidence.kind == .skill }) {
            coverage = min(coverage, partial)
        }
        // A competency asked beside the skills ("a Rust programmer who knows storage engines, or Go will do")
        // that no line of the CV shows: the skills meet it only in part.
        if !requirement.skills.isEmpty && !requirement.skillsAreExamples,
           requirement.terms.contains(where: {
               ConceptLexicon.isConcept($0) && !requirement.exampleTerms.contains($0) && index.stemPostings[$0] == nil
           }) {
            coverage = min(coverage, partial)
        }
        // "Intermediate knowledge of X" is not met by a skills list's "X (beginner)": the CV's own level is below
        // the one asked.
        if !requirement.skills.isEmpty, !requirement.skillsAreExamples, asksALevel(requirement.text) {
            let withSkills = shown.filter { !$0.skills.isEmpty }
            if !withSkills.isEmpty, withSkills.allSatisfy({ $0.evidence.kind == .skill && saysALowLevel($0.evidence) }) {
                coverage = min(coverage, partial)
            }
        }
        // The names it asks for (`AskedNames`) and the skills it names: one of them must be in the CV.
        if !names.isEmpty && !names.contains(where: { index.stemPostings[$0] != nil })
            && !bestSkill.contains(where: { $0 > 0 }) {
            coverage = min(coverage, partial)
        }
        // A piece of several lines (a wrapped bullet, a sentence of a paragraph) is cited by the line that holds
        // what it shows.
        for k in shown.indices { shown[k].line = citedLine(of: shown[k], in: index, scanner: scanner ?? TermScanner()) }
        return RequirementMatch(requirement: requirement, coverage: coverage, evidence: shown)
    }

    /// The line to cite a piece by: for a piece of several lines (a wrapped bullet, a role's heading over its
    /// organisation's and its dates' lines, a sentence of a paragraph), the line holding most of the words by which
    /// it meets the requirement, found in the CV's lines where the index has them (`TailorIndex.lines`), else
    /// estimated from the words' offsets. Nil: its first line.
    static func citedLine(of match: EvidenceMatch, in index: TailorIndex, scanner: TermScanner) -> Int? {
        let source = match.evidence.source
        // A skills category's name on a line of its own is cited by the line its skills start on.
        if match.evidence.kind == .skill, match.evidence.roleIndex == nil, let list = index.listLines[source.start.line] {
            return list
        }
        if !index.lines.isEmpty {
            let paragraph = index.paragraphs[match.evidence]
            // A sentence is looked for near its estimated line: a long paragraph costs no more than a short one.
            let range = paragraph.map {
                max($0.lowerBound, source.start.line - sentenceReach)...min($0.upperBound, source.start.line + sentenceReach)
            } ?? source.start.line...source.end.line
            if range.count > 1, range.upperBound <= index.lines.count,
               let line = holdingLine(of: match, lines: range, of: index.lines, sentence: paragraph != nil, scanner: scanner,
                                      index: index) {
                return line
            }
        }
        return source.lines.count > 1 ? holdingLine(of: match, scanner: scanner) : nil
    }

    /// How many lines either side of its estimated line a sentence of a paragraph is looked for.
    static let sentenceReach = 8

    /// Whether a word of a piece shows what it meets the requirement by: a skill it meets, a shared stem, a word
    /// carrying a shared competency.
    static func showing(_ match: EvidenceMatch, scanner: TermScanner) -> (Substring) -> Bool {
        let shared = Set(match.terms)
        let skills = Set(match.skills + match.related)
        return { word in
            let lower = word.lowercased()
            if let skill = SkillLexicon.byAlias[lower], skills.contains(skill) { return true }
            let stem = scanner.stem(lower)
            if shared.contains(stem) { return true }
            return ConceptLexicon.conceptsOfStem[stem]?.contains(where: shared.contains) == true
        }
    }

    /// What a word showing the requirement weighs in choosing a piece's line: 1, and a little more the fewer of the
    /// CV's items hold it ("3 trillion messages" over "customers" said in every role): of two lines showing as many
    /// words, the one with the rarer is the telling one.
    static func telling(_ word: Substring, in index: TailorIndex?, scanner: TermScanner) -> Double {
        guard let index else { return 1 }
        let lower = word.lowercased()
        let count = SkillLexicon.byAlias[lower].map { index.skillPostings[$0]?.count ?? 1 }
            ?? index.stemPostings[scanner.stem(lower)]?.count ?? 1
        return 1 + rarityBonus / Double(max(1, count))
    }

    /// At most this is added to a showing word's weight for being rare (held by one item): a tie-break, less than a word.
    static let rarityBonus = 0.05

    /// The words of a text (letters and digits, any non-ASCII byte in a word), each with its byte offset.
    static func words(_ text: Substring) -> [(word: Substring, offset: Int)] {
        var words: [(Substring, Int)] = []
        var wordStart: String.Index?
        var startOffset = 0
        var offset = 0
        var i = text.utf8.startIndex
        while i < text.utf8.endIndex {
            let byte = text.utf8[i]
            let isWord = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            if isWord {
                if wordStart == nil { wordStart = i; startOffset = offset }
            } else if let start = wordStart {
                words.append((text[start..<i], startOffset))
                wordStart = nil
            }
            i = text.utf8.index(after: i)
            offset += 1
        }
        if let start = wordStart { words.append((text[start...], startOffset)) }
        return words
    }

    /// The line of `range` (of the CV's `lines`) holding most of the words by which a piece meets the requirement.
    /// A piece of its own lines counts them line by line; a sentence of a paragraph is first found there, word by
    /// word in order (words of the lines that are not the sentence's, such as a date line or markup, are passed
    /// over), and counts only its own words. The first of equals; nil when no word is found.
    static func holdingLine(of match: EvidenceMatch, lines range: ClosedRange<Int>, of lines: [Substring],
                            sentence: Bool, scanner: TermScanner, index: TailorIndex? = nil) -> Int?
    {
        guard sentence || !match.terms.isEmpty || !match.skills.isEmpty || !match.related.isEmpty else { return nil }
        let shows = showing(match, scanner: scanner)
        let shared = Set(match.terms)
        // A weak word of a competency ("live" for operations) shows it by half.
        func weight(_ word: Substring) -> Double {
            guard shows(word) else { return 0 }
            let stem = scanner.stem(word.lowercased())
            let half = ConceptLexicon.weakStems.contains(stem) && !shared.contains(stem)
            return telling(word, in: index, scanner: scanner) * (half ? 0.5 : 1)
        }
        var hits = [Double](repeating: 0, count: range.count)
        var fallback: Int?
        if !sentence {
            // Only the piece's own words: a project's heading spans its description's lines too (its own are its name's,
            // its role's and its keywords').
            let text = index?.headingText(of: match.evidence) ?? match.evidence.text
            let own = Set(words(Substring(text)).map { $0.word.lowercased() })
            for (k, n) in range.enumerated() {
                hits[k] = words(lines[n - 1]).reduce(0) { $0 + (own.contains($1.word.lowercased()) ? weight($1.word) : 0) }
            }
        } else {
            var lineWords: [(word: String, line: Int)] = []
            for (k, n) in range.enumerated() { lineWords += words(lines[n - 1]).map { ($0.word.lowercased(), k) } }
            let own = words(Substring(match.evidence.text)).map { ($0.word.lowercased(), weight($0.word)) }
            guard let firstWord = own.first?.0 else { return nil }
            // The start that finds most of the sentence's words in order.
            var best: (found: Int, hits: [Double], first: Int)?
            for start in lineWords.indices where lineWords[start].word == firstWord {
                var found = 0
                var tally = [Double](repeating: 0, count: range.count)
                var at = start
                var first: Int?
                for (word, showsIt) in own where at < lineWords.count {
                    // Passed-over words: a date line between two of the paragraph's lines, a link's address.
                    guard let next = lineWords[at..<min(lineWords.count, at + 12)].firstIndex(where: { $0.word == word })
                    else { continue }
                    found += 1
                    if first == nil { first = lineWords[next].line }
                    tally[lineWords[next].line] += showsIt
                    at = next + 1
                }
                if found > best?.found ?? 0, let first { best = (found, tally, first) }
                if found == own.count { break }
            }
            guard let best, best.found * 2 >= own.count else { return nil }
            hits = best.hits
            // Found, though no word of it shows the requirement by itself: its first line, not an estimate.
            fallback = range.lowerBound + best.first
        }
        guard let top = hits.indices.max(by: { hits[$0] != hits[$1] ? hits[$0] < hits[$1] : $0 > $1 }), hits[top] > 0
        else { return fallback }
        return range.lowerBound + top
    }

    /// The line of a piece of several lines that holds most of the words by which it meets the requirement (its
    /// shared stems, the words carrying its shared competencies, the skills it meets), each word placed by its
    /// offset in the text, whose lines were joined: wrapped lines are full but the last, which holds half a line
    /// on average. The first of equals; nil when no word is found.
    static func holdingLine(of match: EvidenceMatch, scanner: TermScanner) -> Int? {
        let source = match.evidence.source
        let first = source.start.line
        let lineCount = source.lines.count
        guard lineCount > 1, !match.terms.isEmpty || !match.skills.isEmpty || !match.related.isEmpty else { return nil }
        let text = match.evidence.text
        let total = max(1, text.utf8.count)
        var hits = [Int](repeating: 0, count: lineCount)
        let shows = showing(match, scanner: scanner)
        for (word, offset) in words(Substring(text)) where shows(word) {
            hits[min(lineCount - 1, offset * (2 * lineCount - 1) / (2 * total))] += 1
        }
        guard let best = hits.indices.max(by: { hits[$0] != hits[$1] ? hits[$0] < hits[$1] : $0 > $1 }),
              hits[best] > 0 else { return nil }
        return first + best
    }

    /// "English language proficiency", "fluent English": a CV written in English shows it, from its first line of
    /// prose (the summary's, or the first bullet's). Only where the requirement asks for the language alone: one
    /// asking for communication in it ("English communication skills") is met by the lines that show communication.
    static func englishShown(for requirement: JobRequirement, in index: TailorIndex) -> EvidenceMatch? {
        guard requirement.skills.isEmpty, requirement.terms.contains(englishStem) else { return nil }
        let words = requirement.terms.filter { !ConceptLexicon.isConcept($0) }
        guard words.allSatisfy(languageStems.contains) else { return nil }
        let prose: Set<CVEvidence.Kind> = [.summary, .bullet, .roleText, .project]
        guard let first = index.items.filter({ prose.contains($0.evidence.kind) })
            .min(by: { $0.evidence.source.start < $1.evidence.source.start }) else { return nil }
        return EvidenceMatch(evidence: first.evidence, strength: 1, skills: [], terms: [englishStem])
    }

    /// A role's sentences about its employer ("Acme provides payments for shops, hosted on AWS"): the organisation's
    /// name starts them. What the employer runs shows the scale and the field the holder worked in, not the skills
    /// the holder used: a skill such a sentence names earns `employerCredit`.
    static func employerLines(in index: TailorIndex) -> Set<Int> {
        var lines: Set<Int> = []
        for (i, item) in index.items.enumerated() where item.evidence.kind == .roleText && !item.bag.skills.isEmpty {
            guard let r = item.evidence.roleIndex, r < index.document.roles.count,
                  let organisation = index.document.roles[r].organisation,
                  let name = organisation.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first,
                  name.count >= 2 else { continue }
            let text = item.evidence.text
            guard text.hasPrefix(name), let after = text.dropFirst(name.count).first,
                  !after.isLetter && !after.isNumber else { continue }
            lines.insert(i)
        }
        return lines
    }

    /// What a skill named in a sentence about the employer earns: as a related skill does, not enough alone.
    static let employerCredit = 0.4

    /// "Diverse experience", "a varied background": breadth of work, asked for itself.
    static let breadthSearch = PhraseSearch(["diverse experience", "diverse background", "varied experience",
                                             "varied background", "broad experience", "broad background",
                                             "breadth of experience", "diverse set of experience"])

    /// A career at several organisations (at least `breadthOrganisations`) shows breadth: the headings of the
    /// most recent role at each of them, newest first, are its evidence. None when the CV shows fewer.
    static func breadthShown(in index: TailorIndex) -> [EvidenceMatch] {
        var seen: Set<String> = []
        var headings: [EvidenceMatch] = []
        for item in index.items where item.evidence.kind == .role {
            guard let r = item.evidence.roleIndex, r < index.document.roles.count,
                  let organisation = index.document.roles[r].organisation?.lowercased(),
                  seen.insert(organisation).inserted else { continue }
            headings.append(EvidenceMatch(evidence: item.evidence, strength: 1, skills: [], terms: []))
        }
        guard headings.count >= breadthOrganisations else { return [] }
        // A sentence of the CV's prose or a role's heading that says it ("various roles", "from embedded code through
        // to the cloud") is the line a reader points to first (a bullet's "various" is about its own work).
        if let said = index.items.first(where: { item in
            [.summary, .role, .roleText].contains(item.evidence.kind)
                && breadthSaid.anyOccurs(in: " " + item.evidence.text.lowercased() + " ")
        }) {
            headings.removeAll { $0.evidence.text == said.evidence.text }
            // Cited by the line that says it (a role's heading spans its organisation's and its title's lines).
            let scanner = TermScanner()
            let cues = Set(breadthWords.map(scanner.stem))
            let shown = words(Substring(said.evidence.text)).map { scanner.stem($0.word.lowercased()) }.filter(cues.contains)
            headings.insert(EvidenceMatch(evidence: said.evidence, strength: 1, skills: [], terms: shown), at: 0)
        }
        return Array(headings.prefix(3))
    }

    /// The lines that show a career's years: a sentence of prose saying them ("19 years' experience"), then the roles'
    /// headings, newest first; at most three.
    static func yearsShown(in index: TailorIndex) -> [EvidenceMatch] {
        var shown: [EvidenceMatch] = []
        if let said = index.items.first(where: { item in
            [.summary, .roleText].contains(item.evidence.kind) && YearsAsked.saysYears(item.evidence.text)
        }) {
            shown.append(EvidenceMatch(evidence: said.evidence, strength: 1, skills: [], terms: []))
        }
        let roles = index.items.filter { $0.evidence.kind == .role && $0.evidence.roleIndex != nil }
            .sorted { ($0.evidence.year ?? 0) > ($1.evidence.year ?? 0) }
        for item in roles where shown.count < 3 {
            shown.append(EvidenceMatch(evidence: item.evidence, strength: 1, skills: [], terms: []))
        }
        return shown
    }

    /// The words of `breadthSaid`'s phrases that say breadth.
    static let breadthWords = ["various", "varied", "varying", "variety", "diverse", "broad", "wide", "range", "through",
                               "career", "spanning"]

    /// How a CV says its own breadth: many kinds of work, or a span from one kind to another.
    static let breadthSaid = PhraseSearch([" various ", " varied ", " varying ", " variety of ", " diverse ", " broad ",
                                           " wide range ", " range of ", " through to ", " started my career ",
                                           " career spanning ", " spanning "])

    static let breadthOrganisations = 3

    static let englishStem = TermScanner().stem("english")
    /// The words of a requirement that asks for a language and nothing else.
    static let languageStems: Set<String> = {
        let scanner = TermScanner()
        return Set(["english", "language", "languages", "fluent", "fluency", "fluently", "spoken", "native",
                    "speaker", "command"].map { scanner.stem($0) })
    }()

    /// At most three pieces of evidence, taken in turn from two ranked lists, each text once.
    static func interleave(_ first: [EvidenceMatch], _ second: [EvidenceMatch], index: TailorIndex? = nil) -> [EvidenceMatch] {
        var merged: [EvidenceMatch] = []
        var k = 0
        func same(_ a: CVEvidence, _ b: CVEvidence) -> Bool {
            if a.text == b.text { return true }
            guard let index, let p = place(of: a, in: index) else { return false }
            return place(of: b, in: index) == p
        }
        while merged.count < 3 && (k < first.count || k < second.count) {
            for list in [first, second] where k < list.count && merged.count < 3 {
                if !merged.contains(where: { same($0.evidence, list[k].evidence) }) { merged.append(list[k]) }
            }
            k += 1
        }
        return merged
    }

    /// One thing a requirement names, and the CV items that show it.
    private struct Unit {
        var weight: Double
        /// The requirement's term it is (nil: a skill, or its examples).
        var term: String? = nil
        /// Item → credit (1: the thing itself; less: a related skill).
        var items: [Int: Double]
    }

    /// A requirement read as the things it names (its skills, its competencies from `ConceptLexicon`, its other
    /// content words, generic ones such as "build" or "team" counting little) and covered by the CV as a whole:
    /// each thing shown by some line, in any role, the summary or the skills. The share shown decides: two
    /// thirds meet it (coverage ½), all of it fully. The evidence is the few lines that together show most of
    /// it, lines of roles and projects before skill lists.
    static func meaningCoverage(of requirement: JobRequirement, in index: TailorIndex, employerLines: Set<Int> = [],
                                reading: AskedReading? = nil)
        -> (coverage: Double, evidence: [EvidenceMatch], yearsShort: Bool)?
    {
        var units: [Unit] = []
        var skillUnits: [Unit] = []
        // An old role shows a thing less than a recent one; a skills list is as of now.
        func credit(_ item: Int) -> Double {
            let it = index.items[item]
            return it.evidence.kind == .skill ? 0.8 : max(0.5, min(1, it.recency * 1.5))
        }
        for wanted in requirement.skills {
            var unit = Unit(weight: skillWeight, items: [:])
            for (evidence, c) in SkillFamilies.evidence(for: wanted, related: relatedCredit) {
                for p in index.skillPostings[evidence] ?? [] {
                    let own = employerLines.contains(p.item) ? employerCredit : 1
                    unit.items[p.item] = max(unit.items[p.item] ?? 0, c * credit(p.item) * own)
                }
            }
            skillUnits.append(unit)
        }
        // Skills that illustrate a competency ("DevOps (Terraform, GitHub)") are among its examples.
        var examples = Unit(weight: genericWeight, items: [:])
        if requirement.skillsAreExamples {
            for u in skillUnits { examples.items.merge(u.items, uniquingKeysWith: max) }
        } else if requirement.anyOfSkills && skillUnits.count > 1 {
            // "such as X, Y or Z": one of them is the one thing asked.
            var any = Unit(weight: skillWeight, items: [:])
            for u in skillUnits { any.items.merge(u.items, uniquingKeysWith: max) }
            units.append(any)
        } else {
            units += skillUnits
        }
        let skillCount = units.count
        let hasNamedThing = skillCount > 0
            || requirement.terms.contains { ConceptLexicon.isConcept($0) && !requirement.exampleTerms.contains($0) }
        var seen: Set<String> = []
        let topicAsk = topicAsk(requirement)
        let reading = reading ?? AskedReading(requirement)
        // The crafts it names (competencies that are not ways of working), and the competencies some line shows by
        // more than their weak words.
        var crafts: [String] = []
        var fullyShown: Set<String> = []
        // Per line, how many of the competencies asked it shows fully.
        var conceptsShown: [Int: Int] = [:]
        // The examples of what it asks ("such as …", "perhaps in …") are one thing, shown by any of them, and
        // weigh little: they say how, not what.
        for term in requirement.terms where seen.insert(term).inserted {
            let isConcept = ConceptLexicon.isConcept(term)
            guard isConcept || !ConceptLexicon.carrierStems.contains(term) else { continue }
            guard !reading.compoundParts.contains(term) && !reading.notAsked.contains(term) else { continue }
            if requirement.exampleTerms.contains(term) {
                for p in index.stemPostings[term] ?? [] {
                    let it = index.items[p.item]
                    let shows = isConcept ? shownStrength(term, by: it, asked: requirement.terms) : 1
                    examples.items[p.item] = max(examples.items[p.item] ?? 0, credit(p.item) * shows)
                }
                continue
            }
            // Beside a skill or a competency, the other words say how or where more than what.
            let other = hasNamedThing ? otherWeight : 1
            // A competency the ad names only by words that carry it in some contexts (`ConceptLexicon.adWeakWords`:
            // "supported applications" is no customer support) weighs as a word of it, not as the competency.
            let weight = isConcept ? (askedByWeakWords(term, in: requirement) ? otherWeight : 1)
                : (genericStems.contains(term) ? genericWeight : other)
            var unit = Unit(weight: weight, term: term, items: [:])
            let partnerOf = requirement.partners[term]
            for p in index.stemPostings[term] ?? [] {
                // A word naming one thing with the competency beside it ("security libraries") is shown by a line
                // showing that competency: not by libraries of any kind.
                if let partnerOf, !partnerOf.contains(where: { index.items[p.item].bag.stems[$0] != nil }) { continue }
                // A competency shown only by its weak words ("users" for customers) is shown in part.
                let it = index.items[p.item]
                var shows = isConcept ? shownStrength(term, by: it, asked: requirement.terms) : 1
                if shows >= 1 {
                    fullyShown.insert(term)
                    if isConcept { conceptsShown[p.item, default: 0] += 1 }
                }
                // A line naming the competency only as a topic shows it in part where more than it is asked.
                if namesOnlyAsTopic(it, term, beside: topicAsk) {
                    shows = min(shows, topicCredit)
                }
                unit.items[p.item] = credit(p.item) * shows
            }
            if isConcept && !ConceptLexicon.softConcepts.contains(term) { crafts.append(term) }
            units.append(unit)
        }
        if !requirement.exampleTerms.isEmpty || requirement.skillsAreExamples { units.append(examples) }
        let total = units.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        // Met: the best credit of any item, per thing.
        let met = units.reduce(0) { $0 + $1.weight * ($1.items.values.max() ?? 0) }
        var share = met / total
        guard share > 0 else { return nil }
        // A requirement naming crafts is about them: where no line shows any of them by more than its weak words
        // ("contracts" for buying, a product's "UI"), the ways of working and the other words around them ("ideas to
        // improve the buying", "improve the experience of users") do not meet it. (A topic named shows it: "some
        // information security".)
        if !crafts.isEmpty && !crafts.contains(where: fullyShown.contains) { share = min(share, craftCap) }
        let t = meaningThreshold
        var coverage = share >= t ? 0.5 + (share - t) / (1 - t) * 0.5 : share / t * 0.5
        // The skills an ad names decide: without them, its other words meet it only in part.
        let skillsShown = units.prefix(skillCount).reduce(0) { $0 + ($1.items.values.max() ?? 0) }
        if skillCount > 0 && skillsShown * 2 < Double(skillCount) { coverage = min(coverage, partial) }
        // A short clause made of three or more crafts' words and little else ("investigate operational alerts") asks
        // for one piece of work that shows them together: lines that each show one of them, pieced together, meet it
        // only in part. (A list of them, "monitoring, security and logging", is met thing by thing; a longer clause
        // says more than one piece of work.)
        let plainWords = requirement.terms.filter {
            !ConceptLexicon.isConcept($0) && !genericStems.contains($0) && !ConceptLexicon.carrierStems.contains($0)
        }
        if Set(crafts).count >= 3 && Set(plainWords).count <= 1 && isOneClause(requirement.text)
            && (conceptsShown.values.max() ?? 0) < 2 {
            coverage = min(coverage, partial)
        }
        // "4+ years of C++": the years of the roles that show it (of the whole career when the roles show
        // nothing more specific), summed from their dates, must reach N.
        var yearsShort = false
        if let wanted = YearsAsked.years(in: requirement.text) {
            var roles = Set<Int>()
            var onlyListed = skillCount > 0
            // The roles showing the skills it names, or else its competencies.
            for u in (skillCount > 0 ? Array(units.prefix(skillCount)) : units) where u.weight >= 1 {
                for item in u.items.keys {
                    // A project's index is into the projects, which have no dates of their own here.
                    let evidence = index.items[item].evidence
                    if evidence.kind != .project, let r = evidence.roleIndex { roles.insert(r) }
                    if evidence.kind != .skill { onlyListed = false }
                }
            }
            // A skill the ad names, shown only in a skills list, is shown for no known span: not the whole career.
            let shown = onlyListed ? 0
                : YearsAsked.years(of: roles.isEmpty ? Set(index.document.roles.indices) : roles,
                                   in: index.document, reference: index.referenceYear)
            yearsShort = shown < Double(wanted)
            if yearsShort { coverage = min(coverage, partial) } else if units.allSatisfy({ $0.weight < 1 }) {
                coverage = max(coverage, 0.75)
            }
        }
        // Evidence: greedily the item that shows most of what is still unshown, by what it shows and not by its
        // age (an old bullet that shows it is still the line to point to), a little more for each of the
        // requirement's own words it uses, and its kind (`citeRank`).
        let own = ownWords(of: requirement)
        let askedConcepts = Set(requirement.terms.filter {
            ConceptLexicon.isConcept($0) && !requirement.exampleTerms.contains($0)
        })
        // Its words in a row, competencies and examples aside: "lead developer", "project manager".
        let said = requirement.terms.filter { !ConceptLexicon.isConcept($0) && !requirement.exampleTerms.contains($0) }
        let pairs = zip(said, said.dropFirst()).filter {
            $0.0 != $0.1 && !(genericStems.contains($0.0) && genericStems.contains($0.1))
        }.map { ($0.0, $0.1) }
        // The lines holding both words of a pair, and how many pairs each says in a row.
        var phraseCounts: [Int: Int] = [:]
        if !pairs.isEmpty {
            let scanner = TermScanner()
            for (a, b) in pairs {
                guard let withA = index.stemPostings[a], let withB = index.stemPostings[b] else { continue }
                let holdB = Set(withB.map(\.item))
                for p in withA where holdB.contains(p.item) && phraseCounts[p.item] == nil {
                    phraseCounts[p.item] = phrasesShown(pairs, in: index.items[p.item], index: index, scanner: scanner)
                }
            }
        }
        let leaderAsked = asksForALeader(requirement)
        let dispositionAsked = asksADisposition(requirement)
        let dispositionItems = dispositionAsked ? index.items.indices.filter { index.items[$0].disposition } : []
        let pureDisposition = dispositionAsked && requirement.terms.allSatisfy { term in
            ConceptLexicon.isConcept(term) || genericStems.contains(term) || dispositionStems.contains(term)
        }
        func rank(_ item: Int, _ gain: Double) -> Double {
            let it = index.items[item]
            // The requirement's words in a row, said in a row ("lead developer"): each as much as an own word.
            // A leader asked ("an experienced manager", "a project manager"): a line leading people (or projects)
            // shows it as plainly as an own word.
            let phrases = ownWordBonus * Double(phraseCounts[item] ?? 0)
                + (leaderAsked.map(it.leads.contains) == true ? ownWordBonus : 0)
                + (dispositionAsked && it.disposition ? ownWordBonus : 0)
            // A skills list's line showing it by two or more of its skills names it as plainly as a line of work does.
            if let mates = listMates(of: item, in: index),
               listShowsPlainly(mates, in: index, concepts: askedConcepts, skills: requirement.skills) {
                return citeRank(it, gain: gain + plainBonus + phrases, ownWords: own) / preference(it)
            }
            let plain = showsPlainly(it, concepts: askedConcepts, skills: requirement.skills)
            // A disposition is said where the holder speaks of themselves (a summary, a skills paragraph): there it
            // ranks as a line of work does.
            let said = dispositionAsked && it.disposition ? 1 / preference(it) : 1
            return citeRank(it, gain: gain + (plain ? plainBonus : 0) + phrases, ownWords: own)
                * (it.tellsOfOthers ? othersShare : 1) * said
        }
        // Of two lines ranked alike, the earlier wins (then the one the index holds first: a summary read whole
        // before its sentences), so that the report is the same every run.
        func later(_ a: Int, _ b: Int) -> Bool {
            let sa = index.items[a].evidence.source.start, sb = index.items[b].evidence.source.start
            return sa != sb ? sa > sb : a > b
        }
        // A thing the line says only in passing (a team's name, an aside) shows it by half, in choosing the line.
        func aside(_ item: Int, _ u: Unit) -> Double {
            // A disposition asked ("strive to grow"): a wish is what shows it, not an aside.
            guard !(dispositionAsked && index.items[item].disposition), let term = u.term,
                  !index.items[item].passing.isEmpty, index.items[item].passing.contains(term) else { return 1 }
            return passingShare
        }
        var shown: [EvidenceMatch] = []
        var places: Set<Int> = []
        var open = units
        var firstGain = 0.0
        while shown.count < 3 {
            var gain: [Int: Double] = [:]
            for u in open { for (item, c) in u.items { gain[item, default: 0] += u.weight * c / credit(item) * aside(item, u) } }
            // A disposition asked: the first line to point to is one saying the holder's wish or interest, about what the
            // requirement names (or anything, where it names nothing but the disposition: "strive to grow").
            if dispositionAsked && shown.isEmpty, let top = gain.values.max() {
                for k in dispositionItems where pureDisposition || (gain[k] ?? 0) > 0 { gain[k] = max(gain[k] ?? 0, top) }
            }
            // After the first line, only lines that show more than generic words, and as much as the first.
            if !shown.isEmpty { gain = gain.filter { $0.value >= max(1, firstGain * alsoShown) } }
            // Each line ranked once: the best, of equals the earliest.
            var top: (key: Int, value: Double, rank: Double)?
            for (key, value) in gain {
                let r = rank(key, value)
                if let t = top, r < t.rank || (r == t.rank && later(key, t.key)) { continue }
                top = (key, value, r)
            }
            guard let best = top, best.value > 0 else { break }
            let item = index.items[best.key]
            if shown.contains(where: { $0.evidence.text == item.evidence.text })
                || place(of: item.evidence, in: index).map(places.contains) == true {
                open = open.filter { $0.items[best.key] == nil }
                continue
            }
            let terms = requirement.terms.filter { item.bag.stems[$0] != nil }
            let skills = requirement.skills.filter { item.bag.skills[$0] != nil }
            if shown.isEmpty { firstGain = best.value }
            if let p = place(of: item.evidence, in: index) { places.insert(p) }
            shown.append(EvidenceMatch(evidence: item.evidence, strength: min(1, best.value / total), skills: skills,
                                       terms: terms))
            open = open.filter { $0.items[best.key] == nil }
        }
        // All shown: the other lines that show as much as the first are worth pointing to as well.
        if !shown.isEmpty && shown.count < 3 {
            var texts = Set(shown.map(\.evidence.text))
            var gain: [Int: Double] = [:]
            for u in units { for (item, c) in u.items { gain[item, default: 0] += u.weight * c / credit(item) * aside(item, u) } }
            let more = gain.filter { $0.value >= max(1, firstGain * alsoShown) }
                .map { (key: $0.key, value: $0.value, rank: rank($0.key, $0.value)) }
                .sorted { a, b in a.rank != b.rank ? a.rank > b.rank : later(b.key, a.key) }
            for (key, value, _) in more where shown.count < 3 {
                let item = index.items[key]
                if let p = place(of: item.evidence, in: index), !places.insert(p).inserted { continue }
                guard texts.insert(item.evidence.text).inserted else { continue }
                shown.append(EvidenceMatch(evidence: item.evidence, strength: min(1, value / total),
                                           skills: requirement.skills.filter { item.bag.skills[$0] != nil },
                                           terms: requirement.terms.filter { item.bag.stems[$0] != nil }))
            }
        }
        return (min(1, coverage), shown, yearsShort)
    }

    /// Whether every word of a requirement carrying the competency `token` carries it in an ad only in some contexts
    /// (`ConceptLexicon.adWeakWords`).
    static func askedByWeakWords(_ token: String, in requirement: JobRequirement) -> Bool {
        guard let weak = ConceptLexicon.adWeakStemsOf[token] else { return false }
        let by = requirement.terms.filter { ConceptLexicon.adConceptsOfStem[$0]?.contains(token) == true }
        return !by.isEmpty && by.allSatisfy(weak.contains)
    }

    /// What a requirement asks a leader of: projects where its leadership is carried by a manager of them ("project
    /// manager", `projectLeaders`), people where by another word of leading or managing ("team lead", "manager",
    /// "coordinator", "leadership"); nil where by mentoring or teaching alone, or none asked.
    static func asksForALeader(_ requirement: JobRequirement) -> TailorIndex.Led? {
        guard requirement.terms.contains(TailorIndex.leadershipToken) else { return nil }
        let carriers = requirement.terms.filter {
            !ConceptLexicon.isConcept($0) && ConceptLexicon.adConceptsOfStem[$0]?.contains(TailorIndex.leadershipToken) == true
        }
        if carriers.contains(where: projectLeaders.contains) { return .projects }
        return carriers.contains { term in leaderStems.contains { term.hasPrefix($0) } } ? .people : nil
    }

    /// Whether a requirement asks for a disposition, a drive to learn or a passion ("strive to grow", "curious",
    /// "inspired by computers"): lines saying the holder's wishes and interests show it (`TailorIndex.tellsADisposition`).
    static func asksADisposition(_ requirement: JobRequirement) -> Bool {
        words(Substring(requirement.text)).contains { dispositionAsks.contains($0.word.lowercased()) }
    }

    static let dispositionStems: Set<String> = {
        let scanner = TermScanner()
        return Set(dispositionAsks.map(scanner.stem))
    }()

    static let dispositionAsks: Set<String> = ["strive", "grow", "growth", "learn", "learning", "curious", "curiosity",
                                               "inspired", "passion", "passionate", "eager", "motivated", "enthusiasm",
                                               "enthusiastic", "keen", "hungry"]

    static let projectLeaders: Set<String> = {
        let scanner = TermScanner()
        return Set(["project-manager", "project-managers", "programme-manager", "program-manager"].map(scanner.stem))
    }()
    static let leaderStems = ["lead", "manag", "coordin", "supervis"]

    /// Whether a requirement's text is one clause: no list of things (commas, "and", "or", slashes, parentheses).
    static func isOneClause(_ text: String) -> Bool {
        if text.contains(where: { ",;/&(".contains($0) }) { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return !words.contains { $0 == "and" || $0 == "or" || $0 == "nor" }
    }

    /// The requirement's own words that a line citing it may use: its content words, not its competency tokens nor
    /// generic words. A soft requirement ("problem solver", "team player") names a way of working: a line naming
    /// it too shows it no better than one showing it in other words ("troubleshot and resolved incidents").
    static func ownWords(of requirement: JobRequirement) -> Set<String> {
        let soft = ConceptLexicon.isSoft(requirement.terms, skills: requirement.skills)
        return Set(requirement.terms.filter {
            !ConceptLexicon.isConcept($0) && !genericStems.contains($0) && !(soft && ConceptLexicon.carrierStems.contains($0))
        })
    }

    /// How many of a requirement's pairs of words in a row (`pairs`, its words but competencies, examples and pairs of
    /// generic words) a piece
    /// says in a row too ("lead developer" asked, a title "Lead Developer"): the ask named as what the line is about.
    static func phrasesShown(_ pairs: [(String, String)], in item: TailorIndex.Item, index: TailorIndex,
                             scanner: TermScanner) -> Int {
        guard pairs.contains(where: { item.bag.stems[$0.0] != nil && item.bag.stems[$0.1] != nil }) else { return 0 }
        let text = index.headingText(of: item.evidence) ?? item.evidence.text
        // Only the words that may be a pair's (a stem starts its word, but for a letter or two at its end).
        let starts = Set(pairs.flatMap { [$0.0.prefix(3), $0.1.prefix(3)] })
        let stems = words(Substring(text)).map { w -> String in
            let lower = w.word.lowercased()
            return starts.contains(lower.prefix(3)) ? scanner.stem(lower) : ""
        }
        var n = 0
        for (a, b) in pairs where zip(stems, stems.dropFirst()).contains(where: { $0 == a && $1 == b }) { n += 1 }
        return n
    }

    /// A skill written on a line of a skills category's list: the items of that line (itself among them).
    static func listMates(of item: Int, in index: TailorIndex) -> [Int]? {
        guard index.items[item].evidence.kind == .skill, !index.listItems.isEmpty,
              let mates = index.listItems[index.items[item].evidence.source.start.line], mates.contains(item) else { return nil }
        return mates
    }

    /// The line a skills list's piece is cited by (a skill's line, a category's name by its list's first line):
    /// pieces of one such line are one line to point to. Nil for any other piece.
    static func place(of e: CVEvidence, in index: TailorIndex) -> Int? {
        guard e.kind == .skill, e.roleIndex == nil, e.projectIndex == nil else { return nil }
        return index.listLines[e.source.start.line] ?? e.source.start.line
    }

    /// Whether a skills list's line shows what a requirement asks by two or more of its skills ("Perl; bash; Python"
    /// for scripting): the whole line names it, where one of its skills alone would name a part.
    static func listShowsPlainly(_ mates: [Int], in index: TailorIndex, concepts: Set<String>, skills: [String]) -> Bool {
        var n = 0
        for m in mates {
            let it = index.items[m]
            if showsPlainly(it, concepts: concepts, skills: skills) { return true }
            let shows = it.bag.orderedSkills.contains {
                skills.contains($0) || ConceptLexicon.skillConcepts[$0]?.contains(where: concepts.contains) == true
            } || it.carriers.contains { $0.contains(where: concepts.contains) }
            if shows { n += 1 }
            if n >= 2 { return true }
        }
        return false
    }

    /// Whether a line shows what a requirement asks by two or more of its words or skills ("a switch" and "BGP" for
    /// networking, Perl and Python for scripting): its subject, where a line naming it once ("machines within their
    /// network") mentions it in passing.
    static func showsPlainly(_ item: TailorIndex.Item, concepts: Set<String>, skills: [String]) -> Bool {
        var n = 0
        if !concepts.isEmpty {
            for carried in item.carriers where carried.contains(where: concepts.contains) {
                n += 1
                if n >= 2 { return true }
            }
        }
        for skill in item.bag.orderedSkills where n < 2 {
            if skills.contains(skill) || ConceptLexicon.skillConcepts[skill]?.contains(where: concepts.contains) == true { n += 1 }
        }
        return n >= 2
    }

    /// Words of an ad asking for more than a beginner's skill ("intermediate knowledge of", "strong", "proficient in").
    static let askedLevelWords = ["intermediate", "advanced", "proficien", "expert", "strong", "solid", "deep",
                                  "extensive", "fluent", "fluency", "mastery"]
    /// Levels a CV gives a skill it knows only a little (`Rust (beginner)`, `Go: basic`).
    static let lowLevels: Set<String> = ["beginner", "novice", "basic", "elementary", "familiar", "learning",
                                         "basic knowledge", "some experience"]

    static func asksALevel(_ text: String) -> Bool {
        let lower = text.lowercased()
        return askedLevelWords.contains { lower.contains($0) }
    }

    /// Whether a skills-list entry is written with a beginner's level.
    static func saysALowLevel(_ evidence: CVEvidence) -> Bool {
        guard let level = SkillText.parse(evidence.text, source: evidence.source).level else { return false }
        return lowLevels.contains(level.lowercased())
    }

    /// What showing a requirement plainly (`showsPlainly`) adds to what a line shows, in choosing evidence: a tie-break.
    static let plainBonus = 0.1

    /// Whether a sentence of a role's text tells of others, not of the holder's work: the employer, its product or its
    /// customers ("Acme runs the largest photo archive", "Its clients send millions of parcels"), said without "I",
    /// "my", "we" or "our" and not opening with what was done ("Developing …", "Contracted to …"). It shows the field
    /// the holder worked in, which a requirement may ask for, but the holder's own lines show the work better.
    static func tellsOfOthers(_ evidence: CVEvidence) -> Bool {
        guard evidence.kind == .roleText else { return false }
        let all = words(Substring(evidence.text))
        guard let first = all.first?.word.lowercased(), !first.hasSuffix("ing"), !first.hasSuffix("ed") else { return false }
        return !all.contains { w in
            w.word == "I" || w.word == "us" || firstPerson.contains(w.word.lowercased())
        }
    }

    static let firstPerson: Set<String> = ["my", "me", "mine", "myself", "we", "our", "ours", "ourselves"]

    /// What a thing said only in passing (`TailorIndex.namedInPassing`) counts of what it shows, in choosing evidence.
    static let passingShare = 0.5

    /// What a line telling of others (`tellsOfOthers`) keeps of its rank as evidence.
    static let othersShare = 0.6

    /// How a line ranks as evidence for a requirement it shows with `gain`: a little more for each of the
    /// requirement's own words it uses ("scripting" asked, "scripting" shown), and by its kind: a line of a role or
    /// a project before a summary that claims it or a skills list that names it.
    static func citeRank(_ item: TailorIndex.Item, gain: Double, ownWords: Set<String>) -> Double {
        let own = ownWords.reduce(0) { $0 + (item.bag.stems[$1] != nil && !item.passing.contains($1) ? 1 : 0) }
        return (gain + ownWordBonus * Double(own)) * preference(item)
    }

    /// A word of its own in a requirement: neither a competency token, nor generic, nor one carrying a competency.
    static func isOwnWord(_ term: String) -> Bool {
        !ConceptLexicon.isConcept(term) && !genericStems.contains(term) && !ConceptLexicon.carrierStems.contains(term)
    }

    /// The words of a requirement beside its competencies (`isOwnWord`, not examples): a line naming a competency as a
    /// topic and one of these ("advised … on subjects such as security" for advising on security) shows the
    /// requirement, not only its topic.
    static func ownTopicWords(_ requirement: JobRequirement) -> [String] {
        requirement.terms.filter { isOwnWord($0) && !requirement.exampleTerms.contains($0) }
    }

    /// Where a requirement asks for more than a competency named as a topic (a word of its own, or two
    /// competencies): its own words (`ownTopicWords`); nil where it asks for the competency alone.
    static func topicAsk(_ requirement: JobRequirement) -> [String]? {
        let own = ownTopicWords(requirement)
        let concepts = requirement.terms.filter { ConceptLexicon.isConcept($0) && !requirement.exampleTerms.contains($0) }
        return own.isEmpty && concepts.count <= 1 ? nil : own
    }

    /// Whether a line names `term` only as a topic (`TopicMentions`) where the requirement asks for more (`topicAsk`)
    /// and the line shows none of its own words.
    static func namesOnlyAsTopic(_ item: TailorIndex.Item, _ term: String, beside own: [String]?) -> Bool {
        guard let own else { return false }
        return item.topics.contains(term) && !own.contains { item.bag.stems[$0] != nil }
    }

    /// What a line naming a competency only as a topic shows of it, where more than it is asked.
    static let topicCredit = 0.5

    /// What a requirement naming crafts that no line shows by more than their weak words is met by at most
    /// (`meaningCoverage`): below covered.
    static let craftCap = 0.6

    /// How fully a line shows a competency (`ConceptLexicon.strength`); a sentence about the employer and its
    /// product (`tellsOfOthers`) shows only in part what is the product's, not its holder's work
    /// (`ConceptLexicon.productsOwn`: "its apps and websites", "an administrative UI").
    static func shownStrength(_ token: String, by item: TailorIndex.Item, asked: [String]) -> Double {
        let strength = ConceptLexicon.strength(token, in: item.bag, weakOnly: item.weakConcepts, asked: asked)
        return item.tellsOfOthers && ConceptLexicon.productsOwn.contains(token) ? min(strength, 0.5) : strength
    }

    /// The share of what a requirement names that the CV must show for it to be covered.
    static let meaningThreshold = 0.65
    /// A word of a requirement that also names a skill or competency weighs this share of one.
    static let otherWeight = 0.6
    /// A skill the requirement names weighs more than a word of it.
    static let skillWeight = 1.5
    /// A line showing this share of what the first line shows (and at least one thing in full) is cited beside
    /// it: a reader looks for the requirement in any of them.
    static let alsoShown = 0.5
    /// In choosing evidence, each of the requirement's own words a line uses adds this to what it shows.
    static let ownWordBonus = 0.25
    /// A generic word ("build", "team", "system") weighs this share of a word.
    static let genericWeight = 0.3

    /// Lines of roles and projects show a requirement better than a summary (which claims it), a skill list
    /// (which names it) or a heading. Not by their age: an old line that shows it is as much the line to point to.
    static func preference(_ item: TailorIndex.Item) -> Double {
        // A sentence of prose in the skills section claims what it says as a summary does.
        item.skillsProse ? preference(kind: .summary) : preference(kind: item.evidence.kind)
    }

    private static func preference(kind: CVEvidence.Kind) -> Double {
        switch kind {
        case .bullet, .roleText, .project: return 1
        case .summary, .role: return 0.8
        case .skill, .education: return 0.7
        case .section: return 0.6
        }
    }

    /// Words nearly every job and CV use: sharing one says little.
    static let genericStems: Set<String> = {
        let stemmer = TermScanner()
        return Set(genericWords.map { stemmer.stem($0) })
    }()

    static let genericWords: [String] = [
        "build", "building", "develop", "development", "work", "team", "teams", "system", "systems", "product",
        "products", "project", "projects", "feature", "features", "improve", "ensure", "maintain", "write", "create",
        "implement", "deliver", "manage", "run", "operate", "time", "day", "people", "company", "engineer", "engineers",
        "engineering", "software", "technical", "technology", "technologies", "tool", "tools", "process", "processes",
        "solution", "solutions", "application", "applications", "service", "services", "modern", "effective",
        "effectively", "high", "large", "level", "part", "set", "take", "keep", "well", "quickly", "clear",
        // How, how much and with whom, said of any work: they qualify what the requirement names.
        "new", "everything", "seamless", "seamlessly", "overall", "internal", "multiple", "correct", "correctly",
        "prior", "clean", "fundamental", "fundamentals", "member", "members", "enjoy", "stuff", "done", "bring",
        "figure", "equally", "identify", "improvement", "improvements", "enhancement", "enhancements", "approach",
        "approaches", "participate", "across", "use", "using", "provide", "play", "drive", "driving", "contribute",
        "enable", "enabling", "allow", "allowing", "maximize", "maximise", "awareness",
    ]

    /// 0 up to a fifth of the key terms shared, 1 from three fifths.
    static func ramp(_ share: Double) -> Double {
        min(1, max(0, (share - 0.2) / 0.4))
    }
}

/// "N+ years (of X)": the number an ad asks for, and the years a CV's roles show from their dates.
enum YearsAsked {
    /// N of "N years", "N+ years", "N or more years" (digits only: "several years" asks no number).
    static func years(in text: String) -> Int? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        for (i, word) in words.enumerated() {
            let digits = word.prefix(while: \.isNumber)
            guard !digits.isEmpty, digits.count <= 2, let n = Int(digits) else { continue }
            let rest = word.dropFirst(digits.count)
            guard rest.isEmpty || rest == "+" else { continue }
            var k = i + 1
            if k + 1 < words.count && words[k] == "or" && (words[k + 1] == "more" || words[k + 1] == "over") { k += 2 }
            if k < words.count && (words[k].hasPrefix("year") || words[k].hasPrefix("yr")) { return n }
        }
        return nil
    }

    /// Whether a text says a number of years of experience ("19+ years' experience", "12 years of experience").
    static func saysYears(_ text: String) -> Bool {
        guard years(in: text) != nil else { return false }
        return text.lowercased().contains("experience")
    }

    /// Years covered by the roles' date spans, overlaps counted once (to the month where known).
    static func years(of roles: Set<Int>, in document: CVDocument, reference: Int) -> Double {
        var spans: [(Double, Double)] = []
        for r in roles where r < document.roles.count {
            guard let dates = document.roles[r].dates, let start = dates.start else { continue }
            let from = Double(start.year) + Double((start.month ?? 1) - 1) / 12
            let to: Double
            switch dates.end {
            case .present: to = Double(reference) + 0.5
            case .date(let d): to = Double(d.year) + Double(d.month ?? 12) / 12
            case nil: to = from + 1
            }
            if to > from { spans.append((from, to)) }
        }
        spans.sort { $0.0 < $1.0 }
        var total = 0.0
        var end = -Double.infinity
        for (from, to) in spans where to > end {
            total += to - max(from, end)
            end = to
        }
        return total
    }
}

