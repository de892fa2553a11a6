/// Two columns side by side in text laid out by PDF extraction (`pdftotext -layout`): a sidebar on the left
/// (contact, skills, tools) and the main column on the right, each line holding a piece of both. A reader reads
/// one column, then the other; so does this: the lines of the columns' stretch are cut at the gutter and the left
/// column's lines come first, then the right column's, each keeping its line number.
///
/// The gutter is a character position where many lines start a piece of text after two spaces or more, that no line
/// of the stretch writes across, with pieces of text on both sides of it. A column of dates on the left
/// (`2019 - 2021     Engineer at Acme`) is a layout of entries, not a sidebar: it is left as it is.
enum PlainTextColumns {
    /// The gutter is at least this far from the left margin.
    static let minimumGutter = 20

    static func unstack(_ lines: [PlainTextLine]) -> [PlainTextLine] {
        guard lines.count >= 10 else { return lines }
        // Cheap test first: a CV with no line that starts text far right after a gap has no second column.
        guard lines.contains(where: { $0.column > minimumGutter || $0.text.utf8.containsBytes(of: "   ") }) else { return lines }
        let rows: [[Unicode.Scalar]] = lines.map { line in
            line.isBlank ? [] : Array(repeating: " ", count: line.column - 1) + Array(line.text.unicodeScalars)
        }
        var counts: [Int: Int] = [:]
        for row in rows where row.count > minimumGutter {
            for p in minimumGutter..<row.count where row[p] != " " && row[p - 1] == " " && row[p - 2] == " " {
                counts[p, default: 0] += 1
            }
        }
        // Of the most used starts, the one that cuts the longest stretch is the gutter (an indented block inside the
        // right column may start more lines than the gutter itself, over a shorter stretch).
        let candidates: [(key: Int, value: Int)] = counts.filter { $0.value >= 6 }.sorted { a, b in
            a.value > b.value || a.value == b.value && a.key < b.key
        }
        var found: (gutter: Int, region: ClosedRange<Int>)?
        for c in candidates.prefix(4) {
            guard let r = Self.region(rows, gutter: c.key, count: c.value) else { continue }
            if let f = found, f.region.count >= r.count { continue }
            found = (c.key, r)
        }
        guard let (gutter, region) = found else { return lines }
        let first = region.lowerBound
        let last = region.upperBound
        var out = Array(lines[..<first])
        var second: [PlainTextLine] = []
        for k in region {
            let row = rows[k]
            out.append(piece(lines[k], row.prefix(gutter)))
            second.append(piece(lines[k], row.count > gutter ? row[gutter...] : []))
        }
        out += second
        out += lines[(last + 1)...]
        return out
    }

    /// The stretch of lines the gutter at `gutter` cuts in two, when it does: many lines start there, almost none
    /// writes across it, both sides hold text, and the left side is no column of dates.
    static func region(_ rows: [[Unicode.Scalar]], gutter: Int, count: Int) -> ClosedRange<Int>? {
        let starts = rows.indices.filter { k in
            rows[k].count > gutter && rows[k][gutter] != " " && rows[k][gutter - 1] == " " && rows[k][gutter - 2] == " "
        }
        guard let first = starts.first, let last = starts.last else { return nil }
        var nonBlank = 0
        var crossing = 0
        var left: [String] = []
        var right = 0
        for k in first...last where !rows[k].isEmpty {
            nonBlank += 1
            let row = rows[k]
            if row.count > gutter, row[gutter - 1] != " ", row[gutter] != " " { crossing += 1 }
            let l = String(String.UnicodeScalarView(row.prefix(gutter))).trimmingCharacters(in: " ")
            if !l.isEmpty { left.append(l) }
            if row.count > gutter, row[gutter...].contains(where: { $0 != " " }) { right += 1 }
        }
        guard count * 10 >= nonBlank * 3, crossing * 20 <= nonBlank, left.count >= 5, right >= 5 else { return nil }
        // A column of dates heads entries: it is no sidebar.
        let dated = left.filter { DateParser.findSpan(in: $0) != nil }.count
        guard dated * 2 < left.count else { return nil }
        return first...last
    }

