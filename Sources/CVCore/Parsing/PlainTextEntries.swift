/// Reads the dated entries of a plain-text section (jobs, degrees, projects) the way a reader does.
///
/// A heading line is short and reads as one: it holds its own date (`Lead Engineer (June 2014 - March 2015),`),
/// ends with a colon (`Senior Software Engineer at MessageLabs:`), or sits next to a date written on a
/// line of its own (`MessageLabs, Gloucester, UK` / `May 2003 May 2007`). A date on its own line belongs
/// to the nearest undated heading above it, unless that heading is already dated (then to the heading
/// right below it): PDF extraction puts a left-column date before or after its heading.
///
/// Entries nest when an entry names no title (an employer, or an era such as
/// `The "Professional Services" era at Message Systems:`) and the next entries' dates fall inside its
/// span, or when title lines with their own dates follow one another. Only the innermost entries are
/// roles; each takes the organisation named by its own heading (`… at MessageLabs:`), else by the
/// nearest enclosing heading that names one (`… era at Message Systems:` → "Message Systems";
/// `MessageLabs, Gloucester, UK` → "MessageLabs"), and all roles under one top-level entry share a group.
struct PlainTextEntries {
    struct Entry {
        var headerLines: [Int]
        var text: String
        var span: DateSpan?
        var inlineDated = false
        var blockLines: [Int] = []
        var start: Int
        var end: Int = 0
        var parent: Int?
        var children: [Int] = []
        var groupLike = false
    }

    struct Header {
        var organisation: String?
        var title: String?
        var location: String?
    }

    let lines: [PlainTextLine]
    let body: Range<Int>
    let blocks: [PlainTextDateBlock]
    let textLines: PlainTextRanges
    private(set) var entries: [Entry] = []
    private(set) var headerLineSet: Set<Int> = []
    /// The longest line of the section, to tell a paragraph's short last line.
    private let longest: Int

    init(lines: [PlainTextLine], body: Range<Int>, blocks: [PlainTextDateBlock], textLines: PlainTextRanges, findingEntries: Bool = true) {
        self.lines = lines
        self.body = body
        self.blocks = blocks
        self.textLines = textLines
        var longest = 0
        for i in body { longest = max(longest, lines[i].text.utf8.count) }
        self.longest = longest
        if findingEntries { findEntries() }
    }

    // MARK: - Headings

    static let functionWords: Set<String> = [
        "in", "on", "of", "since", "from", "by", "for", "to", "until", "the", "and", "at", "during", "between",
        "circa", "around", "a", "an", "with", "was", "were", "is",
    ]

    private func prevNonBlank(_ i: Int, within n: Int) -> Int? {
        var j = i - 1
        while j >= body.lowerBound, j >= i - n {
            if !lines[j].isBlank { return j }
            j -= 1
        }
        return nil
    }

    private func nextNonBlank(_ i: Int, within n: Int) -> Int? {
        var j = i + 1
        while j < body.upperBound, j <= i + n {
            if !lines[j].isBlank { return j }
            j += 1
        }
        return nil
    }

    /// The line above is blank, a date, a heading of the section, or ends a sentence or a lead-in.
    private func prevEndsBlock(_ i: Int) -> Bool {
        let j = i - 1
        guard j >= body.lowerBound else { return true }
        let p = lines[j]
        if p.isBlank || p.isDateOnly { return true }
        return PlainTextWords.endsSentence(p.text) || p.text.hasSuffix(":")
    }

    private func containsAt(_ t: String) -> Bool {
        guard let r = t.firstRange(of: " at ") else { return false }
        return PlainTextWords.startsCapitalised(t[r.upperBound...])
    }

