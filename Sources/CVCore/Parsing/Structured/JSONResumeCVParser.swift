/// Reads a JSON Resume (https://jsonresume.org/schema), written as JSON or as YAML.
///
/// - `basics` → `Person` (+ `summary`); `work` (and older `company`/`website` keys) → roles; `volunteer` →
///   roles whose `section` is `volunteer`; `education`, `projects`, `skills` → their model parts;
///   `awards`, `certificates`, `publications`, `languages`, `interests`, `references` and any unknown
///   top-level key → `NamedSection`s, one bullet an entry: never dropped. `$schema` and `meta` are
///   tooling metadata, not CV content, and are skipped.
/// - A missing or empty `endDate` of an entry with a start means "current": the end is `.present`
///   (the schema's convention).
/// - An empty object (`{}`) is an empty resume; an object with none of the resume's keys is not a
///   JSON Resume and is refused.
/// - Every element's range comes from the node it was read from (the whole `{...}` of a work entry,
///   one string of a highlight).
public struct JSONResumeCVParser: CVParser {
    public init() {}

    /// The keys that make an object a JSON Resume.
    static let resumeKeys: Set<String> = [
        "basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
        "languages", "interests", "references", "projects",
    ]
    static let metadataKeys: Set<String> = ["$schema", "meta"]

    /// The schema's own keys: read whatever their value.
    static let sectionKeys: Set<String> = [
        "basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills", "languages",
        "interests", "references", "projects",
    ]

    public func parse(_ text: String) throws -> CVDocument {
        // A YAML file may open with a header document (`%YAML 1.2`, `---`, comments): the resume is the first
        // document with a resume key.
        let (root, notes) = try YAMLNode.read(text, preferring: Self.resumeKeys)
        guard let root else {
            throw CVParseError("not a JSON Resume: the file holds no document")
        }
        guard root.isMapping else {
            throw CVParseError("not a JSON Resume: the top level is not an object",
                               line: root.range.start.line, column: root.range.start.column)
        }
        let keys = root.pairs.map(\.key)
        if !keys.isEmpty && !keys.contains(where: { Self.resumeKeys.contains($0) }) {
            throw CVParseError("not a JSON Resume: no basics, work, education or skills",
                               line: root.range.start.line, column: root.range.start.column)
        }
        var reader = Reader()
        var doc = reader.read(root)
        doc.notes = notes + doc.notes
        return doc
    }

    struct Reader {
        var dates = StructuredDates()
        var doc = CVDocument(format: .jsonResume)

        mutating func read(_ root: YAMLNode) -> CVDocument {
            for pair in root.pairs {
                let key = pair.key
                guard !JSONResumeCVParser.metadataKeys.contains(key) else { continue }
                // (`edu`: a key's short form of education.)
                let kind = ["edu", "edus"].contains(key.lowercased()) ? .education : SectionClassifier.classify(key)
                // `"analytics_id": "UA-1"`, `"theme": "elegant"`: a single value under a key that names no section is a
                // setting of the site that shows the CV, not a section of it.
                if !pair.value.isSequence, !pair.value.isMapping, kind == .other, !JSONResumeCVParser.sectionKeys.contains(key) { continue }
                // `basics` is the CV's header (name, contact), not a section a reader sees.
                if key != "basics" { doc.headings.append(SectionHeading(title: key, kind: kind, source: pair.keyRange)) }
                switch key {
                case "basics": readBasics(pair.value)
                case "work": doc.roles += pair.value.items.compactMap { role($0, section: key) }
                case "volunteer": doc.roles += pair.value.items.compactMap { role($0, section: key) }
                case "education": doc.education += pair.value.items.compactMap { education($0) }
                case "projects": doc.projects += pair.value.items.compactMap { project($0) }
                case "skills": doc.skills += pair.value.items.compactMap(skillCategory)
                // `experience:` / `jobs:` of a site's own schema (`company`, `title`, `time: May 2019 to Present`): items
                // that name an employer or a post, and dates, are roles; so are schools of an education key (`edu:`).
                case _ where kind == .experience && Self.holdsEntries(pair.value, names: Self.organisationKeys + Self.titleKeys):
                    doc.roles += pair.value.items.compactMap { role($0, section: key) }
                case _ where kind == .education && Self.holdsEntries(pair.value, names: Self.institutionKeys + Self.degreeKeys):
                    doc.education += pair.value.items.compactMap { education($0) }
                default:
                    let items = pair.value.isSequence ? pair.value.items.compactMap { sectionItem($0, key: key) } : pair.value.bullets()
                    doc.sections.append(NamedSection(title: key, kind: kind, items: items,
                                                     source: pair.keyRange.union(pair.value.range)))
                }
            }
            doc.notes += dates.notes
            return doc
        }

