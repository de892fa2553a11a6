/// The shared reader's middle stage: finds the entries (roles, degrees, projects) of one section in its cue lines,
/// whatever format they came from, and reads each entry's fields (`EntryFields`) and body.
///
/// 1. Each line is a header line or a body line. Headings, terms and table rows are headers; a short line that
///    is no sentence, or a line that carries a date span and is not prose, is a header; bullets and prose are body.
/// 2. Consecutive header lines form a run. A run holds one entry per date span in it: where several dates share a
///    run, the lines are cut by the run's own period (`Title / Org / dates` repeated), and lines left over before
///    the first entry name the organisation the entries share (stacked titles).
/// 3. A heading level above the dated headings (`### Company` over `#### Title (dates)`) names the organisation of
///    the entries below it; so does an undated first line of a run (`Company` over `Title  dates`) for the later
///    runs that name no organisation of their own.
/// 4. The body after a run belongs to its last entry: list items are bullets (nested by depth), other lines text.
/// Sections without any date read each run that has a heading, a term or an emphasised line as an undated entry.
struct EntryFinder {
    struct Entry {
        var fields: EntryFields
        var header: [Int]
        var context: [Int]
        var text: [Bullet] = []
        var bullets: [Bullet] = []
        var group: Int
        var source: SourceRange
        var organisationSource: SourceRange?
        /// Where its body lines are (nil: no body).
        var bodySource: SourceRange?
    }

    private(set) var lines: [CueLine]
    let purpose: EntryFields.Purpose
    private(set) var dates: [DateSpan?]
    private(set) var entries: [Entry] = []
    /// Content before the first entry.
    private(set) var loose: [Bullet] = []

    /// Header lines are at most this many words (a date span's words aside).
    static let headerWords = 14

    /// Reads the entries of `lines`. `memo` (a layer kept across a CV's versions) keeps what the field reader and the
    /// date reader found before; the entries are the same with or without it.
    /// `dates`, when given, is each line's `lineDate` found before, and `origins` where each line came from (the memo
    /// keeps both with the line; origins make the keys of parts short).
    init(
        _ lines: consuming [CueLine], purpose: EntryFields.Purpose, memo: EntryFieldsMemo? = nil, dateMemo: MarkdownDateMemo? = nil,
        dates known: [DateSpan?]? = nil, origins: [MarkdownParseMemo.CueOrigin]? = nil
    ) {
        self.purpose = purpose
        self.memo = memo
        self.noPostAnswers = purpose == .roles ? memo?.takeNoPostAnswers() ?? NoPostAnswers() : NoPostAnswers()
        self.origins = origins?.count == lines.count ? origins : nil
        let dates: [DateSpan?]
        if let known, known.count == lines.count {
            dates = known
        } else {
            var found: [DateSpan?] = []
            found.reserveCapacity(lines.count)
            for i in lines.indices { found.append(Self.lineDate(lines[i], dateMemo: dateMemo)) }
            dates = found
        }
        self.lines = lines
        self.dates = dates
        // The section-wide pass over the lines: a run of lines at a time (`prepare`), through the memo by each run's
        // origin where the lines came from the memo's cue lines, else over all the lines as one run.
        if !(self.origins != nil && memo != nil && prepareByRuns()) {
            prepare(runs: self.lines.isEmpty ? [] : [0..<self.lines.count], keys: nil)
        }
        // Hashed once for the keys of all the parts (the facts hold a set).
        var h = Hasher()
        h.combine(facts)
        factsHash = h.finalize()
        readParts()
    }

    // MARK: - The section-wide pass, a run of lines at a time

    /// What one run of lines gives the section-wide pass (`prepare`). A function of the run's lines (which the memo's
    /// cue lines fix by their origin, with their kinds) and of the line after the run (its kind and whether it holds a
    /// date: the pass looks past a run's last heading for the line under it), nothing else: where every run after the
    /// first opens with a heading, nothing the pass looks at before a line lies before its run.
    struct RunFacts: Sendable {
        /// Items whose date is a labelled date (`isLabelledDate`), from the run's start.
        var labelled: [Int] = []
        /// Character counts of the text lines and items with text (for the section's prose width).
        var lengths: [Int] = []
        /// A dated heading or term, or a heading over a dated text line (`strongHeaders`).
        var strong = false
        var datedItems = 0
        var datedOthers = 0
        /// The first line that is not blank, from the run's start.
        var firstNonBlank: Int?
        /// Level, and whether it holds a date, of each heading that is no subheading (`organisationLevel`).
        var headings: [(level: Int, dated: Bool)] = []
        var anyDate = false
        var datedTerms = false
        var entryHeadingLevels: Set<Int> = []
        /// Blocks of the table rows that carry a date, from the run's first line's block.
        var datedTables: [Int] = []
        /// The run's header flags as last found, with what else they depend on.
        var flags: (context: HeaderContext, flags: [Bool])?
    }

    /// What a run's header flags depend on besides its lines and the line after it: the purpose (a line's fields decide a
    /// term's flag) and what the section decides for all its lines (the prose width, strong headers, items holding
    /// entries, where its first line that is not blank stands from the run's start; -1: before it).
    struct HeaderContext: Equatable, Sendable {
        var purpose: EntryFields.Purpose
        var wideLine: Int
        var strongHeaders: Bool
        var itemsHoldEntries: Bool
        var firstLine: Int
    }

    /// The section-wide pass (labelled dates, the prose width, strong headers, which lines are headers, the facts) over
    /// `runs`, which cover the lines in order. With `keys` (one per run), each run's facts, and its header flags where
    /// they were found in the same `HeaderContext`, are taken from the memo where it holds them, else found and kept.
    /// The same lines give the same results however they are cut into runs that each open with a heading.
    mutating func prepare(runs: [Range<Int>], keys: [MarkdownParseMemo.ContentKey]?, known: [RunFacts?]? = nil) {
        let known = known ?? Array(repeating: nil, count: runs.count)
        // `### Northtown University` / `- Major: Physics` / `- Graduated: 2016`: a labelled item that gives only a date
        // is the date of the entry it is under, no entry of its own (see `datesFromLabels`).
        var labelled: [[Int]] = []
        labelled.reserveCapacity(runs.count)
        var dated = [Bool](repeating: false, count: dates.count)
        dates.withUnsafeBufferPointer { d in
            for i in d.indices { if case .some = d[i] { dated[i] = true } }
        }
        for (k, r) in runs.enumerated() {
            let found = known[k].map { f in f.labelled.map { $0 + r.lowerBound } } ?? labelledItems(in: r, dated: dated)
            for i in found {
                labelledDates.append((i, dates[i]!))
                dates[i] = nil
            }
            labelled.append(found)
        }
        // Which lines hold a date, looked up without copying the dates (a date holds texts).
        for found in labelled { for i in found { dated[i] = false } }
        // Each line carries its date from here on (the field reader finds it on the bytes). (The lines to change found
        // first: a loop that may write to the lines copies them all before it starts, even where it writes to none.)
        let undated = lines.indices.filter { dated[$0] && lines[$0].dateBox == nil }
        for i in undated { lines[i].date = dates[i] }
        var facts: [RunFacts] = []
        facts.reserveCapacity(runs.count)
        // The runs whose facts or flags are found here (to keep).
        var found = [Bool](repeating: false, count: runs.count)
        for (k, r) in runs.enumerated() {
            if let f = known[k] {
                facts.append(f)
            } else {
                facts.append(runFacts(r, dated: dated, labelled: labelled[k]))
                found[k] = true
            }
        }
        // The width of the section's prose: most of its text lines are at most this long (the 90th percentile).
        var lengths: [Int] = []
        var datedItems = 0
        var datedOthers = 0
        // (By index: a loop over the facts copies each run's.)
        for k in facts.indices {
            lengths += facts[k].lengths
            datedItems += facts[k].datedItems
            datedOthers += facts[k].datedOthers
        }
        if lengths.count >= 10 {
            let width = Self.sortedElement(lengths, at: lengths.count * 9 / 10)
            if width >= 60 { wideLine = width * 4 / 5 }
        }
        // Entries opened by a dated heading or term, or by a heading over a dated line (`### Acme` / `Engineer • 2019`).
        strongHeaders = facts.contains { $0.strong }
        // List items open entries where the section's dates are mostly on list items.
        itemsHoldEntries = datedItems > datedOthers
        firstLine = 0
        for (k, r) in runs.enumerated() {
            if let f = facts[k].firstNonBlank {
                firstLine = r.lowerBound + f
                break
            }
        }
        // The tables that carry a date somewhere (`isDetailRow`).
        for (k, r) in runs.enumerated() where !facts[k].datedTables.isEmpty {
            for b in facts[k].datedTables { datedTables.insert(lines[r.lowerBound].block + b) }
        }
        // Which lines are headers, a run at a time.
        headers.reserveCapacity(lines.count)
        for (k, r) in runs.enumerated() {
            let context = HeaderContext(
                purpose: purpose, wideLine: wideLine, strongHeaders: strongHeaders, itemsHoldEntries: itemsHoldEntries,
                firstLine: firstLine >= r.lowerBound ? firstLine - r.lowerBound : -1)
            if keys != nil, let kept = facts[k].flags, kept.context == context {
                headers += kept.flags
            } else {
                headerFlags(r, dated: dated)
                if keys != nil {
                    facts[k].flags = (context, Array(headers[r]))
                    found[k] = true
                }
            }
        }
        if let keys, let memo { memo.store(runFacts: runs.indices.filter { found[$0] }.map { (keys[$0], facts[$0]) }) }
        var headings: [(level: Int, dated: Bool)] = []
        var levels: Set<Int> = []
        for k in facts.indices {
            headings += facts[k].headings
            if !facts[k].entryHeadingLevels.isEmpty { levels.formUnion(facts[k].entryHeadingLevels) }
        }
        self.facts = Facts(
            purpose: purpose, organisationLevel: Self.organisationLevel(headings), anyDate: facts.contains { $0.anyDate },
            datedTerms: facts.contains { $0.datedTerms }, entryHeadingLevels: levels)
    }

    /// Cuts lines taken from the memo's cue lines into runs of one segment each (lines that follow on in their segment)
    /// and prepares them a run at a time through the memo. False (nothing done) where a run after the first does not open
    /// with a heading, or where the memo has met none of the runs' segments twice before.
    mutating func prepareByRuns() -> Bool {
        guard let origins, !lines.isEmpty else { return false }
        var runs: [Range<Int>] = []
        var start = 0
        for i in 1..<max(1, lines.count) where origins[i].segment != origins[i - 1].segment || origins[i].line != origins[i - 1].line + 1 {
            guard case .heading = lines[i].kind else { return false }
            runs.append(start..<i)
            start = i
        }
        runs.append(start..<lines.count)
        // Runs whose segments were met fewer than three times: the pass over all the lines at once (a text read once or
        // twice, `validate`, `diff`, pays nothing for keeping runs it never meets again).
        guard let memo, memo.segmentsMet(runs.map { origins[$0.lowerBound].segment }) >= 3 else { return false }
        var keys: [MarkdownParseMemo.ContentKey] = []
        keys.reserveCapacity(runs.count)
        for r in runs {
            // The run's origin and length, the line after it (its kind and date), and each line's kind (a kind may come
            // from the lines around, `MarkdownCueLines.acrossBlocks`).
            var key = KeyBytes(capacity: 24 + r.count)
            key.append(0x52)
            key.append(number: origins[r.lowerBound].segment)
            key.append(number: origins[r.lowerBound].line)
            key.append(number: r.count)
            if r.upperBound < lines.count {
                append(kindOf: r.upperBound, to: &key)
                key.append(dates[r.upperBound] == nil ? 0 : 1)
            } else {
                key.append(0xFF)
            }
            for i in r { append(kindOf: i, to: &key) }
            keys.append(key.key)
        }
        prepare(runs: runs, keys: keys, known: memo.runFacts(keys))
        return true
    }

    /// A line's kind in a key: its code, and its level or depth in full where the code cannot hold it.
    func append(kindOf i: Int, to key: inout KeyBytes) {
        let code = lines[i].kind.code
        key.append(code)
        if code & 0x0F == 0x0F { key.append(number: lines[i].headingLevel ?? lines[i].depth) }
    }

    /// The items of `range` whose date is a labelled date, against the dates as found (an item's answer reads only its
    /// own date and the undated heading above it, so they are found before any is taken away).
    func labelledItems(in range: Range<Int>, dated: [Bool]) -> [Int] {
        var found: [Int] = []
        for i in range where dated[i] && lines[i].isItem && Self.isLabelledDate(i, in: lines, dates) { found.append(i) }
        return found
    }

    /// The facts of the run `r` (see `RunFacts`), the labelled dates taken away.
    func runFacts(_ r: Range<Int>, dated: [Bool], labelled: [Int]) -> RunFacts {
        var f = RunFacts()
        f.labelled = labelled.map { $0 - r.lowerBound }
        let firstBlock = lines[r.lowerBound].block
        for i in r {
            let kind = lines[i].kind
            if dated[i] && kind == .row { f.datedTables.append(lines[i].block - firstBlock) }
            if (kind == .text || lines[i].isItem) && !lines[i].text.isEmpty { f.lengths.append(lines[i].characterCount) }
            switch kind {
            case .heading, .term:
                if dated[i] {
                    f.strong = true
                } else if kind != .term, let next = Self.next(after: i, in: lines, where: { $0 != .blank }), dated[next], lines[next].kind == .text {
                    f.strong = true
                }
            default: break
            }
            // (A date in a sentence that ends an item's further line, `… Service of X, 2017 - 2021.`, is the item's text.)
            if dated[i] {
                if lines[i].isItem {
                    if case .itemText = kind, PlainTextWords.endsSentence(lines[i].text) {} else { f.datedItems += 1 }
                } else if kind != .headerRow {
                    f.datedOthers += 1
                }
                // A year in a sentence of a list item (`… expected to finish in 2027.`) dates no entry of the section.
                if !Self.isDatedSentenceItem(lines[i]) { f.anyDate = true }
                if kind == .term { f.datedTerms = true }
            }
            if f.firstNonBlank == nil, kind != .blank { f.firstNonBlank = i - r.lowerBound }
            if let level = lines[i].headingLevel, !lines[i].isSubheading { f.headings.append((level, dated[i])) }
        }
        f.entryHeadingLevels = Self.entryHeadingLevels(lines, dates, in: r)
        return f
    }

    /// Whether each line of `r` is a header line, appended to `headers` (which holds the flags of the lines before).
    mutating func headerFlags(_ r: Range<Int>, dated: [Bool]) {
        var afterTerm = false
        var termLacks = false
        for i in r {
            switch lines[i].kind {
            case .term, .heading:
                afterTerm = lines[i].kind == .term
                // `2014--2020` / `: Research fellow at Acme`: a term that is only a date leaves the naming to the
                // first line of its definition; a term without a date (`Northfield University`) takes the date of it.
                termLacks = afterTerm && (dates[i] != nil && fieldsOfLine(i).isEmpty || dates[i] == nil && (i + 1 < lines.count && dates[i + 1] != nil))
                let flag = !(strongHeaders && lines[i].isItem) && isHeader(i)
                headers.append(flag)
                continue
            default: break
            }
            if termLacks, lines[i].kind == .text, !lines[i].text.isEmpty {
                termLacks = false
                if lines[i].wordCount <= Self.headerWords + 6 {
                    headers.append(true)
                    continue
                }
            }
            let flag = !(afterTerm && lines[i].kind != .term) && !(strongHeaders && lines[i].isItem) && isHeader(i)
            headers.append(flag)
            if lines[i].isItem, !itemsHoldEntries, headers[i], dated[i] { headers[i] = false }
        }
    }

