/// Reads a plain-text CV (typed, or extracted from a PDF) the way a careful reader does.
///
/// - Sections start at headings (see `PlainTextSections`): underlined lines, banners, or bare lines
///   that name a section. Every heading is kept in `headings`; sections the model has no place for
///   are kept as `NamedSection`s, never dropped.
/// - The person is read from the lines above the first heading (name, headline, e-mail, phone, links)
///   and from a contact section; other text above the first heading is the summary.
/// - Jobs, degrees and projects are read by the shared reader (`EntryFinder`) from cue lines; dates split across lines
///   by PDF extraction are put back together first (see `PlainTextDates`).
/// - A section the classifier does not know (`WEB WORLD`, `DATABASE`) is read as skills when its
///   items name technologies the skills lexicon knows.
///
/// Plain text has no syntax to get wrong, so this parser never throws on text: input without any
/// structure gives a document without roles.
public struct PlainTextCVParser: CVParser {
    public init() {}

    /// Lines read for structure; a CV is a few hundred lines long.
    public static let maximumLines = 2000

    public func parse(_ text: String) throws -> CVDocument {
        // No CV is this long: past the limit the text is kept as it is, not read for structure.
        let read = Self.lines(of: PlainTextWords.withoutZeroWidth(text), limit: Self.maximumLines)
        var lines = PlainTextColumns.unstack(read.0)
        let rest = read.1
        Self.attachLoneBulletMarks(&lines)
        Self.blankPageMarks(&lines)
        lines = PlainTextColumns.marginHeadings(lines)
        // `P R O D U C T  M A N A G E R`: PDF extraction spaced out the capitals of a title or a heading.
        for k in lines.indices where lines[k].text.utf8.count >= 7 && lines[k].text.utf8.prefix(4).contains(0x20) {
            if let words = PlainTextSections.despacedWords(lines[k].text) {
                lines[k].text = words
                lines[k].despaced = true
            }
        }
        let textLines = PlainTextRanges(lines)
        let sections = PlainTextSections.find(in: lines)
        var doc = CVDocument(format: .plainText)
        var blocks: [PlainTextDateBlock] = []
        var budget = PlainTextDates.maximumDateLines
        for section in sections where section.heading != nil {
            blocks += PlainTextDates.analyse(&lines, in: section.body, budget: &budget)
        }
        // Person and summary from the top of the file.
        if let top = sections.first {
            readTop(top.body, lines: lines, textLines: textLines, into: &doc)
        }
        var group = 0
        for section in sections {
            guard let heading = section.heading, let title = section.title else { continue }
            var kind = section.kind
            let headingRange = textLines.range(lines: lines[heading.lowerBound].number, lines[heading.lowerBound].number)
            if kind == .other || kind == .languages {
                let share = PlainTextSkills.techShare(lines, section.body)
                let needed = kind == .languages ? 0.5 : 0.2
                if share.tech > 0, Double(share.tech) >= needed * Double(share.items), !PlainTextSkills.mostlyDated(lines, section.body) {
                    kind = .skills
                }
            }
            doc.headings.append(SectionHeading(title: title, kind: kind, source: headingRange))
            switch kind {
            case .experience, .projects, .volunteering:
                let cues = PlainTextCueLines.lines(lines, section.body, blocks: blocks, ranges: textLines)
                let finder = EntryFinder(cues, purpose: kind == .projects ? .projects : .roles)
                let roles = finder.roles(section: title, group: &group)
                doc.education += finder.degrees()
                if kind == .projects {
                    doc.projects += roles.map {
                        Project(
                            name: $0.organisation ?? $0.title ?? "", role: $0.organisation == nil ? nil : $0.title,
                            dates: $0.dates, text: $0.text, bullets: $0.bullets, source: $0.source)
                    }
                } else if kind == .volunteering {
                    // Volunteering laid out as jobs holds no post (as in Markdown): items of its section.
                    doc.sections.append(namedSection(section, title: title, kind: kind, lines: lines, textLines: textLines))
                } else {
                    doc.roles += roles
                    doc.projects += finder.researchProjects(section: title)
                    // Memberships, a thesis, volunteering laid out as jobs: items of the section.
                    let items = finder.notHeldItems(section: title)
                    if let first = items.first, let last = items.last {
                        doc.sections.append(NamedSection(title: title, kind: kind, items: items, source: first.source.union(last.source)))
                    }
                }
            case .education:
                let cues = PlainTextCueLines.lines(lines, section.body, blocks: blocks, ranges: textLines)
                doc.education += EntryFinder(cues, purpose: .education).education()
            case .skills:
                let reader = PlainTextSkills(lines: lines, textLines: textLines)
                let isSkillsHeading = SectionClassifier.classify(title) == .skills
                let end = reader.end(of: section.body)
                doc.skills += reader.read(section.body.lowerBound..<end, defaultName: isSkillsHeading ? nil : title)
                // What follows the skills list (a section whose heading was not seen) is kept as text.
                if end < section.body.upperBound {
                    // (`Relevant Courses` under the skills: its own section, named as written.)
                    let courses = PlainTextSkills.courseHeading(lines[end].text)
                    let rest = PlainTextSection(title: nil, kind: .other, heading: nil, body: end..<section.body.upperBound)
                    doc.sections.append(namedSection(rest, title: courses ?? "", kind: .other, lines: lines, textLines: textLines))
                }
            case .summary:
                let reader = PlainTextBody(lines: lines, body: section.body, textLines: textLines)
                let skillLines = Self.labelledSkillLines(section.body, lines: lines)
                if !skillLines.isEmpty {
                    let skillReader = PlainTextSkills(lines: lines, textLines: textLines)
                    for run in skillLines { doc.skills += skillReader.read(run, defaultName: nil) }
                }
                let body = reader.readBody(Self.closed(section.body), skipping: Set(skillLines.flatMap { $0 }))
                let paragraphs = body.text + body.bullets
                if !paragraphs.isEmpty {
                    doc.summary = Self.merge(doc.summary, paragraphs)
                }
            case .contact:
                for i in section.body { readContact(lines[i], textLines: textLines, into: &doc.person) }
            default:
                // `Teaching` laid out as jobs (each entry a title at an organisation, dated): teaching posts are roles.
                if kind == .other, SectionClassifier.normalise(title).split(separator: " ").contains("teaching") {
                    let cues = PlainTextCueLines.lines(lines, section.body, blocks: blocks, ranges: textLines)
                    var posts = group
                    let roles = EntryFinder(cues, purpose: .roles).roles(section: title, group: &posts)
                    if roles.count >= 2, roles.allSatisfy({ r in
                        r.organisation != nil && r.start != nil && WordClasses.titleScore(r.title ?? "") > 0
                    }) {
                        doc.roles += roles
                        group = posts
                        continue
                    }
                }
                doc.sections.append(namedSection(section, title: title, kind: kind, lines: lines, textLines: textLines))
            }
        }
        doc.roles = OpeningPosts.readingOpenPosts(RepeatedRoles.droppingOverviews(doc.roles))
        if let rest {
            let first = lines.count + 1
            var lastLength = 0
            var count = 0
            for b in rest.utf8.reversed() {
                if b == 0x0A { break }
                if b & 0xC0 != 0x80 { lastLength += 1 }
            }
            for b in rest.utf8 where b == 0x0A { count += 1 }
            let last = first + count
            let source = SourceRange(start: SourcePosition(line: first, column: 1), end: SourcePosition(line: last, column: max(1, lastLength)))
            doc.notes.append(
                ParseNote(
                    kind: .other, message: "the text has \(last) lines; lines after \(Self.maximumLines) are kept as text, not read as CV sections",
                    source: source))
            doc.sections.append(
                NamedSection(title: "", kind: .other, items: [Bullet(text: PlainTextWords.clean(rest), source: source)], source: source))
        }
        return doc
    }

