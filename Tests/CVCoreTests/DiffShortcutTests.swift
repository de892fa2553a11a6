import Testing
@testable import CVCore

/// The differ compares only what changed: roles, items and skill groups the same as written are left out of the
/// pairing. These read made-up CVs before and after one edit and expect what a reader sees changed, and check the
/// shortcuts against the full pairing on lists built to trip them.
@Suite struct DiffShortcutTests {
    static let before = """
        # Wren Halloway

        Platform engineer · Dundee · <wren@example.net>

        ## Experience

        ### Pelican Freightworks

        **Lead Engineer** • Mar 2021 – Present · Dundee

        - Rebuilt the parcel tracking feed on Kafka, halving its lag.
        - Wrote the on-call handbook the whole floor now uses.
        - Moved nightly reports from cron jobs to Airflow.
        - Cut cloud spend by a fifth with spot instances.

        ### Glimmerdale Games

        **Backend Developer** • Jun 2017 – Feb 2021 · Leeds

        - Built the matchmaking service in Go.
        - Kept the leaderboard under ten milliseconds at peak.
        - Ran the weekly game-day drills.

        ### Ottermoor Council

        **Systems Analyst** • Sep 2014 – May 2017 · York

        - Replaced paper permits with a web form.
        - Trained forty staff on the new records system.

        ## Earlier Experience

        ### Riverbank Code Club

        **Mentor** • Jan 2016 – Dec 2019 · York

        - Taught teenagers to build small web games.

        ## Skills

        - **Languages:** Go, Python, Kotlin, SQL
        - **Data:** Postgres, Kafka, Redis
        - **Tools:** Terraform, Docker, Airflow
        """

    static func diff(_ old: String, _ new: String) throws -> CVDiff {
        CVDiffer.diff(try MarkdownCVParser().parse(old), try MarkdownCVParser().parse(new))
    }

    static func edited(_ replacements: [(String, String)]) -> String {
        var text = before
        for (a, b) in replacements {
            precondition(text.contains(a), "fixture lacks \(a)")
            text = text.replacingOccurrences(of: a, with: b)
        }
        return text
    }

    func kinds(_ d: CVDiff) -> [String] { d.changes.map(\.kind.rawValue) }

    @Test func nothingChangedIsNoChange() throws {
        #expect(try Self.diff(Self.before, Self.before).isEmpty)
    }

    @Test func layoutOnlyIsNoChange() throws {
        // Other bullet marks, a blank line more, a heading restyled: nothing a reader would call a change.
        let relaid = Self.edited([
            ("- Built the matchmaking", "* Built the matchmaking"), ("- Kept the leaderboard", "* Kept the leaderboard"),
            ("- Ran the weekly", "* Ran the weekly"), ("## Skills\n", "## Skills\n\n"),
        ])
        #expect(try Self.diff(Self.before, relaid).isEmpty)
    }

    @Test func oneBulletOfOneRoleReworded() throws {
        let d = try Self.diff(Self.before, Self.edited([("Wrote the on-call handbook", "Wrote the incident handbook")]))
        #expect(kinds(d) == ["bullet.reworded"])
        #expect(d.changes.first?.subject == "Pelican Freightworks · Lead Engineer")
        #expect(d.changes.first?.old == "Wrote the on-call handbook the whole floor now uses.")
        #expect(d.changes.first?.new == "Wrote the incident handbook the whole floor now uses.")
    }

    @Test func oneBulletReplacedInTheMiddleOfARole() throws {
        let d = try Self.diff(Self.before, Self.edited([("Moved nightly reports from cron jobs to Airflow.", "Hosted two regional meetups for rail engineers.")]))
        #expect(Set(kinds(d)) == ["bullet.removed", "bullet.added"])
        #expect(d.changes.allSatisfy { $0.subject == "Pelican Freightworks · Lead Engineer" })
    }

