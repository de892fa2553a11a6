import Testing
@testable import CVCore

/// `SpellingVariety.counterparts` in one pass over the word gives the forms the pattern-by-pattern search gave, in
/// the same order (the reference below), for every word of a dictionary that is installed and made-up words.
struct SpellingCounterpartsTests {
    static func reference(_ word: String) -> [String] {
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

    static func words() -> [String] {
        var words = ["organise", "colour", "travelled", "traveled", "centre", "centres", "catalogs", "catalogue",
                     "cataloguing", "catalogued", "defence", "license", "realisation", "analyzing", "fibre", "labour",
                     "modelling", "odour", "is", "ll", "lle", "ogue", "oguing", "fillet", "ballet", "colors", "zyzzyva"]
        for path in ["/usr/share/hunspell/en_GB.dic", "/usr/share/hunspell/en_US.dic"] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let word = line.split(separator: "/").first.map(String.init) ?? ""
                if word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { words.append(word) }
            }
        }
        return words
    }

    @Test func onePassGivesThePatternByPatternForms() {
        for word in Self.words() {
            let forms = SpellingVariety.counterparts(word)
            let expected = Self.reference(word)
            if forms != expected { Issue.record("\(word): \(forms) != \(expected)"); return }
        }
    }
}
