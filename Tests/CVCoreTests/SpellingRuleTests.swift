import Testing
@testable import CVCore

/// A made-up dictionary: every word is right except the listed misspellings.
final class WordListSpellChecker: SpellChecker {
    let wrong: [String: [String]]

    init(wrong: [String: [String]]) { self.wrong = wrong }

    func misspelt(_ words: [String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for word in words { if let s = wrong[word.lowercased()] { result[word] = s } }
        return result
    }
}

/// What the spelling rule reports on made-up CVs.
@Suite struct SpellingRuleTests {
    static let today = PartialDate(year: 2026, month: 1, day: 1)

    static func spelling(_ text: String, checker: any SpellChecker) -> [Finding] {
        Validator.validate(text: text, path: "cv.md", today: today, spellChecker: checker).filter { $0.ruleID == "spelling" }
    }

    @Test func aWordMisspeltTwiceOnOneLineIsReportedOnce() {
        let cv = """
            # Jane Doe

            ## Experience

            ### Acme

            Engineer • 2019 – 2020

            - Kept the informaion desk and the informaion wiki.
            - Wrote informaion pages.
            """
        let findings = Self.spelling(cv, checker: WordListSpellChecker(wrong: ["informaion": ["information"]]))
        #expect(findings.map(\.position.line) == [9, 10])
    }
}
