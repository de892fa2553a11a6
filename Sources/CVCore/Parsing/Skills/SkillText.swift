/// Reads one skill as CVs write it into its name, level and years:
/// `Perl (proficient) (12 years)`, `Java (Java 8, Spring, JUnit) (expert) (7 years)`, `Python (beginner)`,
/// `Go: 3 years`, `Java - 5+ yrs`, `Kotlin, 2 years`.
///
/// Parenthesised details that are neither a level nor a duration (`(C++03, STL, boost)`) stay in
/// `text` only. The name is canonical (`Postgres` → `PostgreSQL`) through `SkillLexicon`.
public enum SkillText {
    /// Words that state a level of skill, as written in CVs.
    static let levelWords: Set<String> = [
        "beginner", "novice", "basic", "elementary", "junior", "familiar", "intermediate", "competent",
        "advanced", "proficient", "expert", "master", "fluent", "native", "strong", "senior", "good",
        "excellent", "working knowledge", "basic knowledge", "some experience", "learning", "conversational",
        "professional", "mid", "mid-level",
    ]

    /// Marks of a rating (filled and empty stars, dots, squares).
    static let ratingMarks: Set<Character> = ["★", "☆", "●", "○", "◉", "◯", "⬤", "■", "□", "✦", "✧"]
    static let filledMarks: Set<Character> = ["★", "●", "◉", "⬤", "■", "✦"]

    public static func parse(_ text: String, source: SourceRange) -> Skill {
        let written = ScalarWhitespace.collapse(text)
        var rest = Substring(written)
        var level: String?
        var years: Int?

        // `★★☆ C++`, `Rust ●●●○○`: a rating in filled and empty marks before or after the name is its level (`2/3`).
        if let b0 = rest.utf8.first, let b1 = rest.utf8.last, b0 >= 0xE2 || b1 >= 0x80,
            let first = rest.first, let last = rest.last, ratingMarks.contains(first) || ratingMarks.contains(last)
        {
            let lead = rest.prefix(while: { ratingMarks.contains($0) })
            let trail = lead.isEmpty ? rest.reversed().prefix(while: { ratingMarks.contains($0) }).count : 0
            let marks = lead.isEmpty ? String(rest.suffix(trail)) : String(lead)
            if marks.count >= 2, marks.count < rest.count {
                let filled = marks.filter { filledMarks.contains($0) }.count
                level = "\(filled)/\(marks.count)"
                rest = lead.isEmpty ? rest.dropLast(trail) : rest.dropFirst(lead.count)
                rest = rest.drop(while: { $0 == " " }).dropLast(while: { $0 == " " })
            }
        }

        // Trailing parenthesised groups, read from the end: `(proficient)`, `(5 years)`, `(C++03, STL)`.
        while rest.hasSuffix(")"), let open = matchingOpen(rest) {
            let inner = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            let before = rest[..<open]
            guard !before.allSatisfy(\.isWhitespace) else { break }
            // `(proficient)`, `(5 years)`, `(2 years, advanced)`: every part a level or a duration.
            let parts = inner.split(separator: ",")
            let read = parts.map { part -> (Int?, String?) in (yearsIn(part), levelIn(part)) }
            if !parts.isEmpty, read.allSatisfy({ $0.0 != nil || $0.1 != nil }) {
                for (y, l) in read {
                    if let y { years = years ?? y } else if let l { level = level ?? l }
                }
            } else {
                // Details in parentheses: only when it follows a name (not part of it, as `(ISC)²`).
                rest = before
                rest = rest.dropLast(while: { $0 == " " })
                continue
            }
            rest = before.dropLast(while: { $0 == " " })
        }

        // `Go: 3 years`, `Java - 5 years`, `Kotlin, 2 yrs`, `Rust: beginner`.
        for separator in [": ", " - ", " – ", ", ", " — "] {
            guard let r = rest.lastRange(of: separator) else { continue }
            let tail = rest[r.upperBound...]
            if let y = yearsIn(tail) {
                years = years ?? y
                rest = rest[..<r.lowerBound]
            } else if let l = levelIn(tail) {
                level = level ?? l
                rest = rest[..<r.lowerBound]
            }
        }
        if rest.hasSuffix(":") { rest = rest.dropLast() }
        // Details in parentheses after the name (`C++ (C++03, STL, boost)`) are not the name.
        var name = rest.trimmingSpaces
        if let open = name.firstIndex(of: "("), name.hasSuffix(")"), open > name.startIndex {
            let bare = name[..<open].trimmingSpaces
            if !bare.isEmpty { name = bare }
        }
        let canonical = SkillLexicon.canonicalOrSelf(name.isEmpty ? Substring(written) : name)
        return Skill(text: written, name: canonical, level: level, years: years, source: source)
    }

    /// `5 years`, `5+ years`, `19 yrs`, `3 year`, `2y` → the number of years.
    static func yearsIn(_ s: Substring) -> Int? {
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "+" })
        guard words.count >= 1, words.count <= 3 else { return nil }
        var number: Int?
        var unit = false
        for w in words {
            if let n = Int(w) { number = n; continue }
            if ["years", "year", "yrs", "yr", "y", "years'", "yoe"].contains(w) { unit = true; continue }
            if w.hasSuffix("y") || w.hasSuffix("yrs") || w.hasSuffix("years"), let n = Int(w.prefix(while: \.isNumber)),
               w.drop(while: \.isNumber).allSatisfy({ $0.isLetter }) {
                number = n
                unit = true
                continue
            }
            if w == "of" || w == "experience" || w == "exp" { continue }
            return nil
        }
        guard unit, let number, number >= 0, number < 80 else { return nil }
        return number
    }

    /// A level word (`proficient`, `Master`, `working knowledge`) as written.
    static func levelIn(_ s: Substring) -> String? {
        let t = s.trimmingSpaces
        guard !t.isEmpty else { return nil }
        return levelWords.contains(t.lowercased()) ? String(t) : nil
    }

    /// The index of the `(` matching the final `)`.
    static func matchingOpen(_ s: Substring) -> Substring.Index? {
        var depth = 0
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            if s[i] == ")" { depth += 1 }
            if s[i] == "(" {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }
}

extension Substring {
    fileprivate func lastRange(of needle: String) -> Range<Substring.Index>? {
        let n = needle.count
        guard n > 0, count >= n else { return nil }
        var i = endIndex
        var steps = count - n
        guard let last = index(endIndex, offsetBy: -n, limitedBy: startIndex) else { return nil }
        i = last
        while true {
            let end = index(i, offsetBy: n)
            if self[i..<end] == Substring(needle) { return i..<end }
            if steps == 0 { return nil }
            steps -= 1
            i = index(before: i)
        }
    }

    fileprivate var trimmingSpaces: Substring {
        drop(while: { $0.isWhitespace }).dropLast(while: { $0.isWhitespace })
    }

    fileprivate func dropLast(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard predicate(self[before]) else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}

/// White space collapsed the way `HTMLText.collapseWhitespace` does (runs of white space become one
/// space, ends trimmed), on scalar values without Unicode property lookups: the structured parsers
/// and the lexicon call it for every string.
enum ScalarWhitespace {
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func collapse(_ s: some StringProtocol) -> String {
        var clean = true
        var previousSpace = true
        for scalar in s.unicodeScalars {
            let space = isSpace(scalar.value)
            if space && (previousSpace || scalar.value != 0x20) { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace { return String(s) }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if isSpace(scalar.value) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }
}