    func isHeader(_ i: Int) -> Bool {
        let line = lines[i]
        guard !line.isBlank, !line.isDateOnly, !line.isBullet else { return false }
        let t = line.text
        guard t.utf8.count <= 120 else { return false }
        let words = PlainTextWords.words(t)
        if let d = line.inline {
            // `Lead Engineer (June 2014 - March 2015),` or `Summer 1996, Alchemetrics Ltd., Wokingham, UK`.
            if d.after.hasPrefix(":") { return false }
            let bw = PlainTextWords.words(d.before).count
            let aw = PlainTextWords.words(d.after).count
            if bw >= 1, bw <= 10, d.before.count <= 80, aw <= 4, PlainTextWords.startsCapitalised(d.before),
                !Self.functionWords.contains(PlainTextWords.words(d.before).last.map { $0.lowercased() } ?? "")
            {
                return true
            }
            if bw == 0, aw >= 1, aw <= 10, PlainTextWords.startsCapitalised(d.after) { return true }
            return false
        }
        guard PlainTextWords.startsCapitalised(t), !PlainTextWords.endsSentence(t) else { return false }
        let ratio = PlainTextWords.titleCaseRatio(t)
        // `The on-premise product development era at Message Systems:`
        if t.hasSuffix(":"), words.count <= 10, prevEndsBlock(i) || ratio >= 0.6 || containsAt(t) {
            return true
        }
        // `MessageLabs, Gloucester, UK` above `May 2003 May 2007`.
        if words.count <= 12, let j = nextNonBlank(i, within: 2), lines[j].dateBlock != nil,
            ratio >= (prevEndsBlock(i) ? 0.5 : 0.6)
        {
            return true
        }
        // `March 2015 present` above `The Cloud era at SparkPost: Principal Engineer`.
        if words.count <= 10, t.count <= 70, let p = prevNonBlank(i, within: 2), lines[p].dateBlock != nil, ratio >= 0.6 {
            if let colon = t.firstRange(of: ": ") {
                let after = t[colon.upperBound...]
                if !PlainTextWords.hasTitleWord(after), PlainTextWords.words(after).count > 3 { return false }
            }
            return true
        }
        // `The Printer era at Initech: Staff Engineer`: a title after the organisation it was held at.
        if let colon = t.firstRange(of: ": "), containsAt(String(t[..<colon.lowerBound])), words.count <= 12 {
            let after = t[colon.upperBound...]
            if PlainTextWords.hasTitleWord(after), PlainTextWords.words(after).count <= 5 { return true }
        }
        // The first line of the section.
        if i == firstNonBlank, words.count <= 12, ratio >= 0.5 { return true }
        return false
    }

    private var firstNonBlank: Int? { body.first(where: { !lines[$0].isBlank }) }

    /// A short line that names an organisation or a title above a heading line (`Acme Corp` / `Senior Engineer`).
    private func isUpperHeaderLine(_ i: Int) -> Bool {
        guard i >= body.lowerBound else { return false }
        let line = lines[i]
        guard !line.isBlank, !line.isDateOnly, !line.isBullet, line.inline == nil else { return false }
        let t = line.text
        return PlainTextWords.words(t).count <= 8 && PlainTextWords.startsCapitalised(t) && !PlainTextWords.endsSentence(t)
            && !t.hasSuffix(":") && PlainTextWords.titleCaseRatio(t) >= 0.6 && prevEndsBlock(i)
    }

    // MARK: - Entries

