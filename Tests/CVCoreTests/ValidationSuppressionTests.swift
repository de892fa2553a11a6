import Testing
@testable import CVCore

/// `<!-- cvtrack:disable RULE -->`, `disable-next-line`, `enable`, and `# cvtrack:` in plain text.
@Suite struct ValidationSuppressionTests {
    func ids(_ text: String, format: CVFormat = .markdown) -> [String] {
        Validator.validate(text: text, format: format, today: ruleTestToday).map { "\($0.ruleID)@\($0.position.line)" }
    }

    static let cv = """
        ## Experience

        ### Acme

        Engineer • Jan 2020 – Mar 2019

        ### Initech

        Developer • Jan 2018 – Mar 2017
        """

    @Test func findingsWithoutComments() {
        #expect(ids(Self.cv).filter { $0.hasPrefix("date-order") } == ["date-order@5", "date-order@9"])
    }

    @Test func disableSilencesTheRestOfTheFile() {
        let text = "<!-- cvtrack:disable date-order -->\n" + Self.cv
        #expect(ids(text).filter { $0.hasPrefix("date-order") } == [])
    }

    @Test func disableNextLineSilencesOneLine() {
        let text = Self.cv.replacingFirst("Engineer •", with: "<!-- cvtrack:disable-next-line date-order -->\nEngineer •")
        #expect(ids(text).filter { $0.hasPrefix("date-order") } == ["date-order@10"])
    }

    @Test func enableEndsADisabledStretch() {
        let text = Self.cv
            .replacingFirst("### Acme", with: "<!-- cvtrack:disable date-order -->\n### Acme")
            .replacingFirst("### Initech", with: "<!-- cvtrack:enable date-order -->\n### Initech")
        #expect(ids(text).filter { $0.hasPrefix("date-order") } == ["date-order@11"])
    }

    @Test func otherRulesStillReport() {
        let text = "<!-- cvtrack:disable overlap -->\n" + Self.cv
        #expect(ids(text).filter { $0.hasPrefix("date-order") }.count == 2)
    }

    @Test func disableWithoutRuleSilencesEveryRule() {
        let text = "<!-- cvtrack:disable -->\n" + Self.cv
        #expect(ids(text) == [])
    }

    @Test func hashCommentsWorkInPlainText() {
        let text = """
            Jane Doe

            EXPERIENCE

            # cvtrack:disable-next-line date-order
            Acme, Engineer, 2020 - 2019
            """
        let plain = ids(text, format: .plainText)
        #expect(!plain.contains { $0.hasPrefix("date-order") })
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = firstRange(of: target) else { return self }
        return self[..<r.lowerBound] + replacement + self[r.upperBound...]
    }
}
