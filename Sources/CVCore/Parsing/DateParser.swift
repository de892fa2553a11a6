/// Reads dates and date spans in the spellings real CVs use:
/// `June 2013 — Present`, `Aug. '19 –`, `2007 - present`, `May 2003 May 2007`, `Sept 2021`, `2020-05`,
/// `1995 1999`, `from 2015 to today`, `since 2019`, `Summer 1996, 1997, 1998`, `05/2020`, `2022-02-15`,
/// with hyphens, en and em dashes, `&#151;`, `&mdash;`, and Present/Current/Now/Ongoing/today.
///
/// Written by hand: no library reads date *spans* in CV spellings. Values are kept as read
/// (`2020-13` gives month 13) so that validation can report impossible dates.
public enum DateParser {
    /// A span found inside a longer text, with the characters it covers.
    public struct Match: Sendable {
        public var span: DateSpan
        public var range: Range<String.Index>
    }

    /// Reads a text that is (mostly) a date or a date span. Nil when it holds no year.
    public static func parseSpan(_ text: String) -> DateSpan? {
        guard let match = findSpan(in: text) else { return nil }
        return match.span
    }

    /// Reads one date (`2016-04-11`, `2005`, `June 2013`, `Aug. '19`). Nil when it holds no year.
    public static func parseDate(_ text: String) -> PartialDate? {
        let tokens = tokenize(text)
        for run in runs(tokens) {
            if let first = run.dates.first, case .date(let d) = first.value { return d }
        }
        return nil
    }

    /// Whether the text is "present" (`Present`, `current`, `now`, `ongoing`, `today`, `to date`).
    public static func isPresent(_ text: String) -> Bool {
        let words = tokenize(text)
        return !words.isEmpty && words.allSatisfy { if case .present = $0.kind { return true }; if case .word(let w) = $0.kind { return w == "to" || w == "till" }; return false }
            && words.contains { if case .present = $0.kind { return true }; return false }
    }

    /// Finds the first date span in a longer text (`Lead Engineer (June 2014 - March 2015),`).
    /// Only a run of tokens that holds at least one year counts.
    public static func findSpan(in text: String) -> Match? {
        findSpans(in: text).first
    }

    /// Every date span in the text, in order.
    public static func findSpans(in text: String) -> [Match] {
        let tokens = tokenize(text)
        return runs(tokens).compactMap { run -> Match? in
            guard let span = run.span(text: text) else { return nil }
            return Match(span: span, range: run.range)
        }
    }

    // MARK: - Tokens

    enum Kind: Equatable {
        case month(Int)
        case season
        case year(Int)
        case number(Int, digits: Int)
        case date(PartialDate)
        /// `2019-20`: an academic-year span written as one token.
        case yearPair(Int, Int)
        case present
        case separator
        case from
        case since
        case comma
        case word(String)
        case other
    }

    struct Token {
        var kind: Kind
        var range: Range<String.Index>
    }

    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let names = [
            ["january", "jan"], ["february", "feb", "febr"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
            ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ]
        for (i, spellings) in names.enumerated() { for s in spellings { m[s] = i + 1 } }
        return m
    }()

    static let presentWords: Set<String> = ["present", "current", "currently", "now", "ongoing", "today", "date", "heute", "actual"]
    static let separatorWords: Set<String> = ["to", "until", "till", "til", "through", "thru"]
    static let seasons: Set<String> = ["summer", "spring", "fall", "autumn", "winter"]
    static let dashes: Set<Character> = ["-", "–", "—", "―", "‒", "−", "\u{97}"]

    /// Splits text into words, numbers, numeric dates, dashes and commas. HTML entities for dashes
    /// (`&#151;`, `&#8211;`, `&mdash;`, `&ndash;`) count as dashes.
    static func tokenize(_ text: String) -> [Token] {
        var copy = text
        if let tokens = copy.withUTF8({ UTF8Scan.isSimple($0) ? tokenizeSimple(text, $0) : nil }) { return tokens }
        return tokenizeCharacters(text)
    }

