/// How a tailoring report is shown: `text` (for people), `json` (for tools), `markdown` (for notes and
/// pull-request descriptions).
public enum TailorFormat: String, Sendable, CaseIterable {
    case text, json, markdown
}

/// Renders a `TailorReport`. Renderers only consume the report: they never analyse or score.
public enum TailorRenderer {
    public static func render(_ report: TailorReport, format: TailorFormat) -> String {
        switch format {
        case .text: return TailorTextRenderer.render(report)
        case .json: return TailorJSONRenderer.render(report)
        case .markdown: return TailorMarkdownRenderer.render(report)
        }
    }

    /// `12` or `12-14`.
    static func lines(_ r: SourceRange) -> String {
        r.lines.count > 1 ? "\(r.lines.lowerBound)-\(r.lines.upperBound)" : "\(r.lines.lowerBound)"
    }

    static func percent(_ x: Double) -> Int { Int((x * 100).rounded()) }

    static func excerpt(_ s: String, limit: Int = 80) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }

    static func heading(_ report: TailorReport) -> String {
        var parts: [String] = []
        if let title = report.jobTitle { parts.append(title) }
        if let company = report.company { parts.append(company) }
        return parts.isEmpty ? "job" : parts.joined(separator: " at ")
    }
}
