import Foundation
import Testing

/// `cvtrack validate --against BASE` and the pre-commit hook on a tailored branch: anything a variant adds to its
/// base CV (an employer, a date, a skill, a number) is a `variant-invented` error at its line; leaving things out
/// is fine.
@Suite struct ValidateAgainstTests {
    static let sample = (try? String(contentsOf: Sandbox.samples.appendingPathComponent("cv.md"), encoding: .utf8)) ?? ""

    /// A repository whose main branch holds the sample CV.
    static func repository() throws -> Sandbox {
        let s = try Sandbox()
        try s.write("cv.md", sample)
        try s.commitAll("CV")
        return s
    }

    static func replacing(_ target: String, _ replacement: String) -> String {
        sample.replacingOccurrences(of: target, with: replacement)
    }

    /// Each invention on its own, with where a reader sees it in samples/cv.md (line:column).
    static let inventions: [(name: String, variant: String, at: String, says: String)] = [
        ("employer", replacing("### Brightwave Media", "### Google"), "36:5", "organisation 'Google'"),
        ("date", replacing("Sep 2015 – Dec 2018", "Sep 2014 – Dec 2018"), "38:25", "dates 'Sep 2014 – Dec 2018'"),
        ("skill", replacing("- **Data:** PostgreSQL, Kafka, Redis", "- **Data:** PostgreSQL, Kafka, Redis, MongoDB"), "75:39", "skill 'MongoDB'"),
        ("number", replacing("handling 50,000 jobs a day", "handling 80,000 jobs a day"), "40:67", "number '80,000'"),
    ]

    @Test(arguments: 0..<4)
    func anInventionIsAnErrorAtItsLine(_ i: Int) throws {
        let c = Self.inventions[i]
        #expect(c.variant != Self.sample, "the \(c.name) edit applies")
        let s = try Self.repository()
        try s.write("cv.md", c.variant)
        let r = try s.cvtrack("validate", "--no-spelling", "--against", "HEAD")
        #expect(r.status == 1, "\(c.name): \(r.out) \(r.stderr)")
        let found = r.out.split(separator: "\n").filter { $0.hasSuffix("[variant-invented]") }
        #expect(found.count == 1, "\(c.name): exactly one invention: \(r.out)")
        #expect(found.first?.hasPrefix("cv.md:\(c.at): error: \(c.says)") == true, "\(c.name): \(r.out)")
        // Without --against, the same CV is valid: the check needs a base.
        #expect(try s.cvtrack("validate", "--no-spelling").status == 0)
    }

    @Test func aFileIsCheckedAgainstAFileWithoutARepository() throws {
        let s = try Sandbox(git: false)
        try s.write("base.md", Self.sample)
        try s.write("variant.md", Self.inventions[0].variant)
        let r = try s.cvtrack("validate", "--no-spelling", "variant.md", "--against", "base.md", "--format", "json")
        #expect(r.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        let invented = items.filter { $0["rule"] as? String == "variant-invented" }
        #expect(invented.count == 1)
        #expect(invented.first?["line"] as? Int == 36 && invented.first?["column"] as? Int == 5)
        let missing = try s.cvtrack("validate", "variant.md", "--against", "nope.md")
        #expect(missing.status == 2 && missing.stderr.contains("--against nope.md"), "\(missing.stderr)")
    }

