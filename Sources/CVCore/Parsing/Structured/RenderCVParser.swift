/// Reads a RenderCV YAML file (https://docs.rendercv.com): `cv: {name, location, email, phone, website,
/// social_networks, sections: {<title>: [entries]}}`.
///
/// Each section is read by the shape of its entries and by its title (`SectionClassifier`):
/// - ExperienceEntry (`company`, `position`) → roles; EducationEntry (`institution`) → education;
/// - NormalEntry (`name`) → projects under a projects title, roles under an experience title,
///   else items of a kept section;
/// - OneLineEntry (`label`, `details`) → skill categories under a skills title (details split on
///   commas), except a line of spoken languages (`Languages: Spanish: Native, English: Basic`), which
///   becomes a `languages` section; elsewhere an item `label: details`;
/// - BulletEntry (`bullet`), TextEntry (a string), PublicationEntry (`title`, `authors`) → items (the
///   summary when the title says so).
/// Dates: `start_date`/`end_date` (`2022-02`, `2014`, `present`; a start alone is ongoing, an end alone one date) or one `date` (any spelling, read first).
/// `design`, `locale` and `settings` are rendering options, not CV content.
public struct RenderCVParser: CVParser {
    public init() {}

    public func parse(_ text: String) throws -> CVDocument {
        // The CV is the first document with a `cv:` key (a header document may come first).
        let (root, notes) = try YAMLNode.read(text, preferring: ["cv"])
        guard let root else { throw CVParseError("not a RenderCV file: the file is empty") }
        guard let cv = root["cv"], cv.isMapping else {
            throw CVParseError("not a RenderCV file: no `cv:` mapping at the top level",
                               line: root.range.start.line, column: root.range.start.column)
        }
        var reader = Reader()
        reader.readPerson(cv)
        if let sections = cv["sections"] {
            guard sections.isMapping else {
                throw CVParseError("`sections` must map section titles to lists of entries",
                                   line: sections.range.start.line, column: sections.range.start.column)
            }
            for pair in sections.pairs { reader.readSection(pair) }
        }
        reader.doc.notes = notes + reader.doc.notes + reader.dates.notes
        return reader.doc
    }

    struct Reader {
        var doc = CVDocument(format: .renderCV)
        var dates = StructuredDates()

        mutating func readPerson(_ cv: YAMLNode) {
            var person = Person()
            func take(_ keys: [String], _ field: Person.Field) -> String? {
                for key in keys {
                    guard let v = cv[key], let t = v.text else { continue }
                    person.sources[field] = v.range
                    return t
                }
                return nil
            }
            person.name = take(["name"], .name)
            person.label = take(["headline", "label"], .label)
            person.email = take(["email"], .email)
            person.phone = take(["phone"], .phone)
            person.location = take(["location"], .location)
            if let site = cv["website"], let url = site.text { person.links.append(Link(url: url, source: site.range)) }
            for network in cv["social_networks"]?.items ?? [] {
                guard let username = network.string("username") else { continue }
                person.links.append(Link(label: network.string("network"), url: username, source: network.range))
            }
            doc.person = person
        }

        /// `work_experience` → `Work experience`: RenderCV shows titles with underscores as spaces.
        static func title(_ key: String) -> String {
            guard key.contains("_") else { return key }
            let spaced = key.split(separator: "_").joined(separator: " ")
            return spaced.prefix(1).uppercased() + spaced.dropFirst()
        }

        mutating func readSection(_ pair: YAMLNode.Pair) {
            let title = Self.title(pair.key)
            let kind = SectionClassifier.classify(title)
            let entries = pair.value.isSequence ? pair.value.items : [pair.value]
            doc.headings.append(SectionHeading(title: title, kind: kind, source: pair.keyRange))
            var items: [Bullet] = []
            var languages: [Bullet] = []
            var paragraphs: [Bullet] = []
            for entry in entries {
                if entry.text != nil {
                    // TextEntry.
                    if let b = entry.bullet { paragraphs.append(b) }
                } else if let b = Self.sentenceSplitByYAML(entry) {
                    // A TextEntry with `: ` in it, which YAML reads as a key and its value: the text it is.
                    paragraphs.append(b)
                } else if entry["company"] != nil || entry["position"] != nil {
                    if let role = role(entry, section: title, organisationKeys: ["company", "name", "organization"]) { doc.roles.append(role) }
                } else if entry["institution"] != nil {
                    if let e = education(entry) { doc.education.append(e) }
                } else if entry["label"] != nil, entry["name"] == nil {
                    // OneLineEntry.
                    let label = entry.string("label")
                    let details = entry.string("details") ?? ""
                    let labelKind = label.map(SectionClassifier.classify) ?? .other
                    if labelKind == .languages && SkillLexicon.looksLikeSpokenLanguages(details) {
                        languages.append(Bullet(text: details, source: entry.range))
                    } else if kind == .skills {
                        doc.skills.append(skillCategory(entry, label: label, details: details))
                    } else if let b = entry.item() {
                        items.append(Bullet(text: [label, entry.string("details")].compactMap { $0 }.joined(separator: ": "),
                                            children: b.children, source: b.source))
                    }
                } else if entry["name"] != nil, entry["authors"] == nil {
                    // NormalEntry.
                    if kind == .projects {
                        if let p = project(entry) { doc.projects.append(p) }
                    } else if kind == .experience || kind == .volunteering {
                        if let r = role(entry, section: title, organisationKeys: ["name"]) { doc.roles.append(r) }
                    } else if let b = normalItem(entry) {
                        items.append(b)
                    }
                } else if let b = entry.item() {
                    // BulletEntry, PublicationEntry, anything else.
                    items.append(b)
                }
            }
            if kind == .summary, !paragraphs.isEmpty, doc.summary == nil {
                var summary = paragraphs[0]
                summary.children += paragraphs.dropFirst()
                doc.summary = summary
                paragraphs = []
            }
            let kept = paragraphs + items
            if !kept.isEmpty {
                doc.sections.append(NamedSection(title: title, kind: kind, items: kept,
                                                 source: pair.keyRange.union(pair.value.range)))
            }
            if !languages.isEmpty {
                let source = languages.dropFirst().reduce(languages[0].source) { $0.union($1.source) }
                doc.sections.append(NamedSection(title: "Languages", kind: .languages, items: languages, source: source))
            }
        }

