import Synchronization
/// One entry of an experience, projects or education section as laid out in the file: the heading
/// (or `<dt>`, or dated line) that opens it, the organisation heading above it if any, the short
/// header lines that follow (title, dates, location), and its body.
struct MarkdownEntry {
    var organisation: MarkdownLine?
    var header: [MarkdownLine]
    var fromHeading: Bool
    var group: Int
    var text: [Bullet] = []
    var bullets: [Bullet] = []
    var source: SourceRange
    var hasBody = false
    var hasDate = false
    var organisationSource: SourceRange?
}

/// Date spans found in texts during one parse, so that a header line is scanned once.
final class MarkdownDateMemo: Sendable {
    private let spans = Mutex<[String: DateParser.Match?]>([:])
    /// Past this many texts the memo starts afresh (a parse memo keeps one across the versions of a history).
    let limit: Int

    init(limit: Int = .max) { self.limit = limit }

    func span(_ text: String) -> DateParser.Match? {
        if let known = spans.withLock({ $0[text] }) { return known }
        let found = MarkdownEntryReader.findSpan(text)
        spans.withLock { s in
            if s.count >= limit { s.removeAll(keepingCapacity: true) }
            s[text] = .some(found)
        }
        return found
    }

    func hasDate(_ text: String) -> Bool { span(text) != nil }
}

/// The parts of an entry, resolved with general cues.
struct MarkdownEntryParts {
    var organisation: String?
    var title: String?
    var dates: DateSpan?
    var location: String?
    var url: String?
}

/// Splits the blocks of a section into entries. Cues, in order: heading levels (an upper level without
/// dates holds organisations, the level below with dates holds titles), sub-heading words
/// ("Accomplishments" is not an organisation), short header lines after a heading (title, dates,
/// location), and, in sections without entry headings, `<dt>` terms and lines that carry a date.
struct MarkdownEntryReader {
    enum Purpose { case roles, projects, education }

    let purpose: Purpose
    let memo: MarkdownDateMemo
    private(set) var entries: [MarkdownEntry] = []
    /// Content before the first entry.
    private(set) var loose: [Bullet] = []
    private var current: MarkdownEntry?
    private var organisation: MarkdownLine?
    private var group = 0

    init(purpose: Purpose, memo: MarkdownDateMemo) {
        self.purpose = purpose
        self.memo = memo
    }

    static func read(_ blocks: [MarkdownBlock], purpose: Purpose, memo: MarkdownDateMemo = MarkdownDateMemo()) -> MarkdownEntryReader {
        var reader = MarkdownEntryReader(purpose: purpose, memo: memo)
        reader.walk(blocks)
        return reader
    }

    static func hasDate(_ text: String) -> Bool { findSpan(text) != nil }

    /// `DateParser.findSpan`, skipping texts without a digit (no year, no date) and overlong ones.
    static func findSpan(_ text: String) -> DateParser.Match? {
        let utf8 = text.utf8
        guard utf8.count <= 2_000, utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return DateParser.findSpan(in: text)
    }

    // MARK: - Walking

    /// What the whole section decides for each of its parts: which heading level holds organisations, which
    /// holds entries, and whether entries have headings at all.
    struct Facts: Hashable, Sendable {
        var organisationLevel: Int?
        var entryLevel: Int?
        var headed: Bool
    }

    static func facts(_ blocks: [MarkdownBlock], memo: MarkdownDateMemo) -> Facts {
        // Levels of entry headings and whether they hold dates.
        var levels: [Int: (count: Int, dated: Int)] = [:]
        for case .heading(let level, let line) in blocks where !MarkdownCues.isSubheading(line.text) {
            let dated = memo.hasDate(line.text) ? 1 : 0
            levels[level, default: (0, 0)].count += 1
            levels[level, default: (0, 0)].dated += dated
        }
        let sorted = levels.keys.sorted()
        var organisationLevel: Int?
        var entryLevel: Int?
        if sorted.count >= 2 {
            let upper = sorted[0]
            let lower = sorted[1]
            let upperDated = Double(levels[upper]?.dated ?? 0) / Double(Swift.max(1, levels[upper]?.count ?? 1))
            let lowerDated = Double(levels[lower]?.dated ?? 0) / Double(Swift.max(1, levels[lower]?.count ?? 1))
            if lowerDated > 0 && lowerDated >= upperDated || upperDated == 0 {
                organisationLevel = upper
                entryLevel = lower
            } else {
                entryLevel = upper
            }
        } else {
            entryLevel = sorted.first
        }
        let headed = entryLevel != nil || blocks.contains { if case .term = $0 { return true }; return false }
        return Facts(organisationLevel: organisationLevel, entryLevel: entryLevel, headed: headed)
    }

