/// One line of a plain-text CV as the plain-text parser sees it: its text without indentation and
/// without a bullet marker, and what it holds of dates.
struct PlainTextLine: Sendable {
    /// 1-based line number.
    let number: Int
    /// The text, trimmed (after any date prefix that belongs to a date split across lines).
    var text: String
    /// 1-based column (Unicode scalars) where `text` starts in the original line.
    var column: Int
    /// Unicode scalars in the original line.
    var length = 0
    /// The text after a bullet marker (`•`, `*`, `-`, `–`, `o`), when the line starts with one.
    var bulletText: String?
    /// The line is wholly part of a date written on lines of its own (index into the date blocks).
    var dateBlock: Int?
    /// The line only continues the date of the line above (`Summer 1996, Acme` / `1997, 1998`).
    var absorbed = false
    /// A date span written inside the line (`Staff Designer (May 2013 - April 2016),`).
    var inline: PlainTextInlineDate?
    /// The text was written in capitals spaced out by a PDF's layout (`P R O D U C T  M A N A G E R`), its words
    /// put back together.
    var despaced = false
    /// A section's name the layout set in a left margin beside its body (`PlainTextColumns.marginHeadings`).
    var marginHeading = false
    /// The tabs the line is indented by, when only tabs indent it (0 otherwise).
    var tabs = 0

    var isBlank: Bool { text.isEmpty }
    var isBullet: Bool { bulletText != nil }
    /// Part of a date written apart from its heading, or absorbed into the line above.
    var isDateOnly: Bool { dateBlock != nil || absorbed }
}

/// Whole-line source ranges of a plain-text CV.
struct PlainTextRanges: Sendable {
    let lengths: [Int]

    init(_ lines: [PlainTextLine]) { lengths = lines.map(\.length) }

    /// From the first character of line `first` to the last character of line `last` (1-based).
    func range(lines first: Int, _ last: Int) -> SourceRange {
        let length = last >= 1 && last <= lengths.count ? lengths[last - 1] : 0
        return SourceRange(start: SourcePosition(line: first, column: 1), end: SourcePosition(line: last, column: max(1, length)))
    }
}

/// A date span inside a line, with the text before and after it (trimmed of punctuation).
struct PlainTextInlineDate: Sendable {
    var span: DateSpan
    var before: String
    var after: String
    /// Whether the text right after the span starts with a comma (`Summer 1998, Initech`).
    var commaAfter: Bool
    /// The span as written.
    var written: String
}

/// A date written on lines of its own, perhaps broken over lines and mixed with prose
/// (`September` … `2007 - present`).
struct PlainTextDateBlock: Sendable {
    var span: DateSpan
    /// Line indices (0-based) that hold its parts, in order.
    var lines: [Int]
}

/// Word lists and small text helpers of the plain-text parser.
enum PlainTextWords {
    /// Words that make a phrase a job title.
    static let titleWords: Set<String> = [
        "engineer", "developer", "programmer", "architect", "manager", "director", "lead", "leader", "head",
        "consultant", "analyst", "designer", "scientist", "administrator", "admin", "intern", "internship",
        "officer", "specialist", "coordinator", "president", "vp", "founder", "co-founder", "cofounder", "cto",
        "ceo", "cio", "cfo", "coo", "professor", "lecturer", "researcher", "assistant", "associate",
        "technician", "captain", "owner", "partner", "contractor", "freelance", "freelancer", "tester",
        "writer", "editor", "trainee", "apprentice", "fellow", "teacher", "instructor", "advisor", "adviser",
        "coach", "evangelist", "executive", "sre", "postdoc",
        "tutor", "chair", "chairman", "volunteer", "representative", "clerk",
        "supervisor", "foreman", "operator", "maintainer", "committer", "contributor", "strategist",
        "producer", "artist", "accountant", "auditor", "nurse", "physician", "assistant", "secretary",
        "sde", "swe",
    ]

    /// Small words that do not count when judging whether a line is in Title Case.
    static let stopWords: Set<String> = [
        "a", "an", "and", "at", "of", "the", "for", "in", "on", "to", "with", "from", "by", "de", "la", "le",
        "du", "des", "et", "und", "y", "e", "&", "or", "via", "as", "/", "-", "–", "—", "|",
    ]

