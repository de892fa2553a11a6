import Foundation
import Testing

/// `cvtrack log` reads versions in runs, one per core, each through its own parse memo, while `cvtrack diff`
/// reads two versions through the process's memo: on a long history of small edits (lines inserted, removed,
/// reworded, moved, blank lines that shift everything below), every commit's changes in the log must be the
/// changes `diff` finds between the commit and its parent.
@Suite struct LogDiffAgreementTests {
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static func changes(_ json: Any?) -> [String] {
        ((json as? [[String: Any]]) ?? []).map { c in
            ["kind", "subject", "old", "new", "oldLines", "newLines", "similarity"].map { "\(c[$0] ?? "-")" }.joined(separator: " | ")
        }
    }

    @Test func everyCommitOfTheLogIsTheDiffWithItsParent() throws {
        let s = try Sandbox()
        var lines = try String(contentsOf: Sandbox.samples.appendingPathComponent("cv.md"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try s.write("cv.md", lines.joined(separator: "\n"))
        #expect(try s.cvtrack("track", "cv.md").status == 0)
        try s.commitAll("First version")
        var random = Random(state: 7)
        let commits = 48
        for n in 1...commits {
            let before = lines
            let bullets = lines.indices.filter { lines[$0].hasPrefix("- ") }
            let at = bullets[random.next(bullets.count)]
            switch n % 6 {
            case 0: lines[at] += " Measured weekly."
            case 1: lines.insert("- Ran the on-call rota for \(n) engineers.", at: at)
            case 2: lines.remove(at: at)
            case 3: lines.insert("", at: random.next(lines.count))  // shifts every line below
            case 4: lines.swapAt(at, bullets[random.next(bullets.count)])
            default: lines[at] = lines[at].replacingOccurrences(of: "the", with: "our")
            }
            if lines == before { lines[at] += " Again." }  // every commit changes the file
            try s.write("cv.md", lines.joined(separator: "\n"))
            try s.commitAll("Edit \(n)")
        }
        let log = try s.cvtrack("log", "--no-cache", "--format", "json")
        #expect(log.status == 0, "\(log.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: log.stdout) as? [[String: Any]])
        #expect(entries.count == commits + 1)
        for (k, entry) in entries.enumerated() where k < commits {
            let diff = try s.cvtrack("diff", "--format", "json", "HEAD~\(k + 1)", "HEAD~\(k)")
            #expect(diff.status == 0, "\(diff.stderr)")
            let files = (try JSONSerialization.jsonObject(with: diff.stdout) as? [String: Any])?["files"] as? [[String: Any]]
            let fromDiff = Self.changes(files?.first?["changes"])
            #expect(Self.changes(entry["changes"]) == fromDiff, "HEAD~\(k): \(entry["subject"] ?? "")")
        }
    }
}
