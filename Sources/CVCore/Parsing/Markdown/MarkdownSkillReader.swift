import Foundation
/// Reads a skills section: tables (first column the category, the others its items), `**Category**: a, b`
/// lines and bullets, sub-headings with a list or a line of items under them, and prose bullets
/// (`Proficient in Kotlin, Swift and ...`: the level and the items). Items are split at commas,
/// semicolons, `&` and `and` outside parentheses; filler (`some`, `experience`) is dropped.
enum MarkdownSkillReader {
    static let levelPrefixes: [(String, String)] = [
        ("proficient in", "Proficient"), ("proficient with", "Proficient"), ("familiar with", "Familiar"),
        ("skilled in", "Skilled"), ("skilled at", "Skilled"), ("experienced in", "Experienced"),
        ("experienced with", "Experienced"), ("experience with", "Experienced"), ("experience in", "Experienced"),
        ("expert in", "Expert"), ("knowledge of", "Knowledge"), ("good knowledge of", "Knowledge"),
        ("basic knowledge of", "Basic"), ("working knowledge of", "Working knowledge"), ("fluent in", "Fluent"),
        ("strong in", "Strong"), ("competent in", "Competent"), ("comfortable with", "Comfortable"),
    ]
    static let fillerPrefixes = ["some ", "and ", "& ", "or ", "also ", "a bit of ", "a little ", "basic ", "plus ", "etc "]
    static let fillerSuffixes = [" experience", " etc", " etc.", "..."]