    @Test func bulletAddedAtTheEndOfARoleWhoseLastBulletIsRespelt() throws {
        // The last item changes only its full stop while one is added after it: one added, nothing reworded.
        let d = try Self.diff(Self.before, Self.edited([
            ("- Ran the weekly game-day drills.", "- Ran the weekly game-day drills\n- Ported the lobby to WebSockets."),
        ]))
        #expect(kinds(d) == ["bullet.added"])
        #expect(d.changes.first?.new == "Ported the lobby to WebSockets.")
    }

    @Test func rolesReordered() throws {
        // The council role put above the games studio, against the date order: a move the dates do not explain.
        let games = """
            ### Glimmerdale Games

            **Backend Developer** • Jun 2017 – Feb 2021 · Leeds

            - Built the matchmaking service in Go.
            - Kept the leaderboard under ten milliseconds at peak.
            - Ran the weekly game-day drills.

            """
        let council = """
            ### Ottermoor Council

            **Systems Analyst** • Sep 2014 – May 2017 · York

            - Replaced paper permits with a web form.
            - Trained forty staff on the new records system.

            """
        let d = try Self.diff(Self.before, Self.edited([(games + "\n" + council, council + "\n" + games)]))
        #expect(kinds(d) == ["role.reordered"])
        #expect(d.changes.first.map { $0.subject.contains("Ottermoor Council") || $0.subject.contains("Glimmerdale Games") } == true)
    }

    @Test func roleMovedToAnotherSection() throws {
        // The code club moved from the earlier roles to the top of Experience, as written: the same roles, one out of order.
        let club = """
            ### Riverbank Code Club

            **Mentor** • Jan 2016 – Dec 2019 · York

            - Taught teenagers to build small web games.

            """
        let moved = Self.edited([(club, ""), ("## Experience\n\n", "## Experience\n\n" + club + "\n")])
        let d = try Self.diff(Self.before, moved)
        #expect(kinds(d) == ["role.reordered"])
    }

    @Test func skillRenamedInOneGroup() throws {
        let d = try Self.diff(Self.before, Self.edited([("Postgres, Kafka", "PostgreSQL, Kafka")]))
        #expect(kinds(d) == ["skill.renamed"])
        #expect(d.changes.first?.old == "Postgres" && d.changes.first?.new == "PostgreSQL")
    }

    @Test func skillMovedFromAGroupToAnother() throws {
        let d = try Self.diff(Self.before, Self.edited([("Terraform, Docker, Airflow", "Terraform, Docker"), ("Postgres, Kafka, Redis", "Postgres, Kafka, Redis, Airflow")]))
        #expect(kinds(d) == ["skill.moved"])
        #expect(d.changes.first?.old == "Tools" && d.changes.first?.new == "Data")
    }

    // MARK: - The shortcuts against the full pairing

    static func bullets(_ texts: [String]) -> [Bullet] {
        texts.enumerated().map { Bullet(text: $1, source: SourceRange(lines: $0 + 1, $0 + 1)) }
    }

    /// Item lists whose common ends hold keys an item between them also has (a full stop, capitals), repeated items,
    /// and nothing in common.
    static let itemCases: [([String], [String])] = [
        (["Led the move.", "Wrote docs.", "Ran drills."], ["Led the move.", "Wrote the docs.", "Ran drills."]),
        (["Wrote docs.", "Ran drills."], ["Wrote docs.", "Ran drills", "Ran drills."]),
        (["Ran drills", "Wrote docs.", "Ran drills."], ["Wrote docs.", "Ran drills."]),
        (["A b c.", "Ran drills.", "Ran drills."], ["RAN DRILLS", "Ran drills.", "Ran drills."]),
        (["Kept uptime high.", "Fixed the build.", "Same end."], ["Fixed the build", "Kept uptime high.", "Same end."]),
        (["One.", "Two.", "Three."], ["Four.", "Five."]),
        (["Café menus.", "Trained staff."], ["Cafe menus.", "Café menus!", "Trained staff."]),
        (["x", "y", "z"], ["x", "y", "z", "z"]),
        ([], ["New item."]),
    ]

