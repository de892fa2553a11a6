import Dispatch
import Synchronization
import Testing
@testable import CVCore


/// Reading a text a segment at a time through a memo (`MarkdownCVParser(memo:)`, what `cvtrack` runs) must give
/// exactly the document that reading it whole gives (`MarkdownCVParser()`), line numbers included, whatever the
/// memo holds from other texts.
@Suite("Markdown read a segment at a time equals Markdown read whole")
struct MarkdownSegmentedReadingTests {
    static let files: [String] = [
        "seeds/000_markdown_cv.txt", "seeds/001_markdown_cv.txt",
        "corpus/cvs/md-cameronpresley.md", "corpus/cvs/md-jacob-swanson.md", "corpus/cvs/md-plrthink-en.md",
    ]

    static let samples = ["cv.md", "broken-cv.md"] + [1, 2, 4, 5, 6].map { "history/0\($0).md" }

    /// A file of the project's `samples/`.
    static func sample(_ name: String) -> String? {
        let file = #filePath
        guard let range = file.firstRange(of: "/Tests/CVCoreTests/") else { return nil }
        return MarkdownTestCorpus.file(String(file[..<range.lowerBound]) + "/samples/" + name)
    }

    static func texts() -> [(String, String)] {
        var out: [(String, String)] = []
        for f in files { if let t = MarkdownTestCorpus.text(f) { out.append((f, t)) } }
        for s in samples { if let t = sample(s) { out.append(("samples/" + s, t)) } }
        return out
    }

    /// Whether both readings agree; on a difference, records the first element that differs (and the text).
    @discardableResult
    func same(_ text: String, memo: MarkdownParseMemo, _ name: String) throws -> Bool {
        let whole = try MarkdownCVParser().parse(text)
        let parts = try MarkdownCVParser(memo: memo).parse(text)
        guard parts != whole else { return true }
        func first<T: Equatable>(_ a: [T], _ b: [T], _ what: String) -> String? {
            guard a != b else { return nil }
            let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            return "\(what)[\(i)]: \(i < a.count ? "\(a[i])" : "none") vs \(i < b.count ? "\(b[i])" : "none")"
        }
        let where_ = [
            first(parts.roles, whole.roles, "roles"), first(parts.projects, whole.projects, "projects"),
            first(parts.education, whole.education, "education"), first(parts.skills, whole.skills, "skills"),
            first(parts.sections, whole.sections, "sections"), first(parts.headings, whole.headings, "headings"),
            first(parts.notes, whole.notes, "notes"), parts.person == whole.person ? nil : "person: \(parts.person) vs \(whole.person)",
            parts.summary == whole.summary ? nil : "summary",
        ].compactMap { $0 }.joined(separator: "\n")
        Issue.record("\(name): read in segments differs from read whole:\n\(where_)\n--- text ---\n\(text)")
        return false
    }

    @Test func theSamplesSeedsAndCorpusCVs() throws {
        let texts = Self.texts()
        #expect(texts.count >= 8, "the project's samples are always there")
        let memo = MarkdownParseMemo()
        for (name, text) in texts {
            try same(text, memo: MarkdownParseMemo(), name + " (fresh memo)")
            try same(text, memo: memo, name + " (memo of the others)")
            try same(text, memo: memo, name + " (read before)")
        }
    }

    /// The memo reuses the last front matter when a text starts with the same bytes up to the end of its
    /// closing fence's line: texts that share more or less than that must still read as they do whole.
    @Test func frontMatterReusedOnlyWhereTheTextStartsTheSame() throws {
        let matter = "---\nname: Sam Carter\nemail: sam@example.org\n---"
        let body = "\n# Sam Carter\n\n## Experience\n\n### Acme\n\n**Engineer** • 2019 – 2020\n\n- Built things.\n"
        let texts = [
            matter + body,
            matter + body.replacingOccurrences(of: "things", with: "more things"),
            matter,  // the text ends at the fence
            matter + "\n",
            matter + " not a fence any more" + body,  // the fence line goes on
            matter + "\n...\n" + body,
            matter.replacingOccurrences(of: "Sam Carter", with: "Samantha Carter") + body,  // another value
            "---\nname: Sam Carter\nemail: sam@example.org\n...\n" + body,  // closed by `...`
            "\n" + matter + body,  // not at the top: no front matter
            matter + body,
        ]
        let memo = MarkdownParseMemo()
        for (n, text) in texts.enumerated() { try same(text, memo: memo, "text \(n)") }
    }

