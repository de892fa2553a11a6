import Testing
@testable import CVCore

@Suite struct ValidationDumpScratch {
    @Test func dump() {
        for f in [ValidationSeedTests.seed000, ValidationSeedTests.seed001, ValidationSeedTests.seed002] + ValidationSeedTests.corpus {
            guard let findings = ValidationSeedTests.validate(f, checker: ExampleSpellChecker()) else { continue }
            print("== \(f)")
            for x in findings { print("   \(x)") }
        }
    }
}
