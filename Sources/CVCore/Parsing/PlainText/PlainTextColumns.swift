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
    /// lines: `PROFESSIONAL` / `EXPERIENCE`, `Positions of` / `Responsibility`), as PDF text lays out a CV whose headings
    /// stand in a column of their own. Each such name becomes a heading line of its own over its body, and each section's
    /// lines are cut at its body's column, keeping their indentation within it. Nothing changes unless two names or more
    /// of known sections stand so, every other text in the margin from the first name on is a short name in capitals or
    /// title case (a section the table does not know), a heading alone on its line or a running footer written twice or
    /// more, and many lines start at the body's column.
    static func marginHeadings(_ lines: [PlainTextLine]) -> [PlainTextLine] {
        guard lines.count >= 10 else { return lines }
        // The margin text of a line at the left margin: its text up to a gap of three spaces, and where its body starts.
        func split(_ line: PlainTextLine) -> (name: String, body: Int)? {
            guard line.column == 1, !line.isBullet, let gap = line.text.byteRange(of: "   ") else { return nil }
            let name = String(line.text[..<gap.lowerBound].drop(while: { $0 == "\u{0C}" || $0 == " " }))
            let lead = line.text[gap.lowerBound...].unicodeScalars.prefix(while: { $0 == " " }).count
            return (name, line.text.unicodeScalars.count - line.text[gap.lowerBound...].unicodeScalars.count + lead)
        }
        // (Cheap test first: most CVs have no line at the margin with a gap in it.)
        guard lines.contains(where: { $0.column == 1 && $0.text.utf8.containsBytes(of: "   ") }) else { return lines }
        var seen: [String: Int] = [:]
        for line in lines { if let m = split(line) { seen[m.name, default: 0] += 1 } }
        // Each heading: its first line, its last line (a name on two lines), its text and its body's column.
        var headings: [Int: (through: Int, text: String, gutter: Int)] = [:]
        var footers: Set<Int> = []
        var known = 0
        var first: Int?
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard line.column == 1, !line.isBlank else { i += 1; continue }
            guard let (name, body) = split(line), body >= 8, body <= 30 else {
                // A heading alone on its line at the margin (`Education` over a table) may stand among them.
                if first != nil, !Self.namesSection(line.text) { return lines }
                i += 1
                continue
            }
            // The name's second line: the next line's margin text, or the whole of a short line with no body beside it.
            var second: String?
            if i + 1 < lines.count, lines[i + 1].column == 1, !lines[i + 1].isBlank, !lines[i + 1].isBullet {
                if let m = split(lines[i + 1]) {
                    second = m.name
                } else if PlainTextWords.words(lines[i + 1].text).count <= 3 {
                    second = lines[i + 1].text
                }
            }
            // (A name that is a section's whole stands alone: `SKILLS` over `HOBBIES`, not `Projects and`. `Key Courses` /
            // `undertaken`: a short name in capitals or title case goes on on the line under it.)
            let whole = Self.namesSection(name) && !PlainTextSections.runsOn(name)
            if let second, !whole, Self.namesSection(name + " " + second)
                || first != nil && !Self.namesSection(second) && Self.isShortName(name) && PlainTextWords.words(name + " " + second).count <= 5
            {
                if Self.namesSection(name + " " + second) { known += 1 }
                headings[i] = (i + 1, name + " " + second, body)
                first = first ?? i
                i += 2
            } else if whole {
                known += 1
                headings[i] = (i, name, body)
                first = first ?? i
                i += 1
            } else if seen[name, default: 0] >= 2 {
                footers.insert(i)
                i += 1
            } else if first == nil {
                // The name and contacts over the first heading may be set in columns too.
                i += 1
            } else if Self.isShortName(name) {
                headings[i] = (i, name, body)
                i += 1
            } else {
                return lines
            }
        }
        guard known >= 2, let first else { return lines }
        // Many lines start at their section's body column.
        var atGutter = 0
        var gutter = 0
        for k in first..<lines.count where !lines[k].isBlank {
            if let h = headings[k] { gutter = h.gutter; atGutter += 1; continue }
            if lines[k].column - 1 == gutter { atGutter += 1 }
        }
        guard atGutter >= 5 else { return lines }
        var out = Array(lines[..<first])
        var k = first
        gutter = headings[first]?.gutter ?? 0
        while k < lines.count {
            let line = lines[k]
            if footers.contains(k) || line.isBlank {
                out.append(line)
                k += 1
                continue
            }
            let row: [Unicode.Scalar] = Array(repeating: " ", count: line.column - 1) + Array(line.text.unicodeScalars)
            if let heading = headings[k] {
                gutter = heading.gutter
                var h = PlainTextLine(number: line.number, text: heading.text, column: 1)
                h.length = line.length
                h.marginHeading = true
                // (A blank line over it: it stands apart, as the margin set it.)
                if let last = out.last, !last.isBlank {
                    var blank = PlainTextLine(number: line.number, text: "", column: 1)
                    blank.length = line.length
                    out.append(blank)
                }
                out.append(h)
                for j in k...heading.through {
                    let r: [Unicode.Scalar] = Array(repeating: " ", count: lines[j].column - 1) + Array(lines[j].text.unicodeScalars)
                    if let m = split(lines[j]) { out.append(piece(lines[j], r[min(m.body, gutter)...])) }
                }
                k = heading.through + 1
                continue
            }
            if line.column == 1 {
                // A heading alone on its line.
                out.append(line)
            } else {
                out.append(piece(line, row[min(gutter, line.column - 1)...]))
            }
            k += 1
        }
        return out
    }

    /// A short name (four words at most) in capitals or title case: a heading the section table may not know
    /// (`Positions of Responsibility`).
    static func isShortName(_ text: String) -> Bool {
        guard !text.isEmpty, PlainTextWords.words(text).count <= 4, !text.contains(where: { $0.isNumber || $0 == "," || $0 == ":" || $0 == "." })
        else { return false }
        return PlainTextSections.isUppercase(text) || PlainTextWords.titleCaseRatio(text) >= 0.99
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
