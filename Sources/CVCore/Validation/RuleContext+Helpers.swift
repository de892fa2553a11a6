/// Positions and dates as the rules need them.
extension RuleContext {
    /// A finding for each note of `kind` the reader left (broken HTML, broken LaTeX), where the note is.
    func findings(fromNotes kind: ParseNote.Kind) -> [Finding] {
        guard let document else { return [] }
        return document.notes.filter { $0.kind == kind }.map { note in
            finding(note.message, at: note.source ?? SourceRange(line: 1, column: 1, endLine: 1, endColumn: 1))
        }
    }

    /// The first line of an element (a role's heading or title line).
    func start(of range: SourceRange) -> SourceRange {
        let line = source.lines.line(range.start.line)
        let length = line.unicodeScalars.count
        let end = max(range.start.column, length)
        return SourceRange(line: range.start.line, column: range.start.column, endLine: range.start.line, endColumn: end)
    }

    /// Where a role's dates are written (the date text itself when it can be found), else its first line.
    func datesRange(of role: Role) -> SourceRange {
        guard let dates = role.dates else { return start(of: role.source) }
        return source.range(of: dates, fallback: start(of: role.source))
    }

    func datesRange(of span: DateSpan, fallback: SourceRange) -> SourceRange {
        source.range(of: span, fallback: start(of: fallback))
    }

    /// How a role is named in messages: `Engineer at Acme (line 12)`.
    func name(of role: Role) -> String {
        let what: String
        switch (role.title, role.organisation) {
        case (let t?, let o?): what = "\(t) at \(o)"
        case (let t?, nil): what = t
        case (nil, let o?): what = o
        case (nil, nil): what = "the role"
        }
        return "\(what) (line \(role.source.start.line))"
    }

    /// Every date span of the CV (roles, projects, education) with its owner's range.
    var allDateSpans: [(span: DateSpan, owner: SourceRange)] {
        guard let document else { return [] }
        var result: [(DateSpan, SourceRange)] = []
        for role in document.roles { if let d = role.dates { result.append((d, role.source)) } }
        for project in document.projects { if let d = project.dates { result.append((d, project.source)) } }
        for education in document.education { if let d = education.dates { result.append((d, education.source)) } }
        return result
    }
}

extension PartialDate {
    /// Compares two dates at the precision both have: `2019` and `2019-05` are equal.
    static func compareAtCommonPrecision(_ a: PartialDate, _ b: PartialDate) -> Int {
        if a.year != b.year { return a.year < b.year ? -1 : 1 }
        guard let am = a.month, let bm = b.month else { return 0 }
        if am != bm { return am < bm ? -1 : 1 }
        guard let ad = a.day, let bd = b.day else { return 0 }
        return ad == bd ? 0 : (ad < bd ? -1 : 1)
    }
}
