import CVGit
import Foundation
import Testing

/// `Repository.openFromEnvironment()` reads GIT_DIR, GIT_INDEX_FILE, GIT_WORK_TREE … from the process
/// environment, so each case runs in its own child process (an exit test) and sets them there.
@Suite("Opening from the git environment (hooks)")
struct EnvironmentTests {
    /// `cv.md` is `- HEAD` in HEAD and `.git/index`, and `- ALT` in the index file `.git/alt-index`
    /// (what `git commit -a` hands its pre-commit hook as GIT_INDEX_FILE).
    static func repositoryWithAlternateIndex() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.write("cv.md", "- HEAD\n")
        try sandbox.commitAll("first")
        try FileManager.default.copyItem(atPath: sandbox.path + "/.git/index", toPath: sandbox.path + "/.git/alt-index")
        try sandbox.write("cv.md", "- ALT\n")
        try sandbox.git("add", "cv.md", environment: ["GIT_INDEX_FILE": sandbox.path + "/.git/alt-index"])
        #expect(try sandbox.git("show", ":cv.md").text == "- HEAD\n")
        return sandbox
    }

    @Test func honoursGitDirAndGitIndexFile() async throws {
        let sandbox = try Self.repositoryWithAlternateIndex()
        let gitDir = sandbox.path + "/.git"
        await #expect(processExitsWith: .success) { [gitDir = gitDir as String] in
            setenv("GIT_DIR", gitDir, 1)
            setenv("GIT_INDEX_FILE", gitDir + "/alt-index", 1)
            let repository = try Repository.openFromEnvironment()
            guard try repository.stagedContents(path: "cv.md") == Array("- ALT\n".utf8) else { exit(1) }
            // Without the environment, libgit2 reads the default index.
            let plain = try Repository.open(at: gitDir)
            guard try plain.stagedContents(path: "cv.md") == Array("- HEAD\n".utf8) else { exit(2) }
            exit(0)
        }
    }

    @Test func searchesFromTheCurrentDirectoryWithoutGitDir() async throws {
        let sandbox = try Self.repositoryWithAlternateIndex()
        try sandbox.write("sub/dir/x.md", "x\n")
        let path = sandbox.path
        await #expect(processExitsWith: .success) { [path = path as String] in
            unsetenv("GIT_DIR")
            unsetenv("GIT_WORK_TREE")
            setenv("GIT_INDEX_FILE", path + "/.git/alt-index", 1)
            guard chdir(path + "/sub/dir") == 0 else { exit(3) }
            let repository = try Repository.openFromEnvironment()
            guard repository.workdir == path else { exit(1) }
            guard try repository.stagedContents(path: "cv.md") == Array("- ALT\n".utf8) else { exit(2) }
            exit(0)
        }
    }

    @Test func honoursGitWorkTree() async throws {
        let sandbox = try Self.repositoryWithAlternateIndex()
        let otherTree = sandbox.root + "/elsewhere"
        try FileManager.default.createDirectory(atPath: otherTree, withIntermediateDirectories: true)
        try Data("- OTHER TREE\n".utf8).write(to: URL(fileURLWithPath: otherTree + "/cv.md"))
        let gitDir = sandbox.path + "/.git"
        await #expect(processExitsWith: .success) { [gitDir = gitDir as String, otherTree = otherTree as String] in
            setenv("GIT_DIR", gitDir, 1)
            setenv("GIT_WORK_TREE", otherTree, 1)
            setenv("GIT_INDEX_FILE", gitDir + "/alt-index", 1)
            let repository = try Repository.openFromEnvironment()
            guard repository.workdir == otherTree else { exit(1) }
            guard try repository.workingTreeContents(path: "cv.md") == Array("- OTHER TREE\n".utf8) else { exit(2) }
            guard try repository.stagedContents(path: "cv.md") == Array("- ALT\n".utf8) else { exit(3) }
            exit(0)
        }
    }

    @Test func notARepositoryFromTheEnvironment() async throws {
        let folder = makeTemporaryDirectory(prefix: "cvgit-env-plain")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        await #expect(processExitsWith: .success) { [folder = folder as String] in
            setenv("GIT_DIR", folder, 1)
            do {
                _ = try Repository.openFromEnvironment()
                exit(1)
            } catch let error as GitError {
                exit(error.kind == .notARepository && error.description.contains(folder) ? 0 : 2)
            }
        }
    }
}
