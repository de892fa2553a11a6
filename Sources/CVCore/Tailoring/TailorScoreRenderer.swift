/// `cvtrack tailor --score-only`: many job ads scored against one CV, in the order given (best first).
/// Text: one line per ad, `score  title [at company]  file`. JSON: `[{ file, title, company, score,
/// requirements, covered, gaps: [text] }]`.
public enum TailorScoreRenderer {
    public static func render(_ scored: [(file: String, report: TailorReport)], json: Bool) -> String {
        if json {
            let items: [JSONValue] = scored.map { s in
                .object([
                    ("file", .string(s.file)),
                    ("title", s.report.jobTitle.map { .string($0) } ?? .null),
                    ("company", s.report.company.map { .string($0) } ?? .null),
                    ("score", .int(s.report.score)),
                    ("requirements", .int(s.report.requirements.count)),
                    ("covered", .int(s.report.covered.count)),
                    ("gaps", .array(s.report.gaps.map { .string($0.requirement.text) })),
                ])
            }
            return JSONValue.array(items).render(sortedKeys: false)
        }
        var out = ""
        for s in scored {
            let score = String(s.report.score)
            let title = TailorRenderer.heading(s.report)
            out += String(repeating: " ", count: max(0, 3 - score.count)) + score + "  "
                + printable(title) + "  " + printable(s.file) + "\n"
        }
        return out
    }

    /// One line for a terminal: control characters (escape sequences, line breaks) become spaces.
    static func printable(_ s: String) -> String {
        var scalars = String.UnicodeScalarView()
        for c in s.unicodeScalars { scalars.append(c.value < 0x20 || (0x7F...0x9F).contains(c.value) ? " " : c) }
        return ScalarWhitespace.collapse(String(scalars))
    }
}
