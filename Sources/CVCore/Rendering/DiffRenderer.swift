/// How a diff is shown: `text` (for people, coloured on a terminal), `json` (for tools; docs/diff-format.md),
/// `markdown` (for pull-request descriptions), `stat` (counts per kind).
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json, markdown
}

/// Renders a `CVDiff`. Renderers only consume changes: they never parse or diff.
public enum DiffRenderer {
    public struct Style: Sendable {
        public var color: Bool
        public init(color: Bool) { self.color = color }

        public func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        public func added(_ s: String) -> String { paint(s, "32") }
        public func removed(_ s: String) -> String { paint(s, "31") }
        public func changed(_ s: String) -> String { paint(s, "33") }
        public func dim(_ s: String) -> String { paint(s, "2") }
        public func bold(_ s: String) -> String { paint(s, "1") }
    }

    // MARK: text

    /// One line per change (`role added  Acme · Engineer …`), reworded text with its word diff below it
    /// (`[-old-]{+new+}` without colour).
    public static func text(_ diff: CVDiff, style: Style = Style(color: false)) -> String {
        var out = ""
        // Phrases are ASCII: their bytes are their characters.
        let phrases = diff.changes.map(\.kind.phrase)
        let width = (phrases.lazy.map(\.utf8.count).max() ?? 0) + 2
        let indent = spaces(width + 2)
        for (c, phrase) in zip(diff.changes, phrases) {
            let padded = phrase + spaces(max(1, width - phrase.utf8.count))
            let head: String
            switch c.kind {
            case .roleAdded, .bulletAdded, .skillAdded, .projectAdded, .educationAdded, .sectionAdded, .sectionItemAdded:
                head = style.added(padded)
            case .roleRemoved, .bulletRemoved, .skillRemoved, .projectRemoved, .educationRemoved, .sectionRemoved, .sectionItemRemoved:
                head = style.removed(padded)
            default:
                head = style.changed(padded)
            }
            out += head + describe(c) + lines(c, style) + "\n"
            if let words = c.words, c.kind == .bulletReworded || c.kind == .summaryChanged || c.kind == .sectionItemChanged {
                out += indent + wordDiff(words, style) + "\n"
            } else if c.kind == .bulletAdded || c.kind == .sectionItemAdded, let n = c.new {
                out += indent + style.added("+ " + n) + "\n"
            } else if c.kind == .bulletRemoved || c.kind == .sectionItemRemoved, let o = c.old {
                out += indent + style.removed("- " + o) + "\n"
            } else if c.kind == .bulletMoved || c.kind == .sectionItemMoved, let n = c.new {
                out += indent + n + "\n"
            }
        }
        return out
    }

    /// `n` spaces.
    static func spaces(_ n: Int) -> String { String(decoding: [UInt8](repeating: 0x20, count: n), as: UTF8.self) }

    /// The change in words, without its kind.
    public static func describe(_ c: Change) -> String {
        switch c.kind {
        case .roleAdded, .roleRemoved:
            return "\(c.subject) (\(c.new ?? c.old ?? "no dates"))"
        case .roleRetitled, .roleOrganisation, .roleDates, .roleLocation, .roleChanged, .skillMoved, .skillLevel, .skillYears,
             .skillRenamed, .skillCategoryRenamed, .sectionRenamed, .personChanged, .contactChanged:
            return "\(c.subject): \(c.old ?? "none") → \(c.new ?? "none")"
        case .roleKeywords:
            return c.subject + ": " + [c.new.map { "+ " + $0 }, c.old.map { "- " + $0 }].compactMap { $0 }.joined(separator: "; ")
        case .bulletReworded, .summaryChanged, .sectionItemChanged:
            return c.similarity.map { "\(c.subject) (\(Int(($0 * 100).rounded()))% alike)" } ?? c.subject
        case .bulletMoved:
            return c.old == c.subject ? "\(c.subject) (order)" : "\(c.old ?? "?") → \(c.subject)"
        case .sectionItemMoved:
            return "\(c.old ?? "?") → \(c.subject)"
        case .skillAdded:
            return c.subject + (c.new.map { " (\($0))" } ?? "")
        case .skillRemoved:
            return c.subject + (c.old.map { " (\($0))" } ?? "")
        case .projectChanged, .educationChanged:
            return "\(c.subject): \(c.new ?? "")"
        case .projectAdded, .educationAdded:
            return c.subject + (c.new.map { " (\($0))" } ?? "")
        case .projectRemoved, .educationRemoved:
            return c.subject + (c.old.map { " (\($0))" } ?? "")
        case .roleReordered, .bulletAdded, .bulletRemoved, .sectionAdded, .sectionRemoved, .sectionItemAdded, .sectionItemRemoved:
            return c.subject
        }
    }

