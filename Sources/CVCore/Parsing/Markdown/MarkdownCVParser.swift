/// Reads CVs written in Markdown (CommonMark + GFM, YAML front matter, embedded HTML) the way a careful
/// human reads them.
///
/// 1. Front matter is split off and read with Yams; its lines are blanked so line numbers stay the file's.
/// 2. cmark-gfm parses the rest; HTML regions are read with libxml2 (`MarkdownBlockReader`, `HTMLBlockReader`),
///    and broken HTML is reported as `.htmlBroken` notes (`HTMLTagScanner`).
/// 3. Headings split the blocks into sections, classified by `SectionClassifier`. A deeper heading with a
///    section name starts a section only where it cannot be an entry (not in skills sections, not at a
///    level that already holds entries).
/// 4. Experience sections give roles (the shared reader, `EntryFinder`), projects sections projects, education sections
///    education, skills sections skill categories (`MarkdownSkillReader`), every other section a
///    `NamedSection`. When no section says experience, an unnamed section whose entries carry dates does.
///
/// Reading choices: an entry of an experience section that is itself named like a projects section
/// (`<dt>Ongoing Side Projects</dt>`, no employer, no title) is a `Project`; a title with no employer
/// (`Freelance Web Developer`) has no organisation; titles stacked under one organisation share the bullets
/// that follow them by giving them to the last title (the one they follow); a role's range starts at its
/// organisation heading when it is the organisation's only role, else at its own title line.
public struct MarkdownCVParser: CVParser {
    /// Parts of texts read before (`MarkdownParseMemo`); nil reads every text whole.
    let parts: MarkdownParseMemo?

    /// A parser that reads each text whole.
    public init() { parts = nil }

    /// A parser that reads a text a part at a time and keeps what it read in `memo`, to read again only the
    /// parts of the next text that changed. It gives the same documents as `init()`.
    public init(memo: MarkdownParseMemo) { parts = memo }

    struct Section {
        var title: String
        var kind: SectionKind
        var level: Int
        var heading: MarkdownLine?
        /// Its blocks: a slice of the document's where they follow on from each other (no copy of them, nor a release of
        /// each when the section goes).
        var blocks: ArraySlice<MarkdownBlock> = []
        var entryLevels: Set<Int> = []
        /// Positions in the document's blocks: the heading's, the first and the last block's.
        var headingIndex: Int?
        var firstIndex: Int?
        var lastIndex: Int?
        /// Its blocks are the document's as read (no paragraph made a heading by `promotingHeadings`).
        var blocksAsRead = true
        /// Its cue lines, their dates and origins, made from the memo's cue lines of its segments (`MarkdownCueLines.lines(of:…)`);
        /// nil: made from `blocks`.
        var cues: (lines: [CueLine], dates: [DateSpan?], origins: [MarkdownParseMemo.CueOrigin])?

        /// Counts the document's block `index` in (its blocks are then set at once, `MarkdownCVParser.slice`).
        mutating func cover(_ index: Int) {
            if firstIndex == nil { firstIndex = index }
            lastIndex = index
        }
    }

    public func parse(_ text: String) throws -> CVDocument {
        let located = MarkdownFrontMatter.locate(text, memo: parts)
        let matter = located?.0
        let blocks: [MarkdownBlock]
        let htmlNotes: [ParseNote]
        var layout: MarkdownBlockReader.Layout?
        // The body starts on the front matter's closing line; read in segments, it is not copied. Read whole,
        // the front matter's lines are blanked (cmark knows no front matter).
        if let parts, let read = MarkdownBlockReader.read(
            segmentsOf: text, from: located?.1 ?? text.startIndex, lineOffset: (matter?.endLine ?? 1) - 1, memo: parts)
        {
            (blocks, htmlNotes, layout) = (read.blocks, read.notes, read.layout)
        } else {
            (blocks, htmlNotes) = MarkdownBlockReader.read(MarkdownFrontMatter.body(of: text, after: located), source: MarkdownSource(text))
        }
        // A `.md` file without any Markdown (no heading, list, table, rule, emphasis or link: a CV typed as plain text)
        // is read as plain text is, by its capitals, columns and blank lines; it stays a Markdown file. So is one whose
        // body is a fenced block of text, under front matter or not (the fences and the front matter read as blank lines).
        if htmlNotes.isEmpty, MarkdownCVParser.holdsNoMarkup(blocks), let plain = MarkdownCVParser.plainText(text, after: located) {
            var document = try PlainTextCVParser().parse(plain)
            document.format = .markdown
            return document
        }
        var document = read(
            blocks: blocks, notes: (matter?.notes ?? []) + htmlNotes, matter: matter, layout: layout, format: .markdown,
            comments: { MarkdownCVParser.sectionComments(in: text) })
        if let located, document.roles.isEmpty, located.0.lines.keys.contains(where: { $0 == "work" || SectionClassifier.classify($0) == .experience }) {
            MarkdownCVParser.readEntries(ofFrontMatter: text, end: located.1, into: &document)
        }
        return document
    }

