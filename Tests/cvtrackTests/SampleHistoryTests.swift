import Foundation
import Testing

/// `cvtrack log` and `cvtrack diff` on the project's sample history (samples/history, one kind of change per
/// commit): exactly the changes a reader sees between the versions, and no others.
@Suite struct SampleHistoryTests {
    static func build() throws -> Sandbox {
        let s = try Sandbox(git: false)
        let r = try Sandbox.run("/bin/bash", [Sandbox.samples.appendingPathComponent("build-history.sh").path, s.path + "/cv"],
                                in: s.path, environment: Sandbox.gitEnvironment)
        guard r.status == 0 else { throw SandboxError("build-history.sh: \(r.stderr)") }
        return s
    }

    /// `kind subject` of every change of each commit, oldest first, from `cvtrack log --format json`.
    static func log(_ s: Sandbox, _ extra: String...) throws -> [(subject: String, changes: [String], entry: [String: Any])] {
        let r = try s.cvtrack(["log", "--reverse", "--format", "json"] + extra, cwd: "cv")
        guard r.status == 0 else { throw SandboxError("cvtrack log: \(r.stderr)") }
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        return json.map { e in
            let changes = (e["changes"] as? [[String: Any]] ?? []).map { "\($0["kind"] ?? "") \($0["subject"] ?? "")" }
            return (e["subject"] as? String ?? "", changes, e)
        }
    }