    /// The blocks where the walk starts afresh: an organisation heading (or, without organisation headings, an
    /// entry heading) closes the entry before it and sets the organisation, so what follows depends on nothing
    /// before it but the group count. Reading from each such block on its own gives the same entries.
    static func freshStarts(_ blocks: [MarkdownBlock], facts: Facts, memo: MarkdownDateMemo) -> [Int] {
        var starts: [Int] = []
        for (i, block) in blocks.enumerated() {
            guard case .heading(let level, let line) = block,
                !(MarkdownCues.isSubheading(line.text) && !memo.hasDate(line.text) || level > (facts.entryLevel ?? 0))
            else { continue }
            if level == facts.organisationLevel || facts.organisationLevel == nil && level == facts.entryLevel { starts.append(i) }
        }
        return starts
    }

    /// The number of groups the walk opened.
    var groups: Int { group }

    mutating func walk(_ blocks: [MarkdownBlock]) {
        walk(blocks[...], facts: MarkdownEntryReader.facts(blocks, memo: memo))
    }

    mutating func walk(_ blocks: ArraySlice<MarkdownBlock>, facts: Facts) {
        let organisationLevel = facts.organisationLevel
        let entryLevel = facts.entryLevel
        let headed = facts.headed

        for block in blocks {
            switch block {
            case .heading(let level, let line):
                if MarkdownCues.isSubheading(line.text) && !memo.hasDate(line.text) || level > (entryLevel ?? 0) {
                    extendCurrent(line.source)
                } else if level == organisationLevel {
                    close()
                    organisation = line
                    group += 1
                } else if level == entryLevel {
                    close()
                    if organisationLevel == nil {
                        organisation = nil
                        group += 1
                    }
                    start(header: [line], fromHeading: true)
                } else {
                    extendCurrent(line.source)
                }
            case .term(let line):
                close()
                organisation = nil
                group += 1
                start(header: [line], fromHeading: true)
            case .paragraph(let lines):
                paragraph(lines, headed: headed)
            case .list(let items):
                list(items, headed: headed)
            case .table(let rows, _):
                for row in rows {
                    let text = row.map(\.text).filter { !$0.isEmpty }.joined(separator: " | ")
                    guard !text.isEmpty, let range = MarkdownBlock.cover(row.map(\.source)) else { continue }
                    addText(Bullet(text: text, source: range))
                }
            case .rule:
                // A rule ends the entry: what follows is not part of it (`---` then "References on request").
                close()
            }
        }
        close()
    }

    private mutating func start(header: [MarkdownLine], fromHeading: Bool) {
        var range = MarkdownBlock.cover(header.map(\.source)) ?? SourceRange(lines: 1, 1)
        if fromHeading == false, let first = header.first { range = first.source }
        current = MarkdownEntry(
            organisation: organisation, header: header, fromHeading: fromHeading, group: group, source: range,
            hasDate: header.contains { memo.hasDate($0.text) }, organisationSource: organisation?.source)
    }

    private mutating func close() {
        if let entry = current { entries.append(entry) }
        current = nil
    }

    private mutating func extendCurrent(_ range: SourceRange) {
        guard var entry = current else { return }
        entry.source = entry.source.union(range)
        current = entry
    }

    private mutating func addText(_ bullet: Bullet) {
        if current != nil {
            current?.text.append(bullet)
            current?.hasBody = true
            extendCurrent(bullet.source)
        } else {
            loose.append(bullet)
        }
    }

