import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every command that reads a CV or a job ad, on each input of the bad-input corpus (made at test time in a temporary
/// folder): the documented exit code, one clear line on standard error naming the file when it fails (no crash, no
/// stack trace), within a second of the process's own time (a hang is killed and fails), and nothing written. The
/// spelling word table is built before the first test: its one-time cost is no run's (see `SpellingWarmUp`).
@Suite(.spellingTableWarmed) struct BadInputTests {
    /// CPU seconds one run may take (user + system of the cvtrack process, measured by `wait4`: independent of the load
    /// of the machine; the wall-clock deadline of `BoundedProcess` catches hangs).
    static let cpuLimit = 1.0

    @Test func theCorpusHasAtLeastFiftyInputs() {
        #expect(BadInputCorpus.all.count + BadInputCorpus.hostileTitles.count >= 50)
        #expect(Set(BadInputCorpus.all.map(\.name)).count == BadInputCorpus.all.count, "input names are unique")
    }

    // MARK: Files: parse, validate, export, diff --no-index (no repository)

    @Test(arguments: BadInputCorpus.all)
    func fileCommandsAnswerClearlyAndWriteNothing(_ input: BadInput) throws {
        let s = try Sandbox(git: false)
        try s.write("good.md", BadInputCorpus.goodCV)
        try input.create(in: s.root)
        // Permission bits do not stop root: drop to `nobody` for the unreadable file.
        var prefix: [String] = []
        if case .unreadable = input.make, BoundedProcess.isRoot {
            guard let setpriv = BoundedProcess.setpriv else {
                print("skipped \(input.name): running as root without setpriv, and root reads any file whatever its mode")
                return
            }
            prefix = [setpriv, "--reuid=\(BoundedProcess.nobody.uid)", "--regid=\(BoundedProcess.nobody.gid)", "--clear-groups", "--"]
        }
        let name = input.name
        let commands: [(String, [String])] = [
            ("parse", ["parse", name]),
            ("parse --format json", ["parse", name, "--format", "json"]),
            ("validate", ["validate", name]),
            ("export", ["export", name, "--to", "jsonresume"]),
            ("diff --no-index", ["diff", "--no-index", name, "good.md"]),
            ("diff --no-index (reversed)", ["diff", "--no-index", "good.md", name]),
        ]
        for (label, args) in commands {
            let before = FolderSnapshot(s.path)
            let r = try run(args, in: s.path, prefix: prefix)
            let what = "\(label) \(name)"
            Self.expectBounded(r, what)
            #expect(before.changes(to: FolderSnapshot(s.path)).isEmpty, "\(what) wrote something: \(before.changes(to: FolderSnapshot(s.path)))")
            switch (input.expect, label.hasPrefix("validate")) {
            case (.cv(let validation), true):
                Self.expectValidation(r, validation, what)
            case (.cv, false):
                #expect(r.status == 0, "\(what): \(r.summary)")
            case (.notACV, true), (.notText, true):
                #expect(r.status == 1, "\(what): \(r.summary)")
                #expect(r.out.contains("\(name):") && r.out.contains("[parse-error]"), "\(what) names the file and the rule: \(r.out.prefix(300))")
            case (.notACV, false), (.notText, false), (.unreadable, _):
                Self.expectOneLineFailure(r, naming: name, what)
            }
        }
    }

    // MARK: A repository: track, tailor (the input as the job ad), tailor (the input as the committed CV)

    @Test(arguments: BadInputCorpus.all)
    func repositoryCommandsAnswerClearlyAndTouchOnlyTheirBranch(_ input: BadInput) throws {
        if case .unreadable = input.make, BoundedProcess.isRoot {
            // The file commands test it as `nobody`; here libgit2 would refuse a repository owned by someone else first.
            print("skipped \(input.name) in a repository: running as root, which reads any file whatever its mode")
            return
        }
        // Something staged and something modified, to prove neither moves.
        let (s, outside) = try BadInputCorpus.workingRepository()
        let name = input.name
        let path = try input.create(in: s.root)

        // track: a readable text file is tracked (only .cvtrack.yml is written); anything else is refused.
        do {
            let before = FolderSnapshot(s.path)
            let r = try BoundedProcess.cvtrack(["track", name], in: s.path)
            Self.expectBounded(r, "track \(name)")
            let changes = before.changes(to: FolderSnapshot(s.path))
            switch input.expect {
            case .cv:
                #expect(r.status == 0, "track \(name): \(r.summary)")
                #expect(changes == ["added .cvtrack.yml"], "track \(name) wrote: \(changes)")
                #expect(String(decoding: (try? s.read(".cvtrack.yml")) ?? Data(), as: UTF8.self).contains(name))
            case .notACV:
                // `track --help`: each file must "be readable as a CV".
                Self.expectOneLineFailure(r, naming: name, "track \(name)")
                #expect(changes.isEmpty, "track \(name) wrote: \(changes)")
            case .notText, .unreadable:
                Self.expectOneLineFailure(r, naming: name, "track \(name)")
                #expect(changes.isEmpty, "track \(name) wrote: \(changes)")
            }
            try? FileManager.default.removeItem(atPath: s.path + "/.cvtrack.yml")
        }

        // tailor with the input as the job ad: any text is an ad; bytes that are not text are refused.
        try tailor(["tailor", path, "--dry-run"], in: s, succeeds: input.isJobAd, naming: name, dryRun: true)
        try tailor(["tailor", path], in: s, succeeds: input.isJobAd, naming: name, dryRun: false)

        // tailor with the input as the committed CV (regular files only: the others cannot be committed as a CV).
        guard input.isRegularFile else { return }
        try s.git("add", "--", name)
        try s.git("commit", "-q", "-m", "the input as a CV")
        try s.write("notes.txt", "edited after the commit\n")
        let readable: Bool
        if case .cv = input.expect { readable = true } else { readable = false }
        try tailor(["tailor", outside.path + "/job.md", "--cv", name, "--dry-run"], in: s, succeeds: readable, naming: name, dryRun: true)
        try tailor(["tailor", outside.path + "/job.md", "--cv", name], in: s, succeeds: readable, naming: name, dryRun: false)
        let problems = try RepositoryState.fsckProblems(s.path)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Runs one `tailor` and checks what it wrote: nothing on failure or with --dry-run; otherwise one commit on a branch
    /// under tailored/, with the working tree, index, HEAD and every other ref unchanged.
    func tailor(_ args: [String], in s: Sandbox, succeeds: Bool, naming name: String, dryRun: Bool,
                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let what = args.map { $0.count > 60 ? "…" + $0.suffix(40) : $0 }.joined(separator: " ")
        // The whole folder, .git included, byte for byte: when it is unchanged, so are the refs, HEAD, the index and
        // the status (git's view is checked where something may be written).
        let beforeFiles = FolderSnapshot(s.path)
        let beforeState = succeeds && !dryRun ? try RepositoryState(s.path) : nil
        let r = try BoundedProcess.cvtrack(args, in: s.path)
        Self.expectBounded(r, what, sourceLocation: sourceLocation)
        guard succeeds else {
            Self.expectOneLineFailure(r, naming: name, what, sourceLocation: sourceLocation)
            let changes = beforeFiles.changes(to: FolderSnapshot(s.path))
            #expect(changes.isEmpty, "\(what) wrote \(changes)", sourceLocation: sourceLocation)
            return
        }
        #expect(r.status == 0, "\(what): \(r.summary)", sourceLocation: sourceLocation)
        guard let beforeState else {
            let changes = beforeFiles.changes(to: FolderSnapshot(s.path))
            #expect(changes.isEmpty, "\(what) wrote \(changes)", sourceLocation: sourceLocation)
            return
        }
        let afterState = try RepositoryState(s.path)
        let changes = beforeFiles.changes(to: FolderSnapshot(s.path))
            .filter { !FolderSnapshot.isTailorOutput(String($0.split(separator: " ", maxSplits: 1).last ?? "")) }
        #expect(changes.isEmpty, "\(what) wrote outside its branch: \(changes)", sourceLocation: sourceLocation)
        #expect(afterState.head == beforeState.head && afterState.index == beforeState.index && afterState.status == beforeState.status,
                "\(what) moved HEAD, the index or the working tree", sourceLocation: sourceLocation)
        let before = beforeState.refMap
        let after = afterState.refMap
        let moved = after.filter { before[$0.key] != $0.value }.map(\.key)
        #expect(moved.count == 1 && moved.allSatisfy { $0.hasPrefix("refs/heads/tailored/") }, "refs written: \(moved)", sourceLocation: sourceLocation)
        #expect(before.filter { after[$0.key] != $0.value }.keys.allSatisfy { $0.hasPrefix("refs/heads/tailored/") },
                sourceLocation: sourceLocation)
    }

    // MARK: Hostile job titles

    @Test(arguments: BadInputCorpus.hostileTitles)
    func hostileJobTitleBecomesOneHarmlessBranch(_ title: String) throws {
        let s = try Sandbox()
        try s.write("cv.md", BadInputCorpus.goodCV)
        try s.commitAll("CV")
        let outside = try Sandbox(git: false)
        let ad = "# \(title)\n\n## Requirements\n\n- Kubernetes and Terraform\n- Go\n"
        try outside.write("job.md", ad)
        let job = outside.path + "/job.md"
        try tailor(["tailor", job, "--dry-run"], in: s, succeeds: true, naming: "job.md", dryRun: true)
        for args in [["tailor", job], ["tailor", job, "--name", title]] {
            let before = try RepositoryState(s.path).refMap
            try tailor(args, in: s, succeeds: true, naming: "job.md", dryRun: false)
            let after = try RepositoryState(s.path).refMap
            guard let branch = after.keys.first(where: { before[$0] != after[$0] }) else {
                Issue.record("no branch written for \(title.prefix(40))")
                continue
            }
            // A plain slug: lowercase ASCII letters, digits and single dashes, at most 48 characters.
            let slug = branch.dropFirst("refs/heads/tailored/".count)
            #expect(!slug.isEmpty && slug.count <= 48 && slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" },
                    "slug \(slug) for \(title.prefix(40))")
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--") && !slug.hasSuffix("lock"))
            let check = try Sandbox.run("/usr/bin/git", ["check-ref-format", branch], in: s.path, environment: Sandbox.gitEnvironment)
            #expect(check.status == 0, "\(branch) is a valid ref name")
            // The ad is stored beside the variant, byte for byte.
            let stored = try s.gitBytes("show", "\(branch):jobs/\(slug).md")
            #expect(stored == Data(ad.utf8))
        }
        #expect(try s.git("rev-list", "--count", "main") == "1\n")
        #expect(try RepositoryState.fsckProblems(s.path).isEmpty)
    }

    // MARK: Checks

    func run(_ args: [String], in cwd: String, prefix: [String]) throws -> BoundedRun {
        if prefix.isEmpty { return try BoundedProcess.cvtrack(args, in: cwd) }
        return try BoundedProcess.run(prefix[0], Array(prefix.dropFirst()) + [Sandbox.cvtrackBinary] + args, in: cwd, environment: Sandbox.gitEnvironment)
    }

    /// Not killed by the deadline, not crashed, and within the CPU limit.
    static func expectBounded(_ r: BoundedRun, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!r.timedOut, "\(what) hung: \(r.summary)", sourceLocation: sourceLocation)
        #expect(!r.looksLikeCrash, "\(what) crashed: \(r.summary)", sourceLocation: sourceLocation)
        #expect(r.cpuSeconds < cpuLimit, "\(what) took \(r.cpuSeconds) s of CPU", sourceLocation: sourceLocation)
    }

    /// Exit 2 and one line on standard error, `cvtrack: …`, naming the file.
    static func expectOneLineFailure(_ r: BoundedRun, naming name: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "\(what): \(r.summary)", sourceLocation: sourceLocation)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1 && r.stderr.hasSuffix("\n"), "\(what): one line on stderr, got \(lines.count): \(r.stderr.prefix(400))",
                sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("cvtrack: ") && r.stderr.contains(name), "\(what): \(r.stderr.prefix(400))", sourceLocation: sourceLocation)
    }

    static func expectValidation(_ r: BoundedRun, _ validation: BadInput.Validation, _ what: String) {
        switch validation {
        case .any:
            #expect(r.status == 0 || r.status == 1, "\(what): \(r.summary)")
        case .errors(let rules):
            #expect(r.status == 1, "\(what): \(r.summary)")
            for rule in rules { #expect(r.out.contains("error:") && r.out.contains("[\(rule)]"), "\(what) reports \(rule): \(r.out.prefix(500))") }
        case .errorsNotYetReported(let rules, let because):
            #expect(r.status == 0 || r.status == 1, "\(what): \(r.summary)")
            withKnownIssue(Comment(rawValue: because)) {
                #expect(r.status == 1, "\(what): \(r.summary)")
                for rule in rules { #expect(r.out.contains("[\(rule)]"), "\(what) reports \(rule)") }
            }
        }
    }
}
