/// Reads a skills section of a plain-text CV into categories.
///
/// A category is named by a short line of its own (`Development languages`, `01. Languages`) or by a
/// label before a colon (`Databases: PostgreSQL, Redis`); its content runs over the following lines
/// (wrapped lines are joined) or bullets. Items are split on `;` outside parentheses, then on `,`
/// outside parentheses, so `Java (Java 8, Spring, JUnit) (expert) (7 years)` stays one skill with its
/// level and years. A bullet's own label (`Utility: jQuery, Mootools`) is not a skill.
struct PlainTextSkills {
    let lines: [PlainTextLine]
    let textLines: PlainTextRanges

    /// Text joined from several lines, with where each line's part starts.
    struct Joined {
        var text = ""
        var segments: [(offset: Int, line: Int, column: Int)] = []

        mutating func append(_ s: String, line: Int, column: Int) {
            if !text.isEmpty { text += " " }
            segments.append((text.unicodeScalars.count, line, column))
            text += s
        }

        func position(ofScalarOffset o: Int) -> SourcePosition {
            var seg = segments.first ?? (0, 1, 1)
            for s in segments where s.offset <= o { seg = s }
            return SourcePosition(line: seg.line, column: seg.column + max(0, o - seg.offset))
        }
    }

    /// Whether a line names a category on its own: short, no list punctuation, not a sentence.
    static func isLabel(_ text: String) -> Bool {
        let t = PlainTextSections.withoutNumbering(text)
        let words = PlainTextWords.words(t)
        guard !words.isEmpty, words.count <= 5, t.utf8.count <= 50 else { return false }
        if t.contains(where: { $0 == ";" || $0 == "," || $0 == "(" || $0 == "+" }) { return false }
        // `Other tools: Sketch` is a labelled line, not a label of its own.
        if labelColon(t) != nil { return false }
        // `Other        Unix · Git`: a label in a column of its own with its items beside it.
        if labelColumn(t) != nil { return false }
        return PlainTextWords.startsCapitalised(t) && !PlainTextWords.endsSentence(t)
    }

    /// `Programming Languages        C · Python · Java` (a PDF's table of skills laid out as text): a short label, a gap of
    /// three spaces or more, then its items: the gap's start and where the items start (nil for any other line).
    static func labelColumn(_ text: String) -> (gap: String.Index, items: String.Index)? {
        guard let gap = text.byteRange(of: "   ") else { return nil }
        let label = text[..<gap.lowerBound]
        var items = gap.upperBound
        while items < text.endIndex, text[items] == " " { items = text.index(after: items) }
        guard items < text.endIndex, !label.isEmpty, label.utf8.count <= 40,
            !label.contains(where: { $0 == ";" || $0 == "," || $0 == "(" || $0 == ":" || $0 == "." }),
            PlainTextWords.words(label).count <= 4, PlainTextWords.startsCapitalised(String(label))
        else { return nil }
        // Its items are a list, or one name the skills lexicon knows (not a course's name in a second column).
        let rest = text[items...]
        guard rest.contains(where: { $0 == "," || $0 == "·" || $0 == "•" || $0 == "|" || $0 == ";" })
            || SkillLexicon.canonical(PlainTextWords.trim(rest, " .")) != nil && SkillLexicon.canonical(String(label)) == nil
        else { return nil }
        return (gap.lowerBound, items)
    }

    /// Where the skills list of a section ends (its body's upper bound when it runs to the end): at a line led
    /// by a year (a dated entry, a publication), or at a heading over a sub-heading after a blank line
    /// (`Miscellaneous` / `Languages` / content), as categories of skills are one level deep.
    func end(of body: Range<Int>) -> Int {
        var seenContent = false
        for i in body where !lines[i].isBlank {
            let line = lines[i]
            if seenContent, line.bulletText == nil, Self.startsWithYear(line.text) || Self.courseHeading(line.text) != nil { return i }
            if seenContent, line.bulletText == nil, lines[i - 1].isBlank, i + 2 < body.upperBound,
                Self.isLabel(line.text), !lines[i + 1].isBlank, lines[i + 1].bulletText == nil, Self.isLabel(lines[i + 1].text),
                !lines[i + 2].isBlank, !Self.isLabel(lines[i + 2].text) || lines[i + 2].bulletText != nil
            {
                return i
            }
            seenContent = true
        }
        return body.upperBound
    }

