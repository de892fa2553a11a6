import Testing
@testable import CVCore

/// The byte-level fast paths of the parsers (`UTF8Scan`) must give exactly what the character-by-character
/// code gives. Checked on every line of the seeds and the corpus (when present) and on built-in lines, each
/// also with typographic and decomposed characters mixed in.
@Suite struct ParsingFastPathTests {
    static let builtIn = [
        "**Staff Software Engineer** • Feb 2023 – Present · Bristol, UK",
        "Senior Engineer (June 2012 - March 2013), Acme Corp.",
        "Aug. '19 – present | Remote", "2019-20 · Lecturer", "05/2020 — 12/2021", "1,000,000 users; 3.5x faster",
        "Summer 1996, 1997, 1998", "from 2015 to the present", "since 2019 ( ) [ ] (  ) [] ()",
        "  — Python, Go & Rust and some experience with TypeScript etc.  ", "Skills: C++ (proficient) (5 years)",
        "June &#151; Present", "&MDASH; 2019 &ndash; 2020 &#x2014;", "İstanbul Üniversitesi · 2010–2014",
        "Ω-Labs ‒ 2001 ― 2002 − 2003", "’99 – ‘01", "Café  Crème\u{00A0}Ltd\u{2009}— 2020", "x\u{0085}y\u{2028}z",
        "Ingénieur logiciel chez Société Générale (2018 – 2021)", "a\u{0301} 2019 e\u{0301}", "Teacher, 2٠١٩",
        "Lead ²3.5 2020.5", "LIKE such as Including: Kafka", "~/dev | tools /", "Work & Education", "Q&A - 2019",
        "// 07.2019 -- 15.03.2021", "2020. 07. ~ 2021. 08.", "Nov18 - now; Jun18 - Nov18", "[16-17] Advisor, [99-01]",
        "2015–16, 2014-17", "2019 -> 2021 (~6 years)", "Mai 2023 - aujourd'hui", "févr. 2018 – Sommer 2019 bis heute",
    ]

    static var lines: [String] {
        var out = builtIn
        let files = [
            "seeds/000_fb3b53788010aff8.txt", "seeds/001_9a63d334eb8a7d54.txt", "seeds/002_6232cc96241afb48.txt",
            "corpus/cvs/md-cameronpresley.md", "corpus/cvs/md-jacob-swanson.md", "corpus/cvs/md-plrthink-en.md",
            "corpus/cvs/txt-92bondstreet.txt", "corpus/cvs/json-wnka.json", "corpus/cvs/rendercv-iamdantz.yaml",
        ]
        for file in files {
            guard let text = MarkdownTestCorpus.text(file) else { continue }
            out += text.split(separator: "\n").prefix(400).map(String.init)
        }
        // Each line also with other characters in: typographic, decomposed, non-breaking, upper case.
        let variants = out.flatMap { line -> [String] in
            [
                line.uppercased(),
                line.replacingAll("-", with: "–").replacingAll(" ", with: "\u{00A0}"),
                line.replacingAll("e", with: "e\u{0301}").replacingAll("'", with: "’"),
                line.replacingAll(",", with: " • ").replacingAll("(", with: "( )"),
            ]
        }
        return out + variants
    }

    @Test func dateTokensAreTheSameOnBytesAsOnCharacters() {
        for line in Self.lines where UTF8Scan.isSimple(line) {
            var copy = line
            let fast = copy.withUTF8 { DateParser.tokenizeSimple(line, $0) }
            let slow = DateParser.tokenizeCharacters(line)
            #expect(fast.map(\.kind) == slow.map(\.kind), "\(line)")
            let offsets = { (t: [DateParser.Token]) in
                t.map { line.utf8.distance(from: line.startIndex, to: $0.range.lowerBound) * 100_000
                    + line.utf8.distance(from: line.startIndex, to: $0.range.upperBound) }
            }
            #expect(offsets(fast) == offsets(slow), "\(line)")
        }
    }

    /// A plain-text line's words cut on its bytes where it is ASCII (`PlainTextWords.asciiWords`) are those the
    /// `Character` split finds, at the same places; `firstWord` is the first of them.
    @Test func plainTextWordsAreTheSameOnBytes() {
        let texts = Self.lines + ["", " ", "\t", "  a  ", "a\tb \t c", "\r\n", "a\r\n b", " \u{0301}x y", "x \u{0301}y", "end "]
        for text in texts {
            let slow = text[...].split(whereSeparator: { $0 == " " || $0 == "\t" })
            let fast = PlainTextWords.words(text)
            #expect(fast.map(String.init) == slow.map(String.init), "\(text.debugDescription)")
            #expect(fast.map(\.startIndex) == slow.map(\.startIndex) && fast.map(\.endIndex) == slow.map(\.endIndex), "\(text.debugDescription)")
            #expect(PlainTextWords.firstWord(text[...]).map(String.init) == slow.first.map(String.init), "\(text.debugDescription)")
        }
    }

