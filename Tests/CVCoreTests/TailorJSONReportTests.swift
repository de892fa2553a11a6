import Foundation
import Testing
@testable import CVCore

/// `cvtrack tailor JOB --cv CV --dry-run --format json`: one object with the score, each requirement of the ad as
/// written with its kind, verdict and the CV lines that show it, and the whole variant.
struct TailorJSONReportTests {
    static let ad = """
        # Streaming Engineer

        ## Requirements

        - Experience running Kafka streams in production.
        - Dashboards in Prometheus and Grafana.
        - Fluent in Icelandic.
        """

    static func report() throws -> [String: Any] {
        let path = MarkdownTestCorpus.repository + "/samples/cv.md"
        let text = try #require(MarkdownTestCorpus.file(path))
        let document = try CVReader.parse(text: text, path: "cv.md")
        let variant = Tailor.variant(text: text, document: document, job: ad,
                                     options: TailorOptions(referenceYear: 2026))
        let json = TailorJSONRenderer.render(variant.report, variant: variant.text)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    static func requirement(_ report: [String: Any], _ prefix: String) throws -> [String: Any] {
        let all = try #require(report["requirements"] as? [[String: Any]])
        return try #require(all.first { ($0["text"] as? String)?.hasPrefix(prefix) == true })
    }

    static func lines(_ requirement: [String: Any]) -> Set<Int> {
        Set(((requirement["evidence"] as? [[String: Any]]) ?? []).compactMap { $0["line"] as? Int })
    }

    @Test func requirementsAreTheAdsLinesWithTheirKindVerdictAndEvidenceLines() throws {
        let report = try Self.report()
        let score = try #require(report["score"] as? Int)
        #expect((0...100).contains(score))
        // The Kafka stream bullet (line 33 of the sample) shows the first requirement.
        let kafka = try Self.requirement(report, "Experience running Kafka streams")
        #expect(kafka["kind"] as? String == "must-have")
        #expect(kafka["covered"] as? Bool == true)
        #expect(Self.lines(kafka).contains(33))
        // The Prometheus and Grafana bullet (line 41) shows the second; each evidence cites its line's text.
        let dashboards = try Self.requirement(report, "Dashboards in Prometheus and Grafana")
        #expect(dashboards["covered"] as? Bool == true)
        #expect(Self.lines(dashboards).contains(41))
        let evidence = try #require((dashboards["evidence"] as? [[String: Any]])?.first { $0["line"] as? Int == 41 })
        #expect((evidence["text"] as? String)?.contains("Grafana dashboards") == true)
        // Nothing in the CV speaks Icelandic: an honest gap, with no evidence.
        let language = try Self.requirement(report, "Fluent in Icelandic")
        #expect(language["covered"] as? Bool == false)
        #expect(Self.lines(language).isEmpty)
    }

    @Test func theVariantIsInTheSameObject() throws {
        let report = try Self.report()
        let variant = try #require(report["variant"] as? String)
        #expect(variant.contains("Replaced a nightly batch job with a Kafka stream"))
    }
}
