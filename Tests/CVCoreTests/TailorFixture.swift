@testable import CVCore

/// A made-up CV and ad matched as `cvtrack tailor --cv` does (the CV's text read too), for tests that check one
/// requirement's verdict and the lines it cites.
struct TailorFixture {
    let report: TailorReport

    init(cv: String, ad: String, path: String = "cv.md", year: Int = 2026) throws {
        let index = TailorIndex(document: try CVReader.parse(text: cv, path: path), text: cv, referenceYear: year)
        report = Tailor.match(index, job: JobAd(parsing: ad))
    }

    /// The requirement whose text starts with `prefix`.
    func requirement(_ prefix: String) -> RequirementMatch? {
        report.requirements.first { $0.requirement.text.hasPrefix(prefix) }
    }

    /// The lines a requirement cites, as the report gives them.
    static func lines(_ m: RequirementMatch) -> [Int] { m.evidence.map { $0.line ?? $0.evidence.source.start.line } }
}