    @Test func theSampleCVIsReadInSegments() throws {
        let text = try #require(Self.sample("cv.md"))
        let segments = try #require(MarkdownSegments.split(text))
        // One segment per ATX heading after a blank line, and the text before the first.
        let headings = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { i, line in
            line.hasPrefix("#") && i > 0
        }
        #expect(segments.count > 5)
        #expect(segments.count <= headings.count + 1)
    }

    /// Lines that make cutting hard: fences, comments, HTML, link definitions, setext underlines, lazy lines.
    static let snippets = [
        "", "", "# Heading", "## Experience", "### Acme Corp", "#### Engineer • 2019 – 2020", "- a bullet", "  - nested",
        "```", "~~~", "```swift", "<!-- hidden", "-->", "<!-- one line -->", "<div>", "</div>", "<details>", "</details>",
        "<b>bold", "</b>", "    indented code", "> quoted", "[ref]: https://example.org", "see [ref]", "---", "===",
        "| a | b |", "|---|---|", "<pre>", "</pre>", "<?php", "<!DOCTYPE html>", "Senior Engineer, Acme, 2018 - present",
        "<dl><dt>Acme</dt>", "<dd>Engineer</dd></dl>", "1. first", "* star", "## Skills", "- **Data:** Postgres, Kafka",
        "## Projects", "### tool", "## Education", "### University of Bath", "#Not a heading", "\t# tab heading",
    ]

    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// The segments of a text found from the last text's (`MarkdownSegments.split(bytes:after:segments:)`, the memo's
    /// layer) are the segments `split` finds in it, and a segment said to keep its bytes has the old segment's bytes.
    /// Returns whether both agree (records the difference).
    @discardableResult
    func sameSegments(_ text: String, after old: String, _ name: String) -> Bool {
        func bytes(_ t: String) -> [UInt8] { Array(t.utf8) }
        let (new, previous) = (bytes(text), bytes(old))
        let plain = new.withUnsafeBufferPointer { MarkdownSegments.split(bytes: $0) }
        guard let oldSegments = previous.withUnsafeBufferPointer({ MarkdownSegments.split(bytes: $0) }) else { return true }
        let edited = new.withUnsafeBufferPointer { b in
            previous.withUnsafeBufferPointer { MarkdownSegments.split(bytes: b, after: $0, segments: oldSegments) }
        }
        let a = plain.map { $0.map { [$0.bytes.lowerBound, $0.bytes.upperBound, $0.firstLine] } }
        let b = edited.map { $0.segments.map { [$0.bytes.lowerBound, $0.bytes.upperBound, $0.firstLine] } }
        guard a == b else {
            Issue.record("\(name): segments found from the last text's differ from a split: \(String(describing: b)) vs \(String(describing: a))")
            return false
        }
        for (k, o) in (edited?.same ?? []).enumerated() {
            guard let o, let segments = edited?.segments else { continue }
            guard new[segments[k].bytes] == previous[oldSegments[o].bytes] else {
                Issue.record("\(name): segment \(k) is said to keep the bytes of the old segment \(o), and does not")
                return false
            }
        }
        return true
    }

