import Testing
@testable import CVCore

/// Edits seen in real CV histories, on made-up JSON Resume CVs: each test makes the edit a person would make and expects
/// what a careful reader says changed.
@Suite struct HistoryGeneralityTests {
    func parse(_ text: String) throws -> CVDocument { try JSONResumeCVParser().parse(text) }

    /// A made-up CV; `extra` is spliced in after the skills.
    static func cv(website: String = "https://www.linkedin.com/in/mira-quell", level: String = "Expert", backend: String = #""Go", "Rust""#,
                   extra: String = "") -> String {
        """
        {
          "basics": {
            "name": "Mira Quell",
            "email": "mira@example.org",
            "profiles": [{ "url": "\(website)" }]
          },
          "work": [
            {
              "name": "Lantern Freight",
              "position": "Backend Engineer",
              "startDate": "2019-03-01",
              "highlights": ["Wrote the routing service for the night depots."]
            }
          ],
          "skills": [
            { "name": "Backend", "level": "\(level)", "keywords": [\(backend)] }
          ]\(extra)
        }
        """
    }

    func kinds(_ d: CVDiff) -> [String] { d.changes.map(\.kind.rawValue) }

    @Test func aProfileAddressChangedOnTheSameSiteIsOneChange() throws {
        let d = CVDiffer.diff(try parse(Self.cv()), try parse(Self.cv(website: "https://linkedin.com/in/mquell/")))
        #expect(kinds(d) == ["contact.changed"])
        #expect(d.changes.first?.old?.contains("mira-quell") == true && d.changes.first?.new?.contains("mquell") == true)
        // Two sites: one link gone, another come.
        let other = CVDiffer.diff(try parse(Self.cv()), try parse(Self.cv(website: "https://github.com/mquell")))
        #expect(kinds(other) == ["contact.changed", "contact.changed"])
    }

    @Test func theLevelOfASkillGroupChangedIsASkillLevelChange() throws {
        let d = CVDiffer.diff(try parse(Self.cv()), try parse(Self.cv(level: "Advanced")))
        #expect(kinds(d) == ["skill.level"])
        #expect(d.changes.first?.subject == "Backend" && d.changes.first?.old == "Expert" && d.changes.first?.new == "Advanced")
    }