    private mutating func findEntries() {
        var isHead = [Bool](repeating: false, count: body.count)
        for i in body { isHead[i - body.lowerBound] = isHeader(i) }
        var found: [Entry] = []
        var i = body.lowerBound
        while i < body.upperBound {
            defer { i += 1 }
            guard isHead[i - body.lowerBound] else { continue }
            var headerLines = [i]
            if i - 1 >= body.lowerBound, !isHead[i - 1 - body.lowerBound], isUpperHeaderLine(i - 1) {
                headerLines.insert(i - 1, at: 0)
            }
            // `Acme Corp, London` / `Senior Engineer`: two heading lines, one entry.
            if i + 1 < body.upperBound, isHead[i + 1 - body.lowerBound], lines[i].inline == nil, !lines[i].text.hasSuffix(":"),
                lines[i + 1].inline == nil
                    || PlainTextWords.hasTitleWord(lines[i].text) != PlainTextWords.hasTitleWord(lines[i + 1].inline?.before ?? "")
            {
                headerLines.append(i + 1)
                i += 1
            }
            var texts: [String] = []
            var entry = Entry(headerLines: headerLines, text: "", start: headerLines[0])
            for h in headerLines {
                if let d = lines[h].inline, entry.span == nil {
                    entry.span = d.span
                    entry.inlineDated = true
                    let t = [d.before, d.after].filter { !$0.isEmpty }.joined(separator: ", ")
                    texts.append(t)
                } else {
                    texts.append(lines[h].text)
                }
            }
            entry.text = PlainTextWords.clean(texts.joined(separator: " | "))
            if entry.inlineDated, var span = entry.span {
                span.source = span.source ?? textLines.range(lines: lines[i].number, lines[i].number)
                entry.span = span
            }
            found.append(entry)
        }
        attachDates(&found)
        // A heading with no date that names neither a title nor an organisation is text (`Some highlights:`).
        found.removeAll { $0.span == nil && !PlainTextWords.hasTitleWord($0.text) && !containsAt($0.text) }
        for n in found.indices {
            found[n].start = min(found[n].headerLines[0], found[n].blockLines.first.map { $0 < found[n].headerLines[0] ? $0 : Int.max } ?? Int.max)
        }
        for n in found.indices {
            var end = n + 1 < found.count ? found[n + 1].start - 1 : body.upperBound - 1
            while end > found[n].start, lines[end].isBlank || lines[end].absorbed && end != found[n].headerLines.last { end -= 1 }
            found[n].end = max(end, found[n].headerLines.last ?? end)
            found[n].groupLike = !PlainTextWords.hasTitleWord(found[n].text)
        }
        entries = found
        headerLineSet = Set(found.flatMap(\.headerLines))
    }

    private func attachDates(_ found: inout [Entry]) {
        // Blocks come in line order: `next` is the first entry whose heading starts after the block.
        var next = 0
        for block in blocks {
            guard let s = block.lines.first, body.contains(s) else { continue }
            while next < found.count, found[next].headerLines[0] <= s { next += 1 }
            // Backward: the nearest heading above that has no date yet (title lines with their own dates are skipped).
            var back: Int?
            var n = next - 1
            while n >= 0, s - found[n].headerLines[0] <= 40 {
                let e = found[n]
                if e.inlineDated {
                    n -= 1
                    continue
                }
                if e.span == nil, s - (e.headerLines.last ?? s) <= 15 { back = n }
                break
            }
            let adjacent = back.map { b -> Bool in
                let last = found[b].headerLines.last ?? s
                return last + 1 >= s || (last + 1..<s).allSatisfy { lines[$0].isBlank || lines[$0].isDateOnly }
            } ?? false
            var forward: Int?
            if next < found.count, found[next].span == nil, !found[next].inlineDated, found[next].headerLines[0] - s <= 3,
                (s + 1..<found[next].headerLines[0]).allSatisfy({ lines[$0].isBlank || block.lines.contains($0) })
            {
                forward = next
            }
            guard let target = adjacent ? back : (forward ?? back) else { continue }
            found[target].span = block.span
            found[target].blockLines = block.lines
        }
    }

    // MARK: - Nesting

    static func contains(_ outer: DateSpan?, _ inner: DateSpan?) -> Bool {
        guard let outer, let oStart = outer.start else { return false }
        guard let inner, let iStart = inner.start else { return true }
        func endIndex(_ s: DateSpan, _ start: PartialDate) -> Int {
            switch s.end {
            case .present?: return Int.max
            case .date(let d)?: return d.monthIndex(defaultMonth: 12)
            case nil: return start.monthIndex(defaultMonth: 12)
            }
        }
        return oStart.monthIndex(defaultMonth: 1) <= iStart.monthIndex(defaultMonth: 1)
            && endIndex(outer, oStart) >= endIndex(inner, iStart)
    }

