/// The misspellings a word-by-word dictionary check cannot see: compounds the usage guides write another way
/// (`opensource`, `on-going`, `World wide`), degree abbreviations in the wrong case (`BsC`), a slip on a tool name
/// (`Terrafrom`), a doubled possessive (`Marlowes's`), one name spelt two ways (`R. Brennan` and `R. Brenan`), and
/// slips in the headline, school and degree names and the skills section, which the prose pass leaves out.
extension SpellingRule {
    /// A word of an element the prose reader leaves out (headline, school, degree, skills).
    struct LabelWord {
        var text: String
        var range: SourceRange
        /// The fewest letters for the slip rule (`names`) to judge the word: seven as for capitalised words in
        /// prose; nine in the skills section, a list of tool names where a short one is often a word's neighbour
        /// (`Redmine`, `Kinesis`), and in a school's name, which may be in another language (`Nacional`).
        var slipLength: Int
        /// A description rather than a name (a project's line under its name): its lowercase words are judged as
        /// the prose's are.
        var isProse = false
    }

    /// Findings of the forms above, each once a line, with their `"line word"` keys (the hunspell pass skips them).
    /// `other` is the other English variety's dictionary, when the CV's variety was read: a word it knows is no slip.
    /// `rejected`: the prose words the dictionary rejects, flagged by their number in `words`; only those and words
    /// with an inner capital (which the dictionary is not asked about) are compared with the tool names.
    static func formFindings(
        _ context: RuleContext, words: Words, checker: any SpellChecker, other: (any SpellChecker)? = nil,
        rejected: [Bool] = []
    ) -> (findings: [Finding], keys: Set<String>) {
        guard let document = context.document else { return ([], []) }
        let ignored = words.ignored
        let prose = context.prose
        var findings: [Finding] = []
        var keys: Set<String> = []
        func report(_ text: String, _ range: SourceRange, _ message: String, suggestion: String?) {
            guard keys.insert("\(range.start.line) \(text)").inserted else { return }
            findings.append(context.finding(message, at: range, suggestion: suggestion))
        }
        func misspelt(_ text: String, _ range: SourceRange, _ form: String) {
            report(text, range, "\"\(text)\" is misspelt (did you mean \"\(form)\"?)", suggestion: form)
        }
        var toolSlips: [(String, SourceRange, String)] = []
        var possessives: [(String, SourceRange, stem: String, base: String)] = []
        var surnames: [String: (count: Int, initials: Set<Character>, range: SourceRange)] = [:]

        let personal = !context.personalWords.isEmpty
        /// The checks every word gets, wherever it stands (`lower`: the text lowercased, when the caller has it).
        /// Returns whether `ignored` holds the word, when it was asked (nil after a degree slip).
        @discardableResult
        func checkForms(_ text: String, _ range: SourceRange, lower known: String? = nil, label: Bool = false) -> Bool? {
            if let stem = Self.doubledPossessive(text) { possessives.append((text, range, stem, String(stem.dropLast()))) }
            if let degree = SpellingForms.misspeltDegree(text) {
                var r = range
                if r.start.line == r.end.line { r = SourceRange(line: r.start.line, column: r.start.column + degree.offset, endLine: r.end.line, endColumn: r.end.column) }
                misspelt(degree.written, r, degree.form)
                return nil
            }
            let lower = known ?? text.lowercased()
            if ignored.contains(lower) { return true }
            if (personal && context.personalWords.contains(text)) || TechnicalVocabulary.words.contains(lower) { return false }
            let innerCapital = SpellingForms.hasInnerCapital(text)
            if label || innerCapital || (words.id(of: text).map { $0 < rejected.count && rejected[$0] } ?? false), let name = SpellingForms.closeName(lower) { toolSlips.append((text, range, name)) }
            return false
        }

        // What `checkForms` and the checks below learn from a word's text alone, once a distinct word (a CV repeats
        // its words), by the word's number in `words`.
        var facts = [WordFacts?](repeating: nil, count: words.count)
        for (index, word) in prose.words.enumerated() where prose.segments[word.segment].kind != .organisation {
            let id = words.ids[index]
            if facts[id] == nil {
                facts[id] = WordFacts(word.text, id: id, words: words, personal: context.personalWords, rejected: id < rejected.count && rejected[id])
            }
            let fact = facts[id]!
            // `checkForms(word.text, word.range, lower: lower) ?? ignored.contains(lower)`, from the facts.
            if let stem = fact.possessiveStem { possessives.append((word.text, word.range, stem, String(stem.dropLast()))) }
            if let degree = fact.degree {
                var r = word.range
                if r.start.line == r.end.line { r = SourceRange(line: r.start.line, column: r.start.column + degree.offset, endLine: r.end.line, endColumn: r.end.column) }
                misspelt(degree.written, r, degree.form)
            } else if let name = fact.toolSlip {
                toolSlips.append((word.text, word.range, name))
            }
            if fact.ignored { continue }
            if let form = fact.closed {
                report(word.text, word.range, "\"\(word.text)\" is not the usual form (did you mean \"\(form)\"?)", suggestion: form)
                continue
            }
            if fact.firstHalf, let next = Self.joined(index, prose: prose, context: context) {
                let pair = prose.words[index + 1]
                let written = "\(word.text)\(next)\(pair.text)"
                let key = written.lowercased()
                var form = next == "-" ? SpellingForms.hyphenated[key] : nil
                if next == " ", let open = SpellingForms.open[key] {
                    let after = index + 2 < prose.words.count && prose.words[index + 2].segment == word.segment ? prose.words[index + 2].lower : nil
                    if open.unless == nil || after != open.unless { form = open.form }
                }
                if let form {
                    let range = SourceRange(line: word.range.start.line, column: word.range.start.column, endLine: pair.range.end.line, endColumn: pair.range.end.column)
                    report(written, range, "\"\(written)\" is not the usual form (did you mean \"\(form)\"?)", suggestion: form)
                }
            }
            // A surname next to an initial (`R. Brennan`, `Brennan, R.`), to compare with the CV's other surnames.
            if fact.surnameShape {
                let initials = Self.adjacentInitials(index, prose: prose, context: context)
                if !initials.isEmpty {
                    var entry = surnames[word.text] ?? (count: 0, initials: [], range: word.range)
                    entry.count += 1
                    entry.initials.formUnion(initials)
                    surnames[word.text] = entry
                }
            }
        }

        // Headline, schools, degrees and skills: the forms above, and a slip on a common word (`Sofware`,
        // `Craftmanship`) by the rule for capitalised words (see `names`).
        var labelSlips: [String: [LabelWord]] = [:]
        var proseWords: [String: [LabelWord]] = [:]
        for word in Self.labelWords(document, source: context.source) {
            checkForms(word.text, word.range, label: true)
            let lower = word.text.lowercased()
            // Short words and words far from their suggestion in a project's line are often formats and names
            // (`yaml/json`, a transliteration): only a one-letter slip on a word of five letters or more counts.
            if word.isProse, lower == word.text, word.text.unicodeScalars.count >= 5, !ignored.contains(lower), !TechnicalVocabulary.words.contains(lower),
                SkillLexicon.canonical(lower) == nil, !context.personalWords.contains(word.text)
            {
                proseWords[word.text, default: []].append(word)
                continue
            }
            // Accented words are in another language (`Collège`, `Conférences`): not English slips.
            guard word.text.unicodeScalars.count >= word.slipLength, word.text.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x7A && Prose.isLetter($0) }),
                !word.text.unicodeScalars.dropFirst().contains(where: Self.isUppercase),
                !TechnicalVocabulary.words.contains(lower), SkillLexicon.canonical(lower) == nil, !SpellingForms.isKnownName(lower),
                !context.personalWords.contains(word.text), !Self.holds(document.person.name ?? "", word.text)
            else { continue }
            labelSlips[word.text, default: []].append(word)
        }

        let asked = Array(Set(toolSlips.map(\.0) + labelSlips.keys + proseWords.keys))
        let wrong = asked.isEmpty ? [:] : checker.misspelt(asked)
        var proseSlips = wrong.filter { proseWords[$0.key] != nil }
        if let other, !proseSlips.isEmpty { for word in other.known(Array(proseSlips.keys)) { proseSlips[word] = nil } }
        for (word, suggestions) in proseSlips where !(suggestions.first.map { Self.isCloseEdit(word, $0.lowercased()) } ?? false) {
            proseSlips[word] = nil
        }
        for word in Self.farFromWords(proseSlips, checker: checker) { proseSlips[word] = nil }
        for word in Self.compounds(Array(proseSlips.keys), suggestions: proseSlips, checker: checker) { proseSlips[word] = nil }
        for (text, suggestions) in proseSlips {
            for word in proseWords[text] ?? [] where !Self.isFragment(word.range, context: context) && !Self.isBoldTerm(word.range, context: context) {
                misspelt(text, word.range, suggestions.first ?? text)
            }
        }
        for (text, range, name) in toolSlips where wrong[text] != nil { misspelt(text, range, name) }
        var slips = wrong.filter { labelSlips[$0.key] != nil }
        Self.preferSameInitial(&slips)
        if let other, !slips.isEmpty { for word in other.known(Array(slips.keys)) { slips[word] = nil } }
        let dropped = Self.names(slips, nameLike: Set(slips.keys), checker: checker)
        for (text, suggestions) in slips where !dropped.contains(text) {
            guard let first = suggestions.first else { continue }
            for word in labelSlips[text] ?? [] { misspelt(text, word.range, first) }
        }

        if !possessives.isEmpty {
            let known = checker.known(Array(Set(possessives.flatMap { [$0.stem, $0.base] })))
            for p in possessives where !known.contains(p.stem) && known.contains(p.base) { misspelt(p.0, p.1, p.base + "'s") }
        }

        for (text, other, line) in Self.namesSpeltTwoWays(surnames, checker: checker) {
            guard let entry = surnames[text] else { continue }
            report(text, entry.range, "\"\(text)\" is spelt \"\(other)\" on line \(line): one name spelt two ways", suggestion: other)
        }
        return (findings, keys)
    }

    /// `text.contains(part)`, on the bytes when both are ASCII without a CR (their characters are then their bytes).
    static func holds(_ text: String, _ part: String) -> Bool {
        let simple = { (s: String) in s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        guard simple(text), simple(part) else { return text.contains(part) }
        var text = text
        var part = part
        return text.withUTF8 { h in part.withUTF8 { UTF8Scan.contains(h, $0) } }
    }

    /// What the forms pass reads from a prose word's text alone (see `checkForms` in `formFindings`).
    /// (A class: the facts are read once an occurrence, a reference copied instead of the strings.)
    final class WordFacts {
        var possessiveStem: String?
        var degree: (offset: Int, written: String, form: String)?
        /// The lowercase word is one of the CV's names (`ignored`).
        var ignored = false
        /// The tool name the word is a slip on (no degree slip, not ignored, not a personal or trade word, and an inner
        /// capital or rejected by the dictionary).
        var toolSlip: String?
        var closed: String?
        var firstHalf = false
        /// Four letters or more, a capital then small letters: a surname's shape.
        var surnameShape = false

        init(_ text: String, id: Int, words: Words, personal: Set<String>, rejected: Bool) {
            let lower = words.lowers[id]
            possessiveStem = SpellingRule.doubledPossessive(text)
            degree = SpellingForms.misspeltDegree(text)
            self.ignored = words.isIgnored(id)
            if degree == nil, !self.ignored, !(!personal.isEmpty && personal.contains(text)), !words.isTechnical(id) {
                let innerCapital = SpellingForms.hasInnerCapital(text)
                if innerCapital || rejected { toolSlip = SpellingForms.closeName(lower) }
            }
            if !self.ignored {
                closed = SpellingForms.closedForm(lower)
                if closed == nil {
                    firstHalf = SpellingForms.isFirstHalf(lower)
                    // A capital, then small letters only, four letters or more (counted as they are read).
                    var count = 0
                    var shape = true
                    for c in text.unicodeScalars {
                        if count == 0 ? !SpellingRule.isUppercase(c) : !SpellingRule.isLowercase(c) {
                            shape = false
                            break
                        }
                        count += 1
                    }
                    surnameShape = shape && count >= 4
                }
            }
        }
    }

    /// `Marlowes's`: a possessive `'s` after a plural-looking `s` — the stem without its `s`, when the word has one.
    /// The dictionary then tells a name that ends in `s` (`James's`) from a doubled ending.
    static func doubledPossessive(_ text: String) -> String? {
        guard text.hasSuffix("s's") else { return nil }
        let stem = String(text.dropLast(2))
        let s = stem.unicodeScalars
        guard s.count >= 5, Self.isUppercase(s.first!), s.dropFirst().allSatisfy(Self.isLowercase) else { return nil }
        return stem
    }

    /// What joins word `index` to the next word of its element on the same line: a lone hyphen or a lone space.
    static func joined(_ index: Int, prose: Prose, context: RuleContext) -> String? {
        guard index + 1 < prose.words.count else { return nil }
        let a = prose.words[index]
        let b = prose.words[index + 1]
        guard a.segment == b.segment, a.range.end.line == b.range.start.line, b.range.start.column == a.range.end.column + 2
        else { return nil }
        let line = context.line(a.range.end.line).unicodeScalars
        guard let i = line.index(line.startIndex, offsetBy: a.range.end.column, limitedBy: line.endIndex), i < line.endIndex else { return nil }
        switch line[i] {
        case "-": return "-"
        case " ": return " "
        default: return nil
        }
    }

    /// The initials next to word `index` (`R` in `R. Brennan` and in `Brennan, R.`).
    /// In a list of authors (`Roe~K., Brennan~R., Marsh~T.`) an initial before the name and a comma ends the name
    /// before it: only an initial with no comma between it and the name counts there (`R. Brennan`).
    static func adjacentInitials(_ index: Int, prose: Prose, context: RuleContext) -> Set<Character> {
        var result = Set<Character>()
        for j in [index - 1, index + 1] where j >= 0 && j < prose.words.count && prose.words[j].segment == prose.words[index].segment {
            guard prose.words[max(j, index)].breakBefore else { continue }
            if j < index {
                let before = prose.words[j].range.end
                let at = prose.words[index].range.start
                if before.line == at.line, at.column - 1 > before.column {
                    let gap = context.line(at.line).unicodeScalars.dropFirst(before.column).prefix(at.column - 1 - before.column)
                    if gap.contains(",") || gap.contains(";") { continue }
                }
            }
            let w = prose.words[j].text
            if w.unicodeScalars.count == 1, let c = w.first, c.isUppercase { result.insert(c) }
        }
        return result
    }

    /// Surnames that share an initial and are one letter apart (`R. Brennan`, `R. Brenan`): one person's name spelt
    /// two ways. The form written less often is the slip; at a tie, the one that is a common word (`Brand` for
    /// `Brandt`: a typing slip or a spelling corrector turns a name into a word). Returns each slip with the other
    /// form and its line.
    static func namesSpeltTwoWays(
        _ surnames: [String: (count: Int, initials: Set<Character>, range: SourceRange)], checker: any SpellChecker
    ) -> [(slip: String, other: String, line: Int)] {
        var pairs: [(String, String)] = []
        let names = surnames.keys.sorted()
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] {
                let x = surnames[a]!
                let y = surnames[b]!
                guard a.first == b.first, a.count >= 5, b.count >= 5, !x.initials.isDisjoint(with: y.initials),
                    !SpellingForms.isPlural(a.lowercased(), b.lowercased()),
                    Self.isCloseEdit(a.lowercased(), b.lowercased())
                else { continue }
                pairs.append((a, b))
            }
        }
        guard !pairs.isEmpty else { return [] }
        let words = checker.known(Array(Set(pairs.flatMap { [$0.0.lowercased(), $0.1.lowercased()] })))
        var result: [(slip: String, other: String, line: Int)] = []
        for (a, b) in pairs {
            let x = surnames[a]!
            let y = surnames[b]!
            var slip: String?
            if x.count != y.count {
                slip = x.count < y.count ? a : b
            } else if words.contains(a.lowercased()) != words.contains(b.lowercased()) {
                slip = words.contains(a.lowercased()) ? a : b
            }
            guard let slip else { continue }
            let other = slip == a ? b : a
            result.append((slip, other, surnames[other]!.range.start.line))
        }
        return result
    }

    /// The words of the headline, the schools and degrees, the skills section and the projects' lines under their
    /// names, with where they stand.
    static func labelWords(_ document: CVDocument, source: SourceText) -> [LabelWord] {
        var texts: [(String, SourceRange, Int, Bool)] = []
        let whole = SourceRange(lines: 1, max(1, source.lines.count))
        if let label = document.person.label {
            // Where the reader kept no range, or one the headline is not in (the name's): its first occurrence.
            let range = document.person.sources[.label].flatMap { source.locate(label, in: $0) != nil ? $0 : nil } ?? whole
            texts.append((label, range, 7, false))
        }
        for education in document.education {
            if let institution = education.institution { texts.append((institution, education.source, 9, false)) }
            if let qualification = education.qualification { texts.append((qualification, education.source, 7, false)) }
        }
        for category in document.skills {
            // A skill of one word is a name, even one letter from a common word (a product named after it): only
            // the tool-name slip is looked for (`checkForms`). A skill that is a sentence (a skills section written
            // as prose: `used it for queues in my first job`, `isSentence`): its words are judged as a project's line's.
            for skill in category.skills {
                let oneWord = skill.text.unicodeScalars.allSatisfy(Prose.isLetter)
                let sentence = Self.isSentence(skill.text)
                if sentence, source.locate(skill.text, in: skill.source) == nil {
                    // A sentence the reader joined across markup (`**Go** - used it with **Redis**`): word by word.
                    for word in skill.text.split(separator: " ") { texts.append((String(word), skill.source, 9, true)) }
                    continue
                }
                texts.append((skill.text, skill.source, oneWord ? Int.max : 9, sentence))
            }
        }
        for project in document.projects {
            if let role = project.role { texts.append((role, project.source, 7, true)) }
        }
        var words: [LabelWord] = []
        for (text, range, slipLength, isProse) in texts {
            guard let located = source.locate(text, in: range) else { continue }
            let start = located.start
            var line = start.line
            var column = start.column
            var current = ""
            var first = (line, column)
            var last = (line, column)
            func flush() {
                if current.unicodeScalars.count >= 3 {
                    words.append(LabelWord(
                        text: current, range: SourceRange(line: first.0, column: first.1, endLine: last.0, endColumn: last.1),
                        slipLength: slipLength, isProse: isProse))
                }
                current = ""
            }
            let scalars = Prose.scalars(of: source.text, source.indices(of: located))
            for (i, c) in scalars.enumerated() {
                if Prose.isLetter(c) || (Prose.isApostrophe(c) && !current.isEmpty && i + 1 < scalars.count && Prose.isLetter(scalars[i + 1])) {
                    if current.isEmpty { first = (line, column) }
                    Prose.appendNormalised(c, to: &current)
                    last = (line, column)
                } else {
                    flush()
                }
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            flush()
        }
        return words
    }
}
