import Foundation
import Testing

/// `cvtrack tailor --refresh` and `cvtrack tailor --score-only` on real repositories in temporary folders.
@Suite struct TailorRefreshTests {
    static let job = Sandbox.samples.appendingPathComponent("job-platform-engineer.md").path
    static let analystJob = Sandbox.samples.appendingPathComponent("job-data-analyst.md").path
    static let branch = "tailored/senior-platform-engineer"

    /// The sample history with the platform-engineer variant (at most two bullets a role) on its branch.
    static func tailored() throws -> Sandbox {
        let s = try SampleHistoryTests.build()
        let r = try s.cvtrack(["tailor", job, "--max-bullets", "2"], cwd: "cv")
        guard r.status == 0 else { throw SandboxError("tailor: \(r.stderr)") }
        return s
    }

    static func git(_ s: Sandbox, _ args: String...) throws -> String {
        let r = try Sandbox.run("/usr/bin/git", args, in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        guard r.status == 0 else { throw SandboxError("git \(args.joined(separator: " ")): \(r.stderr)") }
        return r.out
    }

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// What must not move: the index file's bytes, HEAD, the branch it names, the working tree and its status.
    static func untouched(_ s: Sandbox) throws -> [Data] {
        let files = ["cv/.git/index", "cv/.git/HEAD", "cv/.git/refs/heads/main", "cv/cv.md", "cv/notes.txt"]
            .map { (try? s.read($0)) ?? Data("(absent)".utf8) }
        return files + [Data(try git(s, "status", "--porcelain").utf8), Data(try git(s, "rev-parse", "HEAD").utf8)]
    }

    /// A new commit on main that adds Helm to the infrastructure skills and a bullet to the Staff role.
    static func changeMainCV(_ s: Sandbox) throws {
        var cv = String(decoding: try s.read("cv/cv.md"), as: UTF8.self)
        cv = cv.replacingOccurrences(of: "Kubernetes, Terraform, Docker", with: "Kubernetes, Helm, Terraform, Docker")
        try s.write("cv/cv.md", cv)
        _ = try git(s, "commit", "-q", "-am", "Add Helm")
        // Something staged and something modified, to prove neither moves.
        try s.write("cv/notes.txt", "draft\n")
        _ = try git(s, "add", "notes.txt")
        try s.write("cv/notes.txt", "draft, edited\n")
    }

    @Test func refreshAfterTheCVChangesAddsOneCommitCutFromTheNewBase() throws {
        let s = try Self.tailored()
        let oldTip = Self.trimmed(try Self.git(s, "rev-parse", Self.branch))
        try Self.changeMainCV(s)
        let head = Self.trimmed(try Self.git(s, "rev-parse", "HEAD"))
        #expect(try s.cvtrack(["variants"], cwd: "cv").out.contains("stale: the CV changed in 1 commit"))
        let before = try Self.untouched(s)

        let r = try s.cvtrack(["tailor", "--refresh", "senior-platform-engineer"], cwd: "cv")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.out.contains("\(Self.branch): refreshed"))
        #expect(try Self.untouched(s) == before, "working tree, index and HEAD are untouched")

        // One commit on top of the old tip, recording the new base and the same options.
        #expect(Self.trimmed(try Self.git(s, "rev-list", "--count", "\(oldTip)..\(Self.branch)")) == "1")
        #expect(Self.trimmed(try Self.git(s, "rev-parse", "\(Self.branch)^")) == oldTip)
        let message = try Self.git(s, "log", "-1", "--format=%B", Self.branch)
        #expect(message.contains("Cvtrack-Base: \(head)\n"))
        #expect(message.contains("Cvtrack-Options: --max-bullets 2\n"))
        #expect(try Self.git(s, "show", "\(Self.branch):jobs/senior-platform-engineer.md") == (try String(contentsOfFile: Self.job, encoding: .utf8)))

        // Every line comes from the new base (skill lists may be reordered), and Helm, only in the new base, is there.
        let variant = try Self.git(s, "show", "\(Self.branch):cv.md")
        let base = try Self.git(s, "show", "HEAD:cv.md")
        let baseLines = Set(base.split(separator: "\n", omittingEmptySubsequences: false))
        for line in variant.split(separator: "\n", omittingEmptySubsequences: false) where !baseLines.contains(line) {
            func label(_ l: Substring) -> Substring { l.prefix(while: { $0 != ":" }) }
            func items(_ l: Substring) -> [String] {
                l.drop(while: { $0 != ":" }).dropFirst().split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " *")) }.sorted()
            }
            #expect(baseLines.contains { label($0) == label(line) && items($0) == items(line) }, "not a line of the new base: \(line)")
        }
        #expect(variant.contains("Helm"))
        // At most two bullets per role, as the stored options say: the Staff role has four in the base.
        let staff = variant.components(separatedBy: "**Staff Software Engineer**").dropFirst().first ?? ""
        let staffBullets = staff.components(separatedBy: "\n\n**").first?.split(separator: "\n").filter { $0.hasPrefix("- ") } ?? []
        #expect(staffBullets.count == 2, "\(staff)")

        #expect(try s.cvtrack(["variants"], cwd: "cv").out.contains("up to date with the CV"))
        let fsck = try Sandbox.run("/usr/bin/git", ["fsck", "--full", "--strict"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(fsck.status == 0 && fsck.out.isEmpty && fsck.stderr.isEmpty)
    }

    @Test func refreshWithNothingChangedWritesNothing() throws {
        let s = try Self.tailored()
        let tip = try Self.git(s, "rev-parse", Self.branch)
        let reflog = try Self.git(s, "reflog", "show", Self.branch)
        let objects = try Self.git(s, "count-objects", "-v")
        let before = try Self.untouched(s)
        let r = try s.cvtrack(["tailor", "--refresh", "senior-platform-engineer"], cwd: "cv")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.out.contains("up to date"))
        #expect(try Self.git(s, "rev-parse", Self.branch) == tip)
        #expect(try Self.git(s, "reflog", "show", Self.branch) == reflog)
        #expect(try Self.git(s, "count-objects", "-v") == objects, "no object was written")
        #expect(try Self.untouched(s) == before)
        // A refresh after a change, then another one: the second finds it up to date.
        try Self.changeMainCV(s)
        #expect(try s.cvtrack(["tailor", "--refresh", "senior-platform-engineer"], cwd: "cv").out.contains("refreshed"))
        let again = try s.cvtrack(["tailor", "--refresh", "senior-platform-engineer"], cwd: "cv")
        #expect(again.status == 0 && again.out.contains("up to date"), "\(again.out) \(again.stderr)")
        #expect(Self.trimmed(try Self.git(s, "rev-list", "--count", "main..\(Self.branch)")) == "2")
    }

    @Test func refreshAllRefreshesEveryVariantWithItsOwnOptions() throws {
        let s = try SampleHistoryTests.build()
        #expect(try s.cvtrack(["tailor", Self.job, "--name", "platform", "--max-bullets", "1"], cwd: "cv").status == 0)
        #expect(try s.cvtrack(["tailor", Self.analystJob, "--name", "analyst", "--collapse-before", "2016"], cwd: "cv").status == 0)
        let tips = try ["platform", "analyst"].map { Self.trimmed(try Self.git(s, "rev-parse", "tailored/\($0)")) }
        try Self.changeMainCV(s)
        let head = Self.trimmed(try Self.git(s, "rev-parse", "HEAD"))
        let before = try Self.untouched(s)

        let r = try s.cvtrack(["tailor", "--refresh", "--all"], cwd: "cv")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.untouched(s) == before)
        for (slug, tip) in zip(["platform", "analyst"], tips) {
            #expect(r.out.contains("tailored/\(slug): refreshed"))
            #expect(Self.trimmed(try Self.git(s, "rev-parse", "tailored/\(slug)^")) == tip)
            #expect(try Self.git(s, "log", "-1", "--format=%B", "tailored/\(slug)").contains("Cvtrack-Base: \(head)\n"))
        }
        #expect(try Self.git(s, "log", "-1", "--format=%B", "tailored/platform").contains("Cvtrack-Options: --max-bullets 1\n"))
        #expect(try Self.git(s, "log", "-1", "--format=%B", "tailored/analyst").contains("Cvtrack-Options: --collapse-before 2016\n"))
        // Cobalt Software ended in 2015: collapsed to its heading in the analyst variant, so its bullets are gone.
        let analyst = try Self.git(s, "show", "tailored/analyst:cv.md")
        #expect(analyst.contains("### Cobalt Software") && !analyst.contains("PHP billing system"))

        let again = try s.cvtrack(["tailor", "--refresh", "--all"], cwd: "cv")
        #expect(again.status == 0)
        #expect(again.out.split(separator: "\n").filter { $0.contains("up to date") }.count == 2, "\(again.out)")
    }

    @Test func refreshRefusesAnUnknownVariantAndABranchWithoutAStoredJob() throws {
        let s = try Self.tailored()
        let unknown = try s.cvtrack(["tailor", "--refresh", "nope"], cwd: "cv")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no tailored variant 'nope'"))
        _ = try Self.git(s, "branch", "tailored/bare", "main")
        let bare = try s.cvtrack(["tailor", "--refresh", "bare"], cwd: "cv")
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("tailored/bare: no stored job ad (jobs/bare.md"), "\(bare.stderr)")
        #expect(bare.stderr.split(separator: "\n").count == 1)
        // --all refreshes what it can and says which one it could not.
        try Self.changeMainCV(s)
        let all = try s.cvtrack(["tailor", "--refresh", "--all"], cwd: "cv")
        #expect(all.status == 2)
        #expect(all.stderr.contains("tailored/bare: no stored job ad"))
        #expect(all.out.contains("\(Self.branch): refreshed"))
        #expect(Self.trimmed(try Self.git(s, "rev-parse", "tailored/bare")) == Self.trimmed(try Self.git(s, "rev-parse", "main~1")))
        // Usage errors.
        #expect(try s.cvtrack(["tailor", "--refresh"], cwd: "cv").status == 64)
        #expect(try s.cvtrack(["tailor", "--refresh", "a", "--all"], cwd: "cv").status == 64)
        #expect(try s.cvtrack(["tailor", "--refresh", "a", "--max-bullets", "2"], cwd: "cv").status == 64)
    }

    @Test func scoreOnlyRanksTheAdsTheCVFitsFirstAndWritesNothing() throws {
        let s = try SampleHistoryTests.build()
        let before = try Self.untouched(s)
        let refs = try Self.git(s, "for-each-ref")
        let r = try s.cvtrack(["tailor", "--score-only", Self.analystJob, Self.job], cwd: "cv")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        // A platform engineer's CV fits the platform ad, not the marketing analyst one.
        #expect(lines.first?.hasSuffix("Senior Platform Engineer  \(Self.job)") == true, "\(r.out)")
        #expect(lines.last?.hasSuffix("Marketing Data Analyst  \(Self.analystJob)") == true, "\(r.out)")
        #expect(try Self.untouched(s) == before)
        #expect(try Self.git(s, "for-each-ref") == refs)

        let json = try s.cvtrack(["tailor", "--score-only", "--format", "json", Self.analystJob, Self.job], cwd: "cv")
        let items = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]])
        #expect(items.map { $0["file"] as? String } == [Self.job, Self.analystJob])
        #expect(items.first?["title"] as? String == "Senior Platform Engineer")
        #expect((items.first?["gaps"] as? [String])?.contains("Rust.") == true, "the sample CV names no Rust")

        // Outside a repository, with --cv naming a file.
        let bare = try Sandbox(git: false)
        try bare.write("cv.md", String(decoding: try s.read("cv/cv.md"), as: UTF8.self))
        let outside = try bare.cvtrack(["tailor", "--score-only", "--cv", "cv.md", Self.analystJob, Self.job])
        #expect(outside.status == 0, "\(outside.stderr)")
        #expect(outside.out == r.out)
        // A dry run inside the repository of a file outside it: the file on disk, as outside any repository;
        // the repository is left as it was.
        let fromBare = try bare.cvtrack(["tailor", Self.job, "--cv", "cv.md", "--dry-run", "--format", "json"])
        let fromRepo = try s.cvtrack(["tailor", Self.job, "--cv", bare.path + "/cv.md", "--dry-run", "--format", "json"], cwd: "cv")
        #expect(fromRepo.status == 0, "\(fromRepo.stderr)")
        #expect(!fromRepo.out.isEmpty && fromRepo.out == fromBare.out)
        #expect(try Self.untouched(s) == before)
        #expect(try Self.git(s, "for-each-ref") == refs)
        // Without --dry-run, a file outside the repository is refused: a variant is committed in the repository.
        let refused = try s.cvtrack(["tailor", Self.job, "--cv", bare.path + "/cv.md"], cwd: "cv")
        #expect(refused.status == 2 && refused.stderr.contains("outside the repository"), "\(refused.stderr)")
        // An unreadable ad: one line naming it, exit 2, nothing printed.
        let missing = try bare.cvtrack(["tailor", "--score-only", "--cv", "cv.md", Self.job, "nope.md"])
        #expect(missing.status == 2 && missing.out.isEmpty)
        #expect(missing.stderr.contains("nope.md: no such file"))
    }

    @Test(.enabled(if: Sandbox.shared != nil, "needs ../shared/seeds and ../shared/corpus/jobs"))
    func scoreOnlyRanksTheFittingSeedFirstForARealAd() throws {
        let shared = try #require(Sandbox.shared)
        let ad = shared.appendingPathComponent("corpus/jobs/cloudflare-systems-reliability-engineer-edge.md").path
        try #require(FileManager.default.fileExists(atPath: ad), "no corpus/jobs")
        let s = try Sandbox(git: false)
        // Seeds 000 and 001 are Markdown, 002 plain text (copied into the temporary folder under names that say so).
        var scores: [String: Int] = [:]
        for (seed, name) in [("000_fb3b53788010aff8.txt", "000.md"), ("001_9a63d334eb8a7d54.txt", "001.md"), ("002_6232cc96241afb48.txt", "002.txt")] {
            try s.write(name, try Data(contentsOf: shared.appendingPathComponent("seeds/" + seed)))
            let r = try s.cvtrack(["tailor", "--score-only", "--format", "json", "--cv", name, ad])
            #expect(r.status == 0, "\(r.stderr)")
            let items = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
            scores[name] = items.first?["score"] as? Int
        }
        // The edge SRE ad fits seed 001 (Linux performance, BGP, caching at a CDN), not the other two.
        let fit = try #require(scores["001.md"])
        #expect(fit > (scores["000.md"] ?? 100) && fit > (scores["002.txt"] ?? 100), "\(scores)")
        // And among the real ads, the one ranked first for seed 001 is one it fits best (the key's best_any:
        // the edge SRE ad, Let's Encrypt's systems administrator, PostHog's SRE ...).
        // The ads are the Markdown and text files of the folder (it also holds their key and a manifest).
        let ads = try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("corpus/jobs").path).sorted()
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }
            .map { shared.appendingPathComponent("corpus/jobs/" + $0).path }
        let keyData = try Data(contentsOf: shared.appendingPathComponent("corpus/jobs/key.json"))
        let jobs = try #require((try JSONSerialization.jsonObject(with: keyData) as? [String: Any])?["jobs"] as? [String: [String: Any]])
        let fits = jobs.filter { ($0.value["best_any"] as? [String] ?? []).contains("001_9a63d334eb8a7d54.txt") }.keys
        let ranked = try s.cvtrack(["tailor", "--score-only", "--cv", "001.md"] + ads)
        let first = String(ranked.out.split(separator: "\n").first ?? "")
        #expect(fits.contains { first.hasSuffix("/" + $0 + ".md") }, "\(ranked.out)")
    }
}