        /// One entry of a kept section; a spoken language reads `English (Fluent)`.
        func sectionItem(_ node: YAMLNode, key: String) -> Bullet? {
            if key == "languages", let language = node.string("language") {
                let text = node.string("fluency").map { "\(language) (\($0))" } ?? language
                return Bullet(text: text, source: node.range)
            }
            return node.item()
        }

        mutating func readBasics(_ node: YAMLNode) {
            var person = Person()
            func take(_ key: String, _ field: Person.Field) -> String? {
                guard let v = node[key], let t = v.text else { return nil }
                person.sources[field] = v.range
                return t
            }
            person.name = take("name", .name)
            person.label = take("label", .label)
            person.email = take("email", .email)
            person.phone = take("phone", .phone)
            if let loc = node["location"] {
                if let t = loc.text {
                    person.location = t
                } else {
                    // `Dallas, Texas 75230, US`: the postcode after the region, as an address is written.
                    let postcode = loc.string("postalCode")
                    var city = loc.string("city")
                    var region = loc.string("region")
                    if let postcode { if region != nil { region! += " " + postcode } else if city != nil { city! += " " + postcode } }
                    let parts = [city, region, loc.string("countryCode")].compactMap { $0 }
                    let place = parts.isEmpty ? [loc.string("address")].compactMap { $0 } : parts
                    if !place.isEmpty { person.location = place.joined(separator: ", ") }
                }
                if person.location != nil { person.sources[.location] = loc.range }
            }
            for key in ["url", "website"] {
                if let v = node[key], let t = v.text, !person.links.contains(where: { $0.url == t }) {
                    person.links.append(Link(label: nil, url: t, source: v.range))
                }
            }
            for profile in node["profiles"]?.items ?? [] {
                let network = profile.string("network")
                guard let url = profile.string("url") ?? profile.string("username") else { continue }
                person.links.append(Link(label: network, url: url, source: profile.range))
            }
            doc.person = person
            if let summary = node["summary"]?.bullet { doc.summary = summary }
        }

        mutating func role(_ node: YAMLNode, section: String) -> Role? {
            guard node.isMapping else { return nil }
            // The schema's keys first; then those of sites' own schemas (`company` and `title`, `employer` and `role`;
            // `name` beside `company` names the post).
            let company = Self.first(node, ["company", "organization", "organisation", "employer"])
            var named = node.string("name") ?? company
            var title = node.string("position") ?? Self.first(node, ["title", "role", "job_title", "jobTitle"])
            if title == nil, let company, let name = node.string("name") {
                title = name
                named = company
            }
            title = title.map { Self.withoutOrganisation($0, named) }
            let span = entryDates(node, openEndIsPresent: true)
            guard named != nil || title != nil || span != nil else { return nil }
            var text: [Bullet] = []
            for key in ["summary", "description"] {
                if let b = node[key]?.bullet, !text.contains(where: { $0.text == b.text }) { text.append(b) }
            }
            text.sort { $0.source.start < $1.source.start }
            let bulletsNode = node["highlights"] ?? Self.firstNode(node, ["highlight", "responsibilities", "achievements", "bullets"])
                ?? node["description"].flatMap { $0.isSequence ? $0 : nil }
            return Role(
                organisation: named, title: title, dates: span, location: node.string("location"),
                text: text, bullets: bulletsNode?.bullets() ?? [], section: section,
                keywords: (node["keywords"] ?? node["skills"] ?? node["technologies"])?.strings.map(\.0) ?? [], url: node.string("url") ?? node.string("website"), source: node.range)
        }

        /// `DevOps Engineer - Acme` with `name: Acme` (or `Acme SA`): the position repeats the organisation after a
        /// dash, `at` or a comma; the title is what comes before.
        static func withoutOrganisation(_ position: String, _ organisation: String?) -> String {
            guard let organisation, !organisation.isEmpty else { return position }
            let name = organisation.lowercased()
            for separator in [" - ", " – ", " — ", " at ", " @ ", ", "] {
                let parts = position.split(separator: separator, omittingEmptySubsequences: false)
                guard parts.count >= 2, let last = parts.last else { continue }
                let tail = last.lowercased()
                let head = parts.dropLast().joined(separator: separator)
                // The tail names the organisation (`Agiliza` for `Agiliza SA`, `Acme` for `Acme (Remote)`), in full or
                // as its first word or words.
                if !head.isEmpty, tail == name || name.hasPrefix(tail + " ") || tail.hasPrefix(name + " ") || tail.hasPrefix(name + " (") {
                    return head
                }
            }
            return position
        }

