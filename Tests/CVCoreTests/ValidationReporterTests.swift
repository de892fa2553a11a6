import Testing
@testable import CVCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The findings reporters (`text`, `json`, `github`), and docs/rules.md generated from the rules.
@Suite struct ValidationReporterTests {
    static let files = [
        FileFindings(path: "cv.md", findings: [
            Finding(ruleID: "date-order", severity: .error, message: "end date 2019-03 is before start 2020-01",
                    range: SourceRange(line: 12, column: 5, endLine: 12, endColumn: 24)),
            Finding(ruleID: "word-confusion", severity: .warning, message: "\"Contactor\" is probably \"Contractor\"",
                    range: SourceRange(line: 43, column: 5, endLine: 43, endColumn: 13), suggestion: "Contractor"),
        ]),
    ]

    @Test func textReporterWritesCompilerStyleLinesAndASummary() throws {
        let reporter = try #require(FindingsReporters.named("text"))
        #expect(reporter.render(Self.files) == """
            cv.md:12:5: error: end date 2019-03 is before start 2020-01 [date-order]
            cv.md:43:5: warning: "Contactor" is probably "Contractor" [word-confusion]
            1 error, 1 warning, 0 infos in 1 file

            """)
        #expect(reporter.render([FileFindings(path: "cv.md", findings: [])]) == "no problems found\n")
    }

    @Test func jsonReporterWritesAnArrayOfFindings() throws {
        let reporter = try #require(FindingsReporters.named("json"))
        struct Item: Decodable {
            var file: String
            var line, column, endLine, endColumn: Int
            var severity, rule, message: String
            var suggestion: String?
        }
        let array = try JSONDecoder().decode([Item].self, from: Data(reporter.render(Self.files).utf8))
        #expect(array.count == 2)
        let first = try #require(array.first)
        #expect(first.file == "cv.md")
        #expect([first.line, first.column, first.endLine, first.endColumn] == [12, 5, 12, 24])
        #expect(first.severity == "error")
        #expect(first.rule == "date-order")
        #expect(first.message == "end date 2019-03 is before start 2020-01")
        #expect(first.suggestion == nil)
        #expect(array.last?.suggestion == "Contractor")
    }

    @Test func githubReporterWritesWorkflowCommands() throws {
        let reporter = try #require(FindingsReporters.named("github"))
        let lines = reporter.render(Self.files).split(separator: "\n")
        #expect(lines.first == "::error file=cv.md,line=12,col=5,endLine=12,endColumn=24,title=date-order::end date 2019-03 is before start 2020-01")
        #expect(lines.last?.hasPrefix("::warning file=cv.md,line=43,col=5,") == true)
    }

    @Test func unknownReporterNameGivesNil() {
        #expect(FindingsReporters.named("xml") == nil)
        #expect(FindingsReporters.names == ["text", "json", "github"])
    }

    /// docs/rules.md is generated from the rules; regenerate with `CVTRACK_UPDATE_DOCS=1 swift test --filter rulesDocumentation`.
    @Test func rulesDocumentationIsUpToDate() throws {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let path = parts.joined(separator: "/") + "/docs/rules.md"
        let expected = RulesDocumentation.markdown()
        if ProcessInfo.processInfo.environment["CVTRACK_UPDATE_DOCS"] != nil {
            try Data(expected.utf8).write(to: URL(fileURLWithPath: path))
        }
        let data = try #require(FileManager.default.contents(atPath: path), "docs/rules.md is missing")
        #expect(String(decoding: data, as: UTF8.self) == expected, "docs/rules.md is out of date: run CVTRACK_UPDATE_DOCS=1 swift test --filter rulesDocumentation")
    }

    @Test func everyRuleIsInTheDocumentation() {
        let markdown = RulesDocumentation.markdown()
        for rule in allRules { #expect(markdown.contains("## \(rule.description.identifier)\n")) }
    }
}
