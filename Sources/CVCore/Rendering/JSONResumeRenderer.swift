/// The model as a JSON Resume (https://jsonresume.org/schema): `cvtrack export --to jsonresume`.
///
/// Keys follow the published schema, in its order. Dates are ISO (`2013-06`); a current role has no
/// `endDate`. Roles read from a volunteering section go to `volunteer`, the others to `work`.
/// Kept sections go to their JSON Resume key where one exists (languages, interests, awards,
/// certificates, publications, references) with the item's text in the entry's main field; other
/// sections have no place in the schema and are left out. Nothing is invented: a field the CV does
/// not give is not written.
public enum JSONResumeRenderer {
    public static func render(_ doc: CVDocument) -> String {
        value(doc).render(sortedKeys: false)
    }

    public static func value(_ doc: CVDocument) -> JSONValue {
        var root = JSONObject()
        root.set("basics", basics(doc))
        let work = doc.roles.filter { !isVolunteering($0) }
        let volunteer = doc.roles.filter(isVolunteering)
        root.set("work", nonEmpty: work.map { role($0, organisationKey: "name") })
        root.set("volunteer", nonEmpty: volunteer.map { role($0, organisationKey: "organization") })
        root.set("education", nonEmpty: doc.education.map(education))
        root.set("skills", nonEmpty: doc.skills.map(skills))
        root.set("projects", nonEmpty: doc.projects.map(project))
        for (key, kind, field) in sectionKeys {
            let items = doc.sections.filter { $0.kind == kind }.flatMap(\.items)
            let entries = kind == .languages ? items.flatMap(languages) : items.map { sectionItem($0, kind: kind, field: field) }
            root.set(key, nonEmpty: entries)
        }
        return root.value
    }

    /// JSON Resume keys for kept sections, and the field that holds an item's text.
    static let sectionKeys: [(String, SectionKind, String)] = [
        ("awards", .awards, "title"),
        ("certificates", .certifications, "name"),
        ("publications", .publications, "name"),
        ("languages", .languages, "language"),
        ("interests", .interests, "name"),
        ("references", .references, "name"),
    ]

    static func isVolunteering(_ role: Role) -> Bool {
        role.section.map { SectionClassifier.classify($0) == .volunteering } ?? false
    }

    static func texts(_ bullets: [Bullet]) -> [JSONValue] {
        BulletWalk.flatten(bullets).map { .string($0.text) }
    }

    static func basics(_ doc: CVDocument) -> JSONValue? {
        let p = doc.person
        var b = JSONObject()
        b.set("name", p.name)
        b.set("label", p.label)
        b.set("email", p.email)
        b.set("phone", p.phone)
        let site = p.links.first { $0.label == nil && $0.url.contains("://") }
        b.set("url", site?.url)
        if let summary = doc.summary {
            b.set("summary", ([summary] + summary.children).map(\.text).joined(separator: "\n\n"))
        }
        if let location = p.location {
            // The model keeps the place as one line; the schema's free-form field for it is `address`.
            b.set("location", JSONValue.object([("address", .string(location))]))
        }
        let profiles = p.links.filter { $0.label != nil || $0.url != site?.url }.map { link -> JSONValue in
            var o = JSONObject()
            o.set("network", link.label)
            if link.url.contains("://") { o.set("url", link.url) } else { o.set("username", link.url) }
            return o.value
        }
        b.set("profiles", nonEmpty: profiles)
        return b.pairs.isEmpty ? nil : b.value
    }

    static func role(_ r: Role, organisationKey: String) -> JSONValue {
        var o = JSONObject()
        o.set(organisationKey, r.organisation)
        o.set("position", r.title)
        o.set("location", r.location)
        o.set("url", r.url)
        dates(r.dates, into: &o)
        if !r.text.isEmpty { o.set("summary", BulletWalk.flatten(r.text).map(\.text).joined(separator: "\n\n")) }
        o.set("highlights", nonEmpty: texts(r.bullets))
        o.set("keywords", nonEmpty: r.keywords.map { .string($0) })
        return o.value
    }

