import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Git safety under faults: a stale lock, a read-only `.git`, a full disk, a process killed in the middle of `tailor`.
/// Afterwards the repository passes `git fsck`, no ref points at a missing object, and the user's working tree, index
/// and HEAD are as they were; a command that could not do its work exits 2 with one line saying why. `hooks install`
/// runs under the default deadline: the spelling word table it prepares is built before the first test.
@Suite(.spellingTableWarmed) struct GitFaultTests {
    /// A repository with a committed CV, something staged and something modified, and a job ad outside it.
    struct Fixture {
        let repo: Sandbox
        let outside: Sandbox
        var job: String { outside.path + "/job.md" }

        init(jobAd: String = BadInputCorpus.goodJob) throws {
            (repo, outside) = try BadInputCorpus.workingRepository(jobAd: jobAd)
        }

        /// The working tree (without .git), for "unchanged" checks.
        var workingTree: FolderSnapshot { FolderSnapshot(repo.path) { $0 == ".git" } }
    }

    /// Exit 2, one line `cvtrack: …` that contains each of `words`.
    static func expectClearFailure(_ r: BoundedRun, _ what: String, mentioning words: [String],
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "\(what): \(r.summary)", sourceLocation: sourceLocation)
        #expect(!r.looksLikeCrash && !r.timedOut, "\(what): \(r.summary)", sourceLocation: sourceLocation)
        let lines = r.stderr.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 && r.stderr.hasPrefix("cvtrack: "), "\(what): \(r.stderr)", sourceLocation: sourceLocation)
        for word in words {
            #expect(r.stderr.lowercased().contains(word.lowercased()), "\(what) says \(word): \(r.stderr)", sourceLocation: sourceLocation)
        }
    }

    /// fsck clean, every ref resolvable, HEAD, index and working tree as before.
    static func expectIntact(_ f: Fixture, _ state: RepositoryState, _ tree: FolderSnapshot, _ what: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let problems = try RepositoryState.fsckProblems(f.repo.path)
        #expect(problems.isEmpty, "\(what): \(problems)", sourceLocation: sourceLocation)
        let now = try RepositoryState(f.repo.path)
        #expect(now.head == state.head && now.index == state.index && now.status == state.status, "\(what) moved HEAD, index or status",
                sourceLocation: sourceLocation)
        #expect(tree.changes(to: f.workingTree).isEmpty, "\(what) changed the working tree: \(tree.changes(to: f.workingTree))",
                sourceLocation: sourceLocation)
    }

    // MARK: Locks

    @Test func lockedBranchRefStopsTailorWithOneLineAndWritesNoRef() throws {
        let f = try Fixture()
        try f.repo.write(".git/refs/heads/tailored/x.lock", "")
        let state = try RepositoryState(f.repo.path)
        let tree = f.workingTree
        let r = try BoundedProcess.cvtrack(["tailor", f.job, "--name", "x"], in: f.repo.path)
        Self.expectClearFailure(r, "tailor with tailored/x.lock present", mentioning: ["tailored/x", "lock"])
        #expect(r.wallSeconds < 3, "the lock is waited for briefly, not for ever: \(r.wallSeconds) s")
        #expect(try RepositoryState(f.repo.path).refs == state.refs)
        #expect(FileManager.default.fileExists(atPath: f.repo.path + "/.git/refs/heads/tailored/x.lock"), "someone else's lock is left alone")
        try Self.expectIntact(f, state, tree, "tailor")
        // Another branch is not blocked by that lock.
        let other = try BoundedProcess.cvtrack(["tailor", f.job, "--name", "y"], in: f.repo.path)
        #expect(other.status == 0, "\(other.summary)")
    }

    /// A stale `index.lock` (a git that crashed) does not concern commands that never write the index: like
    /// `git branch`, they work, and they leave the lock and the index alone.
    @Test(arguments: [["tailor", "JOB", "--name", "x"], ["track", "cv.md"], ["hooks", "install"]])
    func lockedIndexIsLeftAloneByCommandsThatDoNotWriteIt(_ command: [String]) throws {
        let f = try Fixture()
        try f.repo.write(".git/index.lock", "someone else's\n")
        let state = try RepositoryState(f.repo.path)
        let index = try f.repo.read(".git/index")
        let r = try BoundedProcess.cvtrack(command.map { $0 == "JOB" ? f.job : $0 }, in: f.repo.path)
        #expect(r.status == 0 && !r.looksLikeCrash, "\(command.joined(separator: " ")): \(r.summary)")
        #expect(try f.repo.read(".git/index.lock") == Data("someone else's\n".utf8))
        #expect(try f.repo.read(".git/index") == index)
        #expect(try RepositoryState(f.repo.path).head == state.head)
        #expect(try RepositoryState.fsckProblems(f.repo.path).isEmpty)
    }

    @Test func lockedBranchRefDoesNotConcernTrackOrHooks() throws {
        let f = try Fixture()
        try f.repo.write(".git/refs/heads/tailored/x.lock", "")
        for command in [["track", "cv.md"], ["hooks", "install"]] {
            let r = try BoundedProcess.cvtrack(command, in: f.repo.path)
            #expect(r.status == 0, "\(command.joined(separator: " ")): \(r.summary)")
        }
        #expect(FileManager.default.fileExists(atPath: f.repo.path + "/.git/refs/heads/tailored/x.lock"))
    }

    // MARK: Read-only .git

    /// `chmod -R a-w .git`, run as a user that permission bits stop (`nobody` through setpriv when the suite runs as root).
    @Test func readOnlyGitDirectoryFailsCleanly() throws {
        let f = try Fixture()
        var prefix: [String] = []
        if BoundedProcess.isRoot {
            guard let setpriv = BoundedProcess.setpriv else {
                print("skipped: running as root (which ignores permission bits) and setpriv is missing to drop to nobody")
                return
            }
            // libgit2 refuses a repository its user does not own: give the sandbox to nobody for the run.
            for dir in [f.repo.path, f.outside.path] {
                try Sandbox.run("/bin/chown", ["-R", "\(BoundedProcess.nobody.uid):\(BoundedProcess.nobody.gid)", dir], in: "/", environment: [:])
            }
            prefix = [setpriv, "--reuid=\(BoundedProcess.nobody.uid)", "--regid=\(BoundedProcess.nobody.gid)", "--clear-groups", "--"]
        }
        defer {
            _ = try? Sandbox.run("/bin/chmod", ["-R", "u+w", f.repo.path + "/.git"], in: "/", environment: [:])
            if BoundedProcess.isRoot {
                for dir in [f.repo.path, f.outside.path] { _ = try? Sandbox.run("/bin/chown", ["-R", "0:0", dir], in: "/", environment: [:]) }
            }
        }
        try Sandbox.run("/bin/chmod", ["-R", "a-w", f.repo.path + "/.git"], in: "/", environment: [:])
        let gitBefore = FolderSnapshot(f.repo.path + "/.git")
        let tree = f.workingTree
        var env = Sandbox.gitEnvironment
        env["HOME"] = f.outside.path
        func run(_ args: [String]) throws -> BoundedRun {
            try BoundedProcess.run(prefix.first ?? Sandbox.cvtrackBinary, Array(prefix.dropFirst()) + (prefix.isEmpty ? [] : [Sandbox.cvtrackBinary]) + args,
                                   in: f.repo.path, environment: env)
        }
        let tailor = try run(["tailor", f.job, "--name", "x"])
        Self.expectClearFailure(tailor, "tailor on a read-only .git", mentioning: [])
        let hooks = try run(["hooks", "install"])
        Self.expectClearFailure(hooks, "hooks install on a read-only .git", mentioning: ["pre-commit"])
        // track writes .cvtrack.yml in the working tree, which is writable: it works.
        let track = try run(["track", "cv.md"])
        #expect(track.status == 0, "\(track.summary)")
        #expect(FolderSnapshot(f.repo.path + "/.git").changes(to: gitBefore).isEmpty, ".git is unchanged")
        #expect(tree.changes(to: f.workingTree) == ["added .cvtrack.yml"], "only .cvtrack.yml was written: \(tree.changes(to: f.workingTree))")
    }

    // MARK: Disk full

    /// `ulimit -f` makes writes past the limit fail with EFBIG (and raise SIGXFSZ, which cvtrack must survive).
    /// Output goes through pipes (not subject to the limit), so cvtrack's message is seen.
    static func underFileSizeLimit(_ blocks: Int, _ args: [String], in dir: String) throws -> RunResult {
        let script = "ulimit -f \(blocks); exec \"$0\" \"$@\""
        return try Sandbox.run("/usr/bin/timeout", ["-s", "KILL", "20", "/bin/sh", "-c", script, Sandbox.cvtrackBinary] + args,
                               in: dir, environment: Sandbox.gitEnvironment)
    }

    @Test(arguments: [0, 8])
    func diskFullDuringTailorFailsCleanly(_ blocks: Int) throws {
        // An ad that does not compress below the limit: its blob cannot be written.
        let letters = Array("abcdefghijklmnopqrstuvwxyz    \n")
        let words = BadInputCorpus.randomBytes(count: 48_000, seed: 7).map { letters[Int($0) % letters.count] }
        let f = try Fixture(jobAd: "# Platform Engineer\n\n## Requirements\n\n- Kubernetes\n\n" + String(words) + "\n")
        let state = try RepositoryState(f.repo.path)
        let tree = f.workingTree
        let objectsBefore = FolderSnapshot(f.repo.path + "/.git/objects")
        let r = try Self.underFileSizeLimit(blocks, ["tailor", f.job, "--name", "x"], in: f.repo.path)
        let run = BoundedRun(status: r.status, signal: nil, stdout: r.stdout, stderr: r.stderr, wallSeconds: 0, cpuSeconds: 0, timedOut: false)
        #expect(r.status != 128 + 25 && r.status != 137, "killed by SIGXFSZ or the timeout: \(r.status)")
        Self.expectClearFailure(run, "tailor with ulimit -f \(blocks)", mentioning: [])
        #expect(["too large", "no space", "cannot write"].contains { r.stderr.lowercased().contains($0) }, "\(r.stderr)")
        #expect(try RepositoryState(f.repo.path).refs == state.refs, "no ref written")
        try Self.expectIntact(f, state, tree, "tailor with ulimit -f \(blocks)")
        // No half-written object is left behind (libgit2 writes a temporary file, then renames it).
        let leftovers = objectsBefore.changes(to: FolderSnapshot(f.repo.path + "/.git/objects")).filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(arguments: [["track", "cv.md"], ["hooks", "install"]])
    func diskFullDuringConfigurationWritesFailsCleanly(_ command: [String]) throws {
        let f = try Fixture()
        let tree = f.workingTree
        let gitBefore = FolderSnapshot(f.repo.path + "/.git")
        let r = try Self.underFileSizeLimit(0, command, in: f.repo.path)
        let run = BoundedRun(status: r.status, signal: nil, stdout: r.stdout, stderr: r.stderr, wallSeconds: 0, cpuSeconds: 0, timedOut: false)
        Self.expectClearFailure(run, "\(command.joined(separator: " ")) with ulimit -f 0", mentioning: ["cannot write"])
        // Nothing half-written: no empty .cvtrack.yml, no empty hook, no temporary file left.
        #expect(tree.changes(to: f.workingTree).isEmpty, "\(tree.changes(to: f.workingTree))")
        #expect(gitBefore.changes(to: FolderSnapshot(f.repo.path + "/.git")).isEmpty, "\(gitBefore.changes(to: FolderSnapshot(f.repo.path + "/.git")))")
    }

    // MARK: Killed mid-tailor

    /// SIGKILL at spread-out moments of a `tailor` run (2 % to 100 % of how long an uninterrupted run takes here): whatever
    /// the moment, the repository is consistent and the user's files are untouched. The branch either does not exist or
    /// holds a complete commit; a later run either works or reports a stale lock in one line.
    @Test func killedTailorLeavesTheRepositoryConsistent() throws {
        let f = try Fixture()
        // How long a whole run takes on this machine now: the quicker of two warm-up runs (the first pays for cold
        // caches), on other branches.
        var full = Double.infinity
        for warmUp in ["warm-up-1", "warm-up-2"] {
            let warm = try BoundedProcess.cvtrack(["tailor", f.job, "--name", warmUp], in: f.repo.path)
            #expect(warm.status == 0, "\(warm.summary)")
            full = min(full, max(warm.wallSeconds, 0.02))
        }
        var killedBeforeTheEnd = 0
        var staleLocks = 0
        var branchWritten = 0
        for fraction in [0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.75, 0.85, 0.9, 0.95, 1.0] {
            let state = try RepositoryState(f.repo.path)
            let tree = f.workingTree
            let r = try BoundedProcess.cvtrack(["tailor", f.job, "--name", "x"], in: f.repo.path, killAfter: full * fraction)
            if r.signal == SIGKILL { killedBeforeTheEnd += 1 }
            try Self.expectIntact(f, state, tree, "tailor killed at \(Int(fraction * 100))%")
            let after = try RepositoryState(f.repo.path).refMap
            #expect(after.keys.allSatisfy { state.refMap[$0] == after[$0] || $0 == "refs/heads/tailored/x" }, "only tailored/x may move")
            if let tip = after["refs/heads/tailored/x"] {
                let cv = try Sandbox.run("/usr/bin/git", ["show", "\(tip):cv.md"], in: f.repo.path, environment: Sandbox.gitEnvironment)
                #expect(cv.status == 0 && !cv.out.isEmpty, "the branch holds a complete commit")
            }
            // A stale lock from the killed run is reported, never ignored; otherwise the next run works.
            let lock = f.repo.path + "/.git/refs/heads/tailored/x.lock"
            let next = try BoundedProcess.cvtrack(["tailor", f.job, "--name", "x"], in: f.repo.path)
            if r.signal == SIGKILL, after["refs/heads/tailored/x"] != state.refMap["refs/heads/tailored/x"] { branchWritten += 1 }
            if FileManager.default.fileExists(atPath: lock) {
                staleLocks += 1
                Self.expectClearFailure(next, "tailor after a kill left \(lock)", mentioning: ["lock"])
                try FileManager.default.removeItem(atPath: lock)
            } else {
                #expect(next.status == 0, "tailor after a kill at \(Int(fraction * 100))%: \(next.summary)")
            }
        }
        // Two moments found by watching the repository rather than the clock: just after the first new object appears
        // (objects written, ref not yet moved), and while the branch's ref lock is held.
        let objects = f.repo.path + "/.git/objects"
        var killedOnEvent: [String] = []
        // Each moment is tried up to four times: a loaded machine may let a run finish between two looks.
        for (moment, watch) in [
            ("after the first new object", { () -> (() -> Bool) in
                // Loose objects are files in fan-out folders (`objects/ab/cdef…`): a new object may land in a folder
                // that already exists, so the files are compared, not the folders.
                func looseObjects() -> Set<String> {
                    var found: Set<String> = []
                    for folder in (try? FileManager.default.contentsOfDirectory(atPath: objects)) ?? [] where folder.count == 2 {
                        for file in (try? FileManager.default.contentsOfDirectory(atPath: objects + "/" + folder)) ?? [] {
                            found.insert(folder + file)
                        }
                    }
                    return found
                }
                let before = looseObjects()
                return { !looseObjects().subtracting(before).isEmpty }
            }),
            ("while the ref is locked", { () -> (() -> Bool) in
                { FileManager.default.fileExists(atPath: f.repo.path + "/.git/refs/heads/tailored/x.lock") }
            }),
        ] as [(String, () -> (() -> Bool))] {
            for attempt in 1...4 where !killedOnEvent.contains(moment) {
                // The ad stored beside the variant gets a line no earlier run had, so that this run writes a new object
                // early (the ad's blob) and not only its commit, just before the ref is locked.
                let ad = try String(contentsOfFile: f.job, encoding: .utf8)
                try (ad + "\n<!-- \(moment), try \(attempt) -->\n").write(toFile: f.job, atomically: true, encoding: .utf8)
                let state = try RepositoryState(f.repo.path)
                let tree = f.workingTree
                let r = try BoundedProcess.cvtrack(["tailor", f.job, "--name", "x"], in: f.repo.path, killWhen: watch())
                if r.signal == SIGKILL { killedOnEvent.append(moment) }
                try Self.expectIntact(f, state, tree, "tailor killed \(moment)")
                let lock = f.repo.path + "/.git/refs/heads/tailored/x.lock"
                if FileManager.default.fileExists(atPath: lock) {
                    staleLocks += 1
                    let next = try BoundedProcess.cvtrack(["tailor", f.job, "--name", "x"], in: f.repo.path)
                    Self.expectClearFailure(next, "tailor after a kill left \(lock)", mentioning: ["lock"])
                    try FileManager.default.removeItem(atPath: lock)
                }
            }
        }
        #expect(killedOnEvent.contains("after the first new object"), "the run was killed after writing an object, before moving the ref")
        #expect(killedBeforeTheEnd >= 3, "most runs were really interrupted (\(killedBeforeTheEnd) of 12)")
        print("tailor killed with SIGKILL: \(killedBeforeTheEnd) of 12 runs interrupted (a full run: \(String(format: "%.3f", full)) s); "
              + "\(branchWritten) had already moved the branch; killed on events: \(killedOnEvent); \(staleLocks) left a stale ref lock")
        #expect(try RepositoryState.fsckProblems(f.repo.path).isEmpty)
    }
}
