import Testing

@testable import CVCore

/// The tool-name slip check compares a word with each name on its bytes: it must find what the scalar comparison
/// (`SpellingRule.isCloseEdit`) finds over the names in their order.
@Suite struct SpellingFormsBytesTests {
    static func reference(_ lower: String) -> String? {
        guard lower.utf8.count >= 6, lower.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), SkillLexicon.canonical(lower) == nil else { return nil }
        return SpellingForms.names.first { SpellingRule.isCloseEdit(lower, $0.lower) && !SpellingForms.isPlural(lower, $0.lower) }?.name
    }

    @Test func closeNameIsTheFirstNameOneEditAway() {
        var words = ["terrafrom", "solidwokrs", "labveiw", "qqqqqqqq", "photoshopp", "wordpres"]
        for (lower, _) in SpellingForms.names {
            let b = Array(lower.utf8)
            words.append(lower)
            words.append(lower + "s")
            words.append(String(lower.dropLast()))
            words.append(String(decoding: [b[1], b[0]] + b[2...], as: UTF8.self))  // two letters swapped
            words.append(String(decoding: b[..<2] + [0x71] + b[3...], as: UTF8.self))  // one replaced
            words.append(String(decoding: b[..<3] + [0x78] + b[3...], as: UTF8.self))  // one added
            words.append(String(decoding: b[..<2] + [0x78, 0x78] + b[3...], as: UTF8.self))  // two edits
        }
        var found = 0
        for word in words {
            let expected = Self.reference(word)
            #expect(SpellingForms.closeName(word) == expected, "\(word)")
            if expected != nil { found += 1 }
        }
        #expect(found > SpellingForms.names.count * 2)
        #expect(SpellingForms.closeName("solidwokrs") == "SolidWorks")
        #expect(SpellingForms.closeName("labveiw") == "LabVIEW")
    }

    @Test func bytesCloseEditIsTheScalarOne() {
        let pairs = [("managment", "management"), ("recieve", "receive"), ("abcdef", "abcdef"), ("abcdef", "abdcef"), ("abcdef", "abcdefg"),
                     ("abcdef", "bcdef"), ("abcdef", "abcxyz"), ("abcdef", "fedcba"), ("abcdef", "abcde"), ("ab", "ba"), ("a", "")]
        for (a, b) in pairs {
            #expect(SpellingForms.isCloseEdit(Array(a.utf8), Array(b.utf8)) == SpellingRule.isCloseEdit(a, b), "\(a) \(b)")
            #expect(SpellingForms.isCloseEdit(Array(b.utf8), Array(a.utf8)) == SpellingRule.isCloseEdit(b, a), "\(b) \(a)")
        }
    }
}