    /// `startDate`/`endDate` in ISO; a current role has no `endDate`; an open end that is not
    /// known to be current is left out too (the schema cannot say "unknown").
    static func dates(_ span: DateSpan?, into o: inout JSONObject) {
        guard let span else { return }
        o.set("startDate", span.start?.description)
        if case .date(let d) = span.end { o.set("endDate", d.description) }
    }

    static func education(_ e: Education) -> JSONValue {
        var o = JSONObject()
        o.set("institution", e.institution)
        if let q = e.qualification {
            // `studyType in area`, as the JSON Resume parser joins them.
            if let r = q.range(of: " in ") {
                o.set("area", String(q[r.upperBound...]))
                o.set("studyType", String(q[..<r.lowerBound]))
            } else {
                o.set("studyType", q)
            }
        }
        dates(e.dates, into: &o)
        var courses: [JSONValue] = []
        for b in BulletWalk.flatten(e.bullets) {
            if b.text.hasPrefix("Score: ") { o.set("score", String(b.text.dropFirst(7))) } else { courses.append(.string(b.text)) }
        }
        o.set("courses", nonEmpty: courses)
        return o.value
    }

    static func skills(_ c: SkillCategory) -> JSONValue {
        var o = JSONObject()
        o.set("name", c.name ?? (c.skills.count == 1 ? c.skills.first?.text : nil))
        o.set("level", c.level)
        if !(c.name == nil && c.skills.count == 1) {
            o.set("keywords", nonEmpty: c.skills.map { .string($0.text) })
        }
        return o.value
    }

    static func project(_ p: Project) -> JSONValue {
        var o = JSONObject()
        o.set("name", p.name)
        if !p.text.isEmpty { o.set("description", BulletWalk.flatten(p.text).map(\.text).joined(separator: "\n\n")) }
        o.set("highlights", nonEmpty: texts(p.bullets))
        o.set("keywords", nonEmpty: p.keywords.map { .string($0) })
        dates(p.dates, into: &o)
        o.set("url", p.url)
        if let role = p.role {
            o.set("roles", nonEmpty: role.split(separator: ",").map { .string(String($0).trimmingCharacters(in: " ")) })
        }
        return o.value
    }

    /// `English (Fluent)`, `Spanish: Native, English: Basic` → `{language, fluency}` entries.
    static func languages(_ b: Bullet) -> [JSONValue] {
        let parts = b.text.split(separator: ",").map { String($0).trimmingCharacters(in: " ") }
        let split = parts.count > 1 && parts.allSatisfy { $0.contains(":") || $0.hasSuffix(")") }
        return (split ? parts : [b.text]).map { part -> JSONValue in
            var o = JSONObject()
            if part.hasSuffix(")"), let open = part.lastIndex(of: "("), open > part.startIndex {
                o.set("language", String(part[..<open]).trimmingCharacters(in: " "))
                o.set("fluency", String(part[part.index(after: open)..<part.index(before: part.endIndex)]))
            } else if let colon = part.firstIndex(of: ":") {
                o.set("language", String(part[..<colon]).trimmingCharacters(in: " "))
                o.set("fluency", String(part[part.index(after: colon)...]).trimmingCharacters(in: " "))
            } else {
                o.set("language", part)
            }
            return o.value
        }
    }

    /// An item of a kept section: its text in the main field, its children as `summary`
    /// (keywords for interests).
    static func sectionItem(_ b: Bullet, kind: SectionKind, field: String) -> JSONValue {
        var o = JSONObject()
        o.set(field, b.text)
        let children = BulletWalk.flatten(b.children).map(\.text)
        if !children.isEmpty {
            switch kind {
            case .interests: o.set("keywords", nonEmpty: children.map { .string($0) })
            case .references: o.set("reference", children.joined(separator: "\n\n"))
            case .languages: break
            default: o.set("summary", children.joined(separator: "\n\n"))
            }
        }
        return o.value
    }
}

extension String {
    /// The first occurrence of `needle`, without Foundation.
    fileprivate func range(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }

    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}