    /// Edits of made-up CVs where the cuts move: a heading that starts a part changed, made no heading, a fence or a
    /// comment opened above headings (and closed again), a blank line taken from above a heading, the first and last
    /// lines changed, the text unchanged.
    @Test func segmentsFoundFromTheLastTextAreThoseOfASplit() {
        let base = [
            "# Robin Vale", "", "Platform engineer.", "", "## Experience", "", "### Larkspur Freight", "",
            "**Lead Engineer** • 2021 – present", "", "- Ran the routing service.", "", "### Pebble Books", "",
            "**Engineer** • 2017 – 2021", "", "- Kept the shop running.", "", "### Tern Labs", "", "**Intern** • 2016",
            "", "## Skills", "", "- Go, SQL", "",
        ]
        var texts: [[String]] = [base]
        func edited(_ change: (inout [String]) -> Void) { var t = base; change(&t); texts.append(t) }
        edited { $0[12] = "### Pebble Books and Maps" }
        edited { $0[12] = "Pebble Books" }
        edited { $0[11] = "- one more line" }
        edited { $0.insert("```", at: 10) }
        edited { $0.insert("```", at: 10); $0.insert("```", at: 20) }
        edited { $0.insert("<!-- hidden", at: 10) }
        edited { $0.insert("<!-- hidden", at: 10); $0.insert("-->", at: 16) }
        edited { $0[0] = "# Robin A. Vale" }
        edited { $0[$0.count - 2] = "- Go, SQL, Rust" }
        edited { $0.append("### Trailing heading") }
        edited { $0.insert(contentsOf: ["### Moss Ltd", "", "**Engineer** • 2015", ""], at: 18) }
        edited { $0.removeSubrange(12..<18) }
        edited { $0[16] = "- [ref]: a definition" }
        edited { $0 = Array($0[..<4]) }
        var n = 0
        for old in texts {
            for text in texts {
                sameSegments(text.joined(separator: "\n"), after: old.joined(separator: "\n"), "pair \(n)")
                n += 1
            }
        }
        // And random edits of the samples, seeds and corpus CVs, each found from the version before it.
        var random = Random(state: 7)
        for (name, text) in Self.texts() {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var last = text
            for step in 0..<80 {
                Self.edit(&lines, &random, moves: false)
                let now = lines.joined(separator: "\n")
                if !sameSegments(now, after: last, "\(name) after edit \(step)") { break }
                last = now
            }
        }
    }

    /// A reader of roles takes the answers the last one left of which entries hold no post (`EntryFinder.NoPostAnswers`,
    /// per entry's place): an entry at the same place whose title turns into a membership, or back, is asked again.
    @Test func entriesThatHoldNoPostAreToldAgainWhenTheirTitleChanges() throws {
        func cv(_ title: String) -> String {
            """
            # Dana Whitlock

            ## Experience

            ### Fernhill Cartography

            **Survey Engineer** • 2020 – present

            - Mapped the river valleys.

            ### Gullwing Transit

            **\(title)** • 2018 – 2020

            - Planned the night routes.

            ### Hollowbrook Press

            **Editor** • 2015 – 2018

            - Edited the yearly almanac.

            """
        }
        let memo = MarkdownParseMemo()
        let versions = [cv("Route Planner"), cv("Member of the Board"), cv("Route Planner"), cv("Board member"), cv("Dispatcher")]
        var roles: [[String?]] = []
        for (n, text) in versions.enumerated() {
            // Each version read a few times, so that the memo keeps its parts and runs as it does for a history.
            for _ in 0..<3 { try same(text, memo: memo, "version \(n)") }
            roles.append(try MarkdownCVParser(memo: memo).parse(text).roles.map(\.title))
        }
        #expect(roles[0] == ["Survey Engineer", "Route Planner", "Editor"])
        #expect(roles[1] == ["Survey Engineer", "Editor"], "a membership is no post held")
        #expect(roles[2] == roles[0])
        #expect(roles[3] == roles[1])
        #expect(roles[4] == ["Survey Engineer", "Dispatcher", "Editor"])
    }

    /// One random edit of `lines`: a snippet inserted, a line removed, replaced by a snippet or made longer, or (with
    /// `moves`) up to five lines copied elsewhere.
    static func edit(_ lines: inout [String], _ random: inout Random, moves: Bool = true) {
        let at = random.next(lines.count + 1)
        switch random.next(moves ? 5 : 4) {
        case 0: lines.insert(Self.snippets[random.next(Self.snippets.count)], at: at)
        case 1: if at < lines.count { lines.remove(at: at) }
        case 2: if at < lines.count { lines[at] = Self.snippets[random.next(Self.snippets.count)] }
        case 3: if at < lines.count { lines[at] += " edited" }
        default:
            let n = min(5, lines.count - at)
            if n > 0 { lines.insert(contentsOf: lines[at..<at + n], at: random.next(lines.count)) }
        }
    }