    /// Organisation suffixes that follow a comma but belong to the name (`Initech Holdings, Inc.`).
    static let companySuffixes: Set<String> = [
        "inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh", "ag", "sa", "s.a.", "bv", "b.v.", "co", "co.",
        "corp", "corp.", "limited", "pty", "pty.", "s.l.", "sarl", "sas", "srl", "oy", "ab", "as", "a/s", "nv",
    ]

    /// Words on an institution's line (`University of Northfield`).
    static let institutionWords: Set<String> = [
        "university", "college", "school", "institute", "institut", "academy", "polytechnic", "école", "ecole",
        "universität", "universidad", "università", "université", "hochschule", "gymnasium", "lycée", "lycee",
        "conservatory", "seminary", "campus", "faculty", "universitat", "politecnico", "iut", "esilv",
    ]

    /// Words that name a degree or a qualification (`BSc`, `MSci`, `A-Levels`, `Diploma`).
    static let degreeWords: Set<String> = [
        "bsc", "ba", "bs", "msc", "ma", "ms", "msci", "mphil", "phd", "dphil", "mba", "meng", "beng", "bachelor",
        "bachelors", "bachelor's", "master", "masters", "master's", "diploma", "degree", "certificate", "certified",
        "certification", "a-levels", "a-level", "gcse", "gcses", "hnd", "hnc", "associate", "doctorate", "licence",
        "license", "baccalaureate", "abitur", "mres", "llb", "llm", "md", "bcom", "bba", "btech", "mtech", "be", "me",
        "engineer’s", "engineer's", "course", "bootcamp", "nanodegree",
    ]

    static func hasDegreeWord(_ s: Substring) -> Bool {
        words(s).contains { degreeWords.contains(bare($0)) }
    }

