import Foundation
import Testing

/// `cvtrack tailor` on the sample history with the sample job ad: a commit on tailored/<slug>, nothing else
/// touched, every line of the variant a line of the base CV.
@Suite struct TailorCommandTests {
    @Test func tailorCommitsAVariantOnItsBranchAndTouchesNothingElse() throws {
        let s = try SampleHistoryTests.build()
        let job = Sandbox.samples.appendingPathComponent("job-platform-engineer.md").path
        // Something staged and something modified, to prove neither moves.
        try s.write("cv/notes.txt", "draft\n")
        try Sandbox.run("/usr/bin/git", ["add", "notes.txt"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        try s.write("cv/notes.txt", "draft, edited\n")
        let before = try ["cv/.git/index", "cv/.git/HEAD", "cv/cv.md", "cv/notes.txt", "cv/.git/refs/heads/main"].map { try s.read($0) }
        let status = try Sandbox.run("/usr/bin/git", ["status", "--porcelain"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out

        let dry = try s.cvtrack(["tailor", job, "--max-bullets", "2", "--dry-run"], cwd: "cv")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try Sandbox.run("/usr/bin/git", ["branch", "--list", "tailored/*"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out.isEmpty)

        let r = try s.cvtrack(["tailor", job, "--max-bullets", "2"], cwd: "cv")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.out.contains("tailored/senior-platform-engineer"))
        let after = try ["cv/.git/index", "cv/.git/HEAD", "cv/cv.md", "cv/notes.txt", "cv/.git/refs/heads/main"].map { try s.read($0) }
        #expect(after == before)
        #expect(try Sandbox.run("/usr/bin/git", ["status", "--porcelain"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out == status)
        let fsck = try Sandbox.run("/usr/bin/git", ["fsck", "--full", "--strict"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(fsck.status == 0 && fsck.stderr.isEmpty && fsck.out.isEmpty)

        // Every line of the variant is a line of the base CV; the job ad is stored beside it.
        let variant = try Sandbox.run("/usr/bin/git", ["show", "tailored/senior-platform-engineer:cv.md"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out
        let base = String(decoding: try s.read("cv/cv.md"), as: UTF8.self)
        let baseLines = Set(base.split(separator: "\n", omittingEmptySubsequences: false))
        for line in variant.split(separator: "\n", omittingEmptySubsequences: false) where !baseLines.contains(line) {
            // Only a reordered skills line may differ: the same items in another order.
            // (the label before the first colon stays; the items after it may be reordered).
            func label(_ l: Substring) -> Substring { l.prefix(while: { $0 != ":" }) }
            func items(_ l: Substring) -> [String] {
                l.drop(while: { $0 != ":" }).dropFirst().split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " *")) }.sorted()
            }
            #expect(baseLines.contains { b in label(b) == label(line) && items(b) == items(line) }, "invented line: \(line)")
        }
        #expect(variant.split(separator: "\n").count < base.split(separator: "\n").count, "something was cut")
        let stored = try Sandbox.run("/usr/bin/git", ["show", "tailored/senior-platform-engineer:jobs/senior-platform-engineer.md"], in: s.path + "/cv", environment: Sandbox.gitEnvironment)
        #expect(stored.out == (try String(contentsOfFile: job, encoding: .utf8)))
        let message = try Sandbox.run("/usr/bin/git", ["log", "-1", "--format=%B", "tailored/senior-platform-engineer"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out
        #expect(message.contains("Cvtrack-Base: ") && message.contains("Cvtrack-Score: ") && message.contains("Cvtrack-Options: --max-bullets 2"))

        // Again: one more commit on the branch.
        #expect(try s.cvtrack(["tailor", job, "--max-bullets", "3"], cwd: "cv").status == 0)
        let count = try Sandbox.run("/usr/bin/git", ["rev-list", "--count", "main..tailored/senior-platform-engineer"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out
        #expect(count == "2\n")
        #expect(try s.cvtrack(["variants"], cwd: "cv").out.contains("up to date"))
    }

    @Test func hostileNameBecomesAHarmlessBranch() throws {
        let s = try SampleHistoryTests.build()
        let job = Sandbox.samples.appendingPathComponent("job-platform-engineer.md").path
        let r = try s.cvtrack(["tailor", job, "--name", "../../refs/heads/main.lock"], cwd: "cv")
        #expect(r.status == 0, "\(r.stderr)")
        let branches = try Sandbox.run("/usr/bin/git", ["branch", "--list"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out
        #expect(branches.contains("tailored/refs-heads-main"))
        #expect(try Sandbox.run("/usr/bin/git", ["rev-list", "--count", "main"], in: s.path + "/cv", environment: Sandbox.gitEnvironment).out == "7\n")
    }
}