    /// The kinds of the special words, for one lookup a word (same order of precedence as `tokenizeCharacters`).
    static let wordKinds: [String: Kind] = {
        var kinds: [String: Kind] = ["since": .since, "from": .from]
        for w in separatorWords { kinds[w] = .separator }
        for w in presentWords { kinds[w] = .present }
        for w in seasons { kinds[w] = .season }
        for (w, m) in months { kinds[w] = .month(m) }
        return kinds
    }()

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    @inline(__always)
    static func isNumber(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return Unicode.Scalar(v)?.properties.numericType != nil
    }

    @inline(__always)
    static func isDash(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x2015 || v == 0x2012 || v == 0x2212 || v == 0x97
    }

    /// `tokenizeCharacters` for a simple text (every scalar a character of its own, see `UTF8Scan`), on
    /// its bytes: the same tokens, with the same ranges.
    static func tokenizeSimple(_ text: String, _ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        let utf8 = text.utf8
        let base = utf8.startIndex
        func index(_ k: Int) -> String.Index { utf8.index(base, offsetBy: k) }
        let entities = ["&#151;", "&#8211;", "&#8212;", "&mdash;", "&ndash;", "&#x2013;", "&#x2014;"].map { Array($0.utf8) }
        var tokens: [Token] = []
        let end = b.count
        var i = 0
        while i < end {
            let (c, length) = UTF8Scan.scalar(b, at: i)
            if isLetter(c) {
                var j = i
                while j < end {
                    let (w, l) = UTF8Scan.scalar(b, at: j)
                    guard isLetter(w) else { break }
                    j += l
                }
                let letters = UnsafeBufferPointer(rebasing: b[i..<j])
                let word: String
                if letters.allSatisfy({ $0 < 0x80 }) {
                    word = String(unsafeUninitializedCapacity: letters.count) { out in
                        for (k, x) in letters.enumerated() { out[k] = x >= 0x41 && x <= 0x5A ? x + 0x20 : x }
                        return letters.count
                    }
                } else {
                    word = String(decoding: letters, as: UTF8.self).lowercased()
                }
                var stop = j
                if stop < end, b[stop] == 0x2E { stop += 1 }  // "Aug."
                let kind: Kind
                // No special word is longer than nine letters.
                if word.utf8.count <= 9, let known = wordKinds[word] {
                    kind = known
                } else {
                    kind = .word(word)
                    stop = j
                }
                tokens.append(Token(kind: kind, range: index(i)..<index(stop)))
                i = stop
            } else if c == 0x26 {
                // Dash entities (ASCII, matched without case).
                let entity = entities.first { e in
                    guard i + e.count <= end else { return false }
                    for k in 0..<e.count {
                        let x = b[i + k]
                        if (x >= 0x41 && x <= 0x5A ? x + 0x20 : x) != e[k] { return false }
                    }
                    return true
                }
                if let entity {
                    tokens.append(Token(kind: .separator, range: index(i)..<index(i + entity.count)))
                    i += entity.count
                } else {
                    tokens.append(Token(kind: .other, range: index(i)..<index(i + 1)))
                    i += 1
                }
            } else if c >= 0x30 && c <= 0x39 {
                let (kind, stop) = scanNumberSimple(b, from: i)
                tokens.append(Token(kind: kind, range: index(i)..<index(stop)))
                i = stop
            } else if c == 0x27 || c == 0x2019 || c == 0x2018 {
                // 'YY
                let next = i + length
                if let (n, stop) = digitsSimple(b, from: next), stop - next == 2,
                    stop == end || !isNumber(UTF8Scan.scalar(b, at: stop).value)
                {
                    let year = n >= 50 ? 1900 + n : 2000 + n
                    tokens.append(Token(kind: .year(year), range: index(i)..<index(stop)))
                    i = stop
                } else {
                    tokens.append(Token(kind: .other, range: index(i)..<index(next)))
                    i = next
                }
            } else if isDash(c) {
                var j = i + length
                while j < end {
                    let (d, l) = UTF8Scan.scalar(b, at: j)
                    guard isDash(d) else { break }
                    j += l
                }
                tokens.append(Token(kind: .separator, range: index(i)..<index(j)))
                i = j
            } else if c == 0x2C {
                tokens.append(Token(kind: .comma, range: index(i)..<index(i + 1)))
                i += 1
            } else if UTF8Scan.isWhitespace(c) || c == 0x28 || c == 0x29 || c == 0x5B || c == 0x5D || c == 0x2A || c == 0x5F
                || c == 0x7C || c == 0x2022 || c == 0xB7 || c == 0x3A || c == 0x2F
            {
                // Neutral: whitespace and punctuation that surrounds dates without breaking a span.
                if c == 0x2F || c == 0x7C || c == 0x2022 || c == 0xB7 || c == 0x3A {
                    tokens.append(Token(kind: .other, range: index(i)..<index(i + length)))
                }
                i += length
            } else {
                tokens.append(Token(kind: .other, range: index(i)..<index(i + length)))
                i += length
            }
        }
        return tokens
    }

