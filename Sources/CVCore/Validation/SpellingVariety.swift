/// The English spelling variety a CV is written in, read from its own words: British forms (`organise`,
/// `behaviour`, `centre`, `travelled`, `catalogue`, `defence`, `analyse`) against American ones (`organize`,
/// `behavior`, `center`, `traveled`, `catalog`, `defense`, `analyze`).
///
/// A word counts for a variety when that variety's dictionary accepts it, the other's does not, and the
/// other's accepts its counterpart (the same word with the other variety's ending): so `colour` counts for
/// British (`color` is American), `error` for neither (`errour` is no word), `licence` for British but
/// `license` for neither (British writes it as a verb). British dictionaries accept `-ize` (Oxford spelling),
/// so an `-ize` word counts for American only as such: a CV with `-ize` and otherwise British forms is British.
public struct SpellingVariety: Sendable, Equatable {
    /// `en_GB` or `en_US`: the dictionary to check the CV with.
    public var language: String
    /// Distinct words of each variety, in reading order.
    public var british: [String]
    public var american: [String]
    /// `-ize` words (American, and Oxford British).
    public var oxford: [String]

    public static let britishLanguage = "en_GB"
    public static let americanLanguage = "en_US"

    /// Both varieties are used, each more than once (one stray form is a typo, not a choice), or `-ise` and
    /// `-ize` endings side by side.
    public var isMixed: Bool {
        let britishIse = british.contains { Self.hasIse($0) }
        if britishIse && !oxford.isEmpty { return true }
        return british.count >= 2 && american.count >= 2
    }

    /// `words` (distinct, lowercase letters only) read with both varieties' dictionaries.
    public static func read(_ words: [String], british gb: any SpellChecker, american us: any SpellChecker) -> SpellingVariety {
        // Both dictionaries judge the words first; only a word they disagree on (or an `-ize` word, which both accept)
        // can be a variety form, so only those have their counterparts looked up.
        // A word with no other-variety form (no `-ise`, `-our`, `-tre`, `-ll-` … shape) cannot tell the variety:
        // only the others are looked up in the two tables. (Arrays in the words' order: no word hashed.)
        var long: [String] = []
        var shapes: [[String]] = []
        for word in words where word.utf8.count >= 5 {
            let others = Self.counterparts(word)
            if others.isEmpty { continue }
            long.append(word)
            shapes.append(others)
        }
        var variety = SpellingVariety(language: americanLanguage, british: [], american: [], oxford: [])
        guard !long.isEmpty else { return variety }
        let wordGB = gb.accepts(long)
        let wordUS = us.accepts(long)
        // The words that may tell, and their counterparts' places in `asked`.
        var telling: [(word: Int, others: Range<Int>)] = []
        var asked: [String] = []
        for i in long.indices where wordGB[i] != wordUS[i] || (wordUS[i] && hasIze(long[i])) {
            telling.append((i, asked.count..<(asked.count + shapes[i].count)))
            asked += shapes[i]
        }
        guard !telling.isEmpty else { return variety }
        let otherGB = gb.accepts(asked)
        let otherUS = us.accepts(asked)
        for (i, others) in telling {
            let word = long[i]
            if wordGB[i], !wordUS[i], others.contains(where: { otherUS[$0] }) {
                variety.british.append(word)
            } else if wordUS[i], others.contains(where: { otherGB[$0] && !otherUS[$0] }) {
                if Self.hasIze(word), wordGB[i] {
                    variety.oxford.append(word)
                } else if !wordGB[i] {
                    variety.american.append(word)
                }
            }
        }
        // British forms outnumbering American ones (`-ize` counted as American) choose the British dictionary.
        if variety.british.count > variety.american.count + (variety.british.contains { hasIse($0) } ? variety.oxford.count : 0) {
            variety.language = britishLanguage
        }
        return variety
    }