    /// Words of a heading that lists courses taken (`Relevant Courses`, `COURSEWORK`, `Key Modules Taken`).
    static let courseWords: Set<String> = ["course", "courses", "coursework", "modules", "classes", "subjects"]
    /// The words such a heading may hold besides them.
    static let courseHeadingWords: Set<String> = courseWords.union([
        "relevant", "work", "taken", "completed", "selected", "key", "academic", "graduate", "undergraduate", "online",
        "university", "college", "and", "&",
    ])

    /// `Relevant Courses`, `COURSEWORK`, `Relevant Courses:   Signals and Systems`, `Key Modules      * online`: a
    /// heading or a label (before a colon or a gap of three spaces) made only of the words of a course list, one of
    /// them a course's: the courses are no skills, and end the skills list. Its name, as written.
    static func courseHeading(_ text: String) -> String? {
        // (Most lines have none of the words: told on the bytes first.)
        let u = text.utf8
        guard ["ourse", "OURSE", "odule", "ODULE", "lasses", "LASSES", "ubject", "UBJECT"].contains(where: { u.containsBytes(of: $0) })
        else { return nil }
        let trimmed = text.trimmingCharacters(in: " \t")
        var head = Substring(trimmed)
        if let gap = trimmed.byteRange(of: "   ") { head = trimmed[..<gap.lowerBound] }
        if let colon = head.firstIndex(of: ":") { head = head[..<colon] }
        let words = head.split(separator: " ").map { $0.lowercased() }
        guard (1...4).contains(words.count), words.contains(where: courseWords.contains), words.allSatisfy(courseHeadingWords.contains)
        else { return nil }
        return String(head)
    }

