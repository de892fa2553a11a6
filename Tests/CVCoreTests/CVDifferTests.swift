import Testing
@testable import CVCore

/// The differ on hand-built models: each test makes one kind of change and expects exactly that change.
@Suite struct CVDifferTests {
    static func r(_ line: Int) -> SourceRange { SourceRange(lines: line, line) }

    static func role(_ org: String, _ title: String, _ start: PartialDate?, _ end: DateEnd?, bullets: [String] = [], line: Int = 1) -> Role {
        Role(organisation: org, title: title, dates: DateSpan(start: start, end: end, text: ""),
             bullets: bullets.enumerated().map { Bullet(text: $1, source: r(line + 1 + $0)) }, source: r(line))
    }

    static let acme = role("Acme", "Engineer", PartialDate(year: 2019, month: 8), .present,
                           bullets: ["Built the nightly report mailer.", "Switched our builds to a hosted runner."])
    static let dream = role("Harbourlight", "Storage Architect Contractor", PartialDate(year: 2014, month: 10), .date(PartialDate(year: 2015, month: 1)),
                            bullets: ["Ran the object store on Ceph for a client."])
    static let tangent = role("Quillfield Plc", "Lead Network Engineer", PartialDate(year: 2009, month: 8), .date(PartialDate(year: 2014, month: 5)),
                              bullets: ["Planned the office network around VLANs.", "Replaced the old firewall with nftables."])

    static func doc(_ roles: [Role], skills: [SkillCategory] = []) -> CVDocument {
        CVDocument(format: .markdown, roles: roles, skills: skills)
    }

    static func cat(_ name: String, _ skills: [String]) -> SkillCategory {
        SkillCategory(name: name, skills: skills.map { Skill(text: $0, name: SkillLexicon.canonicalOrSelf(Skill.bare($0)), source: r(1)) }, source: r(1))
    }

    func kinds(_ d: CVDiff) -> [String] { d.changes.map(\.kind.rawValue) }

    @Test func identicalDocumentsHaveNoChanges() {
        let d = Self.doc([Self.acme, Self.dream, Self.tangent])
        #expect(CVDiffer.diff(d, d).isEmpty)
    }

    @Test func termsOfEmploymentDroppedIsARoleChange() {
        var contract = Self.acme
        contract.terms = "contract"
        let d = CVDiffer.diff(Self.doc([contract, Self.tangent]), Self.doc([Self.acme, Self.tangent]))
        #expect(kinds(d) == ["role.changed"])
        #expect(d.changes.first?.old == "contract" && d.changes.first?.new == nil)
        // Case and punctuation aside, the same terms are no change.
        var same = Self.acme
        same.terms = "Contract."
        #expect(CVDiffer.diff(Self.doc([contract]), Self.doc([same])).isEmpty)
    }

    @Test func roleInsertedAtTheTopChangesNothingElse() {
        let before = Self.doc([Self.dream, Self.tangent])
        let after = Self.doc([Self.acme, Self.dream, Self.tangent])
        let d = CVDiffer.diff(before, after)
        #expect(kinds(d) == ["role.added"])
        #expect(d.changes[0].subject == "Acme · Engineer")
    }

    @Test func deletedRoleIsOneRemoval() {
        let d = CVDiffer.diff(Self.doc([Self.acme, Self.dream, Self.tangent]), Self.doc([Self.acme, Self.tangent]))
        #expect(kinds(d) == ["role.removed"])
        #expect(d.changes[0].subject == "Harbourlight · Storage Architect Contractor")
    }

    @Test func retitledRoleIsNotAddedAndRemoved() {
        var renamed = Self.tangent
        renamed.title = "Principal Network Engineer"
        let d = CVDiffer.diff(Self.doc([Self.acme, Self.tangent]), Self.doc([Self.acme, renamed]))
        #expect(kinds(d) == ["role.retitled"])
        #expect(d.changes[0].old == "Lead Network Engineer" && d.changes[0].new == "Principal Network Engineer")
    }

    @Test func endDateChangeIsDatesChanged() {
        var ended = Self.acme
        ended.dates = DateSpan(start: PartialDate(year: 2019, month: 8), end: .date(PartialDate(year: 2024, month: 3)), text: "")
        let d = CVDiffer.diff(Self.doc([Self.acme]), Self.doc([ended]))
        #expect(kinds(d) == ["role.dates"])
        #expect(d.changes[0].old == "2019-08 – present")
        #expect(d.changes[0].new == "2019-08 – 2024-03")
    }