    /// `values.sorted()[k]`, found by counting where the values are small and not negative (lengths of lines): sorting a
    /// section's lengths on each pass over it cost more than the rest of the pass's arithmetic.
    static func sortedElement(_ values: [Int], at k: Int) -> Int {
        guard let low = values.min(), let high = values.max(), low >= 0, high < 4096 else { return values.sorted()[k] }
        var counts = [Int](repeating: 0, count: high + 1)
        for v in values { counts[v] += 1 }
        var seen = 0
        for v in counts.indices {
            seen += counts[v]
            if seen > k { return v }
        }
        return high
    }

    /// The date span of one line, at the line's range: the one its format gave it, else the first found in its text
    /// (or in its first cell that holds one). A function of the line alone, so a memo may keep it with the line.
    /// A list item's text of more words than a header has that ends a sentence: a date in it is told, not an
    /// entry's date.
    static func isDatedSentenceItem(_ line: CueLine) -> Bool {
        line.isItem && line.wordCount > headerWords && PlainTextWords.endsSentence(line.text)
    }

    static func lineDate(_ line: CueLine, dateMemo: MarkdownDateMemo?) -> DateSpan? {
        if let d = line.date { return d }
        func span(_ t: String) -> DateSpan? {
            // No digit, no year: most lines are done here, before any lookup.
            // (On the contiguous bytes where the text has them: the generic search over `utf8` costs ten times as much.)
            func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            guard t.utf8.count <= 400, t.utf8.withContiguousStorageIfAvailable({ $0.contains(where: digit) }) ?? t.utf8.contains(where: digit)
            else { return nil }
            guard let span = (dateMemo.map { $0.span(t) } ?? DateParser.findSpan(in: t))?.span, span.start != nil else { return nil }
            return span
        }
        var found: DateSpan?
        switch line.kind {
        case .blank, .rule, .headerRow: break
        default:
            if line.cells.isEmpty {
                found = span(line.text)
            } else {
                for cell in line.cells { if let s = span(cell) { found = s; break } }
            }
        }
        found?.source = line.source
        return found
    }

    /// The first line after `i` whose kind passes `test` (by index: a line is never copied).
    static func next(after i: Int, in lines: [CueLine], where test: (CueLine.Kind) -> Bool) -> Int? {
        var j = i + 1
        while j < lines.count {
            if test(lines[j].kind) { return j }
            j += 1
        }
        return nil
    }

    /// The first line after `i` that has text or is blank.
    static func nextNonEmpty(after i: Int, in lines: [CueLine]) -> Int? {
        var j = i + 1
        while j < lines.count {
            if lines[j].kind == .blank || !lines[j].text.isEmpty { return j }
            j += 1
        }
        return nil
    }

    /// What the whole section decides for each of its parts.
    struct Facts: Hashable, Sendable {
        var purpose: EntryFields.Purpose
        var organisationLevel: Int?
        var anyDate: Bool
        var datedTerms: Bool
        /// Heading levels that open dated entries (a dated heading, or a heading over a dated line).
        var entryHeadingLevels: Set<Int>
    }

    private(set) var facts = Facts(purpose: .roles, organisationLevel: nil, anyDate: false, datedTerms: false, entryHeadingLevels: [])
    /// The hash of `facts`, which every part's key starts with.
    private(set) var factsHash = 0
    /// Where in `entries` the part being read starts, and the lines before its first entry.
    private var partStart = 0
    private var leadLines: [Int] = []

    static func entryHeadingLevels(_ lines: [CueLine], _ dates: [DateSpan?], in range: Range<Int>) -> Set<Int> {
        var levels: Set<Int> = []
        for i in range {
            guard let level = lines[i].headingLevel else { continue }
            if dates[i] != nil {
                levels.insert(level)
                continue
            }
            var j = i + 1
            while j < lines.count, lines[j].kind == .blank { j += 1 }
            if j < lines.count, dates[j] != nil, lines[j].headingLevel.map({ $0 > level }) ?? true { levels.insert(level) }
        }
        return levels
    }

    /// Where the reader starts afresh: at each heading of the section's top heading level that names an organisation
    /// (or is an organisation heading), so that a part reads the same wherever it stands and a memo can keep it.
    func partStarts() -> [Int] {
        // The lowest level of a heading that is no subheading (found in place: no array of the levels).
        var lowest: Int?
        for i in lines.indices {
            guard let level = lines[i].headingLevel, level < (lowest ?? .max), !lines[i].isSubheading else { continue }
            lowest = level
        }
        guard let top = lowest else { return [0] }
        var starts = [0]
        for i in lines.indices where i > firstLine && lines[i].headingLevel == top {
            if top == facts.organisationLevel || headers[i] && namesOrganisation(i) { starts.append(i) }
        }
        return starts
    }

    /// Whether line `i` read alone names an organisation; for a line from the memo's cue lines, through the memo by the
    /// line's origin.
    func namesOrganisation(_ i: Int) -> Bool {
        // (A heading deeper than the kind's code holds, 15, is asked directly.)
        guard let memo, let origins, (lines[i].headingLevel ?? lines[i].depth) < 15 else { return fieldsOfLine(i).organisation != nil }
        let purposeCode: UInt8
        switch purpose {
        case .roles: purposeCode = 1
        case .education: purposeCode = 2
        case .projects: purposeCode = 3
        }
        let origin = EntryFieldsMemo.LineOrigin(segment: origins[i].segment, line: origins[i].line, kind: lines[i].kind.code, purpose: purposeCode)
        return memo.namesOrganisation(origin) { fieldsOfLine(i).organisation != nil }
    }

