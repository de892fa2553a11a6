/// Reads dates and date spans in the spellings real CVs use:
/// `June 2013 — Present`, `Aug. '19 –`, `2007 - present`, `May 2003 May 2007`, `Sept 2021`, `2020-05`,
/// `1995 1999`, `from 2015 to today`, `since 2019`, `Summer 1996, 1997, 1998`, `05/2020`, `2022-02-15`,
/// with hyphens, en and em dashes, `&#151;`, `&mdash;`, and Present/Current/Now/Ongoing/today; also
/// `07.2019`, `2019.07`, `2020. 07.` (Korean), `2022/04~現在`, `Nov18`, `OCT ’16`, ``Aug `17`` (LaTeX), `[16-17]`, `2015–16`,
/// `2019 → 2021`, `From July 2023`, and month, season and "present" words in French, German, Spanish,
/// Portuguese, Italian and Dutch (`Mai 2023 → Maintenant`, `März 2019 – heute`).
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

    /// Finds the first date span in a longer text (`Staff Designer (May 2013 - April 2016),`).
    /// Only a run of tokens that holds at least one year counts.
    /// Spans a list joins, each closed and each later (`June 2023 - August 2023; June 2024 - August 2024`: a post
    /// held twice) are one span from the first start to the last end, its text both.
    public static func findSpan(in text: String) -> Match? {
        let spans = findSpans(in: text)
        guard var first = spans.first else { return nil }
        var k = 1
        while k < spans.count, let joined = joining(first, spans[k], in: text) {
            first = joined
            k += 1
        }
        return first
    }

    /// `a` and `b` as one span when only a list separator (`;`, `,`, `&`, `and`, `/`) stands between them, `a` is a
    /// span of two different dates and `b` starts at or after `a`'s end and is a span too (to another date or to
    /// the present). Single years (`2014, 2015`) stay apart: they are a list of years, not two spans.
    static let listJoins: Set<String> = [";", ",", "&", "and", "/", "et", "und", "y", "e", "en"]

    static func joining(_ a: Match, _ b: Match, in text: String) -> Match? {
        guard let aStart = a.span.start, case .date(let aEnd) = a.span.end, aEnd != aStart, aEnd > aStart,
            let bStart = b.span.start, bStart >= aEnd, let bEnd = b.span.end, bEnd.date != bStart
        else { return nil }
        let words = text[a.range.upperBound..<b.range.lowerBound].lowercased().split(separator: " ")
        guard words.count == 1, listJoins.contains(String(words[0])) else { return nil }
        let range = a.range.lowerBound..<b.range.upperBound
        return Match(span: DateSpan(start: aStart, end: bEnd, text: String(text[range]), source: a.span.source), range: range)
    }

    /// Every date span in the text, in order.
    public static func findSpans(in text: String) -> [Match] {
        let tokens = tokenize(text)
        let found = runs(tokens, in: text).compactMap { run -> Match? in
            guard let span = run.span(text: text) else { return nil }
            return Match(span: span, range: run.range)
        }
        // `https://example.com/u/5edb11/6967b7`: digits inside a web address are no date (told for the word each span
        // starts in: a letter, digit, slash, dot or `=` right before a span's first byte is the sign to look).
        guard !found.isEmpty, found.contains(where: { m in
            guard m.range.lowerBound > text.startIndex else { return false }
            let b = text.utf8[text.utf8.index(before: m.range.lowerBound)]
            return b == 0x2F || b == 0x2E || b == 0x3D || b == 0x5F || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
        }) else { return found }
        let addresses = webAddresses(in: text)
        return found.filter { m in !addresses.contains(where: { $0.overlaps(m.range) }) }
    }

    /// The ranges of the words of a text that are web addresses (`http://…`, `https://…`, `www.…`, up to a space).
    static func webAddresses(in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var i = text.startIndex
        while i < text.endIndex {
            let rest = text[i...]
            if rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("www.") {
                let end = rest.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == ")" || $0 == ">" || $0 == "]" }) ?? text.endIndex
                out.append(i..<end)
                i = end
                continue
            }
            i = text.index(after: i)
        }
        return out
    }

    // MARK: - Tokens

    enum Kind: Equatable {
        case month(Int)
        /// A short month word that is also a common word or name (`set`, `out`, `mai`, `gen`): a month only
        /// directly before a year (`Mai 2023`, `set. 2019`).
        case weakMonth(Int)
        case season
        case year(Int)
        case number(Int, digits: Int)
        case date(PartialDate)
        /// `2019-20`: an academic-year span written as one token.
        case yearPair(Int, Int)
        case present
        /// A short "present" word that is also a common word (`nu`, `hoy`, `cours`): present only after a
        /// separator (`2019 – nu`, `2019 - en cours`).
        case weakPresent
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

    /// Month names and their common abbreviations, one row a month: English, French, German, Spanish,
    /// Portuguese, Italian, Dutch (with and without accents).
    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let names = [
            ["january", "jan", "janvier", "janv", "januar", "jänner", "jaenner", "enero", "janeiro", "gennaio", "januari"],
            ["february", "feb", "febr", "février", "fevrier", "févr", "fevr", "februar", "febrero", "fevereiro", "fev", "febbraio", "februari"],
            ["march", "mar", "mars", "märz", "maerz", "marz", "mär", "mrz", "marzo", "março", "maart", "mrt"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "maio", "maggio"],
            ["june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu"],
            ["july", "jul", "juillet", "juil", "juli", "julho", "luglio"],
            ["august", "aug", "août", "aout", "agosto"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre", "sett"],
            ["october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "ottobre", "ott"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dezembro", "dicembre"],
        ]
        for (i, spellings) in names.enumerated() { for s in spellings { m[s] = i + 1 } }
        return m
    }()

    /// Month words that are also English words or names: months only directly before a year (`Kind.weakMonth`).
    static let weakMonths: [String: Int] = [
        "ene": 1, "gen": 1, "marco": 3, "mai": 5, "mei": 5, "mag": 5, "mayo": 5, "julio": 7, "lug": 7, "ago": 8,
        "augustus": 8, "set": 9, "out": 10,
    ]

    static let presentWords: Set<String> = [
        "present", "current", "currently", "now", "ongoing", "today", "date", "todate", "heute", "actual",
        "présent", "aujourd", "maintenant", "actuel", "actuellement", "jetzt", "laufend", "aktuell", "actualidad", "presente",
        "actualmente", "atual", "atualmente", "hoje", "oggi", "heden", "現在", "现在", "至今", "今", "현재",
    ]
    /// Present words that are also common words: present only after a separator (`Kind.weakPresent`).
    static let weakPresentWords: Set<String> = ["nu", "hoy", "cours"]
    /// `aujourd'hui`: words read with what follows their apostrophe.
    static let apostropheTails: [String: [UInt8]] = ["aujourd": Array("hui".utf8)]
    static let separatorWords: Set<String> = ["to", "until", "till", "til", "through", "thru", "bis", "à", "hasta", "até", "tot"]
    static let sinceWords: Set<String> = ["since", "depuis", "seit", "desde", "sinds"]
    static let fromWords: Set<String> = ["from", "vanaf"]
    /// Words skipped between a separator and the end (`2015 to the present`, `2019 - en cours`).
    static let fillerWords: Set<String> = ["the", "and", "en", "la"]
    /// Words that mark an end still to come, skipped after a separator (`Sept. 2019 - Exp. May 2023`, `2024 – expected
    /// 2027`): the end is the date after them.
    static let expectedWords: Set<String> = ["expected", "exp", "anticipated", "est", "estimated", "planned"]
    static let seasons: Set<String> = [
        "summer", "spring", "fall", "autumn", "autum", "winter", "sommer", "herbst", "frühling", "fruehling", "été", "printemps",
        "automne", "hiver", "verano", "otoño", "invierno", "zomer", "herfst",
    ]

    /// Splits text into words, numbers, numeric dates, dashes and commas. HTML entities for dashes
    /// (`&#151;`, `&#8211;`, `&mdash;`, `&ndash;`) count as dashes.
    static func tokenize(_ text: String) -> [Token] {
        var copy = text
        if let tokens = copy.withUTF8({ UTF8Scan.isSimple($0) ? tokenizeSimple(text, $0) : nil }) { return tokens }
        return tokenizeCharacters(text)
    }

    /// The kinds of the special words, for one lookup a word (weak months and present words give way to the others).
    static let wordKinds: [String: Kind] = {
        var kinds: [String: Kind] = [:]
        // Sized once: looked up only, so its capacity changes no answer.
        kinds.reserveCapacity(
            sinceWords.count + fromWords.count + separatorWords.count + weakPresentWords.count + presentWords.count + seasons.count
                + weakMonths.count + months.count)
        for w in sinceWords { kinds[w] = .since }
        for w in fromWords { kinds[w] = .from }
        for w in separatorWords { kinds[w] = .separator }
        for w in weakPresentWords { kinds[w] = .weakPresent }
        for w in presentWords { kinds[w] = .present }
        for w in seasons { kinds[w] = .season }
        for (w, m) in weakMonths { kinds[w] = .weakMonth(m) }
        for (w, m) in months { kinds[w] = .month(m) }
        return kinds
    }()

    /// The length in bytes of the longest special word: longer words are not looked up.
    static let longestWord = wordKinds.keys.map(\.utf8.count).max() ?? 0

    static let dashEntities = ["&#151;", "&#8211;", "&#8212;", "&mdash;", "&ndash;", "&#x2013;", "&#x2014;"].map { Array($0.utf8) }

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

    /// Dashes (the hyphens U+2010 and U+2011 that word processors and LaTeX sources hold too), and the other marks
    /// written between two dates: `~` and `～` (`2022/04~現在`), arrows (`→`).
    @inline(__always)
    static func isDash(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x2015 || v == 0x2012 || v == 0x2212 || v == 0x97
            || v == 0x2010 || v == 0x2011 || v == 0xFF0D
            || v == 0x7E || v == 0xFF5E || v == 0x301C || v == 0x2192 || v == 0x27F6
    }

    /// A tilde that means "about" (`(~6 years)`, `~10%`): before a number that is no year, after no date.
    static func isApproximation(_ b: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        let v = UTF8Scan.scalar(b, at: i).value
        guard v == 0x7E || v == 0xFF5E || v == 0x301C, let (_, stop) = digitsSimple(b, from: i + length), stop - (i + length) != 4
        else { return false }
        return i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x28
    }

    static func isDash(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        return scalars.count == 1 && isDash(scalars.first!.value)
    }

    /// `'YY` from `start` (just after the apostrophe): the year and the end.
    static func apostropheYear(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int)? {
        guard let (n, stop) = digitsSimple(b, from: start), stop - start == 2,
            stop == b.count || !isNumber(UTF8Scan.scalar(b, at: stop).value)
        else { return nil }
        return (twoDigitYear(n), stop)
    }

    /// `96` → 1996, `19` → 2019.
    static func twoDigitYear(_ n: Int) -> Int { n >= 50 ? 1900 + n : 2000 + n }

    /// The length of a dash entity at `i`, matched without case.
    static func dashEntity(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        dashEntities.first { e in
            guard i + e.count <= b.count else { return false }
            for k in 0..<e.count {
                let x = b[i + k]
                if (x >= 0x41 && x <= 0x5A ? x + 0x20 : x) != e[k] { return false }
            }
            return true
        }?.count
    }

    /// The token of a (lowercased) word whose letters end at byte `j`, and the byte where it ends: `Aug.` takes
    /// its dot, a month its glued two-digit year (`Nov18` is November 2018), `aujourd'hui` its tail.
    /// `PresentNight Shift Lead` (text exported with the line breaks lost): a word that starts with a word for
    /// the present glued to a capitalised word ends after the present word. Else `to`.
    static func presentGluedToWord(_ b: UnsafeBufferPointer<UInt8>, from i: Int, to j: Int) -> Int {
        guard j - i > 4, b[i] >= 0x41, b[i] <= 0x5A else { return j }
        var p = i + 1
        while p < j, b[p] >= 0x61, b[p] <= 0x7A { p += 1 }
        guard p < j, p - i >= 3, b[p] >= 0x41, b[p] <= 0x5A else { return j }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: b[i..<p]), as: UTF8.self).lowercased()
        if case .present = wordKinds[prefix] { return p }
        return j
    }

    static func wordToken(_ word: String, _ b: UnsafeBufferPointer<UInt8>, lettersEnd j: Int) -> (Kind, Int) {
        guard word.utf8.count <= longestWord, let known = wordKinds[word] else { return (.word(word), j) }
        switch known {
        case .month(let m), .weakMonth(let m):
            if let (n, stop) = digitsSimple(b, from: j), stop - j == 2, stop == b.count || !isLetterOrNumber(b, at: stop) {
                return (.date(PartialDate(year: twoDigitYear(n), month: m)), stop)
            }
        case .present:
            if let tail = apostropheTails[word], let stop = apostropheTail(tail, b, at: j) { return (.present, stop) }
        default:
            break
        }
        return (known, j < b.count && b[j] == 0x2E ? j + 1 : j)
    }

    static func isLetterOrNumber(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let v = UTF8Scan.scalar(b, at: i).value
        return isLetter(v) || isNumber(v)
    }

    /// The end of `'hui` (or `’hui`) at `j` when `tail` is `hui` and no letter follows.
    static func apostropheTail(_ tail: [UInt8], _ b: UnsafeBufferPointer<UInt8>, at j: Int) -> Int? {
        guard j < b.count else { return nil }
        var k = j
        if b[k] == 0x27 {
            k += 1
        } else if UTF8Scan.scalar(b, at: k).value == 0x2019 {
            k += 3
        } else {
            return nil
        }
        for x in tail {
            guard k < b.count, b[k] | 0x20 == x else { return nil }
            k += 1
        }
        return k == b.count || !isLetterOrNumber(b, at: k) ? k : nil
    }

    /// `[16-17]`, `[99-01]`: two two-digit years in brackets, start and end; the bracket at `open`. The years
    /// and where they end (at the closing bracket).
    static func bracketYearPair(_ b: UnsafeBufferPointer<UInt8>, at open: Int) -> (Int, Int, Int)? {
        let first = open + 1
        guard let (a, afterA) = digitsSimple(b, from: first), afterA - first == 2, afterA < b.count else { return nil }
        let (dash, length) = UTF8Scan.scalar(b, at: afterA)
        let second = afterA + length
        guard dash == 0x2D || dash == 0x2013, let (z, afterZ) = digitsSimple(b, from: second), afterZ - second == 2,
            afterZ < b.count, b[afterZ] == 0x5D
        else { return nil }
        let start = twoDigitYear(a)
        let end = twoDigitYear(z)
        guard end >= start, end - start <= 30 else { return nil }
        return (start, end, afterZ)
    }

    /// `tokenizeCharacters` for a simple text (every scalar a character of its own, see `UTF8Scan`), on
    /// its bytes: the same tokens, with the same ranges.
    static func tokenizeSimple(_ text: String, _ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        let utf8 = text.utf8
        let base = utf8.startIndex
        func index(_ k: Int) -> String.Index { utf8.index(base, offsetBy: k) }
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
                j = presentGluedToWord(b, from: i, to: j)
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
                let (kind, stop) = wordToken(word, b, lettersEnd: j)
                tokens.append(Token(kind: kind, range: index(i)..<index(stop)))
                i = stop
            } else if c == 0x26 {
                let stop = i + (dashEntity(b, at: i) ?? 1)
                tokens.append(Token(kind: stop > i + 1 ? .separator : .other, range: index(i)..<index(stop)))
                i = stop
            } else if c >= 0x30 && c <= 0x39 {
                let (kind, stop) = scanNumber(b, from: i)
                tokens.append(Token(kind: kind, range: index(i)..<index(stop)))
                i = stop
            } else if c == 0x27 || c == 0x2019 || c == 0x2018 || c == 0x60 {
                // 'YY (and LaTeX's `YY, its opening quote)
                let next = i + length
                if let (year, stop) = apostropheYear(b, from: next) {
                    tokens.append(Token(kind: .year(year), range: index(i)..<index(stop)))
                    i = stop
                } else {
                    tokens.append(Token(kind: .other, range: index(i)..<index(next)))
                    i = next
                }
            } else if isDash(c), !isApproximation(b, at: i, length: length) {
                // A run of dashes is one separator (`2016-–present`, `->`).
                var j = i + length
                while j < end {
                    let (d, l) = UTF8Scan.scalar(b, at: j)
                    guard isDash(d) || d == 0x3E else { break }
                    j += l
                }
                tokens.append(Token(kind: .separator, range: index(i)..<index(j)))
                i = j
            } else if c == 0x2C {
                tokens.append(Token(kind: .comma, range: index(i)..<index(i + 1)))
                i += 1
            } else if c == 0x5B, let (start, last, stop) = bracketYearPair(b, at: i) {
                tokens.append(Token(kind: .yearPair(start, last), range: index(i + 1)..<index(stop)))
                i = stop
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

    /// Numbers and numeric dates from the digit at `start`: `2013`, `2020-05`, `2020-05-17`, `2019-20`,
    /// `2015–16`, `05/2020`, `2020/05`, `07.2019`, `2019.07`, `2020. 07.`, `12`.
    static func scanNumber(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (Kind, Int) {
        let end = b.count
        guard let (n, afterFirst) = digitsSimple(b, from: start) else { return (.other, start + 1) }
        let firstDigits = afterFirst - start
        if afterFirst < end, b[afterFirst] == 0x2E, let (date, stop) = dottedDate(b, from: start) {
            return (.date(date), stop)
        }
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
        if afterFirst < end, firstDigits == 4, b[afterFirst] == 0x2D || b[afterFirst] == 0x2F {
            let sep = b[afterFirst]
            // `2014/2015`: a school year, two years that follow each other across a slash.
            if sep == 0x2F, let (m, mDigits, afterMonth) = part(after: afterFirst), mDigits == 4, m == n + 1,
                afterMonth == end || !isLetterOrNumber(b, at: afterMonth)
            {
                return (.yearPair(n, m), afterMonth)
            }
            if let (m, mDigits, afterMonth) = part(after: afterFirst), mDigits <= 2 {
                if afterMonth < end, b[afterMonth] == sep, let (d, dDigits, afterDay) = part(after: afterMonth), dDigits <= 2 {
                    return (.date(PartialDate(year: n, month: m, day: d)), afterDay)
                }
                // `2019-20`, `2014-17`; `2020-13` stays month 13 (for validation to report).
                if sep == 0x2D, mDigits == 2, m > 12, let last = yearPairEnd(n, m) {
                    return (.yearPair(n, last), afterMonth)
                }
                // `2014/15`: a school year, the year after the first (`2014/16` stays a month for validation).
                if sep == 0x2F, mDigits == 2, m > 12, m == (n + 1) % 100 { return (.yearPair(n, n + 1), afterMonth) }
                return (.date(PartialDate(year: n, month: m)), afterMonth)
            }
        }
        if afterFirst < end, firstDigits == 4 {
            // `2015–16` (an en dash or the like, not a hyphen: never a month).
            let (dash, length) = UTF8Scan.scalar(b, at: afterFirst)
            let next = afterFirst + length
            if dash != 0x2D, isDash(dash), let (z, stop) = digitsSimple(b, from: next), stop - next == 2,
                stop == end || !isLetterOrNumber(b, at: stop), let last = yearPairEnd(n, z)
            {
                return (.yearPair(n, last), stop)
            }
        }
        if afterFirst < end, firstDigits <= 2, b[afterFirst] == 0x2F {
            // MM/YYYY or DD/MM/YYYY (day first, as outside the US).
            if let (second, secondDigits, afterSecond) = part(after: afterFirst) {
                if secondDigits == 4 { return (.date(PartialDate(year: second, month: n)), afterSecond) }
                // `03/99-07/01`, `09/16 – present`: MM/YY, only as an end of a range of such (alone it may be a
                // fraction or a rate, `24/7`).
                if let (month, year, stop) = shortMonthYear(b, at: start),
                    shortMonthYearRangeEnd(b, after: stop) != nil || shortMonthYearRangeStart(b, before: start)
                {
                    return (.date(PartialDate(year: twoDigitYear(year), month: month)), stop)
                }
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

    /// `MM/YY` at `start` (a month 1-12, a slash, two digits), not inside a longer number or path: the month, the two
    /// digits and the end.
    static func shortMonthYear(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Int, Int)? {
        func digit(_ k: Int) -> Bool { k >= 0 && k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        guard digit(start), !digit(start - 1), start == 0 || b[start - 1] != 0x2F && b[start - 1] != 0x2E else { return nil }
        var k = start
        var month = 0
        while digit(k), k - start < 2 { month = month * 10 + Int(b[k] - 0x30); k += 1 }
        guard (1...12).contains(month), k < b.count, b[k] == 0x2F, digit(k + 1), digit(k + 2), !digit(k + 3) else { return nil }
        if k + 3 < b.count, b[k + 3] == 0x2F || b[k + 3] == 0x2E && digit(k + 4) { return nil }
        return (month, Int(b[k + 1] - 0x30) * 10 + Int(b[k + 2] - 0x30), k + 3)
    }

    /// After `stop`: spaces, a dash (or two), spaces, then `MM/YY` or a word of the present (`present`, `now`,
    /// `today`): where that second date starts.
    static func shortMonthYearRangeEnd(_ b: UnsafeBufferPointer<UInt8>, after stop: Int) -> Int? {
        var k = stop
        while k < b.count, b[k] == 0x20 { k += 1 }
        var dashes = 0
        while k < b.count, dashes < 2 {
            let (v, l) = UTF8Scan.scalar(b, at: k)
            guard isDash(v), v != 0x7E else { break }
            k += l
            dashes += 1
        }
        guard dashes > 0 else { return nil }
        while k < b.count, b[k] == 0x20 { k += 1 }
        if shortMonthYear(b, at: k) != nil { return k }
        var j = k
        while j < b.count, b[j] | 0x20 >= 0x61, b[j] | 0x20 <= 0x7A { j += 1 }
        guard j > k, j - k <= longestWord else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: b[k..<j]), as: UTF8.self).lowercased()
        return presentWords.contains(word) ? k : nil
    }

    /// Before `start`: `MM/YY`, spaces, a dash, spaces (the second date of such a range).
    static func shortMonthYearRangeStart(_ b: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        // The first date starts at most 12 bytes back (`12/99 -- 03/01`, an en dash three bytes).
        for s in max(0, start - 14)..<start where shortMonthYearRangeEnd(b, after: shortMonthYear(b, at: s)?.2 ?? b.count) == start {
            return true
        }
        return false
    }

    /// The end year of `2015–16`: the two digits in the start's century or the next, at most 30 years after
    /// the start.
    static func yearPairEnd(_ start: Int, _ twoDigits: Int) -> Int? {
        var last = start - start % 100 + twoDigits
        if last <= start { last += 100 }
        return last - start <= 30 ? last : nil
    }

    /// Dates written with dots, from the digit at `start` (a dot follows its digits): `07.2019`, `15.07.2019`,
    /// `2019.07`, `2019.07.15`, and year first with spaces and closing dots (`2020. 07.`, as in Korean CVs).
    /// Only months 1-12 and years 1900-2099, and never inside a longer dotted number or path (`10.1145/…`,
    /// `v1.2019.3`, `3.14`), so that decimals and versions stay numbers.
    static func dottedDate(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (PartialDate, Int)? {
        let end = b.count
        if start > 0 {
            var p = start - 1
            while p > 0, b[p] & 0xC0 == 0x80 { p -= 1 }
            if b[p] == 0x2E || b[p] == 0x2F || b[p] == 0x5C || isLetterOrNumber(b, at: p) { return nil }
        }
        func ends(at k: Int) -> Bool {
            k == end || !(isLetterOrNumber(b, at: k) || b[k] == 0x2F || (b[k] == 0x2E && k + 1 < end && b[k + 1] >= 0x30 && b[k + 1] <= 0x39))
        }
        func digit(_ k: Int) -> Bool { k < end && b[k] >= 0x30 && b[k] <= 0x39 }
        let years = 1900...2099
        guard let (first, afterFirst) = digitsSimple(b, from: start) else { return nil }
        var k = afterFirst + 1
        if afterFirst - start == 4 {
            guard years.contains(first) else { return nil }
            var spaced = false
            while k < end, b[k] == 0x20 { k += 1; spaced = true }
            guard let (m, afterMonth) = digitsSimple(b, from: k), afterMonth - k <= 2, (1...12).contains(m) else { return nil }
            let twoDigits = afterMonth - k == 2
            if afterMonth < end, b[afterMonth] == 0x2E {
                if !spaced, digit(afterMonth + 1), let (d, afterDay) = digitsSimple(b, from: afterMonth + 1), afterDay - afterMonth <= 3,
                    (1...31).contains(d), ends(at: afterDay)
                {
                    return (PartialDate(year: first, month: m, day: d), afterDay)
                }
                // `2020. 07.`, `2020.07.`: the closing dot belongs to the date.
                guard spaced || twoDigits, ends(at: afterMonth + 1) else { return nil }
                return (PartialDate(year: first, month: m), afterMonth + 1)
            }
            // Without a closing dot: `2019.07`; `2023. 05)` or `2023. 12)` but not `2019. 12 engineers`. A one-digit
            // month only beside a range's mark (`2016.11 - 2018.4`, `2018.4 ~`): alone, `2018.4` is more often a version.
            guard twoDigits || (!spaced && besideRangeMark(b, before: start, after: afterMonth)), ends(at: afterMonth) else {
                return nil
            }
            if spaced, b[k] != 0x30, afterMonth < end, b[afterMonth] == 0x20 { return nil }
            return (PartialDate(year: first, month: m), afterMonth)
        }
        guard afterFirst - start <= 2, let (second, afterSecond) = digitsSimple(b, from: k) else { return nil }
        if afterSecond - k == 4 {
            // MM.YYYY
            guard (1...12).contains(first), years.contains(second), ends(at: afterSecond) else { return nil }
            return (PartialDate(year: second, month: first), afterSecond)
        }
        // DD.MM.YYYY
        k = afterSecond + 1
        guard afterSecond - (afterFirst + 1) <= 2, afterSecond < end, b[afterSecond] == 0x2E, (1...31).contains(first),
            (1...12).contains(second), let (y, afterYear) = digitsSimple(b, from: k), afterYear - k == 4, years.contains(y),
            ends(at: afterYear)
        else { return nil }
        return (PartialDate(year: y, month: second, day: first), afterYear)
    }

    /// Whether a dash, an en or em dash or a tilde stands right before `before` or right after `after` (spaces
    /// between): the date is one end of a range.
    static func besideRangeMark(_ b: UnsafeBufferPointer<UInt8>, before: Int, after: Int) -> Bool {
        func mark(at k: Int) -> Bool {
            b[k] == 0x2D || b[k] == 0x7E || (k + 2 < b.count && b[k] == 0xE2 && b[k + 1] == 0x80 && (b[k + 2] == 0x93 || b[k + 2] == 0x94))
        }
        var k = after
        while k < b.count, b[k] == 0x20 { k += 1 }
        if k < b.count, mark(at: k) { return true }
        k = before - 1
        while k >= 0, b[k] == 0x20 { k -= 1 }
        guard k >= 0 else { return false }
        if b[k] == 0x2D || b[k] == 0x7E { return true }
        return k >= 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 && (b[k] == 0x93 || b[k] == 0x94)
    }

    /// Tokens read character by character (any text). Numbers and the marks around them are read on the
    /// bytes, as in `tokenizeSimple`.
    static func tokenizeCharacters(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { tokenizeCharacters(text, $0) }
    }

    static func tokenizeCharacters(_ text: String, _ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        let utf8 = text.utf8
        func offset(_ i: String.Index) -> Int { utf8.distance(from: text.startIndex, to: i) }
        func index(_ k: Int) -> String.Index { utf8.index(text.startIndex, offsetBy: k) }
        var tokens: [Token] = []
        var i = text.startIndex
        let end = text.endIndex
        while i < end {
            let c = text[i]
            if c.isLetter {
                var j = i
                while j < end, text[j].isLetter { j = text.index(after: j) }
                let lettersEnd = offset(j)
                let (kind, stop) = wordToken(text[i..<j].lowercased(), b, lettersEnd: lettersEnd)
                let after = stop == lettersEnd ? j : index(stop)
                tokens.append(Token(kind: kind, range: i..<after))
                i = after
            } else if c == "&", let length = dashEntity(b, at: offset(i)) {
                let stop = index(offset(i) + length)
                tokens.append(Token(kind: .separator, range: i..<stop))
                i = stop
            } else if c.isASCII, c.isNumber {
                let (kind, stop) = scanNumber(b, from: offset(i))
                tokens.append(Token(kind: kind, range: i..<index(stop)))
                i = index(stop)
            } else if c == "'" || c == "’" || c == "‘" || c == "`" {
                // 'YY (and LaTeX's `YY, its opening quote)
                let next = text.index(after: i)
                if let (year, stop) = apostropheYear(b, from: offset(next)) {
                    tokens.append(Token(kind: .year(year), range: i..<index(stop)))
                    i = index(stop)
                } else {
                    tokens.append(Token(kind: .other, range: i..<next))
                    i = next
                }
            } else if isDash(c), !isApproximation(b, at: offset(i), length: c.utf8.count) {
                var j = text.index(after: i)
                while j < end, isDash(text[j]) || text[j] == ">" { j = text.index(after: j) }
                tokens.append(Token(kind: .separator, range: i..<j))
                i = j
            } else if c == "," {
                tokens.append(Token(kind: .comma, range: i..<text.index(after: i)))
                i = text.index(after: i)
            } else if c == "[", let (start, last, stop) = bracketYearPair(b, at: offset(i)) {
                tokens.append(Token(kind: .yearPair(start, last), range: text.index(after: i)..<index(stop)))
                i = index(stop)
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

    // MARK: - Runs of date tokens

    enum Value: Equatable {
        case date(PartialDate)
        case present
    }

    /// Words of a duration written after a dash (`2015 - 2 months`).
    static let durationWords: Set<String> = [
        "month", "months", "mos", "year", "years", "yrs", "week", "weeks", "mois", "ans", "an", "monate", "monat", "meses", "mesi",
    ]

    struct Run {
        var dates: [(value: Value, index: Int)] = []
        var tokens: [Token] = []
        var range: Range<String.Index>
        /// Where the last date (or present word) ends: the range before a separator after it.
        var datesEnd: String.Index?
        var hasSeparatorAfterLastDate = false
        var since = false
        var yearPair: (Int, Int)?
        /// A duration followed the date (`2015 - 2 months`): the span is that date.
        var duration = false

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
            } else if duration {
                end = .date(first)
            } else if since || hasSeparatorAfterLastDate {
                end = .present
            }
            return DateSpan(start: first, end: end, text: written)
        }
    }

    /// The runs of date tokens of `text` (its capitals tell a field after a dash from a description, where given).
    static func runs(_ tokens: [Token], in text: String? = nil) -> [Run] {
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
            current!.datesEnd = endIndex
            current!.hasSeparatorAfterLastDate = false
        }

        while i < tokens.count {
            let t = tokens[i]
            var kind = t.kind
            switch kind {
            case .weakMonth(let m):
                // `Mai 2023`, but `set up` and `out of` are words.
                kind = i + 1 < tokens.count && yearAfterMonth(tokens[i + 1].kind) != nil ? .month(m) : .word("")
            case .weakPresent:
                // `2019 – nu`, `2019 - en cours`, but `2019 Nu Skin` ends at 2019.
                kind = current?.hasSeparatorAfterLastDate == true ? .present : .word("")
            default:
                break
            }
            switch kind {
            case .month(let m):
                // A month with its year (`June 2013`, `June 5, 2013`), or alone before a dated bound (`June - August 2011`).
                var j = i + 1
                var day: Int?
                if j < tokens.count, case .number(let d, let nd) = tokens[j].kind, nd <= 2, (1...31).contains(d) {
                    day = d
                    j += 1
                    if j < tokens.count, tokens[j].kind == .comma { j += 1 }
                } else if j + 1 < tokens.count, tokens[j].kind == .comma, yearAfterMonth(tokens[j + 1].kind) != nil {
                    // `Feb, 2019`: a comma between the month and its year.
                    j += 1
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
                    if i + 1 < tokens.count, case .month(let m) = tokens[i + 1].kind,
                        i + 2 >= tokens.count || yearAfterMonth(tokens[i + 2].kind) == nil && !startsDay(tokens[i + 2].kind)
                    {
                        // `2020 Aug.`, `2018 Feb. – 2020 Aug.`: the year first, its month after it (no year of its own).
                        add(.date(PartialDate(year: y, month: m)), from: t.range.lowerBound, to: tokens[i + 1].range.upperBound)
                        i += 1
                    } else {
                        add(.date(PartialDate(year: y)), from: t.range.lowerBound, to: t.range.upperBound)
                    }
                }
            case .date(let d):
                add(.date(d), from: t.range.lowerBound, to: t.range.upperBound)
            case .yearPair(let a, let b):
                if current == nil { current = Run(range: (pendingStart ?? t.range.lowerBound)..<t.range.upperBound) }
                current!.dates.append((.date(PartialDate(year: a)), i))
                current!.dates.append((.date(PartialDate(year: b)), i))
                current!.range = current!.range.lowerBound..<t.range.upperBound
                current!.datesEnd = t.range.upperBound
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
            case .from, .since:
                // `since 2019`, `From July 2023`: without an end, ongoing.
                close()
                pendingStart = t.range.lowerBound
                since = true
            case .comma:
                // `1996, 1997, 1998` continues a run of years; anything else after a comma ends it.
                if current != nil {
                    let next = i + 1 < tokens.count ? tokens[i + 1].kind : .other
                    if case .year = next {} else { close() }
                }
            case .number, .word, .other, .weakMonth, .weakPresent:
                // `2015 - 2 months`: a duration after the dash says how long, not until when; the span is its start.
                if current?.hasSeparatorAfterLastDate == true, case .number(_, let digits) = kind, digits <= 2, i + 1 < tokens.count,
                    case .word(let w) = tokens[i + 1].kind, durationWords.contains(w)
                {
                    current!.hasSeparatorAfterLastDate = false
                    current!.duration = true
                    current!.range = current!.range.lowerBound..<tokens[i + 1].range.upperBound
                    i += 2
                    close()
                    continue
                }
                if pendingMonth != nil && current == nil { pendingMonth = nil; pendingStart = nil }
                if current?.hasSeparatorAfterLastDate == true, case .word(let w) = kind, fillerWords.contains(w) || expectedWords.contains(w) {
                    // `2015 to the present`, `2019 - en cours`; `Exp. May 2023` (its dot with it).
                    if expectedWords.contains(w), i + 1 < tokens.count, case .other = tokens[i + 1].kind, let text,
                        text[tokens[i + 1].range] == ".", tokens[i + 1].range.lowerBound == t.range.upperBound
                    {
                        i += 1
                    }
                    break
                }
                // `Summer 2006 and 2007`: `and` between years continues the run of years, as a comma does.
                if current != nil, case .word(let w) = kind, w == "and" || w == "et" || w == "und", i + 1 < tokens.count,
                    case .year = tokens[i + 1].kind
                {
                    break
                }
                // `2017 — Waitress in Acme`: a dash between a date and a capitalised word parts the fields; it opens
                // no span (`Jan 2019 – set up the lab` tells what went on).
                // A column's gap after the dash (`2018-        Acme`, three spaces or a tab) leaves it the date's: ongoing.
                if current?.hasSeparatorAfterLastDate == true, case .word = kind, tokens[i - 1].kind == .separator,
                    let end = current!.datesEnd, let text, text[t.range].first?.isUppercase == true,
                    !isColumnGap(text[tokens[i - 1].range.upperBound..<t.range.lowerBound])
                {
                    current!.hasSeparatorAfterLastDate = false
                    current!.range = current!.range.lowerBound..<end
                }
                close()
            }
            i += 1
        }
        close()
        return result
    }

    /// Three spaces or more, or a tab: the gap between two columns of a plain-text line.
    static func isColumnGap(_ gap: Substring) -> Bool {
        gap.utf8.contains(0x09) || gap.utf8.count >= 3 && gap.utf8.allSatisfy { $0 == 0x20 }
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

    /// A day's number (`2020 Aug 15`): one or two digits.
    static func startsDay(_ kind: Kind) -> Bool {
        if case .number(_, let digits) = kind { return digits <= 2 }
        return false
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
        var set = set
        if let trimmed = set.withUTF8({ members -> String? in
            // Members each a character of its own that no other scalar of a simple text equals (`,;:|-–—•·→»`).
            guard members.allSatisfy({ $0 < 0x80 }) || String.areStandaloneScalars(members) else { return nil }
            var copy = self
            return copy.withUTF8 { b -> String? in
                // Simple texts: one character a scalar; such members match their own scalar only.
                guard UTF8Scan.isSimple(b) else { return nil }
                func trims(_ v: UInt32) -> Bool { UTF8Scan.isWhitespace(v) || String.scalars(members, contain: v) }
                var lo = 0
                while lo < b.count {
                    let (v, length) = UTF8Scan.scalar(b, at: lo)
                    guard trims(v) else { break }
                    lo += length
                }
                var hi = b.count
                while hi > lo {
                    var start = hi - 1
                    while start > lo, b[start] & 0xC0 == 0x80 { start -= 1 }
                    guard trims(UTF8Scan.scalar(b, at: start).value) else { break }
                    hi = start
                }
                return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
            }
        }) {
            return trimmed
        }
        let chars = Set(set)
        var s = self[...]
        while let f = s.first, f.isWhitespace || chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace || chars.contains(l) { s = s.dropLast() }
        return String(s)
    }

    /// Whether each scalar of `members` (UTF-8) is a character by itself next to any other and equal, as a character,
    /// to no other scalar of a simple text (`UTF8Scan.isSimple`): ASCII but CR, Latin-1 punctuation and letters
    /// (U+00A0-U+02FF), the dashes, quotes and bullets of U+2010-U+2027, U+2030-U+205E and the arrows U+2190-U+2199.
    /// None of these has another canonically equivalent scalar, so a simple text's character equals one of them
    /// exactly when its scalar is that scalar.
    static func areStandaloneScalars(_ members: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < members.count {
            let (v, length) = UTF8Scan.scalar(members, at: i)
            switch v {
            case 0x00...0x0C, 0x0E...0x7F, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2199: break
            default: return false
            }
            i += length
        }
        return true
    }

    /// Whether the scalars of `members` (UTF-8) include `v`.
    @inline(__always)
    static func scalars(_ members: UnsafeBufferPointer<UInt8>, contain v: UInt32) -> Bool {
        if v < 0x80 { return members.contains(UInt8(v)) }
        var i = 0
        while i < members.count {
            let (m, length) = UTF8Scan.scalar(members, at: i)
            if m == v { return true }
            i += length
        }
        return false
    }
}

extension DateSpan {
    /// A single date (`Summer 2010`, `(2011)`, `date: 2021-05`) is that time: it began and ended then. A span written
    /// open (`2019 -`, `since 2019`, `2019 to`) keeps no end: none is known.
    mutating func closeSingleDate() {
        guard end == nil, let start else { return }
        let open = DateParser.tokenize(text).contains {
            switch $0.kind {
            case .separator, .since, .from, .present: return true
            default: return false
            }
        }
        if !open { end = .date(start) }
    }
}