    @Test func promotionIsANewRoleAndAnEndedOne() {
        var senior = Self.acme
        senior.dates = DateSpan(start: PartialDate(year: 2019, month: 8), end: .date(PartialDate(year: 2022, month: 3)), text: "")
        let staff = Self.role("Acme", "Staff Engineer", PartialDate(year: 2022, month: 3), .present, bullets: ["Led the Kubernetes move."])
        let d = CVDiffer.diff(Self.doc([Self.acme]), Self.doc([staff, senior]))
        #expect(kinds(d) == ["role.added", "role.dates"])
        #expect(d.changes[0].subject == "Acme · Staff Engineer")
    }

    @Test func organisationRename() {
        var renamed = Self.dream
        renamed.organisation = "Harbourlight LLC Cloud"
        let d = CVDiffer.diff(Self.doc([Self.dream]), Self.doc([renamed]))
        #expect(kinds(d) == ["role.organisation"])
    }

    @Test func reorderedRolesReportOnlyTheOneThatMoved() {
        let d = CVDiffer.diff(Self.doc([Self.acme, Self.dream, Self.tangent]), Self.doc([Self.dream, Self.tangent, Self.acme]))
        #expect(kinds(d) == ["role.reordered"])
        #expect(d.changes[0].subject == "Acme · Engineer")
    }

    @Test func undatedRolesOfOneTitlePairByWhatTheySay() {
        // Three undated stints under one heading and title; a fourth written in above the second: that one is added,
        // nothing is reordered and no stint's text moves to its neighbour.
        func stint(_ text: String, _ line: Int) -> Role { Self.role("", "Volunteer", nil, nil, bullets: [text], line: line) }
        let old = [stint("Sorted donated books for the spring fair.", 1), stint("Drove the van for the food bank on Sundays.", 4),
                   stint("Taught a beginners' chess club after school.", 7)]
        let new = [old[0], stint("Painted the scout hut with a crew of six.", 4), old[1], old[2]]
        let d = CVDiffer.diff(Self.doc(old), Self.doc(new))
        #expect(kinds(d) == ["role.added"])
        // And one of them reworded is that one reworded.
        var edited = new
        edited[2].bullets[0].text = "Drove the van for the food bank on Saturdays."
        let e = CVDiffer.diff(Self.doc(new), Self.doc(edited))
        #expect(kinds(e) == ["bullet.reworded"])
        #expect(e.changes.first?.new?.contains("Saturdays") == true)
    }

    @Test func roleRetitledRedatedAndItsOrganisationNamedAtLengthIsOneRole() {
        // The same start; a new title, a later end, the employer named with the client it served: that role changed, not
        // one removed and another added.
        let old = [Self.role("Brightwater", "Senior Analyst", PartialDate(year: 2020, month: 3), .date(PartialDate(year: 2022, month: 5)),
                             bullets: ["To be written."])]
        let new = [Self.role("Brightwater | Client: a regional ferry operator", "Principal Analyst", PartialDate(year: 2020, month: 3),
                             .date(PartialDate(year: 2022, month: 6)), bullets: ["Modelled crossings demand per season."])]
        let d = CVDiffer.diff(Self.doc(old), Self.doc(new))
        #expect(!kinds(d).contains("role.added") && !kinds(d).contains("role.removed"))
        #expect(Set(kinds(d)).isSuperset(of: ["role.retitled", "role.organisation", "role.dates"]))
        // Names that only share a word are not one within the other.
        #expect(Key.within("Brightwater", "Brightwater | Client: a regional ferry operator"))
        #expect(!Key.within("Brightwater Labs", "Brightwater Foods"))
    }

    @Test func rewordedBulletHasAWordDiffAndSimilarity() throws {
        var changed = Self.tangent
        changed.bullets[0].text = "Planned and wired the office network around VLANs."
        let d = CVDiffer.diff(Self.doc([Self.tangent]), Self.doc([changed]))
        #expect(kinds(d) == ["bullet.reworded"])
        let c = try #require(d.changes.first)
        #expect(c.words?.contains(WordDiff.Segment(.added, "and wired")) == true)
        #expect((c.similarity ?? 0) > 0.7)
    }

    @Test func bulletAddedAndRemoved() {
        var changed = Self.tangent
        changed.bullets.remove(at: 1)
        changed.bullets.append(Bullet(text: "Ran a Nagios cluster with an SMS relay.", source: Self.r(9)))
        let d = CVDiffer.diff(Self.doc([Self.tangent]), Self.doc([changed]))
        #expect(Set(kinds(d)) == ["bullet.removed", "bullet.added"])
        #expect(d.changes.count == 2)
    }

    @Test func bulletMovedToAnotherRole() {
        var a = Self.acme
        var t = Self.tangent
        let moved = t.bullets.remove(at: 1)
        a.bullets.append(moved)
        let d = CVDiffer.diff(Self.doc([Self.acme, Self.tangent]), Self.doc([a, t]))
        #expect(kinds(d) == ["bullet.moved"])
        #expect(d.changes[0].old == "Quillfield Plc · Lead Network Engineer")
        #expect(d.changes[0].subject == "Acme · Engineer")
    }