    /// Reads the section a part at a time (through the memo where there is one), then lets its entries agree.
    mutating func readParts() {
        let starts = partStarts()
        var highestGroup = 0
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : lines.count
            guard start < end else { continue }
            partStart = entries.count
            leadLines = []
            let lead: (text: [Bullet], bullets: [Bullet], lines: [SourceRange])
            // A part of lines from the memo is looked up by their origins, then by their content (the same bytes
            // may be another segment by now, where the memo dropped and read them again); it is kept under both.
            let key = memo.map { _ in partKey(start..<end, first: k == 0) }
            var contentKey: MarkdownParseMemo.ContentKey?
            var found = key.flatMap { memo?.part($0) }
            if let memo, let key, found == nil, origins != nil {
                contentKey = partKey(start..<end, first: k == 0, byContent: true)
                found = contentKey.flatMap { memo.part($0) }
                if let found { memo.store(key, found) }
            }
            if let known = found {
                let di = start - known.start
                let d = (lines[start].source.start.line) - known.firstLine
                // Appended one at a time, each shifted from the memo's in place (a mapped array copied each entry twice).
                for e in known.entries.indices { entries.append(known.entries[e].shifted(lines: d, indices: di)) }
                lead = d == 0 ? known.lead
                    : (known.lead.text.map { $0.shifted(by: d) }, known.lead.bullets.map { $0.shifted(by: d) }, known.lead.lines.map { $0.shifted(by: d) })
            } else {
                let leadIndices = read(start..<end).sorted()
                let (text, bullets) = Self.body(leadIndices.map { lines[$0] })
                let ranges = leadIndices.filter { lines[$0].kind != .blank && !(lines[$0].text.isEmpty && dates[$0] == nil) }.map { lines[$0].source }
                lead = (text, bullets, ranges)
                if let memo, let key {
                    let part = EntryFieldsMemo.Part(
                        start: start, firstLine: lines[start].source.start.line, entries: Array(entries[partStart...]),
                        lead: (text, bullets, ranges))
                    memo.store(key, part)
                    if let contentKey { memo.store(contentKey, part) }
                }
            }
            // What comes before a part's first entry goes with the entry before it (or is loose, before any).
            if partStart == 0 {
                loose += (lead.text + lead.bullets).sorted { $0.source.start < $1.source.start }
            } else if !lead.lines.isEmpty || !lead.text.isEmpty || !lead.bullets.isEmpty {
                entries[partStart - 1].text += lead.text
                entries[partStart - 1].bullets += lead.bullets
                for r in lead.lines {
                    entries[partStart - 1].source = entries[partStart - 1].source.union(r)
                    entries[partStart - 1].bodySource = entries[partStart - 1].bodySource.map { $0.union(r) } ?? r
                }
            }
            // Groups numbered on across parts (the highest so far kept as it goes: no scan of the parts before).
            let base = highestGroup
            for e in partStart..<entries.count {
                entries[e].group += base
                highestGroup = max(highestGroup, entries[e].group)
            }
        }
        agreeOnLayout()
        nestWithinEmployers()
        foldPartsOfRoles()
        projectsOfSelfEmployment()
        titlesFromBody()
        organisationsFromNestedItems()
        foldWithinSchools()
        institutionsFromBody()
        namesBeforeTitles()
        laterPostsAtTheSameEmployer()
        if !labelledDates.isEmpty { datesFromLabels() }
    }

    /// `Software Engineer at Globex  2019 - now` / `Tech Lead since 2023` (or `Promoted to Team Lead, 2021`): a title on one
    /// line with no employer, begun after the post above began and ended within it, is a later post at that post's
    /// employer (a promotion), not a post nobody employed.
    mutating func laterPostsAtTheSameEmployer() {
        guard purpose == .roles else { return }
        func month(_ d: PartialDate) -> Int { d.year * 12 + (d.month ?? 1) }
        // (Fields asked in place: a copy of each entry's fields cost more than the questions.)
        for k in entries.indices.dropFirst() where entries[k].fields.organisation == nil && entries[k].header.count == 1 {
            guard let start = entries[k].fields.dates?.start, let outerStart = entries[k - 1].fields.dates?.start,
                month(start) > month(outerStart), let span = entries[k].fields.dates, let outer = entries[k - 1].fields.dates,
                Self.contains(outer, span), let employer = entries[k - 1].fields.organisation, entries[k - 1].fields.title != nil,
                let title = entries[k].fields.title, WordClasses.titleScore(title) > 0
            else { continue }
            entries[k].fields.organisation = employer
            entries[k].fields.organisationFromContext = true
            entries[k].group = entries[k - 1].group
        }
    }

    /// `Quarry Lane Senior platform engineer   2019–2022` (a PDF's line): a role that still names no employer once the
    /// lines above have given theirs, whose title reads as a name then a title (`EntryFields.splitNameFromTitle`), is
    /// that employer and that title.
    mutating func namesBeforeTitles() {
        guard purpose == .roles else { return }
        for k in entries.indices where entries[k].fields.organisation == nil {
            // (Three words at least, counted on the bytes: most titles stop here.)
            guard let title = entries[k].fields.title, title.utf8.lazy.filter({ $0 == 0x20 }).count >= 2,
                let (name, head) = EntryFields.splitNameFromTitle(title)
            else { continue }
            entries[k].fields.organisation = name
            entries[k].fields.title = head
        }
    }

    /// A part's key: the section's facts and, for each line, everything the reader looks at, at lines and blocks
    /// counted from the part's start. Lines taken from the memo are named by their origin (which fixes their
    /// content and date) instead of their content, unless `byContent`.
    func partKey(_ range: Range<Int>, first: Bool, byContent: Bool = false) -> MarkdownParseMemo.ContentKey {
        let origins = byContent ? nil : origins
        var key = KeyBytes(capacity: range.count * (origins == nil ? 96 : 24))
        key.append(origins == nil ? 0 : 1)
        key.append(number: factsHash)
        key.append(number: factsHash >> 32)
        key.append(first ? 1 : 0)
        let firstLineNumber = lines[range.lowerBound].source.start.line
        let firstBlock = lines[range.lowerBound].block
        if let origins {
            // Per line: its origin (segment id, position), its kind, whether it is a header, its block and its line number
            // (from the part's start). Most lines follow on from the line before (the same segment, the next position, the
            // same or the next block, a line or two further), so a tag byte says what follows on, and only the rest is
            // written out in full: the same facts as four numbers a line, in about two bytes.
            var last = (segment: -1, line: -1, block: firstBlock, number: firstLineNumber)
            for i in range {
                let origin = origins[i]
                let block = lines[i].block
                let number = lines[i].source.start.line
                var tag: UInt8 = headers[i] ? 1 : 0
                if origin.segment != last.segment { tag |= 2 }
                if origin.line != last.line + 1 { tag |= 4 }
                switch block - last.block {
                case 0: break
                case 1: tag |= 8
                default: tag |= 16
                }
                let step = number - last.number
                tag |= (step >= 0 && step < 7 ? UInt8(step) : 7) << 5
                key.append(tag)
                // (The kind too: a line's kind may come from the lines around it, `MarkdownCueLines.acrossBlocks`.)
                key.append(lines[i].kind.code)
                if tag & 2 != 0 { key.append(number: origin.segment) }
                if tag & 4 != 0 { key.append(number: origin.line) }
                if tag & 16 != 0 { key.append(number: block - firstBlock) }
                if tag >> 5 == 7 { key.append(number: number - firstLineNumber) }
                last = (origin.segment, origin.line, block, number)
            }
            return key.key
        }
        for i in range {
            key.append(lines[i].kind.code)
            if lines[i].kind.code & 0x0F == 0x0F { key.append(number: lines[i].headingLevel ?? lines[i].depth) }
            key.append((lines[i].emphasised ? 1 : 0) | (headers[i] ? 2 : 0))
            key.append(lines[i].text)
            for cell in lines[i].cells { key.append(cell) }
            for label in lines[i].cellLabels { key.append(label) }
            for hint in lines[i].cellFields { key.append(hint?.code ?? 0) }
            key.append(0xF3)
            for link in lines[i].links {
                key.append(link.text)
                key.append(link.url)
            }
            key.append(0xF4)
            if let d = dates[i] { key.append(d.text) }
            key.append(number: lines[i].block - firstBlock)
            let source = lines[i].source
            key.append(number: source.start.line - firstLineNumber)
            key.append(number: source.start.column)
            key.append(number: source.end.line - firstLineNumber)
            key.append(number: source.end.column)
        }
        return key.key
    }

    let memo: EntryFieldsMemo?
    /// Where each line came from (`MarkdownParseMemo.CueOrigin`), when the lines were taken from the memo.
    let origins: [MarkdownParseMemo.CueOrigin]?

    /// `EntryFields.read`, through the memo where there is one.
    func readFields(_ header: [CueLine], context: [CueLine], dates: DateSpan?) -> EntryFields {
        guard let memo else { return EntryFields.read(header, context: context, purpose: purpose, dates: dates) }
        return memo.fields(header, context: context, purpose: purpose, dates: dates) {
            EntryFields.read(header, context: context, purpose: purpose, dates: dates)
        }
    }

    /// What one line names on its own, read once.
    final class LineFields {
        var known: [Int: EntryFields] = Dictionary(minimumCapacity: 32)
    }

    private let lineFields = LineFields()
    /// `holdsNoPost`'s answers (`roles` and `notHeldItems` ask of the same entries); for roles read through the memo,
    /// those the last reader left there (`finish` leaves them back).
    let noPostAnswers: NoPostAnswers

    /// Leaves `holdsNoPost`'s answers in the memo for the next reader of roles (a section's next version).
    func finish() {
        if purpose == .roles { memo?.keep(noPostAnswers) }
    }

    func fieldsOfLine(_ i: Int) -> EntryFields {
        if let known = lineFields.known[i] { return known }
        let fields = readFields([lines[i]], context: [], dates: nil)
        lineFields.known[i] = fields
        return fields
    }

    /// Whether each line is a header line (see `isHeader`).
    private(set) var headers: [Bool] = []
    /// The section's dates are mostly on list items.
    private(set) var itemsHoldEntries = false
    /// The section's first line that is not blank.
    private(set) var firstLine = 0
    /// Text lines at least this long are as wide as the section's prose (0: the section has no wrapped prose).
    private(set) var wideLine = 0
    /// The section's entries are opened by dated headings or terms: list items there are never headers.
    private(set) var strongHeaders = false

    // MARK: - Header lines

    func isHeader(_ i: Int) -> Bool {
        let line = lines[i]
        switch line.kind {
        case .blank, .rule, .headerRow: return false
        case .heading: return dates[i] != nil || !line.isSubheading
        case .term: return true
        case .row: return !isDetailRow(i)
        case .text, .item, .itemText:
            if line.text.isEmpty && dates[i] == nil { return false }
            let words = line.wordCount
            if let d = dates[i] {
                // A bullet that tells of something done in a year (`Attended X in 2021 to learn …`) is body.
                if line.isItem, !line.emphasised, PlainTextWords.endsSentence(line.text), words > 8,
                    let r = line.text.byteRange(of: d.text),
                    MarkdownCues.wordCount(line.text[..<r.lowerBound]) >= 3, MarkdownCues.wordCount(line.text[r.upperBound...]) >= 3
                {
                    return false
                }
                if !line.isItem, isDatedSentence(i, d) { return false }
                // `*Formerly Westco; renamed in October 2021.*` over `**Engineer** | Apr 2023 – Present`: a sentence set
                // apart over the dated line that opens an entry remarks on what it is under; its date opens nothing.
                if !line.isItem, line.cells.isEmpty, PlainTextWords.endsSentence(line.text), words - MarkdownCues.wordCount(d.text) >= 3,
                    let n = Self.nextNonEmpty(after: i, in: lines), dates[n] != nil, lines[n].block != line.block,
                    !PlainTextWords.endsSentence(lines[n].text), lines[n].wordCount <= Self.headerWords
                {
                    return false
                }
                // `honours, top of the class, 1991/92.`: a line that starts in lower case right under a
                // line of its paragraph goes on with that line; its date is not an entry's (unless it leads the line, or
                // the line opens the next item of a list: `and Release Manager (Feb. 2022 to Oct. 2023)`).
                if !line.isItem, Self.opensSmall(line.text), i > 0, lines[i - 1].block == line.block,
                    lines[i - 1].kind == line.kind, !lines[i - 1].text.isEmpty,
                    !line.text.hasPrefix("and "), !line.text.hasPrefix("or "),
                    let r = line.text.byteRange(of: d.text), MarkdownCues.wordCount(line.text[..<r.lowerBound]) >= 2
                {
                    return false
                }
                // `### 2025 - Now: MSc, Uni` / `Began in the autumn of 2025, ends in 2028.`: under a dated heading,
                // a sentence that tells of its dates is body.
                // (Written without spaces, `…（Unity），2025年4月在国内外上线。`: a word is about two characters.)
                if line.kind == .text, !line.emphasised, PlainTextWords.endsSentence(line.text),
                    words >= 8 || line.text.utf8.contains(where: { $0 >= 0xE3 }) && line.characterCount >= 16,
                    let h = (max(0, i - 20)..<i).last(where: { lines[$0].headingLevel != nil }), dates[h] != nil
                {
                    return false
                }
                return words - MarkdownCues.wordCount(d.text) <= Self.headerWords + 6
            }
            if line.isItem {
                if line.emphasised && words <= 10 && line.kind != .itemText(line.depth) { return true }
                if opensItemOverItsDates(i) { return true }
                if namesItemOfDatesAbove(i) { return true }
                // Further short lines of an item that opened as a header (`- **Title**` / dates / `Company`).
                guard case .itemText = line.kind, i >= 1, headers.count == i, headers[i - 1], lines[i - 1].block == line.block,
                    lines[i - 1].depth == line.depth, words <= 8, line.emphasised || !PlainTextWords.endsSentence(line.text)
                else { return false }
                // `*Oversaw the design of a new math course for` / `early college students.*`: a line whose sentence
                // goes on in lower case on the item's next line is wrapped prose, however short.
                if i + 1 < lines.count, case .itemText = lines[i + 1].kind, lines[i + 1].block == line.block,
                    Self.opensSmall(lines[i + 1].text), !PlainTextWords.endsSentence(line.text)
                {
                    return false
                }
                return true
            }
            guard words <= Self.headerWords, line.text.utf8.count <= 120 else { return false }
            if Self.opensSmall(line.text), !line.emphasised { return false }
            // A line as wide as the section's prose, wrapped mid-sentence, is prose.
            // (`Policy Intern at the Globex Council for Coastal Regions &` / `Island States`: a role wraps too.)
            if wideLine > 0, line.cells.isEmpty, words >= 7, line.characterCount >= wideLine, i > firstLine, isWrapped(i),
                !Self.namesRoleAt(line.text)
            {
                return false
            }
            // `*Initech Print S.A.*`, `Blue Harbour.`: a short line set apart by emphasis, or whose every word is capitalised
            // and that runs on from no prose line above it, is a name, whatever it ends with.
            let afterProse = i > 0 && lines[i - 1].block == line.block && headers.count == i && !headers[i - 1]
            let name = words <= 8 && (line.emphasised || !afterProse && Self.allCapitalised(line.text))
            if !name, PlainTextWords.endsSentence(line.text) || line.text.hasSuffix(";") { return false }
            // A line whose sentence goes on, in lower case, on the next line is prose.
            if line.kind == .text, words >= 4, !Self.namesRoleAt(line.text), let n = Self.nextNonEmpty(after: i, in: lines),
                lines[n].kind == .text, lines[n].block == line.block, let f = lines[n].text.first, f.isLowercase,
                !PlainTextWords.isSmallLetterBrand(lines[n].text[...])
            {
                // (`iSendly, Leeds` under it is a brand in small letters, no sentence going on.)
                return false
            }
            // `Software Engineer at Globex:` names a role; `Some highlights:` introduces a list.
            if line.text.utf8.last == 0x3A || line.text.utf8.last == 0x9A && line.text.hasSuffix("："),
                words > 10 || WordClasses.titleScore(line.text) == 0 && !line.text.utf8.containsBytes(of: " at ")
            {
                return false
            }
            // `Label: a, b, c` and lists of technologies are body.
            var commas = 0
            var depth = 0
            for c in line.text {
                if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if c == ",", depth == 0 { commas += 1 }
            }
            if commas >= 4 { return false }
            if let colon = line.text.firstIndex(of: ":"), line.text.index(after: colon) < line.text.endIndex,
                line.text[..<colon].split(separator: " ").count <= 3, !line.text[colon...].hasPrefix("://")
            {
                return false
            }
            return true
        }
    }

    /// `- **Acme**, Widgets Division` / `  Feb 2024 - current, *Lead Developer*`: the first line of a list item whose
    /// next line, in the same item, opens with a date names the entry that date opens, whether it is set in bold whole
    /// or in part; it is short, starts in capitals and ends no sentence.
    func opensItemOverItsDates(_ i: Int) -> Bool {
        let line = lines[i]
        guard case .item(let depth) = line.kind, i + 1 < lines.count, lines[i + 1].kind == .itemText(depth), lines[i + 1].block == line.block,
            let d = dates[i + 1], lines[i + 1].text.hasPrefix(d.text), dates[i] == nil, line.wordCount <= 8,
            line.text.first?.isUppercase == true, !PlainTextWords.endsSentence(line.text)
        else { return false }
        return true
    }

    /// `* **Fall 2024 - now**` / `  * Research Intern at Globex` / `  * Built …`: the first item nested under an item
    /// that holds nothing but its dates names the entry those dates open (short, ending no sentence).
    func namesItemOfDatesAbove(_ i: Int) -> Bool {
        let line = lines[i]
        guard case .item(let depth) = line.kind, depth > 0, i >= 1, headers.count == i, headers[i - 1],
            lines[i - 1].kind == .item(depth - 1), lines[i - 1].block == line.block, dates[i - 1] != nil, dates[i] == nil,
            line.wordCount <= 12, !PlainTextWords.endsSentence(line.text), fieldsOfLine(i - 1).isEmpty
        else { return false }
        return true
    }

    /// `Intern at Globex …`: the line opens with a short title before ` at `.
    /// `| Frontend | Backend | Databases |` over `| Vue | Django | PostgreSQL |` under a job: a table of no dates
    /// whose columns name no organisation, title, project or period tells of the job; its rows name no entry.
    func isDetailRow(_ i: Int) -> Bool {
        let line = lines[i]
        guard !line.cellLabels.isEmpty, dates[i] == nil else { return false }
        let fieldLabels = WordClasses.organisationLabels.union(WordClasses.titleLabels).union(WordClasses.projectLabels)
        if line.cellLabels.contains(where: { label in
            fieldLabels.contains(label) || DateParser.findSpan(in: label) != nil
                || ["period", "date", "dates", "year", "years", "when", "duration", "período", "periode", "période", "zeitraum", "jahr", "時期", "期間"].contains(label)
        }) {
            return false
        }
        // No row of the table carries a date.
        return !datedTables.contains(line.block)
    }

    /// The blocks of table rows that carry a date.
    private var datedTables: Set<Int> = []

    static func namesRoleAt(_ text: String) -> Bool {
        guard let r = text.byteRange(of: " at ") else { return false }
        let before = text[..<r.lowerBound]
        return MarkdownCues.wordCount(before) <= 5 && WordClasses.titleScore(before) > 0 && text[r.upperBound...].first?.isUppercase == true
    }

    /// A wide line is wrapped prose unless the next line of its block reads as a name on its own: short, capitalised,
    /// not ending a sentence (`Chief Architect; Head of the Leeds Office` / `Initech Ltd.` / dates).
    func isWrapped(_ i: Int) -> Bool {
        guard let n = Self.nextNonEmpty(after: i, in: lines), lines[n].block == lines[i].block, lines[n].kind == lines[i].kind,
            dates[n] == nil
        else { return true }
        let next = lines[n].text
        if next.first(where: \.isLetter)?.isLowercase ?? true { return true }
        return next.count >= wideLine / 2 || PlainTextWords.endsSentence(next) || MarkdownCues.wordCount(next) > 5
    }

    /// `The shop closed down in May 2019.`, `I stayed there over the winter of 2008, and` / `commuted …`: a sentence that
    /// names a year in passing (three words or more before the date, the last a word in lower case, eight words
    /// or more besides the date) and ends, or runs on in lower case on the next line, is prose, not a header.
    func isDatedSentence(_ i: Int, _ d: DateSpan) -> Bool {
        let line = lines[i]
        // (The word count first: it rules out most header lines without a search for the date's text.)
        let words = line.wordCount - MarkdownCues.wordCount(d.text)
        guard words >= 8 else { return false }
        if !line.cells.isEmpty {
            // `Tags     Helped coach the team throughout the 2021 school year. Provided instruc-`: in a cell of a line laid
            // out in columns, a year inside the cell's sentence (words in lower case before it, words after it) is told.
            guard let cell = line.cells.first(where: { $0.utf8.containsBytes(of: d.text) }), MarkdownCues.wordCount(cell) >= 10,
                let r = cell.byteRange(of: d.text), let last = cell[..<r.lowerBound].split(separator: " ").last,
                MarkdownCues.wordCount(cell[..<r.lowerBound]) >= 3, last.allSatisfy({ $0.isLetter && $0.isLowercase })
            else { return false }
            return MarkdownCues.wordCount(cell[r.upperBound...]) >= 2
        }
        guard let r = line.text.byteRange(of: d.text) else { return false }
        let before = line.text[..<r.lowerBound]
        // `Results were presented at the Society of X (SOX) 2017 World Conference.`: a long sentence before the year
        // that ends is prose whatever word stands right before it.
        if MarkdownCues.wordCount(before) >= 10, PlainTextWords.endsSentence(line.text), !before.contains("|") { return true }
        guard MarkdownCues.wordCount(before) >= 3,
            let last = before.split(separator: " ").last, last.allSatisfy({ $0.isLetter && $0.isLowercase })
        else { return false }
        if PlainTextWords.endsSentence(line.text) { return true }
        guard let n = Self.nextNonEmpty(after: i, in: lines), lines[n].kind == line.kind, lines[n].block == line.block,
            let f = lines[n].text.first
        else { return false }
        return f.isLowercase
    }

    /// `Acme Inc., a chip design startup`: a line that opens with an organisation's name (a word of one, at most seven
    /// words before the first comma), then says what it is.
    static func namesOrganisationFirst(_ text: String) -> Bool {
        guard let comma = text.firstIndex(of: ","), !PlainTextWords.endsSentence(text) else { return false }
        let name = text[..<comma]
        return MarkdownCues.wordCount(name) <= 7 && (WordClasses.organisationScore(name) > 0 || WordClasses.institutionScore(name) > 0)
    }

    /// Every word starts with a capital (or is no word: `--`, `&`): `Industrias Culturales -- Dot Press S.A.`.
    static func allCapitalised(_ text: String) -> Bool {
        text.split(separator: " ").allSatisfy { w in w.first.map { !$0.isLetter || $0.isUppercase } ?? true }
    }

    // MARK: - Reading

    /// The heading level that names organisations: the upper of two heading levels, when the lower holds dates.
    /// `headings`: the level of each heading that is no subheading, and whether it holds a date.
    static func organisationLevel(_ headings: [(level: Int, dated: Bool)]) -> Int? {
        var levels: [Int: (count: Int, dated: Int)] = [:]
        for h in headings {
            levels[h.level, default: (0, 0)].count += 1
            if h.dated { levels[h.level, default: (0, 0)].dated += 1 }
        }
        // The two highest levels (the two smallest numbers), found without sorting.
        var top: Int?
        var next: Int?
        for level in levels.keys {
            if top.map({ level < $0 }) ?? true {
                next = top
                top = level
            } else if next.map({ level < $0 }) ?? true {
                next = level
            }
        }
        guard let top, let next, let upper = levels[top], let lower = levels[next] else { return nil }
        let upperShare = Double(upper.dated) / Double(upper.count)
        let lowerShare = Double(lower.dated) / Double(lower.count)
        return lowerShare > 0 && lowerShare > upperShare ? top : nil
    }

    /// Reads the entries of `lines[range]` (one part of the section) onto `entries`; what comes before the part's first
    /// entry is returned (the reader gives it to the entry before the part, or keeps it as loose content).
    mutating func read(_ range: Range<Int>) -> [Int] {
        let orgLevel = facts.organisationLevel
        let anyDate = facts.anyDate
        // Segments: a run of header lines and the body lines after it.
        var runs: [(header: [Int], body: [Int], context: Int?)] = []
        var context: Int?
        var looseLines: [Int] = []
        var inBody = true
        for i in range {
            let line = lines[i]
            // Blank lines, and the further lines of a date written over several, neither open nor close anything.
            if line.kind == .blank || line.kind == .text && line.text.isEmpty && dates[i] == nil { continue }
            if line.kind == .rule {
                // A rule ends the entry: what follows it is not part of it.
                inBody = true
                runs.append(([], [], context))
                continue
            }
            if let level = line.headingLevel, level == orgLevel, dates[i] == nil {
                context = i
                inBody = true
                runs.append(([], [], context))
                continue
            }
            if let level = line.headingLevel, let org = orgLevel, level < org {
                context = nil
            }
            if headers[i], let run = runs.last, let level = line.headingLevel, dates[i] == nil,
                run.header.contains(where: { dates[$0] != nil }),
                Self.next(after: i, in: lines, where: { $0 != .blank }).map({ dates[$0] == nil }) ?? true
            {
                // Under a dated entry's heading, a deeper undated heading is a part of that entry: a theme of its body
                // after its text (`#### Backend` over bullets: no post's name; not under a period of a working life,
                // `### Early Career 1997 - 2001`, whose headings name its employers) …
                if inBody, !run.body.isEmpty, let top = run.header.compactMap({ lines[$0].headingLevel }).min(), top < level,
                    !Self.namesPost(line.text), let first = run.header.first, !namesPeriod(first)
                {
                    runs[runs.count - 1].body.append(i)
                    continue
                }
                // … and a place right under its dates, as a heading of theirs (`##### Leeds, UK`).
                if !inBody, let last = run.header.last, dates[last] != nil, lines[last].headingLevel == level, WordClasses.isPlace(line.text) {
                    runs[runs.count - 1].header.append(i)
                    continue
                }
            }
            if headers[i] {
                // A heading opens a new entry once the run before it is dated and holds a heading of its level.
                var opens = inBody || runs.isEmpty
                if !opens, let level = line.headingLevel, let run = runs.last, run.header.contains(where: { dates[$0] != nil }),
                    run.header.contains(where: { (lines[$0].headingLevel ?? 99) >= level })
                {
                    opens = true
                }
                if !opens, line.kind == .term { opens = true }
                if opens { runs.append(([], [], context)) }
                runs[runs.count - 1].header.append(i)
                inBody = false
            } else {
                if runs.isEmpty { looseLines.append(i) } else { runs[runs.count - 1].body.append(i) }
                inBody = true
            }
        }
        let entryHeadingLevels = facts.entryHeadingLevels
        let datedTerms = facts.datedTerms
        var group = 0
        var lastContext: Int?
        var sharedOrganisation: (line: Int, group: Int)?

        // `2019 - 2023 | BSc, Northfield University` / ` | GPA: 3.9`: a row whose first cell (the column of the dates) is
        // empty goes on with the row above: the entry above's text, not the next entry's header.
        // `2019 - 2023 | BSc, Northfield University` / ` | GPA: 3.9`: a row whose first cell (the column of the dates) is
        // empty goes on with the dated row above: that entry's text, not a field of the next entry.
        func continuesRow(_ i: Int) -> Bool { lines[i].kind == .row && lines[i].cells.count >= 2 && lines[i].cells[0].isEmpty && dates[i] == nil }
        var c = 0
        while c < runs.count {
            let header = runs[c].header
            guard let firstDated = header.firstIndex(where: { dates[$0] != nil }), header.contains(where: continuesRow),
                header[firstDated...].allSatisfy({ dates[$0] != nil || continuesRow($0) })
            else { c += 1; continue }
            var pieces: [(header: [Int], body: [Int], context: Int?)] = []
            var current = (header: Array(header[..<firstDated]), body: [Int](), context: runs[c].context)
            for i in header[firstDated...] {
                if dates[i] != nil, current.header.contains(where: { dates[$0] != nil }) {
                    pieces.append(current)
                    current = ([], [], runs[c].context)
                }
                if dates[i] != nil { current.header.append(i) } else { current.body.append(i) }
            }
            current.body += runs[c].body
            pieces.append(current)
            runs.replaceSubrange(c...c, with: pieces)
            c += pieces.count
        }
        // Undated lines that close the previous entry's paragraph (`Degree  2004` / `Description.` / `School`), set
        // apart by a blank line from the dated line that follows, end that entry rather than open the next.
        for r in runs.indices.dropFirst() {
            guard let lastBody = runs[r - 1].body.last, let firstDated = runs[r].header.firstIndex(where: { dates[$0] != nil }),
                firstDated > 0
            else { continue }
            let lead = runs[r].header[..<firstDated]
            // A line that is one link and nothing else (`[Visit Acme](…)`) after a body closes that body too.
            let onlyLinks = lead.allSatisfy { i in lines[i].kind == .text && lines[i].links.count == 1 && lines[i].links[0].text == lines[i].text }
                && lines[runs[r].header[firstDated]].kind != .text
            guard onlyLinks || lead.allSatisfy({ lines[$0].block == lines[lastBody].block }),
                lines[runs[r].header[firstDated]].block != lines[lastBody].block,
                !fieldsOfLine(runs[r].header[firstDated]).isEmpty
            else { continue }
            runs[r - 1].body += lead
            runs[r].header.removeFirst(firstDated)
        }
        // `[2015-2016]: Online Courses` / a block of course names, one a line / `[12/2006] Signal Processing, Westhaven`: more
        // than three undated lines in a block of their own between two dated lines that each name something are the
        // body of the entry above (a list without bullets), not the header of the next.
        var r = 0
        while r < runs.count {
            let header = runs[r].header
            let datedAt = header.indices.filter { dates[header[$0]] != nil }
            var cut: (list: Range<Int>, next: Int)?
            // Pairs by index, not `zip`: its iterator's generic metadata costs a conformance search on first use.
            for k in datedAt.indices.dropFirst() where datedAt[k] - datedAt[k - 1] > 4 {
                let (a, b) = (datedAt[k - 1], datedAt[k])
                let between = (a + 1)..<b
                let block = lines[header[a + 1]].block
                guard block != lines[header[a]].block, block != lines[header[b]].block,
                    between.allSatisfy({ lines[header[$0]].block == block }),
                    !fieldsOfLine(header[a]).isEmpty, !fieldsOfLine(header[b]).isEmpty
                else { continue }
                cut = (between, b)
                break
            }
            guard let (list, next) = cut else { r += 1; continue }
            let rest = (header: Array(header[next...]), body: runs[r].body, context: runs[r].context)
            runs[r].header = Array(header[..<list.lowerBound])
            runs[r].body = Array(header[list])
            runs.insert(rest, at: r + 1)
            r += 1
        }
        // `SYSTEMS ENGINEER   2022 - 2025` / `Acme Inc., a chip startup` / `Built a tool …` / `Modelled …`: in the
        // paragraph of its dated line a header names one more thing (the organisation; two with a place after it);
        // further plain lines of that paragraph, short and without a full stop as a list without bullets has them, are
        // the entry's body, not the header of the next.
        r = 0
        while r < runs.count {
            let header = runs[r].header
            var split: (keep: Int, end: Int)?
            for a in header.indices where dates[header[a]] != nil {
                var same: [Int] = []
                var k = a + 1
                while k < header.count, lines[header[k]].block == lines[header[a]].block, dates[header[k]] == nil {
                    same.append(k)
                    k += 1
                }
                let keep = same.count >= 2 && WordClasses.isPlace(lines[header[same[1]]].text) ? 2 : 1
                // (Lines that run on to the next dated line in one paragraph may be its header: `Degree` / `Town` / dates.)
                guard k == header.count || lines[header[k]].block != lines[header[a]].block, same.count > keep,
                    same[keep...].allSatisfy({ lines[header[$0]].kind == .text && !lines[header[$0]].emphasised && lines[header[$0]].cells.isEmpty })
                else { continue }
                split = (same[keep], same[same.count - 1] + 1)
                break
            }
            guard let (keep, end) = split else { r += 1; continue }
            let extra = Array(header[keep..<end])
            if end < header.count {
                runs.insert((header: Array(header[end...]), body: runs[r].body, context: runs[r].context), at: r + 1)
                runs[r].body = extra
            } else {
                runs[r].body = extra + runs[r].body
            }
            runs[r].header = Array(header[..<keep])
            r += 1
        }
        // `### Acme 2016 - 2018` / `#### Developer` / prose / `#### Analyst` / prose: a dated heading over
        // undated headings one level down, each over its own text (the dated heading's line, the sub-heading level).
        var stack: (line: Int, level: Int, group: Int)?
        // Prose under an organisation's heading, the text of the first role under it (`namesOrganisationOverProse`).
        var prose: [Int] = []
        for (runIndex, run) in runs.enumerated() {
            var header = run.header
            var body = run.body
            if run.context != lastContext || run.context == nil { group += 1 }
            lastContext = run.context
            let dated = header.filter { dates[$0] != nil }
            if let stacked = stack, dated.isEmpty, header.count == 1, lines[header[0]].headingLevel == stacked.level, !body.isEmpty {
                // One more entry under the dated heading: it names what they share.
                flushHeld()
                entries.append(makeEntry(header: header, context: [stacked.line], date: dates[stacked.line], group: stacked.group))
                appendBody(body)
                continue
            }
            stack = nil
            if dated.count == 1, let up = lines[dated[0]].headingLevel, header.first == dated[0], header.count == 2,
                let sub = lines[header[1]].headingLevel, sub == up + 1
            {
                stack = (dated[0], sub, group)
            }
            if header.isEmpty {
                flushHeld()
                appendBody(body)
                continue
            }
            if dated.isEmpty {
                // In education, a plain run that names an institution or a degree (`BA in Linguistics` / `University
                // of Leeds`) is an entry as a heading would be.
                let entryLike = header.contains { i in
                    switch lines[i].kind {
                    case .heading, .term: return true
                    default:
                        return lines[i].emphasised
                            || purpose == .education && !anyDate
                                && (WordClasses.institutionScore(lines[i].text) > 0 || WordClasses.degreeScore(lines[i].text) > 0)
                    }
                }
                if namesOrganisationOverProse(run, next: runIndex + 1 < runs.count ? runs[runIndex + 1] : nil) {
                    flushHeld()
                    group += 1
                    sharedOrganisation = (header[0], group)
                    prose = body
                    continue
                }
                // `### Company` with prose only, among dated entries headed at the same level: an undated entry.
                let undatedHeading = lines[header[0]].headingLevel.map { entryHeadingLevels.contains($0) }
                    ?? (lines[header[0]].kind == .term && datedTerms)
                if (anyDate && !undatedHeading) || !entryLike {
                    // Held: a date written further down, with nothing else on its lines, belongs to these lines.
                    flushHeld()
                    held = (header, body)
                    continue
                }
                flushHeld()
                // Paragraphs of their own (blank lines between) are entries of their own.
                var blocks: [[Int]] = []
                for i in header {
                    if let last = blocks.last?.last, lines[last].block == lines[i].block { blocks[blocks.count - 1].append(i) } else { blocks.append([i]) }
                }
                if blocks.count < 2 || purpose != .education { blocks = [header] }
                for b in blocks {
                    entries.append(makeEntry(header: b, context: run.context.map { [$0] } ?? [], date: nil, group: group))
                }
                appendBody(body)
                continue
            }
            // Lines far above a single date are the body of the entry before (`Technologies: …` then the next entry).
            if dated.count == 1, let d = header.firstIndex(of: dated[0]) {
                let keepBefore = 3
                if d > keepBefore {
                    appendBody(Array(header[..<(d - keepBefore)]))
                    header = Array(header[(d - keepBefore)...])
                }
                let d = header.firstIndex(of: dated[0])!
                var cut = d + 1
                // A date alone on its lines leaves the naming to the lines after it.
                if d == 0, fieldsOfLine(dated[0]).isEmpty { cut = header.count }
                // After the date, only short lines or lines made to name things stay in the header, and plain lines
                // only while the header still lacks a title or an organisation.
                while cut < header.count, cut <= header.firstIndex(of: dated[0])! + 3 {
                    let line = lines[header[cut]]
                    if line.kind == .text, !line.emphasised {
                        if line.wordCount >= 6, !Self.allCapitalised(line.text), !Self.namesOrganisationFirst(line.text) { break }
                        let sofar = readFields(header[..<cut].map { lines[$0] }, context: [], dates: nil)
                        // A title taken only by its place, or one that names no post (`Faculty of Law, Northfield
                        // University`), gives way to a line below the date that names one (`Globex - Cloud Team` /
                        // `Summer 2010` / `Software Engineer`).
                        if sofar.organisation != nil, let title = sofar.title, !WordClasses.isPlace(line.text),
                            !((sofar.titleByOrder || WordClasses.titleScore(title) == 0) && WordClasses.titleScore(line.text) > 0
                                && line.wordCount <= 8)
                        {
                            break
                        }
                    }
                    cut += 1
                }
                if cut < header.count {
                    body = Array(header[cut...]) + body
                    header = Array(header[..<cut])
                }
            }
            var groups = split(header, dated: dated)
            var shared: [Int] = []
            if let first = groups.first, first.context.count > 0 { shared = first.context }
            var contextLines = (run.context.map { [$0] } ?? []) + shared
            if !shared.isEmpty, run.context == nil {
                group += 1
                lastContext = nil
            }
            var heldBody: [Int] = []
            for k in groups.indices {
                if k > 0 { contextLines = (run.context.map { [$0] } ?? []) + groups[k].context }
                // Entries of one run that share no line naming their organisation are organisations of their own.
                if k > 0, contextLines.isEmpty { group += 1 }
                var entry = makeEntry(header: groups[k].lines, context: contextLines, date: dates[groups[k].date], group: group)
                // A shared line that named the title, not the organisation, makes no group.
                if k > 0, !contextLines.isEmpty, !entry.fields.organisationFromContext, entry.fields.organisation != nil {
                    group += 1
                    entry.group = group
                    entry.organisationSource = nil
                }
                if k == 0, let h = held {
                    if entry.fields.isEmpty {
                        // `Company, City` / prose / `September 2007 - present`: the date takes the lines above.
                        entry = makeEntry(header: h.header + groups[k].lines, context: contextLines, date: dates[groups[k].date], group: group)
                        heldBody = h.body
                        held = nil
                    } else {
                        flushHeld()
                    }
                }
                if k == 1, !heldBody.isEmpty {
                    appendBody(heldBody)
                    heldBody = []
                }
                if entry.fields.organisation == nil, purpose == .roles, contextLines.isEmpty, let s = sharedOrganisation {
                    // `Company` / `Title  dates` … `Title  dates`: a later title at the same company; the first title's
                    // range then starts at its own line, as the later ones' do.
                    entry = makeEntry(header: groups[k].lines, context: [s.line], date: dates[groups[k].date], group: s.group)
                    if let first = entries.indices.last, entries[first].header.first == s.line, entries[first].header.count > 1 {
                        var range = lines[entries[first].header[1]].source
                        for i in entries[first].header.dropFirst(2) { range = range.union(lines[i].source) }
                        if let b = entries[first].bodySource { range = range.union(b) }
                        entries[first].source = range
                        entries[first].organisationSource = lines[s.line].source
                    }
                } else if contextLines.isEmpty, let first = groups[k].lines.first, dates[first] == nil,
                    WordClasses.titleScore(lines[first].text) == 0, groups[k].lines.count >= 2
                {
                    sharedOrganisation = (first, group)
                } else if contextLines.isEmpty {
                    sharedOrganisation = nil
                }
                entries.append(entry)
                groups[k].lines = []
            }
            appendBody(prose + heldBody + body)
            prose = []
        }
        flushHeld()
        return looseLines + leadLines
    }

    /// `### Northwind — Springfield` / `A logistics startup of fifty people.` / `**Engineer** | 2021 – 2023`: an undated
    /// heading that names no post, over a few lines of prose only, names the organisation of the dated titles after
    /// it (the next run opens with a dated line that names a title and no organisation).
    func namesOrganisationOverProse(_ run: (header: [Int], body: [Int], context: Int?), next: (header: [Int], body: [Int], context: Int?)?) -> Bool {
        guard purpose == .roles, run.header.count == 1, lines[run.header[0]].headingLevel != nil, dates[run.header[0]] == nil,
            !run.body.isEmpty, run.body.count <= 4, run.body.allSatisfy({ lines[$0].kind == .text }),
            WordClasses.titleScore(lines[run.header[0]].text) == 0,
            let first = next?.header.first, dates[first] != nil, lines[first].headingLevel == nil
        else { return false }
        let named = fieldsOfLine(first)
        return named.title != nil && named.organisation == nil
    }

    /// `Java Developer - Acme` / `03/2017 – 09/2018` / `Search service (02/2018 – 09/2018)` / `Payments service
    /// (03/2017 – 02/2018)`: dated lines under a role that name neither title nor organisation of their own take both
    /// from the role above; an entry at the same organisation with the same title, within the role's dates, is a
    /// part of that role (a project), not a role of its own.
    mutating func foldPartsOfRoles() {
        guard purpose == .roles, entries.count >= 2 else { return }
        var k = 0
        while k + 1 < entries.count {
            // The dates and names are compared in place (most pairs differ there: no copy of the two entries).
            guard let outer = entries[k].fields.dates, let inner = entries[k + 1].fields.dates, Self.contains(outer, inner),
                inner.start != outer.start || inner.end != outer.end, entries[k].fields.organisation != nil,
                entries[k + 1].fields.organisation == entries[k].fields.organisation, entries[k].fields.title != nil,
                entries[k + 1].fields.title == entries[k].fields.title
            else { k += 1; continue }
            let role = entries[k]
            let part = entries[k + 1]
            let own = part.header.filter { !part.context.contains($0) }
            // (The same role written twice, under a heading of its own, is a duplicate, not a part.)
            guard !own.contains(where: { lines[$0].headingLevel != nil }) else { k += 1; continue }
            entries[k].text += own.map { Bullet(text: lines[$0].text, source: lines[$0].source) } + part.text
            entries[k].text.sort { $0.source.start < $1.source.start }
            entries[k].bullets += part.bullets
            entries[k].bullets.sort { $0.source.start < $1.source.start }
            entries[k].source = role.source.union(part.source)
            entries[k].bodySource = part.bodySource.map { role.bodySource?.union($0) ?? $0 } ?? role.bodySource
            entries.remove(at: k + 1)
        }
    }

    /// Dated lines inside a school's years that name no institution (`A-Levels (1997): Biology (B)`) are part of
    /// that school's entry.
    mutating func foldWithinSchools() {
        guard purpose == .education else { return }
        var k = 0
        while k + 1 < entries.count {
            let school = entries[k]
            let next = entries[k + 1]
            guard let outer = school.fields.dates, let inner = next.fields.dates, Self.contains(outer, inner),
                next.fields.organisation == school.fields.organisation || next.fields.organisation == nil
                    || WordClasses.institutionScore(next.fields.organisation ?? "") == 0 && next.fields.institutionByOrder,
                WordClasses.institutionScore(school.fields.organisation ?? "") > 0
            else { k += 1; continue }
            let header = next.header.map { Bullet(text: lines[$0].text, source: lines[$0].source) }
            entries[k].text += header + next.text
            entries[k].bullets += next.bullets
            entries[k].source = school.source.union(next.source)
            entries.remove(at: k + 1)
        }
    }

    /// A degree without its institution on the header lines (`Engineer's diploma   2001 - 2006`) takes the first short
    /// line of its text that is no sentence (`WIT - Lyon`).
    mutating func institutionsFromBody() {
        guard purpose == .education else { return }
        // `MChem Chemistry with Honours: integrated master's …` under an institution names the degree.
        for k in entries.indices where entries[k].fields.title == nil && entries[k].fields.organisation != nil {
            guard let first = entries[k].text.first ?? entries[k].bullets.first, let colon = first.text.firstIndex(of: ":") else { continue }
            let label = first.text[..<colon]
            // `- Major: Physics`, `- 학과: 물리학과`: a label that says what was studied gives its value.
            if WordClasses.studyLabels.contains(String(label).trimmingCharacters(in: " *_").lowercased()) {
                let value = String(first.text[first.text.index(after: colon)...]).trimmingCharacters(in: " *_")
                if !value.isEmpty { entries[k].fields.title = value }
            } else if MarkdownCues.wordCount(label) <= 10, WordClasses.degreeScore(label) > 0 || MarkdownCues.wordCount(label) <= 6 {
                entries[k].fields.title = String(label)
            }
        }
        // `### University of X, Eastside` / `- **B.S. in Computer Science**`: a first item that names a degree, where the
        // header named none, is the degree; the header's other part was the school's second name.
        // (`2018 - 2022 | Northfield University` / `Bachelor of Science in Biology`: in text, the entry's first line of text.)
        for k in entries.indices where entries[k].fields.organisation != nil {
            let f = entries[k].fields
            let item = entries[k].bullets.first
            let line = entries[k].text.first
            let inText = line != nil && (item == nil || line!.source.start.line < item!.source.start.line)
            guard f.title.map({ WordClasses.degreeScore($0) == 0 && WordClasses.studyScore($0) == 0 }) ?? true,
                let first = inText ? line : item, first.children.isEmpty, !first.text.contains(":"),
                MarkdownCues.wordCount(first.text) <= 10, !PlainTextWords.endsSentence(first.text), WordClasses.degreeScore(first.text) > 0
            else { continue }
            if let old = f.title, let school = f.organisation {
                // (`JSS Polytechnic, Mysore`: one or two words that name no school after it are its town.)
                if f.location == nil, MarkdownCues.wordCount(old) <= 2, WordClasses.institutionScore(old) == 0, WordClasses.studyScore(old) == 0 {
                    entries[k].fields.location = old
                } else {
                    entries[k].fields.organisation = school + ", " + old
                }
            }
            entries[k].fields.title = first.text
            if inText { entries[k].text.removeFirst() } else { entries[k].bullets.removeFirst() }
        }
        for k in entries.indices where entries[k].fields.organisation == nil {
            if let index = entries[k].text.firstIndex(where: { b in
                MarkdownCues.wordCount(b.text) <= 8 && !PlainTextWords.endsSentence(b.text) && b.text.first?.isUppercase == true
            }) {
                entries[k].fields.organisation = entries[k].text[index].text
                entries[k].text.remove(at: index)
                continue
            }
            // `Mar. 2007: Master of X,` / `Graduate School of X, Northfield University.`: the degree's line goes on with the
            // school's, a short line that names an institution (its full stop ends the item, not a sentence).
            for (isText, list) in [(true, entries[k].text), (false, entries[k].bullets)] {
                guard let index = list.indices.first, list[index].text.first?.isUppercase == true,
                    MarkdownCues.wordCount(list[index].text) <= 10, WordClasses.institutionScore(list[index].text) > 0
                else { continue }
                var name = list[index].text
                if name.hasSuffix(".") { name.removeLast() }
                entries[k].fields.organisation = name
                if isText { entries[k].text.remove(at: index) } else { entries[k].bullets.remove(at: index) }
                break
            }
        }
        // A school named in the prose under the header (see `schoolInProse`) replaces one taken by its place, or one
        // that no institution's word names when the prose's does (`Cultural Industries` / `… at the University of X.`).
        for k in entries.indices {
            let f = entries[k].fields
            let unnamed = f.organisation.map { WordClasses.institutionScore($0) == 0 } ?? true
            guard unnamed, let school = schoolInProse(entries[k]),
                f.organisation == nil || f.institutionByOrder || WordClasses.institutionScore(school) > 0
            else { continue }
            // What the header named is then all the course: the fragment taken for the school by its place too.
            let course = [f.organisation, f.title].compactMap { $0 }
            entries[k].fields.title = course.isEmpty ? nil : course.joined(separator: ", ")
            entries[k].fields.organisation = school
            entries[k].fields.institutionByOrder = false
        }
    }

    /// `[UX Labs](…) postgraduate course and [Northtown School](…).`, `Postgraduate course at the University of X.`,
    /// `Graduated from Northtown College.`: the school a course names in the first sentence of the line under its
    /// header: the capitalised names linked there, else the name after `at` / `from` when it names an institution.
    func schoolInProse(_ entry: Entry) -> String? {
        guard let last = entry.header.last, let body = entry.bodySource,
            let j = Self.next(after: last, in: lines, where: { $0 != .blank })
        else { return nil }
        let line = lines[j]
        guard line.headingLevel == nil, !line.text.isEmpty, line.source.start >= body.start, line.source.start <= body.end else { return nil }
        var sentence = line.text
        if let r = sentence.byteRange(of: ". ") { sentence = String(sentence[..<r.lowerBound]) }
        guard MarkdownCues.wordCount(sentence) <= 16 else { return nil }
        var linked: [String] = []
        for name in line.links.map(\.text) where name.first?.isUppercase == true && !linked.contains(name)
            && !name.contains("://") && sentence.utf8.containsBytes(of: name)
        {
            linked.append(name)
        }
        if !linked.isEmpty { return linked.joined(separator: ", ") }
        for word in [" at the ", " at ", " from the ", " from "] {
            guard let r = sentence.byteRange(of: word) else { continue }
            let name = String(sentence[r.upperBound...]).trimmingCharacters(in: ".;: ")
            if name.first?.isUppercase == true, MarkdownCues.wordCount(name) <= 10, WordClasses.institutionScore(name) > 0 { return name }
        }
        return nil
    }

    /// Labelled items that give only a date (`- Graduated: 2016`), with their dates: read as no date of their own.
    private var labelledDates: [(line: Int, date: DateSpan)] = []

    /// `- Graduated: 2016`, `- 졸업: 2016년`, `- Period: 2019 - 2021`: an item whose value is a date and nothing else,
    /// under an undated heading (items between): the date of that heading's entry.
    static func isLabelledDate(_ i: Int, in lines: [CueLine], _ dates: [DateSpan?]) -> Bool {
        guard lines[i].isItem, let d = dates[i], let (_, value) = labelled(lines[i].text), value.utf8.containsBytes(of: d.text) else { return false }
        let rest = value.replacing(d.text, with: "")
        guard rest.allSatisfy({ !($0.isLetter || $0.isNumber) || $0 == "년" || $0 == "年" }) else { return false }
        var j = i - 1
        while j >= 0, lines[j].isItem || lines[j].kind == .blank { j -= 1 }
        return j >= 0 && lines[j].headingLevel != nil && dates[j] == nil
    }

    /// The labelled dates (`isLabelledDate`) given to the undated entries whose body holds them.
    mutating func datesFromLabels() {
        for (line, date) in labelledDates {
            let at = lines[line].source.start
            guard let k = entries.firstIndex(where: { e in e.bodySource.map { $0.start <= at && at <= $0.end } ?? false }),
                entries[k].fields.dates == nil
            else { continue }
            var span = date
            span.closeSingleDate()
            entries[k].fields.dates = span
        }
    }

    /// Undated header lines kept with their body until the next dated run tells whether its date is theirs.
    private var held: (header: [Int], body: [Int])?

    mutating func flushHeld() {
        guard let h = held else { return }
        held = nil
        // `Initech Ltd.` / `2015 - present` / prose / `The Printer era at Initech: Staff Engineer`: the undated title
        // line under an employer that has no role yet is its role, for the employer's years.
        if purpose == .roles, entries.count > partStart, let employer = entries.last, employer.fields.title == nil,
            employer.fields.dates != nil
        {
            let fields = readFields(h.header.map { lines[$0] }, context: [], dates: employer.fields.dates)
            if fields.title != nil, WordClasses.titleScore(fields.title ?? "") > 0 {
                var entry = makeEntry(header: h.header, context: [], date: employer.fields.dates, group: employer.group)
                entry.fields.dates = employer.fields.dates
                entries.append(entry)
                appendBody(h.body)
                return
            }
        }
        appendBody(h.header + h.body)
    }

    /// An entry with an organisation and no title whose dates hold the dates of the entries after it is their
    /// employer (`Acme Ltd, Reading` / `1999 - 2002` over `Engineer at Beta: 2000 - 2002`): they take its
    /// organisation where they name none, and its group; it is no role of its own.
    mutating func nestWithinEmployers() {
        guard purpose == .roles else { return }
        var k = 0
        while k < entries.count {
            let parent = entries[k]
            guard parent.fields.title == nil, let span = parent.fields.dates, span.start != nil else { k += 1; continue }
            var j = k + 1
            // (An entry that names only an organisation of its own is no role held at another.)
            while j < entries.count, let inner = entries[j].fields.dates, Self.contains(span, inner),
                entries[j].fields.title != nil || entries[j].fields.organisation == nil
            {
                j += 1
            }
            guard j > k + 1 else { k += 1; continue }
            // `Odd jobs during my studies` over dated jobs: a kind of work, no employer to share.
            let kindOfWork = parent.fields.organisation.map(Self.namesKindOfWork) ?? false
            for c in (k + 1)..<j where !kindOfWork {
                if entries[c].fields.organisation == nil {
                    entries[c].fields.organisation = parent.fields.organisation
                    entries[c].fields.organisationFromContext = true
                }
                if entries[c].fields.location == nil { entries[c].fields.location = parent.fields.location }
                entries[c].group = parent.group
                entries[c].organisationSource = parent.source
            }
            // Text about the employer goes to its first role.
            entries[k + 1].text = parent.text + parent.bullets + entries[k + 1].text
            entries.remove(at: k)
        }
    }

    /// `**Engineer – Freelance** | 2021 – Present` at the top of a section, over `### Title – Project` headings with
    /// their own dates: one role of working for oneself, told by its engagements. The dated entries under the
    /// headings after it are its projects (clients), not roles, when most of them lie within its years.
    mutating func projectsOfSelfEmployment() {
        guard purpose == .roles, let u = entries.firstIndex(where: { $0.fields.dates?.start != nil }),
            let umbrella = entries[u].header.first, !entries[u].header.contains(where: { lines[$0].headingLevel != nil }),
            !lines[..<umbrella].contains(where: { $0.headingLevel != nil }),
            let span = entries[u].fields.dates,
            [entries[u].fields.organisation, entries[u].fields.title, entries[u].fields.location].contains(where: {
                $0.map(WordClasses.namesSelfEmployment) ?? false
            })
        else { return }
        let nested = entries.indices.filter { k in
            k > u && entries[k].fields.dates?.start != nil && entries[k].header.contains { lines[$0].headingLevel != nil }
        }
        let within = nested.filter { Self.contains(span, entries[$0].fields.dates!) }.count
        guard nested.count >= 2, within * 2 > nested.count else { return }
        for k in nested where entries[k].fields.organisation != nil { entries[k].fields.projectRow = true }
    }

    /// Whether a name opens with terms of employment (`Part-time work at …`, `Freelance projects`, `Seasonal
    /// jobs`): it tells the kind of work the entries under it were, not who they were for.
    static func namesKindOfWork(_ name: String) -> Bool {
        let lower = name.lowercased()
        return WordClasses.titleQualifiers.contains { q in
            lower.hasPrefix(q + " ") && MarkdownCues.wordCount(lower) > MarkdownCues.wordCount(q)
        }
    }

    /// Whether `inner` lies within `outer` (to the month where both have months; an open end holds any later date).
    static func contains(_ outer: DateSpan, _ inner: DateSpan) -> Bool {
        guard let os = outer.start, let s = inner.start else { return false }
        func index(_ d: PartialDate, end: Bool) -> Int { d.year * 12 + (d.month ?? (end ? 12 : 1)) }
        guard index(s, end: true) >= index(os, end: false) else { return false }
        let outerEnd: Int
        switch outer.end {
        case .present?, nil: outerEnd = .max
        case .date(let d)?: outerEnd = index(d, end: true)
        }
        let innerEnd: Int
        switch inner.end {
        case .present?: innerEnd = .max
        case nil: innerEnd = index(s, end: true)
        case .date(let d)?: innerEnd = index(d, end: false)
        }
        return innerEnd <= outerEnd
    }

    /// `Programmer: Wrote database programs …`: an entry without a title whose text opens with a title and a colon.
    mutating func titlesFromBody() {
        guard purpose == .roles else { return }
        // `- Position: Backend Developer`, `- Company: Acme`: an entry's field written as a labelled item of its body.
        for k in entries.indices where entries[k].fields.title == nil || entries[k].fields.titleByOrder || entries[k].fields.organisation == nil {
            var fromItems = false
            for (n, item) in (entries[k].bullets.prefix(4) + entries[k].text.prefix(2)).enumerated() {
                guard let (label, value) = Self.labelled(item.text) else { continue }
                if WordClasses.titleLabels.contains(label), entries[k].fields.title != nil, !entries[k].fields.titleByOrder,
                    entries[k].fields.organisation == nil
                {
                    // `**Acme Head Tours** - Springfield, IL` / `Position: Tour Guide`: the header's one name, taken for the
                    // title by its words, is the organisation the labelled title was held at.
                    entries[k].fields.organisation = entries[k].fields.title
                    entries[k].fields.title = EntryFields.withoutRemark(value)
                } else if entries[k].fields.title == nil || entries[k].fields.titleByOrder, WordClasses.titleLabels.contains(label) {
                    // `**Acme** - Springfield, IL` / `Position: Tour Guide`: the labelled title is the title; what the
                    // header gave the title's place by order alone is the town, or a second name of the organisation.
                    if entries[k].fields.titleByOrder, let old = entries[k].fields.title { entries[k].fields.keepHeaderPart(old) }
                    // `Team Lead (leading a team of six)`: the remark in brackets is no part of the title.
                    entries[k].fields.title = EntryFields.withoutRemark(value)
                } else if entries[k].fields.organisation == nil, WordClasses.organisationLabels.contains(label) {
                    entries[k].fields.organisation = value
                } else {
                    continue
                }
                fromItems = fromItems || n < min(4, entries[k].bullets.count)
            }
            guard fromItems else { continue }
            // The labelled items are the entry's facts (`Domain: …`, `Stack: …`), told as its text; the items under a
            // bare label (`Duties:`) are its bullets.
            var bullets: [Bullet] = []
            for item in entries[k].bullets {
                if item.text.hasSuffix(":") || item.text.hasSuffix("："), !item.children.isEmpty {
                    bullets += item.children
                } else if item.children.isEmpty, Self.labelled(item.text, valueWords: .max) != nil {
                    entries[k].text.append(item)
                } else {
                    bullets.append(item)
                }
            }
            entries[k].bullets = bullets
            entries[k].text.sort { $0.source.start < $1.source.start }
        }
        // `Acme | Paris | 2019 - present` / `Backend developer building the checkout service.`: the title opens the
        // first sentence of the body, where the header named only the organisation (and a word taken for the title by
        // its place alone, the town).
        for k in entries.indices where entries[k].fields.organisation != nil && (entries[k].fields.title == nil || entries[k].fields.titleByOrder) {
            guard let first = entries[k].text.first, entries[k].bullets.first.map({ first.source.start < $0.source.start }) ?? true,
                let title = Self.leadingTitle(first.text) ?? (entries[k].fields.title == nil ? Self.titleAfterAs(first.text) : nil)
            else { continue }
            if entries[k].fields.titleByOrder, let old = entries[k].fields.title {
                // A town is what the header adds (`Acme | Springfield, 2019 - present`); a name the sentence speaks of
                // (`Author and maintainer of “Pebblebox”`) is what the entry is about, and stays its title.
                guard EntryFields.isPlaceWord(old), entries[k].fields.location == nil, !first.text.utf8.containsBytes(of: old) else { continue }
                entries[k].fields.location = old
                entries[k].fields.titleByOrder = false
            }
            // `Teaching Assistant - 8.01: Classical Mechanics`: a short line that goes on past a dash after the title
            // names the course or the team too.
            let whole = first.text.hasPrefix(title + " - ") || first.text.hasPrefix(title + " – ")
            entries[k].fields.title = whole && MarkdownCues.wordCount(first.text) <= 10 && !PlainTextWords.endsSentence(first.text) ? first.text : title
        }
        for k in entries.indices where entries[k].fields.title == nil {
            guard let first = entries[k].text.first ?? entries[k].bullets.first, let colon = first.text.firstIndex(of: ":") else { continue }
            let label = first.text[..<colon]
            if MarkdownCues.wordCount(label) <= 5, WordClasses.titleScore(label) > 0 { entries[k].fields.title = String(label) }
        }
    }

    /// `- 2017-2023 Actor - street theatre` over a first nested item `- [Troupe Name](…)`: a dated item whose line
    /// names nothing but what was done, with a name alone on the item right under it, is that title at that
    /// organisation (the item under it is a name when it is a link, or short, capitalised and no title).
    mutating func organisationsFromNestedItems() {
        guard purpose == .roles else { return }
        for k in entries.indices {
            let e = entries[k]
            // The item may follow the heading of its group (`### Music` / `- 2013-2017 Singer` / `  - Choir Name`).
            guard let h = e.header.last, e.header.dropLast().allSatisfy({ lines[$0].headingLevel != nil }),
                case .item(let d) = lines[h].kind, let date = dates[h],
                h + 1 < lines.count, lines[h + 1].kind == .item(d + 1), dates[h + 1] == nil,
                let first = e.bullets.first, first.source == lines[h + 1].source, first.children.isEmpty,
                Self.namesOrganisationOnly(lines[h + 1])
            else { continue }
            // What the item's line was read as: nothing that a layout cue named (a link, `at`, an organisation word).
            let own = fieldsOfLine(h)
            guard own.organisation == nil || own.titleByOrder
                || own.title == nil && lines[h].links.isEmpty && WordClasses.organisationScore(own.organisation!) == 0
            else { continue }
            var title = lines[h].text
            if let r = title.byteRange(of: date.text) { title.removeSubrange(r) }
            title = title.replacing("()", with: "").replacing("[]", with: "")
            title = EntryFields.clean(title.trimmingCharacters(in: " "))
            guard !title.isEmpty, MarkdownCues.wordCount(title) <= 12 else { continue }
            entries[k].fields.title = title
            // `RIKEN Center for Robotics, Kobe, Japan`: the organisation, and the place after it.
            let named = fieldsOfLine(h + 1)
            let placed = named.title == nil && named.organisation != nil && named.location != nil
            entries[k].fields.organisation = placed ? named.organisation : lines[h + 1].text
            entries[k].fields.organisationFromContext = false
            entries[k].fields.titleByOrder = false
            entries[k].fields.location = placed ? named.location : nil
            entries[k].bullets.removeFirst()
        }
    }

    /// A line that names an organisation and nothing else: a name (`isName`), or a longer name in capitals that ends
    /// with a place or holds a word organisations are named with (`Institute for Applied Optics (IAO), Jena, Germany`,
    /// `Imaging Lab at Northfield University`).
    static func namesOrganisationOnly(_ line: CueLine) -> Bool {
        if isName(line) { return true }
        let text = line.text
        guard !text.contains(":"), !PlainTextWords.endsSentence(text), WordClasses.titleScore(text) == 0 else { return false }
        // `Vision group at the Northfield Institute`: a team, at an organisation named in capitals.
        if let r = text.byteRange(of: " at "), MarkdownCues.wordCount(text[..<r.lowerBound]) <= 4 {
            var after = text[r.upperBound...]
            if after.hasPrefix("the ") { after = after.dropFirst(4) }
            if after.first?.isUppercase == true, WordClasses.organisationScore(after) > 0 || WordClasses.institutionScore(after) > 0 {
                return true
            }
        }
        var head = Substring(text)
        var placed = false
        while let comma = head.lastIndex(of: ","), WordClasses.isPlace(head[head.index(after: comma)...].trimmingCharacters(in: " ")) {
            head = head[..<comma]
            placed = true
        }
        let words = head.split(separator: " ")
        guard !words.isEmpty, words.count <= 10,
            words.allSatisfy({ w in
                let bare = w.trimmingCharacters(in: "()[],&")
                return bare.count < 4 || bare.first?.isUppercase == true
            })
        else { return false }
        return placed || WordClasses.organisationScore(head) > 0 || WordClasses.institutionScore(head) > 0
    }

    /// A line that only names something: a link as a whole, or a few capitalised words (or words of a script without
    /// capitals) that end no sentence, carry no label and name no title.
    static func isName(_ line: CueLine) -> Bool {
        let text = line.text
        if line.links.contains(where: { $0.text == text }) { return true }
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, !PlainTextWords.endsSentence(text), !text.contains(":"),
            WordClasses.titleScore(text) == 0
        else { return false }
        if !text.contains(where: { $0.isUppercase || $0.isLowercase }) { return words.count <= 2 }
        return words.allSatisfy { w in w.count < 4 || w.first?.isUppercase == true }
    }

    /// The job title a sentence opens with (`Backend developer building …`, `Software Engineer (Payments)
    /// within …`): its words up to the last title word among its first six, and a bracketed qualifier right after;
    /// nil when the sentence opens otherwise (a verb in the past, an article: `Ran the support desk`).
    static func leadingTitle(_ text: String) -> String? {
        guard let f = text.first, f.isUppercase else { return nil }
        let words = text.split(separator: " ", maxSplits: 7, omittingEmptySubsequences: true).prefix(7)
        var last: Int?
        for (n, w) in words.prefix(6).enumerated() {
            let lower = w.lowercased().trimmingCharacters(in: ".,;:()")
            if lower.hasSuffix("ed") && n == 0 { return nil }
            if ["a", "an", "the", "i", "we", "my", "our"].contains(lower) {
                if last == nil { return nil }
                break
            }
            if WordClasses.titleWords.contains(lower) { last = n }
            if w.hasSuffix(".") || w.hasSuffix(",") || w.hasSuffix(";") || w.hasSuffix(":") { break }
        }
        guard let last else { return nil }
        var out = words[...last].joined(separator: " ")
        if last + 1 < words.count, words[last + 1].hasPrefix("("), words[last + 1].hasSuffix(")") { out += " " + words[last + 1] }
        out = EntryFields.clean(out.trimmingCharacters(in: ".,;:"))
        return WordClasses.titleScore(out) > 0 ? out : nil
    }

    /// `Served as the mobile developer.`, `Joined a team of four as its second backend engineer.`: the post a
    /// first sentence about joining or working names after `as`: its words up to the last title word, at most six
    /// (past an article, a possessive and an ordinal); nil when the sentence opens otherwise or `as` names no post.
    static func titleAfterAs(_ text: String) -> String? {
        var sentence = Substring(text)
        if let r = text.byteRange(of: ". ") { sentence = text[..<r.lowerBound] }
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count <= 20, let opening = words.first?.lowercased(), workOpenings.contains(opening),
            let asIndex = words.firstIndex(where: { $0 == "as" })
        else { return nil }
        var start = asIndex + 1
        while start < words.count, postLeads.contains(words[start].lowercased()) { start += 1 }
        var last: Int?
        for n in start..<min(words.count, start + 6) {
            let w = words[n]
            let lower = w.lowercased().trimmingCharacters(in: ".,;:()")
            if WordClasses.titleWords.contains(lower) { last = n }
            if w.hasSuffix(".") || w.hasSuffix(",") || w.hasSuffix(";") || w.hasSuffix(":") || lower == "in" || lower == "at"
                || lower == "for" || lower == "with" || lower == "on"
            {
                break
            }
        }
        guard let last else { return nil }
        let phrase = EntryFields.clean(words[start...last].joined(separator: " ").trimmingCharacters(in: ".,;:"))
        guard WordClasses.titleScore(phrase) > 0 else { return nil }
        // Written in lowercase in the sentence: the post's name capitalised as a header would write it.
        return phrase.split(separator: " ").map { w in w.first?.isLowercase == true ? w.prefix(1).uppercased() + w.dropFirst() : String(w) }
            .joined(separator: " ")
    }

    /// Whether a text's first letter is a small one, a brand written so (`eBay`, `iRobot`, `q2X`: a capital in its
    /// first word) aside: the text goes on from the line before rather than opening anything.
    static func opensSmall(_ text: String) -> Bool {
        guard let i = text.firstIndex(where: \.isLetter), text[i].isLowercase else { return false }
        return !PlainTextWords.isSmallLetterBrand(text[i...])
    }

    /// Whether a heading names a post: its last word (a bracketed remark aside) is a post's (`Staff Engineer`,
    /// `Designer (Freelance)`), not a theme's (`Platform Operations`, `Quality`).
    static func namesPost(_ text: String) -> Bool {
        let plain = EntryFields.withoutRemark(text)
        let remark = text.dropFirst(plain.count).trimmingCharacters(in: " ()")
        return EntryFields.endsWithTitleWord(plain) || EntryFields.endsWithTitleWord(remark)
    }

    /// Whether header line `i`, its dates aside, names a period of a working life (`Early Career Sept. 1997 - 2001`).
    func namesPeriod(_ i: Int) -> Bool {
        var text = lines[i].text
        if let written = dates[i]?.text, let r = text.byteRange(of: written) { text.removeSubrange(r) }
        return WordClasses.isPeriodName(text.trimmingCharacters(in: " ,;:-–"))
    }

    /// Words that open a sentence about holding a post (`Worked as …`, `Joined … as …`).
    static let workOpenings: Set<String> = [
        "worked", "working", "work", "joined", "served", "serving", "employed", "hired", "started", "acted", "acting", "engaged",
        "contracted", "recruited", "promoted",
    ]
    /// Words between `as` and a post's name: articles, possessives, ordinals.
    static let postLeads: Set<String> = [
        "a", "an", "the", "its", "their", "our", "his", "her", "first", "second", "third", "fourth", "fifth", "sole", "only",
        "founding", "1st", "2nd", "3rd",
    ]

    /// `Position: Tour Guide`, `Company: Acme`: a line that gives an entry's title or organisation by its label;
    /// `Summary of Responsibilities:`: a short label over the lines after it.
    static func isFieldLine(_ text: String) -> Bool {
        guard text.utf8.contains(0x3A), text.first?.isUppercase == true else { return false }
        if text.hasSuffix(":") { return MarkdownCues.wordCount(text) <= 5 }
        guard let (label, _) = labelled(text) else { return false }
        return WordClasses.titleLabels.contains(label) || WordClasses.organisationLabels.contains(label)
    }

    /// `Label: value` with a label of at most three words (lowercased) and a value of at most `valueWords` words.
    static func labelled(_ text: String, valueWords: Int = 12) -> (label: String, value: String)? {
        guard let (label, value) = labelParts(text) else { return nil }
        guard !label.isEmpty, !value.isEmpty, MarkdownCues.wordCount(label) <= 3, MarkdownCues.wordCount(value) <= valueWords else { return nil }
        return (label, value)
    }

    /// People lay out every entry of a section alike: where most entries put the organisation on one kind of line
    /// and the title on another (`### Company` / `Title • dates`), an entry read the other way round, from two
    /// lines of those kinds, is read as the others are (`### Contractor/Advisor` / `Various roles • dates`).
    mutating func agreeOnLayout() {
        guard purpose == .roles else { return }
        // Votes per pair of cues (organisation's, title's), in the order first met: a section's entries hold few pairs,
        // so a list searched in place costs less than a dictionary keyed by the two joined (a string built per entry).
        var votes: [(organisation: String, title: String, count: Int)] = []
        // On one line: `Company, Title` or `Title, Company`, as the entries whose title reads as one say (counted in
        // place: no copy of the entries).
        var ordered = 0
        var first = 0
        for k in entries.indices {
            if let o = entries[k].fields.organisationCue, let t = entries[k].fields.titleCue {
                if let v = votes.firstIndex(where: { $0.organisation == o && $0.title == t }) {
                    votes[v].count += 1
                } else {
                    votes.append((o, t, 1))
                }
            }
            if !entries[k].fields.titleByOrder, let organisationFirst = entries[k].fields.organisationFirst {
                ordered += 1
                if organisationFirst { first += 1 }
            }
        }
        if ordered >= 3, first * 3 >= ordered * 2 || first * 3 <= ordered {
            let majority = first * 2 > ordered
            for k in entries.indices where entries[k].fields.titleByOrder && entries[k].fields.organisationFirst == !majority {
                var fields = entries[k].fields
                (fields.organisation, fields.title) = (fields.title, fields.organisation)
                fields.organisationFirst = majority
                entries[k].fields = fields
            }
            if majority { organisationsFirstOnHeadings() }
        }
        // (A pair that wins holds two thirds of the votes: no other pair ties with it, whatever order they are met in.)
        guard let best = votes.max(by: { $0.count < $1.count }), best.count >= 2,
            Double(best.count) >= 0.66 * Double(votes.reduce(0) { $0 + $1.count })
        else { return }
        for k in entries.indices {
            let f = entries[k].fields
            guard f.swappable, let o = f.organisationCue, let t = f.titleCue, o != t, t == best.organisation, o == best.title else { continue }
            var fields = entries[k].fields
            (fields.organisation, fields.title) = (fields.title, fields.organisation)
            (fields.organisationCue, fields.titleCue) = (fields.titleCue, fields.organisationCue)
            entries[k].fields = fields
        }
    }

    /// `### Acme - Support Engineer - Field Operations` where the section's other entries name the organisation
    /// first: a heading of three parts or more read with its last part as the organisation (it had an
    /// organisation's word) is read as the others are, the first part the organisation and the rest the title.
    mutating func organisationsFirstOnHeadings() {
        for k in entries.indices where entries[k].fields.organisationFirst == false {
            guard let h = entries[k].header.first, lines[h].headingLevel != nil, dates[h] == nil,
                let organisation = entries[k].fields.organisation
            else { continue }
            let parts = MarkdownCues.splitOutsideParentheses(lines[h].text, separator: " - ").map { EntryFields.clean($0) }
            guard parts.count >= 3, !parts.contains(where: \.isEmpty), parts.last == organisation,
                WordClasses.titleScore(parts[0]) == 0
            else { continue }
            entries[k].fields.organisation = parts[0]
            entries[k].fields.title = parts.dropFirst().joined(separator: " - ")
            entries[k].fields.organisationFirst = true
        }
    }

    /// Cuts a run with several dates into one group of lines per date, by the run's period; leading lines beyond
    /// the period are the organisation the entries share.
    func split(_ header: [Int], dated: [Int]) -> [(lines: [Int], date: Int, context: [Int])] {
        let positions = dated.map { header.firstIndex(of: $0)! }
        if positions.count == 1 { return [(header, dated[0], [])] }
        if let byUnits = splitByUnits(header, dated: dated) { return byUnits }
        let gaps = zip(positions, positions.dropFirst()).map { $1 - $0 }
        let trailing = header.count - 1 - positions.last!
        if let g = gaps.first, gaps.allSatisfy({ $0 == g }), trailing < g {
            let before = g - 1 - trailing
            let lead = positions[0] - before
            if lead >= 0 {
                let context = Array(header[..<lead])
                return positions.enumerated().map { k, p in
                    (Array(header[(p - before)...(p + trailing)]), dated[k], context)
                }
            }
        }
        // Irregular: each date takes the lines since the date before it; trailing lines go with the last. Undated
        // lines over a stack of dated lines (`The consulting era at Globex:` / `Lead (2014 - 2015)` / `Senior (2013 - 2014)`)
        // name what the whole stack shares.
        var out: [(lines: [Int], date: Int, context: [Int])] = []
        var start = 0
        var stackContext: [Int] = []
        for (k, p) in positions.enumerated() {
            let end = k == positions.count - 1 ? header.count - 1 : p
            var own = Array(header[start...end])
            // Only lines that name no organisation of their own stack under the line above.
            let namesOrganisation = fieldsOfLine(header[p]).organisation != nil
            if start < p, k + 1 < positions.count, positions[k + 1] == p + 1, p - start <= 2, !namesOrganisation {
                stackContext = Array(header[start..<p])
                own = Array(header[p...end])
            } else if start < p || namesOrganisation {
                stackContext = []
            }
            out.append((own, dated[k], stackContext))
            start = end + 1
        }
        if out.contains(where: { !$0.context.isEmpty }) { return out }
        return out
    }

    /// Cuts a run at its layout units (list items, headings, table rows, paragraphs) when each date sits in a unit
    /// of its own: each dated unit takes the undated units before it, or, when only the first has any, they name
    /// the organisation the entries share.
    func splitByUnits(_ header: [Int], dated: [Int]) -> [(lines: [Int], date: Int, context: [Int])]? {
        var units: [[Int]] = []
        for i in header {
            let line = lines[i]
            let starts: Bool
            switch line.kind {
            case .item, .heading, .term, .row: starts = true
            case .text: starts = units.last.map { lines[$0.last!].block != line.block || lines[$0.last!].isItem } ?? true
            default: starts = false
            }
            if starts || units.isEmpty { units.append([i]) } else { units[units.count - 1].append(i) }
        }
        let datedUnits = units.indices.filter { u in units[u].contains { dates[$0] != nil } }
        guard datedUnits.count == dated.count, units.count > 1 else { return nil }
        // `<div>10/2019 – 01/2022</div>` / `<div>MSc in X</div>` / `<div>Uni</div>` …: where every date is a unit alone
        // that names nothing and the run opens with one, the dates lead their entries: each takes the units after it.
        if datedUnits[0] == 0, datedUnits.allSatisfy({ units[$0].count == 1 && fieldsOfLine(units[$0][0]).isEmpty }) {
            return datedUnits.enumerated().map { k, u in
                let end = k + 1 < datedUnits.count ? datedUnits[k + 1] : units.count
                return (units[u..<end].flatMap { $0 }, units[u][0], [])
            }
        }
        let undatedBetween = zip(datedUnits, datedUnits.dropFirst()).contains { $1 - $0 > 1 }
        var out: [(lines: [Int], date: Int, context: [Int])] = []
        var start = 0
        var stack: [Int] = []
        for (k, u) in datedUnits.enumerated() {
            let date = units[u].first { dates[$0] != nil }!
            if !undatedBetween, datedUnits[0] > 0 {
                out.append((units[u], date, units[..<datedUnits[0]].flatMap { $0 }))
            } else if start < u, u - start == 1, k + 1 < datedUnits.count, datedUnits[k + 1] == u + 1, units[start].count == 1 {
                // `**Researcher**` / `- Uni A, 2018 – 2024` / `- Uni B, 2021` / `**Lecturer**` / …: a line over a stack
                // of dated units names what the stack shares.
                stack = units[start]
                out.append((units[u], date, stack))
            } else if start == u, !stack.isEmpty {
                out.append((units[u], date, stack))
            } else {
                stack = []
                out.append((units[start...u].flatMap { $0 }, date, []))
            }
            start = u + 1
        }
        // Undated units after the last date belong to the last entry.
        if start < units.count { out[out.count - 1].lines += units[start...].flatMap { $0 } }
        return out
    }

    func makeEntry(header: [Int], context: [Int], date: DateSpan?, group: Int) -> Entry {
        var span = date
        // `Ongoing Side Projects`: an entry without a year that says it goes on.
        if span == nil, let first = header.first, let word = lines[first].text.split(separator: " ").first,
            DateParser.isPresent(String(word))
        {
            span = DateSpan(start: nil, end: .present, text: String(word), source: lines[first].source)
        }
        span?.closeSingleDate()
        let fields = readFields(header.map { lines[$0] }, context: context.map { lines[$0] }, dates: span)
        var source = lines[header[0]].source
        for i in header.dropFirst() { source = source.union(lines[i].source) }
        // A cell that describes (`**Lead Illustrator**<br>Drew maps.`) is the entry's text.
        var described = header.flatMap { i in
            zip(lines[i].cells, lines[i].cellFields).compactMap { cell, hint in
                hint == .detail && !cell.isEmpty ? Bullet(text: cell, source: lines[i].source) : nil
            }
        }
        // A header line that gave no field (`Adviser: Prof. X`, a theme's name) is the entry's text: never lost.
        if header.count > 1 {
            // (Most header lines hold a field as written: that is told without a word set; read once a line needs it.)
            let written = [fields.organisation, fields.title, fields.location, fields.dates?.text].compactMap { $0 }.filter { $0.utf8.count >= 3 }
            var words: Set<String>?
            for i in header where lines[i].cells.isEmpty && !lines[i].text.isEmpty {
                guard !written.contains(where: { lines[i].text.utf8.containsBytes(of: $0) }) else { continue }
                let named = words ?? Self.fieldWords(fields)
                words = named
                var shares = false
                MarkdownCues.forEachWord(lines[i].text) { w in
                    if !shares, w.count >= 3, named.contains(String(decoding: w, as: UTF8.self)) { shares = true }
                }
                if !shares, MarkdownCues.wordCount(lines[i].text) >= 2 { described.append(Bullet(text: lines[i].text, source: lines[i].source)) }
            }
        }
        return Entry(
            fields: fields, header: header, context: context, text: described, group: group, source: source,
            organisationSource: context.first.map { lines[$0].source })
    }

    /// The lowercased words of an entry's fields (three letters or more).
    static func fieldWords(_ f: EntryFields) -> Set<String> {
        var words: Set<String> = []
        for text in [f.organisation, f.title, f.location, f.dates?.text, f.terms, f.url] {
            guard let text else { continue }
            MarkdownCues.forEachWord(text) { w in if w.count >= 3 { words.insert(String(decoding: w, as: UTF8.self)) } }
        }
        return words
    }

    mutating func appendBody(_ indices: [Int]) {
        guard !indices.isEmpty else { return }
        guard entries.count > partStart else {
            leadLines += indices
            return
        }
        let (text, bullets) = Self.body(indices.map { lines[$0] })
        entries[entries.count - 1].text += text
        entries[entries.count - 1].bullets += bullets
        for i in indices where lines[i].kind != .blank && !(lines[i].text.isEmpty && dates[i] == nil) {
            entries[entries.count - 1].source = entries[entries.count - 1].source.union(lines[i].source)
            entries[entries.count - 1].bodySource = entries[entries.count - 1].bodySource.map { $0.union(lines[i].source) } ?? lines[i].source
        }
    }

    /// Body lines as paragraphs (`text`) and bullets nested by depth.
    static func body(_ lines: [CueLine]) -> (text: [Bullet], bullets: [Bullet]) {
        var text: [Bullet] = []
        var flat: [(depth: Int, bullet: Bullet)] = []
        var lastBlock: Int?
        var paragraph: [String] = []
        for line in lines {
            switch line.kind {
            case .item(let d):
                guard !line.text.isEmpty else { continue }
                flat.append((d, Bullet(text: line.text, source: line.source)))
                lastBlock = nil
            case .itemText(let d):
                if let last = flat.last, last.depth == d {
                    flat[flat.count - 1].bullet.text += " " + line.text
                    flat[flat.count - 1].bullet.source = last.bullet.source.union(line.source)
                } else {
                    flat.append((d, Bullet(text: line.text, source: line.source)))
                }
                lastBlock = nil
            case .text, .row, .term:
                guard !line.text.isEmpty else { continue }
                let short = line.wordCount <= 8 && !PlainTextWords.endsSentence(line.text)
                // `Position: Tour Guide` / `Summary of Responsibilities:`: a field's line, and a label over what follows,
                // are lines of their own (a hard break between them), never one sentence.
                if let b = lastBlock, b == line.block, !text.isEmpty, !(short && PlainTextWords.endsSentence(paragraph.last ?? "")),
                    !Self.isFieldLine(line.text), !Self.isFieldLine(paragraph.last ?? "")
                {
                    paragraph.append(line.text)
                    text[text.count - 1].source = text[text.count - 1].source.union(line.source)
                } else {
                    if !paragraph.isEmpty { text[text.count - 1].text = paragraph.joined(separator: " ") }
                    paragraph = [line.text]
                    text.append(Bullet(text: line.text, source: line.source))
                }
                lastBlock = line.block
            case .heading:
                // A theme's heading inside the body (`#### Platform work` over its bullets) is told as text.
                if !paragraph.isEmpty { text[text.count - 1].text = paragraph.joined(separator: " ") }
                paragraph = []
                if !line.text.isEmpty { text.append(Bullet(text: line.text, source: line.source)) }
                lastBlock = nil
            case .headerRow, .rule, .blank:
                lastBlock = nil
            }
        }
        if !paragraph.isEmpty { text[text.count - 1].text = paragraph.joined(separator: " ") }
        var bullets = nest(flat[...])
        // `- Responsibilities:` over its items: a label, the items under it the bullets; `- Tags: Volunteering`,
        // `- Badges:` over their words: labels of the entry, no bullets (kept as its text).
        if bullets.contains(where: { Self.itemLabel($0.text) != nil }) {
            var kept: [Bullet] = []
            for bullet in bullets {
                switch Self.itemLabel(bullet.text) {
                case .highlights? where !bullet.children.isEmpty:
                    kept += bullet.children
                case .tags?:
                    let words = bullet.children.map(\.text).joined(separator: ", ")
                    text.append(Bullet(text: words.isEmpty ? bullet.text : bullet.text + " " + words, source: bullet.source))
                default:
                    kept.append(bullet)
                }
            }
            bullets = kept
        }
        return (text, bullets)
    }

    enum ItemLabel { case highlights, tags }

    /// What a list item that is only a label names (`Responsibilities:`, `List Items:`, `Tags: Volunteering`), if it is one.
    static func itemLabel(_ text: String) -> ItemLabel? {
        guard text.utf8.count <= 60, let (label, value) = labelParts(text) else { return nil }
        if value.isEmpty, highlightLabels.contains(label) { return .highlights }
        if tagLabels.contains(label) { return .tags }
        return nil
    }

    /// `Label: value` split at its first colon (`:` or `：`), the label lowercased, both without spaces and emphasis marks.
    static func labelParts(_ text: String) -> (label: String, value: String)? {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        return (String(text[..<colon]).trimmingCharacters(in: " *_").lowercased(),
                String(text[text.index(after: colon)...]).trimmingCharacters(in: " *_"))
    }

    /// Labels over a role's bullets.
    static let highlightLabels: Set<String> = [
        "list items", "items", "highlights", "key highlights", "responsibilities", "key responsibilities", "achievements",
        "key achievements", "accomplishments", "key accomplishments", "tasks", "duties", "main tasks", "missions",
        "realisations", "réalisations", "aufgaben", "tätigkeiten", "responsabilidades", "logros",
    ]

    /// Labels of an entry's tags (words that file it, not things done).
    static let tagLabels: Set<String> = ["tags", "badges", "labels", "categories"]

    /// Items of a depth and their deeper items as children.
    static func nest(_ flat: ArraySlice<(depth: Int, bullet: Bullet)>) -> [Bullet] {
        var out: [Bullet] = []
        var i = flat.startIndex
        while i < flat.endIndex {
            var bullet = flat[i].bullet
            let depth = flat[i].depth
            var j = i + 1
            while j < flat.endIndex, flat[j].depth > depth { j += 1 }
            if j > i + 1 { bullet.children = nest(flat[(i + 1)..<j]) }
            out.append(bullet)
            i = j
        }
        return out
    }
}