    private mutating func addBullets(_ bullets: [Bullet]) {
        guard !bullets.isEmpty else { return }
        if current != nil {
            current?.bullets += bullets
            current?.hasBody = true
            for b in bullets { extendCurrent(b.source) }
        } else {
            loose += bullets
        }
    }

    // MARK: - Header lines

    /// A short line that belongs to an entry's header: dates, a bold title, `Title • Dates`, a title alone.
    static func isHeaderLine(_ memo: MarkdownDateMemo, _ line: MarkdownLine, afterHeaderLine: Bool, needsTitle: Bool) -> Bool {
        let text = line.text
        guard text.utf8.count <= 400, text.utf8.count <= 160 || text.count <= 160 else { return false }
        let match = memo.span(text)
        let rest = match.map { MarkdownCues.trimSeparators(text.replacingRange($0.range, with: " ")) } ?? text
        let words = MarkdownCues.wordCount(rest)
        if match == nil && MarkdownCues.isSubheading(rest) { return false }
        if UTF8Scan.hasSuffix(rest, ".") && !UTF8Scan.hasSuffix(rest, "..") && words > 3 { return false }
        if match != nil { return words <= 12 && !(UTF8Scan.hasSuffix(rest, ":") && words > 8) }
        if UTF8Scan.hasSuffix(rest, ":") { return false }
        if line.isEmphasised { return words <= 12 }
        if UTF8Scan.hasSuffix(text, "•") || UTF8Scan.hasSuffix(text, "|") || text.utf8.containsBytes(of: " • ")
            || text.utf8.containsBytes(of: " | ")
        {
            return words <= 12
        }
        if afterHeaderLine && words <= 6 { return true }
        if needsTitle && words <= 6 && MarkdownCues.titleScore(rest) >= 1 { return true }
        return false
    }

    /// A title line of its own below another title's body: emphasised or set off with `•`/`|`, short, dated.
    static func opensStackedTitle(_ memo: MarkdownDateMemo, _ line: MarkdownLine) -> Bool {
        let setOff = line.isEmphasised || line.text.utf8.containsBytes(of: " • ") || line.text.utf8.containsBytes(of: " | ")
        return setOff && isEntryLine(memo, line)
    }

    /// A line that opens an entry by itself (in sections without entry headings): short, with a date.
    static func isEntryLine(_ memo: MarkdownDateMemo, _ line: MarkdownLine) -> Bool {
        guard line.text.utf8.count <= 400, let match = memo.span(line.text) else { return false }
        let rest = MarkdownCues.trimSeparators(line.text.replacingRange(match.range, with: " "))
        return !rest.isEmpty && MarkdownCues.wordCount(rest) <= 14 && !(UTF8Scan.hasSuffix(rest, ".") && MarkdownCues.wordCount(rest) > 6)
    }

