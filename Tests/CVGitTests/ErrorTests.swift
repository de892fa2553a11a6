import CVGit
import Foundation
import Testing

@Suite("Clear errors for bad input")
struct ErrorTests {
    @Test func notARepository() throws {
        let folder = makeTemporaryDirectory(prefix: "cvgit-plain")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let opened = try #require(throws: GitError.self) { try Repository.open(at: folder) }
        #expect(opened.kind == .notARepository)
        #expect(opened.description == "not a git repository: '\(folder)'")
        let discovered = try #require(throws: GitError.self) { try Repository.discover(from: folder) }
        #expect(discovered.kind == .notARepository)
        #expect(discovered.description.contains("(or any of the parent directories)"))
        let missing = try #require(throws: GitError.self) { try Repository.open(at: folder + "/does/not/exist") }
        #expect(missing.kind == .notARepository)
        #expect(missing.description.contains("No such file or directory"))
    }

    @Test func discoverSearchesUpward() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("a/b/c.md", "x\n")
        let repository = try Repository.discover(from: sandbox.path + "/a/b")
        let top = try runGit(["rev-parse", "--show-toplevel"], in: sandbox.path).trimmed
        #expect(repository.workdir == top)
        #expect(repository.gitDir == top + "/.git")
        #expect(!repository.isBare)
    }

    @Test func bareRepository() throws {
        let sandbox = try GitSandbox(bare: true)
        let repository = try sandbox.open()
        #expect(repository.isBare)
        #expect(repository.workdir == nil)
        #expect(repository.isHeadUnborn)
        let errors: [GitError] = [
            try #require(throws: GitError.self) { try repository.stagedContents(path: "cv.md") },
            try #require(throws: GitError.self) { try repository.workingTreeContents(path: "cv.md") },
            try #require(throws: GitError.self) { try repository.status(path: "cv.md") },
            try #require(throws: GitError.self) { try repository.statusAll() },
        ]
        for error in errors {
            #expect(error.kind == .bareRepository)
            #expect(error.isBareRepository)
            #expect(
                error.description
                    == "this operation must be run in a work tree: '\(repository.gitDir)' is a bare repository")
        }
    }

    @Test func unbornHead() throws {
        let root = makeTemporaryDirectory(prefix: "cvgit-new")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let repository = try Repository.create(at: root + "/fresh/repo", initialBranch: "main")
        #expect(repository.isHeadUnborn)
        #expect(repository.headBranchName == "main")
        #expect(try runGit(["symbolic-ref", "HEAD"], in: root + "/fresh/repo").trimmed == "refs/heads/main")
        for spec in ["HEAD", "HEAD~1", "@"] {
            let error = try #require(throws: GitError.self) { try repository.resolveCommit(spec) }
            #expect(error.kind == .unbornHead, "\(spec)")
            #expect(error.description.hasPrefix("your current branch 'main' does not have any commits yet"))
        }
        #expect(throws: GitError.self) { try repository.history(path: "cv.md") }
        let blob = try #require(throws: GitError.self) { try repository.blob(at: "HEAD", path: "cv.md") }
        #expect(blob.isUnbornHead)
        #expect(try repository.reference(named: "HEAD") == nil)
        let again = try #require(throws: GitError.self) { try Repository.create(at: root + "/fresh/repo") }
        #expect(again.kind == .alreadyExists)
        let other = try Repository.create(at: root + "/other", initialBranch: "cv/trunk")
        #expect(other.headBranchName == "cv/trunk")
        #expect(throws: GitError.self) { try Repository.create(at: root + "/bad", initialBranch: "a..b") }
    }

    @Test func missingPathAndDirectoryAtARevision() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("jobs/acme.md", "acme\n")
        try sandbox.commitAll("first")
        let repository = try sandbox.open()
        let missing = try #require(throws: GitError.self) { try repository.blob(at: "HEAD", path: "missing.md") }
        #expect(missing.kind == .pathNotFound)
        #expect(missing.isNotFound)
        #expect(missing.description == "path 'missing.md' does not exist in 'HEAD'")
        let viaColon = try #require(throws: GitError.self) { try repository.blob(revisionPath: "main:jobs/nope.md") }
        #expect(viaColon.description == "path 'jobs/nope.md' does not exist in 'main'")
        let directory = try #require(throws: GitError.self) { try repository.blob(at: "HEAD", path: "jobs") }
        #expect(directory.kind == .notAFile)
        #expect(directory.description == "'jobs' is a directory in 'HEAD', not a file")
        let head = try repository.resolveCommit("HEAD")
        #expect(throws: GitError.self) { try repository.blobID(commit: head, path: "jobs") }
        let status = try #require(throws: GitError.self) { try repository.status(path: "nowhere.md") }
        #expect(status.kind == .pathNotFound)
    }

    @Test(arguments: ["nope", "HEAD~99", "main@{bogus", "deadbeef", "nope..main", "main...nope"])
    func badRevision(spec: String) throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "cv\n")
        try sandbox.commitAll("first")
        let repository = try sandbox.open()
        let error = try #require(throws: GitError.self) {
            if spec.contains("..") {
                _ = try repository.resolveRange(spec)
            } else {
                _ = try repository.resolveCommit(spec)
            }
        }
        #expect(error.kind == .badRevision)
        #expect(
            error.description.hasPrefix(
                "ambiguous argument '\(spec)': unknown revision or path not in the working tree"))
        #expect(!error.message.isEmpty)
        #expect(!error.operation.isEmpty)
        #expect(!error.description.contains("\n"))
        // Git refuses it too.
        #expect(try sandbox.git(["rev-parse", "--verify", "-q", spec], allowFailure: true).status != 0)
    }

    @Test func revisionsThatAreNotCommits() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "cv\n")
        try sandbox.commitAll("first")
        let repository = try sandbox.open()
        let blob = try #require(throws: GitError.self) { try repository.resolveCommit("HEAD:cv.md") }
        #expect(blob.kind == .badRevision)
        #expect(blob.description == "'HEAD:cv.md' names a blob, not a commit")
        let single = try #require(throws: GitError.self) { try repository.resolveRange("main") }
        #expect(single.description == "'main' is not a revision range: expected A..B or A...B")
    }

    @Test func resolvesRevisionsLikeGit() throws {
        let sandbox = try GitSandbox()
        for step in 1...3 {
            try sandbox.write("cv.md", "v\(step)\n")
            try sandbox.commitAll("c\(step)")
        }
        try sandbox.git("tag", "light", "HEAD~1")
        try sandbox.git("tag", "-a", "annotated", "-m", "tag message", "HEAD~2")
        let repository = try sandbox.open()
        #expect(try repository.resolveCommit(":/c2").hex == sandbox.revParse("HEAD~1"))
        for spec in ["HEAD", "HEAD~2", "HEAD^", "main", "light", "annotated", "main@{0}"] {
            #expect(try repository.resolveCommit(spec).hex == sandbox.revParse("\(spec)^{commit}"), "\(spec)")
        }
        let short = String(try sandbox.revParse("HEAD~1").prefix(7))
        #expect(try repository.resolveCommit(short).hex == sandbox.revParse("HEAD~1"))
    }

    @Test func rangesWithAMergeBase() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "1\n")
        try sandbox.commitAll("c1")
        try sandbox.write("cv.md", "2\n")
        try sandbox.commitAll("c2")
        try sandbox.git("checkout", "-q", "-b", "feature")
        try sandbox.write("feature.md", "f1\n")
        try sandbox.commitAll("f1")
        try sandbox.write("feature.md", "f2\n")
        try sandbox.commitAll("f2")
        try sandbox.git("checkout", "-q", "main")
        try sandbox.write("cv.md", "3\n")
        try sandbox.commitAll("c3")
        let repository = try sandbox.open()
        let mergeBase = try sandbox.git("merge-base", "main", "feature").trimmed

        let twoDot = try repository.resolveRange("main..feature")
        #expect(twoDot.from.hex == (try sandbox.revParse("main")))
        #expect(twoDot.to.hex == (try sandbox.revParse("feature")))
        #expect(twoDot.mergeBase?.hex == mergeBase)
        #expect(!twoDot.isSymmetric)

        let threeDot = try repository.resolveRange("main...feature")
        #expect(threeDot.from == twoDot.from)
        #expect(threeDot.to == twoDot.to)
        #expect(threeDot.mergeBase?.hex == mergeBase)
        #expect(threeDot.isSymmetric)

        let implicitHead = try repository.resolveRange("feature..")
        #expect(implicitHead.to.hex == (try sandbox.revParse("HEAD")))
        // git rev-parse agrees on the ends.
        let gitEnds = try sandbox.git("rev-parse", "main...feature").lines
        #expect(gitEnds == [threeDot.to.hex, threeDot.from.hex, "^" + mergeBase])

        // Unrelated histories have no merge base.
        let orphan = try repository.commitFiles(branch: "orphan", files: ["o.md": [0x6F]], message: "orphan")
        let unrelated = try repository.resolveRange("main...orphan")
        #expect(unrelated.to == orphan)
        #expect(unrelated.mergeBase == nil)
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give the repository to another user"))
    func repositoryOwnedByAnotherUser() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "cv\n")
        try sandbox.commitAll("first")
        try FileManager.default.createDirectory(atPath: sandbox.path + "/sub", withIntermediateDirectories: true)
        let chown = try Process.run(URL(fileURLWithPath: "/bin/chown"), arguments: ["-R", "65534", sandbox.path])
        chown.waitUntilExit()
        #expect(chown.terminationStatus == 0)

        let error = try #require(throws: GitError.self) { try Repository.discover(from: sandbox.path + "/sub") }
        #expect(error.kind == .ownedByAnotherUser)
        #expect(error.isOwnershipFailure)
        #expect(error.code == -3)
        #expect(error.message == "config value 'safe.directory' was not found")
        #expect(error.description.contains("owned by another user"))
        #expect(error.description.hasSuffix("git config --global --add safe.directory \(sandbox.path)"))

        // The advice works (the tests' global config lives in their own HOME).
        try runGit(["config", "--global", "--add", "safe.directory", sandbox.path], in: sandbox.root)
        #expect(try Repository.discover(from: sandbox.path + "/sub").workdir == sandbox.path)
    }
}