    static let maximumDepth = 3

    /// Parents and children: an entry that names no title holds the entries whose dates fall inside
    /// its span; title lines with their own dates that follow one another are siblings.
    mutating func nest() {
        var stack: [Int] = []
        for n in entries.indices {
            let e = entries[n]
            if n > 0, e.inlineDated, entries[n - 1].inlineDated,
                let prevLast = entries[n - 1].headerLines.last, prevLast + 1 == e.headerLines[0]
            {
                let parent = entries[n - 1].parent
                while let top = stack.last, top != parent { stack.removeLast() }
                entries[n].parent = parent
            } else if n > 0, e.inlineDated, entries[n - 1].groupLike, entries[n - 1].span == nil,
                let prevLast = entries[n - 1].headerLines.last, prevLast + 1 == e.headerLines[0]
            {
                // An undated era (`The consulting era at Globex:`) holds the dated title lines right below it.
                while let top = stack.last, top != n - 1 { stack.removeLast() }
                entries[n].parent = n - 1
            } else {
                // Two employers with the same dates are neighbours, not one inside the other.
                while let top = stack.last,
                    !(entries[top].groupLike && Self.contains(entries[top].span, e.span)
                        && !(e.groupLike && entries[top].span?.start == e.span?.start && entries[top].span?.end == e.span?.end))
                {
                    stack.removeLast()
                }
                // Employer, era, title: entries nest at most three deep.
                while stack.count >= Self.maximumDepth { stack.removeLast() }
                entries[n].parent = stack.last
            }
            if let p = entries[n].parent { entries[p].children.append(n) }
            stack.append(n)
        }
    }

    func root(of n: Int) -> Int {
        var r = n
        var steps = 0
        while let p = entries[r].parent, steps < entries.count {
            r = p
            steps += 1
        }
        return r
    }

    // MARK: - Reading a heading

    /// Organisation, title and location from a heading's text:
    /// `Senior Software Engineer at MessageLabs:`, `The Cloud era at SparkPost: Principal Engineer`,
    /// `MessageLabs, Gloucester, UK (Now Symantec …)`, `Acme Corp — Senior Engineer`, `Acme | Engineer`.
    static func readHeader(_ raw: String) -> Header {
        var header = Header()
        var text = PlainTextWords.trim(raw, " ,;:|-–—")
        guard !text.isEmpty else { return header }
        let colonParts = PlainTextWords.splitTopLevel(text, on: [":"])
        if colonParts.count >= 2 {
            let after = PlainTextWords.trim(colonParts.dropFirst().joined(separator: ":"))
            if !after.isEmpty, PlainTextWords.hasTitleWord(after) {
                header.title = PlainTextWords.clean(after)
            }
            text = PlainTextWords.trim(colonParts[0])
        }
        if let r = text.firstRange(of: " at "), PlainTextWords.startsCapitalised(text[r.upperBound...]) {
            let left = PlainTextWords.trim(text[..<r.lowerBound])
            let right = String(text[r.upperBound...])
            if header.title == nil, PlainTextWords.hasTitleWord(left) { header.title = PlainTextWords.clean(left) }
            let (org, location) = organisationAndLocation(right)
            header.organisation = org
            header.location = location
            return header
        }
        // `Acme Corp — Senior Engineer`, `Senior Engineer | Acme`, `Senior Engineer, Acme Corp, London`.
        var parts: [String] = [text]
        for sep in [" | ", " — ", " – ", " - ", " @ ", " · ", " • "] where text.contains(sep) {
            parts = PlainTextWords.split(text, by: sep).map { PlainTextWords.trim($0) }.filter { !$0.isEmpty }
            break
        }
        if parts.count == 1, header.title == nil, PlainTextWords.hasTitleWord(text) {
            let commaParts = PlainTextWords.splitTopLevel(text, on: [","]).map { PlainTextWords.trim($0) }.filter { !$0.isEmpty }
            if commaParts.count >= 2 { parts = [commaParts[0], commaParts.dropFirst().joined(separator: ", ")] }
        }
        var rest: [String] = []
        for p in parts {
            if header.title == nil, PlainTextWords.hasTitleWord(p), !PlainTextWords.hasInstitutionWord(p) {
                header.title = PlainTextWords.clean(p)
            } else {
                rest.append(p)
            }
        }
        if let first = rest.first {
            let (org, location) = organisationAndLocation(first)
            header.organisation = org
            let more = rest.dropFirst().map { PlainTextWords.clean($0) }
            let joined = ([location].compactMap { $0 } + more).joined(separator: ", ")
            header.location = joined.isEmpty ? nil : joined
        }
        return header
    }

