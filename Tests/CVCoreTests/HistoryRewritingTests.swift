import Testing
@testable import CVCore

/// Rewritings seen in real CV histories (session 17), on made-up roles: what a careful reader says changed.
@Suite struct HistoryRewritingTests {
    static func role(_ items: [String], title: String = "Harbour Pilot") -> CVDocument {
        let role = Role(organisation: "Quayside Ferries", title: title, dates: DateSpan(start: PartialDate(year: 2017, month: 4), end: .present, text: ""),
                        text: items.enumerated().map { Bullet(text: $0.element, source: SourceRange(lines: 3 + 2 * $0.offset, 3 + 2 * $0.offset)) },
                        source: SourceRange(lines: 1, 2 + 2 * items.count))
        return CVDocument(format: .markdown, roles: [role])
    }

    func kinds(_ d: CVDiff) -> [String] { d.changes.map(\.kind.rawValue).sorted() }

    @Test func aRolesOnlyLineWrittenAnewIsThatLineRewritten() {
        let d = CVDiffer.diff(Self.role(["Gave advice on tide tables and berth planning."]),
                              Self.role(["Outside adviser to the port authority for its night crossings."]))
        #expect(kinds(d) == ["bullet.reworded"])
        #expect(d.changes.first?.old?.hasPrefix("Gave advice") == true && d.changes.first?.new?.hasPrefix("Outside adviser") == true)
        // Beside another line kept, a line of other words is another line: removed and added.
        let kept = "Steered the evening ferry between the two quays."
        let two = CVDiffer.diff(Self.role([kept, "Gave advice on tide tables and berth planning."]),
                                Self.role([kept, "Outside adviser to the port authority for its night crossings."]))
        #expect(kinds(two) == ["bullet.added", "bullet.removed"])
    }

    @Test func aParagraphSplitWithItsFirstSentenceRewrittenPairsTheRightParts() {
        let before = Self.role(["Quayside began as a two-boat crossing run by volunteers. Clients: Harbour Board, Tidewell Co."])
        let after = Self.role(["Quayside is now a fleet of nine ferries with a year-round timetable.", "Clients: Harbour Board, Tidewell Co."])
        let d = CVDiffer.diff(before, after)
        #expect(kinds(d) == ["bullet.reworded"])
        #expect(d.changes.first?.old == "Quayside began as a two-boat crossing run by volunteers.")
        #expect(d.changes.first?.new == "Quayside is now a fleet of nine ferries with a year-round timetable.")
        // Split with both parts as they were: layout. Joined again: layout.
        let split = Self.role(["Quayside began as a two-boat crossing run by volunteers.", "Clients: Harbour Board, Tidewell Co."])
        #expect(CVDiffer.diff(before, split).isEmpty)
        #expect(CVDiffer.diff(split, before).isEmpty)
        // A paragraph that only lost its first sentence, nothing come beside it, is one line shortened.
        let shortened = CVDiffer.diff(before, Self.role(["Clients: Harbour Board, Tidewell Co."]))
        #expect(kinds(shortened) == ["bullet.reworded"])
    }

    @Test func wordsJoinedBySlashesAreAlikeByTheirParts() {
        let d = WordDiff(old: "Pipelines: CI/CD/GitOps", new: "Pipelines: CI/CD")
        #expect(d.similarity > 0.5)
        // Case and the punctuation around words aside.
        let scrum = WordDiff(old: "The method used was SCRUM.", new: "SCRUM method.")
        #expect(scrum.similarity > 0.2)
        // Nothing in common is nothing alike.
        #expect(WordDiff(old: "Ferry/boat", new: "Kiosk rota").similarity == 0)
    }
}

extension HistoryRewritingTests {
    @Test func aRoleRetitledWhoseOnlyLineChangedTellsOfOtherWork() {
        let d = CVDiffer.diff(Self.role(["Gave advice on tide tables and berth planning."]),
                              Self.role(["Outside adviser to the port authority for its night crossings."], title: "Fleet Manager"))
        #expect(kinds(d) == ["bullet.added", "bullet.removed", "role.retitled"])
    }
}

extension HistoryRewritingTests {
    @Test func wordsChangedOnlyInCaseAreAlikeButNotTheSame() {
        let d = WordDiff(old: "Ran the Night Ferry rota.", new: "Ran the night ferry rota.")
        #expect(d.similarity > 0.9 && d.similarity < 1)
    }
}

extension HistoryRewritingTests {
    @Test func anEntryLineSplitFromItsDescriptionIsLayout() {
        func section(_ items: [String]) -> CVDocument {
            CVDocument(format: .latex, sections: [
                NamedSection(title: "Volunteering", kind: .other,
                             items: items.enumerated().map { Bullet(text: $0.element, source: SourceRange(lines: 2 + $0.offset, 2 + $0.offset)) },
                             source: SourceRange(lines: 1, 1 + items.count)),
            ])
        }
        let joined = section(["Harbour Rowing Club | 2019 – Present | Coach | Teaching teenagers to row on the estuary.", "Kept a blog of tide notes."])
        let split = section(["Harbour Rowing Club | 2019 – Present | Coach", "Teaching teenagers to row on the estuary.", "Kept a blog of tide notes."])
        #expect(CVDiffer.diff(joined, split).isEmpty)
        // Its description rewritten at the same time: that item changed, nothing added.
        let rewritten = section(["Harbour Rowing Club | 2019 – Present | Coach", "Teaching adults to row on the estuary.", "Kept a blog of tide notes."])
        #expect(CVDiffer.diff(joined, rewritten).changes.map(\.kind.rawValue) == ["section.item.changed"])
    }
}
