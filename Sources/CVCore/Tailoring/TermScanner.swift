/// Turns text into a `TermBag`: words split on punctuation, URLs and e-mail addresses skipped, skills found
/// by the lexicon (`Postgres`, `Apache Kafka`, `C/C++`, `time series databases`), the other words stemmed
/// by Snowball with stop words left out. One scanner per analysis (it owns a stemmer, which is not thread-safe).
final class TermScanner {
    private let stemmer = SnowballStemmer()

    /// Whether named things (`BGP`, `PKI`) carry their competency's concept: true for CVs, false for ads.
    private let conceptExamples: Bool

    init(conceptExamples: Bool = true) { self.conceptExamples = conceptExamples }

    /// One word of the text as written.
    private struct Token {
        var lower: String
        var capitalised: Bool
        var allCaps: Bool
        /// A canonical skill already known for this token (from the raw spelling, `c++`, `tcp/ip`).
        var skill: String?
        /// Punctuation (not a space) right after the word: a phrase does not run across it.
        var punctuationAfter: Bool
        /// The token stood alone between spaces or list punctuation (needed for one-letter skills).
        var standalone: Bool
    }

    func scan(_ text: some StringProtocol) -> TermBag {
        var bag = TermBag()
        let tokens = tokenize(text)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if let skill = token.skill {
                addSkill(skill, to: &bag)
                i += 1
                continue
            }
            // A competency's word of two or three words (`on-call`, `team player`): its stem and concept beside
            // the words' own.
            if TermScanner.compoundStarts.contains(token.lower) {
                var whole = 0
                for n in [3, 2] where i + n <= tokens.count {
                    let key = tokens[i..<(i + n)].map(\.lower).joined(separator: "-")
                    if ConceptLexicon.compoundWords.contains(key) {
                        addStem(key, to: &bag)
                        // In an ad, a phrase naming a way of working ("long-term", "developing people", "team
                        // player") is one term: its words ("long", "people") are not asked apart from it. A craft's
                        // compound ("user-facing") keeps them: they say what the work is about.
                        if !conceptExamples, let carried = concepts[stem(key)],
                           carried.contains(where: ConceptLexicon.softConcepts.contains) { whole = n }
                        if ConceptLexicon.wholeCompounds.contains(key) { whole = n }
                        if conceptExamples, let implied = ConceptLexicon.impliedSkills[key],
                           (i + n < tokens.count && tokens[i + n].lower == implied.beside)
                            || (i > 0 && tokens[i - 1].lower == implied.beside) {
                            for skill in implied.skills { addSkill(skill, to: &bag) }
                        }
                        break
                    }
                }
                if whole > 0 {
                    i += whole
                    continue
                }
                // In some compounds the first word means something else: an operating system is not operations.
                // The compound's own stem (above) stands for it.
                if i + 1 < tokens.count, let masked = ConceptLexicon.maskingCompounds[token.lower],
                   masked.contains(tokens[i + 1].lower) {
                    i += 1
                    continue
                }
            }
            // Phrases of three, then two words (`apache kafka`, `load balancing`), not across punctuation.
            var matched = false
            for n in [3, 2] where i + n <= tokens.count && TermScanner.phraseStarts.contains(token.lower) {
                let window = tokens[i..<(i + n)]
                if window.dropLast().contains(where: \.punctuationAfter) { continue }
                if window.contains(where: { $0.skill != nil }) { continue }
                let key = window.map(\.lower).joined(separator: " ")
                if let skill = SkillLexicon.byAlias[key] {
                    addSkill(skill, to: &bag)
                    for t in window { addStem(t.lower, to: &bag) }
                    i += n
                    matched = true
                    break
                }
            }
            if matched { continue }
            if let skill = SkillLexicon.byAlias[token.lower], acceptsSingleWord(tokens, at: i) {
                addSkill(skill, to: &bag)
            } else {
                addStem(token.lower, to: &bag)
            }
            i += 1
        }
        return bag
    }

    /// Whether a one-word alias is the skill here: common words (`go`, `rest`, `salt`, `chef`) must be
    /// capitalised as names are, and not the start of a longer name (`Salt Lake City`).
    private func acceptsSingleWord(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        let scalars = token.lower.unicodeScalars.count
        if scalars == 1 { return token.allCaps && token.standalone }
        guard TermScanner.ambiguous.contains(token.lower) else { return true }
        if scalars <= 4 && TermScanner.shoutedOnly.contains(token.lower) { return token.allCaps }
        guard token.capitalised else { return false }
        if token.allCaps { return true }
        if !token.punctuationAfter, i + 1 < tokens.count {
            let next = tokens[i + 1]
            if next.capitalised && next.skill == nil && SkillLexicon.byAlias[next.lower] == nil { return false }
        }
        return true
    }

    /// A skill, and on a CV's side the competencies it shows (`ConceptLexicon.skillConcepts`: Docker shows
    /// containers, PostgreSQL databases).
    private func addSkill(_ skill: String, to bag: inout TermBag) {
        bag.add(skill: skill)
        guard conceptExamples else { return }
        for concept in ConceptLexicon.skillConcepts[skill] ?? [] { bag.add(stem: concept) }
    }

    private func addStem(_ word: String, to bag: inout TermBag) {
        guard word.unicodeScalars.count >= 2, !TermScanner.stopWords.contains(word) else { return }
        if word.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { return }
        let stem = self.stem(word)
        bag.add(stem: stem)
        for concept in concepts[stem] ?? [] { bag.add(stem: concept) }
    }

    /// Stem → concept tokens (`ConceptLexicon`), stemmed once per scanner.
    private lazy var concepts: [String: [String]] = ConceptLexicon.table(stem: { self.stem($0) }, examples: conceptExamples)

    /// The stem of one lowercase word, as `scan` would stem it.
    /// English Snowball stems "experimenting" as it stems "experience" ("experi"), a word every ad uses as filler:
    /// experimenting keeps a stem of its own.
    /// British -ise spellings of -ize verbs ("virtualised", "optimising", "prioritise") stem as the American
    /// ones do: Snowball's English stemmer leaves them apart.
    func stem(_ word: String) -> String {
        let bytes = word.utf8
        if bytes.first == 0x65, word.hasPrefix("experiment") { return "experiment" }
        // Snowball stems "performance" as "perform", a verb of any work ("performed the migration"): performance
        // keeps a stem of its own.
        if bytes.first == 0x70, word.hasPrefix("performance") { return "performanc" }
        // It stems "operations" and "operational" as "operate" and "operating" ("oper"), verbs of any work ("operate
        // at the level of a whole company"): running a service in production keeps a stem of its own.
        // An operator (who runs one) is kept apart from them too.
        if bytes.first == 0x6F, word.hasPrefix("operation") { return "operation" }
        if bytes.first == 0x6F, word.hasPrefix("operator") { return "operator" }
        // And "virtualization" as "virtual", a word of private networks, teams and events as much as of machines.
        if bytes.first == 0x76, word.hasPrefix("virtualiz") || word.hasPrefix("virtualis") { return "virtualiz" }
        // And "direction" (a course set) as "direct", "directs" and "directly" (sending something somewhere).
        if bytes.first == 0x64, word.hasPrefix("direction") { return "direction" }
        // And "sourcing" (buying from suppliers) as "source", the word of open source and of a program's code.
        if bytes.first == 0x73, word.hasPrefix("sourcing") { return "sourcing" }
        // And "accessible" and "accessibility" as "access", a word of data, systems and permissions ("data access",
        // "accessed via a library"): a user interface usable by everyone keeps a stem of its own.
        if bytes.first == 0x61, word.hasPrefix("accessib") { return "accessib" }
        // And "customer" as "custom", a word of things made to order ("a custom processor", "custom tooling"): the
        // people served keep a stem of their own.
        if bytes.first == 0x63, word.hasPrefix("customer") { return "customer" }
        // And "versioning" (keeping code's history) as "version", a release's number ("version 2 of the API").
        if bytes.first == 0x76, word.hasPrefix("versioning") { return "versioning" }
        // And "issued" and "issuing" as "issues": certificates or cards issued are no problems dealt with.
        if bytes.first == 0x69, word.hasPrefix("issued") || word.hasPrefix("issuing") || word.hasPrefix("issuer") {
            return "issued"
        }
        return stemmer.stem(TermScanner.mayEndInIse(bytes) ? TermScanner.americanSpelling(word) : word)
    }

    /// Whether "is" stands among the last seven bytes (cheap, before the suffixes are compared).
    private static func mayEndInIse(_ bytes: String.UTF8View) -> Bool {
        guard bytes.count >= 6 else { return false }
        var previous: UInt8 = 0
        for b in bytes.suffix(7) {
            if previous == 0x69 && b == 0x73 { return true }
            previous = b
        }
        return false
    }

    static func americanSpelling(_ word: String) -> String {
        for (british, american) in TermScanner.iseEndings where word.hasSuffix(british) {
            let base = word.dropLast(british.count)
            // The -ise verbs that are -ize verbs: after -al-, -im-, -it-, -ar- (virtualise, optimise, prioritise,
            // summarise), not "advise", "promise", "surprise".
            guard base.hasSuffix("al") || base.hasSuffix("im") || base.hasSuffix("it") || base.hasSuffix("ar")
                || base.hasSuffix("gn") else { return word }
            return base + american
        }
        return word
    }

    static let iseEndings: [(String, String)] = [("isation", "ization"), ("isations", "izations"), ("ised", "ized"),
                                                  ("ising", "izing"), ("ises", "izes"), ("ise", "ize")]

    // MARK: Tokens

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x2B
                || v == 0x23 || v == 0x2E || v == 0x2F || v == 0x2D || v == 0x5F
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil || s == "+" || s == "#" || s == "." || s == "/"
            || s == "-" || s == "_"
    }

    private func tokenize(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var previousSeparator: Unicode.Scalar = " "
        while i < scalars.count {
            let s = scalars[i]
            guard TermScanner.isWordScalar(s) else {
                previousSeparator = s
                i += 1
                continue
            }
            // Addresses are not words: skip URLs and e-mail addresses whole.
            if TermScanner.startsAddress(scalars, at: i) {
                while i < scalars.count, !ScalarWhitespace.isSpace(scalars[i].value), scalars[i] != ")", scalars[i] != "]",
                      scalars[i] != ">" {
                    i += 1
                }
                continue
            }
            var j = i
            var plain = true
            var lowerCount = 0
            while j < scalars.count, TermScanner.isWordScalar(scalars[j]) {
                let v = scalars[j].value
                if v >= 0x61 && v <= 0x7A {
                    lowerCount += 1
                } else if !((v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)) {
                    plain = false
                }
                j += 1
            }
            if j < scalars.count, scalars[j] == "@" {
                while j < scalars.count, !ScalarWhitespace.isSpace(scalars[j].value) { j += 1 }
                i = j
                continue
            }
            let next: Unicode.Scalar = j < scalars.count ? scalars[j] : " "
            let standaloneHere = TermScanner.isListBoundary(previousSeparator) && TermScanner.isListBoundary(next)
            if plain {
                // The common case, an ASCII word: no punctuation to split at or trim.
                var lower = String.UnicodeScalarView()
                for k in i..<j {
                    let v = scalars[k].value
                    lower.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v | 0x20) ?? scalars[k] : scalars[k])
                }
                let firstValue = scalars[i].value
                let capitalised = firstValue >= 0x41 && firstValue <= 0x5A
                tokens.append(Token(lower: String(lower), capitalised: capitalised,
                                    allCaps: capitalised && lowerCount == 0,
                                    skill: nil, punctuationAfter: !ScalarWhitespace.isSpace(next.value),
                                    standalone: standaloneHere))
                previousSeparator = next
                i = j
                continue
            }
            var raw = String.UnicodeScalarView()
            raw.append(contentsOf: scalars[i..<j])
            let standalone = TermScanner.isListBoundary(previousSeparator) && TermScanner.isListBoundary(next)
            appendRaw(String(raw), punctuationAfter: !ScalarWhitespace.isSpace(next.value), standalone: standalone,
                      into: &tokens)
            previousSeparator = next
            i = j
        }
        return tokens
    }

    private static func isListBoundary(_ s: Unicode.Scalar) -> Bool {
        ScalarWhitespace.isSpace(s.value) || s == "," || s == ";" || s == "(" || s == ")" || s == ":" || s == "*"
            || s == "|"
    }

    private static func startsAddress(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        let first = scalars[i].value | 0x20
        guard first == 0x68 || first == 0x77 || first == 0x6D else { return false }  // h, w, m
        func has(_ prefix: StaticString) -> Bool {
            var k = i
            var ok = true
            prefix.withUTF8Buffer { bytes in
                for byte in bytes {
                    guard k < scalars.count else { ok = false; return }
                    let v = scalars[k].value
                    let lower = (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v
                    if lower != UInt32(byte) { ok = false; return }
                    k += 1
                }
            }
            return ok
        }
        return has("http://") || has("https://") || has("www.") || has("mailto:")
    }

    /// One run of word characters: the whole spelling first (`c++`, `node.js`, `tcp/ip`, `.net`), then its
    /// parts around `/` (`C/C++`, `nginx/OpenResty`), then words around `-`, `.` and `_`.
    private func appendRaw(_ raw: String, punctuationAfter: Bool, standalone: Bool, into tokens: inout [Token]) {
        let trimmed = TermScanner.trim(raw)
        guard !trimmed.isEmpty else { return }
        let trimmedLower = trimmed.lowercased()
        if trimmedLower.contains(where: { $0 == "/" || $0 == "." || $0 == "+" || $0 == "#" || $0 == "-" }),
           let skill = SkillLexicon.byAlias[trimmedLower] ?? SkillLexicon.byAlias[raw.lowercased()] {
            tokens.append(Token(lower: trimmedLower, capitalised: true, allCaps: false, skill: skill,
                                punctuationAfter: punctuationAfter, standalone: standalone))
            return
        }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: true)
        for (n, part) in parts.enumerated() {
            let isLast = n == parts.count - 1
            let partTrimmed = TermScanner.trim(String(part))
            let partLower = partTrimmed.lowercased()
            if parts.count > 1 || partLower.contains(where: { $0 == "." || $0 == "+" || $0 == "#" || $0 == "-" }),
               let skill = SkillLexicon.byAlias[partLower] {
                let capitalised = partTrimmed.unicodeScalars.first?.properties.isUppercase ?? false
                let oneLetter = partLower.unicodeScalars.count == 1
                // `go` in `go-ahead` is a word; `C` in `C/C++` is the language.
                if (oneLetter || TermScanner.ambiguous.contains(partLower)) && !capitalised {
                    // fall through to words
                } else {
                    tokens.append(Token(lower: partLower, capitalised: true, allCaps: false, skill: skill,
                                        punctuationAfter: isLast ? punctuationAfter : true, standalone: true))
                    continue
                }
            }
            let words = partTrimmed.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "_" || $0 == "+" || $0 == "#" })
            for (k, word) in words.enumerated() {
                let w = String(word)
                let first = w.unicodeScalars.first
                let capitalised = first.map { $0.properties.isUppercase } ?? false
                let allCaps = w.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
                let lastWord = isLast && k == words.count - 1
                tokens.append(Token(lower: w.lowercased(), capitalised: capitalised, allCaps: allCaps && capitalised,
                                    skill: nil, punctuationAfter: lastWord ? punctuationAfter : true,
                                    standalone: standalone && words.count == 1 && parts.count == 1))
            }
        }
    }

    /// Drops leading and trailing `.`, `-`, `/`, `_` (sentence ends, dashes), keeping a leading `.` of `.NET`.
    private static func trim(_ s: String) -> String {
        var scalars = Substring(s).unicodeScalars
        while let last = scalars.last, last == "." || last == "-" || last == "/" || last == "_" { scalars.removeLast() }
        while let first = scalars.first, first == "-" || first == "/" || first == "_" || (first == "." && scalars.count < 2) {
            scalars.removeFirst()
        }
        if let first = scalars.first, first == ".", let second = scalars.dropFirst().first,
           !second.properties.isAlphabetic {
            scalars.removeFirst()
        }
        return String(String.UnicodeScalarView(scalars))
    }

    // MARK: Word lists

    /// First words of the lexicon's phrases (`apache` of `apache kafka`): only these start a phrase lookup.
    static let compoundStarts: Set<String> = ConceptLexicon.compoundStarts

    static let phraseStarts: Set<String> = {
        var starts: Set<String> = []
        for key in SkillLexicon.byAlias.keys {
            let words = key.split(separator: " ")
            if words.count > 1, let first = words.first { starts.insert(String(first)) }
        }
        return starts
    }()

    /// Skill aliases that are also common English words: they name the skill only when capitalised.
    static let ambiguous: Set<String> = [
        "go", "rest", "swift", "rust", "spark", "salt", "puppet", "chef", "express", "react", "node", "shell", "lambda",
        "helm", "jest", "mac", "consul", "nomad", "snowflake", "pandas", "ruby", "temporal", "bamboo", "looker",
        "couch", "oracle", "aurora", "vault", "flask", "celery", "sh", "py", "ts", "js", "hg", "ml", "ror", "apache",
        "travis", "cypress", "playwright", "kube",
    ]

    /// Short aliases that name the skill only in capitals (`REST`, `JS`, `ML`), never as the word.
    static let shoutedOnly: Set<String> = ["rest", "sh", "py", "ts", "js", "hg", "ml", "ror", "elk", "mac"]

    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "eg", "etc", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "ie", "if", "in", "into", "is",
        "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off",
        "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so",
        "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "us",
        "re", "ll", "ve", "don", "isn", "aren", "won", "via", "per", "within", "across", "around", "among", "many",
        "much", "well", "may", "might", "anyone", "anybody", "anything", "everyone", "everybody", "whole", "entire", "must", "shall", "yet", "ever", "even", "every", "whatever", "whenever", "one",
        "two", "three", "new", "like", "hence", "thus", "therefore", "using", "used", "use", "including", "include", "includes", "e", "g",
        "lt", "gt", "amp", "nbsp", "li", "ul", "ol", "dd", "dt", "dl", "div", "span", "href", "class", "br", "p",
    ]
}