    // MARK: - Lines

    /// The first `limit` lines, and the text after them (nil when there is none).
    static func lines(of text: String, limit: Int = .max) -> ([PlainTextLine], Substring?) {
        var result: [PlainTextLine] = []
        // Byte offsets of the line ends, found over the contiguous UTF-8 storage.
        var text = text
        text.makeContiguousUTF8()
        let ends: [Int] = text.utf8.withContiguousStorageIfAvailable { buffer -> [Int] in
            var ends: [Int] = []
            var i = 0
            while i < buffer.count, ends.count < limit {
                if buffer[i] == 0x0A { ends.append(i) }
                i += 1
            }
            return ends
        } ?? []
        var start = text.utf8.startIndex
        var startOffset = 0
        var number = 0
        for endOffset in ends + [text.utf8.count] {
            number += 1
            let end = text.utf8.index(start, offsetBy: endOffset - startOffset)
            if number > limit {
                return (result, text[start...])
            }
            let raw = text[start..<end]
            // A form feed (a page break of PDF extraction) at the start of a line is no indentation.
            let lead = raw.prefix(while: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{FEFF}" || $0 == "\u{000C}" })
            var trimmed = raw[lead.endIndex...]
            while let l = trimmed.last, l.isWhitespace { trimmed = trimmed.dropLast() }
            // A lone full stop between entries separates them, as a blank line does.
            if trimmed == "." { trimmed = trimmed.dropLast() }
            let feeds = lead.utf8.contains(0x0C) ? lead.utf8.reduce(0) { $0 + ($1 == 0x0C ? 1 : 0) } : 0
            var line = PlainTextLine(number: number, text: String(trimmed), column: lead.unicodeScalars.count - feeds + 1)
            // Columns count Unicode scalars; past 512 bytes the byte count stands in for them.
            line.length = raw.utf8.count <= 512 ? raw.unicodeScalars.count : raw.utf8.count
            line.bulletText = bulletText(of: trimmed)
            if lead.first == "\t", lead.allSatisfy({ $0 == "\t" }) { line.tabs = lead.utf8.count }
            result.append(line)
            if end < text.utf8.endIndex {
                start = text.utf8.index(after: end)
                startOffset = endOffset + 1
            }
        }
        return (result, nil)
    }

    /// The text after the bullet marker a line starts with (nil: no bullet; a rule of dashes is none).
    static func bulletText(of trimmed: Substring) -> String? {
        guard let b = PlainTextWords.bulletText(trimmed) else { return nil }
        let t = PlainTextWords.trim(b, " ")
        return !t.isEmpty && !(trimmed.first == "-" && PlainTextSections.isRule(String(trimmed))) ? t : nil
    }

    /// Page numbers and running footers that PDF extraction leaves between the lines of a CV are no part of it:
    /// `2/9`, `Page 2 of 9`, `- 2 -`, and a line that comes back on several pages with only its last number changed
    /// (`March 6, 2026   Jane Doe · Résumé   2`). Such lines become blank, when they occur twice or more.
    static func blankPageMarks(_ lines: inout [PlainTextLine]) {
        var groups: [String: [Int]] = [:]
        for k in lines.indices {
            let t = lines[k].text
            guard let last = t.unicodeScalars.last, ("0"..."9").contains(last), t.utf8.count <= 160 else { continue }
            // `Jane Roe                                  1/2`: a footer that counts the pages, once is enough.
            if isFooterPageCount(t) {
                lines[k].text = ""
                lines[k].bulletText = nil
                continue
            }
            let words = PlainTextWords.words(t)
            guard let number = words.last, number.count <= 3, number.allSatisfy(\.isNumber) || isPageNumber(t) else { continue }
            if isPageNumber(t) {
                groups["#page", default: []].append(k)
            } else if words.count >= 4 {
                groups[words.dropLast().joined(separator: " "), default: []].append(k)
            }
        }
        for (key, ks) in groups where ks.count >= 2 {
            let numbers = Set(ks.map { PlainTextWords.words(lines[$0].text).last.map(String.init) ?? "" })
            guard key == "#page" || numbers.count == ks.count else { continue }
            for k in ks {
                lines[k].text = ""
                lines[k].bulletText = nil
            }
        }
    }

    /// `Jane Roe                 1/2`: a short text, a wide gap, then `N/M` with N at most M (a page of a few).
    static func isFooterPageCount(_ text: String) -> Bool {
        guard let gap = text.firstRange(of: "     "), MarkdownCues.wordCount(text[..<gap.lowerBound]) <= 6 else { return false }
        let tail = text[gap.upperBound...].trimmingCharacters(in: " ")
        let parts = tail.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(parts[0]), let m = Int(parts[1]) else { return false }
        return n >= 1 && n <= m && m <= 20
    }

    /// `2/9`, `2 / 9`, `Page 2`, `Page 2 of 9`, `- 2 -`.
    static func isPageNumber(_ text: String) -> Bool {
        let words = PlainTextWords.words(text.lowercased()).map(String.init)
        let isNumber = { (w: String) in !w.isEmpty && w.count <= 3 && w.allSatisfy(\.isNumber) }
        switch words.count {
        case 1:
            let parts = words[0].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            return parts.count == 2 && parts.allSatisfy(isNumber)
        case 2: return ["page", "seite", "página", "pagina", "pág"].contains(words[0]) && isNumber(words[1])
        case 3: return isNumber(words[0]) && words[1] == "/" && isNumber(words[2]) || words[0] == "-" && isNumber(words[1]) && words[2] == "-"
        case 4: return ["page", "seite", "página", "pagina"].contains(words[0]) && isNumber(words[1]) && ["of", "de", "von", "sur", "di", "/"].contains(words[2]) && isNumber(words[3])
        default: return false
        }
    }

    /// Bullet glyphs that PDF extraction may write on lines of their own.
    static let glyphMarkers: Set<String> = ["•", "●", "▪", "■", "◦", "‣", "►", "➢", "✓", "·", "➔", "➤", "▸", "❖", "◆", "✔", "⮚"]

    /// A PDF extraction may write a list's bullet glyphs as a block of lone lines (`●` / `●` / `●`) before the texts
    /// of the items: the glyphs are given back to the lines that follow them, one item per glyph, where those lines
    /// (up to a blank line) make as many items: each line, or each line that starts with a capital and the lines in
    /// lower case after it (a wrapped item). The lone glyph lines become blank.
    static func attachLoneBulletMarks(_ lines: inout [PlainTextLine]) {
        var i = 0
        while i < lines.count {
            guard glyphMarkers.contains(lines[i].text) else { i += 1; continue }
            var end = i
            while end < lines.count, glyphMarkers.contains(lines[end].text) { end += 1 }
            let marks = end - i
            var first = end
            while first < lines.count, lines[first].isBlank { first += 1 }
            var last = first
            while last < lines.count, !lines[last].isBlank, !glyphMarkers.contains(lines[last].text) { last += 1 }
            let texts = first..<last
            let starts = texts.filter { k in
                k == first || !(lines[k].text.first?.isLowercase ?? false)
            }
            let items = texts.count == marks ? Array(texts) : starts.count == marks ? starts : []
            if !items.isEmpty, lines[texts].allSatisfy({ !$0.isBullet }) {
                for k in i..<end { lines[k].text = "" }
                for k in items { lines[k].bulletText = lines[k].text }
            }
            i = max(end, last)
        }
    }

    static func closed(_ r: Range<Int>) -> ClosedRange<Int> {
        r.isEmpty ? r.lowerBound...r.lowerBound : r.lowerBound...(r.upperBound - 1)
    }

    static func merge(_ summary: Bullet?, _ paragraphs: [Bullet]) -> Bullet? {
        var all = (summary.map { $0.children.isEmpty ? [$0] : $0.children } ?? []) + paragraphs
        all = all.filter { !$0.text.isEmpty }
        guard let first = all.first, let last = all.last else { return summary }
        let source = first.source.union(last.source)
        let text = all.map(\.text).joined(separator: " ")
        return Bullet(text: text, children: all.count > 1 ? all : [], source: source)
    }

    // MARK: - Person

    /// A name: two to five capitalised words, no digits or punctuation of a sentence.
    static func looksLikeName(_ text: String) -> Bool {
        let words = PlainTextWords.words(text)
        guard (2...5).contains(words.count), text.count <= 50 else { return false }
        guard !text.contains(where: { $0.isNumber || $0 == "@" || $0 == ":" || $0 == "," || $0 == "/" }) else { return false }
        guard !PlainTextWords.hasTitleWord(text), PlainTextSections.classify(text).kind == .other || PlainTextSections.classify(text).exact == false
        else { return false }
        return words.allSatisfy { w in
            guard let f = w.first(where: \.isLetter) else { return false }
            return f.isUppercase && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
        }
    }

    /// `janeroe.example.org`, `www.example.com/jane`: one word, a dot between letters, no capital: an address, no headline.
    static func isWebAddress(_ text: String) -> Bool {
        let t = PlainTextWords.trim(text, " ")
        guard !t.contains(" "), let dot = t.firstIndex(of: "."), dot > t.startIndex, t.index(after: dot) < t.endIndex,
            t[t.index(after: dot)].isLetter
        else { return false }
        return !t.contains(where: \.isUppercase)
    }

    /// `Proficient: Go, Rust, Redis.` / `Others: Kafka, Nginx,` / `Terraform.` in a summary: runs of lines that each label
    /// a list of skills (a label of the skills vocabulary, or after such a line any short label over two known
    /// technologies or more; `SkillLines.items`), with the lines that go on a list ending in a comma.
    static func labelledSkillLines(_ body: Range<Int>, lines: [PlainTextLine]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = body.lowerBound
        let none = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
        func labelled(_ k: Int, afterSkills: Bool) -> Bool {
            let t = lines[k].bulletText ?? lines[k].text
            guard t.utf8.count <= 400, let colon = PlainTextSkills.labelColon(t) else { return false }
            let rest = String(t[t.index(after: colon)...])
            return SkillLines.items(label: String(t[..<colon]), rest: rest, source: none, afterSkills: afterSkills) != nil
        }
        while i < body.upperBound {
            guard !lines[i].isBlank, labelled(i, afterSkills: false) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < body.upperBound, !lines[j].isBlank,
                labelled(j, afterSkills: true) || lines[j - 1].text.hasSuffix(",") && PlainTextSkills.labelColon(lines[j].text) == nil
            {
                j += 1
            }
            runs.append(i..<j)
            i = j
        }
        return runs
    }

    /// `JO PARK - Software Engineer      +1 555 0100 | jo@example.org | GitHub` → (`JO PARK`, `Software Engineer`): a
    /// first column (up to a gap of three spaces or more, a `|`, or the first number, address or link) that is a name,
    /// alone or before a dash and a title, on a line whose rest holds contact details (an address, a link or a phone
    /// number).
    static func nameBeforeContacts(_ text: String) -> (String, String?)? {
        guard text.utf8.count <= 200 else { return nil }
        var end = text.endIndex
        if let gap = text.byteRange(of: "   ") { end = gap.lowerBound }
        if let bar = text.firstIndex(of: "|"), bar < end { end = bar }
        // (`… Engineer (+1)555 0100 jo@example.org`: a phone number or an address starts the contacts.)
        var wordStart = text.startIndex
        var i = text.startIndex
        while i < end {
            let c = text[i]
            if c == " " {
                wordStart = text.index(after: i)
            } else if c.isNumber {
                end = wordStart
            } else if c == "@" || c == ":" && text[i...].hasPrefix("://") || c == "w" && i == wordStart && text[i...].hasPrefix("www.") {
                end = wordStart
            }
            i = text.index(after: i)
        }
        let lead = PlainTextWords.trim(text[..<end], " ")
        let rest = String(text[end...])
        guard !lead.isEmpty, !rest.isEmpty,
            rest.utf8.contains(0x40) || rest.utf8.containsBytes(of: "http") || rest.utf8.containsBytes(of: "www.")
                || rest.filter(\.isNumber).count >= 7
        else { return nil }
        if looksLikeName(lead) { return (lead, nil) }
        guard let cut = lead.firstSpacedDash() else { return nil }
        let name = PlainTextWords.trim(lead[..<cut.lowerBound], " ")
        let post = PlainTextWords.trim(lead[cut.upperBound...], " ")
        guard looksLikeName(name), PlainTextWords.hasTitleWord(post), PlainTextWords.words(post).count <= 6 else { return nil }
        return (name, post)
    }

    /// `Jo Park, Data Engineer`, `Jo Park, PhD` → (`Jo Park`, `Data Engineer`): a name, one comma, then a post (a title word
    /// among six words at most) or a degree.
    static func nameAndPost(_ text: String) -> (String, String)? {
        guard text.utf8.count <= 80, let comma = text.firstIndex(of: ","), text[text.index(after: comma)...].firstIndex(of: ",") == nil
        else { return nil }
        let name = PlainTextWords.trim(text[..<comma], " ")
        let post = PlainTextWords.trim(text[text.index(after: comma)...], " ")
        guard looksLikeName(name), !post.isEmpty, PlainTextWords.words(post).count <= 6, !PlainTextWords.endsSentence(post),
            PlainTextWords.hasTitleWord(post) || WordClasses.degreeScore(post) > 0
        else { return nil }
        return (name, post)
    }

    /// `Springfield, IL 62704`, `Leeds, England`: a town, a comma, then a region or country (a code or a name) and
    /// maybe a postcode; the last line of a postal address.
    static func isTownLine(_ text: String) -> Bool {
        guard text.utf8.count <= 50, !text.contains("@"), let comma = text.lastIndex(of: ",") else { return false }
        let town = PlainTextWords.words(text[..<comma])
        let region = PlainTextWords.words(text[text.index(after: comma)...])
        guard (1...3).contains(town.count), town.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }),
            (1...3).contains(region.count)
        else { return false }
        let name = region.prefix { !$0.contains(where: \.isNumber) }
        let code = region.dropFirst(name.count)
        guard code.allSatisfy({ $0.count <= 6 && $0.contains(where: \.isNumber) }) else { return false }
        let place = name.joined(separator: " ")
        return WordClasses.placeCodes.contains(place) || WordClasses.places.contains(place.lowercased())
    }

    /// `832 Elm Tree Ct.`: a house number and a street, the line above a town line.
    static func isStreetLine(_ text: String) -> Bool {
        let words = PlainTextWords.words(text)
        guard (3...8).contains(words.count), text.utf8.count <= 60, !text.contains("@"),
            let first = words.first, first.count <= 5, first.first?.isNumber == true
        else { return false }
        return words.dropFirst().allSatisfy { !$0.contains(where: \.isNumber) } && words[1].first?.isUppercase == true
    }

    /// `YASSINE AZZOUT` → `Yassine Azzout`; names in mixed case stay as written.
    static func nameCase(_ text: String) -> String {
        guard PlainTextSections.isUppercase(text) else { return text }
        return PlainTextWords.words(text).map { w -> String in
            var out = ""
            var startOfPart = true
            for c in w {
                out += startOfPart ? String(c) : c.lowercased()
                startOfPart = c == "-" || c == "'" || c == "’"
            }
            return out
        }.joined(separator: " ")
    }

    private func readTop(_ body: Range<Int>, lines: [PlainTextLine], textLines: PlainTextRanges, into doc: inout CVDocument) {
        var skip: Set<Int> = []
        var seen = 0
        for i in body where !lines[i].isBlank {
            let t = lines[i].text
            // The rule under an underlined name, or between the contact lines and the rest: no text.
            if PlainTextSections.isRule(t) {
                skip.insert(i)
                continue
            }
            // `Resume` / `JANE ROE`: a title that names the document, not the person, over the name.
            if seen == 0, SectionClassifier.documentTitles.contains(SectionClassifier.normalise(t)) {
                skip.insert(i)
                continue
            }
            seen += 1
            // Contact details sit at the top; further down only a line with an address or a link is read for them.
            if seen <= 15 || t.utf8.contains(where: { $0 == 0x40 || $0 == 0x3A }), readContact(lines[i], textLines: textLines, into: &doc.person) {
                skip.insert(i)
                continue
            }
            // A postal address under the contact lines (`12 Elm Ct.` / `Springfield, IL 62704`): the person's location.
            if seen <= 15, doc.person.location == nil, Self.isTownLine(t) {
                var first = i
                if i >= 1, body.contains(i - 1), !lines[i - 1].isBlank, Self.isStreetLine(lines[i - 1].text) { first = i - 1 }
                doc.person.location = (first..<i + 1).map { PlainTextWords.clean(lines[$0].text) }.joined(separator: ", ")
                doc.person.sources[.location] = textLines.range(lines: lines[first].number, lines[i].number)
                skip.formUnion(first...i)
                continue
            }
            guard seen <= 3 else { continue }
            let range = textLines.range(lines: lines[i].number, lines[i].number)
            if doc.person.name == nil, seen == 1, Self.looksLikeName(t) {
                doc.person.name = Self.nameCase(t)
                doc.person.sources[.name] = range
                skip.insert(i)
            } else if doc.person.name == nil, seen == 1, let (name, label) = Self.nameBeforeContacts(t) {
                // `JO PARK - Engineer        +1 555 0100 | jo@example.org`: the name (and the post after its dash) in the
                // line's first column, the contact details after it.
                doc.person.name = Self.nameCase(name)
                doc.person.sources[.name] = range
                if let label, doc.person.label == nil {
                    doc.person.label = label
                    doc.person.sources[.label] = range
                }
                skip.insert(i)
            } else if doc.person.name == nil, seen == 1, let (name, label) = Self.nameAndPost(t) {
                // `Jo Park, Data Engineer`, `Jo Park, PhD`: the name, then after a comma the post or degree it goes by.
                doc.person.name = Self.nameCase(name)
                doc.person.sources[.name] = range
                if doc.person.label == nil {
                    doc.person.label = label
                    doc.person.sources[.label] = range
                }
                skip.insert(i)
            } else if doc.person.name != nil, doc.person.label == nil, skip.contains(i - 1) || (i >= 1 && lines[i - 1].isBlank),
                PlainTextWords.words(t).count <= 8, !PlainTextWords.endsSentence(t), !t.contains(where: \.isNumber),
                !Self.isWebAddress(t)
            {
                doc.person.label = PlainTextWords.clean(t)
                doc.person.sources[.label] = range
                skip.insert(i)
            }
        }
        let reader = PlainTextBody(lines: lines, body: body, textLines: textLines)
        let text = reader.readBody(Self.closed(body), skipping: skip)
        let paragraphs = text.text + text.bullets
        if !paragraphs.isEmpty { doc.summary = Self.merge(doc.summary, paragraphs.sorted { $0.source.start < $1.source.start }) }
    }

    /// Reads e-mail, phone and links from a line; true when the line holds nothing else.
    @discardableResult
    private func readContact(_ line: PlainTextLine, textLines: PlainTextRanges, into person: inout Person) -> Bool {
        let t = line.text
        guard !t.isEmpty, t.utf8.count <= 200 else { return false }
        let range = textLines.range(lines: line.number, line.number)
        var onlyContact = true
        let separators: Set<Character> = ["|", "•", "·", ",", ";"]
        for segment in t.split(whereSeparator: { separators.contains($0) }) {
            var seg = PlainTextWords.trim(segment, " ")
            // `Email: x@y.z`, `Phone: +44 …`
            if let colon = seg.firstIndex(of: ":"), !seg[..<colon].contains(where: { $0 == "/" || $0 == "@" }),
                PlainTextWords.words(seg[..<colon]).count <= 2, !seg[seg.index(after: colon)...].hasPrefix("//")
            {
                let label = seg[..<colon].lowercased()
                seg = PlainTextWords.trim(seg[seg.index(after: colon)...], " ")
                if label.contains("location") || label.contains("address") || label == "city" {
                    person.location = person.location ?? seg
                    person.sources[.location] = person.sources[.location] ?? range
                    continue
                }
            }
            if seg.isEmpty { continue }
            var segmentIsContact = true
            for word in PlainTextWords.words(seg) {
                let w = PlainTextWords.trim(word, " <>()[],;")
                if let at = w.firstIndex(of: "@"), at != w.startIndex, w[at...].contains(".") {
                    if person.email == nil {
                        person.email = w
                        person.sources[.email] = range
                    }
                } else if w.hasPrefix("http://") || w.hasPrefix("https://") || w.hasPrefix("www.") {
                    let lower = w.lowercased()
                    let label = lower.contains("github") ? "GitHub" : lower.contains("linkedin") ? "LinkedIn"
                        : lower.contains("twitter") || lower.contains("x.com") ? "Twitter" : nil
                    if !person.links.contains(where: { $0.url == w }) {
                        person.links.append(Link(label: label, url: w, source: range))
                    }
                } else if w.hasPrefix("@"), w.count > 1, !seg.contains(" ") {
                    // A handle (`@azzouty`) is contact, not text.
                } else {
                    segmentIsContact = false
                }
            }
            if !segmentIsContact {
                let digits = seg.filter(\.isNumber).count
                if digits >= 7, digits <= 15, seg.allSatisfy({ $0.isNumber || " +-().".contains($0) }) {
                    if person.phone == nil {
                        person.phone = seg
                        person.sources[.phone] = range
                    }
                } else {
                    onlyContact = false
                }
            }
        }
        return onlyContact
    }

    // MARK: - Sections

    private func namedSection(
        _ section: PlainTextSection, title: String, kind: SectionKind, lines: [PlainTextLine], textLines: PlainTextRanges
    ) -> NamedSection {
        let reader = PlainTextBody(lines: lines, body: section.body, textLines: textLines)
        let body = reader.readBody(Self.closed(section.body), skipping: [])
        let items = (body.text + body.bullets).sorted { $0.source.start < $1.source.start }
        let first = section.heading?.lowerBound ?? section.body.lowerBound
        var last = max(first, section.body.upperBound - 1)
        while last > first, lines[last].isBlank { last -= 1 }
        return NamedSection(title: title, kind: kind, items: items, source: textLines.range(lines: lines[first].number, lines[last].number))
    }
}
