import CVGit
import CVTrackKit
import Foundation
import Testing

@Suite struct VariantStoreTests {
    @Test(arguments: [
        ("Senior SRE – Edge (Remote)", "senior-sre-edge-remote"),
        ("../../x", "x"),
        ("refs/heads/main", "refs-heads-main"),
        ("  spaces\tand\u{1}control\u{7F}chars  ", "spaces-and-control-chars"),
        ("release.lock", "release"),
        ("HEAD", "job-head"),
        ("@{-1}", "1"),
        ("Ingénieur·e Données", "ingenieur-e-donnees"),
        ("???", "job"),
    ])
    func hostileTitlesGiveHarmlessValidBranchNames(_ title: String, _ expected: String) {
        let slug = VariantStore.slug(title)
        #expect(slug == expected)
        #expect(Repository.isValidBranchName("tailored/" + slug))
        #expect(!slug.contains("..") && !slug.hasPrefix("-") && !slug.hasSuffix(".lock"))
    }

    @Test func slugsAreShort() {
        #expect(VariantStore.slug(String(repeating: "Very Long Title ", count: 20)).count <= 48)
    }

    @Test func sentTagsTheVariantAndVariantsListsIt() throws {
        let s = try Sandbox()
        try s.write("cv.md", "# Ada\n")
        try s.commitAll("one")
        try s.git("branch", "tailored/acme")
        let r = try s.cvtrack(["sent", "acme", "--to", "Acme recruiting"])
        #expect(r.status == 0, "\(r.stderr)")
        let tags = try s.git("tag", "--list", "sent/acme/*")
        #expect(tags.hasPrefix("sent/acme/20"))
        #expect(try s.git("cat-file", "-t", tags.trimmingCharacters(in: .whitespacesAndNewlines)) == "tag\n")
        #expect(try s.cvtrack(["sent", "acme"]).status == 0)
        #expect(try s.git("tag", "--list", "sent/acme/*").split(separator: "\n").count == 2)
        let list = try s.cvtrack(["variants"])
        #expect(list.out.contains("tailored/acme") && list.out.contains("sent: sent/acme/"))
        let missing = try s.cvtrack(["sent", "nope"])
        #expect(missing.status == 2 && missing.stderr.contains("no tailored variant 'nope'"))
    }
}
