/// A technology named in the roles but missing from the skills section.
public struct SkillUnlistedRule: Rule {
    public static let description = RuleDescription(
        identifier: "skill-unlisted", name: "Skill not listed",
        summary: "A skill named in a role or project but missing from the skills section.",
        severity: .info,
        details: """
            Skills are recognised by the skills lexicon (canonical names and aliases: `Postgres` is PostgreSQL) and \
            reported once, at their first mention. Names that are also everyday words (`Go`, `React`, `Express`, \
            `Rust`, `Swift`, `Spark`…) count only when written with the lexicon's capitals and not first in a \
            sentence. Nothing is reported when the CV has no skills section.
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Moved the billing database to Postgres; we react quickly to incidents.

                ## Skills

                - PostgreSQL, Python
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Moved the billing database to Postgres with ↓Terraform and ↓Kubernetes.

                ## Skills

                - PostgreSQL, Python
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document, !document.allSkills.isEmpty else { return [] }
        let listed = Self.listed(document)
        var reported: Set<String> = []
        var findings: [Finding] = []
        var texts: [Bullet] = []
        for role in document.roles { for b in role.text + role.bullets { texts += b.walk } }
        for project in document.projects { for b in project.text + project.bullets { texts += b.walk } }
        for bullet in texts {
            for (canonical, written) in SkillMentions.find(in: bullet.text) where !listed.contains(canonical) && !reported.contains(canonical) {
                reported.insert(canonical)
                let range = context.source.locate(written, in: bullet.source) ?? context.start(of: bullet.source)
                findings.append(context.finding("\(canonical) is named here but not in the skills section", at: range))
            }
        }
        return findings
    }

    /// Canonical names the skills section covers (each skill, its parts, category names, role keywords).
    static func listed(_ document: CVDocument) -> Set<String> {
        var names: Set<String> = []
        var texts: [String] = document.roles.flatMap(\.keywords) + document.projects.flatMap(\.keywords)
        for category in document.skills {
            if let name = category.name { texts.append(name) }
            for skill in category.skills {
                names.insert(skill.name)
                texts.append(skill.text)
            }
        }
        for text in texts {
            names.insert(SkillLexicon.canonicalOrSelf(text))
            for (canonical, _) in SkillMentions.find(in: text, strict: false) { names.insert(canonical) }
        }
        return names
    }
}

/// Skills of the lexicon named in free text, with the text as written.
enum SkillMentions {
    /// Lexicon names that are also everyday English words.
    static let everyday: Set<String> = [
        "go", "react", "express", "rest", "shell", "salt", "spark", "puppet", "helm", "jest", "varnish", "lambda",
        "swift", "rust", "mac", "node", "rails", "r", "sh", "ml", "ts", "js", "py", "ruby", "elk", "snowflake",
        "tableau", "pandas", "cypress", "storybook", "playwright", "prometheus", "airflow", "kube", "hg", "dynamo",
        "mongo", "influx", "tcp", "ror", "c", "qt", "mac", "waf", "iam", "vpc", "ios", "ssl", "tls", "http", "sql",
    ]

    /// First words of every alias (lowercase), to try lexicon look-ups only where they can match.
    static let firstWords: Set<String> = {
        var words: Set<String> = []
        words.reserveCapacity(1024)
        for (canonical, aliases) in SkillLexicon.entries {
            words.insertFirstWord(of: canonical.lowercased())
            for alias in aliases { words.insertFirstWord(of: alias) }
        }
        return words
    }()

    static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case " ", ",", ";", ":", "(", ")", "[", "]", "\"", "\n", "\t", "*": return true
        default: return false
        }
    }

    static func find(in text: String, strict: Bool = true) -> [(String, String)] {
        let tokens = tokens(of: text)

        var result: [(String, String)] = []
        var k = 0
        while k < tokens.count {
            let first = tokens[k].0.lowercased()
            var matched = false
            if firstWords.contains(first) {
                for n in stride(from: min(4, tokens.count - k), through: 1, by: -1) {
                    let words = tokens[k..<(k + n)].map { String($0.0) }
                    let key = words.joined(separator: " ").lowercased()
                    guard let canonical = SkillLexicon.byAlias[key] else { continue }
                    if n == 1, strict, !accepts(written: words[0], canonical: canonical, sentenceStart: tokens[k].1) { continue }
                    result.append((canonical, words.joined(separator: " ")))
                    k += n
                    matched = true
                    break
                }
            }
            if !matched {
                // `nginx/OpenResty`: each part.
                let token = tokens[k].0
                // The byte first: most tokens hold no slash, and are done without reading their `Character`s.
                if token.utf8.contains(0x2F), token.contains("/") {
                    for part in token.split(separator: "/") where firstWords.contains(part.lowercased()) {
                        if let canonical = SkillLexicon.byAlias[part.lowercased()],
                           !strict || accepts(written: String(part), canonical: canonical, sentenceStart: false) {
                            result.append((canonical, String(part)))
                        }
                    }
                }
                k += 1
            }
        }
        return result
    }

    /// Tokens: runs without spaces and without , ; : ( ) [ ] " (final dots, `!`, `?` and apostrophes dropped), each
    /// with whether it starts a sentence.
    static func tokens(of text: String) -> [(Substring, Bool)] {
        var ascii = true
        for b in text.utf8 where b >= 0x80 || b == 0x0D {
            ascii = false
            break
        }
        return ascii ? asciiTokens(of: text) : scalarTokens(of: text)  // CR LF is one `Character`: read by scalars
    }

    /// `scalarTokens` of an ASCII text without CR, on its bytes: each byte is a scalar and a `Character`.
    static func asciiTokens(of text: String) -> [(Substring, Bool)] {
        var tokens: [(Substring, Bool)] = []
        var sentenceStart = true
        let utf8 = text.utf8
        var start: String.Index?
        func close(_ end: String.Index) {
            guard let s = start else { return }
            var e = end
            var endsSentence = false
            while e > s {
                let before = utf8.index(before: e)
                let b = utf8[before]
                guard b == 0x2E || b == 0x21 || b == 0x3F || b == 0x27 else { break }
                e = before
                endsSentence = true
            }
            if e > s { tokens.append((text[s..<e], sentenceStart)) }
            sentenceStart = endsSentence
            start = nil
        }
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            if asciiSeparator(b) {
                close(i)
                if b == 0x3A { sentenceStart = true }
            } else if start == nil {
                start = i
            }
            i = utf8.index(after: i)
        }
        close(utf8.endIndex)
        return tokens
    }

    /// `isSeparator` of an ASCII byte.
    @inline(__always) static func asciiSeparator(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x22, 0x0A, 0x09, 0x2A: return true
        default: return false
        }
    }

    /// The tokens of any text, scalar by scalar.
    static func scalarTokens(of text: String) -> [(Substring, Bool)] {
        var tokens: [(Substring, Bool)] = []  // token, starts a sentence
        var sentenceStart = true
        var start: String.Index?
        var i = text.startIndex
        func close(_ end: String.Index) {
            guard let s = start else { return }
            var token = text[s..<end]
            var endsSentence = false
            while let last = token.last, last == "." || last == "!" || last == "?" || last == "'" || last == "\u{2019}" {
                token = token.dropLast()
                endsSentence = true
            }
            if !token.isEmpty { tokens.append((token, sentenceStart)) }
            sentenceStart = endsSentence
            start = nil
        }
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            let c = scalars[i]
            if isSeparator(c) {
                close(i)
                if c == ":" { sentenceStart = true }
            } else if start == nil {
                start = i
            }
            i = scalars.index(after: i)
        }
        close(text.endIndex)
        return tokens
    }

    /// A one-word mention: everyday words only with the lexicon's capitals, not first in a sentence; others
    /// with a capital where the canonical name has one.
    static func accepts(written: String, canonical: String, sentenceStart: Bool) -> Bool {
        let lower = written.lowercased()
        if everyday.contains(lower) {
            guard !sentenceStart else { return false }
            return canonical.hasPrefix(written) || written == canonical
        }
        guard let w = written.first, let c = canonical.first else { return false }
        return !(c.isUppercase && w.isLowercase)
    }
}

extension Set<String> {
    /// Inserts `name.split(separator: " ").first`, found on the bytes of an ASCII name (every name of the lexicon:
    /// splitting on `Character`s cost 2.8 M instructions a run, the first look-up of `SkillMentions.firstWords`).
    fileprivate mutating func insertFirstWord(of name: String) {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            if let first = name.split(separator: " ").first { insert(String(first)) }
            return
        }
        let bytes = name.utf8
        guard let start = bytes.firstIndex(where: { $0 != 0x20 }) else { return }
        let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.endIndex
        insert(String(name[start..<end]))
    }
}