    @Test func bulletsOfARoleReorderedAreOneChange() {
        // Four bullets written in the opposite order: the role's bullets reordered, told once, with the texts that moved.
        let four = Self.role("Fernwick Labs", "Tester", PartialDate(year: 2016, month: 2), .date(PartialDate(year: 2018, month: 6)),
                             bullets: ["Wrote the soak tests.", "Kept the lab rota.", "Filed the release notes.", "Ran the pairing hour."])
        var turned = four
        turned.bullets.reverse()
        let d = CVDiffer.diff(Self.doc([four]), Self.doc([turned]))
        #expect(kinds(d) == ["bullet.moved"])
        #expect(d.changes.first?.new?.contains("Kept the lab rota.") == true)
        // One bullet moved and another reworded: the move and the rewording.
        var one = four
        one.bullets = [four.bullets[1], four.bullets[0], four.bullets[2], Bullet(text: "Ran the weekly pairing hour.", source: Self.r(9))]
        #expect(Set(kinds(CVDiffer.diff(Self.doc([four]), Self.doc([one])))) == ["bullet.moved", "bullet.reworded"])
    }

    @Test func skillsAddedRemovedMovedAndRenamed() {
        let before = Self.doc([], skills: [Self.cat("Languages", ["Python", "Go"]), Self.cat("Infrastructure", ["Docker", "Redis"]),
                                           Self.cat("Data", ["Postgres"])])
        let after = Self.doc([], skills: [Self.cat("Languages", ["Python", "Go", "Rust"]), Self.cat("Infrastructure", ["Docker"]),
                                          Self.cat("Data", ["PostgreSQL", "Redis"])])
        let d = CVDiffer.diff(before, after)
        #expect(Set(d.changes.map { "\($0.kind.rawValue) \($0.subject)" }) == ["skill.added Rust", "skill.moved Redis", "skill.renamed PostgreSQL"])
        let moved = d.changes.first { $0.kind == .skillMoved }
        #expect(moved?.old == "Infrastructure" && moved?.new == "Data")
    }

    @Test func skillLevelAndYearsChange() {
        let before = Self.doc([], skills: [SkillCategory(name: "Languages", skills: [Skill(text: "C (proficient) (19 years)", name: "C", level: "proficient", years: 19, source: Self.r(1))], source: Self.r(1))])
        let after = Self.doc([], skills: [SkillCategory(name: "Languages", skills: [Skill(text: "C (expert) (20 years)", name: "C", level: "expert", years: 20, source: Self.r(1))], source: Self.r(1))])
        #expect(Set(kinds(CVDiffer.diff(before, after))) == ["skill.level", "skill.years"])
    }

    @Test func categoryRenameIsOneChangeNotManyMoves() {
        let before = Self.doc([], skills: [Self.cat("Databases", ["PostgreSQL", "Redis", "Cassandra"])])
        let after = Self.doc([], skills: [Self.cat("Data stores", ["PostgreSQL", "Redis", "Cassandra"])])
        #expect(kinds(CVDiffer.diff(before, after)) == ["skill.category.renamed"])
    }

    @Test func wordDiffMarksOnlyTheChangedWords() {
        let w = WordDiff(old: "Wrote the tracking API in Go.", new: "Wrote the shipment-tracking API in Go serving 2,000 requests.")
        #expect(w.segments.first == WordDiff.Segment(.same, "Wrote the"))
        #expect(w.segments.contains(WordDiff.Segment(.removed, "tracking")))
        #expect(w.segments.contains(WordDiff.Segment(.added, "shipment-tracking")))
    }

