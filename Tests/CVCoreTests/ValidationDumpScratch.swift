import Testing
@testable import CVCore

@Suite struct ValidationDumpScratch {
    @Test func nested() throws {
        var text = "## Experience\n\n### Acme\n\nEngineer • 2019 – 2020\n\n"
        for depth in 0..<10_000 { text += String(repeating: "  ", count: depth) + "- it's precursor \(depth)\n" }
        let clock = ContinuousClock()
        var t = clock.now
        let document = try CVReader.parse(text: text, format: .markdown)
        print("parse \(clock.now - t) roles \(document.roles.count) bullets \(document.roles.first?.bullets.count ?? 0) depth1 \(document.roles.first?.bullets.first?.children.count ?? -1)")
        for rule in allRules {
            let id = rule.description.identifier
            t = clock.now
            _ = Validator.validate(text: text, format: .markdown, document: document, parseError: nil, today: ruleTestToday, spellChecker: ExampleSpellChecker(), only: [id])
            print("\(id) \(clock.now - t)")
        }
    }
}