    /// Random edits, each version compared with reading it whole, through one memo (and a tiny one that keeps
    /// dropping what it holds).
    @Test(arguments: [512, 3])
    func randomEditsThroughOneMemo(capacity: Int) throws {
        let texts = Self.texts()
        try #require(!texts.isEmpty)
        var random = Random(state: UInt64(capacity))
        let memo = MarkdownParseMemo(capacity: capacity)
        for (name, text) in texts {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for step in 0..<60 {
                Self.edit(&lines, &random)
                if try !same(lines.joined(separator: "\n"), memo: memo, "\(name) after edit \(step)") { break }
            }
        }
    }

    /// The versions of one work section, one part changed at a time (a bullet, a heading that names an employer or
    /// not, a part's date): each read through one memo is what reading it whole gives, and the memo's answers for the
    /// unchanged parts' headings (kept by the lines' origins) are the answers of reading them again.
    @Test func aWorkSectionChangedOnePartAtATime() throws {
        func cv(_ first: String, _ second: String, _ bullet: String, _ year: String) -> String {
            """
            # Robin Vale

            ## Experience

            ### \(first)

            **Platform Engineer** • Mar 2021 – Present

            - \(bullet)
            - Kept the build green.

            ### \(second)

            **Software Engineer** • Jan \(year) – Feb 2021

            - Wrote the billing exporter.

            ### Quillfeather Studio

            **Junior Developer** • 2014 – 2016

            - Fixed the layout engine.

            ## Skills

            - **Languages:** Go, Rust
            """
        }
        let versions = [
            cv("Brambleworth Ltd", "Cobalt Lantern GmbH", "Moved the queue to Kafka.", "2017"),
            cv("Brambleworth Ltd", "Cobalt Lantern GmbH", "Moved the queue to Kafka, for 12 teams.", "2017"),
            cv("Freelance work", "Cobalt Lantern GmbH", "Moved the queue to Kafka, for 12 teams.", "2017"),
            cv("Freelance work", "Selected projects", "Moved the queue to Kafka, for 12 teams.", "2017"),
            cv("Brambleworth Ltd", "Selected projects", "Moved the queue to Kafka, for 12 teams.", "2016"),
            cv("Brambleworth Ltd", "Cobalt Lantern GmbH", "Moved the queue to Kafka.", "2017"),
        ]
        let memo = MarkdownParseMemo()
        for (n, text) in versions.enumerated() {
            try same(text, memo: memo, "version \(n)")
        }
        let first = try MarkdownCVParser(memo: memo).parse(versions[0])
        #expect(first.roles.map(\.organisation) == ["Brambleworth Ltd", "Cobalt Lantern GmbH", "Quillfeather Studio"])
        #expect(first.roles.map(\.title) == ["Platform Engineer", "Software Engineer", "Junior Developer"])
    }

