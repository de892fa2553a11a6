/// Moving what was read from one place of a text to another: the same lines, `by` lines further down.
/// Used when a part of a text read before (`MarkdownParseMemo`) turns up at another line.
extension SourcePosition {
    func shifted(by d: Int) -> SourcePosition { SourcePosition(line: line + d, column: column) }
}

extension SourceRange {
    func shifted(by d: Int) -> SourceRange {
        d == 0 ? self : SourceRange(start: start.shifted(by: d), end: end.shifted(by: d))
    }
}

extension Optional where Wrapped == SourceRange {
    func shifted(by d: Int) -> SourceRange? { self.map { $0.shifted(by: d) } }
}

extension Bullet {
    func shifted(by d: Int) -> Bullet {
        guard d != 0 else { return self }
        return Bullet(text: text, children: children.map { $0.shifted(by: d) }, source: source.shifted(by: d))
    }
}

extension DateSpan {
    func shifted(by d: Int) -> DateSpan {
        var s = self
        s.source = source.shifted(by: d)
        return s
    }
}

extension Role {
    func shifted(by d: Int) -> Role {
        guard d != 0 else { return self }
        var r = self
        r.dates = dates?.shifted(by: d)
        r.text = text.map { $0.shifted(by: d) }
        r.bullets = bullets.map { $0.shifted(by: d) }
        r.source = source.shifted(by: d)
        return r
    }
}

extension Project {
    func shifted(by d: Int) -> Project {
        guard d != 0 else { return self }
        var p = self
        p.dates = dates?.shifted(by: d)
        p.text = text.map { $0.shifted(by: d) }
        p.bullets = bullets.map { $0.shifted(by: d) }
        p.source = source.shifted(by: d)
        return p
    }
}

extension Education {
    func shifted(by d: Int) -> Education {
        guard d != 0 else { return self }
        var e = self
        e.dates = dates?.shifted(by: d)
        e.bullets = bullets.map { $0.shifted(by: d) }
        e.source = source.shifted(by: d)
        return e
    }
}

extension SkillCategory {
    func shifted(by d: Int) -> SkillCategory {
        guard d != 0 else { return self }
        var c = self
        c.skills = skills.map { var s = $0; s.source = s.source.shifted(by: d); return s }
        c.source = source.shifted(by: d)
        return c
    }
}

extension NamedSection {
    func shifted(by d: Int) -> NamedSection {
        guard d != 0 else { return self }
        var s = self
        s.items = items.map { $0.shifted(by: d) }
        s.source = source.shifted(by: d)
        return s
    }
}

extension SectionHeading {
    func shifted(by d: Int) -> SectionHeading {
        var h = self
        h.source = source.shifted(by: d)
        return h
    }
}

extension MarkdownLine {
    func shifted(by d: Int) -> MarkdownLine {
        var l = self
        l.source = source.shifted(by: d)
        return l
    }
}

extension MarkdownItem {
    func shifted(by d: Int) -> MarkdownItem {
        MarkdownItem(lines: lines.map { $0.shifted(by: d) }, children: children.map { $0.shifted(by: d) }, source: source.shifted(by: d))
    }
}

extension MarkdownBlock {
    func shifted(by d: Int) -> MarkdownBlock {
        guard d != 0 else { return self }
        switch self {
        case .heading(let level, let line): return .heading(level: level, line: line.shifted(by: d))
        case .term(let line): return .term(line.shifted(by: d))
        case .paragraph(let lines): return .paragraph(lines.map { $0.shifted(by: d) })
        case .list(let items): return .list(items.map { $0.shifted(by: d) })
        case .table(let rows, let header): return .table(rows: rows.map { $0.map { $0.shifted(by: d) } }, header: header)
        case .rule(let r): return .rule(r.shifted(by: d))
        }
    }
}

extension SourceRange {
    /// This range with its ends moved inside lines `lines` (an end moved up ends at its line's end).
    func clamped(to lines: ClosedRange<Int>, source: MarkdownSource) -> SourceRange {
        guard start.line < lines.lowerBound || end.line > lines.upperBound || start.line > lines.upperBound else { return self }
        var r = self
        if r.start.line < lines.lowerBound { r.start = SourcePosition(line: lines.lowerBound, column: 1) }
        if r.start.line > lines.upperBound { r.start = SourcePosition(line: lines.upperBound, column: 1) }
        if r.end.line > lines.upperBound { r.end = source.range(lines: lines.upperBound, lines.upperBound).end }
        if r.end < r.start { r.end = r.start }
        return r
    }
}

extension MarkdownLine {
    func clamped(to lines: ClosedRange<Int>, source: MarkdownSource) -> MarkdownLine {
        var l = self
        l.source = self.source.clamped(to: lines, source: source)
        return l
    }
}

extension MarkdownItem {
    func clamped(to lines: ClosedRange<Int>, source: MarkdownSource) -> MarkdownItem {
        MarkdownItem(
            lines: self.lines.map { $0.clamped(to: lines, source: source) },
            children: children.map { $0.clamped(to: lines, source: source) }, source: self.source.clamped(to: lines, source: source))
    }
}

extension MarkdownBlock {
    func clamped(to lines: ClosedRange<Int>, source: MarkdownSource) -> MarkdownBlock {
        switch self {
        case .heading(let level, let line): return .heading(level: level, line: line.clamped(to: lines, source: source))
        case .term(let line): return .term(line.clamped(to: lines, source: source))
        case .paragraph(let ls): return .paragraph(ls.map { $0.clamped(to: lines, source: source) })
        case .list(let items): return .list(items.map { $0.clamped(to: lines, source: source) })
        case .table(let rows, let header): return .table(rows: rows.map { $0.map { $0.clamped(to: lines, source: source) } }, header: header)
        case .rule(let r): return .rule(r.clamped(to: lines, source: source))
        }
    }
}

extension EntryFinder.Entry {
    /// The entry of a part read at other lines: its ranges moved by `d` lines, its line indices by `di`.
    func shifted(lines d: Int, indices di: Int) -> EntryFinder.Entry {
        guard d != 0 || di != 0 else { return self }
        var e = self
        // (Each kind of shift only where it moves something: the arrays are then not made again.)
        if di != 0 {
            e.header = header.map { $0 + di }
            e.context = context.map { $0 + di }
        }
        guard d != 0 else { return e }
        e.fields.dates = fields.dates?.shifted(by: d)
        e.text = text.map { $0.shifted(by: d) }
        e.bullets = bullets.map { $0.shifted(by: d) }
        e.source = source.shifted(by: d)
        e.organisationSource = organisationSource.shifted(by: d)
        e.bodySource = bodySource.shifted(by: d)
        return e
    }
}
