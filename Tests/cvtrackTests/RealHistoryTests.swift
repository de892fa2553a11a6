import Foundation
import Testing

/// `cvtrack log` over the 65 versions of a real JSON Resume history (../shared/corpus/histories/neviaumi-resume-json),
/// committed into a temporary repository with its renames (resume.json → docs/resume.json → resume.json →
/// public/resume.json → public/resume.base.json) and its final deletion. Expectations are the answer key's
/// (CHANGES.md) and what the versions show.
@Suite(.enabled(if: Sandbox.shared != nil, "../shared/corpus is not present"))
struct RealHistoryTests {
    static func build() throws -> Sandbox {
        let s = try Sandbox()
        let dir = try #require(Sandbox.shared).appendingPathComponent("corpus/histories/neviaumi-resume-json")
        let rows = try String(contentsOf: dir.appendingPathComponent("VERSIONS.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var current: String?
        for row in rows where row.count >= 6 {
            let (version, date, path, subject) = (row[0], row[2], row[3], row[5])
            var env = Sandbox.gitEnvironment
            env["GIT_AUTHOR_DATE"] = date + "T12:00:00+00:00"
            env["GIT_COMMITTER_DATE"] = date + "T12:00:00+00:00"
            func git(_ args: [String]) throws {
                let r = try Sandbox.run("/usr/bin/git", args, in: s.path, environment: env)
                guard r.status == 0 else { throw SandboxError("git \(args): \(r.stderr)") }
            }
            if version == "-" {
                try git(["rm", "-q", path])
            } else {
                if let c = current, c != path {
                    try FileManager.default.createDirectory(atPath: s.path + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try git(["mv", c, path])
                }
                try s.write(path, try Data(contentsOf: dir.appendingPathComponent(version)))
                try git(["add", path])
            }
            try git(["commit", "-q", "--allow-empty", "-m", subject])
            current = path
        }
        return s
    }

    @Test func logReportsTheAnswerKeysChangesAndLayoutOnlyCommitsAsNone() throws {
        let s = try Self.build()
        // The file is deleted at HEAD: follow it from the commit before.
        let r = try s.cvtrack(["log", "--reverse", "--format", "json", "HEAD~1", "--", "public/resume.base.json"])
        #expect(r.status == 0, "\(r.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect(entries.count == 65)
        func changes(_ subjectPrefix: String) -> [String] {
            guard let e = entries.first(where: { ($0["subject"] as? String ?? "").hasPrefix(subjectPrefix) }) else { return ["(commit not found)"] }
            return (e["changes"] as? [[String: Any]] ?? []).map { "\($0["kind"] ?? "") \($0["subject"] ?? "")" }
        }
        // Pair 1: two roles and NestJS added.
        let pair1 = changes("feat: add more working experience")
        #expect(pair1.contains { $0.hasPrefix("role.added AfterShip") })
        #expect(pair1.contains { $0.hasPrefix("role.added PCCW Now Media Limited") })
        #expect(pair1.contains("skill.added NestJS"))
        #expect(!pair1.contains { $0.hasPrefix("role.removed") })
        // Pair 2: a one-line retitle.
        #expect(changes("feat: downgrade the job title") == ["role.retitled HK01 · Senior Software Engineer"])
        // Pair 3: Neat retitled, relocated, given keywords.
        let pair3 = changes("docs: include current job tech stack")
        #expect(pair3.contains("role.retitled Neat · Software Engineer"))
        #expect(pair3.contains { $0.hasPrefix("role.location Neat") })
        #expect(pair3.contains { $0.hasPrefix("role.keywords Neat") })
        #expect(!pair3.contains { $0.hasPrefix("skill.") })
        // Pair 4: PlayStation added, Neat ended.
        let pair4 = changes("chore: add reference and update job")
        #expect(pair4.contains { $0.hasPrefix("role.added PlayStation · Software Engineer II") })
        #expect(pair4.contains("role.dates Neat · Senior Software Engineer"))
        #expect(!pair4.contains { $0.hasPrefix("skill.") })
        // Pair 5: Emma added, PlayStation ended, a project removed.
        let pair5 = changes("GH-606: upgrade resume")
        #expect(pair5.contains { $0.hasPrefix("role.added Emma App Technologies · Backend Engineer") })
        #expect(pair5.contains { $0.hasPrefix("role.dates PlayStation") })
        #expect(pair5.contains("project.removed project-bootstrap-aws-nest-react"))
        // Commits that changed only metadata, formatting or the file's name.
        for subject in ["fix: yarn dev not use configured theme", "feat: pre-build resume html", "chore: use ejs and fix eslint",
                        "GH-689: use vite to bundle", "GH-700: fix the build by rename"] {
            #expect(changes(subject).isEmpty, "\(subject): \(changes(subject))")
        }
        // Renames are followed.
        #expect(entries.contains { $0["renamedFrom"] as? String == "docs/resume.json" })
    }

    @Test func skillFilterFindsWhenASkillArrived() throws {
        let s = try Self.build()
        let r = try s.cvtrack(["log", "--reverse", "--format", "json", "--skill", "nestjs", "HEAD~1", "--", "public/resume.base.json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect((entries.first?["subject"] as? String)?.hasPrefix("feat: add more working experience") == true)
    }
}
