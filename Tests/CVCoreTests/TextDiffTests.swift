import Testing
@testable import CVCore

/// The differ on made-up texts, each pair an edit people make: both versions are read as `cvtrack` reads them and
/// diffed; the changes expected are what a careful reader names.
@Suite struct TextDiffTests {
    static func diff(_ old: String, _ new: String, path: String) throws -> [Change] {
        CVDiffer.diff(try CVReader.parse(text: old, path: path), try CVReader.parse(text: new, path: path)).changes
    }

    static func described(_ changes: [Change]) -> [String] {
        changes.map { "\($0.kind.rawValue) \($0.subject): \($0.old ?? "-") → \($0.new ?? "-")" }
    }

    /// A role's website going from `http` to `https` in JSON Resume is a change of that role, and only that.
    @Test func aRolesWebAddressChanged() throws {
        let old = #"{"basics": {"name": "Ann Lee"}, "work": [{"name": "Globex", "position": "Engineer", "url": "http://globex.example", "startDate": "2019-01"}]}"#
        let new = old.replacingOccurrences(of: "http://globex", with: "https://globex")
        let changes = try Self.diff(old, new, path: "resume.json")
        #expect(Self.described(changes) == ["role.changed Globex · Engineer: http://globex.example → https://globex.example"])
        // The older `website` key is read the same way; a trailing slash is no change.
        let website = old.replacingOccurrences(of: "\"url\"", with: "\"website\"")
        #expect(try Self.diff(website, website.replacingOccurrences(of: ".example\"", with: ".example/\""), path: "resume.json").isEmpty)
        #expect(Self.described(try Self.diff(website, new, path: "resume.json")).count == 1)
    }

    /// A skills category that goes, its skills moved to another one (regrouped): the category went (one
    /// `section.removed`), and each skill moved.
    @Test func aSkillsCategoryWhoseSkillsMovedWent() throws {
        let old = """
            # Ann Lee

            ## Skills

            - **Languages:** Swift, Rust
            - **Frameworks:** Vapor, Django
            - **Tools:** Git, Docker
            """
        let new = """
            # Ann Lee

            ## Skills

            - **Languages:** Swift, Rust
            - **Tools:** Vapor, Django, Git, Docker
            """
        let changes = try Self.diff(old, new, path: "cv.md")
        #expect(Self.described(changes) == [
            "section.removed Frameworks: Vapor; Django → -", "skill.moved Vapor: Frameworks → Tools", "skill.moved Django: Frameworks → Tools",
        ])
        // A category renamed is a rename, not a category gone and another come.
        let renamed = old.replacingOccurrences(of: "Frameworks:", with: "Libraries:")
        #expect(try Self.diff(old, renamed, path: "cv.md").map(\.kind.rawValue) == ["skill.category.renamed"])
        // A category that comes with new skills only is told by the skills added, each naming it.
        let added = old.replacingOccurrences(of: "- **Tools:** Git, Docker", with: "- **Tools:** Git, Docker\n- **Clouds:** AWS")
        #expect(Self.described(try Self.diff(old, added, path: "cv.md")) == ["skill.added AWS: - → Clouds"])
    }

    /// A post held a second time, written as a second span after the first (`…; June 2022 - August 2022`) in a
    /// resume whose items are `\resumeItem{Title}{description}`: the role's dates changed, and an item added is one
    /// bullet, its title and its description together.
    @Test func aSecondSpanOfARoleAndATwoArgumentItem() throws {
        let old = #"""
            \documentclass{article}
            \begin{document}
            \section{Experience}
            \resumeSubHeadingListStart
            \resumeSubheading{Northtown Retreat}{June 2021 - August 2021}{Participant}{Northtown}
            \resumeItemListStart
              \resumeItem{Website}
              {Built a website with a custom editor.}
            \resumeItemListEnd
            \resumeSubHeadingListEnd
            \end{document}
            """#
        let new = old.replacingOccurrences(of: "{June 2021 - August 2021}", with: "{June 2021 - August 2021; June 2022 - August 2022}")
            .replacingOccurrences(of: "\\resumeItemListEnd", with: "  \\resumeItem{Widget Builds}\n  {Packaged widgets for three systems.}\n\\resumeItemListEnd")
        let doc = try CVReader.parse(text: new, path: "cv.tex")
        #expect(doc.roles.first?.bullets.map(\.text) == ["Website: Built a website with a custom editor.", "Widget Builds: Packaged widgets for three systems."])
        let changes = try Self.diff(old, new, path: "cv.tex")
        #expect(changes.map(\.kind.rawValue).sorted() == ["bullet.added", "role.dates"])
        #expect(changes.first { $0.kind == .roleDates }?.new == "2021-06 – 2022-08")
    }
}
