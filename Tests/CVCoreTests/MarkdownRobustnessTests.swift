import Testing
@testable import CVCore

@Suite("Markdown parser on bad input: finishes fast, never throws for text")
struct MarkdownRobustnessTests {
    /// CPU time (`threadCPUTime`). One second in an optimised build (measured: 2 MB in about 0.7 s, a 13 KB CV
    /// in about 0.9 ms); debug builds run string code 5-10 times slower, so they get more room while still
    /// catching anything quadratic (2 MB read quadratically would take hours). Speed is `make bench`'s job.
    #if DEBUG
    static let limit: Duration = .seconds(20)
    #else
    static let limit: Duration = .seconds(1)
    #endif

    /// Parses and returns the document with the elapsed time.
    func timed(_ text: String) throws -> (CVDocument, Duration) {
        var document: CVDocument?
        let elapsed = try threadCPUTime { document = try MarkdownCVParser().parse(text) }
        return (try #require(document), elapsed)
    }

    @Test func tenThousandNestedListLevelsOnOneLine() throws {
        let text = "## Experience\n\n" + String(repeating: "- ", count: 10_000) + "deep\n"
        let (_, elapsed) = try timed(text)
        #expect(elapsed < Self.limit)
    }

    @Test func tenThousandIndentedListLevels() throws {
        var text = "## Experience\n\n### Acme\nEngineer • 2019 – 2020\n\n"
        for depth in 0..<10_000 { text += String(repeating: "  ", count: depth % 400) + "- item \(depth)\n" }
        let (document, elapsed) = try timed(text)
        #expect(elapsed < Self.limit)
        #expect(document.roles.count == 1)
    }

    @Test func deeplyNestedBlockquotes() throws {
        let text = String(repeating: ">", count: 10_000) + " Engineer at Acme, 2019 - 2020\n"
        let (_, elapsed) = try timed(text)
        #expect(elapsed < Self.limit)
    }

    @Test func deeplyNestedAndUnclosedHTML() throws {
        let text = "## Experience\n\n<div>\n" + String(repeating: "<div><ul><li><dl><dt>", count: 3_000) + "x\n"
        let (document, elapsed) = try timed(text)
        #expect(elapsed < Self.limit)
        #expect(document.notes.contains { $0.kind == .htmlBroken })
    }

    @Test func aTextWithoutCVStructureGivesNoRoles() throws {
        let (document, _) = try timed("Just some words about nothing in particular.\n\nAnd another paragraph.\n")
        #expect(document.roles.isEmpty)
        #expect(document.format == .markdown)
    }

    @Test func garbageAndAnEmptyText() throws {
        var garbage = ""
        var seed: UInt64 = 42
        for _ in 0..<200_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let options: [Character] = ["<", ">", "/", "#", "-", "*", "[", "]", "(", ")", "\n", " ", "a", "1", "&", ";", "|", "`", "!"]
            garbage.append(options[Int(seed >> 33) % options.count])
        }
        let (_, elapsed) = try timed(garbage)
        #expect(elapsed < Self.limit)
        let (empty, _) = try timed("")
        #expect(empty.roles.isEmpty)
    }

    @Test func aTwoMegabyteCV() throws {
        var block = "## Experience\n\n"
        for i in 0..<200 {
            block += "### Company \(i)\n\nSenior Engineer • Jan 2019 – Mar 2020\n\n- Did a thing with Python, Go and Kubernetes.\n- Did another thing.\n\n"
        }
        var text = ""
        while text.utf8.count < 2 * 1024 * 1024 - block.utf8.count { text += block }
        let (document, elapsed) = try timed(text)
        #expect(elapsed < Self.limit)
        #expect(document.roles.count > 1_000)
    }

    @Test func aTypicalCVParsesWellUnderAMillisecondPerKilobyte() throws {
        guard let text = MarkdownTestCorpus.text("corpus/cvs/md-cameronpresley.md") else { return }  // ../shared absent
        _ = try MarkdownCVParser().parse(text)
        let elapsed = try threadCPUTime {
            for _ in 0..<20 { _ = try MarkdownCVParser().parse(text) }
        }
        // A generous bound (shared machine, maybe a debug build) that still catches quadratic behaviour.
        #expect(elapsed / 20 < .milliseconds(20))
    }
}