    /// A work section whose parts hold more than roles (a part's introduction before its first role, a heading named
    /// like a projects section, a membership, a degree at a university), versions
    /// that grow and shrink a part by lines (everything after it moves, in lines and in cue lines) or move a part:
    /// each read through one memo is what reading it whole gives.
    @Test func partsSetApartFromRolesMovedByLines() throws {
        let parts = [
            "### Brambleworth Ltd\n\nA logistics firm of forty people.\n\n**Platform Engineer** • Mar 2021 – Present\n\n- Moved the queue to a broker.\n",
            "### Selected projects\n\n**Tidemark** • 2020 – 2021\n\n- A tide table for harbour pilots.\n",
            "### Cobalt Lantern GmbH\n\n**Software Engineer** • Jan 2017 – Feb 2021\n\n- Wrote the billing exporter.\n",
            "### Guild of Harbour Pilots\n\n**Member of the standards committee** • 2018 – 2020\n",
            "### Northfield University\n\n**MSc Physics** • 2014 – 2016\n\n- Thesis on tidal models.\n",
        ]
        func cv(_ order: [Int], grow: Int = 0) -> String {
            var body = order.map { parts[$0] }
            // More bullets in the first part: every line after it moves down.
            if grow > 0 { body[0] += (1...grow).map { "- Kept release \($0) on time.\n" }.joined() }
            return "# Robin Vale\n\n## Experience\n\n" + body.joined(separator: "\n") + "\n## Skills\n\n- **Languages:** Go, Rust\n"
        }
        let versions = [
            cv([0, 1, 2, 3, 4]), cv([0, 1, 2, 3, 4], grow: 2), cv([0, 1, 2, 3, 4], grow: 1), cv([0, 2, 1, 3, 4], grow: 1),
            cv([0, 2, 1, 4, 3]), cv([2, 0, 1, 4, 3], grow: 3), cv([0, 1, 2, 3, 4]),
        ]
        let memo = MarkdownParseMemo()
        for (n, text) in versions.enumerated() {
            try same(text, memo: memo, "version \(n)")
        }
        let grown = try MarkdownCVParser(memo: memo).parse(versions[1])
        // The first part grown by two bullets keeps all three; the parts after it read as before.
        #expect(grown.roles.contains { $0.title == "Platform Engineer" && $0.bullets.count == 3 })
        #expect(grown.roles.contains { $0.organisation == "Cobalt Lantern GmbH" && $0.title == "Software Engineer" && $0.bullets.count == 1 })
        // A membership is no post held; a degree is education.
        #expect(!grown.roles.contains { $0.title == "Member of the standards committee" })
        #expect(grown.education.contains { $0.institution == "Northfield University" && $0.qualification == "MSc Physics" })
    }

    /// Made-up work sections, a role changed, added, removed or moved at a time (`ParsingFastPathTests.roleVersions`),
    /// each read through one memo (and a tiny one): what reading it whole gives.
    @Test(arguments: [512, 3])
    func workSectionsChangedARoleAtATime(capacity: Int) throws {
        let memo = MarkdownParseMemo(capacity: capacity)
        for (n, roles) in ParsingFastPathTests.roleVersions().enumerated() {
            let text = "# Robin Vale\n\n## Experience\n\n" + ParsingFastPathTests.workSection(roles) + "\n\n## Skills\n\n- **Languages:** Go, Rust\n"
            try same(text, memo: memo, "version \(n)")
        }
    }

    /// cmark-gfm changes a global table during each parse: reading on several threads at once (as `cvtrack log`
    /// does) must give what reading on one thread gives. Before parses were serialised, autolinks went missing.
    @Test func readingOnManyThreadsAtOnceGivesWhatOneThreadGives() throws {
        let small = "# Sam\n\nwww.example.org and https://example.org/x and ~~old~~ text\n\n## Experience\n\n### Acme\n\n- [x] www.acme.example\n"
        let texts = Self.texts().map(\.1) + Array(repeating: small, count: 20)
        let expected = try texts.map { try MarkdownCVParser().parse($0) }
        let wrong = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 4000) { i in
            let k = i % texts.count
            let document = try? MarkdownCVParser().parse(texts[k])
            if document != expected[k] { wrong.withLock { $0 += 1 } }
        }
        #expect(wrong.withLock { $0 } == 0)
    }

    /// cmark-gfm gives no line (0) to the paragraph left when a table's delimiter row does not parse; such a
    /// node takes the line of the node before it, in both readings (found by the `segments` fuzz harness).
    @Test func aParagraphCmarkGivesNoLineIsPlacedTheSameWay() throws {
        let text = """
            ---
            title: CV
            ---

            # Sam Carter

            ## Skills

            | Category | Tools |
            | :------- | :----is |
            | Data | PostgreSQL |
            | :------- | :--------- |
            | Build | Bazel |

            ## Experience

            ### Acme

            - Built things.

            """
        try #require(MarkdownSegments.split(MarkdownFrontMatter.split(text).1) != nil, "the text is read in segments")
        #expect(try same(text, memo: MarkdownParseMemo(), "table that does not open"))
        // The paragraph is placed at the heading before it, not at line 1 (the front matter's fence).
        let lines = try MarkdownCVParser().parse(text).sections.flatMap { $0.items.map(\.source.start.line) }
            + (try MarkdownCVParser().parse(text).skills.map(\.source.start.line))
        #expect(!lines.contains(1))
    }
}