    /// Section names set in a left margin beside their bodies (`EDUCATION          UNIVERSITY OF X      CITY`, a name of two
    /// words over two lines: `PROFESSIONAL` / `EXPERIENCE`), as PDF text lays out a CV whose headings stand in a column of
    /// their own. Each such name becomes a heading line of its own over its body, and the lines from the first name on
    /// are cut at the body's column, each keeping its indentation within it. Nothing changes unless two names or more
    /// stand so, every text left of the body's column names a section, and many lines start at that column.
    static func marginHeadings(_ lines: [PlainTextLine]) -> [PlainTextLine] {
        guard lines.count >= 10 else { return lines }
        // The margin text of a line at the left margin: its text up to a gap of three spaces, and where its body starts.
        func split(_ line: PlainTextLine) -> (name: String, body: Int)? {
            guard line.column == 1, !line.isBullet, let gap = line.text.byteRange(of: "   ") else { return nil }
            let name = String(line.text[..<gap.lowerBound].drop(while: { $0 == "\u{0C}" || $0 == " " }))
            let lead = line.text[gap.lowerBound...].unicodeScalars.prefix(while: { $0 == " " }).count
            return (name, name.unicodeScalars.count + lead)
        }
        // From the first margin text that names a section (the name and contacts above it may be set in columns too).
        var margins = lines.indices.compactMap { k in split(lines[k]).map { (k, $0.name, $0.body) } }
        guard let start = margins.indices.first(where: { n in
            Self.namesSection(margins[n].1) || n + 1 < margins.count && margins[n + 1].0 == margins[n].0 + 1
                && Self.namesSection(margins[n].1 + " " + margins[n + 1].1)
        }) else { return lines }
        margins.removeFirst(start)
        // (A name's second line may stand beside a line set in within the body: `PUBLICATIONS      for the …`.)
        guard margins.count >= 2, let gutter = margins.first?.2, gutter >= 8, gutter <= 30 else { return lines }
        // Each margin text names a section, alone or with the margin text of the line under it; a running footer
        // (`June 3, 2024     Jane Roe · Curriculum Vitae`, written on each page) stays as it is.
        var seen: [String: Int] = [:]
        for m in margins { seen[m.1, default: 0] += 1 }
        var headings: [Int: (text: String, through: Int)] = [:]
        var footers: Set<Int> = []
        var k = 0
        while k < margins.count {
            let (i, name, _) = margins[k]
            if Self.namesSection(name) {
                headings[i] = (name, i)
                k += 1
            } else if k + 1 < margins.count, margins[k + 1].0 == i + 1, Self.namesSection(name + " " + margins[k + 1].1) {
                headings[i] = (name + " " + margins[k + 1].1, i + 1)
                k += 2
            } else if seen[name, default: 0] >= 2 {
                footers.insert(i)
                k += 1
            } else {
                return lines
            }
        }
        guard headings.count >= 2, let first = margins.first?.0,
            margins.allSatisfy({ footers.contains($0.0) || $0.2 >= gutter })
        else { return lines }
        // The body's column: many lines of the stretch start there, and no line writes across it from the margin.
        var atGutter = 0
        for line in lines[first...] where !line.isBlank {
            let start = line.column - 1
            if start == gutter || split(line)?.body == gutter { atGutter += 1 }
            if start < gutter, split(line) == nil { return lines }
        }
        guard atGutter >= 5 else { return lines }
        var out = Array(lines[..<first])
        for k in first..<lines.count {
            let line = lines[k]
            let row: [Unicode.Scalar] = line.isBlank ? [] : Array(repeating: " ", count: line.column - 1) + Array(line.text.unicodeScalars)
            if let heading = headings[k] {
                var h = PlainTextLine(number: line.number, text: heading.text, column: 1)
                h.length = line.length
                out.append(h)
            }
            if footers.contains(k) {
                out.append(line)
                continue
            }
            out.append(row.count > gutter ? piece(line, row[gutter...]) : piece(line, []))
        }
        return out
    }

    /// A known section's name (`EDUCATION`, `Professional Experience`), in capitals or in title case.
    static func namesSection(_ text: String) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= 40, SectionClassifier.classify(text) != .other else { return false }
        return PlainTextSections.isUppercase(text) || PlainTextWords.titleCaseRatio(text) >= 0.99
    }

    /// The line holding only the given piece of its row, indented as it is within its column.
    static func piece(_ line: PlainTextLine, _ scalars: ArraySlice<Unicode.Scalar>) -> PlainTextLine {
        let lead = scalars.prefix(while: { $0 == " " }).count
        var text = String(String.UnicodeScalarView(scalars.dropFirst(lead)))
        while text.last == " " { text.removeLast() }
        var out = PlainTextLine(number: line.number, text: text, column: lead + 1)
        out.length = line.length
        out.bulletText = PlainTextCVParser.bulletText(of: text[...])
        return out
    }
}
