/// The model as stable, pretty JSON (sorted keys, two-space indent): `cvtrack parse --format json`.
/// Every field is always present (`null` when unknown, `[]` when empty), dates are ISO strings
/// (`2013`, `2013-06`, `2013-06-01`, or `present`), ranges are `line:column-line:column`.
/// Documented field by field in docs/model.md.
public enum ModelJSONRenderer {
    /// Bullets nested deeper than this are listed as children of their ancestor at this depth.
    public static let maximumBulletDepth = 64

    public static func render(_ doc: CVDocument) -> String {
        value(doc).render(sortedKeys: true)
    }

    public static func value(_ doc: CVDocument) -> JSONValue {
        .object([
            ("format", .string(doc.format.rawValue)),
            ("person", person(doc.person)),
            ("summary", doc.summary.map { bullet($0) } ?? .null),
            ("roles", .array(doc.roles.map(role))),
            ("projects", .array(doc.projects.map(project))),
            ("education", .array(doc.education.map(education))),
            ("skills", .array(doc.skills.map(category))),
            ("sections", .array(doc.sections.map(section))),
            ("headings", .array(doc.headings.map { h in
                .object([("title", .string(h.title)), ("kind", .string(h.kind.rawValue)), ("source", range(h.source))])
            })),
            ("notes", .array(doc.notes.map { n in
                .object([("kind", .string(n.kind.rawValue)), ("message", .string(n.message)), ("source", range(n.source))])
            })),
        ])
    }

    static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    static func range(_ r: SourceRange?) -> JSONValue { r.map { .string($0.description) } ?? .null }

    static func person(_ p: Person) -> JSONValue {
        let sources = Person.Field.allCases.compactMap { f in p.sources[f].map { (f.rawValue, range($0)) } }
        return .object([
            ("name", string(p.name)), ("label", string(p.label)), ("email", string(p.email)),
            ("phone", string(p.phone)), ("location", string(p.location)),
            ("links", .array(p.links.map { l in
                .object([("label", string(l.label)), ("url", .string(l.url)), ("source", range(l.source))])
            })),
            ("sources", .object(sources)),
        ])
    }

    static func dates(_ d: DateSpan?) -> JSONValue {
        guard let d else { return .null }
        return .object([
            ("start", string(d.start?.description)), ("end", string(d.end?.description)),
            ("text", .string(d.text)), ("source", range(d.source)),
        ])
    }

    static func bullets(_ bs: [Bullet], depth: Int = 0) -> JSONValue { .array(bs.map { bullet($0, depth: depth) }) }

    static func bullet(_ b: Bullet, depth: Int = 0) -> JSONValue {
        let children = depth < maximumBulletDepth ? b.children : []
        var deeper: [Bullet] = []
        if depth >= maximumBulletDepth { deeper = BulletWalk.flatten(b.children) }
        return .object([
            ("text", .string(b.text)),
            ("children", depth < maximumBulletDepth ? bullets(children, depth: depth + 1)
                : .array(deeper.map { .object([("text", .string($0.text)), ("children", .array([])), ("source", range($0.source))]) })),
            ("source", range(b.source)),
        ])
    }

    static func role(_ r: Role) -> JSONValue {
        .object([
            ("organisation", string(r.organisation)), ("title", string(r.title)), ("dates", dates(r.dates)),
            ("location", string(r.location)), ("terms", string(r.terms)), ("text", bullets(r.text)), ("bullets", bullets(r.bullets)),
            ("section", string(r.section)), ("group", r.group.map { .int($0) } ?? .null),
            ("keywords", .array(r.keywords.map { .string($0) })), ("source", range(r.source)),
        ])
    }

    static func project(_ p: Project) -> JSONValue {
        .object([
            ("name", .string(p.name)), ("role", string(p.role)), ("url", string(p.url)), ("dates", dates(p.dates)),
            ("text", bullets(p.text)), ("bullets", bullets(p.bullets)),
            ("keywords", .array(p.keywords.map { .string($0) })), ("source", range(p.source)),
        ])
    }

    static func education(_ e: Education) -> JSONValue {
        .object([
            ("institution", string(e.institution)), ("qualification", string(e.qualification)),
            ("dates", dates(e.dates)), ("location", string(e.location)), ("bullets", bullets(e.bullets)),
            ("source", range(e.source)),
        ])
    }

    static func category(_ c: SkillCategory) -> JSONValue {
        .object([
            ("name", string(c.name)), ("level", string(c.level)),
            ("skills", .array(c.skills.map { s in
                .object([
                    ("text", .string(s.text)), ("name", .string(s.name)), ("level", string(s.level)),
                    ("years", s.years.map { .int($0) } ?? .null), ("source", range(s.source)),
                ])
            })),
            ("source", range(c.source)),
        ])
    }

    static func section(_ s: NamedSection) -> JSONValue {
        .object([
            ("title", .string(s.title)), ("kind", .string(s.kind.rawValue)), ("items", bullets(s.items)),
            ("source", range(s.source)),
        ])
    }
}
