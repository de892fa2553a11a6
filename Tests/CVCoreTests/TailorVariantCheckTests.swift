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
        let (findings, _) = try Self.check { $0.replacingOnce("### Tangent Plc", with: "### Google") }
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
            $0.replacingOnce("AWS, OpenStack, Podman, Docker, VMWare, Xen", with: "AWS, OpenStack, Podman, Docker, VMWare, Xen, Kubernetes")
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