    /// Replaces typographic ligatures (`ﬁ` U+FB01 …) with their letters.
    static func unligature(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { (0xFB00...0xFB06).contains($0.value) }) else { return s }
        var out = String()
        out.reserveCapacity(s.utf8.count + 4)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0xFB00: out += "ff"
            case 0xFB01: out += "fi"
            case 0xFB02: out += "fl"
            case 0xFB03: out += "ffi"
            case 0xFB04: out += "ffl"
            case 0xFB05, 0xFB06: out += "st"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text without zero-width spaces and word joiners (U+200B, U+2060, U+FEFF): some PDF extractions put one
    /// on each side of every space (`Product\u{200B} \u{200B}Manager`), which would otherwise glue to the words.
    static func withoutZeroWidth(_ text: String) -> String {
        let utf8 = text.utf8
        // U+200B and U+2060 are E2 80 8B and E2 81 A0; U+FEFF is EF BB BF.
        guard utf8.contains(where: { $0 == 0xE2 || $0 == 0xEF }) else { return text }
        guard text.unicodeScalars.contains(where: { $0.value == 0x200B || $0.value == 0x2060 || $0.value == 0xFEFF }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.value != 0x200B && scalar.value != 0x2060 && scalar.value != 0xFEFF {
            out.append(scalar)
        }
        return String(out)
    }

    /// Whitespace collapsed (spaces, tabs, line ends, non-breaking spaces), ligatures replaced.
    static func clean(_ s: Substring) -> String {
        var other = false
        let bytes: [UInt8] = s.utf8.withContiguousStorageIfAvailable { buffer -> [UInt8] in
            var out = [UInt8](repeating: 0, count: buffer.count)
            var n = 0
            var pendingSpace = false
            var i = 0
            while i < buffer.count {
                let b = buffer[i]
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                    pendingSpace = n > 0
                } else if b == 0xC2, i + 1 < buffer.count, buffer[i + 1] == 0xA0 {
                    // U+00A0, the non-breaking space.
                    pendingSpace = n > 0
                    i += 1
                } else {
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                    }
                    pendingSpace = false
                    out[n] = b
                    n += 1
                    if b >= 0xE0 { other = true }
                }
                i += 1
            }
            out.removeSubrange(n...)
            return out
        } ?? Array(HTMLText.collapseWhitespace(s).utf8)
        let text = String(decoding: bytes, as: UTF8.self)
        guard other else { return text }
        // Other Unicode spaces (U+2000…) are rare: let the general collapse handle them.
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            return unligature(HTMLText.collapseWhitespace(text))
        }
        return unligature(text)
    }

    /// The words of a text (split on whitespace).
    static func words(_ s: Substring) -> [Substring] {
        if let words = asciiWords(s) { return words }
        return s.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// `words` of an ASCII text (most lines), cut on the UTF-8 bytes: in ASCII every space or tab is a
    /// `Character` of its own, so the runs between them are the words `split` finds on `Character`s, at a
    /// fraction of the cost. nil when the text holds a byte beyond ASCII (the `Character` split then decides).
    static func asciiWords(_ s: Substring) -> [Substring]? {
        let utf8 = s.utf8
        var words: [Substring] = []
        var start: Substring.Index?
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte >= 0x80 { return nil }
            if byte == 0x20 || byte == 0x09 {
                if let begin = start {
                    words.append(s[begin..<i])
                    start = nil
                }
            } else if start == nil {
                start = i
            }
            utf8.formIndex(after: &i)
        }
        if let begin = start { words.append(s[begin..<utf8.endIndex]) }
        return words
    }

    /// The first of `words(s)`, without splitting the rest of the text; nil when there is none.
    static func firstWord(_ s: Substring) -> Substring? {
        let word = s.drop(while: { $0 == " " || $0 == "\t" }).prefix(while: { $0 != " " && $0 != "\t" })
        return word.isEmpty ? nil : word
    }

    /// A word without surrounding punctuation, lowercased.
    static func bare(_ w: Substring) -> String {
        var s = w
        while let f = s.first, !(f.isLetter || f.isNumber) { s = s.dropFirst() }
        while let l = s.last, !(l.isLetter || l.isNumber) { s = s.dropLast() }
        return s.lowercased()
    }

    /// Whether the text names a job title (`Senior Software Engineer`, `Programmer`).
    static func hasTitleWord(_ s: Substring) -> Bool {
        for w in words(s) {
            let b = bare(w)
            if titleWords.contains(b) { return true }
            // `Co-Founder`, `Engineer/Manager`
            if b.contains("/") || b.contains("-") {
                for part in b.split(whereSeparator: { $0 == "/" || $0 == "-" }) where titleWords.contains(String(part)) {
                    return true
                }
            }
        }
        return false
    }

    static func hasInstitutionWord(_ s: Substring) -> Bool {
        words(s).contains { institutionWords.contains(bare($0)) }
    }

    /// The share of words (stop words aside) that start with a capital letter or a digit.
    static func titleCaseRatio(_ s: Substring) -> Double {
        var counted = 0
        var upper = 0
        for w in words(s) {
            let b = bare(w)
            guard !b.isEmpty, !stopWords.contains(b) else { continue }
            guard let first = w.first(where: { $0.isLetter || $0.isNumber }) else { continue }
            counted += 1
            if first.isUppercase || first.isNumber { upper += 1 }
        }
        return counted == 0 ? 0 : Double(upper) / Double(counted)
    }

    /// Whether the first letter of the text is a capital (or the text starts with a digit or a quote).
    /// `eBay`, `iRobot`, `q2X Retail`: a name whose first word, written with a small letter, holds a capital.
    static func isSmallLetterBrand(_ s: Substring) -> Bool {
        s.prefix(while: { $0 != " " }).contains(where: \.isUppercase)
    }

    static func startsCapitalised(_ s: Substring) -> Bool {
        guard let first = s.first(where: { !$0.isWhitespace }) else { return false }
        if first.isUppercase || first.isNumber { return true }
        if first.isLowercase, let i = s.firstIndex(of: first), isSmallLetterBrand(s[i...]) { return true }
        if first == "\"" || first == "“" || first == "'" || first == "‘" {
            return s.dropFirst().first(where: { $0.isLetter })?.isUppercase ?? false
        }
        return false
    }

    /// Whether a line ends a sentence (`.`, `!`, `?`), not counting `Ltd.`, `Inc.` and the like.
    static func endsSentence(_ s: Substring) -> Bool {
        guard let lastByte = s.utf8.last else { return false }
        if lastByte == 0x21 || lastByte == 0x3F { return true }
        // (`。`, `！`, `？`: the full stops of scripts written without spaces.)
        if lastByte >= 0x80 { return s.last.map { $0 == "。" || $0 == "！" || $0 == "？" } ?? false }
        guard lastByte == 0x2E else { return false }
        if s.hasSuffix("...") || s.hasSuffix("…") { return false }
        let lastWord = s[(s.lastIndex(where: { $0 == " " || $0 == "\t" }).map { s.index(after: $0) } ?? s.startIndex)...]
        return lastWord.count > 6 || !companySuffixes.contains(lastWord.lowercased())
    }

    /// Removes parenthesised groups (any depth), collapsing whitespace.
    static func withoutParentheses(_ s: Substring) -> String {
        var out = ""
        var depth = 0
        for c in s {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return clean(out)
    }

    /// Splits at separator characters that are not inside (), [] or {}.
    static func splitTopLevel(_ s: Substring, on separators: Set<Character>) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "(" || c == "[" || c == "{" {
                depth += 1
            } else if c == ")" || c == "]" || c == "}" {
                depth = max(0, depth - 1)
            } else if depth == 0, separators.contains(c) {
                parts.append(s[start..<i])
                start = s.index(after: i)
            }
            i = s.index(after: i)
        }
        parts.append(s[start..<s.endIndex])
        return parts
    }

    /// Trims whitespace and the given punctuation from both ends.
    static func trim(_ s: Substring, _ punctuation: String = " ,;:|-–—(") -> String {
        var t = s
        while let f = t.first, f.isWhitespace || punctuation.contains(f) { t = t.dropFirst() }
        while let l = t.last, l.isWhitespace || punctuation.contains(l) || (l == ")" && !hasOpen(t)) { t = t.dropLast() }
        return String(t)
    }

    private static func hasOpen(_ t: Substring) -> Bool { t.contains("(") }

    static let bulletMarkers: Set<Character> = [
        "•", "*", "-", "–", "—", "·", "▪", "◦", "‣", "o", "+", "●", "■", "►", "➢", "✓",
        // Arrows, diamonds and ticks that word processors offer as bullets.
        "➔", "→", "➤", "➜", "▸", "▶", "❖", "◆", "✔", "⮚",
    ]

    /// Bullet markers: `•`, `*`, `-`, `–`, `—`, `·`, `▪`, `o`, `+`, followed by a space.
    static func bulletText(_ s: Substring) -> Substring? {
        // `-- Built the tool`, `↳ Designed the app`: a double hyphen and a hooked arrow mark items too.
        if s.hasPrefix("-- ") || s.hasPrefix("↳ ") { return s.dropFirst(s.first == "-" ? 3 : 2).drop(while: { $0 == " " }) }
        guard let first = s.first, bulletMarkers.contains(first) else { return nil }
        let rest = s.dropFirst()
        if rest.isEmpty { return first == "o" ? nil : rest }
        guard let second = rest.first, second == " " || second == "\t" else {
            // `•Text` without a space (PDF extraction) counts for the round bullet only.
            if first == "•" || first == "●" || first == "▪" { return rest.drop(while: { $0 == " " }) }
            return nil
        }
        return rest.drop(while: { $0 == " " || $0 == "\t" })
    }

    // String forms of the helpers above (concrete types keep debug builds fast).
    static func hasDegreeWord(_ s: String) -> Bool { hasDegreeWord(s[...]) }
    static func clean(_ s: String) -> String { clean(s[...]) }
    static func words(_ s: String) -> [Substring] { words(s[...]) }
    static func bare(_ w: String) -> String { bare(w[...]) }
    static func hasTitleWord(_ s: String) -> Bool { hasTitleWord(s[...]) }
    static func hasInstitutionWord(_ s: String) -> Bool { hasInstitutionWord(s[...]) }
    static func titleCaseRatio(_ s: String) -> Double { titleCaseRatio(s[...]) }
    static func startsCapitalised(_ s: String) -> Bool { startsCapitalised(s[...]) }
    static func endsSentence(_ s: String) -> Bool { endsSentence(s[...]) }
    static func withoutParentheses(_ s: String) -> String { withoutParentheses(s[...]) }
    static func splitTopLevel(_ s: String, on separators: Set<Character>) -> [Substring] { splitTopLevel(s[...], on: separators) }
    static func trim(_ s: String, _ punctuation: String = " ,;:|-–—(") -> String { trim(s[...], punctuation) }

    /// Splits on a separator string.
    static func split(_ s: String, by sep: String) -> [String] {
        var parts: [String] = []
        var rest = s[...]
        while let r = rest.firstRange(of: sep) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