    static func read(_ blocks: [MarkdownBlock]) -> [SkillCategory] {
        var categories: [SkillCategory] = []
        var heading: MarkdownLine?
        var headingUsed = false
        var underHeading = 0

        func flushHeading() {
            // A heading right over another one groups the headings under it: it names no skill.
            if let h = heading, !headingUsed, underHeading > 0 {
                // A sub-heading with nothing listable under it (prose): the heading names the skill.
                categories.append(SkillCategory(name: h.text, skills: [skill(h.text, source: h.source)], source: h.source))
            }
            heading = nil
            headingUsed = false
        }
        func add(_ name: String?, level: String? = nil, items: [Skill], range: SourceRange) {
            guard !items.isEmpty else { return }
            if let name, let last = categories.last, last.name == name, last.level == level {
                categories[categories.count - 1].skills += items
                categories[categories.count - 1].source = last.source.union(range)
            } else {
                categories.append(SkillCategory(name: name, level: level, skills: items, source: range))
            }
        }
        func line(_ l: MarkdownLine, children: [MarkdownItem] = []) {
            if l.text.isEmpty, !l.images.isEmpty {
                // Icons or badges: each image's alternative text names a skill.
                let items = l.images.compactMap(imageSkillName).map { skill($0, source: l.source) }
                if !items.isEmpty {
                    if heading != nil { headingUsed = true }
                    add(heading?.text, items: items, range: l.source)
                }
                return
            }
            if let (label, rest) = labelled(l.text) {
                var items = split(rest, source: l.source)
                for child in children { items += split(child.text, source: child.source) }
                if items.isEmpty, children.isEmpty, ProseSkillLists.isProse(rest), label.split(separator: " ").count <= 5 {
                    // `**Data Modelling:** I know my way around …`: the sentence explains the
                    // label, and the label names the skill.
                    add(heading?.text, items: [skill(label, source: l.source)], range: l.source)
                    if heading != nil { headingUsed = true }
                    return
                }
                add(label, items: items, range: l.source)
                return
            }
            if !children.isEmpty {
                let items = children.flatMap { split($0.text, source: $0.source) }
                if !items.isEmpty {
                    add(l.text, items: items, range: l.source)
                    return
                }
                // Sentences under the item explain it: the item itself names the skills.
            }
            // `Last updated:` with nothing after it: a label of nothing here, no skill.
            if children.isEmpty, l.text.hasSuffix(":") { return }
            // `Databases - PostgreSQL, Redis`: a label of skills before a dash names its items, as before a colon.
            if children.isEmpty, let dash = SkillLines.dashAfterLabel(l.text) {
                let items = split(String(l.text[dash.upperBound...]), source: l.source)
                if !items.isEmpty {
                    add(MarkdownCues.trimSeparators(String(l.text[..<dash.lowerBound])), items: items, range: l.source)
                    return
                }
            }
            if children.isEmpty, let items = ledByName(l.text, source: l.source) {
                if heading != nil { headingUsed = true }
                add(heading?.text, items: items, range: heading.map { $0.source.union(l.source) } ?? l.source)
                return
            }
            let (level, rest) = leveled(l.text)
            var items = split(rest, source: l.source)
            if items.isEmpty, ProseSkillLists.isProse(rest) {
                // Prose: only the lists it holds (`Knowledge of pandas, scipy, seaborn.`).
                items = ProseSkillLists.items(rest).map { skill($0, source: l.source) }
            }
            let under = heading?.text
            if !items.isEmpty {
                if under != nil { headingUsed = true }
                add(level == nil ? under : under, level: level, items: items, range: heading.map { $0.source.union(l.source) } ?? l.source)
            }
        }

        for block in blocks {
            switch block {
            case .rule, .heading, .term: break
            default: underHeading += 1
            }
            switch block {
            case .heading(_, let h), .term(let h):
                flushHeading()
                heading = h
                underHeading = 0
                continue
            case .table(let rows, let header):
                for row in rows.dropFirst(header ? 1 : 0) where row.count >= 2 {
                    // `**Languages:** | Go, Rust`: the label's colon is no part of its name.
                    var name = row[0].text
                    while name.hasSuffix(":") || name.hasSuffix("：") { name.removeLast() }
                    let text = row.dropFirst().map(\.text).filter { !$0.isEmpty }.joined(separator: ", ")
                    guard let range = MarkdownBlock.cover(row.map(\.source)) else { continue }
                    let items = split(text, source: range)
                    add(name.isEmpty ? nil : name, items: items, range: range)
                }
                if heading != nil { headingUsed = true }
            case .paragraph(let lines):
                for (k, l) in lines.enumerated() {
                    // `**Proficient**` / `Go, Rust, Lua`: a short emphasised line over the items on the lines after it
                    // names them, as a heading would.
                    if k + 1 < lines.count, isCategoryLine(l) {
                        flushHeading()
                        heading = l
                        underHeading = 1
                        continue
                    }
                    line(l)
                }
            case .list(let items):
                for item in items {
                    guard let first = item.lines.first else { continue }
                    // An item of several `Label: a, b` lines (broken by `<br>` or `\\`): one category a line.
                    if item.lines.count >= 2, item.children.isEmpty, item.lines.allSatisfy({ labelled($0.text) != nil }) {
                        for l in item.lines { line(l) }
                        continue
                    }
                    var merged = first
                    merged.text = item.text
                    if let range = MarkdownBlock.cover(item.lines.map(\.source)) { merged.source = range }
                    line(merged, children: item.children)
                }
            case .rule:
                break
            }
        }
        flushHeading()
        return categories
    }

    /// `**Expert**`: a wholly emphasised line of at most three words, no list and no label.
    static func isCategoryLine(_ l: MarkdownLine) -> Bool {
        l.isEmphasised && !l.text.contains(",") && !l.text.contains(":") && MarkdownCues.wordCount(l.text) <= 3
    }

    /// Words that say what an image is rather than what it shows (`Go logo`, `XD Icon`, `python-badge`).
    static let imageWords: Set<String> = ["icon", "logo", "badge", "image", "img", "svg", "png", "jpg", "jpeg", "gif", "webp"]

