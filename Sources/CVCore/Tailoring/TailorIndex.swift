#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A CV cut into evidence (bullets, roles, projects, skills ...), each read into stems and canonical skills,
/// with the statistics BM25 needs. Build it once per CV and score it against many job ads.
public struct TailorIndex: Sendable {
    struct Item: Sendable {
        var evidence: CVEvidence
        var bag: TermBag
        /// 1 for this year, falling with age (a role that ended in 1998 counts about a quarter).
        var recency: Double
        /// The competencies it shows only by their weak words (`ConceptLexicon.weakWords`), found once.
        var weakConcepts: Set<String> = []
        /// The competencies it names only as a topic ("some network security", "security considerations", advised on
        /// "subjects such as … security"): it shows them, not work within them (`TopicMentions`).
        var topics: Set<String> = []
        /// Per word of it that carries competencies, those it carries (a compound counted once with its own words):
        /// how plainly it shows one (`TailorMatcher.showsPlainly`), found once.
        var carriers: [[String]] = []
        /// A sentence of a role's text that tells of others, not of the holder's work (`TailorMatcher.tellsOfOthers`).
        var tellsOfOthers = false
        /// The stems (and the competencies they carry) it says only in passing (`TailorIndex.namedInPassing`).
        var passing: Set<String> = []
        /// It tells of leading people or projects (`TailorIndex.leads`): "led a team of four", "tech lead on three
        /// client projects", a title "Lead Engineer".
        var leads: Set<Led> = []
        /// It says the holder's wish, interest or drive (`TailorIndex.tellsADisposition`): "I'm drawn to …", "keen to
        /// learn …", "fascinated by …".
        var disposition = false
        /// A sentence of prose in the skills section (a category's paragraph): the holder's claim, as a summary's.
        var skillsProse = false
    }

    public let document: CVDocument
    /// The year "present" means and recency is counted from.
    public let referenceYear: Int
    var items: [Item] = []
    /// Stem → the items holding it, with its count there.
    var stemPostings: [String: [Posting]] = [:]
    /// Canonical skill → the items naming it, with the count.
    var skillPostings: [String: [Posting]] = [:]
    /// Each item's BM25 length normaliser: k1 · (1 − b + b · length / average length).
    var norms: [Double] = []
    /// The CV's lines as written, when the index was given its text: a piece of several lines is cited by the
    /// line that holds what it shows (`TailorMatcher.citedLine`). Empty without it (a score needs no line).
    let lines: [Substring]
    /// A sentence of prose written over several lines → the lines of its whole paragraph (its own `source` is one
    /// line, estimated), where the sentence is found word by word.
    var paragraphs: [CVEvidence: ClosedRange<Int>] = [:]
    /// A skills category's name written on a line of its own ("Languages" over "Python, Go, C") → the line its skills
    /// start on: the name says what they are, the list shows them, and that line is the one to point to.
    var listLines: [Int: Int] = [:]
    /// A line of a skills category's list → the skills written on it (items), in order: one line a reader points to.
    var listItems: [Int: [Int]] = [:]

    struct Posting: Sendable {
        var item: Int
        var count: Int
    }

    /// The current year (UTC), from the system clock.
    public static var currentYear: Int {
        let seconds = Date().timeIntervalSince1970
        return 1970 + Int(seconds / 31_556_952)
    }