        /// Keys of an entry's employer, post, school and degree in the schema and in sites' own schemas.
        static let organisationKeys = ["name", "company", "organization", "organisation", "employer"]
        static let titleKeys = ["position", "title", "role", "job_title", "jobTitle"]
        static let institutionKeys = ["institution", "school", "college", "university"]
        static let degreeKeys = ["studyType", "area", "degree", "major"]
        /// Keys of one date field that may hold a span (`time: May 2019 to Present`).
        static let spanKeys = ["date", "dates", "time", "period", "duration", "years"]

        /// A list of mappings, each naming one of `names` and giving a date (the schema's or one field of a span).
        static func holdsEntries(_ node: YAMLNode, names: [String]) -> Bool {
            node.isSequence && !node.items.isEmpty && node.items.allSatisfy { item in
                item.isMapping && names.contains(where: { item.string($0) != nil })
                    && (["startDate", "endDate", "start", "end", "start_date", "end_date", "from", "to"] + spanKeys).contains(where: { item[$0] != nil })
            }
        }

        static func first(_ node: YAMLNode, _ keys: [String]) -> String? {
            for key in keys { if let t = node.string(key) { return t } }
            return nil
        }

        static func firstNode(_ node: YAMLNode, _ keys: [String]) -> YAMLNode? {
            for key in keys { if let n = node[key] { return n } }
            return nil
        }

        /// `startDate`/`endDate` (the schema's), `start`/`end`, `start_date`/`end_date`, `from`/`to`, or one field
        /// that holds the span.
        mutating func entryDates(_ node: YAMLNode, openEndIsPresent: Bool) -> DateSpan? {
            for (start, end) in [("startDate", "endDate"), ("start", "end"), ("start_date", "end_date"), ("from", "to")]
            where node[start] != nil || node[end] != nil {
                return dates.span(start: node[start], end: node[end], openEndIsPresent: openEndIsPresent)
            }
            return Self.firstNode(node, Self.spanKeys).flatMap { dates.span(of: $0) }
        }

        mutating func education(_ node: YAMLNode) -> Education? {
            guard node.isMapping else { return nil }
            let institution = node.string("institution") ?? Self.first(node, ["school", "college", "university"])
            let qualification = Self.qualification(studyType: node.string("studyType") ?? node.string("degree"), area: node.string("area") ?? node.string("major"))
            let span = entryDates(node, openEndIsPresent: false)
            guard institution != nil || qualification != nil || span != nil else { return nil }
            var bullets: [Bullet] = []
            if let score = node["score"], let t = score.text { bullets.append(Bullet(text: "Score: \(t)", source: score.range)) }
            // `gpa`: a key some themes use for the score.
            if node["score"] == nil, let gpa = node["gpa"], let t = gpa.text { bullets.append(Bullet(text: "GPA: \(t)", source: gpa.range)) }
            bullets += node["courses"]?.bullets() ?? []
            return Education(institution: institution, qualification: qualification, dates: span,
                             location: node.string("location"), bullets: bullets, source: node.range)
        }

        /// `Bachelor` + `Computer Science` → `Bachelor in Computer Science`.
        static func qualification(studyType: String?, area: String?) -> String? {
            switch (studyType, area) {
            case (let s?, let a?): return "\(s) in \(a)"
            case (let s?, nil): return s
            case (nil, let a?): return a
            default: return nil
            }
        }

        mutating func project(_ node: YAMLNode) -> Project? {
            guard node.isMapping, let name = node.string("name") ?? node.string("title") else { return nil }
            let roles = node["roles"]?.strings.map(\.0) ?? []
            let span = dates.span(start: node["startDate"], end: node["endDate"], openEndIsPresent: false)
            return Project(
                name: name, role: roles.isEmpty ? nil : roles.joined(separator: ", "),
                url: node.string("url"), dates: span, text: node["description"]?.bullets() ?? [],
                bullets: node["highlights"]?.bullets() ?? [], keywords: node["keywords"]?.strings.map(\.0) ?? [],
                source: node.range)
        }

        func skillCategory(_ node: YAMLNode) -> SkillCategory? {
            if let b = node.bullet {
                // A bare string in `skills`: one skill.
                return SkillCategory(name: nil, skills: [SkillText.parse(b.text, source: b.source)], source: node.range)
            }
            guard node.isMapping else { return nil }
            let name = node.string("name")
            let level = node.string("level")
            var skills = (node["keywords"]?.strings ?? []).map { SkillText.parse($0.0, source: $0.1) }
            if skills.isEmpty, let n = node["name"], let t = n.text {
                var skill = SkillText.parse(t, source: n.range)
                skill.level = skill.level ?? level
                skills = [skill]
            }
            guard name != nil || !skills.isEmpty else { return nil }
            return SkillCategory(name: name, level: level, skills: skills, source: node.range)
        }
    }
}
