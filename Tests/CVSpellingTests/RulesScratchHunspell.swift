import Testing
@testable import CVCore
import CVSpelling
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct RulesScratchHunspell {
    @Test func dump() throws {
        let checker = try HunspellChecker(language: "en_GB")
        for f in try FileManager.default.contentsOfDirectory(atPath: "/work/shared/seeds").map({ "/work/shared/seeds/" + $0 })
            + FileManager.default.contentsOfDirectory(atPath: "/work/shared/corpus/cvs").map({ "/work/shared/corpus/cvs/" + $0 }) {
            let text = String(decoding: FileManager.default.contents(atPath: f)!, as: UTF8.self)
            let findings = Validator.validate(text: text, path: f, today: PartialDate(year: 2026, month: 1), spellChecker: checker)
                .filter { $0.ruleID == "spelling" }
            print("== \(f) \(findings.count)")
            for x in findings { print("   \(x)") }
        }
    }
}
