/// Lines of a plain-text or PDF-text CV as cue lines: bullets as list items (their depth from indentation),
/// wrapped bullet lines as the item's further lines, columns padded with spaces as cells, rules, blank lines,
/// and dates written over several lines (`PlainTextDates`) given to the first of their lines.
enum PlainTextCueLines {
    static func lines(_ lines: [PlainTextLine], _ body: Range<Int>, blocks: [PlainTextDateBlock], ranges: PlainTextRanges) -> [CueLine] {
        var out: [CueLine] = []
        out.reserveCapacity(body.count)
        let bulletColumns = Array(Set(body.compactMap { lines[$0].isBullet ? lines[$0].column : nil })).sorted()
        var block = 0
        var lastItem: (depth: Int, column: Int)?
        for i in body {
            let line = lines[i]
            let source = ranges.range(lines: line.number, line.number)
            if line.isBlank {
                block += 1
                lastItem = nil
                out.append(CueLine(kind: .blank, text: "", block: block, source: source))
                continue
            }
            if line.dateBlock != nil {
                // A date on lines of its own: its first line carries it, the others are only parts of it.
                guard let b = blocks.firstIndex(where: { $0.lines.contains(i) }) else { continue }
                let first = blocks[b].lines.first == i
                // The line is wholly part of the date: it holds no other field.
                var cue = CueLine(kind: .text, text: "", block: block, source: source)
                if first {
                    cue.date = blocks[b].span
                    cue.date?.source = ranges.range(lines: lines[blocks[b].lines.first!].number, lines[blocks[b].lines.last!].number)
                }
                out.append(cue)
                continue
            }
            if line.absorbed {
                out.append(CueLine(kind: .text, text: "", block: block, source: source))
                continue
            }
            if PlainTextSections.isRule(line.text) {
                block += 1
                lastItem = nil
                out.append(CueLine(kind: .rule, text: "", block: block, source: source))
                continue
            }
            let written = withoutLeaders(line.bulletText ?? line.text)
            let text = PlainTextWords.clean(written)
            var cue = CueLine(kind: .text, text: text, cells: cells(written), block: block, source: source)
            if let inline = line.inline { cue.date = inline.span; cue.date?.source = source }
            if !line.isBullet, line.inline == nil, isHeaderRow(cue.cells) {
                cue.kind = .headerRow
                lastItem = nil
            } else if line.isBullet {
                let depth = min(bulletColumns.firstIndex(of: line.column) ?? 0, 3)
                cue.kind = .item(depth)
                lastItem = (depth, line.column)
            } else if let item = lastItem, continues(line, after: i, in: lines, itemColumn: item.column) {
                cue.kind = .itemText(item.depth)
            } else {
                lastItem = nil
            }
            out.append(cue)
        }
        return out
    }

    /// Words that head a column of a table of entries (`Year    Degree/Certificate    Institute    CPI/%`) besides the
    /// organisation, title, project and study labels of `WordClasses`.
    static let columnLabels: Set<String> = [
        "year", "years", "date", "dates", "period", "duration", "from", "to", "since", "until", "institute", "institution",
        "school", "college", "university", "board", "certificate", "certification", "qualification", "examination", "exam",
        "cpi", "gpa", "cgpa", "grade", "grades", "percentage", "%", "marks", "score", "result", "location", "city", "place",
        "country", "name", "description", "details", "technologies", "stack",
    ]

    /// A row of two or more column cells that each name a column (`Year | Degree/Certificate | Institute | CPI/%`): the
    /// table's header row, no entry's line.
    static func isHeaderRow(_ cells: [String]) -> Bool {
        guard cells.count >= 2 else { return false }
        return cells.allSatisfy { cell in
            let parts = cell.lowercased().trimmingCharacters(in: " :").split(separator: "/").map { $0.trimmingCharacters(in: " ") }
            return !parts.isEmpty && parts.allSatisfy { part in
                columnLabels.contains(part) || WordClasses.organisationLabels.contains(part) || WordClasses.titleLabels.contains(part)
                    || WordClasses.projectLabels.contains(part) || WordClasses.studyLabels.contains(part)
            }
        }
    }