    /// `work:` / `experience:` in the front matter of a site's page (a theme lays the CV out from it: `company`, `title`,
    /// `time`), with no role in the body: its entries are the roles (and those of an education key the schools), read
    /// as the YAML reader reads them, at their lines in the file.
    static func readEntries(ofFrontMatter text: String, end: String.Index, into document: inout CVDocument) {
        var lines = text[..<end].split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2 else { return }
        // The fences read as blank lines, so that lines keep their numbers.
        lines[0] = ""
        lines[lines.count - 1] = ""
        guard let (root, _) = try? YAMLNode.read(lines.joined(separator: "\n")), let root, root.isMapping else { return }
        var reader = JSONResumeCVParser.Reader()
        let read = reader.read(root)
        document.roles = read.roles
        if document.education.isEmpty { document.education = read.education }
    }

    /// The text a Markdown file without markup reads as plain text: itself, or with its front matter and the fence lines
    /// of its code blocks (```` ```text ````, `~~~`) blanked so that lines keep their numbers. Nil for front matter over a
    /// body that is no fenced block (its paragraphs are read as Markdown, the front matter naming the person).
    static func plainText(_ text: String, after located: (MarkdownFrontMatter, String.Index)?) -> String? {
        let body = MarkdownFrontMatter.body(of: text, after: located)
        var fences = 0
        var lines: [Substring] = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() where isCodeFence(line) {
            lines[i] = ""
            fences += 1
        }
        if fences == 0 { return located == nil ? text : nil }
        return lines.joined(separator: "\n")
    }

    /// A line opening or closing a fenced code block: three backticks or tildes or more, indented three spaces at most,
    /// then at most an info word (`text`, `plain`).
    static func isCodeFence(_ line: Substring) -> Bool {
        let indented = line.prefix(while: { $0 == " " })
        guard indented.count <= 3 else { return false }
        let rest = line.dropFirst(indented.count)
        guard let mark = rest.first, mark == "`" || mark == "~" else { return false }
        let run = rest.prefix(while: { $0 == mark })
        guard run.count >= 3 else { return false }
        let info = rest.dropFirst(run.count).drop(while: { $0 == " " || $0 == "\t" })
        let word = info.prefix(while: { $0 != " " && $0 != "\t" })
        return !word.contains(mark) && info.dropFirst(word.count).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" })
    }

    /// Only paragraphs of plain lines, and enough of them to be a CV (a short note is read as Markdown).
    static func holdsNoMarkup(_ blocks: [MarkdownBlock]) -> Bool {
        var lines = 0
        for block in blocks {
            guard case .paragraph(let ls) = block else { return false }
            for l in ls {
                // (An address written out, `jane@example.com`, `www.example.com`, is linked by the autolink extension: no markup.)
                let written = l.links.allSatisfy { $0.url.hasSuffix($0.text) }
                if l.isEmphasised || l.startsInEmphasis || l.endsInEmphasis || !written || !l.images.isEmpty { return false }
                lines += 1
            }
        }
        return lines >= 12
    }