    private mutating func paragraph(_ lines: [MarkdownLine], headed: Bool) {
        var rest = lines[...]
        // A paragraph of header lines with a date, after an entry that already has its date and no body:
        // another title at the same organisation (`**Senior Engineer**<br/>2019 - Present` twice). After a
        // body too, when the paragraph opens like a title line (`**Senior Engineer** • Jan 2019 – Mar 2022`
        // below the bullets of the title above it, under one organisation heading).
        if var entry = current, entry.hasDate, let first = rest.first,
            !entry.hasBody || MarkdownEntryReader.opensStackedTitle(memo, first),
            MarkdownEntryReader.isHeaderLine(memo, first, afterHeaderLine: false, needsTitle: true),
            rest.prefix(3).contains(where: { memo.hasDate($0.text) }),
            rest.prefix(3).allSatisfy({ MarkdownEntryReader.isHeaderLine(memo, $0, afterHeaderLine: true, needsTitle: true) })
        {
            if entry.organisation == nil, entry.fromHeading, entry.header.count > 1 {
                // The heading named the organisation: both titles share it.
                let heading = entry.header.removeFirst()
                entry.organisation = heading
                entry.organisationSource = heading.source
                let bodyEnd = entry.source.end
                entry.source = MarkdownBlock.cover(entry.header.map(\.source)) ?? entry.source
                if entry.hasBody { entry.source.end = Swift.max(entry.source.end, bodyEnd) }
                current = entry
                organisation = heading
            }
            close()
            start(header: [], fromHeading: false)
            current?.source = first.source
            current?.organisation = entry.organisation
            current?.organisationSource = entry.organisationSource
        }
        if current != nil, current?.hasBody == false {
            var afterHeader = false
            while let line = rest.first,
                MarkdownEntryReader.isHeaderLine(memo, line, afterHeaderLine: afterHeader, needsTitle: (current?.header.count ?? 0) <= 1)
            {
                current?.header.append(line)
                if memo.hasDate(line.text) { current?.hasDate = true }
                extendCurrent(line.source)
                rest = rest.dropFirst()
                afterHeader = true
            }
        }
        guard !rest.isEmpty else { return }
        // Sections without entry headings: a dated short line opens an entry.
        if !headed || current == nil, let first = rest.first, MarkdownEntryReader.isEntryLine(memo, first) {
            close()
            group += 1
            organisation = nil
            start(header: [first], fromHeading: false)
            rest = rest.dropFirst()
            var afterHeader = true
            while let line = rest.first, MarkdownEntryReader.isHeaderLine(memo, line, afterHeaderLine: afterHeader, needsTitle: false),
                !memo.hasDate(line.text)
            {
                current?.header.append(line)
                extendCurrent(line.source)
                rest = rest.dropFirst()
                afterHeader = true
            }
            guard !rest.isEmpty else { return }
        }
        let text = rest.map(\.text).joined(separator: " ")
        if let range = MarkdownBlock.cover(rest.map(\.source)) { addText(Bullet(text: text, source: range)) }
    }

    private mutating func list(_ items: [MarkdownItem], headed: Bool) {
        for item in items {
            if !headed || current == nil, let first = item.lines.first, MarkdownEntryReader.isEntryLine(memo, first) {
                close()
                group += 1
                organisation = nil
                start(header: [first], fromHeading: false)
                let more = item.lines.dropFirst()
                if !more.isEmpty, let range = MarkdownBlock.cover(more.map(\.source)) {
                    addText(Bullet(text: more.map(\.text).joined(separator: " "), source: range))
                }
                addBullets(item.children.map(MarkdownEntryReader.bullet))
                extendCurrent(item.source)
            } else {
                addBullets([MarkdownEntryReader.bullet(item)])
            }
        }
    }

    /// A list item as a bullet, nested items as children (the tree is already depth-bounded).
    static func bullet(_ item: MarkdownItem) -> Bullet {
        let range = MarkdownBlock.cover(item.lines.map(\.source)).map { SourceRange(start: Swift.min(item.source.start, $0.start), end: $0.end) } ?? item.source
        return Bullet(text: item.text, children: item.children.map(bullet), source: range)
    }

    // MARK: - Resolving the parts

