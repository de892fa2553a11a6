import Foundation
/// Skills named inside prose of a skills section: `Working knowledge of pandas, scipy, seaborn, Jupyter.`,
/// `Version control (Git, SVN), testing (unit, property-based).`
///
/// A sentence gives items only where it holds a list: a parenthesised group of items, or three or more pieces
/// joined by commas and a final conjunction. The first piece of a list keeps the words after its last
/// preposition (`Knowledge of pandas` → `pandas`); a list whose pieces are long or start with an article is
/// a sentence, not a list. Sentences in the first person give nothing.
enum ProseSkillLists {
    /// Prepositions and partitives that lead into a list (`of`, `in`, `with`, `de`, `en`, `mit`).
    static let leadWords: Set<String> = [
        "of", "in", "with", "using", "on", "for", "at", "to", "de", "du", "des", "en", "dans", "avec", "sur", "pour",
        "mit", "von", "im", "in", "con", "del", "em", "do", "da", "di", "com", "para",
    ]
    /// Articles: a piece that starts with one is part of a sentence.
    static let articles: Set<String> = [
        "the", "a", "an", "le", "la", "les", "un", "une", "der", "die", "das", "ein", "eine", "el", "los", "las", "il", "lo", "o", "os", "as",
    ]
    /// Words that join the last item of a list.
    static let conjunctions = [" and ", " or ", " et ", " ou ", " und ", " oder ", " y ", " e ", " o "]
    static let firstPerson: Set<String> = ["i", "we", "my", "our", "i'm", "i've", "je", "j'ai", "ich", "wir", "yo", "eu"]

    static func items(_ text: String) -> [String] {
        var out: [String] = []
        for sentence in sentences(text) {
            let words = MarkdownCues.words(sentence)
            if let first = words.first, firstPerson.contains(first) { continue }
            var outside = ""
            // Parenthesised groups: their items, when they are a list or one short name (`(Scrum)`).
            var depth = 0
            var inner = ""
            for c in sentence {
                if c == "(" || c == "[" {
                    depth += 1
                    if depth == 1 { inner = ""; continue }
                }
                if c == ")" || c == "]" {
                    depth = max(0, depth - 1)
                    if depth == 0 {
                        let parts = splitList(inner).map(MarkdownCues.trimSeparators).filter { !$0.isEmpty }
                        if parts.count >= 2, parts.allSatisfy({ MarkdownCues.wordCount($0) <= 4 }) {
                            out += parts.filter { !startsWithArticle($0) }
                        } else if parts.count == 1, MarkdownCues.wordCount(parts[0]) <= 2, !parts[0].hasPrefix("e.g") {
                            out += parts
                        }
                        outside += " "
                        continue
                    }
                }
                if depth > 0 { inner.append(c) } else { outside.append(c) }
            }
            // The sentence outside parentheses: a list of three or more pieces.
            let pieces = splitList(outside).map(MarkdownCues.trimSeparators).filter { !$0.isEmpty }
            // Two pieces are a list only as two short names (`systems Linux and Windows`).
            if pieces.count == 2 {
                let tail = afterLead(pieces[0])
                if !tail.isEmpty, MarkdownCues.wordCount(tail) <= 2, MarkdownCues.wordCount(pieces[1]) <= 2,
                    pieces[1].first?.isUppercase == true, pieces[0] != tail
                {
                    out += [tail, pieces[1]]
                }
                continue
            }
            guard pieces.count >= 3 else { continue }
            var listed: [String] = []
            var isList = true
            for (k, piece) in pieces.enumerated() {
                if k == 0 {
                    let tail = afterLead(piece)
                    guard !tail.isEmpty, MarkdownCues.wordCount(tail) <= 4 else { isList = false; break }
                    listed.append(tail)
                    continue
                }
                var item = piece
                let lower = MarkdownCues.words(item)
                if let f = lower.first, leadWords.contains(f), lower.count > 1 {
                    item = MarkdownCues.trimSeparators(String(item.drop(while: { $0 != " " })))
                }
                guard MarkdownCues.wordCount(item) <= 4, !startsWithArticle(item) else { isList = false; break }
                listed.append(item)
            }
            if isList { out += listed }
        }
        return out
    }

    /// Sentences: split at `.` before a space or at the end, `;` and `:`, outside parentheses.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if depth == 0, c == ";" || c == "。" || (c == "." && (i + 1 == chars.count || chars[i + 1] == " ")) {
                out.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        out.append(current)
        return out.filter { !MarkdownCues.trimSeparators($0).isEmpty }
    }

    /// Items of a list: split at `,` and at a conjunction, outside parentheses.
    static func splitList(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for c in text {
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if depth == 0, c == "," || c == "、" {
                pieces.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        pieces.append(current)
        var out: [String] = []
        for piece in pieces {
            var rest = Substring(piece)
            var found = true
            while found {
                found = false
                let lower = rest.lowercased()
                for conjunction in conjunctions {
                    guard let r = lower.range(of: conjunction) else { continue }
                    let offset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                    let cut = rest.index(rest.startIndex, offsetBy: offset)
                    out.append(String(rest[..<cut]))
                    rest = rest[rest.index(cut, offsetBy: conjunction.count)...]
                    found = true
                    break
                }
            }
            out.append(String(rest))
        }
        return out
    }

    /// The words after the last preposition of a piece (`Knowledge of pandas` → `pandas`); the whole piece
    /// when it has none.
    static func afterLead(_ piece: String) -> String {
        let parts = piece.split(separator: " ")
        var start = 0
        for (k, w) in parts.enumerated() {
            let lower = w.lowercased()
            if leadWords.contains(lower) || lower.hasPrefix("l'") || lower.hasPrefix("l’") || lower.hasPrefix("d'") || lower.hasPrefix("d’") {
                start = k + 1
            }
        }
        guard start < parts.count else { return "" }
        return MarkdownCues.trimSeparators(parts[start...].joined(separator: " "))
    }

    static func startsWithArticle(_ piece: String) -> Bool {
        guard let first = piece.split(separator: " ").first?.lowercased() else { return false }
        return articles.contains(first) || first.hasPrefix("l'") || first.hasPrefix("l’")
    }

    /// Whether a text is read as prose: a piece of more than six words, or two sentences or more.
    static func applies(_ text: String) -> Bool {
        isProse(text) || hasSentenceBreak(text)
    }

    /// A `.` after a word of three letters or more (or a `)`), then a space and a capital, outside parentheses.
    static func hasSentenceBreak(_ text: String) -> Bool {
        let chars = Array(text)
        var depth = 0
        var wordLength = 0
        for (i, c) in chars.enumerated() {
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if depth == 0, c == ".", wordLength >= 3 || (i > 0 && chars[i - 1] == ")"), i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase {
                return true
            }
            wordLength = c.isLetter ? wordLength + 1 : 0
        }
        return false
    }

    /// Whether a text reads as prose: a piece of more than six words outside parentheses (`&` and `/` alone are no words).
    static func isProse(_ text: String) -> Bool {
        for piece in MarkdownSkillReader.rawPieces(text) where MarkdownCues.namedWordCount(MarkdownSkillReader.outsideParentheses(piece)) > 6 {
            return true
        }
        return false
    }
}
