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
        var result: [String] = []
        // The letters the word holds, one bit each: a pattern with a letter the word lacks is not looked for.
        var present: UInt32 = 0
        for b in s { present |= 1 << UInt32(b - 0x61) }
        func swap(_ from: StaticString, _ to: String, after: ((UInt8?) -> Bool)? = nil, before: ((UInt8?) -> Bool)? = nil) {
            let f = UnsafeBufferPointer(start: from.utf8Start, count: from.utf8CodeUnitCount)
            guard f.count < s.count else { return }
            var needed: UInt32 = 0
            for b in f { needed |= 1 << UInt32(b - 0x61) }
            guard present & needed == needed else { return }
            var i = 1
            while i + f.count <= s.count {
                if s[i] == f[0], s[i..<(i + f.count)].elementsEqual(f) {
                    let next = i + f.count < s.count ? s[i + f.count] : nil
                    if (after?(next) ?? true) && (before?(s[i - 1]) ?? true) {
                        result.append(String(decoding: s[..<i] + Array(to.utf8) + s[(i + f.count)...], as: UTF8.self))
                    }
                }
                i += 1
            }
        }
        let vowel: (UInt8?) -> Bool = { $0.map { "aeiy".utf8.contains($0) } ?? false }
        let ending: (UInt8?) -> Bool = { $0 == nil || $0 == 0x73 || $0 == 0x64 }  // end, -s, -d
        swap("is", "iz", after: vowel)
        swap("iz", "is", after: vowel)
        swap("ys", "yz", after: vowel)
        swap("yz", "ys", after: vowel)
        swap("our", "or")
        swap("or", "our", after: { $0 != 0x75 })
        swap("tre", "ter", after: ending)
        swap("ter", "tre", after: ending)
        swap("bre", "ber", after: ending)
        swap("ber", "bre", after: ending)
        swap("ogue", "og")
        swap("og", "ogue", after: { $0 == nil || $0 == 0x73 })
        swap("oging", "oguing")
        swap("oguing", "oging")
        swap("oged", "ogued")
        swap("ogued", "oged")
        swap("ence", "ense")
        swap("ense", "ence")
        swap("ll", "l", after: { $0 == 0x65 || $0 == 0x69 })
        swap("l", "ll", after: { $0 == 0x65 || $0 == 0x69 }, before: { $0 != 0x6C })
        return result
    }

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
