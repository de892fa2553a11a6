/// The tailoring report for tools: `{ job, score, requirements: [{ kind, weight, text, line, coverage,
/// covered, evidence: [{ kind, line, startLine, endLine, text, strength, skills, related, terms }] }], gaps: [index],
/// cuts }`. An evidence's `line` is the line holding what it shows (of a piece spanning `startLine...endLine`).
/// Coverage and strength are whole percentages. With `variant` (a dry run), the whole text of the variant is
/// added as `"variant"`, so that one object holds the report and what would be committed.
public enum TailorJSONRenderer {
    public static func render(_ report: TailorReport, variant: String? = nil) -> String {
        var requirements: [JSONValue] = []
        var gaps: [JSONValue] = []
        for (i, m) in report.requirements.enumerated() {
            let r = m.requirement
            let evidence: [JSONValue] = m.evidence.map { e in
                .object([
                    ("kind", .string(e.evidence.kind.rawValue)),
                    ("line", .int(e.line ?? e.evidence.source.start.line)),
                    ("startLine", .int(e.evidence.source.start.line)),
                    ("endLine", .int(e.evidence.source.lines.upperBound)),
                    ("text", .string(e.evidence.text)),
                    ("strength", .int(TailorRenderer.percent(e.strength))),
                    ("skills", .array(e.skills.map { .string($0) })),
                    ("related", .array(e.related.map { .string($0) })),
                    ("terms", .array(e.terms.map { .string($0) })),
                ])
            }
            requirements.append(.object([
                ("kind", .string(r.kind.rawValue)),
                ("weight", .int(Int((r.weight * 10).rounded()))),
                ("text", .string(r.text)),
                ("section", r.section.map { .string($0) } ?? .null),
                ("line", .int(r.line)),
                ("skills", .array(r.skills.map { .string($0) })),
                ("coverage", .int(TailorRenderer.percent(m.coverage))),
                ("covered", .bool(m.isCovered)),
                ("evidence", .array(evidence)),
            ]))
            if !m.isCovered { gaps.append(.int(i)) }
        }
        let cuts: [JSONValue] = report.cuts.map { c in
            .object([
                ("kind", .string(c.kind.rawValue)),
                ("line", .int(c.source.start.line)),
                ("endLine", .int(c.source.lines.upperBound)),
                ("text", .string(c.text)),
            ])
        }
        var fields: [(String, JSONValue)] = [
            ("job", .object([
                ("title", report.jobTitle.map { .string($0) } ?? .null),
                ("company", report.company.map { .string($0) } ?? .null),
            ])),
            ("score", .int(report.score)),
            ("requirements", .array(requirements)),
            ("gaps", .array(gaps)),
            ("cuts", .array(cuts)),
        ]
        if let variant { fields.append(("variant", .string(variant))) }
        return JSONValue.object(fields).render(sortedKeys: false)
    }
}