    /// A side role's words found after the whole-text byte check (`SideRoles.containsAny`) are those found from
    /// the text's words alone.
    @Test func sideRoleWordsAreTheSameAfterTheByteCheck() {
        var texts = Self.lines
        for word in SideRoles.words.sorted() { texts += [word, word.uppercased() + " of Things", "ex-" + word, word + "s", "a" + word] }
        for text in texts {
            for set in [SideRoles.words, SideRoles.descriptionWords] {
                let slow = SideRoles.lowerWords(text).contains { set.contains(String($0)) }
                #expect(SideRoles.containsAny(text, set) == slow, "\(text)")
            }
        }
    }

    /// A line's length counted on its bytes where it is ASCII (`CueLine.characterCount`) is its count of characters,
    /// at every length around the eight-byte steps, with a carriage return or a character beyond ASCII anywhere.
    @Test func characterCountsAreTheSameOnBytes() {
        var texts = Self.lines
        for n in 0...20 {
            let plain = String(repeating: "a", count: n)
            texts.append(plain)
            for k in 0..<n {
                var chars = Array(plain)
                for odd: Character in ["\r", "\r\n", "é", "e\u{0301}", "\u{7F}", "\u{80}"] {
                    chars[k] = odd
                    texts.append(String(chars))
                }
            }
        }
        texts += ["a\r\nb", "12345678\r\n", "1234567\r\n", "\r\n\r\n\r\n\r\n"]
        for text in texts { #expect(CueLine.characterCount(of: text) == text.count, "\(text.debugDescription)") }
    }

    /// Subheadings found on the bytes of ASCII text are those found from the text's words.
    @Test func subheadingsAreTheSameOnBytes() {
        var texts = Self.lines
        for name in MarkdownCues.subheadings {
            texts += [name, name.uppercased(), "**" + name + ":**", " " + name + " - ", "'" + name + "'", name + " 2019", name + "s", "-" + name + "'-"]
        }
        texts += ["", " ", "--", "key  results", "Key-Results", "what I did:", String(repeating: "highlights ", count: 5), "Highlights •", "Rôle"]
        // Words with many trailing marks, longer than the buffer of the fast path.
        texts += ["tools" + String(repeating: "-", count: 120), "a" + String(repeating: "'", count: 99) + " stack", String(repeating: "x", count: 200)]
        for text in texts {
            #expect(MarkdownCues.isSubheading(text) == MarkdownCues.subheadings.contains(MarkdownCues.words(text).joined(separator: " ")), "\(text)")
        }
    }

    /// A line's measures, kept with it (`CueLine.measure()`), answer what measuring its text again answers, and are
    /// forgotten when its text changes; the lines the memo keeps for a segment are measured.
    @Test func keptMeasuresAreTheTextsMeasures() {
        for text in Self.lines + ["", "Key Results", "**Highlights:**", "Senior Engineer • 2019 – 2021"] {
            for kind in [CueLine.Kind.text, .heading(3), .item(0)] {
                var line = CueLine(kind: kind, text: text, source: SourceRange(lines: 1, 1))
                line.measure()
                #expect(line.measures != nil)
                #expect(line.characterCount == text.count, "\(text)")
                #expect(line.wordCount == MarkdownCues.wordCount(text), "\(text)")
                #expect(line.isSubheading == MarkdownCues.isSubheading(text), "\(text)")
                line.text += " and more"
                #expect(line.measures == nil)
                #expect(line.characterCount == text.count + 9 && line.wordCount == MarkdownCues.wordCount(text) + 2, "\(text)")
            }
        }
        let memo = MarkdownParseMemo()
        let cv = "# Jane Doe\n\n## Experience\n\n### Acme\n\n**Engineer** • 2019 – 2021\n\n- Built things.\n\n### Key Results\n\n- More.\n"
        for _ in 0..<2 {
            let read = MarkdownBlockReader.read(segmentsOf: cv, memo: memo)!
            let cues = MarkdownCueLines.lines(
                of: 0...(read.blocks.count - 1), blocks: read.blocks, layout: read.layout, memo: memo, dateMemo: memo.dates)
            #expect(!cues.lines.isEmpty)
            for line in cues.lines {
                #expect(line.measures != nil)
                #expect(line.characterCount == line.text.count && line.wordCount == MarkdownCues.wordCount(line.text))
            }
        }
    }

    /// Words counted on a text's bytes are those counted over its `utf8` view, for Strings and Substrings.
    @Test func wordCountsAreTheSameOnBytes() {
        func slow(_ text: some StringProtocol) -> Int {
            text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }).count
        }
        for line in Self.lines + ["", " ", "\t\r\n", "a\tb\r\nc  d ", " x"] {
            #expect(MarkdownCues.wordCount(line) == slow(line), "\(line)")
            #expect(MarkdownCues.wordCount(line.dropFirst()) == slow(line.dropFirst()), "\(line)")
        }
    }

    /// The element at a place of the sorted values, found by counting (`EntryFinder.sortedElement`), is the sorted array's.
    @Test func sortedElementsAreTheSortedArraysElements() {
        var generator = SystemRandomNumberGenerator()
        for n in 1...40 {
            for range in [0...5, 0...200, 0...5000, -3...90] {
                let values = (0..<n).map { _ in Int.random(in: range, using: &generator) }
                for k in [0, n / 2, n * 9 / 10, n - 1] {
                    #expect(EntryFinder.sortedElement(values, at: k) == values.sorted()[k], "\(values) \(k)")
                }
            }
        }
    }

    /// A part's key by origins (`EntryFinder.partKey`) tells apart parts whose lines differ in any of segment, position,
    /// kind, header flag, block or line number, however far a line is from the one before it.
    @Test func partKeysByOriginTellEveryDifferenceApart() {
        func key(_ change: (inout [CueLine], inout [MarkdownParseMemo.CueOrigin]) -> Void) -> MarkdownParseMemo.ContentKey {
            var lines = (0..<6).map { i in
                CueLine(kind: i == 0 ? .heading(3) : .item(0), text: i == 0 ? "Acme" : "Built things \(i).", block: i == 0 ? 0 : 1,
                        source: SourceRange(lines: 10 + i, 10 + i))
            }
            var origins = (0..<6).map { MarkdownParseMemo.CueOrigin(segment: 7, line: $0) }
            change(&lines, &origins)
            let finder = EntryFinder(lines, purpose: .roles, memo: EntryFieldsMemo(), origins: origins)
            return finder.partKey(0..<lines.count, first: true)
        }
        let base = key { _, _ in }
        #expect(key { _, _ in } == base)
        let changes: [(inout [CueLine], inout [MarkdownParseMemo.CueOrigin]) -> Void] = [
            { _, o in o[3].segment = 8 }, { _, o in o[3].line = 9 }, { _, o in o[0].line = 1 }, { l, _ in l[4].kind = .item(1) },
            { l, _ in l[2].block = 2 }, { l, _ in l[5].block = 40 }, { l, _ in l[3].source = SourceRange(lines: 14, 14) },
            { l, _ in l[5].source = SourceRange(lines: 90, 90) }, { l, _ in l[0].source = SourceRange(lines: 9, 9) },
            { l, _ in l[1].kind = .heading(3) },
        ]
        for (n, change) in changes.enumerated() { #expect(key(change) != base, "change \(n)") }
    }

    /// A made-up work section: roles under `### Employer` headings (or `### Title, Employer (dates)` ones), each a run of
    /// lines of its own.
    static func workSection(_ roles: [String]) -> String {
        roles.joined(separator: "\n\n")
    }

    static let roleTexts = [
        "### Brambleworth Ltd\n\n**Platform Engineer** • Mar 2021 – Present · Leeds\n\n- Moved the queue to Kafka, for 12 teams.\n- Kept the build green.",
        "### Cobalt Lantern GmbH\n\n**Software Engineer** • Jan 2017 – Feb 2021\n\n- Wrote the billing exporter in Go.\n- Ran the on-call rota for two years, halving the pages a week.",
        "### Quillfeather Studio\n\n**Junior Developer** • 2014 – 2016\n\n- Fixed the layout engine.",
        "### Data Engineer, Tarnwick Mills (2012 - 2014)\n\nBuilt the nightly loads for the mills' sales figures, which ran in an hour instead of a night.",
        "### Orrery Labs\n\n#### Lead Engineer\n2010 – 2012\n\n- Led four engineers.\n\n#### Engineer\n2008 – 2010\n\n- Wrote the device drivers.",
        "### Volunteering\n\n- Graduated: 2016\n- Treasurer of the Hillside Chess Club, 2005 - 2008",
        "### Fernhollow Council\n\n| Role | Period |\n|---|---|\n| Clerk | 2003 - 2005 |",
        "### Senior Analyst, Wexbridge Bank\n\nMay 2001 – Dec 2002\n\nA sentence wide enough to be prose, which runs on over the width of the section's other lines,\nand goes on here.",
        "### Glasswing Co\n\nTerm title\n: 1999 – 2001\n\n- Sold glass.",
    ]

    /// Versions of the made-up work section: a role changed, added, removed, moved across a part's start, a heading that
    /// starts a part changed, roles run together, a lead line, heading levels changed.
    static func roleVersions() -> [[String]] {
        let r = roleTexts
        var versions: [[String]] = [r, r]
        versions.append([r[0].replacing("Kept the build green.", with: "Kept the build green, for 40 teams."), r[1]] + r[2...])
        versions.append(Array(r[..<3]) + ["### Hawthorn Freight\n\n**Engineer** • 2016 – 2017\n\n- Shipped the tracker."] + r[3...])
        versions.append(Array(r[1...]))
        versions.append([r[1], r[0]] + r[2...])
        versions.append([r[0].replacing("### Brambleworth Ltd", with: "### Platform Engineer, Brambleworth Ltd (2021 - 2023)")] + r[1...])
        versions.append([r[0].replacing("### Brambleworth Ltd", with: "### Selected projects")] + r[1...])
        // The second post at Orrery Labs moved under Quillfeather Studio (across the start of a part).
        let moved = "\n\n#### Engineer\n2008 – 2010\n\n- Wrote the device drivers."
        versions.append([r[0], r[1], r[2] + moved, r[3], r[4].replacing(moved, with: "")] + r[5...])
        versions.append(r.reversed())
        versions.append(["Worked for these:"] + r)
        versions.append(Array(r[4...]) + Array(r[..<4]))
        versions.append([r[2]])
        versions.append(r.map { $0.replacing("###", with: "##") })
        // A run of a heading alone, over a dated heading and then over an undated one (what the pass finds past a run's
        // last heading is the next run's first line).
        versions.append([r[0], "## Career break", r[3], r[1]])
        versions.append([r[0], "## Career break", r[1], r[3]])
        versions.append([r[0], "## Career break", r[3].replacing(" (2012 - 2014)", with: ""), r[1]])
        return versions
    }

    /// The shared reader's section-wide pass taken a run of lines at a time through the memo (each run of a segment, kept
    /// by its origin: `EntryFinder.prepareByRuns`) gives what the pass over all the lines gives: header flags, facts,
    /// prose width, labelled dates, entries and roles, whatever the memo holds from the versions before (a role changed,
    /// added, removed, moved across a part's start, a heading that starts a part changed).
    @Test func sectionPassARunAtATimeIsThePassOverAllTheLines() {
        let memo = EntryFieldsMemo()
        var ids: [String: Int] = [:]
        /// The lines of a section with origins as the memo's cue lines carry them: one segment per run that opens with a
        /// heading of level 3, its id a function of its lines.
        func finders(_ text: String, purpose: EntryFields.Purpose) -> (EntryFinder, EntryFinder) {
            let (blocks, _) = MarkdownBlockReader.read(text, source: MarkdownSource(text))
            let lines = MarkdownCueLines.lines(blocks)
            var starts = lines.indices.filter { lines[$0].headingLevel.map { $0 <= 3 } ?? false }
            if starts.first != 0 { starts.insert(0, at: 0) }
            var origins: [MarkdownParseMemo.CueOrigin] = []
            for (k, start) in starts.enumerated() {
                let end = k + 1 < starts.count ? starts[k + 1] : lines.count
                let content = lines[start..<end].map { "\($0.kind.code) \($0.block - lines[start].block) \($0.text)" }.joined(separator: "\n")
                let id = ids[content] ?? ids.count + 1
                ids[content] = id
                origins += (start..<end).map { MarkdownParseMemo.CueOrigin(segment: id, line: $0 - start) }
            }
            return (EntryFinder(lines, purpose: purpose, memo: memo, origins: origins), EntryFinder(lines, purpose: purpose))
        }
        let r = Self.roleTexts
        let versions = Self.roleVersions()
        for purpose in [EntryFields.Purpose.roles, .education, .projects] {
            for (n, roles) in versions.enumerated() {
                let (runs, whole) = finders(Self.workSection(roles), purpose: purpose)
                let name = "version \(n), \(purpose)"
                #expect(runs.headers == whole.headers, "\(name)")
                #expect(runs.facts == whole.facts, "\(name)")
                #expect(runs.wideLine == whole.wideLine && runs.firstLine == whole.firstLine, "\(name)")
                #expect(runs.strongHeaders == whole.strongHeaders && runs.itemsHoldEntries == whole.itemsHoldEntries, "\(name)")
                #expect(runs.dates == whole.dates, "\(name)")
                var g1 = 0
                var g2 = 0
                #expect(runs.roles(section: "Experience", group: &g1) == whole.roles(section: "Experience", group: &g2), "\(name)")
                #expect(runs.education() == whole.education() && runs.projects() == whole.projects(), "\(name)")
                #expect(runs.loose == whole.loose, "\(name)")
            }
        }
        // The made-up section reads as a careful reader reads it (the check above compares two readings of it).
        let (finder, _) = finders(Self.workSection(r), purpose: .roles)
        var group = 0
        let roles = finder.roles(section: "Experience", group: &group)
        #expect(roles.prefix(3).map(\.organisation) == ["Brambleworth Ltd", "Cobalt Lantern GmbH", "Quillfeather Studio"])
        #expect(roles.prefix(3).map(\.title) == ["Platform Engineer", "Software Engineer", "Junior Developer"])
    }

    @Test func separatorsAreTrimmedAndSplitTheSameOnBytes() {
        for line in Self.lines {
            #expect(MarkdownCues.trimSeparators(line) == MarkdownCues.trimSeparatorsOfCharacters(line), "\(line)")
            for separator in MarkdownCues.separators + [" at ", " @ ", " At "] {
                #expect(
                    MarkdownCues.splitOutsideParentheses(line, separator: separator)
                        == MarkdownCues.splitOutsideParenthesesOfCharacters(line, separator: separator), "\(line)")
            }
        }
    }

    @Test func headingsNormaliseAndSkillListsSplitTheSameOnBytes() {
        for line in Self.lines {
            #expect(SectionClassifier.normalise(line) == SectionClassifier.normaliseCharacters(line), "\(line)")
            if UTF8Scan.isSimple(line) {
                #expect(MarkdownSkillReader.piecesOfSimple(line) == MarkdownSkillReader.pieces(line), "\(line)")
            }
        }
    }

    /// `classify` keeps its answers by heading text: asked twice, or after the kept answers start afresh, it answers
    /// what classifying the text again answers.
    @Test func keptSectionKindsAreTheKindsClassifiedAgain() {
        let headings = Self.lines + ["Work Experience", "Volunteer Experience", "Short films", "Open-source", "Acme Corp",
                                     "Training and Conferences", "経歴 詳細", "Experience as Senior Developer", ""]
        for _ in 0..<2 {
            for heading in headings {
                #expect(SectionClassifier.classify(heading) == SectionClassifier.classifyText(heading), "\(heading)")
            }
        }
        // More headings than are kept: the answers start afresh and stay right.
        for k in 0...(SectionClassifier.answerLimit + 10) {
            let heading = k % 2 == 0 ? "Projects \(k)" : "Senior Engineer \(k)"
            #expect(SectionClassifier.classify(heading) == (k % 2 == 0 ? .projects : .other))
        }
        #expect(SectionClassifier.classify("Work Experience") == .experience)
    }

    /// The memo keeps `namesNoPost`'s answers by the title's and the organisation's bytes: each pair is read once, and
    /// every answer, kept or not, is the answer read again (texts swapped, missing, empty or cut elsewhere are other pairs).
    @Test func keptPostAnswersAreTheAnswersReadAgain() {
        let pairs: [(String?, String?)] = [
            ("Member of the programme committee", nil), ("Member", "Northwind Traders"), ("Northwind Traders", "Member"),
            ("Software Engineer", "Northwind Traders"), ("Volunteer tutor", "Riverside Library"), (nil, "Volunteering"),
            ("Master thesis", "Eastbridge University"), ("Master thesis intern", "Northwind Traders"), ("Team member", "Acme"),
            ("Semester abroad", nil), (nil, nil), ("", ""), ("", nil), (nil, ""), ("Be\u{301}ne\u{301}vole", nil), ("Bénévole", nil),
            // The same bytes cut between the two texts at another place: another pair.
            ("Member of", "the board"), ("Member", "of the board"),
        ]
        let memo = EntryFieldsMemo()
        var read = 0
        for _ in 0..<2 {
            for (title, organisation) in pairs {
                let kept = memo.namesNoPost(title: title, organisation: organisation) {
                    read += 1
                    return EntryFinder.namesNoPost(title: title, organisation: organisation)
                }
                #expect(kept == EntryFinder.namesNoPost(title: title, organisation: organisation), "\(String(describing: title)) \(String(describing: organisation))")
            }
        }
        #expect(read == pairs.count)
        #expect(EntryFinder.namesNoPost(title: "Member", organisation: "Northwind Traders"))
        #expect(!EntryFinder.namesNoPost(title: "Software Engineer", organisation: "Northwind Traders"))
    }

    @Test func suffixesPrefixesAndTrimmingMatchTheCharacterAnswers() {
        for line in Self.lines {
            for suffix in [".", "..", ":", "•", "|"] {
                #expect(UTF8Scan.hasSuffix(line, suffix) == line.hasSuffix(suffix), "\(line)")
            }
            #expect(UTF8Scan.hasPrefix(line, "---") == line.hasPrefix("---"), "\(line)")
            let set: Set<Character> = [" ", "\t", ",", ";", ".", ":", "(", ")"]
            var expected = line[...]
            while let f = expected.first, f.isWhitespace || set.contains(f) { expected = expected.dropFirst() }
            while let l = expected.last, l.isWhitespace || set.contains(l) { expected = expected.dropLast() }
            #expect(line.trimmingCharacters(in: " \t,;.:()") == String(expected), "\(line)")
        }
    }

    @Test func markdownIsDetectedTheSameOnBytes() {
        var texts = [Self.builtIn.joined(separator: "\n"), "# Jane\n\n## Work\n", "Jane\n===\n[x](y)\n", "a\r\n# b\r\n**c**"]
        for file in ["seeds/000_fb3b53788010aff8.txt", "seeds/001_9a63d334eb8a7d54.txt", "seeds/002_6232cc96241afb48.txt",
            "corpus/cvs/txt-92bondstreet.txt", "corpus/cvs/md-jacob-swanson.md"]
        {
            guard let text = MarkdownTestCorpus.text(file) else { continue }
            texts += [text, text.replacingAll(" ", with: "\u{00A0}"), text.replacingAll("\n", with: "\n  ")]
        }
        for text in texts {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            let expected = text.hasPrefix("---\n") || CVReader.looksLikeMarkdown(lines: lines)
            #expect(CVReader.looksLikeMarkdown(text) == expected)
        }
    }
}

