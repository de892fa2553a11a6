import Testing
@testable import CVCore

/// One example of one rule, as a test argument.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let ruleID: String
    let example: Example
    let triggering: Bool

    var testDescription: String { "\(ruleID) \(triggering ? "triggers" : "does not trigger") at \(example)" }

    static let all: [RuleExampleCase] = allRules.flatMap { rule in
        let d = rule.description
        return d.nonTriggeringExamples.map { RuleExampleCase(ruleID: d.identifier, example: $0, triggering: false) }
            + d.triggeringExamples.map { RuleExampleCase(ruleID: d.identifier, example: $0, triggering: true) }
    }
}

/// The dictionary of the examples: every word is right except a few known misspellings.
final class ExampleSpellChecker: SpellChecker {
    static let misspellings = ["informaion": ["information"], "recieve": ["receive"]]
    private(set) var asked: [String] = []

    func misspelt(_ words: [String]) -> [String: [String]] {
        asked += words
        var result: [String: [String]] = [:]
        for word in words { if let s = Self.misspellings[word.lowercased()] { result[word] = s } }
        return result
    }
}

/// Fixed "today" of every rule test: 15 June 2025.
let ruleTestToday = PartialDate(year: 2025, month: 6, day: 15)

@Suite struct RuleExampleTests {
    /// Every rule's examples: non-triggering ones give no finding of the rule; triggering ones give exactly
    /// the findings at the `↓` markers. Failures are reported at the example's own line.
    @Test(arguments: RuleExampleCase.all)
    func exampleBehavesAsDocumented(_ c: RuleExampleCase) throws {
        let example = c.example
        let location = SourceLocation(fileID: example.fileID, filePath: example.filePath, line: example.line, column: example.column)
        let configuration = ValidationConfiguration(rules: [c.ruleID: .init(enabled: true, options: example.options)])
        let all = Validator.validate(
            text: example.text, format: example.format, configuration: configuration, today: ruleTestToday,
            spellChecker: ExampleSpellChecker())
        if c.ruleID != ParseErrorRule.description.identifier {
            let parseErrors = all.filter { $0.ruleID == ParseErrorRule.description.identifier }
            #expect(parseErrors.isEmpty, "the example does not parse: \(parseErrors)", sourceLocation: location)
        }
        let findings = all.filter { $0.ruleID == c.ruleID }
        if c.triggering {
            #expect(
                findings.map(\.position) == example.markers,
                "expected findings at \(example.markers), got \(findings)", sourceLocation: location)
        } else {
            #expect(findings.isEmpty, "expected no finding, got \(findings)", sourceLocation: location)
        }
    }

    @Test func everyRuleIsDocumentedByExamplesBothWays() {
        for rule in allRules {
            let d = rule.description
            #expect(!d.triggeringExamples.isEmpty, "\(d.identifier) has no triggering example")
            #expect(!d.nonTriggeringExamples.isEmpty, "\(d.identifier) has no non-triggering example")
            for example in d.triggeringExamples {
                #expect(!example.markers.isEmpty, "\(d.identifier): triggering example at \(example) has no ↓ marker")
            }
        }
    }

    @Test func ruleIdentifiersAreUniqueAndKebabCase() {
        let ids = allRules.map { $0.description.identifier }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { ($0.isLetter && $0.isLowercase) || $0 == "-" }, "\(id) is not kebab-case")
            #expect(!id.hasPrefix("-") && !id.hasSuffix("-"))
        }
    }
}