    /// ASCII digits from `start`: their value (the first nine) and the end.
    static func digitsSimple(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int)? {
        var j = start
        var value = 0
        var count = 0
        while j < b.count, b[j] >= 0x30 && b[j] <= 0x39 {
            if count < 9 { value = value * 10 + Int(b[j] - 0x30) }
            count += 1
            j += 1
        }
        return count == 0 ? nil : (value, j)
    }

    /// `scanNumber` on the bytes of a simple text.
    static func scanNumberSimple(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (Kind, Int) {
        let end = b.count
        guard let (n, afterFirst) = digitsSimple(b, from: start) else { return (.other, start + 1) }
        let firstDigits = afterFirst - start
        // Part of a longer number (1,000,000 or 3.5): not a date.
        if afterFirst < end, b[afterFirst] == 0x2E, afterFirst + 1 < end, isNumber(UTF8Scan.scalar(b, at: afterFirst + 1).value) {
            var j = afterFirst + 1
            while j < end {
                let (v, l) = UTF8Scan.scalar(b, at: j)
                guard isNumber(v) || v == 0x2E else { break }
                j += l
            }
            return (.number(n, digits: firstDigits), j)
        }
        func part(after sepIndex: Int) -> (Int, Int, Int)? {
            let next = sepIndex + 1
            guard next < end, let (v, stop) = digitsSimple(b, from: next) else { return nil }
            return (v, stop - next, stop)
        }
        if afterFirst < end, firstDigits == 4, b[afterFirst] == 0x2D || b[afterFirst] == 0x2F || b[afterFirst] == 0x2E {
            let sep = b[afterFirst]
            if let (m, mDigits, afterMonth) = part(after: afterFirst), mDigits <= 2 {
                if afterMonth < end, b[afterMonth] == sep, let (d, dDigits, afterDay) = part(after: afterMonth), dDigits <= 2 {
                    return (.date(PartialDate(year: n, month: m, day: d)), afterDay)
                }
                if sep == 0x2D, mDigits == 2, m > 12, m == (n + 1) % 100 {
                    return (.yearPair(n, n + 1), afterMonth)
                }
                return (.date(PartialDate(year: n, month: m)), afterMonth)
            }
        }
        if afterFirst < end, firstDigits <= 2, b[afterFirst] == 0x2F || b[afterFirst] == 0x2E {
            // MM/YYYY or DD/MM/YYYY (day first, as outside the US).
            if let (second, secondDigits, afterSecond) = part(after: afterFirst) {
                if secondDigits == 4 { return (.date(PartialDate(year: second, month: n)), afterSecond) }
                if secondDigits <= 2, afterSecond < end, b[afterSecond] == b[afterFirst],
                    let (y, yDigits, afterYear) = part(after: afterSecond), yDigits == 4
                {
                    return (.date(PartialDate(year: y, month: second, day: n)), afterYear)
                }
            }
        }
        if firstDigits == 4, (1950...2099).contains(n) { return (.year(n), afterFirst) }
        return (.number(n, digits: firstDigits), afterFirst)
    }

    /// Tokens read character by character (any text).
    static func tokenizeCharacters(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var i = text.startIndex
        let end = text.endIndex
        while i < end {
            let c = text[i]
            if c.isLetter {
                var j = i
                while j < end, text[j].isLetter { j = text.index(after: j) }
                let word = text[i..<j].lowercased()
                var stop = j
                if stop < end, text[stop] == "." { stop = text.index(after: stop) }  // "Aug."
                let kind: Kind
                if let m = months[word] {
                    kind = .month(m)
                } else if seasons.contains(word) {
                    kind = .season
                } else if presentWords.contains(word) {
                    kind = .present
                } else if separatorWords.contains(word) {
                    kind = .separator
                } else if word == "from" {
                    kind = .from
                } else if word == "since" {
                    kind = .since
                } else {
                    kind = .word(word)
                    stop = j
                }
                tokens.append(Token(kind: kind, range: i..<stop))
                i = stop
            } else if c == "&" {
                // Dash entities.
                let rest = text[i...].prefix(9).lowercased()
                if let entity = ["&#151;", "&#8211;", "&#8212;", "&mdash;", "&ndash;", "&#x2013;", "&#x2014;"].first(where: { rest.hasPrefix($0) }) {
                    let stop = text.index(i, offsetBy: entity.count)
                    tokens.append(Token(kind: .separator, range: i..<stop))
                    i = stop
                } else {
                    tokens.append(Token(kind: .other, range: i..<text.index(after: i)))
                    i = text.index(after: i)
                }
            } else if c.isASCII, c.isNumber {
                let (kind, stop) = scanNumber(text, from: i)
                tokens.append(Token(kind: kind, range: i..<stop))
                i = stop
            } else if c == "'" || c == "’" || c == "‘" {
                // 'YY
                let next = text.index(after: i)
                if let (n, stop) = digits(text, from: next), text.distance(from: next, to: stop) == 2,
                    stop == end || !(text[stop].isNumber)
                {
                    let year = n >= 50 ? 1900 + n : 2000 + n
                    tokens.append(Token(kind: .year(year), range: i..<stop))
                    i = stop
                } else {
                    tokens.append(Token(kind: .other, range: i..<next))
                    i = next
                }
            } else if dashes.contains(c) {
                var j = text.index(after: i)
                while j < end, dashes.contains(text[j]) { j = text.index(after: j) }
                tokens.append(Token(kind: .separator, range: i..<j))
                i = j
            } else if c == "," {
                tokens.append(Token(kind: .comma, range: i..<text.index(after: i)))
                i = text.index(after: i)
            } else if c.isWhitespace || c == "(" || c == ")" || c == "[" || c == "]" || c == "*" || c == "_" || c == "|" || c == "•" || c == "·" || c == ":" || c == "/" {
                // Neutral: whitespace and punctuation that surrounds dates without breaking a span.
                if c == "/" || c == "|" || c == "•" || c == "·" || c == ":" {
                    tokens.append(Token(kind: .other, range: i..<text.index(after: i)))
                }
                i = text.index(after: i)
            } else {
                tokens.append(Token(kind: .other, range: i..<text.index(after: i)))
                i = text.index(after: i)
            }
        }
        return tokens
    }

    static func digits(_ text: String, from start: String.Index) -> (Int, String.Index)? {
        var j = start
        var value = 0
        var count = 0
        while j < text.endIndex, let d = text[j].wholeNumberValue, text[j].isASCII {
            if count < 9 { value = value * 10 + d }
            count += 1
            j = text.index(after: j)
        }
        return count == 0 ? nil : (value, j)
    }

    /// Numbers and numeric dates: `2013`, `2020-05`, `2020-05-17`, `2019-20`, `05/2020`, `2020/05`, `12`.
    static func scanNumber(_ text: String, from start: String.Index) -> (Kind, String.Index) {
        guard let (n, afterFirst) = digits(text, from: start) else { return (.other, text.index(after: start)) }
        let firstDigits = text.distance(from: start, to: afterFirst)
        // Part of a longer number (1,000,000 or 3.5): not a date.
        if afterFirst < text.endIndex, text[afterFirst] == ".", text.index(after: afterFirst) < text.endIndex,
            text[text.index(after: afterFirst)].isNumber
        {
            var j = text.index(after: afterFirst)
            while j < text.endIndex, text[j].isNumber || text[j] == "." { j = text.index(after: j) }
            return (.number(n, digits: firstDigits), j)
        }
        func part(after sepIndex: String.Index) -> (Int, Int, String.Index)? {
            let next = text.index(after: sepIndex)
            guard next < text.endIndex, let (v, stop) = digits(text, from: next) else { return nil }
            return (v, text.distance(from: next, to: stop), stop)
        }
        if afterFirst < text.endIndex, firstDigits == 4, text[afterFirst] == "-" || text[afterFirst] == "/" || text[afterFirst] == "." {
            let sep = text[afterFirst]
            if let (m, mDigits, afterMonth) = part(after: afterFirst), mDigits <= 2 {
                if afterMonth < text.endIndex, text[afterMonth] == sep, let (d, dDigits, afterDay) = part(after: afterMonth), dDigits <= 2 {
                    return (.date(PartialDate(year: n, month: m, day: d)), afterDay)
                }
                if sep == "-", mDigits == 2, m > 12, m == (n + 1) % 100 {
                    return (.yearPair(n, n + 1), afterMonth)
                }
                return (.date(PartialDate(year: n, month: m)), afterMonth)
            }
        }
        if afterFirst < text.endIndex, firstDigits <= 2, text[afterFirst] == "/" || text[afterFirst] == "." {
            // MM/YYYY or DD/MM/YYYY (day first, as outside the US).
            if let (second, secondDigits, afterSecond) = part(after: afterFirst) {
                if secondDigits == 4 { return (.date(PartialDate(year: second, month: n)), afterSecond) }
                if secondDigits <= 2, afterSecond < text.endIndex, text[afterSecond] == text[afterFirst],
                    let (y, yDigits, afterYear) = part(after: afterSecond), yDigits == 4
                {
                    return (.date(PartialDate(year: y, month: second, day: n)), afterYear)
                }
            }
        }
        if firstDigits == 4, (1950...2099).contains(n) { return (.year(n), afterFirst) }
        return (.number(n, digits: firstDigits), afterFirst)
    }

    // MARK: - Runs of date tokens

    enum Value: Equatable {
        case date(PartialDate)
        case present
    }

    struct Run {
        var dates: [(value: Value, index: Int)] = []
        var tokens: [Token] = []
        var range: Range<String.Index>
        var hasSeparatorAfterLastDate = false
        var since = false
        var yearPair: (Int, Int)?

        func span(text: String) -> DateSpan? {
            let real = dates.filter { if case .date = $0.value { return true }; return false }
            guard !real.isEmpty || yearPair != nil else { return nil }
            let written = String(text[range]).trimmingCharacters(in: " \t,;.:()")
            if let (a, b) = yearPair, dates.isEmpty {
                return DateSpan(start: PartialDate(year: a), end: .date(PartialDate(year: b)), text: written)
            }
            guard case .date(let first) = dates[0].value else {
                // "Present - 2019"? Take the first real date as the start.
                guard case .date(let d) = real[0].value else { return nil }
                return DateSpan(start: d, end: nil, text: written)
            }
            var end: DateEnd?
            if dates.count >= 2 {
                switch dates[dates.count - 1].value {
                case .date(let d): end = .date(d)
                case .present: end = .present
                }
            } else if since || hasSeparatorAfterLastDate {
                end = .present
            }
            return DateSpan(start: first, end: end, text: written)
        }
    }

    static func runs(_ tokens: [Token]) -> [Run] {
        var result: [Run] = []
        var current: Run?
        var pendingMonth: (month: Int, token: Int)?
        var pendingStart: String.Index?  // "from" / "since" / a month waiting for its year
        var since = false
        var i = 0

        func close() {
            if var run = current {
                if run.dates.contains(where: { if case .date = $0.value { return true }; return false }) || run.yearPair != nil {
                    run.since = run.since || false
                    result.append(run)
                }
            }
            current = nil
            pendingMonth = nil
            pendingStart = nil
            since = false
        }

        func add(_ value: Value, from startIndex: String.Index, to endIndex: String.Index) {
            if current == nil {
                current = Run(range: (pendingStart ?? startIndex)..<endIndex)
                current?.since = since
            }
            current!.dates.append((value, i))
            current!.range = current!.range.lowerBound..<endIndex
            current!.hasSeparatorAfterLastDate = false
        }

        while i < tokens.count {
            let t = tokens[i]
            switch t.kind {
            case .month(let m):
                // A month with its year (`June 2013`, `June 5, 2013`), or alone before a dated bound (`June - August 2011`).
                var j = i + 1
                var day: Int?
                if j < tokens.count, case .number(let d, let nd) = tokens[j].kind, nd <= 2, (1...31).contains(d) {
                    day = d
                    j += 1
                    if j < tokens.count, tokens[j].kind == .comma { j += 1 }
                }
                if j < tokens.count, let y = yearAfterMonth(tokens[j].kind) {
                    let start = pendingMonth.map { tokens[$0.token].range.lowerBound } ?? t.range.lowerBound
                    if let pm = pendingMonth, current?.dates.isEmpty ?? true {
                        // `June - August 2011`: the first month takes the year of the second.
                        add(.date(PartialDate(year: y, month: pm.month)), from: start, to: tokens[pm.token].range.upperBound)
                        current!.hasSeparatorAfterLastDate = true
                    }
                    pendingMonth = nil
                    add(.date(PartialDate(year: y, month: m, day: day)), from: start, to: tokens[j].range.upperBound)
                    i = j
                } else if current != nil, current!.hasSeparatorAfterLastDate, let last = current!.dates.last,
                    case .date(let d) = last.value, d.month != nil
                {
                    // `June 2011 - August`: the year is the start's.
                    add(.date(PartialDate(year: d.year, month: m)), from: t.range.lowerBound, to: t.range.upperBound)
                } else {
                    if current != nil && !(current!.hasSeparatorAfterLastDate) { close() }
                    pendingMonth = (m, i)
                    if pendingStart == nil { pendingStart = t.range.lowerBound }
                }
            case .season:
                if pendingStart == nil { pendingStart = t.range.lowerBound }
            case .year(let y):
                if let pm = pendingMonth {
                    add(.date(PartialDate(year: y, month: pm.month)), from: tokens[pm.token].range.lowerBound, to: t.range.upperBound)
                    pendingMonth = nil
                } else {
                    if current != nil, !current!.hasSeparatorAfterLastDate, !(previousIsComma(tokens, i)),
                        let last = current!.dates.last, case .present = last.value
                    {
                        close()
                    }
                    add(.date(PartialDate(year: y)), from: t.range.lowerBound, to: t.range.upperBound)
                }
            case .date(let d):
                add(.date(d), from: t.range.lowerBound, to: t.range.upperBound)
            case .yearPair(let a, let b):
                if current == nil { current = Run(range: (pendingStart ?? t.range.lowerBound)..<t.range.upperBound) }
                current!.dates.append((.date(PartialDate(year: a)), i))
                current!.dates.append((.date(PartialDate(year: b)), i))
                current!.range = current!.range.lowerBound..<t.range.upperBound
            case .present:
                if current != nil {
                    add(.present, from: t.range.lowerBound, to: t.range.upperBound)
                } else if i + 2 < tokens.count, tokens[i + 1].kind == .separator, startsDate(tokens[i + 2].kind) {
                    // `Present – 2019`: a span written backwards, read so that it is not taken for a name (the
                    // date-order rule reports it).
                    add(.present, from: t.range.lowerBound, to: t.range.upperBound)
                } else {
                    pendingMonth = nil
                }
            case .separator:
                if current != nil {
                    current!.hasSeparatorAfterLastDate = true
                    current!.range = current!.range.lowerBound..<t.range.upperBound
                } else if pendingMonth != nil {
                    // `June - August 2011`: keep the month pending across the dash.
                } else {
                    pendingStart = nil
                }
            case .from:
                close()
                pendingStart = t.range.lowerBound
            case .since:
                close()
                pendingStart = t.range.lowerBound
                since = true
            case .comma:
                // `1996, 1997, 1998` continues a run of years; anything else after a comma ends it.
                if current != nil {
                    let next = i + 1 < tokens.count ? tokens[i + 1].kind : .other
                    if case .year = next {} else { close() }
                }
            case .number, .word, .other:
                if pendingMonth != nil && current == nil { pendingMonth = nil; pendingStart = nil }
                if case .word(let w) = t.kind, w == "the" || w == "and", current != nil, current!.hasSeparatorAfterLastDate {
                    // `2015 to the present`
                    break
                }
                close()
            }
            i += 1
        }
        close()
        return result
    }

    /// The year of a token after a month name: any year token, and also a four-digit number from 1800
    /// (a bare `1842` is no date, but `Jun 1842` is).
    /// A token a date can start with.
    static func startsDate(_ kind: Kind) -> Bool {
        switch kind {
        case .year, .date, .month, .yearPair: return true
        default: return false
        }
    }

    /// Whether the text starts with "present" (`Present – 2019`, a span written backwards).
    public static func startsWithPresent(_ text: String) -> Bool {
        tokenize(text).first?.kind == .present
    }

    static func yearAfterMonth(_ kind: Kind) -> Int? {
        switch kind {
        case .year(let y): return y
        case .number(let n, let digits) where digits == 4 && (1800...2099).contains(n): return n
        default: return nil
        }
    }

    static func previousIsComma(_ tokens: [Token], _ i: Int) -> Bool {
        i > 0 && tokens[i - 1].kind == .comma
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        if set.utf8.allSatisfy({ $0 < 0x80 }) {
            var copy = self
            let trimmed = copy.withUTF8 { b -> String? in
                // Simple texts: one character a scalar; ASCII members match their own scalar only.
                guard UTF8Scan.isSimple(b) else { return nil }
                var lo = 0
                while lo < b.count {
                    let (v, length) = UTF8Scan.scalar(b, at: lo)
                    guard UTF8Scan.isWhitespace(v) || (v < 0x80 && set.utf8.contains(UInt8(v))) else { break }
                    lo += length
                }
                var hi = b.count
                while hi > lo {
                    var start = hi - 1
                    while start > lo, b[start] & 0xC0 == 0x80 { start -= 1 }
                    let v = UTF8Scan.scalar(b, at: start).value
                    guard UTF8Scan.isWhitespace(v) || (v < 0x80 && set.utf8.contains(UInt8(v))) else { break }
                    hi = start
                }
                return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
            }
            if let trimmed { return trimmed }
        }
        let chars = Set(set)
        var s = self[...]
        while let f = s.first, f.isWhitespace || chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace || chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
