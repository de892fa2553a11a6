/// Finds the dates of a plain-text CV as a reader does: inside heading lines, on lines of their own,
/// and split across lines by PDF extraction (`September` / prose / `2007 - present`,
/// `2010 - March` / `2014 (~4 years) Senior …`, `Summer 1998, Acme` / `1999, 2000`).
enum PlainTextDates {
    /// Lines longer than this are prose: their dates are not headings' dates.
    static let maximumDateLineLength = 200

    static let durationWords: Set<String> = ["years", "year", "yrs", "yr", "months", "month", "mos", "approx", "ca"]

    /// Marks the date lines and inline dates of `lines[range]`, returning the date blocks.
    /// A CV holds a few hundred dates at most: past this many lines with digits the text is not a CV,
    /// and the rest is read as text (the parser must answer within a second whatever it is given).
    static let maximumDateLines = 3000

    static func analyse(_ lines: inout [PlainTextLine], in range: Range<Int>, budget: inout Int) -> [PlainTextDateBlock] {
        var blocks: [PlainTextDateBlock] = []
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            let line = lines[i]
            guard !line.isBlank, !line.isDateOnly, line.text.utf8.count <= maximumDateLineLength else { continue }
            if isMonthOnly(line.text) {
                // `September` … `2007 - present`: the year follows within three lines.
                guard let j = nextLine(startingWithYearAfter: i, in: range, lines: lines, within: 3) else { continue }
                var parts = [i]
                var partial: Int?
                var written = monthWord(line.text)
                extend(&written, &parts, &partial, from: j, lines: &lines, range: range)
                finish(written: written, parts: parts, partial: partial, lines: &lines, blocks: &blocks)
                continue
            }
            if i + 1 < range.upperBound, twoLineColumn(i, &lines) { continue }
            guard line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            budget -= 1
            guard budget >= 0 else { return blocks }
            let matches = DateParser.findSpans(in: line.text)
            guard let first = matches.first else { continue }
            if isDateOnly(line.text, matches) {
                if isYearList(line.text), let p = previousNonBlank(before: i, in: range, lines: lines), p == i - 1,
                    var inline = lines[p].inline, inline.commaAfter,
                    let span = DateParser.parseSpan(inline.written + ", " + line.text)
                {
                    // `Summer 1998, Initech Ltd.` / `1997, 1998`
                    inline.span = span
                    inline.span.source = SourceRange(lines: lines[p].number, lines[i].number)
                    inline.written += ", " + line.text
                    lines[p].inline = inline
                    lines[i].absorbed = true
                    continue
                }
                var parts = [i]
                var partial: Int?
                var written = line.text
                // `June 2000` / `-` / `October 2001`: the two ends of a span on lines of their own, the dash between.
                if i + 2 < range.upperBound, isLoneSeparator(lines[i + 1].text), !lines[i + 2].isDateOnly,
                    case let end = DateParser.findSpans(in: lines[i + 2].text), isDateOnly(lines[i + 2].text, end)
                {
                    written += " - " + lines[i + 2].text
                    parts += [i + 1, i + 2]
                } else if endsWithOpenMonth(line.text, matches),
                    let j = nextLine(startingWithYearAfter: i, in: range, lines: lines, within: 2)
                {
                    extend(&written, &parts, &partial, from: j, lines: &lines, range: range)
                }
                finish(written: written, parts: parts, partial: partial, lines: &lines, blocks: &blocks)
            } else {
                lines[i].inline = inlineDate(line.text, first)
            }
        }
        return blocks
    }

    /// Words that open a date column's start (`De 02/2015`, `From 2015`) and its end on the next line (`à 09/2022`).
    static let columnFromWords: Set<String> = ["de", "du", "from", "von", "vom", "desde", "dal", "van", "vanaf"]
    static let columnToWords: Set<String> = ["à", "a", "au", "to", "until", "bis", "hasta", "al", "tot", "-", "–"]

    /// A column of dates on the left, wrapped over two lines before the header text beside it:
    /// `De 02/2015 Researcher, Acme` / `à 09/2022`, or `Since Researcher, Acme` / `10/2022 Lab of X`. The span is the
    /// first line's; the date words leave both lines, which keep their other text. False when the lines are not so.
    static func twoLineColumn(_ i: Int, _ lines: inout [PlainTextLine]) -> Bool {
        // Both shapes open with a column word (`De`, `Since`): most lines do not, and are done before any split.
        guard let opening = PlainTextWords.firstWord(lines[i].text[...])?.lowercased(),
            columnFromWords.contains(opening) || DateParser.sinceWords.contains(opening)
        else { return false }
        let first = PlainTextWords.words(lines[i].text)
        let second = PlainTextWords.words(lines[i + 1].text)
        guard first.count >= 2, !second.isEmpty, let lead = first.first?.lowercased() else { return false }
        let isDate = { (w: Substring) in w.first?.isNumber == true && DateParser.parseSpan(String(w))?.start != nil }
        var written: String
        var firstTaken: Int
        var secondTaken: Int
        if columnFromWords.contains(lead), isDate(first[1]), second.count >= 2, columnToWords.contains(second[0].lowercased()), isDate(second[1]) {
            written = first[1] + " - " + second[1]
            firstTaken = 2
            secondTaken = 2
        } else if DateParser.sinceWords.contains(lead), !isDate(first[1]), isDate(second[0]),
            DateParser.findSpan(in: lines[i].text) == nil
        {
            written = lead + " " + second[0]
            firstTaken = 1
            secondTaken = 1
        } else {
            return false
        }
        guard var span = DateParser.parseSpan(written) else { return false }
        span.source = SourceRange(lines: lines[i].number, lines[i + 1].number)
        let rest1 = first.dropFirst(firstTaken).joined(separator: " ")
        let rest2 = second.dropFirst(secondTaken).joined(separator: " ")
        lines[i].text = rest1
        lines[i].bulletText = nil
        lines[i].inline = PlainTextInlineDate(span: span, before: "", after: rest1, commaAfter: false, written: written)
        lines[i + 1].text = rest2
        lines[i + 1].bulletText = nil
        if rest2.isEmpty { lines[i + 1].absorbed = true }
        return true
    }

    /// Adds line `j` (and, when it ends with a month still waiting for its year, the next line) to a date
    /// written across lines. A line that goes on after the date keeps its rest as its text.
    private static func extend(
        _ written: inout String, _ parts: inout [Int], _ partial: inout Int?, from j: Int, lines: inout [PlainTextLine],
        range: Range<Int>, depth: Int = 0
    ) {
        let text = lines[j].text
        let matches = DateParser.findSpans(in: text)
        if isDateOnly(text, matches) {
            written += " " + text
            parts.append(j)
            if depth < 3, endsWithOpenMonth(text, matches),
                let k = nextLine(startingWithYearAfter: j, in: range, lines: lines, within: 2)
            {
                extend(&written, &parts, &partial, from: k, lines: &lines, range: range, depth: depth + 1)
            }
            return
        }
        guard let first = matches.first else { return }
        written += " " + String(text[..<first.range.upperBound])
        parts.append(j)
        partial = j
        // The rest of the line: `(~4 years) Senior Support Analyst (March 2010 - May 2011)`.
        var rest = text[first.range.upperBound...]
        while true {
            rest = rest.drop(while: { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" || $0 == "-" || $0 == "–" })
            guard rest.first == "(", let close = rest.firstIndex(of: ")") else { break }
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            guard inner.contains(where: \.isNumber) else { break }
            rest = rest[rest.index(after: close)...]
        }
        let consumed = text.unicodeScalars.distance(from: text.startIndex, to: rest.startIndex)
        lines[j].column += consumed
        lines[j].text = String(rest)
        lines[j].inline = DateParser.findSpan(in: lines[j].text).map { inlineDate(lines[j].text, $0) }
        lines[j].bulletText = nil
    }

    private static func finish(
        written: String, parts: [Int], partial: Int?, lines: inout [PlainTextLine], blocks: inout [PlainTextDateBlock]
    ) {
        guard var span = DateParser.parseSpan(written), let first = parts.first, let last = parts.last else { return }
        span.source = SourceRange(lines: lines[first].number, lines[last].number)
        let index = blocks.count
        blocks.append(PlainTextDateBlock(span: span, lines: parts))
        for p in parts where p != partial || lines[p].text.isEmpty {
            lines[p].dateBlock = index
        }
    }

    static func inlineDate(_ text: String, _ m: DateParser.Match) -> PlainTextInlineDate {
        let before = PlainTextWords.trim(text[..<m.range.lowerBound])
        let afterRaw = text[m.range.upperBound...]
        let commaAfter = afterRaw.first == ","
        let after = PlainTextWords.trim(afterRaw, " ,;|-–—).")
        return PlainTextInlineDate(
            span: m.span, before: before, after: afterRaw.drop(while: { $0 == " " }).first == ":" ? ":" + after : after,
            commaAfter: commaAfter, written: String(text[m.range]))
    }

    /// `September`, `Summer`, `Sept.`: a month (or season) waiting for its year.
    static func isMonthOnly(_ text: String) -> Bool {
        let w = PlainTextWords.bare(text)
        guard !w.isEmpty, !w.contains(" ") else { return false }
        return DateParser.months[w] != nil || DateParser.seasons.contains(w)
    }

    private static func monthWord(_ text: String) -> String {
        PlainTextWords.trim(text, " ,;:")
    }

    /// Nothing but dates, month names, durations and punctuation.
    static func isDateOnly(_ text: String, _ matches: [DateParser.Match]) -> Bool {
        guard !matches.isEmpty else { return false }
        var residue = ""
        var i = text.startIndex
        for m in matches {
            residue += text[i..<m.range.lowerBound]
            residue += " "
            i = m.range.upperBound
        }
        residue += text[i...]
        // `(~6 years)`
        var out = ""
        var depth = 0
        var group = ""
        for c in residue {
            if c == "(" { depth += 1; group = ""; continue }
            if c == ")", depth > 0 {
                depth -= 1
                if !group.contains(where: \.isNumber) { out += " " + group + " " }
                continue
            }
            if depth > 0 { group.append(c) } else { out.append(c) }
        }
        for w in PlainTextWords.words(out) {
            let b = PlainTextWords.bare(w)
            if b.isEmpty { continue }
            if DateParser.months[b] != nil || DateParser.seasons.contains(b) || durationWords.contains(b)
                || DateParser.presentWords.contains(b) || DateParser.separatorWords.contains(b)
                || DateParser.fromWords.contains(b) || DateParser.sinceWords.contains(b)
            {
                continue
            }
            return false
        }
        return true
    }

    /// `-`, `–`, `to`: a line that only joins the date above it to the date below it.
    static func isLoneSeparator(_ text: String) -> Bool {
        text == "-" || text == "–" || text == "—" || text == "--" || DateParser.separatorWords.contains(text.lowercased())
    }

    /// `1997, 1998`: years and commas only.
    static func isYearList(_ text: String) -> Bool {
        let tokens = DateParser.tokenize(text)
        return !tokens.isEmpty && tokens.allSatisfy {
            switch $0.kind {
            case .year, .comma: return true
            default: return false
            }
        }
    }

    /// The line ends with a month still waiting for its year (`2009 - July`, `May 2003 September`).
    static func endsWithOpenMonth(_ text: String, _ matches: [DateParser.Match]) -> Bool {
        let tokens = DateParser.tokenize(text)
        guard let last = tokens.last, case .month = last.kind else { return false }
        guard let m = matches.last else { return true }
        return m.range.upperBound <= last.range.lowerBound
    }

    static func startsWithYear(_ text: String) -> Bool {
        guard text.first?.isNumber == true || text.first == "'" || text.first == "’" else { return false }
        let tokens = DateParser.tokenize(String(text.prefix(24)))
        guard let first = tokens.first else { return false }
        switch first.kind {
        case .year, .date, .yearPair: return true
        default: return false
        }
    }

    private static func nextLine(startingWithYearAfter i: Int, in range: Range<Int>, lines: [PlainTextLine], within n: Int) -> Int? {
        var j = i + 1
        while j < range.upperBound, j <= i + n {
            if startsWithYear(lines[j].text) { return lines[j].isDateOnly ? nil : j }
            j += 1
        }
        return nil
    }

    private static func previousNonBlank(before i: Int, in range: Range<Int>, lines: [PlainTextLine]) -> Int? {
        var j = i - 1
        while j >= range.lowerBound {
            if !lines[j].isBlank { return j }
            j -= 1
        }
        return nil
    }
}