    /// Reads the blocks of a document (Markdown's, or those another format lays out, like LaTeX): sections, entries
    /// through the shared reader, skills, the person.
    func read(
        blocks: [MarkdownBlock], notes: [ParseNote], matter: MarkdownFrontMatter?, layout: MarkdownBlockReader.Layout?,
        format: CVFormat, comments: () -> [MarkdownLine] = { [] }
    ) -> CVDocument {
        var document = CVDocument(format: format)
        document.notes = notes

        let memo = parts?.dates ?? MarkdownDateMemo()
        var (sections, nameLine) = MarkdownCVParser.sections(blocks, memo: parts, comments: comments)
        for (k, kind) in SectionClassifier.summaryKinds(sections.map(\.title), sections.map(\.kind)).enumerated() where kind != sections[k].kind {
            sections[k].kind = kind
        }
        let hasExperience = sections.contains { $0.kind == .experience }
        var groupBase = 0
        var contactLines: [MarkdownLine] = []

        for section in sections.dropFirst() {
            if let heading = section.heading {
                document.headings.append(SectionHeading(title: section.title, kind: section.kind, source: heading.source))
            }
            // Sections read before (in another version of the text) are taken from the memo.
            if let parts, let layout, section.kind != .summary, section.kind != .contact,
                let (key, firstLine) = MarkdownCVParser.key(section, layout: layout, hasExperience: hasExperience)
            {
                var read: MarkdownParseMemo.SectionRead
                if let known = parts.section(key) {
                    read = known
                } else {
                    var part = CVDocument(format: .markdown)
                    var groups = 0
                    var section = section
                    // The cue lines of segments read before are taken from the memo (only a changed segment is converted).
                    if section.blocksAsRead, let first = section.firstIndex, let last = section.lastIndex, first <= last,
                        section.blocks.count == last - first + 1, last < layout.origins.count
                    {
                        section.cues = MarkdownCueLines.lines(of: first...last, blocks: blocks, layout: layout, memo: parts, dateMemo: memo)
                    }
                    readSection(section, into: &part, groupBase: &groups, hasExperience: hasExperience, memo: memo)
                    read = MarkdownParseMemo.SectionRead(
                        firstLine: firstLine, roles: part.roles, projects: part.projects, education: part.education,
                        skills: part.skills, sections: part.sections, groups: groups)
                    parts.store(key, read)
                }
                let d = firstLine - read.firstLine
                document.roles += read.roles.map { role in
                    var r = role.shifted(by: d)
                    r.group = r.group.map { $0 + groupBase }
                    return r
                }
                groupBase += read.groups
                document.projects += read.projects.map { $0.shifted(by: d) }
                document.education += read.education.map { $0.shifted(by: d) }
                document.skills += read.skills.map { $0.shifted(by: d) }
                document.sections += read.sections.map { $0.shifted(by: d) }
                continue
            }
            switch section.kind {
            case .summary:
                if document.summary == nil, let summary = MarkdownCVParser.summary(section.blocks) {
                    document.summary = summary
                } else {
                    document.sections.append(named(section))
                }
                // A summary section that also holds dated entries (a CV under one "Curriculum Vitae" heading).
                if !hasExperience { _ = readRolesIfDated(section, into: &document, groupBase: &groupBase, memo: memo) }
            case .contact:
                contactLines += MarkdownCVParser.lines(section.blocks)
                document.sections.append(named(section))
            default:
                readSection(section, into: &document, groupBase: &groupBase, hasExperience: hasExperience, memo: memo)
            }
        }

        document.skills += MarkdownCVParser.skillsOutsideSections(sections, matter: matter, read: document.skills)

        // A CV without section headings: the header area's dated entries, when there are several.
        if document.roles.isEmpty, !hasExperience, let first = sections.first {
            let finder = entries(first, .roles, memo: memo)
            let dated = finder.entries.filter { $0.fields.dates?.start != nil }.count
            if dated >= 2 && dated * 2 >= finder.entries.count {
                var roles = finder.roles(section: nil, group: &groupBase)
                MarkdownCVParser.joinGroups(&roles)
                document.roles += roles
            }
        }

        document.roles = OpeningPosts.readingOpenPosts(RepeatedRoles.droppingOverviews(document.roles))

        // Person and summary from the front matter and the header area (read before, in another version, when
        // all of these are the same).
        let header = sections.first?.blocks ?? []
        let headerLines = MarkdownCVParser.lines(header)
        let personKey = parts.map { _ in
            MarkdownParseMemo.PersonKey(matter: matter, nameLine: nameLine, header: headerLines, contact: contactLines, summary: document.summary)
        }
        if let parts, let personKey, let known = parts.person(personKey) {
            document.person = known.person
            document.summary = known.summary
            return document
        }
        var person = Person()
        if let matter { MarkdownPersonReader.applyFrontMatter(matter, to: &person) }
        if let nameLine, person.name == nil || matter?.values["name"] == nil {
            let (name, label) = MarkdownPersonReader.splitName(nameLine.text)
            if let name {
                person.name = name
                person.sources[.name] = nameLine.source
                if let label {
                    person.label = label
                    person.sources[.label] = nameLine.source
                }
            }
        }
        readHeader(headerLines, person: &person, summary: &document.summary)
        MarkdownPersonReader.readContacts(headerLines + contactLines, into: &person)
        document.person = person
        if let parts, let personKey { parts.store(personKey, MarkdownParseMemo.PersonRead(person: person, summary: document.summary)) }
        return document
    }

    /// Reads a section other than the summary and contact sections: it only adds to `document`, and depends on
    /// nothing but the section and `hasExperience` (`groupBase` counts on from where it is).
    func readSection(
        _ section: Section, into document: inout CVDocument, groupBase: inout Int, hasExperience: Bool, memo: MarkdownDateMemo
    ) {
        switch section.kind {
        case .experience:
            read(entries(section, .roles, memo: memo), of: section, into: &document, groupBase: &groupBase)
        case .projects:
            read(projects: section, into: &document, memo: memo)
        case .education:
            let finder = entries(section, .education, memo: memo)
            document.education += finder.education()
            keep(finder.loose, of: section, in: &document)
        case .skills:
            let categories = MarkdownSkillReader.read(Array(section.blocks))
            if categories.isEmpty { document.sections.append(named(section)) } else { document.skills += categories }
        case .other where !hasExperience:
            if !readRolesIfDated(section, into: &document, groupBase: &groupBase, memo: memo) {
                document.sections.append(named(section))
            }
        default:
            document.sections.append(named(section))
        }
    }

    /// The memo key of a section read a segment at a time, and the first line of its first segment.
    static func key(_ section: Section, layout: MarkdownBlockReader.Layout, hasExperience: Bool) -> (MarkdownParseMemo.SectionKey, Int)? {
        // The heading's bytes fix the title, kind and level; a section without one is read directly.
        guard let start = section.headingIndex, let end = section.lastIndex ?? section.headingIndex,
            start <= end, end < layout.origins.count
        else { return nil }
        let from = layout.occurrence[start]
        let to = layout.occurrence[end]
        let key = MarkdownParseMemo.SectionKey(
            heading: layout.origins[start], first: section.firstIndex.map { layout.origins[$0] },
            last: section.lastIndex.map { layout.origins[$0] }, segments: layout.segments[from...to].map(\.id),
            hasExperience: hasExperience)
        return (key, layout.segments[from].firstLine)
    }

    // MARK: - Sections

    /// What `sections` did with each heading, in order: enough to split the blocks again without reading the
    /// headings (they decide everything; the blocks between them are only carried along).
    enum HeadingPlace: Sendable {
        case inside, insideAtEntryLevel, nameLine
        case starts(SectionKind)
        /// A dated heading at a section's level outside entry sections: an unnamed section of entries begins with it.
        case opensEntries
    }