        /// `- Built the tools of the port. Results: faster berths.` unquoted: YAML reads a mapping of one key, the text
        /// before `: `, to the text after it. A key of prose (six words or more, or ending in a sentence's stop before
        /// words) is no field name of any entry: the line as written.
        static func sentenceSplitByYAML(_ entry: YAMLNode) -> Bullet? {
            guard case .mapping(let pairs) = entry.value, pairs.count == 1, let value = pairs[0].value.text else { return nil }
            let key = pairs[0].key
            let words = key.split(separator: " ")
            guard words.count >= 6 || words.count >= 3 && key.contains(". ") else { return nil }
            return Bullet(text: key + ": " + value, source: entry.range)
        }

        /// An entry's dates as RenderCV reads them: `date` when given (then `start_date` and `end_date` are not read);
        /// a `start_date` alone is ongoing (its end is present); an `end_date` alone is a one-day event on that date.
        mutating func entrySpan(_ node: YAMLNode) -> DateSpan? {
            // A key left empty (`date:` with no value) is not given.
            if node["date"]?.text != nil { return dates.span(of: node["date"]) }
            if node["start_date"]?.text != nil {
                return dates.span(start: node["start_date"], end: node["end_date"], openEndIsPresent: true)
            }
            return dates.span(of: node["end_date"])
        }

        mutating func role(_ node: YAMLNode, section: String, organisationKeys: [String]) -> Role? {
            let organisation = organisationKeys.lazy.compactMap { node.string($0) }.first
            let title = node.string("position")
            let span = entrySpan(node)
            guard organisation != nil || title != nil else { return nil }
            return Role(
                organisation: organisation, title: title, dates: span, location: node.string("location"),
                text: node["summary"]?.bullets() ?? [], bullets: node["highlights"]?.bullets() ?? [],
                section: section, source: node.range)
        }

        mutating func education(_ node: YAMLNode) -> Education? {
            let qualification = JSONResumeCVParser.Reader.qualification(studyType: node.string("degree"), area: node.string("area"))
            return Education(
                institution: node.string("institution"), qualification: qualification, dates: entrySpan(node),
                location: node.string("location"),
                bullets: (node["summary"]?.bullets() ?? []) + (node["highlights"]?.bullets() ?? []), source: node.range)
        }

        mutating func project(_ node: YAMLNode) -> Project? {
            guard let name = node.string("name") else { return nil }
            return Project(
                name: name, url: node.string("url"), dates: entrySpan(node), text: node["summary"]?.bullets() ?? [],
                bullets: node["highlights"]?.bullets() ?? [], source: node.range)
        }

        /// A NormalEntry kept as an item: `Name, date, location` with its summary and highlights as children.
        mutating func normalItem(_ node: YAMLNode) -> Bullet? {
            node.item()
        }

        func skillCategory(_ node: YAMLNode, label: String?, details: String) -> SkillCategory {
            let detailsNode = node["details"]
            var skills: [Skill] = []
            for part in Self.splitList(details) {
                let source = detailsNode.map { Self.subrange(of: $0, part: part) } ?? node.range
                skills.append(SkillText.parse(String(part.text), source: source))
            }
            return SkillCategory(name: label, skills: skills, source: node.range)
        }

        /// Comma-separated items, commas inside parentheses kept (`C++ (STL, boost), Go`).
        static func splitList(_ s: String) -> [(text: Substring, offset: Int)] {
            var out: [(Substring, Int)] = []
            var depth = 0
            var start = s.startIndex
            var offset = 0
            var startOffset = 0
            var i = s.startIndex
            func flush(_ end: String.Index) {
                let part = s[start..<end]
                let lead = part.prefix(while: { $0 == " " })
                let trimmed = part.dropFirst(lead.count).reversed().drop(while: { $0 == " " }).count
                let text = part.dropFirst(lead.count).prefix(trimmed)
                if !text.isEmpty { out.append((text, startOffset + lead.unicodeScalars.count)) }
            }
            while i < s.endIndex {
                let c = s[i]
                if c == "(" || c == "[" { depth += 1 }
                if c == ")" || c == "]" { depth = max(0, depth - 1) }
                if (c == "," || c == ";") && depth == 0 {
                    flush(i)
                    start = s.index(after: i)
                    startOffset = offset + c.unicodeScalars.count
                }
                offset += c.unicodeScalars.count
                i = s.index(after: i)
            }
            flush(s.endIndex)
            return out.map { (text: $0.0, offset: $0.1) }
        }

        /// The range of one item inside a one-line plain or quoted scalar; the whole node otherwise.
        static func subrange(of node: YAMLNode, part: (text: Substring, offset: Int)) -> SourceRange {
            let r = node.range
            guard r.start.line == r.end.line else { return r }
            let quoted = r.end.column - r.start.column + 1 > (node.rawText?.unicodeScalars.count ?? 0)
            let column = r.start.column + part.offset + (quoted ? 1 : 0)
            let end = column + part.text.unicodeScalars.count - 1
            return SourceRange(line: r.start.line, column: column, endLine: r.start.line, endColumn: end)
        }
    }
}