    /// Organisation, title, dates and location of an entry.
    static func resolve(_ entry: MarkdownEntry, purpose: Purpose, memo: MarkdownDateMemo = MarkdownDateMemo()) -> MarkdownEntryParts {
        var parts = MarkdownEntryParts()
        var remainders: [(text: String, line: MarkdownLine)] = []
        for line in entry.header {
            var text = line.text
            if parts.dates == nil, let match = memo.span(text) {
                var span = match.span
                span.source = line.source
                parts.dates = span
                text = text.replacingRange(match.range, with: " ")
            }
            let cleaned = MarkdownCues.trimSeparators(text)
            if !cleaned.isEmpty { remainders.append((cleaned, line)) }
        }
        var organisationText = entry.organisation.map(\.text)
        if let org = entry.organisation, let match = memo.span(org.text) {
            if parts.dates == nil {
                var span = match.span
                span.source = org.source
                parts.dates = span
            }
            organisationText = MarkdownCues.trimSeparators(org.text.replacingRange(match.range, with: " "))
        }
        // `Ongoing Open Source`: a present-word alone stands for an open end.
        if parts.dates == nil, let first = remainders.first {
            let words = first.text.split(separator: " ")
            if let w = words.first, words.count > 1, DateParser.isPresent(String(w)) {
                parts.dates = DateSpan(start: nil, end: .present, text: String(w), source: first.line.source)
                remainders[0].text = words.dropFirst().joined(separator: " ")
            }
        }
        parts.url = (entry.organisation?.links.first ?? entry.header.first?.links.first)?.url

        func isLink(_ text: String, _ line: MarkdownLine) -> Bool {
            line.links.contains { $0.text == text }
        }
        func score(_ text: String, _ line: MarkdownLine) -> Int {
            switch purpose {
            case .education:
                return MarkdownCues.degreeScore(text) * 2 - MarkdownCues.institutionScore(text) * 2
            case .roles, .projects:
                return MarkdownCues.titleScore(text) - MarkdownCues.organisationScore(text) - (isLink(text, line) ? 2 : 0)
            }
        }

        if let org = organisationText, !org.isEmpty {
            parts.organisation = org
            var rest = remainders[...]
            if let first = rest.first {
                let pieces = purpose == .roles ? MarkdownCues.splitParts(first.text, allowComma: false) : [first.text]
                parts.title = pieces[0]
                if pieces.count > 1 { parts.location = pieces.dropFirst().first(where: MarkdownCues.looksLikeLocation) }
                rest = rest.dropFirst()
            }
            if parts.location == nil { parts.location = rest.first(where: { MarkdownCues.looksLikeLocation($0.text) })?.text }
            return orient(parts, purpose: purpose)
        }
        guard let first = remainders.first else { return parts }
        if purpose != .education, let split = MarkdownCues.splitAt(first.text) {
            parts.title = split.title
            parts.organisation = split.organisation
        } else {
            let pieces = MarkdownCues.splitParts(first.text, allowComma: purpose == .roles && entry.fromHeading == false || purpose == .roles && remainders.count == 1)
            if pieces.count >= 2 && purpose != .projects {
                // The piece that reads most like a title (or degree) is the title; the first other one the organisation.
                var best = 0
                for (i, p) in pieces.enumerated() where score(p, first.line) > score(pieces[best], first.line) { best = i }
                let others = pieces.enumerated().filter { $0.offset != best }.map(\.element)
                if score(pieces[best], first.line) > 0 || purpose == .roles {
                    parts.title = pieces[best]
                    parts.organisation = others.first
                    parts.location = others.dropFirst().first
                } else {
                    parts.organisation = pieces[0]
                    parts.location = pieces.dropFirst().first(where: MarkdownCues.looksLikeLocation)
                    if parts.location == nil { parts.title = pieces[1] }
                }
            } else if pieces.count >= 2 {
                parts.organisation = pieces[0]
                parts.title = pieces.dropFirst().joined(separator: ", ")
            } else if remainders.count >= 2 {
                let second = remainders[1]
                let secondPieces = purpose == .roles ? MarkdownCues.splitParts(second.text, allowComma: false) : [second.text]
                let swap = purpose != .projects && !isLink(first.text, first.line)
                    && score(first.text, first.line) > score(secondPieces[0], second.line)
                    && score(first.text, first.line) > 0
                parts.organisation = swap ? secondPieces[0] : first.text
                parts.title = swap ? first.text : secondPieces[0]
                if secondPieces.count > 1 { parts.location = secondPieces.dropFirst().first(where: MarkdownCues.looksLikeLocation) }
            } else if purpose == .projects {
                parts.organisation = first.text
            } else if score(first.text, first.line) > 0 {
                parts.title = first.text
            } else {
                parts.organisation = first.text
            }
        }
        if parts.location == nil, remainders.count >= 3 {
            parts.location = remainders.dropFirst(2).first(where: { MarkdownCues.looksLikeLocation($0.text) })?.text
        }
        return orient(parts, purpose: purpose)
    }

    /// Empty strings become nil.
    static func orient(_ parts: MarkdownEntryParts, purpose: Purpose) -> MarkdownEntryParts {
        var p = parts
        if p.organisation?.isEmpty == true { p.organisation = nil }
        if p.title?.isEmpty == true { p.title = nil }
        if p.location?.isEmpty == true { p.location = nil }
        if p.location != nil && p.location == p.title { p.location = nil }
        return p
    }
}

extension String {
    /// This string with `range` replaced.
    func replacingRange(_ range: Range<String.Index>, with replacement: String) -> String {
        String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