    static func sections(_ blocks: [MarkdownBlock], memo: MarkdownParseMemo? = nil, comments: () -> [MarkdownLine] = { [] })
        -> ([Section], MarkdownLine?)
    {
        guard let promoted = promotingHeadings(blocks) ?? commentHeadings(blocks, comments: comments) else {
            return sections(asRead: blocks, memo: memo)
        }
        var (sections, nameLine) = self.sections(asRead: promoted, memo: memo)
        for i in sections.indices { sections[i].blocksAsRead = false }
        return (sections, nameLine)
    }

    static func sections(asRead blocks: [MarkdownBlock], memo: MarkdownParseMemo?) -> ([Section], MarkdownLine?) {
        guard let memo else { return refined(plan(blocks).sections) }
        // The headings as the plan reads them: level, text and whether the heading is its own link.
        var headings = KeyBytes(capacity: 1024)
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level, let line) = block else { continue }
            headings.append(UInt8(truncatingIfNeeded: level))
            headings.append(line.links.contains(where: { $0.text == line.text }) ? 1 : 0)
            headings.append(datedBelow(blocks, index, dates: memo.dates) ? 1 : 0)
            headings.append(line.text)
        }
        let key = headings.key
        guard let places = memo.sectionPlan(key) else {
            let planned = plan(blocks, dates: memo.dates)
            memo.store(key, planned.places)
            return refined(planned.sections)
        }
        var sections = [Section(title: "", kind: .other, level: 0)]
        var nameLine: MarkdownLine?
        var k = 0
        // Each section's blocks run on from its first to its last (the name line's heading aside): the positions are
        // counted here, and each section takes its blocks as one slice of the document's afterwards.
        var skipped: [Int] = []
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level, let line) = block else {
                sections[sections.count - 1].cover(index)
                continue
            }
            defer { k += 1 }
            switch places[k] {
            case .inside:
                sections[sections.count - 1].cover(index)
            case .insideAtEntryLevel:
                sections[sections.count - 1].cover(index)
                sections[sections.count - 1].entryLevels.insert(level)
            case .nameLine:
                nameLine = line
                skipped.append(index)
            case .starts(let kind):
                sections.append(Section(title: line.text, kind: kind, level: level, heading: line, headingIndex: index))
            case .opensEntries:
                sections.append(Section(title: "", kind: .experience, level: level))
                sections[sections.count - 1].cover(index)
                sections[sections.count - 1].entryLevels.insert(level)
            }
        }
        slice(&sections, of: blocks, skipping: skipped)
        return refined((sections, nameLine))
    }

    /// Gives each section its blocks, from the first to the last it covers (`Section.cover`): one slice of the
    /// document's blocks, without the `skipped` ones (the name line's heading) where they fall inside.
    static func slice(_ sections: inout [Section], of blocks: [MarkdownBlock], skipping skipped: [Int]) {
        for s in sections.indices {
            guard let first = sections[s].firstIndex, let last = sections[s].lastIndex else { continue }
            if skipped.contains(where: { $0 > first && $0 < last }) {
                sections[s].blocks = ArraySlice((first...last).filter { !skipped.contains($0) }.map { blocks[$0] })
            } else {
                sections[s].blocks = blocks[first...last]
            }
        }
    }

    /// Sections named experience with words of technology around (`Technical Experience`) whose body is lists
    /// of technologies are skills sections.
    static func refined(_ planned: ([Section], MarkdownLine?)) -> ([Section], MarkdownLine?) {
        var (sections, nameLine) = planned
        // `# Jane Roe` / `## Software Developer` / `jane@example.com`: a heading right under the name that names a post
        // and no section, over a few undated lines, is the headline; its lines are the header's (the contact details).
        if nameLine != nil, sections.count >= 3, sections[1].kind == .other, let heading = sections[1].heading,
            WordClasses.titleScore(heading.text) > 0, MarkdownCues.wordCount(heading.text) <= 8, !DateParser.hasDate(heading.text),
            sections[1].blocks.count <= 3, sections[1].blocks.allSatisfy({ block in
                if case .heading = block { return false }
                return lines([block]).allSatisfy { !DateParser.hasDate($0.text) }
            })
        {
            let merged = sections[0].blocks + [MarkdownBlock.heading(level: sections[1].level, line: heading)] + sections[1].blocks
            sections[0].blocks = ArraySlice(merged)
            sections[0].blocksAsRead = false
            sections.remove(at: 1)
        }
        // A languages section whose lines name technologies (`Languages and Frameworks`: `Java, Go`) lists skills, as
        // plain-text sections do.
        for i in sections.indices where sections[i].kind == .languages {
            let texts = lines(sections[i].blocks).map(\.text).filter { !$0.isEmpty }
            let tech = texts.filter(PlainTextSkills.namesTechnology).count
            if tech > 0, tech * 2 >= texts.count { sections[i].kind = .skills }
        }
        for i in sections.indices where sections[i].kind == .experience && SectionClassifier.mayListTechnologies(sections[i].title) {
            let texts = lines(sections[i].blocks).map(\.text).filter { !$0.isEmpty }
            let tech = texts.filter(PlainTextSkills.namesTechnology).count
            // Few dated lines (`Fortran 90/95` may read as one): not a list of jobs.
            let dated = texts.filter(DateParser.hasDate).count
            if tech > 0, tech * 2 >= texts.count, dated * 4 <= texts.count { sections[i].kind = .skills }
        }
        return (sections, nameLine)
    }

    /// In a document with at most one heading that names a section, lines alone in their paragraph that are
    /// wholly bold or in capitals and name a section (`**EXPERIENCE**`, `SKILLS:`) are its section headings.
    /// Nil: no line is.
    static func promotingHeadings(_ blocks: [MarkdownBlock]) -> [MarkdownBlock]? {
        var levels: [Int] = []
        var named = 0
        var candidates: [Int] = []
        for (i, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let line):
                levels.append(level)
                if SectionClassifier.classify(line.text) != .other { named += 1 }
                if named >= 2 { return nil }
            case .paragraph(let lines) where lines.count == 1:
                let text = lines[0].text
                guard text.utf8.count <= 60, lines[0].links.isEmpty, lines[0].isEmphasised || PlainTextSections.isUppercase(text),
                    SectionClassifier.kinds[SectionClassifier.normalise(text)] != nil, !DateParser.hasDate(text)
                else { continue }
                candidates.append(i)
            default:
                continue
            }
        }
        guard candidates.count >= 2 else { return nil }
        // Under a single top heading (the name) the new headings sit one level deeper; else beside the others.
        let top = levels.min() ?? 1
        let level = levels.isEmpty ? 2 : min(6, levels.filter { $0 == top }.count == 1 ? top + 1 : top)
        var out = blocks
        for i in candidates {
            guard case .paragraph(let lines) = blocks[i] else { continue }
            var line = lines[0]
            if line.text.hasSuffix(":") { line.text = String(line.text.dropLast()) }
            out[i] = .heading(level: level, line: line)
        }
        return out
    }

    /// The HTML comments alone on their lines whose text names a section (`<!-- Volunteering -->`): candidates for
    /// `commentHeadings`. Scans the bytes only where the text holds a comment.
    static func sectionComments(in text: String) -> [MarkdownLine] {
        guard text.utf8.containsBytes(of: "<!--") else { return [] }
        var out: [MarkdownLine] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = String(line).trimmingCharacters(in: "")
            guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"), trimmed.utf8.count <= 80 else { continue }
            let label = String(trimmed.dropFirst(4).dropLast(3)).trimmingCharacters(in: "")
            guard !label.isEmpty, !label.contains("--"), !label.contains("<"), !DateParser.hasDate(label),
                SectionClassifier.classify(label) != .other
            else { continue }
            out.append(MarkdownLine(text: label, source: SourceRange(lines: number, number)))
        }
        return out
    }

    /// `<!-- Internships -->` over `## Acme` headings, `<!-- Volunteering -->` over others: in a document whose
    /// headings name at most one section, two or more comments alone on their lines that name sections divide it, as
    /// headings one level above its top headings (the comments are the only names the author gave the sections).
    /// Nil: they do not.
    /// `comments` are asked for only when the headings leave the document without sections.
    static func commentHeadings(_ blocks: [MarkdownBlock], comments: () -> [MarkdownLine]) -> [MarkdownBlock]? {
        var top = Int.max
        var named = 0
        for case .heading(let level, let line) in blocks {
            if SectionClassifier.classify(line.text) != .other { named += 1 }
            // `## Acme Community` may name one by chance; two name the document's sections.
            if named >= 2 { return nil }
            top = min(top, level)
        }
        guard top > 1, top != .max else { return nil }
        let comments = comments()
        guard comments.count >= 2 else { return nil }
        var out: [MarkdownBlock] = []
        var next = comments.makeIterator()
        var comment = next.next()
        for block in blocks {
            while let c = comment, c.source.start.line < block.source.start.line {
                out.append(.heading(level: top - 1, line: c))
                comment = next.next()
            }
            out.append(block)
        }
        while let c = comment {
            out.append(.heading(level: top - 1, line: c))
            comment = next.next()
        }
        return out
    }

    static func plan(_ blocks: [MarkdownBlock], dates: MarkdownDateMemo? = nil) -> (sections: ([Section], MarkdownLine?), places: [HeadingPlace]) {
        var sections = [Section(title: "", kind: .other, level: 0)]
        var nameLine: MarkdownLine?
        var places: [HeadingPlace] = []
        let minimumLevel = blocks.compactMap { block -> Int? in
            if case .heading(let level, _) = block { return level }
            return nil
        }.min() ?? 1
        var seenHeading = false
        // The name line's heading belongs to no section (see `slice`).
        var skipped: [Int] = []
        // Entry levels of the current section where an entry heading carries no date.
        var undatedEntryLevels: Set<Int> = []
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level, let line) = block else {
                sections[sections.count - 1].cover(index)
                continue
            }
            // `# cv-markdown` (the repository's name as a title, before the name's heading): no name, no section.
            if !seenHeading, sections.count == 1, Self.isSlug(line.text) {
                sections[0].cover(index)
                places.append(.inside)
                continue
            }
            defer { seenHeading = true }
            let current = sections[sections.count - 1]
            let dated = DateParser.hasDate(line.text)
            // Deeper headings inside skills sections or at a level that holds entries are never sections, but for
            // an undated section name among dated entries (`### Awards` after `### Engineer, Acme (2019 - 2021)`).
            // In a section of no known kind (`## Java Developer` under the name), undated headings before it do not
            // make a section name one of them (`### About me`, `### Work experience`).
            // Nor does a name of another kind of section at the level of a section's entries (`### 🎓 Education` after
            // jobs headed `### Acme - Analyst` over their dates): `### Freelance` among jobs stays one of them, and
            // `#### Tools` inside a job stays in it.
            let names = MarkdownCVParser.namesSection(line)
            let namesOtherKind = names && level <= (current.entryLevels.min() ?? level)
                && ![SectionKind.other, current.kind].contains(SectionClassifier.classify(line.text))
            let holdsEntries = current.entryLevels.contains(level)
                && (dated || undatedEntryLevels.contains(level) && !(current.kind == .other && current.heading != nil && names)
                    && !(namesOtherKind && current.heading != nil) || !names)
            // (`#### Education` under `## Skills`: a section of its own all the same.)
            let opensOwnSection = current.kind == .skills && names
                && [.education, .experience, .projects, .publications].contains(SectionClassifier.classify(line.text))
            if current.level > 0, level > current.level, current.kind == .skills && !opensOwnSection || holdsEntries {
                sections[sections.count - 1].cover(index)
                places.append(.inside)
                if !dated { undatedEntryLevels.insert(level) }
                continue
            }
            let kind = SectionClassifier.classify(line.text)
            let datedBelow = !dated && Self.datedBelow(blocks, index, dates: dates)
            // A dated heading at a section's level is an entry: inside an entry section it stays there, elsewhere
            // it opens an unnamed section of entries (`## Senior Engineer, Acme (2019 - 2021)`); so does a heading
            // whose dates stand alone on the line under it (`### Product Manager - Acme` / `May 2016 - Present`), even
            // the document's first.
            if kind == .other, dated || datedBelow, current.level > 0 || seenHeading || datedBelow, level <= current.level || current.level == 0 {
                if [.experience, .education, .projects].contains(current.kind) || current.heading == nil && current.level > 0 {
                    sections[sections.count - 1].cover(index)
                    sections[sections.count - 1].entryLevels.insert(level)
                    places.append(.insideAtEntryLevel)
                } else {
                    sections.append(Section(title: "", kind: .experience, level: level))
                    sections[sections.count - 1].cover(index)
                    sections[sections.count - 1].entryLevels.insert(level)
                    places.append(.opensEntries)
                    undatedEntryLevels = []
                }
                continue
            }
            if !seenHeading, kind == .other, level == 1 || level == minimumLevel, sections.count == 1,
                !DateParser.hasDate(line.text)
            {
                nameLine = line
                skipped.append(index)
                places.append(.nameLine)
                continue
            }
            // `# Jane Roe` / `## jane@example.com | +1 555 0100`: a heading of contact details under the name, before any
            // section, is the header's.
            if nameLine != nil, sections.count == 1, kind == .other, !dated,
                line.text.contains("@") || MarkdownPersonReader.findPhone(line.text) != nil || line.text.contains("://")
            {
                sections[0].cover(index)
                places.append(.inside)
                continue
            }
            // `# Resume` / `## Jane Q. Roe`: under a heading that names the document, the next heading, a person's
            // name, is the name line.
            if let title = nameLine, sections.count == 1, kind == .other, !dated, level > 1,
                SectionClassifier.documentTitles.contains(SectionClassifier.normalise(title.text)),
                PlainTextCVParser.looksLikeName(line.text)
            {
                nameLine = line
                skipped.append(index)
                places.append(.nameLine)
                continue
            }
            // Under `# Curriculum Vitae` (the document's title), a deeper undated heading starts a section, whatever
            // it names (`## Career & Studies`, `## 目次`).
            let underDocumentTitle = current.kind == .summary
                && SectionClassifier.documentTitles.contains(SectionClassifier.normalise(current.title))
                && !line.links.contains(where: { $0.text == line.text })
            let startsSection: Bool
            // A skills heading inside an introduction (`## Summary` … `### Tools and Languages`) is the
            // skills section, whatever else its name says.
            let skillsInIntroduction = kind == .skills && !dated && !holdsEntries && [.summary, .other].contains(current.kind)
            if current.level == 0 || level <= current.level || underDocumentTitle && !dated || skillsInIntroduction {
                startsSection = true
            } else if kind == .other || current.kind == .skills && !opensOwnSection || holdsEntries
                || !MarkdownCVParser.namesSection(line)
                || MarkdownCues.isSubheading(line.text) && [.experience, .projects, .education].contains(current.kind)
            {
                startsSection = false
            } else {
                startsSection = true
            }
            if startsSection {
                sections.append(Section(title: line.text, kind: kind, level: level, heading: line, headingIndex: index))
                places.append(.starts(kind))
                undatedEntryLevels = []
            } else {
                sections[sections.count - 1].cover(index)
                sections[sections.count - 1].entryLevels.insert(level)
                places.append(.insideAtEntryLevel)
                if !dated { undatedEntryLevels.insert(level) }
            }
        }
        slice(&sections, of: blocks, skipping: skipped)
        return ((sections, nameLine), places)
    }

    /// `cv-markdown`, `my_resume`: a name in small letters, digits and joining marks, one word at least joined.
    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 40 && text.utf8.contains(where: { $0 == 0x2D || $0 == 0x5F })
            && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }

    /// `### Product Manager - Acme` / `February 2016 - Present`: the paragraph right under the heading opens with a line
    /// that holds its dates and nothing else.
    /// (`dates`: the parse memo's spans, kept across the versions of a history.)
    static func datedBelow(_ blocks: [MarkdownBlock], _ index: Int, dates: MarkdownDateMemo? = nil) -> Bool {
        guard index + 1 < blocks.count, case .paragraph(let lines) = blocks[index + 1], let first = lines.first,
            first.text.utf8.count <= 48,
            let match = dates.map({ $0.span(first.text) }) ?? DateParser.findSpanQuickly(first.text)
        else { return false }
        return !first.text[..<match.range.lowerBound].contains(where: { $0.isLetter || $0.isNumber })
            && !first.text[match.range.upperBound...].contains(where: { $0.isLetter || $0.isNumber })
    }

    /// A deeper heading names a section only when it is exactly a section name (not an entry like
    /// `[Talroo (Formerly Jobs2Careers)](...)`, which holds the word "jobs") and is not a link.
    static func namesSection(_ line: MarkdownLine) -> Bool {
        if line.links.contains(where: { $0.text == line.text }) { return false }
        return SectionClassifier.kinds[SectionClassifier.normalise(line.text)] != nil
    }

    static func lines<Blocks: Sequence<MarkdownBlock>>(_ blocks: Blocks) -> [MarkdownLine] {
        var out: [MarkdownLine] = []
        for block in blocks {
            switch block {
            case .heading(_, let l), .term(let l): out.append(l)
            case .paragraph(let ls): out += ls
            case .list(let items):
                var stack = items[...]
                var guardCount = 0
                while let item = stack.popFirst(), guardCount < 10_000 {
                    guardCount += 1
                    out += item.lines
                    stack = item.children[...] + stack
                }
            case .table(let rows, _): out += rows.flatMap { $0 }
            case .rule: break
            }
        }
        return out
    }

    // MARK: - Roles, projects, education

    /// The shared reader (`EntryFinder`) over a section's blocks, through this parser's memo where it has one.
    func entries(_ section: Section, _ purpose: EntryFields.Purpose, memo: MarkdownDateMemo) -> EntryFinder {
        if let cues = section.cues {
            return EntryFinder(
                cues.lines, purpose: purpose, memo: parts?.entryFields, dateMemo: memo, dates: cues.dates, origins: cues.origins)
        }
        return EntryFinder(MarkdownCueLines.lines(Array(section.blocks)), purpose: purpose, memo: parts?.entryFields, dateMemo: memo)
    }

    /// The roles of a section's entries; an entry named like a projects section, with no title
    /// (`<dt>Ongoing Side Projects</dt>`), is a project; content outside the entries is kept.
    func read(_ finder: EntryFinder, of section: Section, into document: inout CVDocument, groupBase: inout Int) {
        // (By index: most entries are neither, told in place without a copy of each.)
        for k in finder.entries.indices where finder.entries[k].fields.projectRow || finder.isWork(at: k) {
            let entry = finder.entries[k]
            if entry.fields.projectRow, let name = entry.fields.organisation {
                document.projects.append(Project(
                    name: name, role: entry.fields.title, url: entry.fields.url, dates: entry.fields.dates, text: entry.text,
                    bullets: entry.bullets, source: entry.source))
                continue
            }
            guard finder.isWork(entry), let name = entry.fields.title ?? entry.fields.organisation, !finder.isBareHeading(entry) else { continue }
            document.projects.append(Project(name: name, url: entry.fields.url, dates: entry.fields.dates, text: entry.text, bullets: entry.bullets, source: entry.source))
        }
        document.projects += finder.researchProjects(section: section.title)
        var roles = finder.roles(section: section.title, group: &groupBase)
        MarkdownCVParser.joinGroups(&roles)
        document.roles += roles
        document.education += finder.degrees()
        keep(finder.loose + finder.notHeldItems(section: section.title), of: section, in: &document)
        finder.finish()
    }

    /// Content of an entry section outside its entries (an introduction, a footer after a rule): kept.
    func keep(_ loose: [Bullet], of section: Section, in document: inout CVDocument) {
        guard !loose.isEmpty, let range = MarkdownBlock.cover(loose.map(\.source)) else { return }
        document.sections.append(NamedSection(title: section.title, kind: section.kind, items: loose, source: range))
    }

    /// Reads roles from a section not named experience when its entries carry dates.
    func readRolesIfDated(_ section: Section, into document: inout CVDocument, groupBase: inout Int, memo: MarkdownDateMemo) -> Bool {
        let finder = entries(section, .roles, memo: memo)
        let dated = finder.entries.filter { $0.fields.dates?.start != nil }.count
        guard dated > 0, dated * 2 >= finder.entries.count else { return false }
        read(finder, of: section, into: &document, groupBase: &groupBase)
        return true
    }

    /// Consecutive roles at one organisation without an organisation heading form one group too.
    static func joinGroups(_ roles: inout [Role]) {
        for i in roles.indices.dropFirst() where roles[i].organisation != nil && roles[i].organisation == roles[i - 1].organisation {
            roles[i].group = roles[i - 1].group
        }
    }

    func read(projects section: Section, into document: inout CVDocument, memo: MarkdownDateMemo) {
        let finder = entries(section, .projects, memo: memo)
        let projects = finder.projects()
        document.projects += projects
        if !projects.isEmpty {
            keep(finder.loose, of: section, in: &document)
            return
        }
        // A plain list of projects: each item is one.
        let (text, bullets) = EntryFinder.body(MarkdownCueLines.lines(Array(section.blocks)))
        for bullet in bullets {
            let name = MarkdownCues.splitParts(bullet.text, allowComma: false).first ?? bullet.text
            document.projects.append(Project(name: name, text: [bullet], bullets: bullet.children, source: bullet.source))
        }
        if bullets.isEmpty { document.sections.append(named(section)) } else { keep(text, of: section, in: &document) }
    }

    // MARK: - Other sections, summary, header

    /// A list item as a bullet: its text, its nested items as children, its range from its own lines.
    static func bullet(_ item: MarkdownItem) -> Bullet {
        let range = MarkdownBlock.cover(item.lines.map(\.source)).map { SourceRange(start: Swift.min(item.source.start, $0.start), end: $0.end) } ?? item.source
        return Bullet(text: item.text, children: item.children.map(bullet), source: range)
    }

    func named(_ section: Section) -> NamedSection {
        var items: [Bullet] = []
        for block in section.blocks {
            switch block {
            case .heading(_, let l), .term(let l):
                items.append(Bullet(text: l.text, source: l.source))
            case .paragraph(let lines):
                if let range = MarkdownBlock.cover(lines.map(\.source)) {
                    items.append(Bullet(text: lines.map(\.text).joined(separator: " "), source: range))
                }
            case .list(let list):
                items += list.map(MarkdownCVParser.bullet)
            case .table(let rows, _):
                for row in rows {
                    if let range = MarkdownBlock.cover(row.map(\.source)) {
                        items.append(Bullet(text: row.map(\.text).joined(separator: " | "), source: range))
                    }
                }
            case .rule:
                break
            }
        }
        let heading = section.heading?.source ?? SourceRange(lines: 1, 1)
        let range = MarkdownBlock.cover([heading] + items.map(\.source)) ?? heading
        return NamedSection(title: section.title, kind: section.kind, items: items, source: range)
    }

    static func summary<Blocks: Sequence<MarkdownBlock>>(_ blocks: Blocks) -> Bullet? {
        var texts: [String] = []
        var ranges: [SourceRange] = []
        for block in blocks {
            switch block {
            case .paragraph(let lines):
                texts.append(lines.map(\.text).joined(separator: " "))
                ranges += lines.map(\.source)
            case .list(let items):
                for item in items {
                    texts.append(item.text)
                    ranges.append(item.source)
                }
            default:
                break
            }
        }
        guard let range = MarkdownBlock.cover(ranges), !texts.isEmpty else { return nil }
        return Bullet(text: texts.joined(separator: " "), source: range)
    }

    /// The header area (before the first section): a top-line name, the headline, and summary paragraphs.
    func readHeader(_ lines: [MarkdownLine], person: inout Person, summary: inout Bullet?) {
        var summaryLines: [MarkdownLine] = []
        // Template tags (`{% include author_card %}`, `{{< figure … >}}`) are markup, never the name or the headline.
        for (index, line) in lines.filter({ !MarkdownCueLines.isTemplateTag($0.text) }).enumerated() {
            let words = MarkdownCues.wordCount(line.text)
            let plain = line.links.isEmpty && !line.text.contains("@") && (line.text.rangeOfDigits == nil)
            // `Kim Min-jun · Backend Developer` at the top with no name read yet: the name before the separator, the post
            // after it.
            if index <= 2, person.name == nil, line.links.isEmpty, !line.text.contains("@"), words <= 12,
                case let (name?, label?) = MarkdownPersonReader.splitName(line.text),
                MarkdownCues.wordCount(name) <= 4, WordClasses.titleScore(name) == 0, WordClasses.organisationScore(name) == 0,
                WordClasses.titleScore(label) > 0, !name.contains(where: \.isNumber), DateParser.findSpan(in: line.text) == nil
            {
                person.name = name
                person.sources[.name] = line.source
                if person.label == nil {
                    person.label = label
                    person.sources[.label] = line.source
                }
                continue
            }
            if index == 0, person.name == nil, plain, words >= 1, words <= 5, !line.text.hasSuffix("."),
                DateParser.findSpan(in: line.text) == nil
            {
                person.name = line.text
                person.sources[.name] = line.source
                continue
            }
            // `**JO PARK - Engineer** +1 555 0100 | jo@example.org`: the name (and the post after its dash) before the
            // contact details on the top line.
            if index == 0, person.name == nil, let (name, label) = PlainTextCVParser.nameBeforeContacts(line.text) {
                person.name = PlainTextCVParser.nameCase(name)
                person.sources[.name] = line.source
                if let label, person.label == nil {
                    person.label = label
                    person.sources[.label] = line.source
                }
                continue
            }
            // `[Jane Roe](https://janeroe.example) | jane@example.com`: the name links to the person's own page.
            if index == 0, person.name == nil, let link = line.links.first, line.text.hasPrefix(link.text),
                PlainTextCVParser.looksLikeName(link.text), WordClasses.organisationScore(link.text) == 0
            {
                person.name = link.text
                person.sources[.name] = line.source
                continue
            }
            if person.label == nil, plain, words <= 12, !line.text.hasSuffix("."), index <= 2,
                line.isEmphasised || WordClasses.titleScore(line.text) > 0
            {
                person.label = line.text
                person.sources[.label] = line.source
                continue
            }
            if words >= 12 { summaryLines.append(line) }
        }
        if summary == nil, let range = MarkdownBlock.cover(summaryLines.map(\.source)) {
            summary = Bullet(text: summaryLines.map(\.text).joined(separator: " "), source: range)
        }
    }
}
