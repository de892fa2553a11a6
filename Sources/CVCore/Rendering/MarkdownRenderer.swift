/// The model as a clean Markdown CV: `cvtrack export --to markdown`.
///
/// ```
/// # Ada Lovelace
/// Analyst
///
/// London · ada@example.com · +44 20 0000 · <https://ada.dev>
///
/// ## Experience
///
/// ### Programmer — Analytical Engines
/// June 1842 – Present · London
///
/// - Wrote the first program
///   - Published in 1843
/// ```
/// Roles are grouped under their section's heading (`Experience`, `Volunteer`...), in their order.
public enum MarkdownRenderer {
    /// Bullets nested deeper than this are written at this depth.
    public static let maximumListDepth = 8

    public static func render(_ doc: CVDocument) -> String {
        var blocks: [String] = []
        let p = doc.person
        var head = "# \(escapeInline(p.name ?? "Curriculum Vitae"))"
        if let label = p.label { head += "\n\n" + escapeInline(label) }
        blocks.append(head)
        var contact = [p.location, p.email, p.phone].compactMap { $0 }.map(escapeInline)
        for link in p.links {
            if link.url.contains("://") {
                contact.append(link.label.map { "[\(escapeInline($0))](\(link.url))" } ?? "<\(link.url)>")
            } else {
                contact.append((link.label.map { "\(escapeInline($0)): " } ?? "") + escapeInline(link.url))
            }
        }
        if !contact.isEmpty { blocks.append(contact.joined(separator: " · ")) }

        if let summary = doc.summary {
            blocks.append("## Summary")
            blocks.append(escapeParagraph(summary.text))
            blocks += summary.children.map { escapeParagraph($0.text) }
        }

        // Roles by section, sections in order of first appearance.
        var sectionOrder: [String] = []
        var bySection: [String: [Role]] = [:]
        for role in doc.roles {
            let title = role.section.map(sectionTitle) ?? "Experience"
            if bySection[title] == nil { sectionOrder.append(title) }
            bySection[title, default: []].append(role)
        }
        for title in sectionOrder {
            blocks.append("## \(title)")
            for role in bySection[title] ?? [] { blocks += self.role(role) }
        }

        if !doc.projects.isEmpty {
            blocks.append("## Projects")
            for project in doc.projects {
                blocks.append("### " + escapeInline(project.name))
                let line = [project.role.map(escapeInline), project.dates.map(dates), project.url.map { "<\($0)>" }]
                    .compactMap { $0 }.joined(separator: " · ")
                if !line.isEmpty { blocks.append(line) }
                blocks += project.text.map { escapeParagraph($0.text) }
                if !project.keywords.isEmpty { blocks.append("*" + project.keywords.map(escapeInline).joined(separator: ", ") + "*") }
                if !project.bullets.isEmpty { blocks.append(list(project.bullets)) }
            }
        }

        if !doc.education.isEmpty {
            blocks.append("## Education")
            for e in doc.education {
                let heading = [e.qualification, e.institution].compactMap { $0 }.map(escapeInline).joined(separator: " — ")
                blocks.append("### " + (heading.isEmpty ? "Education" : heading))
                let line = [e.dates.map(dates), e.location.map(escapeInline)].compactMap { $0 }.joined(separator: " · ")
                if !line.isEmpty { blocks.append(line) }
                if !e.bullets.isEmpty { blocks.append(list(e.bullets)) }
            }
        }

        if !doc.skills.isEmpty {
            blocks.append("## Skills")
            let lines = doc.skills.map { c -> String in
                let skills = c.skills.map { escapeInline($0.text) }.joined(separator: ", ")
                guard let name = c.name else { return "- " + skills }
                let level = c.level.map { " (\(escapeInline($0)))" } ?? ""
                return "- **\(escapeInline(name))\(level):** " + skills
            }
            blocks.append(lines.joined(separator: "\n"))
        }

        for section in doc.sections {
            blocks.append("## " + escapeInline(section.title))
            if !section.items.isEmpty { blocks.append(list(section.items)) }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A role: `### Title — Organisation`, a date line, its paragraphs and bullets.
    static func role(_ r: Role) -> [String] {
        var out: [String] = []
        let heading = [r.title, r.organisation].compactMap { $0 }.map(escapeInline).joined(separator: " — ")
        out.append("### " + (heading.isEmpty ? "Role" : heading))
        let line = [r.dates.map(dates), r.location.map(escapeInline)].compactMap { $0 }.joined(separator: " · ")
        if !line.isEmpty { out.append(line) }
        out += r.text.map { escapeParagraph($0.text) }
        if !r.keywords.isEmpty { out.append("*" + r.keywords.map(escapeInline).joined(separator: ", ") + "*") }
        if !r.bullets.isEmpty { out.append(list(r.bullets)) }
        return out
    }

    /// `Experience` for a role read under `work`, the section's own title otherwise (capitalised).
    static func sectionTitle(_ s: String) -> String {
        switch SectionClassifier.classify(s) {
        case .experience where s == s.lowercased(): return "Experience"
        case .volunteering where s == s.lowercased(): return "Volunteer"
        default: return s.prefix(1).uppercased() + s.dropFirst()
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// `June 2013 – Present`, `2005 – 2010`, `March 2020`.
    static func dates(_ span: DateSpan) -> String {
        func date(_ d: PartialDate) -> String {
            guard let m = d.month, (1...12).contains(m) else { return String(d.year) }
            return "\(monthNames[m - 1]) \(d.year)"
        }
        let start = span.start.map(date)
        let end: String? = switch span.end {
        case .present: "Present"
        case .date(let d): date(d)
        case nil: nil
        }
        switch (start, end) {
        case (let s?, let e?): return "\(s) – \(e)"
        case (let s?, nil): return s
        case (nil, let e?): return "– \(e)"
        default: return span.text
        }
    }

    /// A nested list, two spaces a level; nesting deeper than `maximumListDepth` stays at that depth.
    static func list(_ bullets: [Bullet]) -> String {
        BulletWalk.depthFirst(bullets).map { item in
            String(repeating: "  ", count: min(item.depth, maximumListDepth)) + "- " + escapeInline(item.bullet.text)
        }.joined(separator: "\n")
    }

    /// Escapes what Markdown would read as markup inside a line (`*`, `_`, backticks, brackets, `<`).
    static func escapeInline(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "*", "_", "`", "[", "]", "<", "\\": out.append("\\"); out.append(c)
            case "\n": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    /// A paragraph that must not read as a heading, list item or quote.
    static func escapeParagraph(_ s: String) -> String {
        let t = escapeInline(s)
        guard let first = t.first else { return t }
        if first == "#" || first == ">" || first == "-" || first == "+" || first == "=" { return "\\" + t }
        // `1. ` would start an ordered list.
        let digits = t.prefix(while: \.isNumber)
        if !digits.isEmpty, t.dropFirst(digits.count).hasPrefix(". ") || t.dropFirst(digits.count).hasPrefix(") ") {
            return digits + "\\" + t.dropFirst(digits.count)
        }
        return t
    }
}