    /// The skill an icon's alternative text names: the text without words like "icon" or "logo", when what
    /// is left is a short name (not a caption such as `Screenshot of the dashboard`).
    static func imageSkillName(_ alt: String) -> String? {
        let words = alt.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "." })
            .filter { !imageWords.contains($0.lowercased()) }
        guard !words.isEmpty, words.count <= 3, words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        let name = words.joined(separator: " ")
        // An icon shows the product: name it as the lexicon does (`js` is JavaScript).
        return SkillLexicon.canonical(name) ?? name
    }

    /// Pieces of a list written as text: split at `,` `;` `、` `，` `|` `·` `•`, a `.` before a space or at
    /// the end, ` and `, and ` - ` when it is written twice or more (`Go - Rust - Lua`; `Go - 3 years` is one
    /// item), outside parentheses. ` & ` joins the words of one item (`Sales & Marketing`) unless it joins two
    /// names the lexicon knows (`HTML & CSS`), see `splitAmpersands`.
    static func pieces(_ text: String) -> [String] {
        splitAmpersands(rawPieces(text))
    }

    static func rawPieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        let chars = Array(text)
        let dashes = dashSeparated(text)
        var i = 0
        func push() {
            pieces.append(current)
            current = ""
        }
        func matches(_ word: String, at k: Int) -> Bool {
            let w = Array(word)
            guard k + w.count <= chars.count else { return false }
            for m in 0..<w.count where Character(chars[k + m].lowercased()) != w[m] { return false }
            return true
        }
        while i < chars.count {
            let c = chars[i]
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = Swift.max(0, depth - 1) }
            if depth == 0 {
                if c == "," || c == ";" || c == "、" || c == "，" || c == "|" || c == "·" || c == "•" || c == "‧" || c == "｜" {
                    push()
                    i += 1
                    continue
                }
                if dashes && c == " " && matches(" - ", at: i) {
                    push()
                    i += 3
                    continue
                }
                if c == "." && (i + 1 == chars.count || chars[i + 1] == " ") {
                    push()
                    i += 1
                    continue
                }
                if c == " " && matches(" and ", at: i) {
                    push()
                    i += 5
                    continue
                }
            }
            current.append(c)
            i += 1
        }
        push()
        return pieces
    }

    /// `pieces` of a simple text (one character a scalar), on its bytes: the separators are ASCII, and
    /// no other character lowercases to `a`, `n` or `d`.
    static func piecesOfSimple(_ text: String) -> [String] {
        splitAmpersands(rawPiecesOfSimple(text))
    }

    static func rawPiecesOfSimple(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let dashes = dashSeparated(text)
        var pieces: [String] = []
        var start = 0
        var depth = 0
        var i = 0
        func push(_ end: Int) { pieces.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
        func matches(_ word: [UInt8], at k: Int) -> Bool {
            guard k + word.count <= bytes.count else { return false }
            for m in 0..<word.count {
                let b = bytes[k + m]
                if (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) != word[m] { return false }
            }
            return true
        }
        let dash: [UInt8] = Array(" - ".utf8)
        let and: [UInt8] = Array(" and ".utf8)
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x28 || c == 0x5B { depth += 1 }
            if c == 0x29 || c == 0x5D { depth = Swift.max(0, depth - 1) }
            if depth == 0 {
                var skip = 0
                if c == 0x2C || c == 0x3B || c == 0x7C {
                    skip = 1
                } else if c == 0x2E && (i + 1 == bytes.count || bytes[i + 1] == 0x20) {
                    skip = 1
                } else if c == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xB7 {
                    skip = 2  // `·`
                } else if c == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA2 || bytes[i + 2] == 0xA7) {
                    skip = 3  // `•`, `‧`
                } else if dashes && c == 0x20 && matches(dash, at: i) {
                    skip = 3
                } else if c == 0x20 && matches(and, at: i) {
                    skip = 5
                }
                if skip > 0 {
                    push(i)
                    i += skip
                    start = i
                    continue
                }
            }
            i += 1
        }
        push(bytes.count)
        return pieces
    }

    /// Whether ` - ` separates items: written twice or more outside parentheses (`Go - Rust - Lua`).
    static func dashSeparated(_ text: String) -> Bool {
        var count = 0
        var depth = 0
        var previous: [UInt8] = [0, 0]
        for b in text.utf8 {
            if b == 0x28 || b == 0x5B { depth += 1 }
            if b == 0x29 || b == 0x5D { depth = Swift.max(0, depth - 1) }
            if depth == 0, b == 0x20, previous[1] == 0x2D, previous[0] == 0x20 { count += 1 }
            previous = [previous[1], b]
        }
        return count >= 2
    }

    /// ` & ` splits a piece only between names the lexicon knows, one word each (`HTML & CSS`); it joins
    /// the words of one skill otherwise (`Sales & Business Development`, `Wireframes & Prototyping`).
    static func splitAmpersands(_ pieces: [String]) -> [String] {
        guard pieces.contains(where: { $0.contains(" & ") }) else { return pieces }
        var out: [String] = []
        for piece in pieces {
            let parts = piece.components(separatedBy: " & ")
            let known = parts.count > 1 && parts.allSatisfy { part in
                var t = MarkdownCues.trimSeparators(part)
                if t.utf8.allSatisfy({ $0 < 0x80 }) { t = MarkdownCues.trimSeparators(stripFillersOfASCII(t)) }
                return MarkdownCues.wordCount(t) == 1 && SkillLexicon.canonical(t) != nil
            }
            if known { out += parts } else { out.append(piece) }
        }
        return out
    }

    /// A sentence in a script written without spaces: a full stop, or a verb ending (`…ます`, `…です`).
    static func endsSentence(_ piece: String) -> Bool {
        guard piece.utf8.contains(where: { $0 >= 0xE3 }) else { return false }
        var t = MarkdownCues.trimSeparators(piece)
        if t.hasSuffix("。") { return true }
        while t.hasSuffix("!") || t.hasSuffix("！") { t.removeLast() }
        return ["ます", "ました", "です", "でした", "입니다", "습니다"].contains { t.hasSuffix($0) }
    }

    /// Letters of scripts written without spaces (CJK, kana, hangul): three count as a word.
    static func wideLetters(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x3040 && scalar.value < 0xFF00 { count += 1 }
        return count
    }

    /// The text outside parentheses and brackets (`Adobe Suite (Photoshop, XD)` → `Adobe Suite `).
    static func outsideParentheses(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x28 || $0 == 0x5B }) else { return text }
        var out = String.UnicodeScalarView()
        var depth = 0
        for scalar in text.unicodeScalars {
            if scalar == "(" || scalar == "[" { depth += 1; continue }
            if scalar == ")" || scalar == "]" { depth = Swift.max(0, depth - 1); continue }
            if depth == 0 { out.append(scalar) }
        }
        return String(out)
    }

    /// Filler words and `like` / `such as` / `including` dropped from an ASCII item, as `split` does for
    /// any item (the lowercase copy is taken once a round, as there).
    static func stripFillersOfASCII(_ item: String) -> String {
        var bytes = Array(item.utf8)
        func lowered(_ b: [UInt8]) -> [UInt8] { b.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 } }
        var changed = true
        while changed {
            changed = false
            let lower = lowered(bytes)
            for f in fillerPrefixBytes where lower.starts(with: f) && bytes.count > f.count {
                bytes.removeFirst(f.count)
                changed = true
            }
            for f in fillerSuffixBytes where lower.reversed().starts(with: f.reversed()) && bytes.count > f.count {
                bytes.removeLast(f.count)
                changed = true
            }
        }
        for marker in markerBytes {
            let lower = lowered(bytes)
            guard lower.count >= marker.count else { continue }
            for start in 0...(lower.count - marker.count) where lower[start..<(start + marker.count)].elementsEqual(marker) {
                bytes.removeFirst(start + marker.count)
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let fillerPrefixBytes = fillerPrefixes.map { Array($0.utf8) }
    static let fillerSuffixBytes = fillerSuffixes.map { Array($0.utf8) }
    static let markerBytes = [" like ", " such as ", " including "].map { Array($0.utf8) }

    /// `Languages: Python, Go` or `**Languages**: ...` → ("Languages", "Python, Go").
    static func labelled(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = MarkdownCues.trimSeparators(String(text[..<colon]))
        let rest = String(text[text.index(after: colon)...])
        guard !label.isEmpty, label.count <= 40, MarkdownCues.wordCount(label) <= 5,
            !rest.hasPrefix("//"), !rest.trimmingCharacters(in: "").isEmpty
        else { return nil }
        return (label, rest)
    }

    /// `Proficient in X, Y` → ("Proficient", "X, Y").
    static func leveled(_ text: String) -> (String?, String) {
        let lower = text.lowercased()
        for (prefix, level) in levelPrefixes where lower.hasPrefix(prefix + " ") {
            return (level, String(text.dropFirst(prefix.count + 1)))
        }
        return (nil, text)
    }

    /// `Go - 4 years / advanced`, `Fortran - my first language, used for …`: a short name, one dash, then its
    /// level or years, or a sentence about it. The name is the skill (with the level and years), the whole item its
    /// text. Nil for anything else (`Backend - Go, Rust` stays a list).
    static func ledByName(_ text: String, source: SourceRange) -> [Skill]? {
        guard text.utf8.contains(0x20), !dashSeparated(text) else { return nil }
        guard let dash = text.firstSpacedDash() else { return nil }
        let lead = MarkdownCues.trimSeparators(String(text[..<dash.lowerBound]))
        let tail = String(text[dash.upperBound...])
        guard !lead.isEmpty, !lead.contains(","), !lead.contains(":"), !lead.contains("("),
            MarkdownCues.wordCount(lead) <= 3, lead.first.map({ !$0.isLowercase }) ?? false
        else { return nil }
        let parts = tail.split(whereSeparator: { $0 == "," || $0 == "/" || $0 == ";" }).map { Substring($0.trimmingCharacters(in: .whitespaces)) }
        if !parts.isEmpty, parts.allSatisfy({ SkillText.yearsIn($0) != nil || SkillText.levelIn($0) != nil }) {
            var named = skill(lead, source: source)
            named.text = text
            named.years = parts.lazy.compactMap { SkillText.yearsIn($0) }.first
            named.level = parts.lazy.compactMap { SkillText.levelIn($0) }.first
            return [named]
        }
        // A sentence about the skill (its words are no list: the lists of a free sentence are as often the
        // things done as the tools used).
        let firstPiece = outsideParentheses(rawPieces(tail).first ?? "")
        guard ProseSkillLists.isProse(tail) || MarkdownCues.wordCount(firstPiece) >= 4 else { return nil }
        // (The item as written stays its text: the sentence is still the CV's words, spelling and all.)
        var named = skill(lead, source: source)
        named.text = text
        return [named]
    }

    static func skill(_ text: String, source: SourceRange) -> Skill {
        // `★★☆ C++`: a rating beside the name is its level (`SkillText`).
        if let b0 = text.utf8.first, let b1 = text.utf8.last, b0 >= 0xE2 || b1 >= 0x80,
            let f = text.first, let l = text.last, SkillText.ratingMarks.contains(f) || SkillText.ratingMarks.contains(l)
        {
            return SkillText.parse(text, source: source)
        }
        return Skill(text: text, name: SkillLexicon.canonicalOrSelf(text), source: source)
    }

    /// Items of a list written as text. Prose (long pieces) gives nothing.
    static func split(_ text: String, source: SourceRange) -> [Skill] {
        let pieces = UTF8Scan.isSimple(text) ? piecesOfSimple(text) : pieces(text)
        // Prose (a sentence among the pieces): not a list of skills.
        for piece in pieces {
            let words = MarkdownCues.words(outsideParentheses(piece))
            if words.count + wideLetters(piece) / 3 > 6 || endsSentence(piece) || ["i", "we", "my", "i'm", "i've"].contains(words.first ?? "") { return [] }
        }
        var skills: [Skill] = []
        for piece in pieces {
            var item = MarkdownCues.trimSeparators(piece)
            if item.utf8.allSatisfy({ $0 < 0x80 }) {
                item = stripFillersOfASCII(item)
                item = MarkdownCues.trimSeparators(item)
                guard !item.isEmpty, MarkdownCues.wordCount(outsideParentheses(item)) <= 5,
                    item.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
                else { continue }
                skills.append(skill(item, source: source))
                continue
            }
            var changed = true
            while changed {
                changed = false
                let lower = item.lowercased()
                for f in fillerPrefixes where lower.hasPrefix(f) && item.count > f.count {
                    item = String(item.dropFirst(f.count))
                    changed = true
                }
                for f in fillerSuffixes where lower.hasSuffix(f) && item.count > f.count {
                    item = String(item.dropLast(f.count))
                    changed = true
                }
            }
            for marker in [" like ", " such as ", " including "] {
                if let r = item.lowercased().firstRange(of: marker) {
                    let offset = item.lowercased().distance(from: item.lowercased().startIndex, to: r.upperBound)
                    item = String(item.dropFirst(offset))
                }
            }
            item = MarkdownCues.trimSeparators(item)
            guard !item.isEmpty, MarkdownCues.wordCount(outsideParentheses(item)) <= 5 else { continue }
            skills.append(skill(item, source: source))
        }
        // Mostly prose: not a list of skills.
        if skills.count * 2 < pieces.filter({ !MarkdownCues.trimSeparators($0).isEmpty }).count { return [] }
        return skills
    }
}
