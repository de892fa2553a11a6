import Testing
@testable import CVCore

/// `validate --against BASE`: a variant that adds an employer, a date, a skill or a number is caught.
@Suite(.enabled(if: TailorCorpus.exists("seeds"), "needs ../shared/seeds"))
struct TailorVariantCheckTests {
    static func check(_ edit: (String) -> String) throws -> (findings: [Finding], text: String) {
        let seed = try #require(TailorCorpus.seed("001"))
        let text = edit(seed.text)
        let variant = try CVReader.parse(text: text, path: "cv.md")
        return (VariantCheck.inventions(variant: variant, variantText: text, base: seed.document, baseText: seed.text), text)
    }

    @Test func anUntouchedVariantIsAccepted() throws {
        #expect(try Self.check { $0 }.findings == [])
    }

    @Test func anInventedEmployerIsCaught() throws {
        // The heading of line 55 (an employer of the seed, read at test time) is replaced by one it never names.
        let (findings, _) = try Self.check { text in
            let heading = String(text.split(separator: "\n", omittingEmptySubsequences: false)[54])
            return heading.hasPrefix("### ") ? text.replacingOnce(heading, with: "### Google") : text
        }
        let finding = try #require(findings.first { $0.message.contains("Google") })
        #expect(finding.ruleID == "variant-invented")
        #expect(finding.severity == .error)
        #expect(finding.position == SourcePosition(line: 55, column: 5))
    }

    @Test func aChangedDateIsCaught() throws {
        let (findings, _) = try Self.check { $0.replacingOnce("Aug. '09 – May '14", with: "Aug. '08 – May '14") }
        let finding = try #require(findings.first { $0.message.contains("dates") })
        #expect(finding.position.line == 57)
    }

    @Test func anAddedSkillIsCaught() throws {
        let (findings, _) = try Self.check {
            // The skill line 164 (read at test time) gets one more item.
            let line = String($0.split(separator: "\n", omittingEmptySubsequences: false)[163])
            return line.contains(",") ? $0.replacingOnce(line, with: line + ", Kubernetes") : $0
        }
        let finding = try #require(findings.first { $0.message.contains("Kubernetes") })
        #expect(finding.position.line == 164)
    }

    @Test func anInflatedNumberIsCaught() throws {
        let (findings, text) = try Self.check { $0.replacingOnce("throughput by 48%", with: "throughput by 58%") }
        let finding = try #require(findings.first { $0.message.contains("58%") })
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[finding.position.line - 1]
        #expect(finding.position.line == 35)
        #expect(Array(line.unicodeScalars)[finding.position.column - 1] == "5")
    }

    @Test func numbersAreReadWithTheirPercentAndSeparators() {
        #expect(VariantCheck.numbers(in: "by 48%, over 10,000 downloads, 5.1 and IPv6 in '19; 19+ years").map(\.text)
                == ["48%", "10,000", "5.1", "19", "19+"])
    }
}

extension String {
    fileprivate func replacingOnce(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(r, with: replacement)
        return copy
    }
}

/// The examples of `variant-invented` in docs/rules.md, checked against the base they are documented with:
/// triggering ones give exactly the findings at their `↓` markers, the others none.
@Suite struct VariantInventedExampleTests {
    static let cases: [(Example, Bool)] = RuleDescription.variantInvented.triggeringExamples.map { ($0, true) }
        + RuleDescription.variantInvented.nonTriggeringExamples.map { ($0, false) }

    @Test(arguments: 0..<cases.count)
    func exampleBehavesAsDocumented(_ i: Int) throws {
        let (example, triggering) = Self.cases[i]
        let location = SourceLocation(fileID: example.fileID, filePath: example.filePath, line: example.line, column: example.column)
        let base = VariantCheck.documentationBase
        let findings = VariantCheck.inventions(
            variant: try CVReader.parse(text: example.text, path: "cv.md"), variantText: example.text,
            base: try CVReader.parse(text: base, path: "cv.md"), baseText: base)
        #expect(findings.allSatisfy { $0.ruleID == "variant-invented" && $0.severity == .error })
        #expect(findings.map(\.position) == (triggering ? example.markers : []), "\(findings)", sourceLocation: location)
    }

    @Test func theRuleIsDocumentedBothWaysAndListed() {
        let d = RuleDescription.variantInvented
        #expect(!d.triggeringExamples.isEmpty && !d.nonTriggeringExamples.isEmpty)
        #expect(RulesDocumentation.list().contains("variant-invented"))
        #expect(RulesDocumentation.markdown().contains("## variant-invented"))
        #expect(!RuleRegistry.identifiers.contains("variant-invented"), "it needs a base, so it is not run on every CV")
    }

    @Test func aChangedTitleIsCaught() throws {
        let base = VariantCheck.documentationBase
        let text = base.replacingOnce("**Data Engineer**", with: "**Lead Data Engineer**")
        let findings = VariantCheck.inventions(
            variant: try CVReader.parse(text: text, path: "cv.md"), variantText: text,
            base: try CVReader.parse(text: base, path: "cv.md"), baseText: base)
        #expect(findings.map(\.message).contains("title 'Lead Data Engineer' is not in the base CV"), "\(findings)")
    }
}
