/// Reorders the comma-separated items of one skills line by relevance, moving items as written: the line
/// keeps its prefix (`Languages:`), its separators and its final full stop. Lines that read as prose
/// (`& some C`, a sentence inside) are left alone.
///
/// A line is the holder's own words in the holder's order: it is rewritten only to bring forward a skill the ad's
/// lists ask for (its title, must-haves, responsibilities, nice-to-haves), not one its prose merely mentions ("people
/// who know Rails will enjoy it here"). A skill of the prose still ranks the bullets and lines that show it.
enum SkillLineReorder {
    /// What the ad's lists ask for: their canonical skills, with the kinds of each (PostgreSQL for SQL), and the key
    /// words of their text (a tool the skills lexicon does not know is asked by its name).
    struct Listed: Sendable {
        var skills: Set<String> = []
        var stems: Set<String> = []

        /// Whether a skill of the CV, read into `bag`, is one of them.
        func asks(_ bag: TermBag) -> Bool {
            bag.skills.keys.contains(where: skills.contains) || bag.stems.keys.contains(where: stems.contains)
        }
    }

    static func listed(_ job: JobAd) -> Listed {
        var listed = Listed()
        for requirement in job.requirements {
            switch requirement.kind {
            case .title, .mustHave, .responsibility, .niceToHave: break
            case .context, .eligibility, .benefit, .boilerplate: continue
            }
            for skill in requirement.skills {
                for (evidence, credit) in SkillFamilies.evidence(for: skill, related: 0) where credit >= 1 {
                    listed.skills.insert(evidence)
                }
            }
            listed.stems.formUnion(requirement.terms.filter { !TailorMatcher.genericStems.contains($0) })
        }
        return listed
    }

    /// A skill of the line: its text as written, its 1-based column, its relevance.
    struct Scored {
        var text: String
        var column: Int
        var score: Double
    }

    /// Nil when the line is left as it is.
    static func reorder(_ line: String, scores: [Scored]) -> String? {
        let scalars = Array(line.unicodeScalars)
        // Parsers give each skill its own column, or the whole line to all of them: then the list starts at the
        // first skill's text.
        let columnsDistinct = Set(scores.map(\.column)).count == scores.count
        var firstColumn = scores.map(\.column).min() ?? 0
        if !columnsDistinct, let first = scores.first?.text, let r = line.firstRange(of: first) {
            firstColumn = line.unicodeScalars[line.startIndex..<r.lowerBound].count + 1
        }
        guard firstColumn >= 1, firstColumn <= scalars.count else { return nil }
        let start = firstColumn - 1
        var end = scalars.count
        while end > start, ScalarWhitespace.isSpace(scalars[end - 1].value) { end -= 1 }
        var terminal = ""
        if end > start, scalars[end - 1] == "." || scalars[end - 1] == ";" {
            terminal = String(scalars[end - 1])
            end -= 1
        }
        guard end > start else { return nil }
        // Split at top-level separators: `;` if the line uses it, else `,`.
        let body = Array(scalars[start..<end])
        let separator: Unicode.Scalar = topLevel(body).contains(";") ? ";" : ","
        var pieces: [(text: String, startColumn: Int)] = []
        var depth = 0
        var pieceStart = 0
        for (i, s) in body.enumerated() {
            if s == "(" || s == "[" { depth += 1 }
            if s == ")" || s == "]" { depth = max(0, depth - 1) }
            if s == separator && depth == 0 {
                pieces.append((String(String.UnicodeScalarView(body[pieceStart..<i])), start + pieceStart + 1))
                pieceStart = i + 1
            }
        }
        pieces.append((String(String.UnicodeScalarView(body[pieceStart...])), start + pieceStart + 1))
        guard pieces.count >= 2 else { return nil }
        var items: [(text: String, score: Double, position: Int)] = []
        for (n, piece) in pieces.enumerated() {
            let text = piece.text.trimmingCharacters()
            let lower = text.lowercased()
            guard !text.isEmpty, text.split(separator: " ").count <= 5, !PhraseSearch.occurs(". ", in: text),
                  !lower.hasPrefix("and "), !lower.hasPrefix("& "), !lower.hasPrefix("or "), !lower.hasPrefix("some "),
                  !text.hasSuffix(".") else { return nil }
            let lo = piece.startColumn
            let hi = n + 1 < pieces.count ? pieces[n + 1].startColumn : Int.max
            let exact = scores.filter { $0.text.lowercased() == lower }
            let byText = exact.isEmpty
                ? scores.filter { $0.text.unicodeScalars.count >= 3 && PhraseSearch.occurs($0.text.lowercased(), in: lower) }
                : exact
            let byColumn = columnsDistinct ? scores.filter { $0.column >= lo && $0.column < hi } : []
            let score = (byColumn.isEmpty ? byText : byColumn).map(\.score).max() ?? 0
            items.append((text, score, n))
        }
        let sorted = items.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
        guard sorted.map(\.position) != items.map(\.position) else { return nil }
        let prefix = String(String.UnicodeScalarView(scalars[..<start]))
        let suffix = String(String.UnicodeScalarView(scalars[(end + terminal.unicodeScalars.count)...]))
        return prefix + sorted.map(\.text).joined(separator: String(separator) + " ") + terminal + suffix
    }

    private static func topLevel(_ body: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var depth = 0
        var out: [Unicode.Scalar] = []
        for s in body {
            if s == "(" || s == "[" { depth += 1 } else if s == ")" || s == "]" { depth = max(0, depth - 1) } else if depth == 0 { out.append(s) }
        }
        return out
    }
}
