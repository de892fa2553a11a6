/// Misspelt words, through the `SpellChecker` the CLI gives (hunspell); skipped without one.
public struct SpellingRule: Rule {
    public static let description = RuleDescription(
        identifier: "spelling", name: "Spelling",
        summary: "A misspelt word in the CV's prose (bullets, paragraphs, summary, titles, other sections).",
        severity: .warning,
        options: [RuleOption("proper-nouns", default: .bool(false), "check capitalised words and lists of names like any other word")],
        details: """
            Checked with hunspell's dictionaries; the suggestions are the dictionary's own edits of the word in hunspell's \
            order, else the nearest words, so the same CV always gets the same findings. With no `spelling.language` in .cvtrack.yml the English variety is read from the CV \
            itself (British `organise`, `behaviour`, `centre`, `travelled`, `catalogue`, `defence` against American \
            `organize`, `behavior`, `center`, `traveled`, `catalog`, `defense`) and the CV is checked with the en_GB or \
            en_US dictionary; a form of the other variety in a CV that keeps to one is an info note, once per word; a CV \
            that clearly mixes both gets one info note naming both spellings and none per word (`cvtrack init` writes the \
            variety it reads). A CV whose words are mostly not in the dictionary is not checked (one info note: another \
            language), nor is an element in another language (most of its words unknown; capitalised words counted too, as German writes its nouns). \
            Ignored: code (`backticks`, fenced blocks), URLs, e-mail addresses, dotted names (`Node.js`, `e.g.`), \
            words with digits, words of one or two letters, all-capital words (`AWS`), words with an inner capital \
            (`NorthWind`), words in another script, the person's name, organisation, project and school names, \
            everything in the skills section, the skills lexicon, a technical vocabulary of the words dictionaries lack \
            (`runbook`, `tapeout`, `wireframing`, `backtesting`…), Latin (`cum laude`, `etc`), word-forming prefixes \
            (`pre-`, `multi-`), closed compounds of two dictionary words (`floorplan`, `loadtest`) unless the first \
            suggestion is one letter away, accented forms of dictionary words (`resumé`), pieces of words broken across \
            lines or at a column's end by PDF extraction, a word's ending written as an alternative (`category/-ies`), \
            the pieces of a hyphenated word of the trade (`hack-a-thon`), a word in small letters alone in bold or \
            typewriter type (`**tmux**`: a tool's name), a name in small letters the dictionary knows only \
            capitalised (`heroku`; not a day or a month), lowercase words far from any dictionary word (identifiers, package names), \
            three-letter lowercase abbreviations (`tcl`), acronyms written in small letters (`url`, `json`), pieces of \
            slugs and file names that hold a digit (`team-notes-2022`), and the personal words (`spelling.words`, \
            `spelling.words-file`). Capitalised words and the words of a list of names (`python, git, pypi`) are taken \
            for names of people, places, companies and products unless the first suggestion is a common word one \
            letter away, of seven letters or more, with the same first and last letters (`Managment` → `management`; for a capitalised word, a suggestion among \
            the first three that keeps the first letter and undoes a doubled letter comes first), never next to an \
            initial (`Bolibar, J.`), and never when the word is a whole item of a list of names or a one-word skill \
            (`Docker, Brightlen, Redis`: a product may be named after a word). \
            Found although every word may be in the dictionary: closed and hyphenated compounds the usage guides \
            write another way (`opensource`, `fulltime`, `on-going`, `World wide` but not `World Wide Web`), degree \
            abbreviations with a capital in the wrong place (`BsC`, also joined to the word before by a PDF \
            extraction; not `BSC` or `March`), a word one letter from a tool name of the skills lexicon or of a list \
            of well-known tools (`DynamoBD`, `Solidwokrs`; not a plural), a word in small letters near a word of \
            the trade the dictionary lacks (`microcontrolers` in an en_US CV: one slip, two from ten letters, three \
            from fourteen, the same first and last letters), a doubled possessive whose stem without \
            its `s` is a name (`Marlowes's`, not `Dickens's`), and a surname spelt two ways beside the same \
            initial (`K. Marow` once, `K. Marrow` twice: the rarer form, or at a tie the one that is a common \
            word). The headline, school and degree names and the skills section, skipped otherwise, are checked \
            for these and for a slip on a common word as capitalised words are (nine letters or more in the \
            skills and school names); a project's line under its name (`Tide` / `a harbour timetabel viewer`) has its \
            lowercase words of five letters or more checked, reported when the first suggestion is one letter away. \
            The same word is reported once a line. The examples use a dictionary that \
            knows every word but `informaion` and `recieve`.
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Informaion Ltd

                Engineer • 2019 – 2020

                - Ran the `informaion` service at https://informaion.example with J. Recieve.
                - Wrote for the World Wide Web in March, with a BSC and a PhD, on Dickens's novels.
                - Moved the queue to io_uring and wrote its editor add-ons.
                - Built the server on a few libraries: tclap, json, spdlog, and the standard one.
                - Contributed to RPython and CPython tooling.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Wrote the ↓informaion system to ↓recieve orders.
                - Gave ↓on-going help to an ↓opensource shop, with a ↓BsC in physics.
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let base = context.spellChecker, let document = context.document else { return [] }
        let ignored = Self.ignoredWords(document, personal: context.personalWords)
        let properNouns = context.options.bool("proper-nouns")
        let prose = context.prose
        let words = Words(prose, ignored: ignored)
        // The candidates by occurrence (prose word, the candidate's number in `words`) and each distinct one's facts.
        var candidates: [(index: Int, id: Int)] = []
        var nameLike: [Bool] = []
        // Capitalised words that are a whole item of a list of names (`Docker, Firestore, Redis`), by number.
        var lone: [Int] = []
        let listLike = prose.segments.map { Self.isNameList($0, prose: prose) }
        // A CV repeats its words: each distinct spelling is judged once (its letters, then the lists of names).
        var judged = [Candidate??](repeating: nil, count: words.count)
        for (index, word) in prose.words.enumerated() {
            if prose.segments[word.segment].kind == .organisation { continue }
            let id = words.ids[index]
            let candidate: Candidate?
            if let known = judged[id] {
                candidate = known
            } else {
                candidate = Self.candidate(word.text, personal: context.personalWords) { text in
                    text.utf8.count == word.text.utf8.count ? words.isTrade(id) : Words.isTrade(text.lowercased(), ignored: ignored)
                }
                judged[id] = .some(candidate)
            }
            guard let candidate else { continue }
            // A surname next to an initial (`Bolibar, J.`, `J. Bolibar`) in a list of authors or references.
            if candidate.capitalised, !properNouns, Self.nextToInitial(index, prose: prose) { continue }
            let candidateID = candidate.text.utf8.count == word.text.utf8.count ? id : words.intern(candidate.text)
            candidates.append((index, candidateID))
            if !properNouns, candidate.capitalised || listLike[word.segment] || Self.inNameRun(index, prose: prose) {
                if nameLike.count <= candidateID { nameLike += [Bool](repeating: false, count: candidateID + 1 - nameLike.count) }
                nameLike[candidateID] = true
            }
            if !properNouns, candidate.capitalised, listLike[word.segment], Self.standsAlone(index, prose: prose) { lone.append(candidateID) }
        }
        guard !candidates.isEmpty else { return Self.formFindings(context, words: words, checker: base).findings }
        var notes: [Finding] = []
        let reading = Self.read(Self.varietyWords(words), checker: base)
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
        var seen = [Bool](repeating: false, count: words.count)
        for (_, id) in candidates where !seen[id] {
            seen[id] = true
            unique.append(words.texts[id])
        }
        var misspelt = reading.checker(base).misspelt(unique)
        var other: (any SpellChecker)?
        if case .variety(_, _, let checker) = reading { other = checker }
        let rejected = words.flags(misspelt.keys)
        let forms = Self.formFindings(context, words: words, checker: reading.checker(base), other: other, rejected: rejected)
        notes += forms.findings
        let foreign = Self.foreignElements(candidates, misspelt: rejected, words: words, prose: prose)
        // The other variety's forms: right in a CV that mixes both (the note says so once), a slip worth an info
        // note in one that keeps to one variety (`behaviors` in a British CV): a consistency remark, not a misspelling.
        // A word only the other dictionary knows that is no variety form (`amongst`, `infographic`) is right too.
        var otherVariety: Set<String> = []
        if case .variety(let variety, let checker, let other) = reading, !misspelt.isEmpty {
            let otherKnown = other.known(Array(misspelt.keys))
            let pairs = otherKnown.reduce(into: [String: [String]]()) { $0[$1] = SpellingVariety.counterparts($1.lowercased()) }
            let counterpartKnown = checker.known(Array(Set(pairs.values.joined())))
            for word in otherKnown {
                if !variety.isMixed, pairs[word]?.contains(where: { counterpartKnown.contains($0) }) == true {
                    otherVariety.insert(word)
                } else {
                    misspelt[word] = nil
                }
            }
        }
        guard !misspelt.isEmpty else { return notes }
        // A capitalised word that is a whole item of a list of names is a name, even one letter from a common word
        // (a product named after it: `Firestore`, `Alacritty`); a slip on a tool's name is still found (`formFindings`).
        for id in lone { misspelt[words.texts[id]] = nil }
        Self.preferSameInitial(&misspelt)
        Self.preferTradeWords(&misspelt)
        let nameLikeWords = Set(misspelt.keys.filter { word in words.id(of: word).map { $0 < nameLike.count && nameLike[$0] } ?? false })
        for word in Self.names(misspelt, nameLike: nameLikeWords, checker: reading.checker(base)) { misspelt[word] = nil }
        for word in Self.farFromWords(misspelt.filter { !otherVariety.contains($0.key) }, checker: reading.checker(base)) { misspelt[word] = nil }
        let unknown = misspelt.keys.filter { !otherVariety.contains($0) }
        for word in Self.compounds(unknown, suggestions: misspelt, checker: reading.checker(base)) { misspelt[word] = nil }
        guard !misspelt.isEmpty else { return notes }
        let reported = words.flags(misspelt.keys)
        let variety = reading.checker(base) === base ? "" : (reading.isBritish ? "British" : "American")
        // One finding per word and line: the same text can be read twice (a summary that is also a section item).
        var keys = forms.keys
        return notes + candidates.compactMap { index, id in
            guard reported[id], let suggestions = misspelt[words.texts[id]] else { return nil }
            let text = words.texts[id]
            let word = prose.words[index]
            if foreign.contains(word.segment) || Self.isFragment(word.range, context: context) || Self.inIdentifier(word.range, context: context)
                || Self.isBoldTerm(word.range, context: context) {
                return nil
            }
            guard keys.insert("\(word.range.start.line) \(text)").inserted else { return nil }
            let hint = suggestions.first.map { " (did you mean \"\($0)\"?)" } ?? ""
            if otherVariety.contains(text) {
                guard keys.insert(text).inserted else { return nil }
                let note = "\"\(text)\" is not the \(variety) spelling the CV otherwise uses\(hint)"
                return Finding(ruleID: context.ruleID, severity: .info, message: note, range: word.range, suggestion: suggestions.first)
            }
            return context.finding("\"\(text)\" is misspelt\(hint)", at: word.range, suggestion: suggestions.first)
        }
    }

    /// A word the dictionary is asked about: its text without a possessive ending, and whether it has capitals.
    struct Candidate {
        var text: String
        var capitalised: Bool
    }

    /// The word as written, when the dictionary is to judge it: nil for what no English dictionary can (too short or
    /// long, digits, an inner capital, another script) and for names and words of the trade (`isTrade`, given the word
    /// without its possessive ending).
    static func candidate(_ written: String, personal: Set<String>, isTrade: (String) -> Bool) -> Candidate? {
        var text = written
        if text.hasSuffix("'s") { text.removeLast(2) } else if text.hasSuffix("'") { text.removeLast() }
        // Longer than any dictionary word (hunspell refuses words over 100 bytes): an identifier, a URL
        // fragment or garbage, not a word to spell.
        guard text.utf8.count <= 60 else { return nil }
        var upper = 0
        var inner = false
        var digit = false
        var latin = false
        var count = 0
        for c in text.unicodeScalars {
            // ASCII on the scalar's value: its capitals are A-Z, its only numbers the digits, its letters alphabetic.
            let v = c.value
            if Self.isUppercase(c) {
                upper += 1
                if count > 0 { inner = true }
            }
            if v < 0x80 ? (v >= 0x30 && v <= 0x39) : c.properties.numericType != nil { digit = true }
            if !latin, v <= 0x24F, Prose.isLetter(c) { latin = true }
            count += 1
        }
        guard count >= 3 else { return nil }
        // Words in another script (Cyrillic, Greek, CJK …): no English dictionary can judge them. A word that
        // mixes scripts (a Cyrillic `с` in `etс`) is checked: it is a slip.
        if digit || inner || !latin { return nil }
        if isTrade(text) || (!personal.isEmpty && personal.contains(text)) { return nil }
        return Candidate(text: text, capitalised: upper > 0)
    }

    /// Capitalised words and the words of a list of names are mostly names of people, places, companies and
    /// products (`Dunmorrow`, `Marzella`, `pypi`), which no dictionary holds; they are misspellings only when they
    /// look like a slip on a common word: seven letters or more, and the first suggestion is one letter away
    /// and a lowercase dictionary word (`Managment` → `management`, `Enviroment` → `environment`), not a name
    /// (`Alexandre` → `Alexander`). Returns the words to drop.
    static func names(_ misspelt: [String: [String]], nameLike: Set<String>, checker: any SpellChecker) -> Set<String> {
        var dropped = Set<String>()
        var close: [String: String] = [:]
        for (word, suggestions) in misspelt where nameLike.contains(word) {
            let lower = word.lowercased()
            if lower.unicodeScalars.count >= 7, let first = suggestions.first?.lowercased(), Self.isCloseEdit(lower, first),
                Self.sharesEnds(lower, first) {
                close[word] = first
            } else {
                dropped.insert(word)
            }
        }
        guard !close.isEmpty else { return dropped }
        let common = checker.known(Array(Set(close.values)))
        for (word, suggestion) in close where !common.contains(suggestion) { dropped.insert(word) }
        return dropped
    }

    /// Every scalar a lowercase letter (`isLowercase`): an ASCII word on its bytes.
    static func isAllLowercase(_ text: String) -> Bool {
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if b < 0x61 || b > 0x7A { return false }
        }
        return ascii || text.unicodeScalars.allSatisfy(Self.isLowercase)
    }

    /// For a capitalised word, hunspell ranks the dictionary's capitalised entries first, often names that change the
    /// first letter (`Bussiness` → `Mussiness`, `Fussiness`, `Business`): a suggestion among the first three that keeps
    /// the first letter and only undoes a doubled letter (the commonest slip of the keyboard) is put first.
    static func preferSameInitial(_ misspelt: inout [String: [String]]) {
        for (word, suggestions) in misspelt {
            guard let initial = word.unicodeScalars.first, isUppercase(initial), let first = suggestions.first,
                first.unicodeScalars.first != initial,
                let k = suggestions.prefix(3).firstIndex(where: { $0.unicodeScalars.first == initial && Self.isDoubling(word, $0) })
            else { continue }
            var reordered = suggestions
            reordered.insert(reordered.remove(at: k), at: 0)
            misspelt[word] = reordered
        }
    }

    /// A word in small letters one letter from a word of the trade that the dictionary lacks (`microcontrolers` in
    /// an en_US CV, whose dictionary has no `microcontrollers`): hunspell's suggestions are far, the slip is near.
    /// Seven letters or more (two slips from ten letters, three from fourteen), the same first and last letters; the
    /// nearest is put first.
    static func preferTradeWords(_ misspelt: inout [String: [String]]) {
        for (word, suggestions) in misspelt {
            let letters = Array(word.unicodeScalars)
            guard letters.count >= 7, Self.isAllLowercase(word) else { continue }
            if let first = suggestions.first, Self.isCloseEdit(word, first.lowercased()) { continue }
            // Two slips in a long word (`micronctrollers`: a letter swapped and one dropped) still leave it near.
            let reach = letters.count >= 14 ? 3 : (letters.count >= 10 ? 2 : 1)
            let near = TechnicalVocabulary.words.compactMap { trade -> (Int, String)? in
                guard abs(trade.utf8.count - word.utf8.count) <= reach, Self.sharesEnds(word, trade) else { return nil }
                let distance = reach == 1 ? (Self.oneEditApart(letters, Array(trade.unicodeScalars)) ? 1 : 2) : Self.editDistance(word, trade)
                return distance <= reach ? (distance, trade) : nil
            }
            if let trade = near.min(by: { $0 < $1 }) { misspelt[word] = [trade.1] + suggestions }
        }
    }

    /// `a` is `b` with one letter doubled, or `b` is `a` with one (`Bussiness` / `Business`, `Adress` / `Address`).
    static func isDoubling(_ a: String, _ b: String) -> Bool {
        let (long, short) = a.unicodeScalars.count > b.unicodeScalars.count ? (Array(a.unicodeScalars), Array(b.unicodeScalars)) : (Array(b.unicodeScalars), Array(a.unicodeScalars))
        guard long.count == short.count + 1 else { return false }
        for i in 1..<long.count where long[i] == long[i - 1] {
            var shorter = long
            shorter.remove(at: i)
            if shorter == short { return true }
        }
        return false
    }

    /// A lowercase letter: in ASCII `a`-`z` (told on the scalar's value), beyond it by the scalar's properties.
    @inline(__always) static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x61 && c.value <= 0x7A) : c.properties.isLowercase
    }

    /// A capital letter: in ASCII `A`-`Z`, beyond it by the scalar's properties.
    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A) : c.properties.isUppercase
    }

    /// Elements in another language (a French course title, a German quote): four lowercase words or more, most of
    /// them not in the dictionary; or, counting capitalised words too (German writes its nouns with a capital, so
    /// its elements have few small words: `Lokales Wettermodell, genutzt von mehr als zehn Gruppen`), four words or more,
    /// two thirds of them unknown, two of them small words (not an English bullet with two slips and a name).
    static func foreignElements(_ candidates: [(index: Int, id: Int)], misspelt: [Bool], words: Words, prose: Prose) -> Set<Int> {
        // Counted by element in an array (elements are numbered from 0); whether a word is in small letters, once a word.
        var counts = [(words: Int, unknown: Int, all: Int, allUnknown: Int)](repeating: (0, 0, 0, 0), count: prose.segments.count)
        var small = [UInt8](repeating: 0, count: words.count)
        for (index, id) in candidates {
            if small[id] == 0 { small[id] = words.texts[id].unicodeScalars.allSatisfy({ Self.isLowercase($0) || $0 == "'" }) ? 2 : 1 }
            let segment = prose.words[index].segment
            counts[segment].all += 1
            // A capitalised word's answer counts only where two small words are unknown (the test below).
            guard small[id] == 2 else {
                if misspelt[id] { counts[segment].allUnknown += 1 }
                continue
            }
            counts[segment].words += 1
            if misspelt[id] { counts[segment].unknown += 1 }
        }
        return Set(counts.indices.filter { i in
            let c = counts[i]
            return (c.words >= 4 && c.unknown * 2 > c.words) || (c.all >= 4 && c.unknown >= 2 && (c.allUnknown + c.unknown) * 3 >= c.all * 2)
        })
    }

    /// A piece of a word rather than a word: text extracted from a PDF breaks words across lines (`pas-` … `sionate`,
    /// `op-` / `eration`) and can shift an element's bounds into a word (`administr|ation`). The layout cues: the word
    /// runs on into letters outside its element, it ends its line with a hyphen, or it opens its line (or its column,
    /// after a gap of spaces in a two-column layout) after a line (one of the two before) that ends in a letter and
    /// a hyphen.
    static func isFragment(_ range: SourceRange, context: RuleContext) -> Bool {
        let lineNumber = range.start.line
        let line = Array(context.line(lineNumber).unicodeScalars)
        let first = range.start.column - 1
        let last = range.end.line == lineNumber ? range.end.column - 1 : line.count - 1
        guard first >= 0, first < line.count, last < line.count else { return false }
        if last + 1 < line.count, Prose.isLetter(line[last + 1]) { return true }
        if first > 0, Prose.isLetter(line[first - 1]) { return true }
        // A hyphen ends its line, or its column (two spaces or more after it, then the next column).
        if last + 1 < line.count, line[last + 1] == "-",
            line[(last + 2)...].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" })
                || (last + 3 < line.count && line[last + 2] == " " && line[last + 3] == " ") {
            return true
        }
        // The word opens its line, or its column in a two-column layout (two spaces or more before it).
        let opensColumn = first >= 2 && line[first - 1] == " " && line[first - 2] == " "
        guard opensColumn || line[..<first].allSatisfy({ $0 == " " || $0 == "\t" }) else { return false }
        for previous in stride(from: lineNumber - 1, through: max(1, lineNumber - 2), by: -1) {
            var ending = Array(context.line(previous).unicodeScalars)
            while let c = ending.last, c == " " || c == "\t" || c == "\r" { ending.removeLast() }
            if ending.count >= 2, ending[ending.count - 1] == "-", Prose.isLetter(ending[ending.count - 2]) { return true }
            // The column the word opens ends, on the line before, with a letter and a hyphen, then a gap of two
            // spaces or more before the next column (`and gave instruc-     Teaching` / `tion in argument`).
            var k = first
            if k > 0, k < ending.count, ending[k - 1] != " " { continue }
            while k < ending.count, ending[k] == " " || ending[k] == "\t" { k += 1 }
            var end = k
            while end < ending.count, !(ending[end] == " " && end + 1 < ending.count && ending[end + 1] == " ") { end += 1 }
            if end - k >= 2, end < ending.count, ending[end - 1] == "-", Prose.isLetter(ending[end - 2]) { return true }
        }
        return false
    }

    /// A word in small letters that is the whole of a bold or typewriter span (`**tmux**`, `\\textbf{numpy}`,
    /// `\\texttt{jq}`): the CV marks it as the name of a tool or package, which no dictionary holds.
    static func isBoldTerm(_ range: SourceRange, context: RuleContext) -> Bool {
        guard range.start.line == range.end.line else { return false }
        let line = Array(context.line(range.start.line).unicodeScalars)
        let first = range.start.column - 1
        let last = range.end.column - 1
        guard first >= 2, last + 1 < line.count, line[first...last].allSatisfy({ Self.isLowercase($0) }) else { return false }
        let after = line[(last + 1)...]
        for mark in ["**", "__"] where after.starts(with: mark.unicodeScalars) {
            if line[..<first].reversed().starts(with: mark.unicodeScalars) { return true }
        }
        guard after.first == "}" else { return false }
        let before = String(String.UnicodeScalarView(line[max(0, first - 8)..<first]))
        return before.hasSuffix("\\textbf{") || before.hasSuffix("\\texttt{")
    }

    /// A piece of an identifier rather than a word: joined by `-`, `_` or `/` to a run that holds a digit
    /// (`team-notes-2022`, `site_v2`), as a link's text, a slug or a file name is written; joined by `_` to another
    /// word (`io_uring`); or the plural particle of a hyphenated noun (`add-ons`).
    static func inIdentifier(_ range: SourceRange, context: RuleContext) -> Bool {
        let line = Array(context.line(range.start.line).unicodeScalars)
        let first = range.start.column - 1
        let last = range.end.line == range.start.line ? range.end.column - 1 : line.count - 1
        guard first >= 0, first <= last, last < line.count else { return false }
        func inToken(_ c: Unicode.Scalar) -> Bool { Prose.isLetter(c) || (c.value >= 0x30 && c.value <= 0x39) || c == "-" || c == "_" || c == "/" }
        var start = first
        while start > 0, inToken(line[start - 1]) { start -= 1 }
        var end = last
        while end + 1 < line.count, inToken(line[end + 1]) { end += 1 }
        let joined = (first > 0 && "-_/".unicodeScalars.contains(line[first - 1])) || (last + 1 < line.count && "-_/".unicodeScalars.contains(line[last + 1]))
        if joined && line[start...end].contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) { return true }
        // Words joined by an underscore are a name in code (`io_uring`, `read_only`): prose never joins words so.
        func wordScalar(_ i: Int) -> Bool { i >= 0 && i < line.count && (Prose.isLetter(line[i]) || Prose.isDigit(line[i])) }
        if (first > 0 && line[first - 1] == "_" && wordScalar(first - 2)) || (last + 1 < line.count && line[last + 1] == "_" && wordScalar(last + 2)) {
            return true
        }
        // The particle of a hyphenated noun made from a phrasal verb takes its plural (`add-ons`, `check-ins`,
        // `follow-ups`): a word of its own only with the hyphen before it.
        if first >= 2, line[first - 1] == "-", Prose.isLetter(line[first - 2]) {
            let word = String(String.UnicodeScalarView(line[first...last])).lowercased()
            if particlePlurals.contains(word) { return true }
        }
        // An ending written as an alternative (`category/-ies`, `actor(-s)`): a suffix, not a word.
        if first >= 2, line[first - 1] == "-", line[first - 2] == "/" || line[first - 2] == "(" { return true }
        // A piece of a word written apart with hyphens (`hack-a-thon`) whose letters run together make a word of
        // the trade.
        if line[start...end].contains("-") {
            let run = String(String.UnicodeScalarView(line[start...end].filter { $0 != "-" })).lowercased()
            if TechnicalVocabulary.words.contains(run) { return true }
        }
        return false
    }

    /// Adverb particles with a plural ending, as the second part of a hyphenated noun (`add-ons`, `sign-ups`).
    static let particlePlurals: Set<String> = [
        "ons", "ins", "ups", "outs", "offs", "downs", "overs", "backs", "aways", "throughs", "arounds", "bys", "ats",
    ]

    /// The slip is inside the word: it keeps the first and last letters of the suggestion. Names built on a word change
    /// its start or its end instead (`Kalendar` / `calendar`, `Tallyo` / `tally`, `Learnova` / `learners`).
    static func sharesEnds(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.first == b.unicodeScalars.first && a.unicodeScalars.last == b.unicodeScalars.last
    }

    /// Lowercase words hunspell rejects that are far from every dictionary word (first suggestion more than two edits
    /// away — three for words of ten letters or more — or none) are identifiers, tool and package names (`zstdcat`, `gqlgen`), not slips of the pen; and a word
    /// whose accents are the only difference from a dictionary word (`resumé`) is right. Returns the words to drop.
    static func farFromWords(_ misspelt: [String: [String]], checker: any SpellChecker) -> Set<String> {
        var dropped = Set<String>()
        var folded: [String: String] = [:]
        for (word, suggestions) in misspelt {
            let lower = word.lowercased()
            // Latin letters mixed with another script's look-alikes (a Cyrillic `с` in `etс`): a slip whatever the length.
            if lower.unicodeScalars.contains(where: { $0.value > 0x24F && $0.properties.isAlphabetic }) { continue }
            // Three letters: an abbreviation or acronym in lowercase (`tcl`, `lec`) unless its letters are a word's
            // swapped (`teh`, `adn`).
            // An acronym written in small letters (`url`, `json`: the dictionary knows only `URL`, `JSON`): a style, not a slip.
            // So is a name in small letters (`montgomery` curves, a package `heroku`: the dictionary knows only
            // `Montgomery`, `Heroku`), as tools and packages are written; a day or a month (`tuesday`) is a slip.
            if let first = suggestions.first, first != word, first == word.uppercased() || (first.lowercased() == word && !Self.calendarWords.contains(word)) {
                dropped.insert(word)
                continue
            }
            if lower.unicodeScalars.count <= 3, !(suggestions.first.map { $0.lowercased() != lower && $0.lowercased().unicodeScalars.sorted() == lower.unicodeScalars.sorted() } ?? false) {
                dropped.insert(word)
                continue
            }
            guard let first = suggestions.first?.lowercased(), !first.contains(" "),
                Self.editDistance(lower, first) <= max(2, (lower.unicodeScalars.count + 2) / 4)
            else {
                dropped.insert(word)
                continue
            }
            if !lower.unicodeScalars.allSatisfy(\.isASCII) {
                folded[word] = Self.withoutAccents(lower)
            }
        }
        if !folded.isEmpty {
            let known = checker.known(Array(Set(folded.values)))
            for (word, plain) in folded where known.contains(plain) { dropped.insert(word) }
        }
        return dropped
    }

    /// Days and months, which English writes with a capital (`tuesday`, `january` are slips), and their plurals.
    static let calendarWords: Set<String> = {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                     "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        return Set(names + names.map { $0 + "s" })
    }()

    /// Lowercase Latin-1 letters without their accents (`résumé` → `resume`).
    static func withoutAccents(_ word: String) -> String {
        let plain = Array("aaaaaaaceeeeiiiidnooooo÷ouuuuyþy".unicodeScalars)
        return String(String.UnicodeScalarView(word.unicodeScalars.map { c in
            (0xE0...0xFF).contains(c.value) ? plain[Int(c.value) - 0xE0] : c
        }))
    }

    /// Damerau-Levenshtein distance (optimal string alignment) between two short words, by Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }

    /// The word before or after (in the same element) is an initial: one capital letter set apart by punctuation
    /// (`Bolibar, J.`, `J. Bolibar`; not `Embedded C`).
    static func nextToInitial(_ index: Int, prose: Prose) -> Bool {
        for j in [index - 1, index + 1] where j >= 0 && j < prose.words.count && prose.words[j].segment == prose.words[index].segment {
            guard prose.words[max(j, index)].breakBefore else { continue }
            let w = prose.words[j].text.unicodeScalars
            if w.count == 1, w.first!.properties.isUppercase { return true }
        }
        return false
    }

    /// The word is a whole item of its element: punctuation (or the element's bounds) on both sides.
    static func standsAlone(_ index: Int, prose: Prose) -> Bool {
        let word = prose.words[index]
        let bounds = prose.segments[word.segment].words
        let opens = index == bounds.lowerBound || word.breakBefore
        let closes = index + 1 >= bounds.upperBound || prose.words[index + 1].breakBefore
        return opens && closes
    }

    /// The word is one of three or more single words set apart by punctuation in a row, inside a sentence that goes
    /// on around them ("relying on these libraries: gsonlite, tclap, spdlog, and more"): a list of names.
    static func inNameRun(_ index: Int, prose: Prose) -> Bool {
        guard standsAlone(index, prose: prose) else { return false }
        let bounds = prose.segments[prose.words[index].segment].words
        var run = 1
        var j = index - 1
        while j >= bounds.lowerBound, run < 3, standsAlone(j, prose: prose) { run += 1; j -= 1 }
        j = index + 1
        while j < bounds.upperBound, run < 3, standsAlone(j, prose: prose) { run += 1; j += 1 }
        return run >= 3
    }

    /// An element that lists names rather than says something: one or two words (`archlinux`, a tool in a list of
    /// tools), or words each set apart by punctuation (`python, git, pypi, vim`).
    static func isNameList(_ segment: Prose.Segment, prose: Prose) -> Bool {
        guard segment.kind == .text else { return false }
        let words = segment.words
        if words.count <= 2 { return true }
        let apart = words.dropFirst().filter { prose.words[$0].breakBefore }.count
        return apart * 2 >= words.count - 1
    }

    /// Closed compounds the dictionary lacks: two dictionary words of three letters or more (`floorplan`, `loadtest`,
    /// `basestations`), or a word-forming prefix and a dictionary word (`precharge`, `multithreading`). Not when
    /// the first suggestion is one letter away (`bandwith` → `bandwidth`): that is a typo that happens to split.
    static func compounds(_ words: [String], suggestions: [String: [String]], checker: any SpellChecker) -> Set<String> {
        var parts: [String: [(String, String)]] = [:]
        var asked = Set<String>()
        for word in words {
            let lower = word.lowercased()
            let letters = Array(lower.unicodeScalars)
            guard letters.count >= 6, letters.allSatisfy({ $0.properties.isAlphabetic }) else { continue }
            if let first = suggestions[word]?.first, Self.isCloseEdit(lower, first.lowercased()) { continue }
            var splits: [(String, String)] = []
            for i in 2...(letters.count - 3) {
                let head = String(String.UnicodeScalarView(letters[..<i]))
                let tail = String(String.UnicodeScalarView(letters[i...]))
                if i >= 3 || TechnicalVocabulary.prefixSet.contains(head) { splits.append((head, tail)) }
            }
            parts[word] = splits
            for (head, tail) in splits {
                if !TechnicalVocabulary.prefixSet.contains(head) { asked.insert(head) }
                asked.insert(tail)
            }
        }
        guard !asked.isEmpty else { return [] }
        let known = checker.known(Array(asked))
        var result = Set<String>()
        for (word, splits) in parts {
            let joined = splits.contains { head, tail in
                (TechnicalVocabulary.prefixSet.contains(head) || known.contains(head)) && known.contains(tail)
            }
            if joined { result.insert(word) }
        }
        return result
    }

    /// One insertion, deletion, substitution or transposition apart (letters only: a suggestion with a space or a
    /// hyphen splits the word, it does not correct a letter).
    static func isCloseEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        guard !y.contains(" "), !y.contains("-") else { return false }
        return oneEditApart(x, y)
    }

    /// One insertion, deletion, substitution or transposition apart, element by element (Unicode scalars, or the
    /// bytes of ASCII words: `SpellingForms.closeName`).
    static func oneEditApart<T: Equatable>(_ x: [T], _ y: [T]) -> Bool {
        guard x != y, abs(x.count - y.count) <= 1 else { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
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
    static func read(_ prose: Prose, checker base: any SpellChecker, ignored: Set<String> = []) -> Reading {
        read(varietyWords(Words(prose, ignored: ignored)), checker: base)
    }

    /// The words the language and the variety are read from: the distinct words of three letters or more, in small
    /// letters, that are no names or words of the trade (those say nothing of the language), in reading order.
    static func varietyWords(_ words: Words) -> [String] {
        var result: [String] = []
        // The prose's own words only (those the rule added follow them).
        for id in 0..<words.proseCount where words.texts[id].utf8.count >= 3 {
            let text = words.texts[id]
            guard Self.isAllLowercase(text), !words.isTrade(id) else { continue }
            result.append(text)
        }
        return result
    }

    /// Reads the language and the variety from `words` (see `varietyWords`).
    static func read(_ words: [String], checker base: any SpellChecker) -> Reading {
        // Too few words to tell: check them with the dictionary given.
        // The first 120 distinct words tell the language as well as all of them.
        if words.count >= 20 {
            let sample = Array(words.prefix(120))
            let known = base.known(sample).count
            if known * 2 < sample.count { return .notEnglish(known: known, total: sample.count) }
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

    /// Words that make a phrase a sentence rather than a list of names: pronouns, articles, forms of `be` and
    /// `have`, relative words (`used it in my first job`, not `numpy, polars and torch`).
    static let sentenceWords: Set<String> = [
        "i", "my", "me", "we", "our", "us", "the", "a", "an", "is", "was", "were", "are", "have", "has", "had", "been",
        "which", "that", "this", "it", "its",
    ]

    /// `sentenceWords`, each packed in an integer (its ASCII bytes, first in the highest): a word of a text is
    /// compared without building a string.
    static let sentenceCodes: [UInt64] = sentenceWords.map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    /// A text of four words or more with a word of `sentenceWords`. Read on the bytes (every skill is asked):
    /// a word is a run of letters (a byte of a non-ASCII letter counts as a letter), only runs of one to five
    /// ASCII letters are compared, packed in an integer (`sentenceCodes`).
    static func isSentence(_ text: String) -> Bool {
        let utf8 = text.utf8
        var spaces = 0
        for b in utf8 where b == 0x20 { spaces += 1 }
        guard spaces >= 3 else { return false }
        var words = 0
        var found = false
        var code: UInt64 = 0
        var length = 0
        var inWord = false
        var ascii = true
        func end() {
            guard inWord else { return }
            words += 1
            if !found, ascii, length <= 5, sentenceCodes.contains(code) { found = true }
            code = 0
            length = 0
            inWord = false
            ascii = true
        }
        for b in utf8 {
            let lower = b | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                inWord = true
                length += 1
                if length <= 5 { code = code << 8 | UInt64(lower) }
            } else if b >= 0x80 {
                inWord = true
                ascii = false
            } else if b != 0x27 {
                end()
            }
        }
        end()
        return found && words >= 4
    }

    /// Names and skills, lowercased: the person, organisations, projects, schools, the skills section, personal words.
    static func ignoredWords(_ document: CVDocument, personal: Set<String>) -> Set<String> {
        var names: [String] = [document.person.name ?? ""]
        names += document.roles.compactMap(\.organisation)
        names += document.projects.map(\.name)
        names += document.education.compactMap(\.institution)
        for category in document.skills {
            names.append(category.name ?? "")
            // A skill that is a sentence (a skills section written as prose): only its capitalised words are names,
            // not `carreer` in `used it in my first carreer`.
            for skill in category.skills {
                names += Self.isSentence(skill.text)
                    ? skill.text.split(whereSeparator: \.isWhitespace).filter { $0.first?.isUppercase == true }.map(String.init) : [skill.text]
            }
        }
        names += document.roles.flatMap(\.keywords)
        var words = Set(personal.map { $0.lowercased() })
        var part: [UInt8] = []
        for name in names {
            // ASCII on its bytes (letters and `'`, lowercased), as the characters split it; other text by its characters.
            guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
                for part in name.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "\u{2019}") }) {
                    words.insert(part.lowercased())
                }
                continue
            }
            for b in name.utf8 {
                if (b >= 0x61 && b <= 0x7A) || b == 0x27 {
                    part.append(b)
                } else if b >= 0x41 && b <= 0x5A {
                    part.append(b + 0x20)
                } else if !part.isEmpty {
                    words.insert(String(decoding: part, as: UTF8.self))
                    part.removeAll(keepingCapacity: true)
                }
            }
            if !part.isEmpty {
                words.insert(String(decoding: part, as: UTF8.self))
                part.removeAll(keepingCapacity: true)
            }
        }
        return words
    }
}