    @Test func anHonestTrimmedVariantPasses() throws {
        let s = try Self.repository()
        // Cut by cvtrack tailor: bullets dropped, a role collapsed, skills reordered.
        let job = Sandbox.samples.appendingPathComponent("job-platform-engineer.md").path
        #expect(try s.cvtrack("tailor", job, "--name", "platform", "--max-bullets", "1", "--collapse-before", "2016").status == 0)
        try s.write("elsewhere/variant.md", try s.gitBytes("show", "tailored/platform:cv.md"))
        let cut = try s.cvtrack("validate", "--no-spelling", "elsewhere/variant.md", "--against", "main")
        #expect(cut.status == 0, "\(cut.out) \(cut.stderr)")
        #expect(!cut.out.contains("variant-invented"))
        // Cut by hand: a role, a bullet and a skill removed.
        var lines = Self.sample.components(separatedBy: "\n")
        lines.removeAll { $0.contains("Mentored four engineers") || $0.contains("Maintained the PHP billing") }
        let trimmed = lines.joined(separator: "\n").replacingOccurrences(of: ", Kafka, Redis", with: ", Redis")
        try s.write("cv.md", trimmed)
        let hand = try s.cvtrack("validate", "--no-spelling", "--against", "HEAD")
        #expect(hand.status == 0, "\(hand.out) \(hand.stderr)")
        #expect(try s.cvtrack("validate", "--no-spelling", "cv.md", "--against", "main:cv.md").status == 0)
    }

    @Test func theRuleIsListedWithTheOthers() throws {
        let s = try Sandbox(git: false)
        let list = try s.cvtrack("rules")
        #expect(list.out.split(separator: "\n").contains { $0.hasPrefix("variant-invented") && $0.contains("error") })
        let docs = try s.cvtrack("rules", "--format", "markdown")
        #expect(docs.out.contains("## variant-invented"))
        let committed = try String(contentsOf: Sandbox.samples.deletingLastPathComponent().appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(committed == docs.out, "docs/rules.md is regenerated with `cvtrack rules --format markdown`")
    }

    /// The real hook on a tailored branch: an invented line is refused, a deletion goes through.
    @Test func theHookOnATailoredBranchRejectsAnInventionAndAcceptsADeletion() throws {
        let s = try Self.repository()
        #expect(try s.cvtrack("hooks", "install").status == 0)
        let job = Sandbox.samples.appendingPathComponent("job-platform-engineer.md").path
        #expect(try s.cvtrack("tailor", job, "--name", "platform").status == 0)
        try s.git("switch", "-q", "tailored/platform")
        var env = Sandbox.gitEnvironment
        env["PATH"] = "/usr/bin:/bin"
        func commit(_ message: String) throws -> RunResult {
            try Sandbox.run("/usr/bin/git", ["commit", "-q", "-a", "-m", message], in: s.path, environment: env)
        }
        let variant = String(decoding: try s.read("cv.md"), as: UTF8.self)
        #expect(variant.contains("### Brightwave Media"))

        try s.write("cv.md", variant.replacingOccurrences(of: "### Brightwave Media", with: "### Google"))
        let blocked = try commit("invent")
        #expect(blocked.status != 0, "the commit must be blocked")
        #expect((blocked.out + blocked.stderr).contains("organisation 'Google' is not in the base CV [variant-invented]"), "\(blocked.stderr)")
        #expect(try s.git("rev-list", "--count", "main..tailored/platform") == "1\n")

        var lines = variant.components(separatedBy: "\n")
        let bullet = try #require(lines.firstIndex { $0.hasPrefix("- ") })
        lines.remove(at: bullet)
        try s.write("cv.md", lines.joined(separator: "\n"))
        let deleted = try commit("drop a bullet")
        #expect(deleted.status == 0, "\(deleted.out) \(deleted.stderr)")
        #expect(try s.git("rev-list", "--count", "main..tailored/platform") == "2\n")

        // After a hand-edit commit the base is still known: the next invention is refused too.
        try s.write("cv.md", lines.joined(separator: "\n").replacingOccurrences(of: "50,000", with: "90,000"))
        let again = try commit("inflate")
        #expect(again.status != 0 && (again.out + again.stderr).contains("number '90,000'"), "\(again.stderr)")
        // On main, no base applies: the same edit commits.
        try s.git("checkout", "-q", "-f", "main")
        try s.write("cv.md", Self.sample.replacingOccurrences(of: "50,000", with: "90,000"))
        #expect(try commit("main edit").status == 0)
    }
}