    static func lines(_ c: Change, _ style: Style) -> String {
        func l(_ r: SourceRange) -> String { r.start.line == r.end.line || r.end.line == 0 ? "L\(r.start.line)" : "L\(r.start.line)-\(r.end.line)" }
        switch (c.oldSource, c.newSource) {
        case (nil, let n?): return style.dim("  [\(l(n))]")
        case (let o?, nil): return style.dim("  [was \(l(o))]")
        case (let o?, let n?): return style.dim(o.start.line == n.start.line ? "  [\(l(n))]" : "  [\(l(o)) → \(l(n))]")
        default: return ""
        }
    }

    static func wordDiff(_ words: [WordDiff.Segment], _ style: Style) -> String {
        words.map { s in
            switch s.op {
            case .same: return s.text
            case .removed: return style.color ? style.removed(s.text) : "[-\(s.text)-]"
            case .added: return style.color ? style.added(s.text) : "{+\(s.text)+}"
            }
        }.joined(separator: " ")
    }

    // MARK: stat

    /// Counts per kind, like `git diff --stat` for CVs.
    public static func stat(_ diff: CVDiff) -> String {
        let counts = diff.counts
        guard !counts.isEmpty else { return "" }
        let width = counts.map { $0.0.phrase.count }.max() ?? 0
        var out = ""
        for (kind, n) in counts {
            out += " " + kind.phrase + String(repeating: " ", count: width - kind.phrase.count) + "  \(n)\n"
        }
        out += " \(diff.changes.count) change\(diff.changes.count == 1 ? "" : "s")\n"
        return out
    }

    // MARK: json

    /// The documented JSON shape (docs/diff-format.md): `{"from", "to", "changes": [...]}`.
    public static func json(_ diff: CVDiff, from: String, to: String) -> String {
        jsonValue(diff, from: from, to: to).render(sortedKeys: false)
    }

    public static func jsonValue(_ diff: CVDiff, from: String?, to: String?) -> JSONValue {
        var root = JSONObject()
        root.set("from", from)
        root.set("to", to)
        root.set("changes", .array(diff.changes.map(jsonValue)))
        return root.value
    }

    public static func jsonValue(_ c: Change) -> JSONValue {
        var o = JSONObject()
        o.set("kind", c.kind.rawValue)
        o.set("subject", c.subject)
        o.set("old", c.old)
        o.set("new", c.new)
        o.set("oldLines", c.oldSource.map(linesValue))
        o.set("newLines", c.newSource.map(linesValue))
        o.set("similarity", c.similarity.map { Int(($0 * 100).rounded()) })
        if let words = c.words {
            o.set("words", .array(words.map { .object([("op", .string($0.op.rawValue)), ("text", .string($0.text))]) }))
        }
        return o.value
    }

    static func linesValue(_ r: SourceRange) -> JSONValue {
        .array([.int(r.start.line), .int(max(r.start.line, r.end.line))])
    }

    // MARK: markdown

    /// A Markdown summary for a pull-request description: grouped by what changed.
    public static func markdown(_ diff: CVDiff, title: String? = nil) -> String {
        var out = title.map { "### \($0)\n\n" } ?? ""
        if diff.isEmpty { return out + "No change to the CV's content.\n" }
        for c in diff.changes {
            out += "- **\(c.kind.phrase)**: \(escape(describe(c)))\n"
            if let words = c.words, c.kind == .bulletReworded || c.kind == .summaryChanged || c.kind == .sectionItemChanged {
                let md = words.map { s -> String in
                    switch s.op {
                    case .same: return escape(s.text)
                    case .removed: return "~~\(escape(s.text))~~"
                    case .added: return "**\(escape(s.text))**"
                    }
                }.joined(separator: " ")
                out += "  > \(md)\n"
            } else if let n = c.new, c.kind == .bulletAdded || c.kind == .sectionItemAdded {
                out += "  > \(escape(n))\n"
            } else if let o = c.old, c.kind == .bulletRemoved || c.kind == .sectionItemRemoved {
                out += "  > ~~\(escape(o))~~\n"
            }
        }
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "*_`[]<>|~\\".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
