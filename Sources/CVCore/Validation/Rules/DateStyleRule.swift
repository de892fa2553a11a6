/// One CV, one way of writing dates.
public struct DateStyleRule: Rule {
    public static let description = RuleDescription(
        identifier: "date-style", name: "Date style",
        summary: "Dates written in different styles in one CV (`Sep 2021` and `Sept 2021`, `Aug 2019` and `08/2019`).",
        severity: .warning,
        details: """
            Each date with a month is classified by how it is written: month name in full (`August 2019`), \
            three letters (`Aug 2019`), three letters and a dot (`Aug. 2019`), another abbreviation (`Sept 2021`), \
            `08/2019`, `2019-08`, `2019-08-15`, with a four-digit or an apostrophe year (`Aug. '19`). \
            Years alone, seasons and `May` (both full and short) fit any style. The most common style wins; \
            dates in the others are reported.
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
        var written: [Written] = []
        for (span, owner) in context.allDateSpans {
            for (style, text) in Self.styles(in: span.text) {
                written.append(Written(style: style, text: text, span: span, owner: owner))
            }
        }
        guard written.count > 1 else { return [] }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for w in written {
            if counts[w.style] == nil { order.append(w.style) }
            counts[w.style, default: 0] += 1
        }
        guard order.count > 1, let majority = order.max(by: { (counts[$0] ?? 0) < (counts[$1] ?? 0) }) else { return [] }
        let example = written.first { $0.style == majority }?.text ?? majority
        return written.filter { $0.style != majority }.map { w in
            let range = context.source.locate(w.text, in: w.span.source ?? w.owner) ?? context.datesRange(of: w.span, fallback: w.owner)
            return context.finding("date \"\(w.text)\" is written differently from most dates of this CV (like \"\(example)\")", at: range)
        }
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
                if case .other = token, c == " " || c == "," { i = text.index(after: i); continue }
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
