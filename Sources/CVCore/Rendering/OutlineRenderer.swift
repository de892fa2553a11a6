/// The model as a readable outline with line numbers: what `cvtrack parse` prints, and the
/// golden-dump format of the parser tests. Deterministic: the same document gives the same text.
///
/// ```
/// Person: Ada Lovelace (L1)
///   label: Analyst
/// Summary (L3): Writes programs.
/// Experience (2)
///   L5-9    Analytical Engines | Programmer | 1842-06 – present | London
///           L6      text: Notes on the engine.
///           L7      - Wrote the first program.
/// ```
public enum OutlineRenderer {
    /// With `lineNumbers: false` the outline holds the CV's content only (no line numbers, no format, no
    /// headings or notes): git's `textconv` for CVs, so that `git log -p` shows a line diff of content.
    public static func render(_ doc: CVDocument, lineNumbers: Bool = true) -> String {
        var out = Output(lineNumbers: lineNumbers)
        let p = doc.person
        if lineNumbers { out.line("Format: \(doc.format.rawValue)") }
        out.line("Person: \(p.name ?? "(no name)")" + (lineNumbers ? p.sources[.name].map { " (\(lines($0)))" } ?? "" : ""))
        for field in [Person.Field.label, .email, .phone, .location] {
            if let v = p[field] { out.line("  \(field.rawValue): \(v)") }
        }
        for link in p.links {
            out.line("  link: " + (link.label.map { "\($0) " } ?? "") + "<\(link.url)>")
        }
        if let summary = doc.summary {
            out.line((lineNumbers ? "Summary (\(lines(summary.source))): " : "Summary: ") + summary.text)
            for child in summary.children { bullet(child, indent: 2, into: &out) }
        }
        if !doc.roles.isEmpty {
            out.line("Experience (\(doc.roles.count))")
            for role in doc.roles {
                var fields = [role.organisation ?? "?", role.title ?? "?", dates(role.dates)]
                if let l = role.location { fields.append(l) }
                var head = fields.joined(separator: " | ")
                if lineNumbers, let section = role.section { head += "  [\(section)]" }
                if lineNumbers, let group = role.group { head += "  (group \(group))" }
                out.entry(role.source, head)
                for t in role.text { out.entry(t.source, "text: \(t.text)", indent: 10) }
                if !role.keywords.isEmpty { out.line(String(repeating: " ", count: 18) + "keywords: " + role.keywords.joined(separator: ", ")) }
                for b in role.bullets { bullet(b, indent: 10, into: &out) }
            }
        }
        if !doc.projects.isEmpty {
            out.line("Projects (\(doc.projects.count))")
            for project in doc.projects {
                var fields = [project.name]
                if let r = project.role { fields.append(r) }
                if let d = project.dates { fields.append(dates(d)) }
                if let u = project.url { fields.append(u) }
                out.entry(project.source, fields.joined(separator: " | "))
                for t in project.text { out.entry(t.source, "text: \(t.text)", indent: 10) }
                if !project.keywords.isEmpty { out.line(String(repeating: " ", count: 18) + "keywords: " + project.keywords.joined(separator: ", ")) }
                for b in project.bullets { bullet(b, indent: 10, into: &out) }
            }
        }
        if !doc.education.isEmpty {
            out.line("Education (\(doc.education.count))")
            for e in doc.education {
                var fields = [e.institution ?? "?", e.qualification ?? "?"]
                if let d = e.dates { fields.append(dates(d)) }
                if let l = e.location { fields.append(l) }
                out.entry(e.source, fields.joined(separator: " | "))
                for b in e.bullets { bullet(b, indent: 10, into: &out) }
            }
        }
        if !doc.skills.isEmpty {
            out.line("Skills (\(doc.allSkills.count))")
            for category in doc.skills {
                var head = category.name ?? "(unnamed)"
                if let level = category.level { head += " [\(level)]" }
                let skills = category.skills.map(skill).joined(separator: ", ")
                out.entry(category.source, head + ": " + skills)
            }
        }
        if !doc.sections.isEmpty {
            out.line("Sections (\(doc.sections.count))")
            for section in doc.sections {
                out.entry(section.source, "\(section.title) [\(section.kind.rawValue)]")
                for item in section.items { bullet(item, indent: 10, into: &out) }
            }
        }
        if !lineNumbers { return out.text }
        if !doc.headings.isEmpty {
            out.line("Headings: " + doc.headings.map { "\($0.title) [\($0.kind.rawValue)]" }.joined(separator: ", "))
        }
        if !doc.notes.isEmpty {
            out.line("Notes (\(doc.notes.count))")
            for note in doc.notes {
                let place = note.source.map { lines($0) + "  " } ?? ""
                out.line("  \(place)\(note.kind.rawValue): \(note.message)")
            }
        }
        return out.text
    }

    /// `Go (Master, 3 years)`; the canonical name, with the text as written when it differs.
    static func skill(_ s: Skill) -> String {
        var details: [String] = []
        if let level = s.level { details.append(level) }
        if let years = s.years { details.append(years == 1 ? "1 year" : "\(years) years") }
        var out = s.name
        // The text as written, when it is not the name (plus details): `Go «golang»`.
        let text = s.text.lowercased()
        let name = s.name.lowercased()
        let startsWithName = text.hasPrefix(name) && text.dropFirst(name.count).first.map { !$0.isLetter && !$0.isNumber } ?? true
        if !startsWithName { out += " «\(s.text)»" }
        if !details.isEmpty { out += " (" + details.joined(separator: ", ") + ")" }
        return out
    }

    /// `2013-06 – present`, `? – 2010`, `(no dates)`.
    static func dates(_ span: DateSpan?) -> String {
        guard let span else { return "(no dates)" }
        if span.isEmpty { return "(unread: \(span.text))" }
        return "\(span.start?.description ?? "?") – \(span.end?.description ?? "?")"
    }

    /// `L12` or `L12-40`.
    static func lines(_ r: SourceRange) -> String {
        r.end.line > r.start.line ? "L\(r.start.line)-\(r.end.line)" : "L\(r.start.line)"
    }

    static func bullet(_ b: Bullet, indent: Int, into out: inout Output) {
        // Iterative, depth first: no recursion on nesting that came from the input.
        var stack: [(Bullet, Int)] = [(b, indent)]
        while let (current, level) = stack.popLast() {
            out.entry(current.source, "- \(current.text)", indent: level)
            for child in current.children.reversed() { stack.append((child, level + 2)) }
        }
    }

    struct Output {
        var lineNumbers = true
        var text = ""

        mutating func line(_ s: String) {
            text += s
            text += "\n"
        }

        /// `  L12-40  text`, the line column padded to 8 after `indent` spaces.
        mutating func entry(_ source: SourceRange, _ s: String, indent: Int = 2) {
            guard lineNumbers else { return line(String(repeating: " ", count: indent) + s) }
            var label = OutlineRenderer.lines(source)
            if label.count < 8 { label += String(repeating: " ", count: 8 - label.count) } else { label += " " }
            line(String(repeating: " ", count: indent) + label + s)
        }
    }
}
