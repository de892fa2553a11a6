import Testing
@testable import CVCore

@Suite struct ValidationDumpScratch {
    @Test func perRule() throws {
        let text = try #require(StructuredCorpus.read(ValidationSeedTests.seed002))
        let document = try CVReader.parse(text: text)
        let clock = ContinuousClock()
        var t = clock.now
        for _ in 0..<20 { _ = SourceText(text) }
        print("SourceText \((clock.now - t) / 20)")
        t = clock.now
        for _ in 0..<20 { _ = Prose(document: document, source: SourceText(text), format: .plainText) }
        print("Prose \((clock.now - t) / 20)")
        for rule in allRules {
            let id = rule.description.identifier
            let t = clock.now
            for _ in 0..<20 { _ = Validator.validate(text: text, format: document.format, document: document, parseError: nil, today: ruleTestToday, only: [id]) }
            print("\(id) \((clock.now - t) / 20)")
        }
    }
}