    @Test func itemPairingLeavesOutOnlyWhatCannotChangeThePairs() {
        for (a, b) in Self.itemCases {
            let old = Self.bullets(a)
            let new = Self.bullets(b)
            let score: (Int, Int) -> Double = { i, j in WordDiff.similarity(old[i].text, new[j].text) }
            let full = CVDiffer.pairItems(old, new, oldKeys: a.map { Key.loose($0) }, newKeys: b.map { Key.loose($0) }, score: score)
            let short = CVDiffer.pairItems(old, new, oldKeys: nil, newKeys: nil, score: score)
            #expect(short.sorted { $0 < $1 }.map { [$0.0, $0.1] } == full.sorted { $0 < $1 }.map { [$0.0, $0.1] }, "\(a) → \(b)")
        }
    }

    @Test func looseEqualsIsTheKeysEquality() {
        let texts = ["Ran drills.", "ran  drills", "Ran drills!", "Ran drill", "Ran drills too", "C++ and C# (10%)", "  spaced   out  ",
                     "Café", "cafe", "", "--", "tab\tand\u{0B}vt"]
        for a in texts {
            for b in texts {
                #expect(Key.looseEquals(a, Key.loose(b)) == (Key.loose(a) == Key.loose(b)), "\(a) ~ \(b)")
            }
        }
    }

    @Test func textAlreadyCollapsedIsKept() {
        for text in ["Lead Engineer", " Lead", "Lead ", "Lead  Engineer", "Lead\tEngineer", "Caf\u{E9} Owner", "a"] {
            #expect(Key.text(text) == HTMLText.collapseWhitespace(text), "\(text)")
        }
    }

    static func group(_ name: String?, _ skills: [String]) -> SkillCategory {
        SkillCategory(name: name, skills: skills.map { Skill(text: $0, name: SkillLexicon.canonicalOrSelf(Skill.bare($0)), source: SourceRange(lines: 1, 1)) },
                      source: SourceRange(lines: 1, 1))
    }

    /// Groups kept as written beside a changed group of the same name, a group renamed to a kept group's name, skills
    /// moved into and out of kept groups.
    static let skillCases: [([SkillCategory], [SkillCategory])] = [
        ([group("Data", ["Postgres", "Redis"]), group("Tools", ["Docker"])], [group("Data", ["PostgreSQL", "Redis"]), group("Tools", ["Docker"])]),
        ([group("Tools", ["Docker"]), group("Tools", ["Helm"])], [group("Tools", ["Docker"]), group("Tools", ["Helm", "Docker"])]),
        ([group("Ops", ["Docker", "Helm"]), group("Cloud", ["Docker"])], [group("Ops", ["Docker", "Helm"]), group("Cloud", ["Helm"])]),
        ([group("Infra", ["Docker", "Helm"]), group("Data", ["Redis"])], [group("Platform", ["Docker", "Helm"]), group("Data", ["Redis"])]),
        ([group(nil, ["Go", "Rust"]), group("Data", ["Redis"])], [group(nil, ["Go", "Rustlang"]), group("Data", ["Redis"])]),
        ([group("Data", ["Redis"]), group("Data", ["Kafka"])], [group("Data", ["Redis"]), group("Data ", ["Kafka", "Redis", "Pulsar"])]),
    ]

    @Test func skillPairingLeavesOutOnlyGroupsThatCannotChangeThePairs() {
        for (a, b) in Self.skillCases {
            let full = CVDiffer.diffSkills(a, b, leavingOutUnchanged: false)
            let short = CVDiffer.diffSkills(a, b)
            #expect(short == full, "\(a.map(\.name)) → \(b.map(\.name))")
            #expect(!full.isEmpty, "\(a.map(\.name)) → \(b.map(\.name))")
        }
    }
}
