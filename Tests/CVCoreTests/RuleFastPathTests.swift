import Testing
@testable import CVCore

/// The validation rules' fast paths (session 10) give the answers of the slower formulations they replace.
@Suite struct RuleFastPathTests {
    /// A made-up CV: a job, a company named after its owner, a side role by its title (three roles of one heading).
    static let cv = """
        # Maren Folkvang

        ## Experience

        ### Brightwater Labs

        Platform Engineer • Mar 2018 – present

        - Built the deployment pipeline.

        ### Folkvang Maren Studio

        Designer • 2015 – 2018

        - Designed shop fronts.

        ### Tinsel Robotics

        Summer Intern • Jun 2014 – Aug 2014

        - Wrote test rigs.
        """

    @Test func sideRolesOfADocumentAreEachRolesAnswer() throws {
        let document = try CVReader.parse(text: Self.cv, path: "cv.md", format: .markdown)
        let sides = SideRoles.sides(of: document)
        #expect(sides == document.roles.map { SideRoles.isSide($0, person: document.person.name) })
        // A careful reader: the job is a job; the owner's own studio and the internship are side roles.
        #expect(document.roles.map(\.organisation) == ["Brightwater Labs", "Folkvang Maren Studio", "Tinsel Robotics"])
        #expect(sides == [false, true, true])
    }

    @Test(arguments: ["Open-source maintainer", "Board of Trustees", "Part-time tutor", "Senior Engineer", "Co-op student", "", "side projects"])
    func wordListLookupsAreTheTextLookups(text: String) {
        // The old check searched the text's bytes for each word of the set before splitting it.
        let lower = text.lowercased()
        let slow = SideRoles.words.contains { lower.utf8.containsBytes(of: $0) }
            && SideRoles.lowerWords(text).contains { SideRoles.words.contains(String($0)) }
        #expect(SideRoles.containsAny(SideRoles.lowerWords(text), SideRoles.words) == slow)
        #expect(SideRoles.containsAny(text, SideRoles.words) == slow)
    }

    @Test(arguments: ["Led the team.", "  2019: Built a thing", "", "1234 -- 99", "Über-cool launch", "x", "Re-wrote it"])
    func firstWordIsTheFirstPieceOfTheSplit(text: String) {
        let split = text.split(whereSeparator: { !$0.isLetter }).first
        #expect(WordConfusions.firstWord(text) == split)
    }

    @Test(arguments: ["", "a", "a b", "a ", " a", "a  b", "one two three four five six", "   "])
    func wordCountIsTheNumberOfPieces(key: String) {
        #expect(DuplicateBulletRule.wordCount(key) == key.utf8.split(separator: 0x20).count)
    }

    @Test(arguments: ["href=", "HREF=", "hReF=", "href:", "hre=f", "\u{212A}ref=", "href", "ahref", "hhref="])
    func hrefIsTheLowercasedComparison(window: String) {
        let scalars = Array(window.unicodeScalars)
        let slow = scalars.count >= 5 && String(String.UnicodeScalarView(scalars[0..<5])).lowercased() == "href="
        #expect(LinkBrokenRule.isHref(scalars, at: 0) == slow, "\(window)")
    }

    @Test func linesWithoutALinkCueAreSkippedAndTheOthersRead() {
        let text = """
            See [my site](https://maren.example.org) for more.
            Optional [argument] and a = sign, no link.
            <a HREF="https://tinsel.example.com">Tinsel</a>
            \\item[Tools] key=value
            a ]( b
            """
        let source = SourceText(text)
        #expect((1...5).map { LinkBrokenRule.mayHoldLink(source.lines.line($0).utf8) } == [true, false, true, false, true])
        #expect(LinkBrokenRule.targets(in: source).map(\.0) == ["https://maren.example.org", "https://tinsel.example.com"])
    }

    @Test(arguments: [
        "Moved the billing database to Postgres with Terraform and Kubernetes.", "Go, Rust; C++ (and C#) [k8s]: node.js!",
        "'quoted' \"names\" *stars* tabs\tand\r\nCRLF lines.\r\n", "ends with dots...", "", "   ", "a:b:c", "Why? Because!",
    ])
    func asciiTokensAreTheScalarTokens(text: String) {
        let fast = SkillMentions.tokens(of: text)
        let slow = SkillMentions.scalarTokens(of: text)
        #expect(fast.map(\.0) == slow.map(\.0) && fast.map(\.1) == slow.map(\.1), "\(text)")
    }