    @Test func aSkillPastedSeveralTimesIsOneChange() throws {
        let pasted = CVDiffer.diff(try parse(Self.cv()), try parse(Self.cv(backend: #""Go", "Rust", "Kafka", "Kafka", "Kafka", "Kafka""#)))
        #expect(kinds(pasted) == ["skill.added"])
        let cleaned = CVDiffer.diff(try parse(Self.cv(backend: #""Go", "Rust", "Go", "Go", "Go""#)), try parse(Self.cv()))
        #expect(kinds(cleaned) == ["skill.removed"])
    }

    @Test func anEmptyListThatComesOrGoesIsLayout() throws {
        let d = CVDiffer.diff(try parse(Self.cv(extra: #", "awards": [], "volunteer": []"#)), try parse(Self.cv()))
        #expect(d.isEmpty)
        // A list with something in it is a section that went.
        let full = CVDiffer.diff(try parse(Self.cv(extra: #", "awards": [{ "title": "Depot safety prize", "awarder": "Harbour Board" }]"#)),
                                 try parse(Self.cv()))
        #expect(!full.isEmpty)
    }

    @Test func anAwardWithItsSummaryIsOneItem() throws {
        let d = CVDiffer.diff(try parse(Self.cv(extra: #", "awards": [{ "title": "Depot safety prize", "awarder": "Harbour Board" }]"#)),
                              try parse(Self.cv(extra: #"""
                                , "awards": [{ "title": "Depot safety prize", "awarder": "Harbour Board" },
                                             { "title": "Night shift award", "awarder": "Lantern Freight", "summary": "Chosen by the drivers." }]
                                """#)))
        #expect(kinds(d) == ["section.item.added"])
        #expect(d.changes.first?.new?.contains("Chosen by the drivers") == true)
    }

    @Test func aLanguageWhoseLevelIsReworded() throws {
        let before = Self.cv(extra: #", "languages": [{ "language": "Welsh", "fluency": "Native" }, { "language": "Basque", "fluency": "Working knowledge of reading and writing" }]"#)
        let after = Self.cv(extra: #", "languages": [{ "language": "Welsh", "fluency": "Native" }, { "language": "Basque", "fluency": "Conversational" }]"#)
        let d = CVDiffer.diff(try parse(before), try parse(after))
        #expect(kinds(d) == ["section.item.changed"])
        #expect(d.changes.first?.new?.contains("Conversational") == true)
    }
}

extension HistoryGeneralityTests {
    static func role(_ org: String, _ start: PartialDate, _ end: DateEnd, line: Int) -> Role {
        Role(organisation: org, title: "Engineer", dates: DateSpan(start: start, end: end, text: ""),
             bullets: [Bullet(text: "Kept the \(org) ledgers in order.", source: SourceRange(lines: line + 1, line + 1))],
             source: SourceRange(lines: line, line))
    }

    @Test func aRoleThatEndedAndMovedBelowOneStillRunningOnlyChangedItsDates() {
        let ferry = Self.role("Gull Ferries", PartialDate(year: 2023, month: 6), .present, line: 1)
        let kiln = Self.role("Kiln Works", PartialDate(year: 2022, month: 1), .present, line: 5)
        var ended = ferry
        ended.dates = DateSpan(start: PartialDate(year: 2023, month: 6), end: .date(PartialDate(year: 2024, month: 2)), text: "")
        ended.source = SourceRange(lines: 5, 5)
        var kilnFirst = kiln
        kilnFirst.source = SourceRange(lines: 1, 1)
        let d = CVDiffer.diff(CVDocument(format: .markdown, roles: [ferry, kiln]), CVDocument(format: .markdown, roles: [kilnFirst, ended]))
        #expect(d.changes.map(\.kind.rawValue) == ["role.dates"])
    }
}

extension HistoryGeneralityTests {
    static func links(_ line: String) -> CVDocument {
        CVDocument(format: .markdown, sections: [
            NamedSection(title: "Links", kind: .other, items: [Bullet(text: line, source: SourceRange(lines: 3, 3))], source: SourceRange(lines: 1, 3)),
        ])
    }

    @Test func aSpaceBeforeABarBetweenLinksIsLayout() {
        #expect(CVDiffer.diff(Self.links("Email | Website| Code | Blog |"), Self.links("Email | Website | Code | Blog |")).isEmpty)
        // A link added between the bars is a change.
        #expect(!CVDiffer.diff(Self.links("Email | Website| Code |"), Self.links("Email | Website | Code | Blog |")).isEmpty)
    }
}

extension HistoryGeneralityTests {
    @Test func aRoleRetitledAndRedatedAtOnceIsTheSameRole() {
        let mill = Role(organisation: "Copperleaf Mills", title: "Support Analyst",
                        dates: DateSpan(start: PartialDate(year: 2017, month: 2), end: .date(PartialDate(year: 2019, month: 5)), text: ""),
                        bullets: [Bullet(text: "Answered the weaving floor's tickets.", source: SourceRange(lines: 2, 2))], source: SourceRange(lines: 1, 1))
        let other = Self.role("Gull Ferries", PartialDate(year: 2012, month: 1), .date(PartialDate(year: 2016, month: 12)), line: 4)
        var lead = mill
        lead.title = "Site Reliability Lead"
        lead.dates = DateSpan(start: PartialDate(year: 2015, month: 9), end: .present, text: "")
        lead.bullets = [Bullet(text: "Ran the on-call rota for three plants.", source: SourceRange(lines: 2, 2))]
        let d = CVDiffer.diff(CVDocument(format: .markdown, roles: [mill, other]), CVDocument(format: .markdown, roles: [lead, other]))
        #expect(d.changes.map(\.kind.rawValue) == ["role.retitled", "role.dates", "bullet.removed", "bullet.added"])
        // Two roles come at that organisation: which one the old role became is not told by the name.
        var second = lead
        second.title = "Plant Manager"
        let two = CVDiffer.diff(CVDocument(format: .markdown, roles: [mill, other]), CVDocument(format: .markdown, roles: [lead, second, other]))
        #expect(two.changes.map(\.kind.rawValue) == ["role.removed", "role.added", "role.added"])
    }
}

extension HistoryGeneralityTests {
    /// A project listed under a label every project of the CV shares, told apart by its title and link.
    static func labelled(_ title: String, _ site: String, _ year: Int, _ stack: String, line: Int) -> Project {
        Project(name: "Side project", role: title, url: "https://code.example.org/nadia-ferro/\(site)",
                dates: DateSpan(start: PartialDate(year: year), end: .date(PartialDate(year: year)), text: "\(year)"),
                text: [Bullet(text: stack, source: SourceRange(lines: line + 1, line + 1))], source: SourceRange(lines: line, line + 1))
    }

    @Test func projectsOfOneLabelPairByWhatTheySay() {
        let kiln = Self.labelled("Kiln timer", "kiln-timer", 2019, "Rust / embedded", line: 1)
        let tides = Self.labelled("Tide tables", "tide-tables", 2017, "Python / Flask", line: 3)
        let chess = Self.labelled("Chess clock", "chess-clock", 2015, "C / SDL", line: 5)
        let ferry = Self.labelled("Ferry board", "ferry-board", 2021, "Go / SQLite", line: 1)
        // One written in at the top and the oldest dropped: that one added and that one removed, not each moved onto
        // its neighbour.
        let d = CVDiffer.diff(CVDocument(format: .latex, projects: [kiln, tides, chess]), CVDocument(format: .latex, projects: [ferry, kiln, tides]))
        #expect(d.changes.map(\.kind.rawValue).sorted() == ["project.added", "project.removed"])
        #expect(d.changes.first { $0.kind == .projectAdded }?.subject.contains("Ferry board") == true)
        #expect(d.changes.first { $0.kind == .projectRemoved }?.subject.contains("Chess clock") == true)
        // The titles made links (the address that was the title now the link): the same projects, each retitled.
        var linked = [kiln, tides]
        for i in linked.indices { linked[i].role = linked[i].role! + " (see the code)" }
        let retitled = CVDiffer.diff(CVDocument(format: .latex, projects: [kiln, tides]), CVDocument(format: .latex, projects: linked))
        #expect(retitled.changes.map(\.kind.rawValue) == ["project.changed", "project.changed"])
        #expect(retitled.changes.map(\.subject) == ["Side project · Kiln timer (see the code)", "Side project · Tide tables (see the code)"])
        // Without a link, one whose words share nothing with the one that went is another project.
        var bare = [kiln, tides]
        for i in bare.indices { bare[i].url = nil }
        var other = Self.labelled("Loom pattern editor", "loom", 2019, "Elm", line: 1)
        other.url = nil
        let swapped = CVDiffer.diff(CVDocument(format: .latex, projects: bare), CVDocument(format: .latex, projects: [other, bare[1]]))
        #expect(swapped.changes.map(\.kind.rawValue).sorted() == ["project.added", "project.removed"])
    }
}

extension HistoryGeneralityTests {
    static func honours(_ line: String) -> CVDocument {
        CVDocument(format: .latex, sections: [
            NamedSection(title: "Honours", kind: .other, items: [Bullet(text: line, source: SourceRange(lines: 2, 2))], source: SourceRange(lines: 1, 2)),
        ])
    }

    @Test func theSpacingAndKindOfADashAreLayout() {
        let spaced = "Rector's list, Harbourside Polytechnic | 2016 - 2017"
        #expect(CVDiffer.diff(Self.honours(spaced), Self.honours("Rector's list, Harbourside Polytechnic | 2016-2017")).isEmpty)
        #expect(CVDiffer.diff(Self.honours(spaced), Self.honours("Rector's list, Harbourside Polytechnic | 2016\u{2014}2017")).isEmpty)
        // Another year is a change, however the dash is written.
        #expect(!CVDiffer.diff(Self.honours(spaced), Self.honours("Rector's list, Harbourside Polytechnic | 2016\u{2013}2018")).isEmpty)
    }
}

extension HistoryGeneralityTests {
    static func profile(_ text: String) -> CVDocument {
        CVDocument(format: .jsonResume, summary: Bullet(text: text, source: SourceRange(lines: 3, 6)))
    }

    @Test func onlyTheMarksAroundASummarysWordsChangedIsLayout() {
        let before = "##### Who I am\nI restore old barges and write the software that logs their repairs.\n##### What I value\nPlain tools, kept long."
        let after = "#### Who I am\nI restore old barges and write the software that logs their repairs.\n#### What I value\nPlain tools, kept long."
        #expect(CVDiffer.diff(Self.profile(before), Self.profile(after)).isEmpty)
        // A word changed is a change of the summary.
        let reworded = after.replacingOccurrences(of: "old barges", with: "old canal boats")
        #expect(CVDiffer.diff(Self.profile(after), Self.profile(reworded)).changes.map(\.kind.rawValue) == ["summary.changed"])
    }
}

extension HistoryGeneralityTests {
    static func depot(_ items: [String]) -> CVDocument {
        let role = Role(organisation: "Lantern Freight", title: "Backend Engineer", dates: DateSpan(start: PartialDate(year: 2019, month: 3), end: .present, text: ""),
                        bullets: items.enumerated().map { Bullet(text: $0.element, source: SourceRange(lines: 2 + $0.offset, 2 + $0.offset)) },
                        source: SourceRange(lines: 1, 1 + items.count))
        return CVDocument(format: .markdown, roles: [role])
    }

    @Test func theOnlyItemThatWentAndCameSharingAWordIsRewritten() {
        let kept = "Wrote the routing service for the night depots."
        let d = CVDiffer.diff(Self.depot([kept, "Kiosk support"]), Self.depot([kept, "Kiosk fleet owned end to end, as part of the depot team."]))
        #expect(d.changes.map(\.kind.rawValue) == ["bullet.reworded"])
        // Two items that went and two that came, a word in common each: which became which is not told.
        let two = CVDiffer.diff(Self.depot([kept, "Kiosk support", "Pager duty"]),
                                Self.depot([kept, "Kiosk fleet owned end to end across the depots.", "Duty rota drawn up each month for drivers."]))
        #expect(two.changes.map(\.kind.rawValue).sorted() == ["bullet.added", "bullet.added", "bullet.removed", "bullet.removed"])
    }
}

extension HistoryGeneralityTests {
    @Test func aProjectReadAsAnItemOfItsSectionIsTheSameProject() {
        let clock = Project(name: "Tide Clock", text: [Bullet(text: "A wall clock that shows the tides of the nearest harbour.", source: SourceRange(lines: 3, 3))],
                            bullets: [Bullet(text: "{Swift, SwiftUI}", source: SourceRange(lines: 4, 4))], source: SourceRange(lines: 2, 4))
        let asProject = CVDocument(format: .latex, projects: [clock], sections: [
            NamedSection(title: "Side projects", kind: .other, items: [], source: SourceRange(lines: 1, 4)),
        ])
        func asItem(_ text: String) -> CVDocument {
            CVDocument(format: .latex, sections: [
                NamedSection(title: "Side projects", kind: .other, items: [Bullet(text: text, source: SourceRange(lines: 2, 4))], source: SourceRange(lines: 1, 4)),
            ])
        }
        // The same words on the item's lines: layout.
        let same = CVDiffer.diff(asProject, asItem("Tide Clock — A wall clock that shows the tides of the nearest harbour. {Swift, SwiftUI}"))
        #expect(same.isEmpty)
        // Its description edited at once: the project changed.
        let edited = CVDiffer.diff(asProject, asItem("Tide Clock — A wall clock that shows the tides of every harbour nearby. {Swift, SwiftUI}"))
        #expect(edited.changes.map(\.kind.rawValue) == ["project.changed"])
        // An item of other words is another thing: the project removed, the item added.
        let other = CVDiffer.diff(asProject, asItem("Tide Clock prize for a student app, awarded by the harbour board."))
        #expect(other.changes.map(\.kind.rawValue).sorted() == ["project.removed", "section.item.added"])
    }
}

extension HistoryGeneralityTests {
    @Test func anAddressOnALineOfAContactSectionIsToldOnceByTheContact() {
        func cv(_ email: String, _ line: String) -> CVDocument {
            var person = Person()
            person.name = "Ines Varga"
            person.email = email
            return CVDocument(format: .latex, person: person, sections: [
                NamedSection(title: "Contact", kind: .other, items: [Bullet(text: line, source: SourceRange(lines: 3, 3))], source: SourceRange(lines: 2, 3)),
            ])
        }
        let d = CVDiffer.diff(cv("ines.varga@mailbox.example", "ines.varga@ mailbox.example"), cv("ivarga@work.example", "ivarga@ work.example"))
        #expect(d.changes.map(\.kind.rawValue) == ["contact.changed"])
        // Another line of that section changed along with it is still told.
        let both = CVDiffer.diff(cv("ines.varga@mailbox.example", "Harbour Street 4, Split"), cv("ivarga@work.example", "Quay Road 9, Split"))
        #expect(both.changes.map(\.kind.rawValue).sorted() == ["contact.changed", "section.item.changed"])
    }
}

extension HistoryGeneralityTests {
    static func headed(_ headings: [(String, SectionKind)], sections: [NamedSection] = []) -> CVDocument {
        CVDocument(format: .markdown, sections: sections,
                   headings: headings.enumerated().map { SectionHeading(title: $0.element.0, kind: $0.element.1, source: SourceRange(lines: 10 * $0.offset + 1, 10 * $0.offset + 1)) })
    }

    @Test func aTitleBothVersionsHaveIsTheSameSectionWhateverItWasReadAs() {
        // `Current role` read as a plain section in one version, as experience in the next (its roles read there), with
        // `Earlier roles` in both: nothing renamed, added or removed.
        let before = Self.headed([("Summary", .summary), ("Current role", .other), ("Earlier roles", .experience)])
        let after = Self.headed([("Summary", .summary), ("Current roles", .experience), ("Earlier roles", .experience)])
        #expect(CVDiffer.diffSections(before, after).isEmpty)
        // The only experience heading retitled is a rename still.
        let renamed = CVDiffer.diffSections(Self.headed([("Experience", .experience)]), Self.headed([("Work history", .experience)]))
        #expect(renamed.map(\.kind.rawValue) == ["section.renamed"])
    }

    @Test func aSectionRetitledWithItsOnlyItemAsItWasIsRenamed() {
        func links(_ title: String) -> CVDocument {
            let item = Bullet(text: "More on my site", source: SourceRange(lines: 2, 2))
            return Self.headed([(title, .other)], sections: [NamedSection(title: title, kind: .other, items: [item], source: SourceRange(lines: 1, 2))])
        }
        #expect(CVDiffer.diff(links("Sponsors"), links("Things I use")).changes.map(\.kind.rawValue) == ["section.renamed"])
    }
}