/// The word classes looked up on bytes (`WordClasses.table`, `forEachPart`) and `isPlace`'s byte test give what
/// the sets of strings give, on made-up lines and the lines of the seeds and corpus (with their variants).
@Suite struct WordClassFastPathTests {
    static let builtIn = [
        "Austin, TX", "Remote CA, US", "Paris, France (HQ)", "Co-Founder/CTO", "Développeur-senior chez Acme",
        "New York", "new york, ny", "Springfield, IL / Remote", "UK (now part of Globex)", "(Remote)", "Singapore",
        "Bachelor's degree, Northtown University", "M.Sc. Physics", "Senior-Software-Engineer", "Ingénieur d'études",
        "Hybrid - Berlin", " , ; ", "/", "Acme GmbH, Munich, Germany", "Teaching-Assistant-", "-lead", "x-", "Wales.",
        "A very long text that goes on and on and on and on past sixty bytes, ending in Canada", "SG", "sg",
        "Cafe\u{0301} Labs, Montre\u{0301}al", "Staff Engineer at Initech; Lecturer in Physics", "Course-work/Studies",
        "Oficina-Remoto", "Chef de projet – Télétravail", "Student (Full-Time), Example College",
    ]

    static var texts: [String] {
        var out = builtIn + ParsingFastPathTests.lines
        // Each line's comma parts and last words too: what `isPlace` is asked of.
        out += out.flatMap { $0.split(separator: ",").map(String.init) }
        out += out.compactMap { $0.split(separator: " ").suffix(2).joined(separator: " ") }
        out += Array(WordClasses.places) + WordClasses.placeCodes.map { $0 } + Array(WordClasses.placeWords)
        return out
    }