    /// A line right under a bullet continues it (PDF text wraps bullets, sentences and all), unless it carries a
    /// date, names a role (`Software Engineer at Acme:`), or heads a date written on the lines below it.
    static func continues(_ line: PlainTextLine, after i: Int, in lines: [PlainTextLine], itemColumn: Int) -> Bool {
        // `Service of Software Engineering, 08/2018 - 10/2022.`: a dated line that ends a sentence ends the item.
        // So does one in lower case whose date is in passing (`estimated win rate ~5m (where 2016 revenue was 21m)`).
        if let inline = line.inline {
            if EntryFinder.opensSmall(line.text), PlainTextWords.words(inline.before).count >= 2 { return true }
            return line.text.count > 20 && PlainTextWords.endsSentence(line.text) && !line.text.hasSuffix(":")
        }
        // `PhD Candidate          Leeds, UK`: columns padded with spaces are a header's, never a wrapped sentence's.
        if line.column <= itemColumn, line.text.utf8.containsBytes(of: "   "), cells(line.text).count >= 2 { return false }
        if line.text.hasSuffix(":"), WordClasses.titleScore(line.text) > 0 { return false }
        // `  • Wrote a tool` / `Intern, Data Team`: a wrapped line never starts left of its bullet.
        if line.column < itemColumn { return false }
        var next = i + 1
        while next < lines.count, next <= i + 2, lines[next].isBlank { next += 1 }
        if next < lines.count, lines[next].dateBlock != nil || lines[next].isDateOnly { return false }
        // `• Cut the build time in half.` / `Data Engineer` / `Globex` / `03/2019 - 11/2020      Paris`: a short name at the
        // bullet's own column over another and a dated line is the next entry's heading (PDF text sets a bullet's wrapped
        // lines under its text, not under its glyph).
        if line.column == itemColumn, i + 2 < lines.count, isShortName(line.text), !lines[i + 1].isBullet, lines[i + 1].inline == nil,
            isShortName(lines[i + 1].text), !lines[i + 2].isBullet, lines[i + 2].inline != nil || lines[i + 2].isDateOnly
        {
            return false
        }
        // A dated line right below heads it, unless the line is indented under its item's text and the dated line is
        // a bullet of the same list (`* Uni (City) -` / `    Physics major` / `* Course - 2007`): a sibling item
        // opens its own entry, so the indented line still wraps its own item, blank line between or not.
        if next < lines.count, next == i + 1, lines[next].inline != nil, PlainTextWords.words(lines[next].text).count <= 12,
            !(line.column > itemColumn && lines[next].isBullet && lines[next].column <= itemColumn),
            !(lines[next].text.count > 20 && PlainTextWords.endsSentence(lines[next].text))
        {
            return false
        }
        return true
    }

    /// A line that may name a post or an employer: six words or fewer, capitalised, no sentence or clause ending.
    static func isShortName(_ text: String) -> Bool {
        guard let last = text.last, !",;:".contains(last) else { return false }
        return PlainTextWords.words(text).count <= 6 && PlainTextWords.startsCapitalised(text) && !PlainTextWords.endsSentence(text)
    }

    /// `Acme ------------ Salem, MA`, `Engineer ........ 2019`: a leader (four or more of one of `-`, `.`, `_`, `=`,
    /// `·` after a space) joins two columns as padding would; it becomes padding. Texts without one as they are.
    static func withoutLeaders(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count >= 8 else { return text }
        func leader(_ b: UInt8) -> Bool { b == 0x2D || b == 0x2E || b == 0x5F || b == 0x3D }
        var bytes = Array(utf8)
        var changed = false
        var i = 1
        while i < bytes.count {
            // `·` (U+00B7) as the two bytes C2 B7.
            let middleDot = bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xB7
            guard bytes[i - 1] == 0x20, leader(bytes[i]) || middleDot else { i += 1; continue }
            let width = middleDot ? 2 : 1
            var j = i
            var count = 0
            while j + width - 1 < bytes.count, middleDot ? bytes[j] == 0xC2 && bytes[j + 1] == 0xB7 : bytes[j] == bytes[i] {
                j += width
                count += 1
            }
            // The run ends at a space or the end of the line (not `----->` or `....com`).
            if count >= 4, j == bytes.count || bytes[j] == 0x20 {
                for k in i..<j { bytes[k] = 0x20 }
                bytes.insert(contentsOf: [0x20, 0x20], at: i)
                j += 2
                changed = true
            }
            i = j + 1
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// Columns padded with three spaces or more, or tabs (`Title    Company    2013-Present`), cut on the UTF-8 bytes.
    static func cells(_ text: String) -> [String] {
        guard text.utf8.count > 8, text.utf8.containsBytes(of: "   ") || text.utf8.contains(0x09) else { return [] }
        var cells: [String] = []
        let utf8 = Array(text.utf8)
        var start = 0
        var i = 0
        while i < utf8.count {
            guard utf8[i] == 0x20 || utf8[i] == 0x09 else { i += 1; continue }
            var j = i
            var width = 0
            while j < utf8.count, utf8[j] == 0x20 || utf8[j] == 0x09 {
                width += utf8[j] == 0x09 ? 3 : 1
                j += 1
            }
            if width >= 3 {
                cells.append(String(decoding: utf8[start..<i], as: UTF8.self))
                start = j
            }
            i = j
        }
        cells.append(String(decoding: utf8[start...], as: UTF8.self))
        let kept = cells.map { PlainTextWords.clean($0) }.filter { !$0.isEmpty }
        return kept.count >= 2 ? kept : []
    }
}