    @Test func logReportsEachCommitsChangesAndNothingElse() throws {
        let s = try Self.build()
        let entries = try Self.log(s)
        #expect(entries.map(\.subject) == [
            "First CV at Northwind", "Add the Kafka work and skill", "Rename resume.md to cv.md",
            "Promotion to Staff Software Engineer", "Quantify the API bullet; move Redis to Data", "Restyle the lists",
            "Add projects and spoken languages",
        ])
        guard entries.count == 7 else { return }
        #expect(entries[0].entry["first"] as? Bool == true)
        #expect(entries[0].changes.filter { $0.hasPrefix("role.added") }.count == 3)
        #expect(Set(entries[1].changes) == ["bullet.added Northwind Logistics · Senior Software Engineer", "skill.added Kafka"])
        #expect(entries[1].changes.count == 2)
        #expect(entries[2].changes.isEmpty)
        #expect(entries[2].entry["renamedFrom"] as? String == "resume.md")
        #expect(Set(entries[3].changes) == [
            "person.changed label", "summary.changed summary", "role.added Northwind Logistics · Staff Software Engineer",
            "role.dates Northwind Logistics · Senior Software Engineer", "skill.added Kubernetes", "skill.added Argo CD",
        ])
        #expect(entries[3].changes.count == 6)
        #expect(Set(entries[4].changes) == ["bullet.reworded Northwind Logistics · Senior Software Engineer", "skill.moved Redis"])
        #expect(entries[4].changes.count == 2)
        #expect(entries[5].changes.isEmpty, "restyling the lists is layout only")
        // A section that came is one change holding its items (the Languages), not one change an item.
        #expect(Set(entries[6].changes) == [
            "section.added Projects", "section.added Languages", "project.added pgwatch-lite", "project.added dotfiles-doctor",
        ])
        #expect(entries[6].changes.count == 4)
    }

    @Test func logFiltersBySkillWithAliasesAndByRole() throws {
        let s = try Self.build()
        let kafka = try Self.log(s, "--skill", "apache kafka")
        #expect(kafka.map(\.subject) == ["Add the Kafka work and skill"])
        let k8s = try Self.log(s, "--skill", "k8s")
        #expect(k8s.map(\.subject) == ["Promotion to Staff Software Engineer"])
        let redis = try Self.log(s, "--skill", "Redis")
        #expect(redis.map(\.subject) == ["First CV at Northwind", "Quantify the API bullet; move Redis to Data"])
        let brightwave = try Self.log(s, "--role", "brightwave")
        #expect(brightwave.map(\.subject) == ["First CV at Northwind"])
    }

    @Test func diffBetweenRevisionsMatchesTheLogEntry() throws {
        let s = try Self.build()
        let r = try s.cvtrack("diff", "HEAD~3", "HEAD~2", cwd: "cv")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.out.contains("bullet reworded"))
        #expect(r.out.contains("{+Go serving 2,000 requests per second at p99 under 80 ms.+}"))
        #expect(r.out.contains("skill moved") && r.out.contains("Redis: Infrastructure → Data"))
        // A..B means the same; --exit-code says there are changes; a layout-only pair has none.
        #expect(try s.cvtrack("diff", "HEAD~3..HEAD~2", cwd: "cv").out == r.out)
        #expect(try s.cvtrack("diff", "--exit-code", "HEAD~3", "HEAD~2", cwd: "cv").status == 1)
        let layout = try s.cvtrack("diff", "--exit-code", "HEAD~2", "HEAD~1", cwd: "cv")
        #expect(layout.status == 0 && layout.out.isEmpty)
    }

    @Test func diffAcrossTheRenameFollowsTheFile() throws {
        let s = try Self.build()
        let r = try s.cvtrack("diff", "--format", "json", "HEAD~6", "HEAD", "--", "cv.md", cwd: "cv")
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["note"] as? String == "renamed from resume.md")
        let kinds = (file["changes"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(kinds.contains("role.added") && kinds.contains("skill.added") && kinds.contains("project.added"))
        #expect(!kinds.contains("role.removed"))
    }

    @Test func stagedAndWorkingTreeDiffs() throws {
        let s = try Self.build()
        var text = String(decoding: try s.read("cv/cv.md"), as: UTF8.self)
        text = text.replacingOccurrences(of: "**Junior Developer** • Jul 2012", with: "**Graduate Developer** • Jul 2012")
        try s.write("cv/cv.md", text)
        let unstaged = try s.cvtrack("diff", "--format", "json", cwd: "cv")
        #expect(unstaged.out.contains("\"role.retitled\""))
        #expect(try s.cvtrack("diff", "--staged", cwd: "cv").out.isEmpty)
        try Sandbox.run("/usr/bin/git", ["add", "cv.md"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(try s.cvtrack("diff", "--staged", "--format", "json", cwd: "cv").out.contains("\"role.retitled\""))
        #expect(try s.cvtrack("diff", cwd: "cv").out.isEmpty)
    }

    @Test func noIndexComparesTwoFilesOfDifferentFormats() throws {
        let s = try Sandbox(git: false)
        try s.write("a.md", "# Ada\n\n## Experience\n\n### Acme\n\n**Engineer** • Jan 2020 – Present\n\n- Built the thing.\n")
        try s.write("b.json", """
            {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01",
             "highlights": ["Built the thing."]}]}
            """)
        let r = try s.cvtrack("diff", "--no-index", "--exit-code", "a.md", "b.json")
        #expect(r.status == 0, "converting Markdown to JSON Resume is no change: \(r.out) \(r.stderr)")
    }
}

extension Sandbox {
    func cvtrack(_ args: [String], cwd: String? = nil) throws -> RunResult {
        var env = Sandbox.gitEnvironment
        env["NO_COLOR"] = "1"
        return try Sandbox.run(Sandbox.cvtrackBinary, args, in: cwd.map { path + "/" + $0 } ?? path, environment: env)
    }
}

/// `cvtrack init` installs a git diff driver: plain `git diff` prints the semantic diff, `git show` and
/// `git log -p` a content diff (and the semantic one with --ext-diff).
@Suite struct DiffDriverTests {
    @Test func gitDiffPrintsTheSemanticDiffAfterInit() throws {
        let s = try SampleHistoryTests.build()
        let initResult = try s.cvtrack(["init"], cwd: "cv")
        #expect(initResult.status == 0, "\(initResult.stderr)")
        #expect(String(decoding: try s.read("cv/.gitattributes"), as: UTF8.self) == "/cv.md diff=cvtrack\n")
        let diff = try Sandbox.run("/usr/bin/git", ["diff", "HEAD~3", "HEAD~2"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(diff.status == 0)
        #expect(diff.out.contains("skill moved") && diff.out.contains("Redis: Infrastructure → Data"))
        #expect(!diff.out.contains("@@"), "no line diff")
        let show = try Sandbox.run("/usr/bin/git", ["show", "HEAD~2"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(show.out.contains("+  Data: PostgreSQL, Kafka, Redis"))
        let log = try Sandbox.run("/usr/bin/git", ["log", "-p", "--ext-diff", "-1", "HEAD~2"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(log.out.contains("bullet reworded"))
        // A layout-only commit: the driver says so.
        let layout = try Sandbox.run("/usr/bin/git", ["diff", "HEAD~2", "HEAD~1"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(layout.out.contains("layout only"))
        // Uninstall removes both the attributes line and the config.
        #expect(try s.cvtrack(["install-diff-driver", "--uninstall"], cwd: "cv").status == 0)
        #expect(String(decoding: try s.read("cv/.gitattributes"), as: UTF8.self).isEmpty)
        let config = try Sandbox.run("/usr/bin/git", ["config", "--get-regexp", "diff.cvtrack"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(config.out.isEmpty)
    }

    @Test func driverFallsBackToALineDiffForWhatIsNotACV() throws {
        let s = try Sandbox()
        try s.write("cv.json", "{\"basics\": {\"name\": \"Ada\"}}\n")
        try s.commitAll("one")
        #expect(try s.cvtrack(["init"]).status == 0)
        try s.write("cv.json", "{\"basics\": {\"name\": \"Ada\"\n")
        let diff = try Sandbox.run("/usr/bin/git", ["diff"], in: s.path, environment: Sandbox.gitEnvironment)
        #expect(diff.out.contains("cannot read cv.json as a CV"))
        #expect(diff.out.contains("-{\"basics\": {\"name\": \"Ada\"}}"))
    }
}

@Suite struct LogCacheTests {
    @Test func secondRunReadsTheCacheAndSaysTheSame() throws {
        let s = try SampleHistoryTests.build()
        let first = try s.cvtrack(["log", "--format", "json"], cwd: "cv")
        #expect(first.status == 0)
        let cache = s.path + "/cv/.git/cvtrack/log-cache"
        #expect(FileManager.default.fileExists(atPath: cache))
        let second = try s.cvtrack(["log", "--format", "json"], cwd: "cv")
        #expect(second.stdout == first.stdout)
        // The cache is in .git only: git sees no change in the working tree.
        #expect(try Sandbox.run("/usr/bin/git", ["status", "--porcelain"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out.isEmpty)
        // A damaged cache is ignored, never trusted.
        try Data("cvtrack-log-cache 1 garbage\n\u{1}\u{2}\tnot a record\n".utf8).write(to: URL(fileURLWithPath: cache))
        #expect(try s.cvtrack(["log", "--format", "json"], cwd: "cv").stdout == first.stdout)
        var text = try String(contentsOfFile: cache, encoding: .utf8)
        text = text.replacingOccurrences(of: "skill.moved", with: "no.such.kind")
        try text.write(toFile: cache, atomically: true, encoding: .utf8)
        #expect(try s.cvtrack(["log", "--format", "json"], cwd: "cv").stdout == first.stdout)
        #expect(try s.cvtrack(["log", "--no-cache", "--format", "json"], cwd: "cv").stdout == first.stdout)
    }

    @Test func theCachedWalkIsNeverWrongAfterAHistoryRewrite() throws {
        let s = try SampleHistoryTests.build()
        let repo = s.path + "/cv"
        let first = try s.cvtrack(["log"], cwd: "cv")
        #expect(first.status == 0)
        let walk = repo + "/.git/cvtrack/log-walk"
        #expect(FileManager.default.fileExists(atPath: walk))
        #expect(try s.cvtrack(["log"], cwd: "cv").stdout == first.stdout)

        // Rewrite the newest commit's message: the walk from the new HEAD is another walk.
        let git = { (args: [String]) in try Sandbox.run("/usr/bin/git", args, in: repo, environment: Sandbox.gitEnvironment) }
        _ = try git(["commit", "--amend", "-q", "-m", "A rewritten last commit"])
        let rewritten = try s.cvtrack(["log"], cwd: "cv")
        #expect(rewritten.out.contains("A rewritten last commit"))
        #expect(rewritten.stdout == (try s.cvtrack(["log", "--no-cache"], cwd: "cv")).stdout)

        // A damaged walk file is ignored, never trusted.
        try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: walk))
        #expect(try s.cvtrack(["log"], cwd: "cv").stdout == rewritten.stdout)
        var text = try String(contentsOfFile: walk, encoding: .utf8)
        text = String(text.prefix(text.count - 30)) + "\n"
        try text.write(toFile: walk, atomically: true, encoding: .utf8)
        #expect(try s.cvtrack(["log"], cwd: "cv").stdout == rewritten.stdout)
    }
}

extension SampleHistoryTests {
    @Test func aFirstVersionCountsItsEducationEntriesInThePlural() throws {
        let s = try Sandbox()
        try s.write("cv.md", """
            # Tomas Erkin

            ## Experience

            ### Backend Engineer, Saltmarsh Labs
            Mar 2019 – Present
            - Kept the ferry booking service running.

            ## Education

            ### MSc Marine Informatics, Harrowgate Institute
            2016 – 2018

            ### BSc Applied Statistics, Harrowgate Institute
            2013 – 2016
            """)
        try s.commitAll("first")
        let r = try s.cvtrack("log", "--no-cache")
        #expect(r.status == 0)
        #expect(String(decoding: r.stdout, as: UTF8.self).contains("2 education entries"))
    }
}
