/// A section of a plain-text CV: its heading (nil for the top of the file) and its body lines.
struct PlainTextSection: Sendable {
    var title: String?
    var kind: SectionKind
    /// Line indices (0-based) of the heading, underline included.
    var heading: ClosedRange<Int>?
    /// Line indices (0-based) of the body.
    var body: Range<Int>
}

/// Finds the section headings of a plain-text CV, the way a reader sees them:
/// a line underlined with dots, dashes or equals signs (`CONTACT` / `.....`), a banner between two
/// rules, or a bare short line that names a section (`Skills`, `Employment`, `2. Education`).
/// When a CV underlines its headings, only underlined lines are headings.
enum PlainTextSections {
    static func isRule(_ text: String) -> Bool {
        // Most lines start with no mark: their first byte is none a mark starts with (`.-=_~*#`, `·` C2, the
        // others E2), and they are done before any `Character` is read or counted.
        guard let lead = text.utf8.first,
            lead == 0x2E || lead == 0x2D || lead == 0x3D || lead == 0x5F || lead == 0x7E || lead == 0x2A || lead == 0x23
                || lead == 0xC2 || lead == 0xE2
        else { return false }
        guard let first = text.first, ".-=_~*#·•─━═—–".contains(first), text.count >= 3 else { return false }
        if text.allSatisfy({ $0 == first || $0 == " " }) { return true }
        // `================= .`: a long rule with a stray mark after it.
        guard text.count >= 10, let last = text.last, last.isPunctuation, text.dropLast().last == " " else { return false }
        return text.dropLast(2).allSatisfy { $0 == first || $0 == " " }
    }

    /// The title of a line framed by runs of one rule mark (`****** Summary ******`, `== Skills ==`, `--- Work ---`);
    /// nil for any other text. Each run has at least two marks, the title has letters and is short.
    static func framedTitle(_ text: String) -> String? {
        let u = text.utf8
        guard u.count >= 7, u.count <= 80, let first = u.first, first == u.last,
            first == 0x2A || first == 0x3D || first == 0x2D || first == 0x23 || first == 0x7E || first == 0x5F
        else { return nil }
        let lead = u.prefix { $0 == first }.count
        let trail = u.reversed().prefix { $0 == first }.count
        guard lead >= 2, trail >= 2, lead + trail < u.count else { return nil }
        let inner = text.utf8.dropFirst(lead).dropLast(trail)
        // A space between the marks and the title: `**Bold**` is emphasis, not a frame.
        guard inner.first == 0x20, inner.last == 0x20 else { return nil }
        let title = PlainTextWords.clean(String(decoding: inner, as: UTF8.self))
        guard !title.isEmpty, title.count <= 60, title.contains(where: \.isLetter) else { return nil }
        return title
    }

    /// A heading written in spaced-out capitals by a PDF layout (`E X P E R I E N C E`, `POR T FO L I O`),
    /// its letters joined (`EXPERIENCE`); nil for any other text.
    static func despaced(_ text: String) -> String? {
        // A small ASCII letter is in a `Character` that is not a capital: most lines are done on this byte search.
        guard !text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        let pieces = text.split(separator: " ")
        guard pieces.count >= 4, pieces.allSatisfy({ p in p.count <= 4 && p.allSatisfy { $0.isLetter && $0.isUppercase } })
        else { return nil }
        let single = pieces.filter { $0.count == 1 }.count
        guard single * 10 >= pieces.count * 6 else { return nil }
        return pieces.joined()
    }