    /// `text`, the CV as written (optional), lets a wrapped bullet or sentence be cited by the line that holds what
    /// it shows rather than by an estimate.
    public init(document: CVDocument, text: String? = nil, referenceYear: Int? = nil) {
        self.document = document
        self.lines = text.map(TailorIndex.lines) ?? []
        let year = referenceYear ?? TailorIndex.currentYear
        self.referenceYear = year
        let scanner = TermScanner()
        var items: [Item] = []
        var paragraphs: [CVEvidence: ClosedRange<Int>] = [:]
        let keepsLines = text != nil

        /// Prose (a summary, a role's description) is evidence sentence by sentence, as bullets are.
        func addSentences(_ evidence: CVEvidence, text: String, recency: Double) {
            let sentences = JobAdReader.sentences(text)
            if sentences.count <= 1 { add(evidence, text: text, recency: recency); return }
            // Each sentence cites its own line: the k-th of as many lines, else the line at its share of the text.
            let first = evidence.source.start.line
            let lineCount = evidence.source.end.line - first + 1
            var offset = 0
            let length = max(1, text.count)
            for (k, sentence) in sentences.enumerated() {
                var e = evidence
                e.text = sentence
                if lineCount > 1 {
                    let line = first + (sentences.count == lineCount ? k : min(lineCount - 1, offset * lineCount / length))
                    e.source = SourceRange(lines: line, line)
                    if keepsLines { paragraphs[e] = first...evidence.source.end.line }
                }
                offset += sentence.count + 1
                add(e, text: sentence, recency: recency)
            }
        }

        func add(_ evidence: CVEvidence, text: String, extraSkills: [String] = [], recency: Double) {
            var bag = scanner.scan(text)
            for skill in extraSkills { bag.add(skill: skill) }
            guard !bag.stems.isEmpty || !bag.skills.isEmpty else { return }
            items.append(Item(evidence: evidence, bag: bag, recency: recency,
                              weakConcepts: ConceptLexicon.shownWeakly(in: bag),
                              topics: TopicMentions.concepts(in: text, scanner: scanner),
                              carriers: ConceptLexicon.carriers(in: bag),
                              tellsOfOthers: TailorMatcher.tellsOfOthers(evidence),
                              passing: TailorIndex.namedInPassing(text, bag: bag, scanner: scanner),
                              leads: bag.stems[TailorIndex.leadershipToken] == nil ? []
                                  : TailorIndex.leads(text, kind: evidence.kind),
                              disposition: TailorIndex.tellsADisposition(text)))
        }

        if let summary = document.summary {
            for b in summary.flattened {
                addSentences(CVEvidence(kind: .summary, text: b.text, source: b.source), text: b.text, recency: 1)
            }
        }
        for (ri, role) in document.roles.enumerated() {
            let end = TailorIndex.endYear(role.dates, reference: year)
            let recency = end.map { TailorIndex.recency(year: $0, reference: year) } ?? 0.6
            let heading = [role.title, role.organisation].compactMap { $0 }.joined(separator: " at ")
            if !heading.isEmpty {
                let line = role.dates?.source?.start.line ?? role.source.start.line
                let source = SourceRange(lines: role.source.start.line, max(role.source.start.line, min(line, role.source.end.line)))
                add(CVEvidence(kind: .role, text: heading, source: source, roleIndex: ri, year: end),
                    text: heading, recency: recency)
            }
            for t in role.text.flatMap(\.flattened) {
                addSentences(CVEvidence(kind: .roleText, text: t.text, source: t.source, roleIndex: ri, year: end),
                             text: t.text, recency: recency)
            }
            for (bi, top) in role.bullets.enumerated() {
                for b in top.flattened {
                    add(CVEvidence(kind: .bullet, text: b.text, source: b.source, roleIndex: ri, topBulletIndex: bi, year: end),
                        text: b.text, recency: recency)
                }
            }
            if !role.keywords.isEmpty {
                let text = role.keywords.joined(separator: ", ")
                add(CVEvidence(kind: .skill, text: text, source: role.source, roleIndex: ri, year: end),
                    text: text, extraSkills: role.keywords.compactMap { SkillLexicon.canonical($0) }, recency: recency)
            }
        }
        for (pi, project) in document.projects.enumerated() {
            let end = TailorIndex.endYear(project.dates, reference: year)
            let recency = end.map { TailorIndex.recency(year: $0, reference: year) } ?? 0.8
            let heading = TailorIndex.heading(of: project)
            let evidence = CVEvidence(kind: .project, text: project.name, source: project.source, projectIndex: pi, year: end)
            add(evidence, text: heading, extraSkills: project.keywords.compactMap { SkillLexicon.canonical($0) }, recency: recency)
            for b in (project.text + project.bullets).flatMap(\.flattened) {
                var e = evidence
                e.source = b.source
                e.text = b.text
                addSentences(e, text: b.text, recency: recency)
            }
        }
        var lists: [Int: Int] = [:]
        var listed: [Int: [Int]] = [:]
        for (ci, category) in document.skills.enumerated() {
            // The category's name is evidence too (`HTTP`, `Databases`).
            if let name = category.name {
                let nameLine = category.source.start.line
                if let first = category.skills.first?.source.start.line, first > nameLine {
                    lists[nameLine] = first
                } else if let prose = TailorIndex.proseLine(after: category.source.end.line, before: ci + 1 < document.skills.count
                    ? document.skills[ci + 1].source.start.line : nil, in: self.lines) {
                    // A name over a paragraph of prose ("Mentoring" over a sentence on teaching), no list: its only
                    // skill is the name, cited by the paragraph's line, the one a reader points to. The paragraph is
                    // evidence too, sentence by sentence, as the holder's claim ("I have led …").
                    lists[nameLine] = prose
                    var last = prose
                    // Its lines: up to a blank line, a heading or a list.
                    while last < self.lines.count, let first = self.lines[last].first(where: { !$0.isWhitespace }),
                          first.isLetter || first.isNumber { last += 1 }
                    let paragraph = self.lines[(prose - 1)..<last].map { $0.trimmingWhitespace() }.joined(separator: " ")
                    let before = items.count
                    addSentences(CVEvidence(kind: .skill, text: paragraph, source: SourceRange(lines: prose, last)),
                                 text: paragraph, recency: 1)
                    for k in before..<items.count { items[k].skillsProse = true }
                }
                let known = SkillLexicon.byAlias[SkillLexicon.key(name)]
                add(CVEvidence(kind: .skill, text: name, source: SourceRange(lines: category.source.start.line, category.source.start.line)),
                    text: name, extraSkills: known.map { [$0] } ?? [], recency: 1)
            }
            for skill in category.skills {
                let known = SkillLexicon.byAlias[SkillLexicon.key(skill.name)]
                let at = items.count
                add(CVEvidence(kind: .skill, text: skill.text, source: skill.source), text: skill.text,
                    extraSkills: known.map { [$0] } ?? [], recency: 1)
                if items.count > at { listed[skill.source.start.line, default: []].append(at) }
            }
        }
        for education in document.education {
            let end = TailorIndex.endYear(education.dates, reference: year)
            let recency = max(0.5, end.map { TailorIndex.recency(year: $0, reference: year) } ?? 0.6)
            let heading = [education.qualification, education.institution].compactMap { $0 }.joined(separator: ", ")
            add(CVEvidence(kind: .education, text: heading, source: education.source, year: end), text: heading, recency: recency)
            for b in education.bullets.flatMap(\.flattened) {
                addSentences(CVEvidence(kind: .education, text: b.text, source: b.source, year: end), text: b.text, recency: recency)
            }
        }
        for section in document.sections where section.kind != .contact && section.kind != .references {
            for b in section.items.flatMap(\.flattened) {
                add(CVEvidence(kind: .section, text: b.text, source: b.source), text: b.text, recency: 0.5)
            }
        }

        var total = 0
        for item in items { total += item.bag.length }
        let average = items.isEmpty ? 1 : max(1, Double(total) / Double(items.count))
        var stems: [String: [Posting]] = [:]
        var skills: [String: [Posting]] = [:]
        for (i, item) in items.enumerated() {
            for (stem, count) in item.bag.stems { stems[stem, default: []].append(Posting(item: i, count: count)) }
            for (skill, count) in item.bag.skills { skills[skill, default: []].append(Posting(item: i, count: count)) }
        }
        self.items = items
        self.paragraphs = paragraphs
        self.listLines = lists
        self.listItems = listed
        self.stemPostings = stems
        self.skillPostings = skills
        self.norms = items.map { TailorMatcher.k1 * (1 - TailorMatcher.b + TailorMatcher.b * Double($0.bag.length) / average) }
    }

