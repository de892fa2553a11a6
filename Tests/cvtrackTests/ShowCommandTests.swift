import Foundation
import Testing

@Suite struct ShowCommandTests {
    /// Bytes that are not UTF-8 and a CRLF line, to prove show passes bytes through untouched.
    static let oddBytes = Data("# CV\r\nRole at Caf".utf8) + Data([0xE9, 0x0A, 0xFF, 0x0A])

    @Test func showIsByteIdenticalToGitShowAtEveryRevision() throws {
        let s = try Sandbox()
        try s.write("cv.md", "# Ada\n\n## Experience\n")
        try s.commitAll("one")
        try s.write("cv.md", Self.oddBytes)
        try s.commitAll("two")
        try s.git("tag", "-a", "v2", "-m", "version two")
        try s.write("cv.md", "# Ada\n\n## Experience\n\n### Acme\n")
        try s.commitAll("three")
        for rev in ["HEAD", "HEAD~1", "HEAD~2", "v2", "main~1"] {
            let mine = try s.cvtrack("show", "\(rev):cv.md")
            #expect(mine.status == 0, "\(rev): \(mine.stderr)")
            #expect(mine.stdout == (try s.gitBytes("show", "\(rev):cv.md")), "\(rev)")
        }
        // A bare revision shows the one tracked CV there.
        #expect(try s.cvtrack("show", "HEAD~1").stdout == Self.oddBytes)
        let short = try s.git("rev-parse", "--short", "HEAD~2").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try s.cvtrack("show", "\(short):cv.md").stdout == (try s.gitBytes("show", "HEAD~2:cv.md")))
    }

    @Test func colonPathShowsTheStagedContentNotTheWorkingTree() throws {
        let s = try Sandbox()
        try s.write("cv.md", "committed\n")
        try s.commitAll("one")
        try s.write("cv.md", "staged\n")
        try s.git("add", "cv.md")
        try s.write("cv.md", "working tree\n")
        #expect(try s.cvtrack("show", ":cv.md").out == "staged\n")
        #expect(try s.cvtrack("show").out == "committed\n")
        #expect(try s.read("cv.md") == Data("working tree\n".utf8))
    }

    @Test(arguments: [
        ("nope", "nope"),
        ("HEAD~99", "HEAD~99"),
        ("HEAD:missing.md", "missing.md"),
        ("main@{bogus", "main@{bogus"),
    ])
    func badRevisionOrPathIsOneLineExitTwo(_ arg: String, _ named: String) throws {
        let s = try Sandbox()
        try s.write("cv.md", "x\n")
        try s.commitAll("one")
        let r = try s.cvtrack("show", arg)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("cvtrack: "))
        #expect(r.stderr.contains(named))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func outsideARepositorySaysSoWithExitTwo() throws {
        let s = try Sandbox(git: false)
        let r = try s.cvtrack("show", "HEAD:cv.md")
        #expect(r.status == 2)
        #expect(r.stderr.contains("not a git repository"))
    }

    @Test func unbornHeadSaysThereAreNoCommits() throws {
        let s = try Sandbox()
        try s.write("cv.md", "x\n")
        try s.git("add", "cv.md")
        let r = try s.cvtrack("show", "HEAD:cv.md")
        #expect(r.status == 2)
        #expect(r.stderr.contains("does not have any commits yet"))
        // The staged file is still readable.
        #expect(try s.cvtrack("show", ":cv.md").out == "x\n")
    }

    @Test func bareRepositoryIsRefusedClearly() throws {
        let s = try Sandbox(git: false)
        try Sandbox.run("/usr/bin/git", ["init", "-q", "--bare", "b.git"], in: s.path, environment: Sandbox.gitEnvironment)
        let r = try s.cvtrack("show", "HEAD:cv.md", cwd: "b.git")
        #expect(r.status == 2)
        #expect(r.stderr.contains("bare"))
    }

    @Test func severalTrackedCVsNeedAPath() throws {
        let s = try Sandbox()
        try s.write("cv.md", "a\n")
        try s.write("resume.json", "{}\n")
        try s.commitAll("one")
        let r = try s.cvtrack("show", "HEAD")
        #expect(r.status == 2)
        #expect(r.stderr.contains("cv.md") && r.stderr.contains("resume.json"))
    }
}
