import CVGit
import Foundation
import Testing

@Suite("Branches, tags, references and config")
struct ReferenceTests {
    static func taggedRepository() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.git("config", "user.name", "Tagger")
        try sandbox.git("config", "user.email", "tagger@example.com")
        for step in 1...3 {
            try sandbox.write("cv.md", "v\(step)\n")
            try sandbox.commitAll("c\(step)")
        }
        for branch in ["tailored/acme", "tailored/globex/2024", "tailoredX", "tailored-old", "zeta"] {
            try sandbox.git("branch", branch, "HEAD~1")
        }
        try sandbox.git("tag", "light", "HEAD~2")
        try sandbox.git("tag", "-a", "cv/v1", "-m", "First CV\n\nWith a body.", "HEAD~1")
        try sandbox.git("tag", "-a", "cv/v2", "-m", "Second CV", "HEAD")
        return sandbox
    }

    @Test func branchesUnderAPrefixMatchForEachRef() throws {
        let sandbox = try Self.taggedRepository()
        let repository = try sandbox.open()
        for prefix in ["", "tailored", "tailored/", "tailored/globex", "nothing"] {
            let pattern = prefix.isEmpty ? "refs/heads" : "refs/heads/" + prefix
            let expected = try sandbox.git("for-each-ref", "--format=%(refname:short) %(objectname)", pattern).lines
            let actual = try repository.branches(prefix: prefix).map { "\($0.name) \($0.target.hex)" }
            #expect(actual == expected, "prefix '\(prefix)'")
        }
        #expect(try repository.branches(prefix: "tailored").map(\.name) == ["tailored/acme", "tailored/globex/2024"])
        #expect(try repository.branches(prefix: "tailored").first?.referenceName == "refs/heads/tailored/acme")
    }

    @Test func tagsMatchForEachRefAndAnnotatedTagsAreCreated() throws {
        let sandbox = try Self.taggedRepository()
        let repository = try sandbox.open()
        let head = try repository.resolveCommit("HEAD~2")
        let created = try repository.createAnnotatedTag(name: "cv/v0", target: head, message: "Oldest CV\n\n")
        #expect(try sandbox.git("cat-file", "-t", "cv/v0").trimmed == "tag")
        #expect(try sandbox.revParse("cv/v0") == created.hex)
        #expect(try sandbox.revParse("cv/v0^{commit}") == head.hex)
        #expect(try sandbox.git("tag", "-l", "--format=%(contents)", "cv/v0").text == "Oldest CV\n\n")
        #expect(
            try sandbox.git("tag", "-l", "--format=%(taggername) %(taggeremail)", "cv/v0").trimmed
                == "Tagger <tagger@example.com>")
        #expect(try sandbox.fsck().status == 0)

        let format = "%(refname:short)|%(objectname)|%(*objectname)|%(objecttype)"
        for prefix in ["", "cv"] {
            let expected = try sandbox.git(
                "for-each-ref", "--format=\(format)", prefix.isEmpty ? "refs/tags" : "refs/tags/cv"
            )
            .lines
            let actual = try repository.tags(prefix: prefix).map { tag in
                tag.isAnnotated
                    ? "\(tag.name)|\(tag.tagObject!.hex)|\(tag.target.hex)|tag"
                    : "\(tag.name)|\(tag.target.hex)||commit"
            }
            #expect(actual == expected, "prefix '\(prefix)'")
        }
        let tags = try repository.tags()
        let v1 = try #require(tags.first { $0.name == "cv/v1" })
        #expect(v1.message == "First CV\n\nWith a body.\n")
        #expect(v1.tagger?.name == "Test Committer")
        #expect(v1.referenceName == "refs/tags/cv/v1")
        let light = try #require(tags.first { $0.name == "light" })
        #expect(!light.isAnnotated && light.message == nil && light.tagger == nil)

        // An existing tag, or a bad name, fails cleanly without writing anything.
        let objects = try sandbox.objectCounts()
        let exists = try #require(throws: GitError.self) {
            try repository.createAnnotatedTag(name: "cv/v1", target: head, message: "again")
        }
        #expect(exists.kind == .alreadyExists)
        #expect(exists.description == "tag 'cv/v1' already exists")
        for name in ["bad name", "a..b", "-x", "x.lock", ""] {
            let invalid = try #require(throws: GitError.self) {
                try repository.createAnnotatedTag(name: name, target: head, message: "m")
            }
            #expect(invalid.kind == .invalidName)
        }
        #expect(try sandbox.objectCounts() == objects)
    }

    @Test func referencesResolveLikeRevParse() throws {
        let sandbox = try Self.taggedRepository()
        let repository = try sandbox.open()
        for name in ["HEAD", "main", "refs/heads/main", "tailored/acme", "light", "cv/v1", "refs/tags/cv/v2"] {
            #expect(try repository.reference(named: name)?.hex == sandbox.revParse(name), "\(name)")
        }
        for name in ["nope", "refs/heads/nope", "bad name", "a..b"] {
            #expect(try repository.reference(named: name) == nil, "\(name)")
        }
        #expect(repository.headBranchName == "main")
        try sandbox.git("checkout", "-q", "--detach", "HEAD")
        #expect(repository.headBranchName == nil)
    }

    @Test func configIsReadAndWrittenInTheRepository() throws {
        let sandbox = try GitSandbox()
        let repository = try sandbox.open()
        try repository.setConfigString("diff.cvtrack.textconv", "cvtrack textconv")
        #expect(try sandbox.git("config", "--local", "--get", "diff.cvtrack.textconv").trimmed == "cvtrack textconv")
        try sandbox.git("config", "cvtrack.format", "markdown")
        #expect(try repository.configString("cvtrack.format") == "markdown")
        #expect(try repository.configString("diff.cvtrack.textconv") == "cvtrack textconv")
        #expect(try repository.configString("cvtrack.missing") == nil)
        let invalid = try #require(throws: GitError.self) { try repository.setConfigString("nodot", "x") }
        #expect(invalid.kind == .invalidName)
    }

    @Test func branchNamesAgreeWithGitCheckRefFormat() throws {
        let sandbox = try GitSandbox()
        for name in ["ok/name", "x.lock", "a..b", "with space", "feature/ü", "trailing.", "a/b.lock/c", "@", "a@{x"] {
            let git = try sandbox.git(["check-ref-format", "--branch", name], allowFailure: true)
            #expect(Repository.isValidBranchName(name) == (git.status == 0), "\(name)")
        }
    }
}