    /// `2019 Title of a paper`, `2015 - 2018 Company`: four digits of a year, then a space or the end.
    static func startsWithYear(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(5))
        guard b.count >= 4, b[0] == 0x31 || b[0] == 0x32, (b[0] == 0x31 && b[1] == 0x39) || (b[0] == 0x32 && b[1] == 0x30),
            b[2] >= 0x30 && b[2] <= 0x39, b[3] >= 0x30 && b[3] <= 0x39
        else { return false }
        return b.count == 4 || b[4] == 0x20
    }

    func read(_ body: Range<Int>, defaultName: String?) -> [SkillCategory] {
        var categories: [SkillCategory] = []
        var name: String? = defaultName
        var labelLine: Int?
        var skills: [Skill] = []
        var firstLine: Int?
        var lastLine: Int?
        // A label on a line of its own, or the section's own name (`BROWSER CRAFT`), names the bullets under it
        // (`Frontend` / `• Utility: jQuery`).
        var headed = defaultName != nil

        func close() {
            if !skills.isEmpty, let f = labelLine ?? firstLine, let l = lastLine {
                categories.append(
                    SkillCategory(name: name, skills: skills, source: textLines.range(lines: lines[f].number, lines[l].number)))
            }
            skills = []
            labelLine = nil
            firstLine = nil
            lastLine = nil
        }

        var i = body.lowerBound
        while i < body.upperBound {
            let line = lines[i]
            if line.isBlank {
                i += 1
                continue
            }
            if line.bulletText == nil, Self.isLabel(line.text), nextIsContent(after: i, body: body) {
                close()
                name = PlainTextWords.clean(PlainTextSections.withoutNumbering(line.text)).trimmingTrailingColon
                labelLine = i
                headed = true
                i += 1
                continue
            }
            // Content: a bullet (with its wrapped lines) or a paragraph (lines up to a blank line or a label).
            var joined = Joined()
            let isBullet = line.bulletText != nil
            let first = line.bulletText ?? line.text
            joined.append(first, line: line.number, column: line.column + line.text.unicodeScalars.count - first.unicodeScalars.count)
            var j = i + 1
            while j < body.upperBound, !lines[j].isBlank, lines[j].bulletText == nil,
                !(Self.isLabel(lines[j].text) && nextIsContent(after: j, body: body) && !isBullet),
                isBullet || Self.labelColon(lines[j].text) == nil && Self.labelColumn(lines[j].text) == nil,
                // `Data Modelling` / `Stream Processing`: short lines one under the other are one item a line.
                isBullet || !(Self.isShortItem(lines[j - 1].text) && Self.isShortItem(lines[j].text)),
                // `Go     Rust` / `Redis     Kafka`: rows of columns are each a row of items.
                isBullet || !(lines[j - 1].text.utf8.containsBytes(of: "   ") && lines[j].text.utf8.containsBytes(of: "   ")),
                // `<tab>MySQL ~1 year` / `<tab>Nginx ~2 years`: lines indented by the same tabs, each begun with a capital,
                // are one item a line.
                isBullet || !Self.tabbedItems(lines[j - 1], lines[j])
            {
                joined.append(lines[j].text, line: lines[j].number, column: lines[j].column)
                j += 1
            }
            var text = joined.text
            var offset = 0
            // `Databases: PostgreSQL, Redis` names its category, and so does `• Databases: PostgreSQL` where no label on a
            // line of its own is over it; under one, `• Utility: jQuery` labels the bullet.
            // (`Databases - PostgreSQL, Redis`: a label of skills before a dash, as before a colon.)
            if let (colon, restStart) = Self.labelColon(text).map({ ($0, text.index(after: $0)) })
                ?? SkillLines.dashAfterLabel(text).map({ ($0.lowerBound, $0.upperBound) })
                ?? (isBullet ? nil : Self.labelColumn(text).map({ ($0.gap, $0.items) }))
            {
                let label = PlainTextWords.clean(text[..<colon])
                let rest = text[restStart...]
                offset = text.unicodeScalars.distance(from: text.startIndex, to: rest.startIndex)
                text = String(rest)
                if !isBullet || !headed {
                    close()
                    name = label
                    labelLine = i
                    firstLine = i
                    lastLine = j - 1
                }
            }
            if isBullet, let cut = Self.nameBeforeDescription(text) { text = String(text[..<cut]) }
            if firstLine == nil { firstLine = i }
            lastLine = j - 1
            // `C · Python • Java`, `Go     Rust`: a middle dot or a bullet between spaces, or a gap, parts items as a comma
            // does (one scalar for another, so the pieces keep their places in the line).
            text = Self.spacedSeparatorsAsCommas(text)
            if ProseSkillLists.applies(text) {
                // Prose: only the lists it holds (`Knowledge of pandas, scipy, seaborn.`).
                let range = textLines.range(lines: lines[i].number, lines[j - 1].number)
                skills += ProseSkillLists.items(text).map { SkillText.parse(PlainTextWords.unligature($0), source: range) }
            } else {
                skills += items(text, joined: joined, offset: offset)
            }
            i = j
        }
        close()
        return categories
    }

    /// `- Time Management — Managing one's own time`: an item that names a skill, then says what it is after a spaced
    /// dash: the end of the name (nil when the item is no name and its sentence).
    static func nameBeforeDescription(_ text: String) -> String.Index? {
        for dash in [" — ", " – ", " - "] {
            guard let r = text.firstRange(of: dash) else { continue }
            let name = text[..<r.lowerBound]
            let words = PlainTextWords.words(name)
            guard !words.isEmpty, words.count <= 5, name.first?.isUppercase == true, !name.contains(","),
                PlainTextWords.words(text[r.upperBound...]).count >= 4
            else { return nil }
            return r.lowerBound
        }
        return nil
    }

    /// A line of four words or fewer, with no comma, that neither ends in a joining mark nor starts in lower case.
    /// Two lines indented by the same tabs, the second begun with a capital or a digit and the first not ending as a
    /// line that goes on (`,`, `-`, `and`), neither a sentence (eight words at most, no full stop at the end): an item
    /// each, not one wrapped item.
    static func tabbedItems(_ above: PlainTextLine, _ line: PlainTextLine) -> Bool {
        guard line.tabs > 0, line.tabs == above.tabs, let first = line.text.first, first.isUppercase || first.isNumber,
            let last = above.text.last, !",&/-+(:.".contains(last), line.text.last != ".",
            PlainTextWords.words(above.text).count <= 8, PlainTextWords.words(line.text).count <= 8
        else { return false }
        return !above.text.lowercased().hasSuffix(" and") && !above.text.lowercased().hasSuffix(" or")
    }

    static func isShortItem(_ text: String) -> Bool {
        guard let first = text.first, !first.isLowercase, let last = text.last, !",&/-+(".contains(last), !text.contains(",") else { return false }
        return PlainTextWords.words(text).count <= 4 && !text.lowercased().hasSuffix(" and")
    }

    /// The colon after a short label at the start (`Databases:`, `Task runner:`, `Network & Cloud Security:`), not inside
    /// parentheses.
    static func labelColon(_ text: String) -> String.Index? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon]
        guard PlainTextWords.splitTopLevel(label, on: [",", ";"]).count == 1, !label.hasPrefix("("),
            MarkdownCues.namedWordCount(label) <= 4,
            !label.isEmpty, text.index(after: colon) < text.endIndex, !label.contains("http")
        else { return nil }
        return colon
    }

    private func nextIsContent(after i: Int, body: Range<Int>) -> Bool {
        var j = i + 1
        while j < body.upperBound, lines[j].isBlank { j += 1 }
        guard j < body.upperBound else { return false }
        if lines[j].bulletText != nil { return true }
        // `TOOLS` over `PostgreSQL`: a label in capitals over items that are not.
        if PlainTextSections.isUppercase(lines[i].text), !PlainTextSections.isUppercase(lines[j].text) { return true }
        // Two labels in a row: the first is a label only when the second is content.
        return !Self.isLabel(lines[j].text) || (j + 1 < body.upperBound && !lines[j + 1].isBlank && !Self.isLabel(lines[j + 1].text))
    }

    private func items(_ text: String, joined: Joined, offset: Int) -> [Skill] {
        var result: [Skill] = []
        for group in PlainTextWords.splitTopLevel(text, on: [";"]) {
            for piece in Self.andPieces(PlainTextWords.splitTopLevel(group, on: [","])) {
                let lead = piece.prefix(while: { $0 == " " }).unicodeScalars.count
                var t = PlainTextWords.trim(piece, " ")
                while t.hasSuffix("...") { t = String(t.dropLast(3)) }
                while t.hasSuffix("…") || t.hasSuffix(".") { t = String(t.dropLast()) }
                t = PlainTextWords.trim(t, " ")
                guard !t.isEmpty, t.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                // A sentence among the items is not a skill.
                guard MarkdownCues.namedWordCount(MarkdownSkillReader.outsideParentheses(t)) <= 6 else { continue }
                let pieceBase = offset + text.unicodeScalars.distance(from: text.startIndex, to: piece.startIndex)
                let startPos = joined.position(ofScalarOffset: pieceBase + lead)
                let endPos = joined.position(ofScalarOffset: pieceBase + lead + max(0, t.unicodeScalars.count - 1))
                let source = SourceRange(start: startPos, end: endPos)
                result.append(SkillText.parse(PlainTextWords.unligature(t), source: source))
            }
        }
        return result
    }

    /// ` · ` and ` • ` written as ` , `; a gap of three spaces or more between two items (`Go     Kafka     Redis`, a
    /// PDF's row of tags) starts with a comma.
    static func spacedSeparatorsAsCommas(_ text: String) -> String {
        // (On the bytes first: most lines hold none of them.)
        let utf8 = text.utf8
        guard utf8.containsBytes(of: "   ") || utf8.containsBytes(of: "·") || utf8.containsBytes(of: "•") else { return text }
        var scalars = Array(text.unicodeScalars)
        for k in scalars.indices.dropFirst().dropLast()
        where (scalars[k] == "·" || scalars[k] == "•") && scalars[k - 1] == " " && scalars[k + 1] == " " {
            scalars[k] = ","
        }
        var k = 1
        while k + 3 < scalars.count {
            if scalars[k] == " ", scalars[k + 1] == " ", scalars[k + 2] == " ", scalars[k - 1] != " ", scalars[k - 1] != "," {
                scalars[k] = ","
                k += 3
            } else {
                k += 1
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// Pieces without the `and` of a list's last item (`R, Stata, and Python`); ` and ` inside an item stays
    /// (`client and server software`).
    static func andPieces(_ pieces: [Substring]) -> [Substring] {
        pieces.map { piece in
            let trimmed = piece.drop(while: { $0 == " " })
            return trimmed.hasPrefix("and ") ? trimmed.dropFirst(4) : piece
        }
    }

    /// Tech words a section's items name, to tell a skills block (`DATABASE`, `WEB WORLD`) from one of
    /// interests or philosophy. Counts items that hold at least one name the skills lexicon knows.
    static func techShare(_ lines: [PlainTextLine], _ body: Range<Int>) -> (items: Int, tech: Int) {
        var items = 0
        var tech = 0
        for i in body where !lines[i].isBlank {
            items += 1
            if namesTechnology(lines[i].bulletText ?? lines[i].text) { tech += 1 }
        }
        return (items, tech)
    }

    /// Whether most lines of a section carry a year (`RubyConf - 2014, 2015`, `Speaker, PyCon 2019`): a list of events
    /// or entries, dated, which a list of skills never is, however many technologies its names mention.
    static func mostlyDated(_ lines: [PlainTextLine], _ body: Range<Int>) -> Bool {
        var items = 0
        var dated = 0
        for i in body where !lines[i].isBlank {
            items += 1
            if hasYear(lines[i].text) { dated += 1 }
        }
        return items > 0 && dated * 2 >= items
    }

    /// A year (19xx or 20xx) standing as a word of its own.
    static func hasYear(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.count >= 4 else { return false }
        func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        for k in 0...(u.count - 4) where (u[k] == 0x31 && u[k + 1] == 0x39) || (u[k] == 0x32 && u[k + 1] == 0x30) {
            guard digit(u[k + 2]), digit(u[k + 3]) else { continue }
            if k > 0, digit(u[k - 1]) || (u[k - 1] | 0x20 >= 0x61 && u[k - 1] | 0x20 <= 0x7A) { continue }
            if k + 4 < u.count, digit(u[k + 4]) { continue }
            return true
        }
        return false
    }

    /// Whether a line names a technology of the skills lexicon (`Swift, Kotlin`, `Databases: PostgreSQL`).
    static func namesTechnology(_ text: String) -> Bool {
        // Whole words first: `C++`, `C#` and `R` lose their meaning once split at `+` or kept out for length.
        for word in PlainTextWords.words(text) {
            let w = PlainTextWords.trim(word, " .,;:()\\")
            if w == "C" || w == "R" || w.hasSuffix("++") || w.hasSuffix("#"), SkillLexicon.canonical(w) != nil { return true }
        }
        // A `switch`, not a `Set<Character>`: the set's generic storage costs a conformance search on first use.
        func isSeparator(_ c: Character) -> Bool {
            switch c {
            case ",", ";", ":", "+", "/", "(", ")", "{", "}": return true
            default: return false
            }
        }
        for piece in text.split(whereSeparator: isSeparator) {
            let p = PlainTextWords.trim(piece, " .")
            if p.count > 1 || p == "C" || p == "R", SkillLexicon.canonical(p) != nil { return true }
            for w in PlainTextWords.words(p) where w.count > 1 {
                if SkillLexicon.canonical(PlainTextWords.trim(w, " .")) != nil { return true }
            }
        }
        return false
    }
}

extension String {
    fileprivate var trimmingTrailingColon: String {
        hasSuffix(":") ? PlainTextWords.trim(dropLast(), " ") : self
    }
}