extension EntryFinder {
    /// The entries as roles of the section titled `section`; groups are numbered on from `group`.
    func roles(section: String?, group: inout Int) -> [Role] {
        let base = group
        var roles: [Role] = []
        // Consecutive entries at one organisation are one group; groups are numbered 1, 2, 3 … in reading order.
        // (The groups are worked out beside the entries: no copy of the entries to change them in.)
        let entries = self.entries
        var groups = entries.map(\.group)
        for k in entries.indices.dropFirst() where entries[k].fields.organisation != nil
            && entries[k].fields.organisation == entries[k - 1].fields.organisation
        {
            groups[k] = groups[k - 1]
        }
        var numbers: [Int: Int] = Dictionary(minimumCapacity: groups.count)
        for g in groups where numbers[g] == nil { numbers[g] = numbers.count + 1 }
        for k in groups.indices { groups[k] = numbers[groups[k]] ?? groups[k] }
        var sizes: [Int: Int] = Dictionary(minimumCapacity: numbers.count)
        var titled: Set<Int> = Set(minimumCapacity: numbers.count)
        for k in entries.indices {
            sizes[groups[k], default: 0] += 1
            if entries[k].fields.title != nil { titled.insert(groups[k]) }
        }
        // `# Work as Lead Ruby Engineer`: the heading names the title of the roles under it that name none.
        let sectionTitle = section.flatMap(Self.titleOfSection)
        let research = purpose == .roles && section.map(Self.namesResearch) == true
        for k in entries.indices {
            var entry = entries[k]
            entry.group = groups[k]
            if let sectionTitle, entry.fields.title == nil || entry.fields.titleByOrder, entry.fields.dates != nil {
                if let old = entry.fields.title, let org = entry.fields.organisation, entry.fields.organisationFirst == true {
                    // `## Acme - Threat Detection`: what was taken for the title by its place is part of the name.
                    entry.fields.organisation = org + " - " + old
                }
                entry.fields.title = sectionTitle
            }
            if entry.fields.title == nil, entry.fields.organisation != nil, purpose == .roles, let posts = Self.titleFromLeadIns(entry.bullets) {
                entry.fields.title = posts
            }
            let f = entry.fields
            guard f.title != nil || f.organisation != nil else { continue }
            if isWork(entry) || research && isResearchProject(entry.fields, section: section) { continue }
            // `[15-16] Student` with no place of study or work: a time of study, not a role.
            if f.organisation == nil, let t = f.title, WordClasses.studentWords.contains(t.lowercased()) { continue }
            if isDegree(entry) || f.projectRow { continue }
            if isBareHeading(entry) || holdsNoPost(entry, at: k, section: section) { continue }
            // A date under the line that names several roles, naming nothing itself, is their span, not a role.
            if f.title == nil, f.organisationFromContext, titled.contains(entry.group) {
                // Its text and bullets stay with the role before it.
                if var last = roles.last, last.group == base + entry.group {
                    last.text += entry.text
                    last.bullets += entry.bullets
                    last.source = last.source.union(entry.source)
                    roles[roles.count - 1] = last
                }
                continue
            }
            var range = entry.source
            if let org = entry.organisationSource, sizes[entry.group] == 1 { range = org.union(range) }
            roles.append(Role(
                organisation: f.organisation ?? Self.selfEmployment(namedBy: f.title), title: f.title, dates: f.dates,
                location: f.location, text: entry.text,
                bullets: entry.bullets, section: section?.isEmpty == false ? section : nil, group: base + entry.group,
                terms: f.terms, source: range))
        }
        group = base + numbers.count
        return roles
    }