    /// The same word with the other variety's ending: `ise`/`ize`, `yse`/`yze`, `our`/`or`, `tre`/`ter`,
    /// `bre`/`ber`, `ogue`/`og`, `ence`/`ense`, `ll`/`l` before a vowel ending (`travelled`/`traveled`).
    static func counterparts(_ word: String) -> [String] {
        let s = Array(word.utf8)
        guard s.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [] }
        // One pass over the word: at each place, the patterns that open with its letter. The forms come out in the
        // patterns' order, then the places' (as when each pattern was looked for in turn).
        var found: [(pattern: Int, at: Int)] = []
        var i = 1
        while i < s.count {
            for index in Self.patternsByLetter[Int(s[i] - 0x61)] {
                let pattern = Self.patterns[index]
                let f = pattern.from
                guard f.count < s.count, i + f.count <= s.count else { continue }
                var k = 1
                while k < f.count, s[i + k] == f[k] { k += 1 }
                guard k == f.count else { continue }
                let next: UInt8? = i + f.count < s.count ? s[i + f.count] : nil
                if pattern.rule.allows(next: next, before: s[i - 1]) { found.append((index, i)) }
            }
            i += 1
        }
        if found.count > 1 { found.sort { $0.pattern != $1.pattern ? $0.pattern < $1.pattern : $0.at < $1.at } }
        return found.map { pattern, at in
            let p = Self.patterns[pattern]
            return String(decoding: s[..<at] + p.to + s[(at + p.from.count)...], as: UTF8.self)
        }
    }

    /// What must stand around a pattern for it to be swapped.
    enum SwapRule {
        case always
        /// A vowel (`a`, `e`, `i`, `y`) after it: `organise`, `realising`.
        case vowelAfter
        /// No `u` after it (`or` of `colour` is the `our` pattern's).
        case noUAfter
        /// The word's end, `-s` or `-d` after it: `centre`, `centres`, `centred`.
        case endingAfter
        /// The word's end or `-s`: `catalog`, `catalogs`.
        case endOrSAfter
        /// `e` or `i` after it: `travelled`, `travelling`.
        case eOrIAfter
        /// `e` or `i` after it and no `l` before it (`traveled`, not the second `l` of `travelled`).
        case eOrIAfterNoLBefore

        func allows(next: UInt8?, before: UInt8) -> Bool {
            switch self {
            case .always: return true
            case .vowelAfter: return next == 0x61 || next == 0x65 || next == 0x69 || next == 0x79
            case .noUAfter: return next != 0x75
            case .endingAfter: return next == nil || next == 0x73 || next == 0x64
            case .endOrSAfter: return next == nil || next == 0x73
            case .eOrIAfter: return next == 0x65 || next == 0x69
            case .eOrIAfterNoLBefore: return (next == 0x65 || next == 0x69) && before != 0x6C
            }
        }
    }

    /// The patterns, in the order their forms are listed.
    static let patterns: [(from: [UInt8], to: [UInt8], rule: SwapRule)] = ([
        ("is", "iz", .vowelAfter), ("iz", "is", .vowelAfter), ("ys", "yz", .vowelAfter), ("yz", "ys", .vowelAfter),
        ("our", "or", .always), ("or", "our", .noUAfter), ("tre", "ter", .endingAfter), ("ter", "tre", .endingAfter),
        ("bre", "ber", .endingAfter), ("ber", "bre", .endingAfter), ("ogue", "og", .always), ("og", "ogue", .endOrSAfter),
        ("oging", "oguing", .always), ("oguing", "oging", .always), ("oged", "ogued", .always), ("ogued", "oged", .always),
        ("ence", "ense", .always), ("ense", "ence", .always), ("ll", "l", .eOrIAfter), ("l", "ll", .eOrIAfterNoLBefore),
    ] as [(String, String, SwapRule)]).map { (Array($0.0.utf8), Array($0.1.utf8), $0.2) }

    /// The patterns (their indexes) by their first letter, `a` to `z`.
    static let patternsByLetter: [[Int]] = {
        var table = [[Int]](repeating: [], count: 26)
        for (index, pattern) in patterns.enumerated() { table[Int(pattern.from[0] - 0x61)].append(index) }
        return table
    }()

    static func hasIse(_ word: String) -> Bool {
        holdsTriple(word, first: [0x69, 0x79], second: 0x73, third: [0x65, 0x69, 0x61], slow: ["ise", "isi", "isa", "yse", "ysi"])
    }

    static func hasIze(_ word: String) -> Bool {
        holdsTriple(word, first: [0x69, 0x79], second: 0x7A, third: [0x65, 0x69, 0x61], slow: ["ize", "izi", "iza", "yze", "yzi"])
    }

    /// Whether `word` holds one of the `slow` three-letter pieces: on the bytes of an ASCII word (`i`/`y`, then
    /// `second`, then one of `third`; `yza`/`ysa` are not asked and never match, as the `slow` lists have no such piece),
    /// through `String.contains` for any other word (whose characters may join letters with accents).
    private static func holdsTriple(_ word: String, first: [UInt8], second: UInt8, third: [UInt8], slow: [String]) -> Bool {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return slow.contains { word.contains($0) } }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if previous.1 == second, first.contains(previous.0), third.contains(byte),
                !(previous.0 == 0x79 && byte == 0x61)
            {
                return true
            }
            previous = (previous.1, byte)
        }
        return false
    }
}

extension SpellingVariety {
    /// The variety a CV's text is written in, read as the spelling rule reads it (nil: the text is no CV, does not
    /// read as English, or the checker cannot open both dictionaries). `cvtrack init` writes it to `.cvtrack.yml`.
    public static func read(text: String, path: String?, checker: any SpellChecker) -> SpellingVariety? {
        let format = CVReader.detectFormat(text: text, path: path)
        guard let document = try? CVReader.parse(text: text, path: path, format: format) else { return nil }
        let prose = Prose(document: document, source: SourceText(text), format: format)
        if case .variety(let variety, _, _) = SpellingRule.read(prose, checker: checker) { return variety }
        return nil
    }
}