    /// `MessageLabs, Gloucester, UK (Now Symantec Email Security.cloud)` → MessageLabs; Gloucester, UK.
    /// `SparkPost, and Message Systems, Inc. (remote working, from home), UK` → `SparkPost, and Message Systems, Inc.`; UK.
    static func organisationAndLocation(_ text: String) -> (String?, String?) {
        let bare = PlainTextWords.withoutParentheses(text)
        let parts = PlainTextWords.splitTopLevel(bare, on: [","]).map { PlainTextWords.trim($0, " ") }.filter { !$0.isEmpty }
        guard var org = parts.first else { return (nil, nil) }
        var k = 1
        while k < parts.count {
            let p = parts[k]
            let lower = p.lowercased()
            if PlainTextWords.companySuffixes.contains(lower) || lower.hasPrefix("and ") || lower.hasPrefix("& ") {
                org += ", " + p
                k += 1
            } else {
                break
            }
        }
        let location = parts[k...].joined(separator: ", ")
        return (PlainTextWords.clean(org), location.isEmpty ? nil : PlainTextWords.clean(location))
    }

    // MARK: - Body

    /// Paragraphs and bullets of the lines, skipping headings and date lines. A bullet goes on over
    /// the following lines until the next bullet, a blank line or a heading.
    func readBody(_ range: ClosedRange<Int>, skipping skip: Set<Int>) -> (text: [Bullet], bullets: [Bullet]) {
        var text: [Bullet] = []
        var bullets: [Bullet] = []
        // The paragraph or bullet being read.
        var words: [String] = []
        var first = 0
        var last = 0
        var isBullet = false
        func flush() {
            guard !words.isEmpty else { return }
            let joined = PlainTextWords.clean(words.joined(separator: " "))
            if !joined.isEmpty {
                let b = Bullet(text: joined, source: textLines.range(lines: lines[first].number, lines[last].number))
                if isBullet { bullets.append(b) } else { text.append(b) }
            }
            words.removeAll()
        }
        for i in range where i >= body.lowerBound && i < body.upperBound {
            let line = lines[i]
            // A date line inside a paragraph (PDF extraction) does not end it.
            if line.isDateOnly, i > range.lowerBound, !lines[i - 1].isBlank, i + 1 < body.upperBound, !lines[i + 1].isBlank,
                !lines[i + 1].isBullet
            {
                continue
            }
            if line.isBlank || line.isDateOnly || skip.contains(i) || headerLineSet.contains(i) {
                flush()
                continue
            }
            if let b = line.bulletText {
                flush()
                words.append(b)
                first = i
                last = i
                isBullet = true
                continue
            }
            if !words.isEmpty {
                let prev = lines[last].text
                let newParagraph = !isBullet && PlainTextWords.endsSentence(prev) && prev.utf8.count * 10 < longest * 7
                if !newParagraph {
                    words.append(line.text)
                    last = i
                    continue
                }
                flush()
            }
            words.append(line.text)
            first = i
            last = i
            isBullet = false
        }
        flush()
        return (text, bullets)
    }
}