    /// An entry named like a projects section with no title (`<dt>Ongoing Side Projects</dt>`), or under a heading
    /// that names works (`### Short films` / `- **2022** The Shadow, written by …`): a project, not a role.
    func isWork(_ entry: Entry) -> Bool { Self.namesWork(entry.fields) }

    /// `### Research Experience` over `- Tidewatch: Forecasting Estuary Salinity \hfill 2019 - 2020`, or `Coral Bleaching
    /// Maps (advisor: Dr. X)`: under a research heading, an entry that names no post (no title word outside brackets) and
    /// no organisation or school is a project of research, not a job; a post at an institution stays a role.
    func isResearchProject(_ f: EntryFields, section: String?) -> Bool {
        guard purpose == .roles, section != nil, f.dates != nil, !f.organisationFromContext else { return false }
        let named = [f.title, f.organisation].compactMap { $0.map(EntryFields.withoutRemark) }
        guard !named.isEmpty, named.reduce(0, { $0 + MarkdownCues.wordCount($1) }) >= 2 else { return false }
        // (A title word is a whole word: `Multi-Agent Planning` names no agent's post.)
        func namesPost(_ text: String) -> Bool {
            text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }).contains { WordClasses.titleWords.contains(PlainTextWords.bare($0)) }
                || WordClasses.cjkCount(text, WordClasses.titleEnds) > 0
        }
        return named.allSatisfy { !namesPost($0) && WordClasses.organisationScore($0) == 0 && WordClasses.institutionScore($0) == 0 }
    }

    /// A section heading with the word `research` in it (`Research Experience`, `RESEARCH POSITIONS`); asked once a section.
    static func namesResearch(_ section: String) -> Bool {
        section.utf8.containsBytes(of: "esearch") || section.utf8.containsBytes(of: "ESEARCH")
            ? SectionClassifier.normalise(section).split(separator: " ").contains("research") : false
    }

    /// The entries of a research section that are projects (`isResearchProject`).
    func researchProjects(section: String?) -> [Project] {
        guard purpose == .roles, let section, Self.namesResearch(section) else { return [] }
        return entries.compactMap { entry in
            let f = entry.fields
            guard isResearchProject(f, section: section), let name = f.organisation ?? f.title else { return nil }
            return Project(
                name: name, role: f.organisation == nil ? nil : f.title, url: f.url, dates: f.dates, text: entry.text,
                bullets: entry.bullets, source: entry.source)
        }
    }

    /// `isWork` of entry `k`, asked in place (a loop over the entries that copies each costs more than the question).
    func isWork(at k: Int) -> Bool { Self.namesWork(entries[k].fields) }

    static func namesWork(_ f: EntryFields) -> Bool {
        guard let name = f.organisation, f.title == nil || f.organisationFromContext || f.organisationCue?.hasPrefix("heading") == true
        else { return false }
        return SectionClassifier.classify(name) == .projects
    }

    /// `Freelance designer`, `Self-employed consultant` with no employer named: the work was done for oneself, and the
    /// words that say so (as written) stand where the employer would.
    static func selfEmployment(namedBy title: String?) -> String? {
        guard let title else { return nil }
        let words = title.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        let first = words[0].lowercased()
        if first == "self", words.count >= 3, words[1].lowercased() == "employed" { return words[0] + " " + words[1] }
        return WordClasses.selfEmploymentLeads.contains(first) ? String(words[0]) : nil
    }

    /// The job title a section heading names after `as` (`Work as Lead Ruby Engineer`), if any.
    static func titleOfSection(_ title: String) -> String? {
        guard let r = title.byteRange(of: " as ") else { return nil }
        let after = String(title[r.upperBound...]).trimmingCharacters(in: " :")
        guard WordClasses.titleScore(after) > 0, MarkdownCues.wordCount(after) <= 6,
            SectionClassifier.classify(String(title[..<r.lowerBound])) == .experience
        else { return nil }
        return after
    }

    /// `### Other Employment` over a table of dated rows: an undated line with nothing under it, in a section of dated
    /// entries, names no entry of its own.
    func isBareHeading(_ entry: Entry) -> Bool {
        entry.fields.dates == nil && facts.anyDate && entry.text.isEmpty && entry.bullets.isEmpty && entry.header.count == 1
    }

    /// An entry of a work section that names a degree and no job (`2018 - 2021: BA in Economics, Uni`,
    /// `Vocational Certificate in IT`): people list their studies among their jobs; it is education.
    func isDegree(_ entry: Entry) -> Bool { isDegree(entry.fields) }

    func isDegree(_ f: EntryFields) -> Bool {
        guard purpose == .roles else { return false }
        // A title read by its words is a job's (most entries end here).
        guard f.title == nil || f.titleByOrder, WordClasses.titleScore(f.title ?? "") == 0, WordClasses.titleScore(f.organisation ?? "") == 0 else { return false }
        // `Data Engineering at Acme`: a field of work at a company is no degree; the degree word must be a degree's.
        return [f.title, f.organisation].contains { named in
            guard let lower = named?.lowercased() else { return false }
            return MarkdownCues.words(lower).contains { WordClasses.degreeNames.contains($0) }
                || WordClasses.dottedDegrees(lower, in: WordClasses.degreeNames) > 0 || WordClasses.cjkCount(lower, WordClasses.degreeParts) > 0
                || ["bachelor of", "master of", "bachelor in", "master in", "bachelor's", "master's"].contains { lower.utf8.containsBytes(of: $0) }
        }
    }

    /// The entries of a work section that are degrees (`isDegree`), read as education; and the degrees the text of a
    /// job says were obtained there (`degreeInText`).
    func degrees() -> [Education] {
        var out: [Education] = []
        // (By index, asked in place: copying each entry cost more than the questions.)
        for k in entries.indices {
            if isDegree(entries[k].fields) {
                let entry = entries[k]
                let fields = EntryFields.read(
                    entry.header.map { lines[$0] }, context: entry.context.map { lines[$0] }, purpose: .education, dates: entry.fields.dates)
                if let e = Self.education(entry, fields) { out.append(e) }
                continue
            }
            guard purpose == .roles, let school = entries[k].fields.organisation else { continue }
            for paragraph in entries[k].text.prefix(3) {
                guard let (degree, date) = Self.degreeInText(paragraph.text) else { continue }
                var span = date
                span.closeSingleDate()
                out.append(Education(institution: school, qualification: degree, dates: span, source: paragraph.source))
            }
        }
        return out
    }

    /// Verbs that say a degree was obtained.
    static let obtainedWords: Set<String> = ["obtained", "awarded", "earned", "received", "completed", "defended", "conferred", "obtenue", "obtenu"]

    /// `**Doctorate** awarded in 2019 for a thesis on …`: a paragraph of a job's text that opens with a degree
    /// (five words at most) and a verb saying it was obtained, then its year: a degree obtained at that organisation.
    static func degreeInText(_ text: String) -> (degree: String, date: DateSpan)? {
        let words = text.split(separator: " ", maxSplits: 12)
        guard let verb = words.prefix(6).firstIndex(where: { obtainedWords.contains($0.lowercased()) }), verb >= 1 else { return nil }
        let degree = words[..<verb].joined(separator: " ").trimmingCharacters(in: "*_,: ")
        guard !degree.isEmpty, WordClasses.degreeScore(degree) > 0, WordClasses.titleScore(degree) == 0 else { return nil }
        let after = words[(verb + 1)...].prefix(4).joined(separator: " ")
        guard after.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), let found = DateParser.findSpan(in: after), found.span.start != nil
        else { return nil }
        return (degree, found.span)
    }

    /// The entries as education.
    func education() -> [Education] {
        entries.compactMap { Self.education($0, $0.fields) }
    }

    /// An entry read with `fields` as an education entry; nil when it names neither a school nor a degree.
    static func education(_ entry: Entry, _ f: EntryFields) -> Education? {
        guard f.title != nil || f.organisation != nil else { return nil }
        var range = entry.source
        if let org = entry.organisationSource { range = org.union(range) }
        return Education(
            institution: f.organisation, qualification: f.title, dates: f.dates, location: f.location,
            bullets: (entry.text + entry.bullets).sorted { $0.source.start < $1.source.start }, source: range)
    }

    /// The entries as projects.
    func projects() -> [Project] {
        entries.compactMap { entry in
            let f = entry.fields
            guard let name = f.organisation ?? f.title else { return nil }
            return Project(
                name: name, role: f.organisation == nil ? nil : f.title, url: f.url, dates: f.dates, text: entry.text,
                bullets: entry.bullets, source: entry.source)
        }
    }
}