    /// Word keys made on the bytes are the keys the characters give (lower case, punctuation around dropped, a word of
    /// punctuation alone kept as it is), and the tables that number the words find what comparing the strings finds.
    @Test func wordKeysAndCommonWordsAreTheCharacterAnswers() {
        func byCharacters(_ w: String) -> String {
            var s = Substring(w.lowercased())
            while let l = s.last, l.isPunctuation { s = s.dropLast() }
            while let f = s.first, f.isPunctuation { s = s.dropFirst() }
            return s.isEmpty ? w : String(s)
        }
        let words = ["built", "Built", "BUILT.", "(Go)", "--", "...", "", "e.g.", "C++", "Node.js,", "$5", "<b>", "café", "Café.", "\"x\"", "A", "z"]
        for w in words { #expect(WordDiff.key(w) == byCharacters(w), "\(w)") }
        #expect(WordDiff.key("built") == "built")
        #expect(WordDiff.key("(Kafka),") == "kafka")
        // The longest common run of words, against a count made by comparing the strings themselves.
        func common(_ a: [String], _ b: [String]) -> Int {
            guard !a.isEmpty, !b.isEmpty else { return 0 }
            var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in 1...a.count { for j in 1...b.count { t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : max(t[i - 1][j], t[i][j - 1]) } }
            return t[a.count][b.count]
        }
        let texts = ["Built the billing exporter in Go.", "Built the billing exporter in Go, for 12 teams.", "Rebuilt the exporter",
                     "", "the the the", "Cafe\u{301} and café", "café and Café"]
        for a in texts {
            for b in texts {
                let (x, y) = (WordDiff.words(a), WordDiff.words(b))
                #expect(WordDiff.lcsLength(keys: x, y) == common(x, y), "\(a) | \(b)")
                let ops = WordDiff.lcsOperations(x, y)
                #expect(ops.filter { $0.0 == .same }.count == common(x, y))
                #expect(ops.filter { $0.0 != .added }.map(\.1) == x)
                #expect(ops.filter { $0.0 != .removed }.map(\.1) == y)
            }
        }
    }

    @Test func assignmentIsGlobalNotGreedy() {
        // Greedy would take (0,0)=0.9 and leave (1,1)=0.1; the global best is (0,1)+(1,0) = 1.6.
        let pairs = Assignment.best([[0.9, 0.8], [0.8, 0.1]], threshold: 0.05)
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 1], [1, 0]])
    }

    // MARK: - Items paired by what is alike

    @Test func bulletTurnedRoundIsRewordedNotRemovedAndAdded() {
        let before = Self.role("Acme", "Engineer", PartialDate(year: 2019), .present,
                               bullets: ["Careful documentation and customer sign-off was needed throughout.", "Ran the on-call rota."])
        let after = Self.role("Acme", "Engineer", PartialDate(year: 2019), .present,
                              bullets: ["Ran the on-call rota.", "Frequent sign-off from customers was needed, with careful documentation of each release."])
        let d = CVDiffer.diff(Self.doc([before]), Self.doc([after]))
        #expect(kinds(d).filter { $0 != "bullet.moved" } == ["bullet.reworded"])
    }

    @Test func bulletRewrittenInPlaceIsReworded() {
        let before = Self.role("Acme", "Engineer", PartialDate(year: 2019), .present,
                               bullets: ["Built the billing service.", "Used a message queue with Python and Docker.", "Ran the on-call rota."])
        let after = Self.role("Acme", "Engineer", PartialDate(year: 2019), .present,
                              bullets: ["Built the billing service.", "As lead, wrote the Python libraries for services that talk over a message queue, packaged in Docker images.", "Ran the on-call rota."])
        #expect(kinds(CVDiffer.diff(Self.doc([before]), Self.doc([after]))) == ["bullet.reworded"])
        // Nothing alike: removed and added.
        let other = Self.role("Acme", "Engineer", PartialDate(year: 2019), .present,
                              bullets: ["Built the billing service.", "Organised the office move to Leeds.", "Ran the on-call rota."])
        #expect(Set(kinds(CVDiffer.diff(Self.doc([before]), Self.doc([other])))) == ["bullet.removed", "bullet.added"])
    }

    @Test func caseAndSpellingEditsAreChanges() {
        let before = Self.role("Initrode.Labs", "Engineer", PartialDate(year: 2019), .present, bullets: ["Followed an AGILE process."])
        let after = Self.role("Initrode Labs", "Engineer", PartialDate(year: 2019), .present, bullets: ["Followed an Agile process"])
        #expect(kinds(CVDiffer.diff(Self.doc([before]), Self.doc([after]))) == ["role.organisation", "bullet.reworded"])
    }

    static func section(_ title: String, _ items: [String], kind: SectionKind = .other) -> NamedSection {
        NamedSection(title: title, kind: kind, items: items.enumerated().map { Bullet(text: $1, source: r(10 + $0)) }, source: r(9))
    }

    @Test func sectionItemEditedIsOneChangeWithItsWords() {
        var before = Self.doc([])
        before.sections = [Self.section("Conferences", ["RustConf - 2019, 2021", "PyCon - 2018"])]
        var after = before
        after.sections = [Self.section("Conferences", ["RustConf - 2019, 2021, 2023", "PyCon - 2018"])]
        let d = CVDiffer.diff(before, after)
        #expect(kinds(d) == ["section.item.changed"])
        #expect(d.changes.first?.words?.contains { $0.op == .added && $0.text.hasSuffix("2023") } == true)
    }

    @Test func sectionRemovedIsOneChangeAndRenamedSectionIsRenamed() {
        var before = Self.doc([])
        before.headings = [SectionHeading(title: "Papers", kind: .other, source: Self.r(9)),
                           SectionHeading(title: "Grants & Scholarships", kind: .other, source: Self.r(20))]
        before.sections = [Self.section("Papers", ["On knots, 2012.", "On surfaces, 2014."]), Self.section("Grants & Scholarships", ["A grant"])]
        var after = before
        after.headings = [SectionHeading(title: "Grants", kind: .other, source: Self.r(9))]
        after.sections = [Self.section("Grants", ["A grant"])]
        let d = CVDiffer.diff(before, after)
        #expect(d.changes.map { "\($0.kind.rawValue) \($0.subject)" } == ["section.removed Papers", "section.renamed Grants"])
    }

    @Test func sectionRetitledWithItsItemsIsRenamed() {
        // Titles with few words in common, the same courses under them (one added): one section renamed and the course added.
        var before = Self.doc([])
        before.headings = [SectionHeading(title: "Elective Modules", kind: .other, source: Self.r(9))]
        before.sections = [Self.section("Elective Modules", ["Stellar Dynamics (autumn)", "Glaciology (spring)", "Tidal Models (spring)"])]
        var after = before
        after.headings = [SectionHeading(title: "Modules Chosen", kind: .other, source: Self.r(9))]
        after.sections = [Self.section("Modules Chosen", ["Stellar Dynamics (autumn)", "Glaciology (spring)", "Tidal Models (spring)", "Seismology (autumn)"])]
        let d = CVDiffer.diff(before, after)
        #expect(d.changes.map { "\($0.kind.rawValue) \($0.subject)" } == ["section.renamed Modules Chosen", "section.item.added Modules Chosen"])
        // Other items under another title: another section.
        after.sections = [Self.section("Modules Chosen", ["Wave Optics (autumn)", "Plasma Physics (spring)"])]
        #expect(CVDiffer.diff(before, after).changes.map(\.kind.rawValue) == ["section.removed", "section.added"])
    }

    @Test func itemLeavingOneSectionForAnotherIsMoved() {
        // A talk listed under awards moves to the talks section; another talk comes with a new section of its own.
        var before = Self.doc([])
        before.headings = [SectionHeading(title: "Awards", kind: .other, source: Self.r(9)), SectionHeading(title: "Talks", kind: .other, source: Self.r(20))]
        before.sections = [Self.section("Awards", ["Best poster, Coastal Ecology Meeting 2019", "Invited talk: kelp forests at dusk, 2021", "Outreach prize 2020"]),
                           Self.section("Talks", ["Sea urchins and the kelp line, 2018"])]
        var after = before
        after.sections = [Self.section("Awards", ["Best poster, Coastal Ecology Meeting 2019"]),
                          Self.section("Talks", ["Sea urchins and the kelp line, 2018", "Invited talk: kelp forests at dusk, 2021"])]
        let d = CVDiffer.diff(before, after)
        #expect(d.changes.map { "\($0.kind.rawValue) \($0.subject)" } == ["section.item.moved Talks", "section.item.removed Awards"])
        #expect(d.changes.first?.old == "Awards" && d.changes.first?.new?.contains("kelp forests") == true)
        // Into a section that came.
        after.headings.append(SectionHeading(title: "Prizes", kind: .other, source: Self.r(30)))
        after.sections = [Self.section("Awards", ["Best poster, Coastal Ecology Meeting 2019", "Invited talk: kelp forests at dusk, 2021"]),
                          Self.section("Talks", ["Sea urchins and the kelp line, 2018"]), Self.section("Prizes", ["Outreach prize 2020"])]
        let e = CVDiffer.diff(before, after)
        #expect(e.changes.map { "\($0.kind.rawValue) \($0.subject)" } == ["section.added Prizes", "section.item.moved Prizes"])
    }

    @Test func skillRespeltIsRenamedAndADifferentToolIsRemovedAndAdded() {
        let before = Self.doc([], skills: [Self.cat("Tools", ["Browsify", "Jenkins", "learning Haskell", "95+ WPM Typing", "GoLang"])])
        let after = Self.doc([], skills: [Self.cat("Tools", ["Browserify", "Travis", "Haskell", "100+ WPM Typing", "Golang"])])
        let d = CVDiffer.diff(before, after)
        #expect(Set(d.changes.map { "\($0.kind.rawValue) \($0.new ?? "")" }) == [
            "skill.renamed Browserify", "skill.renamed Haskell", "skill.renamed 100+ WPM Typing", "skill.renamed Golang",
            "skill.added Tools", "skill.removed ",
        ])
        #expect(d.changes.first { $0.kind == .skillAdded }?.subject == "Travis")
    }

    @Test func skillAddedOrRemovedIsNamedAsWritten() {
        let before = Self.doc([], skills: [Self.cat("Package managers", ["npm", "Atmosphere (Meteor)"])])
        let after = Self.doc([], skills: [Self.cat("Package managers", ["npm"]), Self.cat("Frameworks", ["react.js"])])
        let d = CVDiffer.diff(before, after)
        #expect(Set(d.changes.map { "\($0.kind.rawValue) \($0.subject)" }) == ["skill.removed Atmosphere (Meteor)", "skill.added react.js"])
    }

    @Test func techStackLineEditedIsSkillChangesInTheRole() {
        var before = Self.role("Acme", "Engineer", PartialDate(year: 2019), .present, bullets: ["Built the billing service."])
        before.text = [Bullet(text: "Tech Stack: Ruby, Rails, Vue, Kubernetes,", source: Self.r(5)),
                       Bullet(text: "AWS, GNU/Linux (Debian, Ubuntu, Red Hat)", source: Self.r(6))]
        var after = before
        after.text = [Bullet(text: "Tech Stack: Ruby, Rails, Vue.js, Datadog, Kubernetes, AWS, GNU/Linux (Debian, Ubuntu, Red Hat)", source: Self.r(5))]
        let d = CVDiffer.diff(Self.doc([before]), Self.doc([after]))
        #expect(Set(d.changes.map { "\($0.kind.rawValue) \($0.new ?? "")" }) == ["skill.renamed Vue.js", "skill.added Acme · Engineer"])
        #expect(d.changes.first { $0.kind == .skillAdded }?.subject == "Datadog")
        // A sentence with commas is no list.
        #expect(CVDiffer.listEntries("Designed, implemented, and deployed large-scale web applications.") == nil)
    }

    /// A sentence reworded beside an unchanged tech stack line: no list to compare (the same list items as written), the
    /// sentence is reworded.
    @Test func sentenceRewordedBesideAnUnchangedListIsNoListChange() {
        let stack = Bullet(text: "Stack: Go, Postgres, Redis, Terraform", source: Self.r(5))
        let old = [stack, Bullet(text: "Built the billing service for four regional teams, with reports.", source: Self.r(6))]
        let new = [stack, Bullet(text: "Built the billing service for four regional teams, with audit reports.", source: Self.r(6))]
        #expect(CVDiffer.diffLists(old, new, subject: "Acme") == nil)
        var before = Self.role("Acme", "Engineer", PartialDate(year: 2019), .present, bullets: [])
        before.text = old
        var after = before
        after.text = new
        let d = CVDiffer.diff(Self.doc([before]), Self.doc([after]))
        #expect(d.changes.map(\.kind) == [.bulletReworded])
    }

    /// `mayBeList` on the bytes: a list of short entries (a label of three words at most before a colon aside, brackets kept
    /// whole) may be one, a sentence may not (a clause of short entries may: `listEntries` decides); every text that gives
    /// list entries passes it.
    @Test func listLinesAreToldOnTheBytes() {
        let lists = ["Stack: Go, Postgres, Redis", "Editors: Vim; tmux; zsh", "Built the service, the ledger, and the reports.",
                     "GNU/Linux (Debian, Ubuntu, Red Hat), AWS", "Café, Crème brûlée", "Go,Rust"]
        let sentences = ["Built the billing service for four regional teams, with reports.", "Tools of the trade: Vim; tmux; zsh",
                         "Stack: Go", "No commas here", "", ":", "One: two three four five six, seven", "(a, b, c)"]
        for t in lists { #expect(CVDiffer.mayBeList(t), "\(t)") }
        for t in sentences { #expect(!CVDiffer.mayBeList(t), "\(t)") }
        for t in lists + sentences where CVDiffer.listEntries(t) != nil { #expect(CVDiffer.mayBeList(t), "\(t)") }
    }

    /// `sameSpelling`'s test on the letters of ASCII texts answers what comparing the words answers.
    @Test func sameSpellingOnLettersIsTheWordsAnswer() {
        let pairs = [
            ("Led the team.", "Led the team"), ("AGILE", "Agile"), ("Initrode.Labs", "Initrode Labs"), ("a-b", "ab"),
            ("(Rails) done.", "Rails done"), ("Led the team", "Led a team"), ("Led", "Led the team"), ("", "..."),
            ("C++ and C#", "C++ and C"), ("1,000 users", "1000 users"), ("Café", "Cafe"), ("x  y", "x y"), ("Go!", "Go?"),
        ]
        for (x, y) in pairs {
            #expect(Key.sameSpelling(x, y) == (x == y || Key.sameWords(x, y)), "\(x) | \(y)")
            if let differ = Key.asciiLettersDiffer(x, y), differ { #expect(!Key.sameWords(x, y), "\(x) | \(y)") }
        }
        #expect(Key.asciiLettersDiffer("Café", "Cafe") == nil)
        // A space typed after a comma is spacing; another letter is not.
        #expect(Key.sameSpelling("Okafor T.,Lind B. and Marsh P.", "Okafor T., Lind B. and Marsh P."))
        #expect(!Key.sameSpelling("Okafor T.,Lind B. and Marsh P.", "Okafor T., Lund B. and Marsh P."))
    }

    @Test func roleMovedIntoDateOrderIsNoChange() {
        // Acme (since 2019, current) listed last, then moved to the top where its start puts it.
        let d = CVDiffer.diff(Self.doc([Self.dream, Self.tangent, Self.acme]), Self.doc([Self.acme, Self.dream, Self.tangent]))
        #expect(d.isEmpty)
    }

    @Test func personLabelRespeltAndAProfileRenamedAreOneChangeEach() {
        var before = Self.doc([])
        before.person.label = "Software // Web Developer"
        before.person.links = [Link(label: "Twitter", url: "jdoe"), Link(label: "github", url: "https://github.com/jdoe")]
        var after = before
        after.person.label = "Software | Web Developer"
        after.person.links = [Link(label: "Twitter", url: "@jdoe"), Link(label: "github", url: "https://github.com/jdoe"),
                              Link(label: "codesandbox", url: "https://example.org/jdoe")]
        let d = CVDiffer.diff(before, after)
        #expect(d.changes.map { "\($0.kind.rawValue) \($0.old ?? "-") → \($0.new ?? "-")" } == [
            "person.changed Software // Web Developer → Software | Web Developer",
            "contact.changed jdoe (Twitter) → @jdoe (Twitter)",
            "contact.changed - → https://example.org/jdoe (codesandbox)",
        ])
    }

    @Test func projectRenamedWithItsDescriptionIsOneChangeAndEducationDetailsAreNamed() {
        var before = Self.doc([])
        before.projects = [Project(name: "Nanotube Tool: research project building an interactive designer for DNA nanotubes", source: Self.r(3))]
        before.education = [Education(institution: "Northtown University", qualification: "BSc Physics", bullets: [Bullet(text: "Courses: Optics", source: Self.r(8))], source: Self.r(7))]
        var after = before
        after.projects = [Project(name: "Nanotube Tool (NT): research project where I built an interactive designer for DNA nanotubes", source: Self.r(3))]
        after.education[0].bullets.append(Bullet(text: "Experience: chess club treasurer", source: Self.r(9)))
        let d = CVDiffer.diff(before, after)
        #expect(kinds(d) == ["project.changed", "education.changed"])
        #expect(d.changes.last?.new == "details: + Experience: chess club treasurer")
    }

    @Test func roleWithTheSameSpanRenamedAndRetitledIsOneRole() {
        let before = Self.role("Lumen Labs", "Lead Solidity engineer", PartialDate(year: 2020, month: 8), .present,
                               bullets: ["Created contracts for the governance token."])
        let after = Self.role("Lumen Finance", "Lead engineer, smart contracts", PartialDate(year: 2020, month: 8), .present,
                              bullets: ["Created contracts for the governance token (Solidity).", "Built the backend services."])
        let d = CVDiffer.diff(Self.doc([Self.tangent, before]), Self.doc([Self.tangent, after]))
        #expect(Set(kinds(d)) == ["role.retitled", "role.organisation", "bullet.reworded", "bullet.added"])
    }
    @Test func educationWrittenAnotherWayIsOneChangeAndOtherCoursesOfItsYearStayApart() {
        func year(_ y: Int) -> DateSpan { DateSpan(start: PartialDate(year: y), end: .date(PartialDate(year: y)), text: "\(y)") }
        var before = Self.doc([])
        before.education = [
            Education(qualification: "Completed the full course of Riverbend Polytechnic, obtained a Bachelor in Soil Science", dates: year(2016), source: Self.r(3)),
            Education(qualification: "Data Modelling Basics", dates: year(2021), source: Self.r(5)),
            Education(qualification: "Intro to Statistics", dates: year(2021), source: Self.r(6)),
        ]
        var after = Self.doc([])
        after.education = [
            Education(institution: "Riverbend Polytechnic", qualification: "Bachelor in Soil Science", dates: year(2016), source: Self.r(3)),
            Education(institution: "Open Learning Hub", qualification: "Data Modelling Basics", dates: year(2021), source: Self.r(5)),
            Education(qualification: "Intro to Graph Theory", dates: year(2021), source: Self.r(6)),
        ]
        let d = CVDiffer.diff(before, after)
        #expect(d.changes.map { "\($0.kind.rawValue) \($0.subject)" }.sorted() == [
            "education.added Intro to Graph Theory",
            "education.changed Bachelor in Soil Science, Riverbend Polytechnic",
            "education.changed Data Modelling Basics, Open Learning Hub",
            "education.removed Intro to Statistics",
        ])
        // The same words in another year are another entry.
        var later = before
        later.education[1].dates = year(2023)
        later.education[1].institution = "Open Learning Hub"
        #expect(kinds(CVDiffer.diff(before, later)).sorted() == ["education.added", "education.removed"])
    }

    @Test func headingsNumberedOrUnnumberedAreTheSameSections() {
        var before = Self.doc([])
        before.headings = [SectionHeading(title: "2. Contact details:", kind: .other, source: Self.r(2)),
                           SectionHeading(title: "4.Skills", kind: .skills, source: Self.r(8)),
                           SectionHeading(title: "5) Code samples", kind: .other, source: Self.r(12)),
                           SectionHeading(title: "2019 Talks", kind: .other, source: Self.r(20))]
        var after = Self.doc([])
        after.headings = [SectionHeading(title: "Contact details", kind: .other, source: Self.r(2)),
                          SectionHeading(title: "Skills", kind: .skills, source: Self.r(8)),
                          SectionHeading(title: "Code sample:", kind: .other, source: Self.r(12)),
                          SectionHeading(title: "2020 Talks", kind: .other, source: Self.r(20))]
        // A year in a title is a word of it: the talks of 2019 are not those of 2020.
        let d = CVDiffer.diff(before, after)
        #expect(!d.changes.isEmpty && d.changes.allSatisfy { $0.subject.hasSuffix("Talks") })
    }
    @Test func aProjectWhoseLinkIsMendedIsTheSameProject() {
        var before = Self.doc([])
        before.projects = [Project(name: "[Orbit Planner] (https://example.org/orbit)", text: [Bullet(text: "[Orbit Planner] (https://example.org/orbit)", source: Self.r(4))], source: Self.r(4)),
                           Project(name: "Tide Table Viewer", source: Self.r(5))]
        var after = Self.doc([])
        after.projects = [Project(name: "Orbit Planner", text: [Bullet(text: "Orbit Planner", source: Self.r(4))], source: Self.r(4)),
                          Project(name: "Tide Table Explorer", source: Self.r(5))]
        // The mended link is nothing; the other project renamed is one change of its name, not of its name and its text.
        #expect(CVDiffer.diff(before, after).changes.map { "\($0.kind.rawValue) \($0.new ?? "")" } == ["project.changed name: Tide Table Viewer → Tide Table Explorer"])
    }
    @Test func aLineOfTheEducationSectionReadAsAnEntryInTheNextVersionIsOneEntryChanged() {
        var before = Self.doc([])
        before.sections = [NamedSection(title: "Education", kind: .education, items: [
            Bullet(text: "In 2012 graduated from Larkspur Maritime College with a diploma in Coastal Surveying", source: Self.r(20)),
            Bullet(text: "Chess club captain", source: Self.r(21)),
        ], source: Self.r(19))]
        var after = Self.doc([])
        after.sections = [NamedSection(title: "Education", kind: .education, items: [Bullet(text: "Chess club captain", source: Self.r(22))], source: Self.r(19))]
        after.education = [Education(institution: "Larkspur Maritime College", qualification: "Diploma in Coastal Surveying",
                                     dates: DateSpan(start: PartialDate(year: 2012), end: .date(PartialDate(year: 2012)), text: "2012"), source: Self.r(20))]
        after.education.append(Education(institution: "Quayside Night School", qualification: "Welding", source: Self.r(21)))
        let d = CVDiffer.diff(before, after)
        // The reworded entry is one change; an entry with other words is still added.
        #expect(d.changes.map { "\($0.kind.rawValue) \($0.subject)" }.sorted() == [
            "education.added Welding, Quayside Night School",
            "education.changed Diploma in Coastal Surveying, Larkspur Maritime College",
        ])
    }
    @Test func anItemMadeAHeadingWithTheItemsAfterItIsLayout() {
        var before = Self.doc([])
        before.headings = [SectionHeading(title: "Referees", kind: .references, source: Self.r(30))]
        before.sections = [NamedSection(title: "Referees", kind: .references, items: ["Priya Vantongeren", "Tutor at Northgate Code Club", "Phone on request"]
            .enumerated().map { Bullet(text: $1, source: Self.r(31 + $0)) }, source: Self.r(30))]
        var after = Self.doc([])
        after.headings = before.headings + [SectionHeading(title: "Priya Vantongeren", kind: .other, source: Self.r(31))]
        after.sections = [NamedSection(title: "Referees", kind: .references, items: [], source: Self.r(30)),
                          NamedSection(title: "Priya Vantongeren", kind: .other, items: ["Tutor at Northgate Code Club", "Phone on request"]
                            .enumerated().map { Bullet(text: $1, source: Self.r(32 + $0)) }, source: Self.r(31))]
        #expect(CVDiffer.diff(before, after).changes.isEmpty)
        #expect(CVDiffer.diff(after, before).changes.isEmpty)
        // A heading over lines that were not all there is a section added.
        var more = after
        more.sections[1].items.append(Bullet(text: "Available from June", source: Self.r(34)))
        #expect(kinds(CVDiffer.diff(before, more)).contains("section.added"))
    }
}
