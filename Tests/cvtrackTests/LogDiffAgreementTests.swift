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

/// A commit that breaks the file (a JSON Resume with a brace missing) and the next that mends it: the broken version
/// is told as unreadable, and the mended one is compared with the last version that could be read, so the log shows
/// what the two commits changed together, not the whole CV as added.
@Suite struct LogPastAnUnreadableVersionTests {
    @Test func theVersionAfterABrokenOneIsComparedWithTheLastOneRead() throws {
        let s = try Sandbox()
        let first = #"{"basics": {"name": "Ada Quill"}, "work": [{"name": "Harbour Tools", "position": "Engineer", "startDate": "2019-01"}]}"#
        let mended = #"{"basics": {"name": "Ada Quill"}, "work": [{"name": "Lantern Works", "position": "Lead Engineer", "startDate": "2023-04"}, "#
            + #"{"name": "Harbour Tools", "position": "Engineer", "startDate": "2019-01", "endDate": "2023-03"}]}"#
        try s.write("resume.json", first)
        #expect(try s.cvtrack("track", "resume.json").status == 0)
        try s.commitAll("First version")
        try s.write("resume.json", String(mended.dropLast(2)))  // a brace and a bracket lost
        try s.commitAll("New job, file broken")
        try s.write("resume.json", mended)
        try s.commitAll("File mended")
        let log = try s.cvtrack("log", "--no-cache", "--format", "json")
        #expect(log.status == 0, "\(log.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: log.stdout) as? [[String: Any]])
        try #require(entries.count == 3)
        let kinds = ((entries[0]["changes"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String }.sorted()
        #expect(kinds == ["role.added", "role.dates"], "\(entries[0])")
        #expect(((entries[1]["changes"] as? [Any]) ?? []).isEmpty)
    }
}

/// `cvtrack log` shares a long history out between runs of versions, each with a memo of its own, and a run
/// that ends early takes half of what another has left: however the work is shared, the log is the same.
@Suite struct LogRunsAgreementTests {
    /// A `git fast-import` stream of `count` commits of the sample CV, each one edit: a reworded, added or
    /// removed bullet, a blank line that shifts every line below, a changed date.
    static func history(_ count: Int) throws -> Data {
        var lines = try String(contentsOf: Sandbox.samples.appendingPathComponent("cv.md"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var random = LogDiffAgreementTests.Random(state: 11)
        var stream = Data()
        for n in 0..<count {
            let bullets = lines.indices.filter { lines[$0].hasPrefix("- ") }
            let at = bullets[random.next(bullets.count)]
            switch n % 5 {
            case 0: lines[at] += " Again \(n)."
            case 1: lines.insert("- Ran the release train for \(n) weeks.", at: at)
            case 2: if bullets.count > 8 { lines.remove(at: at) } else { lines[at] += " Once more." }
            case 3: lines.insert("", at: random.next(lines.count))
            default: lines[at] = lines[at].replacingOccurrences(of: "the", with: "our")
            }
            let text = Data(lines.joined(separator: "\n").utf8)
            let message = Data("Edit \(n)\n".utf8)
            stream += Data("commit refs/heads/main\ncommitter Sam Carter <sam@example.org> \(1_500_000_000 + n * 3600) +0000\n".utf8)
            stream += Data("data \(message.count)\n".utf8) + message
            stream += Data("M 100644 inline cv.md\ndata \(text.count)\n".utf8) + text + Data("\n".utf8)
        }
        return stream + Data("done\n".utf8)
    }

    @Test func oneRunAndSeveralRunsGiveTheSameLog() throws {
        let s = try Sandbox()
        _ = try s.git("init", "-q", "-b", "main")
        let imported = try Sandbox.run("/usr/bin/git", ["fast-import", "--quiet", "--done"], in: s.path, environment: Sandbox.gitEnvironment, stdin: try Self.history(600))
        try #require(imported.status == 0, "\(imported.stderr)")
        _ = try s.git("checkout", "-q", "main")
        try s.write(".cvtrack.yml", "cvs: [cv.md]\n")
        let one = try s.cvtrack("log", "--no-cache", "--format", "json", environment: ["CVTRACK_LOG_RUNS": "1"])
        #expect(one.status == 0, "\(one.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: one.stdout) as? [[String: Any]])
        // One entry per commit that changed the file (an edit that finds nothing to replace changes nothing).
        let changing = try s.git("log", "--format=%H", "--", "cv.md").split(separator: "\n").map(String.init)
        #expect(entries.count == changing.count)
        #expect(entries.count > 500)
        for runs in ["2", "3", "5"] {
            let several = try s.cvtrack("log", "--no-cache", "--format", "json", environment: ["CVTRACK_LOG_RUNS": runs])
            #expect(several.stdout == one.stdout, "\(runs) runs")
        }
        // Written to the cache by several runs, then read from it.
        let first = try s.cvtrack("log", "--format", "json", environment: ["CVTRACK_LOG_RUNS": "4"])
        let cached = try s.cvtrack("log", "--format", "json", environment: ["CVTRACK_LOG_RUNS": "4"])
        #expect(first.stdout == one.stdout)
        #expect(cached.stdout == one.stdout)
        // And each entry is the diff of its commit with the parent, checked on commits across the whole history.
        for k in stride(from: 3, to: entries.count - 1, by: 29) {
            let commit = try #require(entries[k]["commit"] as? String)
            #expect(commit == changing[k])
            let diff = try s.cvtrack("diff", "--format", "json", commit + "~1", commit)
            let files = (try JSONSerialization.jsonObject(with: diff.stdout) as? [String: Any])?["files"] as? [[String: Any]]
            #expect(LogDiffAgreementTests.changes(entries[k]["changes"]) == LogDiffAgreementTests.changes(files?.first?["changes"]), "\(commit)")
        }
        #expect(try s.git("status", "--porcelain").trimmingCharacters(in: .whitespacesAndNewlines) == "?? .cvtrack.yml")
    }
}
