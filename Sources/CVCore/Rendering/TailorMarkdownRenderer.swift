/// The tailoring report as Markdown: score, a table of requirements with their evidence, the gaps, the cuts.
public enum TailorMarkdownRenderer {
    public static func render(_ report: TailorReport) -> String {
        var out = "## Match \(report.score)/100: \(escape(TailorRenderer.heading(report)))\n\n"
        out += "| | Requirement | Kind | Evidence |\n|---|---|---|---|\n"
        for m in report.requirements {
            let mark = m.isCovered ? "✓" : (m.coverage > 0 ? "~" : "✗")
            let evidence = m.evidence.prefix(2).map { "line \(TailorRenderer.lines($0.evidence.source)): \(escape(TailorRenderer.excerpt($0.evidence.text, limit: 50)))" }
                .joined(separator: "<br>")
            out += "| \(mark) | \(escape(TailorRenderer.excerpt(m.requirement.text))) | \(m.requirement.kind.rawValue) | \(evidence) |\n"
        }
        let gaps = report.gaps
        if !gaps.isEmpty {
            out += "\n### Gaps\n\n"
            for m in gaps { out += "- \(escape(m.requirement.text)) (\(m.requirement.kind.rawValue))\n" }
        }
        if !report.cuts.isEmpty {
            out += "\n### Cut from the base\n\n"
            for c in report.cuts {
                out += "- line \(TailorRenderer.lines(c.source)), \(c.kind.rawValue): \(escape(TailorRenderer.excerpt(c.text)))\n"
            }
        }
        return out
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "*", "_", "`", "[", "]", "<", ">": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }
}
