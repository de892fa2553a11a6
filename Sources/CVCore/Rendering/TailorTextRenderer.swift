/// The tailoring report for people:
/// ```
/// match 68/100  Platform Engineer - Core Services at Globex
/// covered (12 of 30)
///   must-have  Linux systems experience
///              ← line 35: Tuned web servers for peak traffic … [Linux]   (~Skill: related only)
/// gaps (18)
///   must-have  4 years on an on-call rota …
/// cut (15)
///   line 18  bullet  Coached two junior hires …
/// ```
public enum TailorTextRenderer {
    public static func render(_ report: TailorReport) -> String {
        var out = "match \(report.score)/100  \(TailorRenderer.heading(report))\n"
        let covered = report.covered
        out += "covered (\(covered.count) of \(report.requirements.count))\n"
        for m in covered {
            out += "  \(pad(m.requirement.kind.rawValue))\(TailorRenderer.excerpt(m.requirement.text))\n"
            for e in m.evidence {
                let why = (e.skills + e.related.map { "~" + $0 } + e.terms).prefix(6).joined(separator: ", ")
                out += "  \(pad(""))← line \(TailorRenderer.lines(e.evidence.source)): "
                    + "\(TailorRenderer.excerpt(e.evidence.text, limit: 60)) [\(why)]\n"
            }
        }
        let gaps = report.gaps
        out += "gaps (\(gaps.count))\n"
        for m in gaps {
            let partial = m.coverage > 0 ? " (\(TailorRenderer.percent(m.coverage))% met)" : ""
            out += "  \(pad(m.requirement.kind.rawValue))\(TailorRenderer.excerpt(m.requirement.text))\(partial)\n"
        }
        if !report.cuts.isEmpty {
            out += "cut (\(report.cuts.count))\n"
            for c in report.cuts {
                out += "  line \(TailorRenderer.lines(c.source))  \(c.kind.rawValue)  \(TailorRenderer.excerpt(c.text))\n"
            }
        }
        return out
    }

    private static func pad(_ s: String) -> String {
        s + String(repeating: " ", count: max(1, 16 - s.count))
    }
}