    @Test func wordClassCountsAreTheSetsCounts() {
        func slow(_ text: String, _ set: Set<String>) -> Int { WordClasses.parts(text).filter { set.contains($0) }.count }
        for text in Self.texts {
            #expect(WordClasses.titleScore(text) == slow(text, WordClasses.titleWords), "\(text)")
            #expect(WordClasses.organisationScore(text[...]) == slow(text, WordClasses.organisationWords), "\(text)")
            let (title, organisation) = WordClasses.titleAndOrganisationScores(text)
            #expect(title == slow(text, WordClasses.titleWords) && organisation == slow(text, WordClasses.organisationWords), "\(text)")
            #expect(WordClasses.count(text, WordClasses.Class.institution) == slow(text, WordClasses.institutionWords), "\(text)")
            #expect(WordClasses.count(text, WordClasses.Class.degree) == slow(text, WordClasses.degreeWords), "\(text)")
            #expect(WordClasses.count(text, WordClasses.Class.course) == slow(text, WordClasses.courseWords), "\(text)")
        }
    }

    @Test func placesAreTheSameOnBytes() {
        for text in Self.texts {
            #expect(WordClasses.isPlace(text) == WordClasses.isPlaceOfCharacters(text), "\(text)")
            #expect(WordClasses.isPlace(text[...]) == WordClasses.isPlaceOfCharacters(text), "\(text)")
        }
        #expect(WordClasses.isPlace("Austin, TX") && WordClasses.isPlace("Remote") && !WordClasses.isPlace("Acme Labs"))
    }
}