    /// What is led in a text: people where a word of leading ("led", "manages", "supervisor") has people a few words
    /// after it ("led the team that shipped it", "managed a group of five analysts"); projects where it has a project
    /// ("tech lead on three client projects"). A title naming a leader in a role's or a project's heading ("Lead
    /// Engineer", "Engineering Manager") leads both. Leading a service or a piece of work ("managing the mail
    /// domains", "lead development") is neither.
    static func leads(_ text: String, kind: CVEvidence.Kind) -> Set<Led> {
        let words = TailorMatcher.words(Substring(text)).map { $0.word.lowercased() }
        var led: Set<Led> = []
        for (i, word) in words.enumerated() {
            if leaderTitles.contains(word) && (kind == .role || kind == .project) { led.formUnion([.people, .projects]) }
            guard leadingWords.contains(word) else { continue }
            let after = words[(i + 1)..<min(words.count, i + 6)]
            if after.contains(where: peopleWords.contains) { led.insert(.people) }
            if after.contains(where: projectWords.contains) { led.insert(.projects) }
        }
        return led
    }

    enum Led: Sendable { case people, projects }

    static let leadershipToken = ConceptLexicon.prefix + "leadership"
    static let leadingWords: Set<String> = ["lead", "leads", "led", "leading", "leader", "leadership", "manage", "manages",
                                            "managed", "managing", "manager", "management", "supervise", "supervised",
                                            "supervising", "supervisor", "coordinate", "coordinated", "coordinating",
                                            "coordinator", "headed", "heads"]
    static let peopleWords: Set<String> = ["team", "teams", "people", "engineers", "developers", "staff", "group", "groups",
                                           "colleagues", "members", "reports", "designers", "analysts", "contractors",
                                           "volunteers", "squad", "squads", "testers", "interns"]
    static let leaderTitles: Set<String> = ["lead", "leader", "manager", "head", "supervisor", "director", "coordinator"]
    static let projectWords: Set<String> = ["project", "projects", "engagement", "engagements", "initiative", "initiatives",
                                            "programme", "programmes", "proof", "poc", "pilot", "pilots", "rollout",
                                            "migration", "migrations", "launch"]

