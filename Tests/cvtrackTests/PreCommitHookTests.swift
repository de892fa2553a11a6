import Foundation
import Testing

/// The real hook, installed with `cvtrack hooks install`, in a real repository: `git commit` is blocked when
/// the staged CV has an end date before its start date, and goes through once it is fixed, however the
/// commit is made.
@Suite struct PreCommitHookTests {
    static let good = """
        # Ada Lovelace

        ## Experience

        ### Analytical Engines

        **Programmer** • Jun 2018 – Present

        - Wrote the first published program.

        ### Babbage & Co

        **Translator** • Jan 2015 – May 2018

        - Translated Menabrea's paper.

        """
    static let bad = good.replacingOccurrences(of: "Jan 2015 – May 2018", with: "Jan 2015 – May 2014")

    enum Way: String, CaseIterable, Sendable { case plain, all, path, partial, worktree }

    static func repository() throws -> Sandbox {
        let s = try Sandbox()
        try s.write("cv.md", good)
        try s.write("notes.txt", "not a CV\n")
        try s.commitAll("first")
        let r = try s.cvtrack(["hooks", "install"])
        guard r.status == 0 else { throw SandboxError("hooks install: \(r.stderr)") }
        return s
    }

    static func commit(_ s: Sandbox, _ way: Way, message: String) throws -> RunResult {
        var env = Sandbox.gitEnvironment
        env["PATH"] = "/usr/bin:/bin"
        switch way {
        case .plain, .partial, .worktree: return try Sandbox.run("/usr/bin/git", ["commit", "-q", "-m", message], in: s.path, environment: env)
        case .all: return try Sandbox.run("/usr/bin/git", ["commit", "-q", "-a", "-m", message], in: s.path, environment: env)
        case .path: return try Sandbox.run("/usr/bin/git", ["commit", "-q", "-m", message, "--", "cv.md"], in: s.path, environment: env)
        }
    }

    @Test(arguments: [Way.plain, .all, .path])
    func badEndDateBlocksTheCommitAndTheFixGoesThrough(_ way: Way) throws {
        let s = try Self.repository()
        try s.write("cv.md", Self.bad)
        if way == .plain { try s.git("add", "cv.md") }
        let blocked = try Self.commit(s, way, message: "bad")
        #expect(blocked.status != 0, "the commit must be blocked")
        #expect(blocked.stderr.contains("date-order") || blocked.out.contains("date-order"), "\(blocked.stderr)")
        #expect(try s.git("rev-list", "--count", "HEAD") == "1\n")
        try s.write("cv.md", Self.good.replacingOccurrences(of: "Wrote the first", with: "Wrote, in 2019, the first"))
        if way == .plain { try s.git("add", "cv.md") }
        let fixed = try Self.commit(s, way, message: "fixed")
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(try s.git("rev-list", "--count", "HEAD") == "2\n")
    }

    /// Partial staging: the hook judges what is staged, not the working tree.
    @Test func partialStagingIsJudgedByTheStagedContent() throws {
        let s = try Self.repository()
        // Stage the bad date, then fix it only in the working tree: the commit must be blocked.
        try s.write("cv.md", Self.bad)
        try s.git("add", "cv.md")
        try s.write("cv.md", Self.good)
        #expect(try Self.commit(s, .plain, message: "staged bad").status != 0)
        // The other way round: a good staged version with a bad working tree goes through.
        try s.write("cv.md", Self.good.replacingOccurrences(of: "Translated", with: "Translated and annotated"))
        try s.git("add", "cv.md")
        try s.write("cv.md", Self.bad)
        let r = try Self.commit(s, .plain, message: "staged good")
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func linkedWorktreeRunsTheHookToo() throws {
        let s = try Self.repository()
        try s.git("worktree", "add", "-q", "-b", "side", "wt")
        try s.write("wt/cv.md", Self.bad)
        var env = Sandbox.gitEnvironment
        env["PATH"] = "/usr/bin:/bin"
        let r = try Sandbox.run("/usr/bin/git", ["commit", "-q", "-a", "-m", "bad in worktree"], in: s.path + "/wt", environment: env)
        #expect(r.status != 0)
        #expect(r.stderr.contains("date-order") || r.out.contains("date-order"))
    }

    @Test func installRefusesAForeignHookUnlessForcedOrChained() throws {
        let s = try Sandbox()
        try s.writeExecutable(".git/hooks/pre-commit", "#!/bin/sh\necho mine > \"$(git rev-parse --git-dir)/ran-mine\"\n")
        let refused = try s.cvtrack(["hooks", "install"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--chain") && refused.stderr.contains("--force"))
        #expect(try s.cvtrack(["hooks", "install", "--chain"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: s.path + "/.git/hooks/pre-commit.cvtrack-chained"))
        try s.write("cv.md", Self.good)
        try s.git("add", "cv.md")
        var env = Sandbox.gitEnvironment
        env["PATH"] = "/usr/bin:/bin"
        let r = try Sandbox.run("/usr/bin/git", ["commit", "-q", "-m", "chained"], in: s.path, environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: s.path + "/.git/ran-mine"), "the previous hook ran first")
        #expect(try s.cvtrack(["hooks", "uninstall"]).status == 0)
        #expect(String(decoding: try s.read(".git/hooks/pre-commit"), as: UTF8.self).contains("echo mine"))
    }

    @Test func hooksPathIsHonoured() throws {
        let s = try Sandbox()
        try s.git("config", "core.hooksPath", "githooks")
        #expect(try s.cvtrack(["hooks", "install"]).status == 0)
        #expect(FileManager.default.isExecutableFile(atPath: s.path + "/githooks/pre-commit"))
        #expect(!FileManager.default.fileExists(atPath: s.path + "/.git/hooks/pre-commit"))
    }

    @Test func missingCvtrackBlocksWithAClearMessage() throws {
        let s = try Sandbox()
        var script = String(decoding: try Data(contentsOf: Sandbox.samples.deletingLastPathComponent().appendingPathComponent("hooks/pre-commit")), as: UTF8.self)
        script = script.replacingOccurrences(of: "@CVTRACK@", with: "/nonexistent/cvtrack")
        try s.writeExecutable(".git/hooks/pre-commit", script)
        try s.write("cv.md", Self.good)
        try s.git("add", "cv.md")
        var env = Sandbox.gitEnvironment
        env["PATH"] = "/usr/bin:/bin"
        let r = try Sandbox.run("/usr/bin/git", ["commit", "-q", "-m", "x"], in: s.path, environment: env)
        #expect(r.status != 0)
        #expect(r.stderr.contains("cvtrack is not installed") && r.stderr.contains("--no-verify"))
    }

    @Test func builtInHookIsTheShippedScript() throws {
        let shipped = try String(contentsOf: Sandbox.samples.deletingLastPathComponent().appendingPathComponent("hooks/pre-commit"), encoding: .utf8)
        let s = try Sandbox()
        #expect(try s.cvtrack(["hooks", "install"]).status == 0)
        let installed = String(decoding: try s.read(".git/hooks/pre-commit"), as: UTF8.self)
        #expect(installed == shipped.replacingOccurrences(of: "@CVTRACK@", with: Sandbox.cvtrackBinary))
    }
}