    @Test func squashedSectionNamesAreTheCharacterFilter() {
        var slow: [String: SectionKind] = [:]
        for (name, kind) in SectionClassifier.kinds {
            let key = name.filter { $0 != " " }
            if slow[key] == nil { slow[key] = kind }
        }
        for (key, kind) in slow { #expect(PlainTextSections.squashedKind(key) == kind, "\(key)") }
        for other in ["workexperiencex", "xworkexperience", "work experience", "", "w"] where slow[other] == nil {
            #expect(PlainTextSections.squashedKind(other) == nil, "\(other)")
        }
    }

    @Test func oneWordTableHoldsBothTables() {
        for (word, names) in WordConfusions.knownNamesByFirstWord { #expect(WordConfusions.byLowerWord[word]?.names == names) }
        for (word, entries) in WordConfusions.byWord { #expect(WordConfusions.byLowerWord[word]?.entries?.map(\.suggestion) == entries.map(\.suggestion)) }
        #expect(WordConfusions.byLowerWord.count == Set(WordConfusions.knownNamesByFirstWord.keys).union(WordConfusions.byWord.keys).count)
    }

    @Test(arguments: ["Co-op Student, --Summer 2019", "Part-time TUTOR\r\nat K\u{212A} Club", "-- -a- b--c", "", "Café Owner", "42 Labs"])
    func asciiWordsAreTheCharacterSplit(text: String) {
        let slow = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }.map { $0.drop { $0 == "-" } }.filter { !$0.isEmpty }
        #expect(SideRoles.lowerWords(text) == slow)
    }

    @Test(arguments: ["E X P E R I E N C E", "W O R K  E X P E R I E N C E", "Experience", "MUL T I ME D I A", "A B C D", "a B C D", "E X P É R I E N C E", "1 2 3 4"])
    func despacedHeadingsAreReadAsBefore(text: String) {
        let pieces = text.split(separator: " ")
        var slow: String?
        if pieces.count >= 4, pieces.allSatisfy({ p in p.count <= 3 && p.allSatisfy { $0.isLetter && $0.isUppercase } }),
           pieces.filter({ $0.count == 1 }).count * 10 >= pieces.count * 6 {
            slow = pieces.joined()
        }
        #expect(PlainTextSections.despaced(text) == slow)
    }
}

/// `repeatedItems` tells most bullets with three commas from a list on their bytes (`mayBeList`): the answer is the one
/// of the string formulation it skips (`bytesFirst: false`, the session 11 code) on made-up bullets of every shape.
@Suite struct RepeatedItemsFastPathTests {
    @Test func listsAndSentencesAsTheStringFormulation() {
        let pieces = [
            "Kestrel", "kestrel", " ", "  ", "And", "and Kestrel", "OR Kestrel", "or", "Flint Deck", "Flint  Deck Rail Ops",
            "Rail Ops Yard", ".", "Rail. Ops", "Rail.Ops", "Yard;", "Ops (Quay, Dock)", "[Dock, Quay]", "\tQuay", "Quay\n",
            "Quay\r\n", "Dock.", "Dock. ", "", "Ånd", "Quay…",
        ]
        var bullets: [String] = [
            "Stack: docker, python, git, github, git.", "Wrote, tested, shipped, and supported the, tool.",
            "  Kestrel, Flint, Kestrel, Deck ;", "Kestrel, Flint, Deck, Kestrel.;.", ",,Kestrel,,Flint,,Deck,,Kestrel,,",
        ]
        // Every sequence of four to six pieces (a few thousand), joined by commas.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<4000 {
            var parts: [String] = []
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let count = 4 + Int(state >> 61) % 3
            for _ in 0..<count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                parts.append(pieces[Int(state >> 33) % pieces.count])
            }
            bullets.append(parts.joined(separator: ","))
            bullets.append(parts.joined(separator: ", "))
        }
        var lists = 0
        for bullet in bullets {
            let fast = DuplicateBulletRule.repeatedItems(in: bullet)
            #expect(fast == DuplicateBulletRule.repeatedItems(in: bullet, bytesFirst: false), "\(bullet.debugDescription)")
            if !fast.isEmpty { lists += 1 }
        }
        // Both kinds are met: lists naming an item twice, and bullets that are none.
        #expect(lists > 100)
        #expect(lists < bullets.count - 100)
    }
}