    /// A text's lines, split on its bytes (split by characters, a 9 KB CV cost 3.9 M instructions).
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var i = text.utf8.startIndex
        while i < text.utf8.endIndex {
            if text.utf8[i] == UInt8(ascii: "\n") {
                lines.append(text[start..<i])
                start = text.utf8.index(after: i)
            }
            i = text.utf8.index(after: i)
        }
        lines.append(text[start...])
        return lines
    }

    /// The first line after `line` (1-based) when it is a line of prose (not blank, not a heading, rule, list item or
    /// table row), before `next` (the next category's line); nil without the CV's lines.
    static func proseLine(after line: Int, before next: Int?, in lines: [Substring]) -> Int? {
        var n = line + 1
        while n <= lines.count, lines[n - 1].allSatisfy(\.isWhitespace) { n += 1 }
        guard n <= lines.count, next.map({ n < $0 }) ?? true else { return nil }
        let text = lines[n - 1].drop(while: \.isWhitespace)
        guard let first = text.first, first.isLetter, text.contains(" ") else { return nil }
        return n
    }

    /// The stems a piece says only in passing, and the competencies only they carry: words of a parenthesised aside
    /// ("(Development, Test, Operations)") and the names of teams ("the Operations and Sales teams", "our support
    /// team"), which name a team or an example, not the holder's work.
    static func namedInPassing(_ text: String, bag: TermBag? = nil, scanner: TermScanner) -> Set<String> {
        // Every piece of a CV is asked: a byte scan first, words only where an aside, a team or a wish may be.
        let mayWish = text.utf8.containsBytes(of: "to ")
        let other = text.utf8.contains(UInt8(ascii: "(")) || text.utf8.containsBytes(of: "team")
        guard mayWish || other else { return [] }
        let all = TailorMatcher.words(Substring(text))
        let wish = mayWish ? wishStart(all) : nil
        guard wish != nil || other else { return [] }
        var depth = [Int](repeating: 0, count: text.utf8.count + 1)
        var d = 0
        for (k, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: "(") { d += 1 } else if byte == UInt8(ascii: ")") { d = max(0, d - 1) }
            depth[k + 1] = d
        }
        var aside = all.map { depth[$0.offset] > 0 }
        // What the holder wishes to do ("I want to build …", "keen on compilers"): wanted, not shown.
        if let wish { for k in wish..<all.count { aside[k] = true } }
        for (k, w) in all.enumerated() where w.word == "team" || w.word == "teams" {
            // The team's name: the word before, and before it a run of capitalised words and "and".
            var j = k - 1
            if j >= 0 { aside[j] = true; j -= 1 }
            while j >= 0, all[j].word.first?.isUppercase == true || all[j].word == "and" { aside[j] = true; j -= 1 }
        }
        guard aside.contains(true) else { return [] }
        var passing: Set<String> = []
        for (k, w) in all.enumerated() where aside[k] { passing.insert(scanner.stem(w.word.lowercased())) }
        // Said outside the aside too: not only in passing (only the words that may be one of them are stemmed).
        let starts = Set(passing.map { $0.prefix(3) })
        var said: Set<String> = []
        for (k, w) in all.enumerated() where !aside[k] {
            let lower = w.word.lowercased()
            if starts.contains(lower.prefix(3)) { said.insert(scanner.stem(lower)) }
        }
        passing.subtract(said)
        guard !passing.isEmpty else { return [] }
        // A competency only the words in passing carry (none of the piece's other stems carries it).
        let others = (bag ?? scanner.scan(text)).stems.keys.filter { !passing.contains($0) }
        let carried = Set(others.flatMap { ConceptLexicon.conceptsOfStem[$0] ?? [] })
        for stem in passing { for c in ConceptLexicon.conceptsOfStem[stem] ?? [] where !carried.contains(c) { passing.insert(c) } }
        return passing
    }

    /// Whether a text says the holder's wish (`wishStart`), interest or drive: "drawn to distributed systems", "very
    /// interested in hardware", "an urge to learn how compilers work", "I love taking old radios apart".
    static func tellsADisposition(_ text: String) -> Bool {
        let all = TailorMatcher.words(Substring(text))
        if wishStart(all) != nil { return true }
        return all.contains { dispositionWords.contains($0.word.lowercased()) }
    }

    static let dispositionWords: Set<String> = ["interested", "desire", "passion", "passionate", "curious", "curiosity",
                                                "enjoy", "fascinated", "enthusiast", "enthusiastic", "love"]

    /// Words that, followed by "to", say a wish: "want to", "hope to", "keen to", "drawn to", "would like to",
    /// "I'd love to". Liking and loving only after "would" or "'d" ("I love to teach" says what the holder does).
    static let wishWords: Set<String> = ["want", "wants", "wish", "hope", "hoping", "aspire", "drawn", "keen", "eager"]

    /// The first word after a wish (`wishWords` and "to") in a piece's words, when it says one.
    static func wishStart(_ all: [(word: Substring, offset: Int)]) -> Int? {
        guard all.count > 2 else { return nil }
        for k in 1..<(all.count - 1) where all[k + 1].word == "to" {
            let w = all[k].word.lowercased()
            if wishWords.contains(w) { return k + 2 }
            if (w == "like" || w == "love"), ["would", "d"].contains(all[k - 1].word.lowercased()) { return k + 2 }
        }
        return nil
    }

    static func endYear(_ span: DateSpan?, reference: Int) -> Int? {
        guard let span else { return nil }
        switch span.end {
        case .present: return reference
        case .date(let d): return d.year
        case nil: return span.start?.year
        }
    }

    /// 1 for the reference year, 1/2 eight years back, about 1/4 twenty-five years back.
    static func recency(year: Int, reference: Int) -> Double {
        1 / (1 + Double(max(0, reference - year)) / 8)
    }

    /// The words a project's heading is read by: its name, and the role and keywords written under it (its evidence
    /// holds the name alone). Nil for any other piece.
    func headingText(of evidence: CVEvidence) -> String? {
        guard evidence.kind == .project, let p = evidence.projectIndex, p < document.projects.count else { return nil }
        let project = document.projects[p]
        guard evidence.text == project.name else { return nil }
        return TailorIndex.heading(of: project)
    }

    static func heading(of project: Project) -> String {
        ([project.name] + [project.role].compactMap { $0 } + project.keywords).joined(separator: ", ")
    }

    /// The evidence, in the order the index holds it.
    public var evidence: [CVEvidence] { items.map(\.evidence) }
}
