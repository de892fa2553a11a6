/// One CV, one way of writing dates.
public struct DateStyleRule: Rule {
    public static let description = RuleDescription(
        identifier: "date-style", name: "Date style",
        summary: "Dates written in different styles in one CV (`Sep 2021` and `Sept 2021`, `Aug 2019` and `08/2019`, `2019 – 2020` and `2019 - 2020`): one finding naming both forms.",
        severity: .warning,
        details: """
            Each date with a month is classified by how it is written: month name in full (`August 2019`), \
            three letters (`Aug 2019`), three letters and a dot (`Aug. 2019`), another abbreviation (`Sept 2021`), \
            `08/2019`, `2019-08`, `2019-08-15`, with a four-digit or an apostrophe year (`Aug. '19`). \
            Years alone, seasons and `May` (both full and short) fit any style, and so do `June` and `July` in full \
            beside abbreviations with a dot (`Sep. 2017 – July 2021`). Range separators are compared \
            apart: hyphen, en dash (LaTeX `--`), em dash and arrow (`2015 to 2019` is prose and fits any); so are \
            years of two and of four digits in spans without a month (`[16-17]` and `[2015-2016]`). Dates of \
            certification and award lists, and of lists whose items start with a date (courses), count too. \
            Ranges with a month or a season inside the items of other sections (`a course (Fall 2020-Spring \
            2022)`) count for the separator. The most common style wins; a CV that mixes styles gets one finding a dimension (month style, \
            separator, year digits), at the first date of another style, naming both forms.
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Aug. '19 – present

                ### Initech

                Developer • Jan. '15 – May '19
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Aug 2022 – Aug 2023

                ### Initech

                Developer • ↓Sept 2021 – Aug 2022

                ### Globex

                Developer • Jan 2019 – Sep 2021

                ### Umbrella

                Developer • Jan 2017 – Sept 2018
                """),
            Example("""
                ## Experience

                ### Acme

                Engineer • Aug 2022 → Aug 2023

                ### Initech

                Developer • ↓Jan 2019 - Aug 2022

                ### Globex

                Developer • Jan 2017 → Jan 2019
                """),
            Example("""
                ## Experience

                ### Acme

                Lecturer • Fall 2021 – present

                ### Initech

                Tutor • Spring 2018 – Summer 2021

                ## Talks

                - Data Club (↓Fall 2019-Spring 2020), Acme College
                """),
        ])

    public init() {}

    struct Written {
        var style: String
        var text: String
        var span: DateSpan
        var owner: SourceRange
    }

    public func check(_ context: RuleContext) -> [Finding] {
        var months: [Written] = []
        var separators: [Written] = []
        var years: [Written] = []
        for (span, owner) in context.allDateSpans {
            for (style, text) in Self.styles(in: span.text) {
                months.append(Written(style: style, text: text, span: span, owner: owner))
            }
            if span.start != nil, span.end != nil, let separator = Self.separator(in: span.text) {
                separators.append(Written(style: separator, text: span.text, span: span, owner: owner))
            }
            if let digits = Self.yearDigits(span) {
                years.append(Written(style: digits, text: span.text, span: span, owner: owner))
            }
        }
        // Dates of certifications and awards, and of other lists whose items start with a date (courses), are
        // read from their items (month styles only).
        if let document = context.document {
            for section in document.sections where Self.datedSections.contains(section.kind) {
                for item in section.items {
                    if section.kind == .other, !Self.startsWithDate(item.text) { continue }
                    let span = DateSpan(start: nil, end: nil, text: item.text, source: item.source)
                    let styles = Self.styles(in: item.text)
                    if section.kind == .other, let first = styles.first, !item.text.hasPrefix(first.1) { continue }
                    for (style, text) in styles {
                        months.append(Written(style: style, text: text, span: span, owner: item.source))
                    }
                }
            }
        }
        // Ranges with a month or season inside the items of other sections (`a course (Fall 2020-Spring 2022)`)
        // are written by the same hand as the roles' dates: their separators count.
        if let document = context.document {
            for section in document.sections where section.kind != .skills {
                for item in section.items where Self.mayHoldNamedRange(item.text) {
                    for match in DateParser.findSpans(in: item.text) {
                        let span = match.span
                        guard span.start?.month != nil || span.text.contains(where: \.isLetter), span.start != nil, span.end != nil,
                              let separator = Self.separator(in: span.text) else { continue }
                        separators.append(Written(style: separator, text: span.text, span: span, owner: item.source))
                    }
                }
            }
        }
        // `Sep. 2017 – July 2021`: beside abbreviations with a dot, June and July in full are the same style (style
        // guides abbreviate only the longer names, as `May` is never shortened).
        if months.contains(where: { $0.style.hasPrefix("Mon.") || $0.style.hasPrefix("Sept.") }) {
            months.removeAll { $0.style.hasPrefix("Month ") && ["june", "july"].contains(where: $0.text.lowercased().hasPrefix) }
        }
        return [
            mixed(months, context, what: "dates are written in different styles"),
            mixed(separators, context, what: "date ranges use different separators"),
            mixed(years, context, what: "years are written with two and with four digits"),
        ].compactMap { $0 }
    }

    /// An item opening with a digit or a month name (`May 2020 - Jul 2020 — a course`), read on its bytes.
    static func startsWithDate(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        let word = text.utf8.prefix { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        guard word.count >= 3, word.count <= 9 else { return false }
        let lower = String(decoding: word.map { $0 | 0x20 }, as: UTF8.self)
        return fullMonths.contains(lower) || shortMonths.contains(lower) || otherMonths.contains(lower) || lower == "may"
    }

    /// An item holding two four-digit years (bytes `19`/`20` and two digits), the least a range needs: most
    /// items (publications, talks) hold one year or none and are not read for dates.
    static func mayHoldNamedRange(_ text: String) -> Bool {
        var years = 0
        var run = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 { run += 1 } else { if run == 4 { years += 1 }; run = 0 }
        }
        if run == 4 { years += 1 }
        return years >= 2
    }

    static let datedSections: Set<SectionKind> = [.certifications, .awards, .other]

    /// One finding for a CV that writes dates in more than one way: at the first date in a style other than
    /// the most common one, naming both forms.
    func mixed(_ written: [Written], _ context: RuleContext, what: String) -> Finding? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for w in written {
            if counts[w.style] == nil { order.append(w.style) }
            counts[w.style, default: 0] += 1
        }
        guard order.count > 1, let majority = order.max(by: { (counts[$0] ?? 0) < (counts[$1] ?? 0) }),
              let odd = written.first(where: { $0.style != majority }) else { return nil }
        let example = written.first { $0.style == majority }?.text ?? majority
        let others = written.filter { $0.style != majority }.count
        let range = context.source.locate(odd.text, in: odd.span.source ?? odd.owner) ?? context.datesRange(of: odd.span, fallback: odd.owner)
        let label = { (style: String) in style.hasPrefix("\"") ? style : "`\(style)`" }
        return context.finding(
            "\(what): \(label(odd.style)) in \"\(odd.text)\"\(others > 1 ? " and \(others - 1) more" : "") but \(label(majority)) in most (like \"\(example)\"); pick one",
            at: range)
    }

    /// The separator of a date range: `–` (also LaTeX `--`), `—`, `→` (or `->`) or `-`; nil when none is found
    /// (`2015 to today` reads as prose). A hyphen inside a numeric date (`2019-08`) is not a separator.
    static func separator(in text: String) -> String? {
        if text.contains("->") || text.contains("\u{2192}") { return "\"→\"" }
        if text.contains("--") || text.contains("\u{2013}") { return "\"–\"" }
        if text.contains("\u{2014}") { return "\"—\"" }
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() where b == 0x2D {
            let before = bytes[..<i].reversed().prefix { $0 != 0x20 && $0 != 0x2D }
            let after = bytes[(i + 1)...].prefix { $0 != 0x20 && $0 != 0x2D }
            if before.isEmpty || after.isEmpty { return "\"-\"" }
            let digitsBefore = before.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            let digitsAfter = after.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            // `2019-08`, `08-2019`, `2019-08-15`: a numeric date, not a range.
            if digitsBefore > 0, digitsAfter > 0, digitsBefore != digitsAfter { continue }
            let chained = i > before.count && bytes[i - before.count - 1] == 0x2D
            if digitsBefore > 0, digitsBefore <= 2, chained { continue }
            return "\"-\""
        }
        // `from 2015 to today` is prose, not a separator style.
        return nil
    }

    /// `YY` for a span of years written with two digits (`[16-17]`), `YYYY` for one with a four-digit year;
    /// nil for spans with month names or apostrophe years, which the month styles cover.
    static func yearDigits(_ span: DateSpan) -> String? {
        guard let start = span.start, start.month == nil else { return nil }
        var longest = 0
        var run = 0
        for scalar in span.text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { return nil }
            if scalar.value >= 0x30 && scalar.value <= 0x39 { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        if longest == 4 { return "YYYY" }
        if longest == 2 { return "YY" }
        return nil
    }

    static let fullMonths: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let shortMonths: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let otherMonths: Set<String> = ["sept", "janv", "febr", "sept.", "octo"]

    enum Token { case word(String, dot: Bool), number(Int, digits: Int, apostrophe: Bool), slash, hyphen, other }

    /// The styles of the dates with a month in a date text, with the text of each date.
    static func styles(in text: String) -> [(String, String)] {
        var tokens: [(Token, Range<String.Index>)] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isLetter {
                var j = i
                while j < text.endIndex, text[j].isLetter { j = text.index(after: j) }
                let word = text[i..<j].lowercased()
                var dot = false
                if j < text.endIndex, text[j] == "." { dot = true; j = text.index(after: j) }
                tokens.append((.word(word, dot: dot), i..<j))
                i = j
            } else if c.isASCII, c.isNumber || ((c == "'" || c == "\u{2019}") && text.index(after: i) < text.endIndex && text[text.index(after: i)].isASCII && text[text.index(after: i)].isNumber) {
                let apostrophe = !c.isNumber
                var j = apostrophe ? text.index(after: i) : i
                var value = 0
                var digits = 0
                while j < text.endIndex, text[j].isASCII, let d = text[j].wholeNumberValue, digits < 9 { value = value * 10 + d; digits += 1; j = text.index(after: j) }
                tokens.append((.number(value, digits: digits, apostrophe: apostrophe), i..<j))
                i = j
            } else {
                let token: Token = c == "/" ? .slash : (c == "-" ? .hyphen : .other)
                if case .other = token, c == " " || c == "," || c == "\u{200B}" || c == "\u{A0}" { i = text.index(after: i); continue }
                tokens.append((token, i..<text.index(after: i)))
                i = text.index(after: i)
            }
        }
        var result: [(String, String)] = []
        var k = 0
        func number(_ n: Int) -> (Int, Int, Bool)? {
            guard n < tokens.count, case .number(let v, let d, let a) = tokens[n].0 else { return nil }
            return (v, d, a)
        }
        func isToken(_ n: Int, _ test: (Token) -> Bool) -> Bool { n < tokens.count && test(tokens[n].0) }
        let isHyphen: (Token) -> Bool = { if case .hyphen = $0 { return true }; return false }
        let isSlash: (Token) -> Bool = { if case .slash = $0 { return true }; return false }
        while k < tokens.count {
            let (token, range) = tokens[k]
            switch token {
            case .number(_, 4, false):
                if let m = number(k + 2), isToken(k + 1, isHyphen), m.1 <= 2, (1...12).contains(m.0) {
                    if let d = number(k + 4), isToken(k + 3, isHyphen), d.1 <= 2 {
                        result.append(("YYYY-MM-DD", String(text[range.lowerBound..<tokens[k + 4].1.upperBound])))
                        k += 5
                    } else {
                        result.append(("YYYY-MM", String(text[range.lowerBound..<tokens[k + 2].1.upperBound])))
                        k += 3
                    }
                    continue
                }
            case .number(_, let digits, false) where digits <= 2:
                if isToken(k + 1, isSlash), let y = number(k + 2), y.1 == 4 {
                    result.append(("MM/YYYY", String(text[range.lowerBound..<tokens[k + 2].1.upperBound])))
                    k += 3
                    continue
                }
                if isToken(k + 1, isSlash), let m = number(k + 2), m.1 <= 2, isToken(k + 3, isSlash), let y = number(k + 4), y.1 == 4 {
                    result.append(("DD/MM/YYYY", String(text[range.lowerBound..<tokens[k + 4].1.upperBound])))
                    k += 5
                    continue
                }
            case .word(let word, let dot):
                let monthStyle: String?
                if fullMonths.contains(word) {
                    monthStyle = "Month"
                } else if shortMonths.contains(word) {
                    monthStyle = dot ? "Mon." : "Mon"
                } else if otherMonths.contains(word) {
                    monthStyle = dot ? "Sept." : "Sept"
                } else {
                    monthStyle = nil
                }
                guard let monthStyle else { break }
                var n = k + 1
                if let day = number(n), day.1 <= 2, !day.2 { n += 1 }
                if let y = number(n), y.1 == 4 || (y.1 == 2 && y.2) {
                    let style = monthStyle + (y.2 ? " 'YY" : " YYYY")
                    result.append((style, String(text[range.lowerBound..<tokens[n].1.upperBound])))
                    k = n + 1
                    continue
                }
            default:
                break
            }
            k += 1
        }
        return result
    }
}
