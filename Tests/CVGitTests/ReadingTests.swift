import CVGit
import Foundation
import Testing

@Suite("Reading blobs, the index and the working tree")
struct ReadingTests {
    /// Latin-1 "é", a lone 0xFF, CRLF, a NUL: bytes that must survive untouched.
    static let oddBytes: [UInt8] = Array("# CV\r\nJos".utf8) + [0xE9, 0x20, 0xFF, 0x00, 0x0A] + Array("end\n".utf8)

    @Test func blobAtRevisionIsByteIdenticalToGitShow() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", bytes: Self.oddBytes)
        try sandbox.write("notes/sub/cv.md", bytes: [0xC3, 0x28, 0x0A] + Self.oddBytes)
        try sandbox.commitAll("first")
        try sandbox.git("tag", "-a", "v1", "-m", "first version")
        try sandbox.write("cv.md", "second\n")
        try sandbox.write("notes/sub/cv.md", "second\n")
        try sandbox.commitAll("second")

        let repository = try sandbox.open()
        for path in ["cv.md", "notes/sub/cv.md"] {
            let expected = try sandbox.git("show", "HEAD~1:\(path)").stdout
            #expect(try repository.blob(at: "HEAD~1", path: path) == expected)
            #expect(try repository.blob(revisionPath: "HEAD~1:\(path)") == expected)
            #expect(try repository.blob(at: "v1", path: path) == expected)
            let shortID = String(try sandbox.revParse("HEAD~1").prefix(9))
            #expect(try repository.blob(at: shortID, path: path) == expected)
            #expect(try repository.blob(at: "main", path: path) == Array("second\n".utf8))
        }
        #expect(try repository.blob(at: "HEAD~1", path: "cv.md") == Self.oddBytes)
        let blobID = try ObjectID(sandbox.revParse("HEAD~1:cv.md"))
        #expect(try repository.blobID(commit: repository.resolveCommit("HEAD~1"), path: "cv.md") == blobID)
        #expect(try repository.blobContents(blobID) == Self.oddBytes)
        #expect(try repository.blobID(commit: repository.resolveCommit("HEAD"), path: "absent.md") == nil)
    }

    @Test func stagedWorkingTreeAndHeadAreThreeVersions() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "- HEAD\n")
        try sandbox.commitAll("first")
        try sandbox.write("cv.md", "- STAGED\n")
        try sandbox.git("add", "cv.md")
        let repository = try sandbox.open()
        #expect(try repository.stagedContents(path: "cv.md") == Array("- STAGED\n".utf8))
        // Edits after the repository was opened are seen: the index is re-read each time.
        try sandbox.write("cv.md", "- WORKTREE ONLY\n")
        try sandbox.write("jobs/new.md", "new\n")
        try sandbox.git("add", "jobs/new.md")
        try sandbox.write("cv.md", "- WORKTREE ONLY\n")

        #expect(try repository.blob(at: "HEAD", path: "cv.md") == Array("- HEAD\n".utf8))
        #expect(try repository.stagedContents(path: "cv.md") == sandbox.git("show", ":cv.md").stdout)
        #expect(try repository.stagedContents(path: "cv.md") == Array("- STAGED\n".utf8))
        #expect(try repository.blob(revisionPath: ":cv.md") == Array("- STAGED\n".utf8))
        #expect(try repository.workingTreeContents(path: "cv.md") == Array("- WORKTREE ONLY\n".utf8))
        #expect(try repository.stagedBlobID(path: "cv.md") == ObjectID(sandbox.revParse(":cv.md")))
        #expect(try repository.stagedContents(path: "untracked.md") == nil)
        #expect(try repository.stagedContents(path: "jobs/new.md") == Array("new\n".utf8))
    }

    @Test func workingTreeReadsReturnNilForMissingAndRejectDirectories() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("jobs/acme.md", "acme\n")
        let repository = try sandbox.open()
        #expect(try repository.workingTreeContents(path: "missing.md") == nil)
        #expect(try repository.workingTreeContents(path: "missing/deeper.md") == nil)
        #expect(try repository.workingTreeContents(path: "./jobs/acme.md") == Array("acme\n".utf8))
        let error = try #require(throws: GitError.self) { try repository.workingTreeContents(path: "jobs") }
        #expect(error.kind == .notAFile)
        #expect(error.description.contains("'jobs' is a directory"))
        let escape = try #require(throws: GitError.self) { try repository.workingTreeContents(path: "../outside") }
        #expect(escape.kind == .invalidName)
    }

    @Test func statusMatchesGitStatusPorcelain() throws {
        let sandbox = try GitSandbox()
        for name in ["clean.md", "modified.md", "staged.md", "both.md", "deleted.md", "removed.md"] {
            try sandbox.write(name, "\(name)\n")
        }
        try sandbox.write(".gitignore", "*.log\n")
        try sandbox.commitAll("first")
        try sandbox.write("modified.md", "changed\n")
        try sandbox.write("staged.md", "changed\n")
        try sandbox.git("add", "staged.md")
        try sandbox.write("both.md", "staged\n")
        try sandbox.git("add", "both.md")
        try sandbox.write("both.md", "worktree\n")
        try FileManager.default.removeItem(atPath: sandbox.path + "/deleted.md")
        try sandbox.git("rm", "-q", "removed.md")
        try sandbox.write("added.md", "added\n")
        try sandbox.git("add", "added.md")
        try sandbox.write("untracked/deep/file.md", "u\n")
        try sandbox.write("debug.log", "ignored\n")

        let repository = try sandbox.open()
        #expect(try repository.status(path: "clean.md") == .current)
        #expect(try repository.status(path: "both.md") == [.indexModified, .worktreeModified])
        #expect(try repository.status(path: "staged.md") == .indexModified)
        #expect(try repository.status(path: "modified.md") == .worktreeModified)
        #expect(try repository.status(path: "deleted.md") == .worktreeDeleted)
        #expect(try repository.status(path: "removed.md") == .indexDeleted)
        #expect(try repository.status(path: "added.md") == .indexNew)
        #expect(try repository.status(path: "untracked/deep/file.md") == .untracked)
        #expect(try repository.status(path: "debug.log") == .ignored)
        #expect(try repository.isPathIgnored("debug.log"))
        #expect(try !repository.isPathIgnored("cv.md"))

        var expected: [String: String] = [:]
        for line in try sandbox.git("status", "--porcelain", "--untracked-files=all").lines {
            expected[String(line.dropFirst(3))] = String(line.prefix(2))
        }
        let actual = try repository.statusAll().mapValues(\.porcelain)
        #expect(actual == expected)
        for (path, code) in expected {
            #expect(try repository.status(path: path).porcelain == code, "\(path)")
        }
    }

    @Test func commitInfoMatchesGitLog() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "one\n")
        try sandbox.commitAll("first")
        try sandbox.write("cv.md", "two\n")
        try sandbox.git("add", "cv.md")
        try sandbox.git(
            "commit", "-q", "-m", "Summary line\n\nBody paragraph.\n\nTrailer: yes",
            environment: [
                "GIT_AUTHOR_DATE": "@1700000123 +0200", "GIT_COMMITTER_DATE": "@1700000456 -0530",
                "GIT_AUTHOR_NAME": "Zoë Author",
            ])
        let repository = try sandbox.open()
        let info = try repository.commitInfo(at: "HEAD")
        let fields = try sandbox.git("log", "-1", "--format=%H%n%P%n%T%n%an%n%ae%n%at%n%ai%n%cn%n%ce%n%ct%n%ci%n%s")
            .lines
        #expect(info.id.hex == fields[0])
        #expect(info.parents.map(\.hex) == [fields[1]])
        #expect(info.tree.hex == fields[2])
        #expect(info.author.name == fields[3])
        #expect(info.author.email == fields[4])
        #expect(String(info.author.time) == fields[5])
        #expect(fields[6].hasSuffix(info.author.offsetString))
        #expect(info.author.offsetMinutes == 120)
        #expect(info.committer.name == fields[7])
        #expect(info.committer.email == fields[8])
        #expect(String(info.committer.time) == fields[9])
        #expect(fields[10].hasSuffix(info.committer.offsetString))
        #expect(info.committer.offsetMinutes == -330)
        #expect(info.summary == fields[11])
        #expect(info.message == (try sandbox.git("log", "-1", "--format=%B").text).dropLast().description)
        #expect(try repository.commitInfo(info.parents[0]).parents.isEmpty)
    }

    @Test func objectIDParsesAndFormatsHex() throws {
        let hex = "0123456789abcdef0123456789ABCDEF01234567"
        let id = try #require(ObjectID(hex: hex))
        #expect(id.hex == hex.lowercased())
        #expect(id.short == "0123456")
        #expect(id.description == id.hex)
        #expect(id.bytes.count == 20)
        #expect(ObjectID(hex: id.hex) == id)
        #expect(ObjectID(hex: "0123") == nil)
        #expect(ObjectID(hex: String(repeating: "g", count: 40)) == nil)
        #expect(Set([id, ObjectID(hex: hex)!]).count == 1)
    }

    @Test func revisionPathSplitsOutsideBraces() {
        #expect(Repository.splitRevisionPath("HEAD~1:cv.md")! == ("HEAD~1", "cv.md"))
        #expect(Repository.splitRevisionPath("main@{1}:jobs/a.md")! == ("main@{1}", "jobs/a.md"))
        #expect(Repository.splitRevisionPath("HEAD^{/fix: typo}:cv.md")! == ("HEAD^{/fix: typo}", "cv.md"))
        #expect(Repository.splitRevisionPath(":cv.md")! == ("", "cv.md"))
        #expect(Repository.splitRevisionPath("HEAD") == nil)
    }
}