/// The LaTeX layout's lines collapsed in one pass over their bytes (`LaTeXLayout.collapse(bytes:)`) read as the
/// word-by-word collapse they were first written with.
@Suite struct LaTeXLineFastPathTests {
    /// The first collapse: words cut at spaces into an array, separators dropped at its ends, `|` twice once.
    static func collapseByWords(_ text: String) -> String {
        var words: [ArraySlice<UInt8>] = []
        let bytes = Array(text.utf8)
        var start = -1
        for (i, b) in bytes.enumerated() {
            if b == 0x20 || b == 0x0A || b == 0x09 {
                if start >= 0 { words.append(bytes[start..<i]); start = -1 }
            } else if start < 0 {
                start = i
            }
        }
        if start >= 0 { words.append(bytes[start...]) }
        let separators: [[UInt8]] = [[0x7C], [0xC2, 0xB7], [0xE2, 0x80, 0xA2]]
        while let f = words.first, separators.contains(where: { f.elementsEqual($0) }) { words.removeFirst() }
        while let l = words.last, separators.contains(where: { l.elementsEqual($0) }) { words.removeLast() }
        var out: [UInt8] = []
        var lastBar = false
        for w in words {
            let bar = w.elementsEqual([0x7C])
            if bar && lastBar { continue }
            lastBar = bar
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: w)
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func linesCollapseTheSameInOnePass() {
        let made = [
            "", " ", "|", " | · • ", "Acme | | Engineer", "  | Acme  Labs |  2019 -- 2021 • ", "a\tb\nc  d", "• x",
            "x •", "| | |", "Café · Crème | ·", "Engineer |", "|Engineer", " ||  | a", "\u{00A0}| a", "a | · | b",
        ]
        for text in made + ParsingFastPathTests.lines {
            #expect(LaTeXLayout.collapse(text) == Self.collapseByWords(text), "\(text)")
        }
    }

    /// Lines `collapse` leaves as they are take its fast path (`isCollapsed`), and read the same as by words; those
    /// it changes do not take it.
    @Test func collapsedLinesTakeTheFastPathWithTheSameAnswer() {
        let collapsed = ["Acme Labs", "x", "Café crème, Zürich", "2019 – 2021", "Senior Engineer, Acme (Remote)", "a-b c/d"]
        let changed = ["Acme  Labs", " Acme", "Acme ", "a\tb", "a\nb", "Acme | Labs", "· Acme", "Acme •", "|", "Acme ·Labs"]
        for text in collapsed {
            var copy = text
            #expect(copy.withUTF8 { LaTeXLayout.isCollapsed($0) }, "\(text)")
            #expect(LaTeXLayout.collapse(text) == Self.collapseByWords(text) && LaTeXLayout.collapse(text) == text, "\(text)")
        }
        for text in changed {
            var copy = text
            #expect(!copy.withUTF8 { LaTeXLayout.isCollapsed($0) }, "\(text)")
            #expect(LaTeXLayout.collapse(text) == Self.collapseByWords(text), "\(text)")
        }
    }

    /// The tables of command names read through one lookup (`knownCommands`) say what each table says, and no more.
    @Test func oneCommandTableSaysWhatEachTableSays() {
        let names = Set(LaTeXLayout.headingLevels.keys).union(LaTeXLayout.layoutCommands.keys).union(LaTeXLayout.wrappers.keys)
            .union(LaTeXLayout.symbols.keys)
        #expect(Set(LaTeXLayout.knownCommands.keys) == names)
        for name in names {
            let known = LaTeXLayout.knownCommands[name]
            #expect(known?.headingLevel == LaTeXLayout.headingLevels[name], "\(name)")
            #expect(known?.layoutArguments == LaTeXLayout.layoutCommands[name], "\(name)")
            #expect(known?.wrapperSkipped == LaTeXLayout.wrappers[name], "\(name)")
            #expect(known?.symbol == LaTeXLayout.symbols[name], "\(name)")
        }
        // A heading name with a letter more has a length the mask lets through.
        for name in LaTeXLayout.headingLevels.keys {
            let length = (name + "s").utf8.count
            #expect(LaTeXLayout.headingLengthsPlusOne & (1 << UInt64(length)) != 0, "\(name)")
        }
        #expect(LaTeXSyntaxTests.lines("\\sections{Work} \\subsectionx{Acme}") == ["Work", "Acme"])
        #expect(LaTeXSyntaxTests.lines("\\section*{Work}\nBuilt \\textbf{tools} in \\LaTeX{} \\hspace*{1em}{fast}") == ["Work", "Built tools in LaTeX fast"])
    }

    /// An argument of only texts and spaces (and groups of them) is laid out without a sub-layout
    /// (`inlineOfPlainText`): the same line as the sub-layout's, in every style; any other argument is left to it.
    @Test func plainArgumentsLaidOutStraightReadAsTheSubLayoutReadsThem() {
        let plain = [
            "{Acme Labs}", "{  Acme   Labs  }", "{Acme {Labs} Ltd}", "{}", "{ }", "{Caf\\'e  Cr\\`eme, Z\\\"urich}", "{2019 -- 2021}",
            "{R\\&D~Lead}", "{Acme | Labs}", "{• Acme}", "{{{deep}} text}", "{x\ny}",
        ]
        let other = ["{\\textbf{Acme} Labs}", "{Acme \\\\ Labs}", "{Acme \\hfill 2020}", "{a & b}", "{\\href{https://x.org}{X}}", "{\\item x}", "{a\n\nb}"]
        for source in plain + other {
            let document = "Line one\n" + source
            guard case .group(let children, _)? = LaTeXSyntax.parse(document).last else {
                Issue.record("no group in \(source)")
                continue
            }
            for style in [LaTeXLayout.Style(), LaTeXLayout.Style(bold: true), LaTeXLayout.Style(italic: true)] {
                var layout = LaTeXLayout(text: document, files: nil)
                layout.style = style
                let fast = layout.inlineOfPlainText(children)
                if plain.contains(source) {
                    #expect(fast == .some(layout.inlineLaidOut(children)), "\(source)")
                } else {
                    #expect(fast == nil, "\(source)")
                }
            }
        }
        // The budget is counted as a run counts it.
        let nodes = LaTeXSyntax.parse("{a {b} c}")
        let fast = LaTeXLayout(text: "", files: nil)
        let slow = LaTeXLayout(text: "", files: nil)
        _ = fast.inlineOfPlainText(nodes)
        _ = slow.inlineLaidOut(nodes)
        #expect(fast.budget.nodes == slow.budget.nodes && fast.budget.nodes > 0)
    }

    /// A word the tokenizer reads straight from the bytes (`Reader.ends(at:)`) is the text it gathers piece by
    /// piece where a dash, a quote, a math sign, a comment or a stray brace carries the text on.
    @Test func wordsReadStraightAndPieceByPiece() {
        typealias N = LaTeXSyntax.Node
        #expect(LaTeXSyntax.parse("ab cd") == [N.text("ab", 0), .space(2), .text("cd", 3)])
        #expect(LaTeXSyntax.parse("ab{cd}ef\\x") == [N.text("ab", 0), .group([.text("cd", 3)], 2), .text("ef", 6), .command("x", 8)])
        #expect(LaTeXSyntax.parse("[ab]c") == [N.text("[ab]c", 0)])
        #expect(LaTeXSyntax.parse("ab}cd") == [N.text("abcd", 0)])
        #expect(LaTeXSyntax.parse("a$b$c^d_e") == [N.text("abcde", 0)])
        #expect(LaTeXSyntax.parse("pre%note\n  post") == [N.text("prepost", 0)])
        #expect(LaTeXSyntax.parse("co--op") == [N.text("co–op", 0)])
        #expect(LaTeXSyntax.parse("café&x") == [N.text("café", 0), .cell(5), .text("x", 6)])
        #expect(LaTeXSyntaxTests.lines("x-ray and co--op, a$b$c, pre%note\n  post, [opt] a]b, It`s ``q'' x's")
            == ["x-ray and co–op, abc, prepost, [opt] a]b, It`s “q” x's"])
        #expect(LaTeXSyntaxTests.lines("\\textit{Acme Labs}\\textbf{[x] y}") == ["Acme Labs | [x] y"])
    }

    /// A text beyond ASCII starting a line with spaces loses them by characters (the slow path), as before.
    @Test func leadingSpacesOfATextBeyondASCII() {
        #expect(LaTeXSyntaxTests.lines("\\verb|  café| au lait") == ["café au lait"])
        #expect(LaTeXSyntaxTests.lines("\\verb|  cafe| au lait") == ["cafe au lait"])
        #expect(LaTeXSyntaxTests.lines("Au \\verb|  café|") == ["Au café"])
    }

    /// A line written piece by piece reads as the pieces joined: one space between words, `|` between fields set
    /// apart by their styles, leading spaces and separators dropped, accented letters kept.
    @Test func lineBuiltOnBytesReadsAsWritten() {
        #expect(LaTeXSyntaxTests.lines("\\textbf{Acme Labs} \\textit{Senior Engineer}") == ["Acme Labs | Senior Engineer"])
        #expect(LaTeXSyntaxTests.lines("  Built the   café's \\textbf{ordering}  system.") == ["Built the café's ordering system."])
        #expect(LaTeXSyntaxTests.lines("\\'Ecole   d'\\'et\\'e --  \\textit{Lyon}") == ["École d'été – Lyon"])
    }
}
