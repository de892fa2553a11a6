import Foundation
import Testing
@testable import CVCore

/// Golden dumps: the outline (with line numbers) of every CV the project writes itself (samples/), compared
/// with the reviewed dump in Fixtures/golden. A parser change that changes what is read shows here as a
/// readable diff. To accept a reviewed change: `CVTRACK_UPDATE_GOLDEN=1 swift test --filter GoldenDumpTests`.
@Suite struct GoldenDumpTests {
    static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")

    static let samples: [String] = {
        let fm = FileManager.default
        var out: [String] = []
        for dir in ["samples", "samples/history"] {
            let names = (try? fm.contentsOfDirectory(atPath: project.appendingPathComponent(dir).path)) ?? []
            for n in names.sorted() where [".md", ".txt", ".json", ".yaml", ".yml"].contains(where: n.hasSuffix) && !n.hasPrefix("job-") {
                out.append(dir + "/" + n)
            }
        }
        return out
    }()

    @Test(arguments: samples)
    func outlineMatchesTheReviewedDump(_ relative: String) throws {
        let text = try String(contentsOf: Self.project.appendingPathComponent(relative), encoding: .utf8)
        let outline = OutlineRenderer.render(try CVReader.parse(text: text, path: relative))
        let goldenFile = Self.golden.appendingPathComponent(relative.replacingOccurrences(of: "/", with: "__") + ".outline")
        if ProcessInfo.processInfo.environment["CVTRACK_UPDATE_GOLDEN"] == "1" {
            try outline.write(to: goldenFile, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: goldenFile, encoding: .utf8)
        #expect(outline == expected, "outline of \(relative) differs from \(goldenFile.lastPathComponent)")
    }
}
