import CVGit
import Foundation
import Testing

@Suite("Committing onto a branch without touching the work tree")
struct WritingTests {
    /// A repository with `cv.md` committed, then modified and staged, then modified again (`MM`).
    static func busyRepository() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.git("config", "user.name", "Repo User")
        try sandbox.git("config", "user.email", "repo@example.com")
        try sandbox.write("cv.md", "# CV\n- HEAD\n")
        try sandbox.write("jobs/old.md", "old job\n")
        try sandbox.commitAll("first")
        try sandbox.write("cv.md", "# CV\n- STAGED\n")
        try sandbox.git("add", "cv.md")
        try sandbox.write("cv.md", "# CV\n- WORKTREE\n")
        return sandbox
    }

    /// Bytes of the files a branch commit must not touch, and `git status --porcelain`.
    static func snapshot(_ sandbox: GitSandbox) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in [".git/index", ".git/HEAD", ".git/refs/heads/main", "cv.md"] {
            let bytes: [UInt8] = try #require(sandbox.read(path), "\(path)")
            files[path] = bytes
        }
        files["status"] = try sandbox.git("status", "--porcelain").stdout
        return files
    }

    @Test func commitsOntoABranchLeavingIndexHeadAndWorkTreeAlone() throws {
        let sandbox = try Self.busyRepository()
        let before = try Self.snapshot(sandbox)
        #expect(String(decoding: before["status"]!, as: UTF8.self) == "MM cv.md\n")
        let repository = try sandbox.open()
        let base = try repository.resolveCommit("HEAD")
        let tailored: [UInt8] = Array("# CV\n- tailored for ACME\n".utf8) + [0xFF, 0x0A]

        let first = try repository.commitFiles(
            branch: "tailored/acme", files: ["cv.md": tailored, "jobs/acme.md": Array("ACME job\n".utf8)],
            message: "Tailor for ACME  \n\n\n", base: base,
            trailers: [("Cvtrack-Job", "acme"), ("Cvtrack-Source", "cv.md")])
        #expect(try Self.snapshot(sandbox) == before)
        #expect(try sandbox.fsck().status == 0)
        #expect(try sandbox.revParse("tailored/acme") == first.hex)
        #expect(try sandbox.revParse("tailored/acme^") == base.hex)
        #expect(try sandbox.git("show", "tailored/acme:jobs/acme.md").stdout == Array("ACME job\n".utf8))
        #expect(try sandbox.git("show", "tailored/acme:cv.md").stdout == tailored)
        #expect(try sandbox.git("show", "tailored/acme:jobs/old.md").text == "old job\n")
        #expect(
            try sandbox.git("log", "-1", "--format=%B", "tailored/acme").text
                == "Tailor for ACME\n\nCvtrack-Job: acme\nCvtrack-Source: cv.md\n\n")
        #expect(
            try sandbox.git("log", "-1", "--format=%an <%ae>|%cn <%ce>", "tailored/acme").trimmed
                == "Repo User <repo@example.com>|Repo User <repo@example.com>")
        #expect(try sandbox.git("diff", "--name-only", "main", "tailored/acme").lines == ["cv.md", "jobs/acme.md"])

        // A second commit builds on the first (base is ignored once the branch exists), and can remove files.
        let second = try repository.commitFiles(
            branch: "refs/heads/tailored/acme", files: ["jobs/acme.md": Array("ACME job, v2\n".utf8)],
            removing: ["jobs/old.md"], message: "Second pass", base: base)
        #expect(try sandbox.revParse("tailored/acme^") == first.hex)
        #expect(try repository.commitInfo(second).parents == [first])
        #expect(try sandbox.git("ls-tree", "-r", "--name-only", "tailored/acme").lines == ["cv.md", "jobs/acme.md"])
        #expect(try Self.snapshot(sandbox) == before)
        #expect(try sandbox.fsck().status == 0)
        // Each ref update wrote a reflog entry.
        #expect(
            try sandbox.git("reflog", "show", "--format=%H %gs", "tailored/acme").lines == [
                "\(second.hex) commit: Second pass", "\(first.hex) commit: Tailor for ACME",
            ])
    }

    @Test func fallsBackToACvtrackIdentityWithoutGitUser() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "cv\n")
        try sandbox.commitAll("first")
        let repository = try sandbox.open()
        try repository.commitFiles(
            branch: "x", files: ["a.md": [0x61]], message: "m", base: repository.resolveCommit("HEAD"))
        #expect(try sandbox.git("log", "-1", "--format=%an <%ae>", "x").trimmed == "cvtrack <cvtrack@localhost>")
        // A root commit when there is no base.
        let root = try repository.commitFiles(branch: "orphan", files: ["only.md": [0x6F]], message: "root")
        #expect(try repository.commitInfo(root).parents.isEmpty)
        #expect(try sandbox.git("ls-tree", "--name-only", "orphan").lines == ["only.md"])
        #expect(try sandbox.fsck().status == 0)
    }

    @Test func keepsTheExecutableBitOfAnExistingFile() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("run.sh", "#!/bin/sh\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.path + "/run.sh")
        try sandbox.commitAll("exec")
        #expect(try sandbox.git("ls-tree", "HEAD", "run.sh").text.hasPrefix("100755"))
        let repository = try sandbox.open()
        try repository.commitFiles(
            branch: "t", files: ["run.sh": Array("#!/bin/sh\necho\n".utf8), "new.md": [0x6E]], message: "m",
            base: repository.resolveCommit("HEAD"))
        #expect(try sandbox.git("ls-tree", "t").lines.map { String($0.prefix(6)) } == ["100644", "100755"])
    }

    @Test func concurrentWritersNeverLoseACommit() async throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "cv\n")
        try sandbox.commitAll("first")
        let base = try ObjectID(sandbox.revParse("HEAD"))
        let path = sandbox.path
        let perWriter = 15

        /// One writer on its own thread with its own Repository; returns (successes, failures).
        func writer(_ name: String) async -> ([ObjectID], [GitError]) {
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    var successes: [ObjectID] = []
                    var failures: [GitError] = []
                    do {
                        let repository = try Repository.open(at: path)
                        for step in 0..<perWriter {
                            do {
                                successes.append(
                                    try repository.commitFiles(
                                        branch: "race", files: ["\(name)/\(step).md": Array("\(name) \(step)\n".utf8)],
                                        message: "\(name) \(step)", base: base))
                            } catch let error as GitError {
                                failures.append(error)
                            }
                        }
                    } catch {
                        Issue.record("cannot open: \(error)")
                    }
                    continuation.resume(returning: (successes, failures))
                }
                thread.start()
            }
        }

        async let a = writer("a")
        async let b = writer("b")
        let (resultA, resultB) = await (a, b)
        let succeeded = resultA.0 + resultB.0
        let failed = resultA.1 + resultB.1
        let reachable = Set(try sandbox.git("rev-list", "race").lines)
        for id in succeeded { #expect(reachable.contains(id.hex), "lost commit \(id)") }
        #expect(reachable.count == succeeded.count + 1)
        for error in failed {
            #expect([.concurrentUpdate, .locked].contains(error.kind), "\(error)")
            #expect(error.description.contains("race"))
        }
        #expect(succeeded.count + failed.count == 2 * perWriter)
        #expect(succeeded.count >= perWriter)
        #expect(try sandbox.fsck().status == 0)
        // Every successful commit's file is on the branch.
        let files = Set(try sandbox.git("ls-tree", "-r", "--name-only", "race").lines)
        #expect(files.count == succeeded.count + 1)
    }

    static let invalidBranchNames = [
        "../../x", "a..b", "x.lock", "with space", "ctl\u{01}char", "tab\tname", "del\u{7f}", "", "HEAD", "-x", "a//b",
        "x/", "/x", "a~b", "a^b", "a:b", "a?b", "a*b", "a[b", "a\\b", ".hidden", "x.", "a/.b", "a@{b", "refs/heads/",
    ]

    @Test func invalidBranchNamesAreRejectedBeforeWritingAnything() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "cv\n")
        try sandbox.commitAll("first")
        let repository = try sandbox.open()
        let base = try repository.resolveCommit("HEAD")
        let objects = try sandbox.objectCounts()
        for name in Self.invalidBranchNames {
            #expect(!Repository.isValidBranchName(name), "\(name)")
            let error = try #require(throws: GitError.self, "\(name)") {
                try repository.commitFiles(
                    branch: name, files: ["new.md": Array("new\n".utf8)], message: "m", base: base)
            }
            #expect(error.kind == .invalidName, "\(name)")
            #expect(error.description.contains("is not a valid branch name"))
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
            if !name.isEmpty && name != "HEAD" && name != "refs/heads/" {
                let git = try sandbox.git(["check-ref-format", "--branch", name], allowFailure: true)
                #expect(git.status != 0, "git accepts '\(name)'")
            }
        }
        for name in ["tailored/acme", "refs/heads/x", "feature-1.2", "ünïcode", "a.b/c_d"] {
            #expect(Repository.isValidBranchName(name), "\(name)")
        }
        // Bad paths and trailers are refused before writing too.
        for path in ["../x", "/abs", ".git/config", "a//b", "a/./b", ""] {
            let error = try #require(throws: GitError.self, "\(path)") {
                try repository.commitFiles(
                    branch: "ok", files: [path: [0x61], "fine.md": [0x62]], message: "m", base: base)
            }
            #expect(error.kind == .invalidName)
        }
        let badTrailer = try #require(throws: GitError.self) {
            try repository.commitFiles(
                branch: "ok", files: ["a.md": [0x61]], message: "m", base: base, trailers: [("Bad Key", "v")])
        }
        #expect(badTrailer.kind == .invalidArgument)
        let emptyMessage = try #require(throws: GitError.self) {
            try repository.commitFiles(branch: "ok", files: ["a.md": [0x61]], message: "  \n", base: base)
        }
        #expect(emptyMessage.description == "empty commit message")
        #expect(throws: GitError.self) {
            try repository.commitFiles(branch: "ok", files: ["a": [0x61], "a/b.md": [0x62]], message: "m", base: base)
        }
        let missing = try #require(throws: GitError.self) {
            try repository.commitFiles(branch: "ok", files: [:], removing: ["nope.md"], message: "m", base: base)
        }
        #expect(missing.kind == .pathNotFound)
        #expect(try sandbox.objectCounts() == objects)
        #expect(try repository.branches().map(\.name) == ["main"])
    }

    @Test func aLockedRefGivesAClearErrorAndLeavesTheRepositoryClean() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "cv\n")
        try sandbox.commitAll("first")
        try sandbox.git("branch", "x")
        let repository = try sandbox.open()
        let base = try repository.resolveCommit("HEAD")
        for branch in ["x", "new"] {
            let lock = sandbox.path + "/.git/refs/heads/\(branch).lock"
            _ = FileManager.default.createFile(atPath: lock, contents: Data())
            let objects = try sandbox.objectCounts()
            let error = try #require(throws: GitError.self) {
                try repository.commitFiles(branch: branch, files: ["a.md": [0x61]], message: "m", base: base)
            }
            #expect(error.kind == .locked)
            #expect(error.isLocked)
            #expect(error.description.contains("refs/heads/\(branch).lock"))
            #expect(error.description.contains("another git process"))
            #expect(try sandbox.objectCounts() == objects)
            #expect(try sandbox.fsck().status == 0)
            try FileManager.default.removeItem(atPath: lock)
        }
        #expect(try sandbox.revParse("x") == base.hex)
        try repository.commitFiles(branch: "x", files: ["a.md": [0x61]], message: "after the lock", base: base)
        #expect(try sandbox.revParse("x^") == base.hex)
    }

    @Test func refusesTheCheckedOutBranchAndRefNameClashes() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "cv\n")
        try sandbox.commitAll("first")
        try sandbox.git("branch", "tailored/acme")
        let repository = try sandbox.open()
        let base = try repository.resolveCommit("HEAD")
        let objects = try sandbox.objectCounts()
        let checkedOut = try #require(throws: GitError.self) {
            try repository.commitFiles(branch: "main", files: ["a.md": [0x61]], message: "m")
        }
        #expect(checkedOut.kind == .branchCheckedOut)
        #expect(checkedOut.description.contains("'main'"))
        for name in ["tailored", "tailored/acme/extra"] {
            let clash = try #require(throws: GitError.self) {
                try repository.commitFiles(branch: name, files: ["a.md": [0x61]], message: "m", base: base)
            }
            #expect(clash.kind == .invalidName, "\(name)")
            #expect(clash.description.contains("cannot create branch '\(name)'"))
        }
        let badBase = try #require(throws: GitError.self) {
            try repository.commitFiles(
                branch: "new", files: ["a.md": [0x61]], message: "m", base: ObjectID(String(repeating: "ab", count: 20))
            )
        }
        #expect(badBase.kind == .badRevision)
        #expect(try sandbox.objectCounts() == objects)
    }
}
