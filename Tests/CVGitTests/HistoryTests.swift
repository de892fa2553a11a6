import CVGit
import Foundation
import Testing

@Suite("Path history")
struct HistoryTests {
    /// ~30 commits: edits, unrelated commits, and `resume.txt` → `README.txt` → `resume.md` with `git mv`
    /// (one rename also edits the file a little, as people do).
    static func renamedHistory() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        var lines = (1...12).map { "- line \($0) of a long enough CV to be recognised after a rename" }
        func save(_ name: String) throws { try sandbox.write(name, lines.joined(separator: "\n") + "\n") }
        try save("resume.txt")
        try sandbox.write("other.txt", "other\n")
        try sandbox.commitAll("start")
        for step in 1...6 {
            lines[step] += " (edit \(step))"
            try save("resume.txt")
            try sandbox.commitAll("edit resume.txt \(step)")
            try sandbox.write("other.txt", "other \(step)\n")
            try sandbox.commitAll("unrelated \(step)")
        }
        try sandbox.git("mv", "resume.txt", "README.txt")
        try sandbox.commitAll("rename to README.txt")
        for step in 7...11 {
            lines[step] += " (edit \(step))"
            try save("README.txt")
            try sandbox.commitAll("edit README.txt \(step)")
        }
        try sandbox.write("other.txt", "other again\n")
        try sandbox.commitAll("unrelated again")
        try sandbox.git("mv", "README.txt", "resume.md")
        lines[0] = "# Résumé"
        try save("resume.md")
        try sandbox.commitAll("rename to resume.md with a new title")
        for step in 1...5 {
            lines.append("- added \(step)")
            try save("resume.md")
            try sandbox.commitAll("edit resume.md \(step)")
        }
        return sandbox
    }

    @Test func followsRenamesLikeGitLogFollow() throws {
        let sandbox = try Self.renamedHistory()
        let repository = try sandbox.open()
        let expected = try sandbox.git("log", "--follow", "--format=%H", "--", "resume.md").lines
        #expect(expected.count == 19)

        let newestFirst = try repository.history(path: "resume.md")
        #expect(newestFirst.map(\.commit.id.hex) == expected)
        let oldestFirst = try repository.history(path: "resume.md", oldestFirst: true)
        #expect(oldestFirst.map(\.commit.id.hex) == expected.reversed())

        // The path as named in each commit, with its blob.
        let named = try sandbox.git("log", "--follow", "--name-only", "--format=%H", "--", "resume.md").lines
            .filter { !$0.isEmpty && $0.count != 40 }
        #expect(newestFirst.map(\.path) == named)
        for version in newestFirst {
            #expect(version.blobID?.hex == (try sandbox.revParse("\(version.commit.id.hex):\(version.path)")))
        }
        #expect(newestFirst.compactMap(\.renamedFrom) == ["README.txt", "resume.txt"])
        #expect(Set(newestFirst.map(\.path)) == ["resume.md", "README.txt", "resume.txt"])
    }

    @Test func withoutFollowStopsAtTheRename() throws {
        let sandbox = try Self.renamedHistory()
        let repository = try sandbox.open()
        let expected = try sandbox.git("log", "--format=%H", "--", "resume.md").lines
        #expect(try repository.history(path: "resume.md", followRenames: false).map(\.commit.id.hex) == expected)
        let fromOlder = try sandbox.git("log", "--follow", "--format=%H", "HEAD~8", "--", "README.txt").lines
        #expect(try repository.history(path: "README.txt", from: "HEAD~8").map(\.commit.id.hex) == fromOlder)
    }

    @Test func mergesAndDeletionsFollowGitsSimplification() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "v1\n")
        try sandbox.commitAll("v1")
        try sandbox.git("checkout", "-q", "-b", "side")
        try sandbox.write("cv.md", "side edit\n")
        try sandbox.commitAll("side edit (discarded by the merge)")
        try sandbox.git("checkout", "-q", "main")
        try sandbox.write("other.md", "x\n")
        try sandbox.commitAll("unrelated")
        try sandbox.git("merge", "-q", "-s", "ours", "--no-edit", "side")  // keeps main's cv.md
        try sandbox.git("checkout", "-q", "-b", "feature")
        try sandbox.write("cv.md", "feature edit\n")
        try sandbox.commitAll("feature edit")
        try sandbox.git("checkout", "-q", "main")
        try sandbox.write("cv.md", "v1\n\nmain edit\n")
        try sandbox.commitAll("main edit")
        try sandbox.git("merge", "-q", "-X", "ours", "--no-edit", "feature", allowFailure: true)
        try sandbox.write("cv.md", "merged\n")
        try sandbox.commitAll("merge feature with both edits")
        try sandbox.git("rm", "-q", "cv.md")
        try sandbox.commitAll("delete")
        try sandbox.write("cv.md", "reborn\n")
        try sandbox.commitAll("recreate")

        let repository = try sandbox.open()
        let expected = try sandbox.git("log", "--format=%H", "--", "cv.md").lines
        let history = try repository.history(path: "cv.md", followRenames: false)
        #expect(history.map(\.commit.id.hex) == expected)
        #expect(history.filter(\.isDeletion).map(\.commit.summary) == ["delete"])
        #expect(!history.map(\.commit.summary).contains("side edit (discarded by the merge)"))
    }

    /// A file that reads others (a LaTeX CV and its `\input`s): with companions, a commit that changes only one of
    /// them is a version of the file too, like `git log -- main part` over both paths; each version carries the
    /// companions' blobs in its commit, and a commit that changes neither is not listed.
    @Test func companionsMakeTheirChangesVersionsOfTheFile() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv/main.tex", "\\input{part}\n")
        try sandbox.write("cv/part.tex", "one\n")
        try sandbox.commitAll("both")
        try sandbox.write("notes.txt", "x\n")
        try sandbox.commitAll("unrelated")
        try sandbox.write("cv/part.tex", "two\n")
        try sandbox.commitAll("part only")
        try sandbox.write("cv/main.tex", "\\input{part}\nmore\n")
        try sandbox.commitAll("main only")
        try sandbox.write("cv/other.tex", "not read\n")
        try sandbox.commitAll("a file next to it that it does not read")

        let repository = try sandbox.open()
        var asked: [String] = []
        let companions: CompanionFiles = { path, _, files in
            asked.append(path)
            return files.blobID("cv/part.tex") == nil ? [] : ["cv/part.tex"]
        }
        let history = try repository.history(path: "cv/main.tex", companions: companions)
        let expected = try sandbox.git("log", "--format=%H", "--", "cv/main.tex", "cv/part.tex").lines
        #expect(history.map(\.commit.id.hex) == expected)
        #expect(history.map(\.commit.summary) == ["main only", "part only", "both"])
        for version in history {
            #expect(version.companions.map(\.path) == ["cv/part.tex"])
            #expect(version.companions.first?.blobID?.hex == (try sandbox.revParse("\(version.commit.id.hex):cv/part.tex")))
        }
        #expect(!asked.isEmpty)
        // Without companions the walk is the file's alone.
        #expect(try repository.history(path: "cv/main.tex").map(\.commit.summary) == ["main only", "both"])
    }

    /// Opt-in benchmark: `CVTRACK_BENCH_REPO=/path/to/repo CVTRACK_BENCH_PATH=cv.md swift test --filter historyBenchmark`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CVTRACK_BENCH_REPO"] != nil))
    func historyBenchmark() throws {
        let environment = ProcessInfo.processInfo.environment
        let repository = try Repository.open(at: environment["CVTRACK_BENCH_REPO"]!)
        let path = environment["CVTRACK_BENCH_PATH"] ?? "cv.md"
        LibGit2.setStrictHashVerification(false)
        defer { LibGit2.setStrictHashVerification(true) }
        let clock = ContinuousClock()
        var versions: [PathVersion] = []
        let elapsed = try clock.measure { versions = try repository.history(path: path) }
        print("history(\(path)): \(versions.count) versions in \(elapsed)")
        let expected = try runGit(
            ["log", "--follow", "--format=%H", "--", path], in: repository.workdir ?? repository.gitDir)
        #expect(versions.map(\.commit.id.hex) == expected.lines)
    }
}
