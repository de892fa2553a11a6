import Testing
@testable import CVCore

/// Bad input never crashes or hangs the validator; validation adds little over parsing.
@Suite struct ValidationRobustnessTests {
    /// CPU time of the calling thread (see `threadCPUTime`).
    static func elapsed(_ body: () -> Void) -> Duration {
        threadCPUTime(body)
    }

    @Test func deeplyNestedListsAreValidatedQuickly() {
        // 10,000 list levels on one line (`- - - … - text`), then 1,000 lines each one level deeper.
        var text = "## Experience\n\n### Acme\n\nEngineer • 2019 – 2020\n\n"
        text += String(repeating: "- ", count: 10_000) + "it's precursor\n\n"
        for depth in 0..<1_000 { text += String(repeating: "  ", count: depth) + "- it's precursor \(depth)\n" }
        var findings: [Finding] = []
        let time = Self.elapsed {
            findings = Validator.validate(text: text, format: .markdown, today: ruleTestToday, spellChecker: ExampleSpellChecker())
        }
        #expect(time < .seconds(10))
        _ = findings
    }

    @Test func garbageAndBinaryBecomeFindingsNotCrashes() {
        var garbage = ""
        var seed: UInt32 = 7
        for _ in 0..<200_000 {
            seed = seed &* 1_103_515_245 &+ 12_345
            garbage.unicodeScalars.append(Unicode.Scalar(UInt8(32 + (seed >> 16) % 95)))
            if seed % 17 == 0 { garbage += "\n" }
        }
        for format in CVFormat.allCases {
            let time = Self.elapsed {
                _ = Validator.validate(text: garbage, format: format, today: ruleTestToday, spellChecker: ExampleSpellChecker())
            }
            #expect(time < .seconds(10), "\(format)")
        }
        let binary = Validator.validate(bytes: [0x7B, 0x00, 0x01, 0x02], path: "cv.json", today: ruleTestToday)
        #expect(binary.map(\.ruleID) == ["parse-error"])
        let empty = Validator.validate(bytes: [], path: "cv.md", today: ruleTestToday)
        #expect(empty.map(\.ruleID) == ["parse-error"])
    }

    @Test func brokenJSONIsAParseErrorAtItsLine() {
        let findings = Validator.validate(text: "{\n  \"work\": [\n    {\"name\": \"Acme\",\n  ]\n}\n", format: .jsonResume, today: ruleTestToday)
        #expect(findings.map(\.ruleID) == ["parse-error"])
        #expect(findings.first?.severity == .error)
        #expect((findings.first?.position.line ?? 0) > 1)
    }

    /// Measured in release builds: validating a 16 KB CV (without spelling) adds well under 1 ms to parsing.
    /// Debug builds are far slower; this only guards against a quadratic blow-up.
    @Test(.enabled(if: StructuredCorpus.exists(ValidationSeedTests.seed002), "needs ../shared/seeds"))
    func validationAddsLittleOverParsing() throws {
        let text = try #require(StructuredCorpus.read(ValidationSeedTests.seed002))
        let document = try CVReader.parse(text: text)
        let rounds = 20
        let parse = Self.elapsed { for _ in 0..<rounds { _ = try? CVReader.parse(text: text) } }
        let validate = Self.elapsed {
            for _ in 0..<rounds {
                _ = Validator.validate(text: text, format: document.format, document: document, parseError: nil, today: ruleTestToday)
            }
        }
        print("16 KB CV: parse \(parse / rounds), rules \(validate / rounds) per run")
        #expect(validate / rounds < .milliseconds(50))
    }
}