    /// A line in spaced-out capitals with its words put back (`P R O D U C T  M A N A G E R` → `PRODUCT MANAGER`):
    /// words are told apart by a wider gap, or else by a job-title word they end with (`MULTIMEDIADESIGNER` →
    /// `MULTIMEDIA DESIGNER`). Nil for any other text.
    static func despacedWords(_ text: String) -> String? {
        guard despaced(text) != nil else { return nil }
        var words: [String] = []
        for group in PlainTextWords.split(text, by: "  ") {
            guard let w = despaced(group) ?? (group.split(separator: " ").count < 4 ? group.filter { $0 != " " } : nil) else { return nil }
            if w.isEmpty { continue }
            let lower = w.lowercased()
            if let title = WordClasses.titleWords.first(where: { $0.count >= 5 && lower.hasSuffix($0) && lower.count >= $0.count + 3 }) {
                words.append(String(w.dropLast(title.count)))
                words.append(String(w.suffix(title.count)))
            } else {
                words.append(w)
            }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The kind of a name of the classifier's table written without its spaces (`workexperience`): spaced-out capitals
    /// lose the space between words. A name without a space is its own squashed form (`kinds`); the others are
    /// searched in the table's order (the first kind that lists a name wins, as in `kinds`), compared on their bytes
    /// with the spaces skipped: a CV asks this of a few headings, and a dictionary of every squashed name cost more
    /// to build (1.5 M instructions) than a CV's searches.
    static func squashedKind(_ key: String) -> SectionKind? {
        let k = Array(key.utf8)
        guard let first = k.first, !k.contains(0x20) else { return nil }
        if let kind = SectionClassifier.kinds[key] { return kind }
        for (kind, names) in SectionClassifier.table {
            for name in names {
                let bytes = name.utf8
                guard bytes.first == first, bytes.count > k.count else { continue }
                var i = 0
                var same = true
                for b in bytes where b != 0x20 {
                    if i == k.count || k[i] != b {
                        same = false
                        break
                    }
                    i += 1
                }
                if same, i == k.count { return kind }
            }
        }
        return nil
    }

    /// `1. `, `01. `, `2) `, `IV. `, `A. ` at the start of a heading.
    static func withoutNumbering(_ text: String) -> String {
        var s = Substring(text)
        let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 2 {
            let rest = s.dropFirst(digits.count)
            if let f = rest.first, f == "." || f == ")" || f == ":" {
                s = rest.dropFirst()
                return PlainTextWords.trim(s, " ")
            }
        }
        let roman = s.prefix(while: { "IVX".contains($0) })
        if !roman.isEmpty, roman.count <= 4, s.dropFirst(roman.count).hasPrefix(". ") {
            return PlainTextWords.trim(s.dropFirst(roman.count + 2), " ")
        }
        return text
    }

    /// The kind of a heading, and whether the heading is exactly a known name (not just one word of it).
    static func classify(_ title: String) -> (kind: SectionKind, exact: Bool) {
        let n = SectionClassifier.normalise(PlainTextWords.unligature(withoutNumbering(title)))
        guard !n.isEmpty else { return (.other, false) }
        if let kind = exactNames[n] { return (kind, true) }
        // `W O R K  E X P E R I E N C E` read as `WORKEXPERIENCE`.
        let squashed: String? = !n.contains(" ") ? n : despaced(title).map { SectionClassifier.normalise($0) }
        if let squashed {
            if let kind = squashedKind(squashed) { return (kind, true) }
            // `O P E N S O U RC E W O R K` (read `OPENSOURCEWORK`): the longest known name the capitals open with,
            // a short word after it.
            if title.count == squashed.count || despaced(title) != nil, !title.contains(where: \.isLowercase) {
                var k = squashed.count - 1
                while k >= 6, squashed.count - k <= 10 {
                    if let kind = squashedKind(String(squashed.prefix(k))) { return (kind, false) }
                    k -= 1
                }
            }
        }
        // `20 YEARS OF TECHNICAL EXPERTISE` holds the phrase `technical expertise`.
        let words = n.split(separator: " ")
        if words.count >= 3 {
            for length in 2...3 where words.count > length {
                for start in 0...(words.count - length) {
                    let phrase = words[start..<(start + length)].joined(separator: " ")
                    if let kind = exactNames[phrase] { return (kind, false) }
                }
            }
        }
        return (SectionClassifier.classify(n), false)
    }

    /// Every name of the classifier's table, normalised, with its kind (the first kind wins).
    static var exactNames: [String: SectionKind] { SectionClassifier.kinds }

    static func isUppercase(_ text: String) -> Bool {
        // On the bytes while they are ASCII: a small letter there answers (no character that starts with one is a
        // capital); an all-ASCII text is counted whole. Past the first other byte, the characters answer.
        var capitals = 0
        for b in text.utf8 {
            if b >= 0x80 { capitals = -1; break }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { capitals += 1 }
        }
        if capitals >= 0 { return capitals >= 3 }
        var letters = 0
        for c in text where c.isLetter {
            if !c.isUppercase { return false }
            letters += 1
        }
        return letters >= 3
    }

    static func find(in lines: [PlainTextLine]) -> [PlainTextSection] {
        var headings: [(range: ClosedRange<Int>, title: String, underlined: Bool)] = []
        var banners: Set<Int> = []
        var i = 0
        var underlined = 0
        var taken = -1
        while i < lines.count {
            defer { i += 1 }
            let t = lines[i].text
            // `****** Summary ******`, `=== Skills ===`: a heading framed by rules on its own line (html2text's
            // headings), as plain a heading as an underlined one.
            if i > taken, let title = framedTitle(t) {
                headings.append((i...i, title, true))
                underlined += 1
                taken = i
                continue
            }
            guard isRule(t) else { continue }
            // An underline is about as long as what it underlines, and never under a list item: a short rule under a long
            // line, or a rule under an item, opens a banner instead.
            if i >= 1, i - 1 > taken, !lines[i - 1].isBlank, !isRule(lines[i - 1].text), !lines[i - 1].isBullet, lines[i - 1].text.count <= 80,
                lines[i - 1].text.count <= 30 || t.count * 2 >= lines[i - 1].text.count
            {
                var first = i - 1
                // `20 YEARS OF TECHNICAL EXPERTISE` / `(details further down)` / `.....`
                if lines[i - 1].text.hasPrefix("("), i >= 2, i - 2 > taken, !lines[i - 2].isBlank, !isRule(lines[i - 2].text) {
                    first = i - 2
                }
                headings.append((first...i, lines[first].text, true))
                underlined += 1
                taken = i
                continue
            }
            // A banner: a rule, one to three lines, a rule.
            var k = i + 1
            var title: [String] = []
            while k < lines.count, k <= i + 4, !lines[k].isBlank, !isRule(lines[k].text) {
                title.append(lines[k].text)
                k += 1
            }
            if !title.isEmpty, k < lines.count, isRule(lines[k].text) {
                headings.append((i...k, title.joined(separator: " "), true))
                banners.insert(i)
                taken = k
                i = k
            }
        }
        if underlined + banners.count < 2 {
            headings = bareHeadings(in: lines)
        } else {
            // A CV that underlines its headings may leave the last one bare: an exact section name, in capitals like
            // the others, alone on its line after a blank one.
            let taken = Set(headings.flatMap { Array($0.range) })
            for h in bareHeadings(in: lines) where !taken.contains(h.range.lowerBound) {
                let t = lines[h.range.lowerBound].text
                // A hanging label (`Education: text` / indented text) is as plain a heading as an underlined one.
                if hangingLabel(h.range.lowerBound, in: lines) != nil {
                    headings.append(h)
                    continue
                }
                guard isUppercase(t), classify(t).exact, h.range.lowerBound > 0, lines[h.range.lowerBound - 1].isBlank else { continue }
                headings.append(h)
            }
            headings.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        // `Jane Q. Doe` / `=====` at the top of the file: a name underlined like a title (pandoc's setext title), not a
        // section; the top of the file, where the person is read, starts with it.
        if let h = headings.first, h.range.count == 2, h.underlined, lines[..<h.range.lowerBound].allSatisfy(\.isBlank),
            classify(PlainTextWords.clean(h.title)).kind == .other, PlainTextCVParser.looksLikeName(PlainTextWords.clean(h.title))
        {
            headings.removeFirst()
        }
        var sections: [PlainTextSection] = []
        let firstHeading = headings.first?.range.lowerBound ?? lines.count
        sections.append(PlainTextSection(title: nil, kind: .summary, heading: nil, body: 0..<firstHeading))
        for (n, h) in headings.enumerated() {
            let end = n + 1 < headings.count ? headings[n + 1].range.lowerBound : lines.count
            let title = PlainTextWords.clean(h.title)
            let classified = classify(title)
            var kind = classified.kind
            let exact = classified.exact
            let body = min(h.range.upperBound + 1, end)..<end
            // `Technical Experience` over lists of technologies is a skills section.
            if kind == .experience, SectionClassifier.mayListTechnologies(title) {
                let share = PlainTextSkills.techShare(lines, body)
                if share.tech > 0, share.tech * 2 >= share.items { kind = .skills }
            }
            // A banner (`Eight years of shipping software / Details`) names a section only by its exact name.
            sections.append(
                PlainTextSection(
                    title: despaced(title) ?? title, kind: banners.contains(h.range.lowerBound) && !exact ? .other : kind,
                    heading: h.range, body: body))
        }
        for (k, kind) in SectionClassifier.summaryKinds(sections.map { $0.title ?? "" }, sections.map(\.kind)).enumerated()
        where kind != sections[k].kind {
            sections[k].kind = kind
        }
        return sections
    }

    /// Headings written as bare lines: `Skills`, `Employment`, `EDUCATION`, `3. Projects`, `Interests And Hobbies`.
    private static func bareHeadings(in lines: [PlainTextLine]) -> [(range: ClosedRange<Int>, title: String, underlined: Bool)] {
        var result: [(range: ClosedRange<Int>, title: String, underlined: Bool)] = []
        var current: SectionKind = .summary
        var currentLine = -1
        var lineCounts: [String: Int]?
        func writtenOnce(_ name: String) -> Bool {
            if lineCounts == nil { lineCounts = countedLines(lines) }
            return (lineCounts?[SectionClassifier.normalise(name)] ?? 0) < 2
        }
        for (i, line) in lines.enumerated() {
            let raw = line.text
            if let label = hangingLabel(i, in: lines), classify(label).exact, classify(label).kind != current,
                [.experience, .education, .skills, .projects].contains(classify(label).kind)
            {
                result.append((i...i, label, false))
                current = classify(label).kind
                currentLine = i
                continue
            }
            guard !raw.isEmpty, raw.utf8.count <= 60, !line.isBullet else { continue }
            // A name the layout set in the left margin beside its body heads its section, known to the table or not.
            if line.marginHeading {
                result.append((i...i, raw, false))
                current = classify(raw).kind
                currentLine = i
                continue
            }
            // Cheap tests first: most lines are not headings.
            guard !raw.utf8.contains(where: { $0 == 0x3B || $0 == 0x40 || $0 == 0x28 || $0 == 0x22 }) else { continue }
            // `Knowledge, Skills, and Abilities:`: commas only between the capitalised names of a series.
            guard !raw.utf8.contains(0x2C) || isNameSeries(raw) else { continue }
            // The end of a quotation wrapped onto its own line (`Community”`) is no heading.
            guard !raw.contains(where: { $0 == "”" || $0 == "»" || $0 == "“" }) else { continue }
            var t = despaced(raw) ?? withoutNumbering(raw)
            if t.hasSuffix(":") { t = String(t.dropLast()) }
            guard !t.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) else { continue }
            let words = PlainTextWords.words(t)
            guard !words.isEmpty, words.count <= 6 else { continue }
            // (A script without capitals, `教育经历`, writes its headings as capitals are written: told by their names.)
            let upper = isUppercase(t) || !t.contains(where: { $0.isUppercase || $0.isLowercase })
            // `education`, `awards`: a class that sets its headings in small letters writes the exact name alone on its
            // line (after a blank line, or a line that does not run on into it), over the section's first dated line or item.
            // (The cheap tests first: most lines in small letters are no heading, and `classify` is dear.)
            if !upper, !PlainTextWords.startsCapitalised(t) {
                guard words.count <= 3, t.allSatisfy({ !$0.isLetter || $0.isLowercase }),
                    i == 0 || lines[i - 1].isBlank || !runsOn(lines[i - 1].text) && !PlainTextWords.endsSentence(t),
                    let n = lines.indices[(i + 1)...].first(where: { !lines[$0].isBlank }), n <= i + 2,
                    lines[n].isBullet || DateParser.hasDate(lines[n].text), classify(t).exact
                else { continue }
            }
            var (kind, exact) = classify(t)
            if kind == .other {
                // `Positions of Responsibility` standing out at the margin over items and no dates (a section of a name
                // the table does not know): a heading of its own, not the section above going on.
                guard standsOut(i, in: lines), lines[i + 1].isBullet, !PlainTextWords.hasTitleWord(t),
                    PlainTextWords.titleCaseRatio(t) >= 0.99, WordClasses.organisationScore(t) == 0, words.count <= 4,
                    !lines[i...].prefix(4).contains(where: { DateParser.hasDate($0.text) })
                else { continue }
                exact = true
            }
            if currentLine >= 0, isIndentedLabel(i, under: currentLine, in: lines) { continue }
            // `Key Achievements` under each post of an experience section: a name that heads a part of every entry,
            // written on its own line twice or more, is no section (a CV names each section once).
            if current == .experience || current == .projects, kind != current, ![.education, .skills].contains(kind) {
                if lineCounts == nil { lineCounts = countedLines(lines) }
                if (lineCounts?[SectionClassifier.normalise(t)] ?? 0) >= 2 { continue }
            }
            let prevBlank = i == 0 || lines[i - 1].isBlank
            // Inside a skills section, `Development languages` or `Languages` is a category, not a section.
            if current == .skills, kind == .languages || kind == .skills || !exact { continue }
            if exact {
                // Text with no blank lines (PDF text): an exact name alone on its line is a heading when an item or a
                // dated line follows it and the line before it does not run on into it (`…, and` / `Leadership`).
                let opensBody = i + 1 < lines.count && (lines[i + 1].isBullet || DateParser.hasDate(lines[i + 1].text))
                // (`… how they can be exploited.` / `Education` / `Northfield University`: after a finished sentence, over a
                // capitalised line, a name written once in the CV heads its section too, unless it stands among entries:
                // `Tools` under a post's sentences may be a part of that post.)
                guard prevBlank || upper || (i + 1 < lines.count && lines[i + 1].isBlank) || opensBody && !runsOn(lines[i - 1].text)
                    || standsOut(i, in: lines)
                    || setsInItsBody(i, in: lines)
                    || lines[i - 1].text.hasSuffix(".") && PlainTextWords.endsSentence(lines[i - 1].text) && i + 1 < lines.count
                        && PlainTextWords.startsCapitalised(lines[i + 1].text) && writtenOnce(t)
                        && ![.experience, .projects, .education, .volunteering].contains(current)
                else { continue }
            } else {
                // `Computer Skills`, or a name and its qualifier in sentence case (`Compétences informatiques`, `Software skills`).
                let headNoun = words.count <= 3 && words.contains { exactNames[SectionClassifier.normalise(String($0))] == kind }
                // (Capitals spaced out by a PDF's layout head a section whatever stands above them.)
                guard words.count <= 4, prevBlank || line.despaced || despaced(raw) != nil || standsOut(i, in: lines) || setsInItsBody(i, in: lines),
                    !PlainTextWords.hasTitleWord(t),
                    upper || PlainTextWords.titleCaseRatio(t) >= 0.99 || headNoun
                else { continue }
            }
            if i + 1 < lines.count, isRule(lines[i + 1].text) {
                result.append((i...(i + 1), raw, true))
            } else {
                result.append((i...i, raw, false))
            }
            current = kind
            currentLine = i
        }
        return result
    }

    /// How often each short line not in a list is written (its words normalised, a trailing colon dropped).
    static func countedLines(_ lines: [PlainTextLine]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in lines where !line.isBlank && !line.isBullet && line.text.utf8.count <= 60 {
            var t = withoutNumbering(line.text)
            if t.hasSuffix(":") { t = String(t.dropLast()) }
            counts[SectionClassifier.normalise(t), default: 0] += 1
        }
        return counts
    }

    /// `Key Projects` at the left margin between lines indented further (PDF text without blank lines, each section's
    /// lines set in from its heading): the line stands out to the left of the lines around it.
    static func standsOut(_ i: Int, in lines: [PlainTextLine]) -> Bool {
        guard i > 0, i + 1 < lines.count, !lines[i - 1].isBlank, !lines[i + 1].isBlank else { return false }
        let column = lines[i].column
        return lines[i - 1].column > column && lines[i + 1].column > column
    }

    /// `Education` at the left margin over lines set in from it, after a line that does not run on into it.
    static func setsInItsBody(_ i: Int, in lines: [PlainTextLine]) -> Bool {
        guard i > 0, i + 1 < lines.count, lines[i].column == 0, !lines[i + 1].isBlank else { return false }
        return lines[i + 1].column > 0 && !runsOn(lines[i - 1].text)
    }

    /// `Knowledge, Skills, and Abilities:`, `Honours, Awards & Grants`: a heading that names several things, each one or
    /// two capitalised words, the last after `and` / `&`, ending with a colon or nothing.
    static func isNameSeries(_ text: String) -> Bool {
        // (Most lines with a comma join no series by `and` / `&`: told on the bytes first.)
        guard text.utf8.containsBytes(of: " and ") || text.utf8.containsBytes(of: " & ") || text.utf8.containsBytes(of: " And ") else { return false }
        var t = Substring(text)
        if t.hasSuffix(":") { t = t.dropLast() }
        let pieces = t.split(separator: ",", omittingEmptySubsequences: false).map { $0.split(separator: " ") }
        guard pieces.count >= 2, pieces.count <= 4, let last = pieces.last, last.first == "and" || last.first == "&" else { return false }
        return pieces.enumerated().allSatisfy { k, words in
            let names = k == pieces.count - 1 ? words.dropFirst() : words[...]
            return !names.isEmpty && names.count <= 2 && names.allSatisfy { $0.first?.isUppercase == true }
        }
    }

    /// Whether a line's text runs on into the next line: it ends with a comma, a hyphen or a word that needs one
    /// after it (`and`, `of`, `the`).
    static func runsOn(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if last == "," || last == "-" || last == "&" || last == "/" { return true }
        let word = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["and", "or", "of", "the", "a", "an", "in", "with", "for", "to", "at", "on", "by"].contains(word)
    }

    /// `Education: top of my class in every year, and` / `           with honours.`: a label at the left margin
    /// whose text hangs, its next line indented to where the text after the colon starts. Nil for any other line.
    static func hangingLabel(_ i: Int, in lines: [PlainTextLine]) -> String? {
        let line = lines[i]
        guard line.column == 1, !line.isBullet, i + 1 < lines.count, lines[i + 1].column > 4, !lines[i + 1].isBlank,
            let colon = line.text.firstIndex(of: ":")
        else { return nil }
        let label = line.text[..<colon]
        guard !label.isEmpty, label.count <= 30, label.first?.isUppercase == true else { return nil }
        let after = line.text[line.text.index(after: colon)...]
        let spaces = after.prefix(while: { $0 == " " }).count
        guard spaces >= 1, spaces < after.count else { return nil }
        return line.text.distance(from: line.text.startIndex, to: colon) + 1 + spaces + 1 == lines[i + 1].column ? String(label) : nil
    }

    /// Under a heading at the left margin, a line indented as the section's own text is (`    Achievements:` among
    /// lines indented by four) labels a part of that section, not a section of its own.
    static func isIndentedLabel(_ i: Int, under heading: Int, in lines: [PlainTextLine]) -> Bool {
        let column = lines[i].column
        guard lines[heading].column == 1, column > 2 else { return false }
        var same = 0
        var all = 0
        for k in (heading + 1)..<i where !lines[k].isBlank {
            all += 1
            if lines[k].column == column { same += 1 }
        }
        return all >= 2 && same * 2 >= all
    }
}
