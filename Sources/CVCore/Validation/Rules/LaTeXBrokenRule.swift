/// Unbalanced braces and environments in a LaTeX CV (or a file it includes).
public struct LaTeXBrokenRule: Rule {
    public static let description = RuleDescription(
        identifier: "latex-broken", name: "Broken LaTeX",
        summary: "LaTeX with a `{` never closed, a `}` that closes nothing, an `\\end{…}` that ends another environment or none, or a `\\begin{…}` never ended.",
        severity: .error,
        details: """
            Reported from what the LaTeX reader noticed, in the CV and in the files it includes (named with their \
            line, at the `\\input`). Comments, `\\verb`, verbatim environments and the bodies of definitions \
            (`\\newcommand{\\listStart}{\\begin{itemize}}`) are not counted. An environment begun in one file and \
            ended in another (`\\begin{document}` in an included header) is balanced. With a class of the CV's own \
            (not one of the TeX distribution's: `article`, `moderncv`, `memoir`…), an environment still open at \
            `\\end{document}` is not reported: such a class may end it itself (its `\\AtEndDocument`).
            """,
        nonTriggeringExamples: [
            Example("""
                \\newcommand{\\listStart}{\\begin{itemize}}
                \\newcommand{\\listEnd}{\\end{itemize}}
                \\begin{document}
                \\section{Experience}
                \\textbf{Engineer}, Acme \\hfill 2019 -- 2020
                \\listStart
                \\item Cut the build time by 40\\% % {not a brace}
                \\listEnd
                \\end{document}
                """, format: .latex),
            Example("""
                \\documentclass{harbourcv}
                \\begin{document}
                \\begin{Page}
                \\section{Experience}
                \\textbf{Engineer}, Acme \\hfill 2019 -- 2020
                \\end{document}
                """, format: .latex),
        ],
        triggeringExamples: [
            Example("""
                \\begin{document}
                \\section{Experience}
                \\textbf↓{Engineer, Acme \\hfill 2019 -- 2020
                \\begin{itemize}
                \\item Cut the build time by half.
                \\end{itemize}
                \\end{document}
                """, format: .latex),
            Example("""
                \\begin{document}
                \\section{Experience}
                \\textbf{Engineer}, Acme \\hfill 2019 -- 2020
                \\begin{itemize}
                \\item Cut the build time by half.
                ↓\\end{enumerate}
                \\end{document}
                """, format: .latex),
            Example("""
                \\documentclass{article}
                \\begin{document}
                \\begin{Page}
                \\section{Experience}
                \\textbf{Engineer}, Acme \\hfill 2019 -- 2020
                ↓\\end{document}
                """, format: .latex),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let findings = context.findings(fromNotes: .latexBroken)
        guard !findings.isEmpty else { return [] }
        let ownClass = Self.documentClass(context.text).map { !Self.distributionClasses.contains($0) } ?? false
        var dropped = Set<Int>()
        // `\begin{E}` never ended in one file and `\end{E}` that ends none in another: one environment across files.
        let parts = findings.map { Self.parts($0.message) }
        for (i, a) in parts.enumerated() where !dropped.contains(i) {
            guard case .neverEnded(let env)? = a.problem else { continue }
            if let j = parts.indices.first(where: { j in
                !dropped.contains(j) && parts[j].file != a.file && parts[j].problem == .endsNone(env)
            }) {
                dropped.formUnion([i, j])
            }
        }
        return findings.indices.compactMap { i in
            guard !dropped.contains(i) else { return nil }
            if ownClass, parts[i].file == nil, case .openAtEnd? = parts[i].problem { return nil }
            return findings[i]
        }
    }

    /// What a note says, as `LaTeXBalance` words it, and the included file it is about (nil: the CV itself).
    enum Problem: Equatable {
        case neverEnded(String), endsNone(String), openAtEnd(String)
    }

    static func parts(_ message: String) -> (file: Substring?, problem: Problem?) {
        var text = Substring(message)
        var file: Substring?
        // `path, line 12:3: message` for an included file.
        if let comma = text.firstRange(of: ", line "), let colon = text[comma.upperBound...].firstRange(of: ": ") {
            file = text[..<comma.lowerBound]
            text = text[colon.upperBound...]
        }
        func name(after prefix: String, in t: Substring) -> String? {
            guard t.hasPrefix(prefix) else { return nil }
            let start = t.index(t.startIndex, offsetBy: prefix.count)
            guard let close = t[start...].firstIndex(of: "}") else { return nil }
            return String(t[start..<close])
        }
        if text.hasSuffix("} is never ended"), let env = name(after: "\\begin{", in: text) { return (file, .neverEnded(env)) }
        if text.hasPrefix("\\end{"), text.contains("} ends no \\begin{"), let env = name(after: "\\end{", in: text) { return (file, .endsNone(env)) }
        if text.hasPrefix("\\end{document} ends \\begin{"), let env = name(after: "\\end{document} ends \\begin{", in: text) {
            return (file, .openAtEnd(env))
        }
        return (file, nil)
    }

    /// Classes that come with the TeX distribution (TeX Live, MiKTeX): what they do at `\end{document}` is known.
    static let distributionClasses: Set<String> = [
        "article", "report", "book", "letter", "slides", "proc", "minimal", "memoir", "scrartcl", "scrreprt",
        "scrbook", "scrlttr2", "extarticle", "extreport", "extbook", "extletter", "amsart", "amsbook", "amsproc",
        "moderncv", "europecv", "europasscv", "curve", "beamer", "standalone", "tufte-handout", "tufte-book",
        "revtex4", "revtex4-1", "revtex4-2", "IEEEtran", "elsarticle", "llncs", "ltxdoc", "ctexart", "ctexrep",
        "ctexbook", "jsarticle", "jsbook", "kaobook", "ltjsarticle", "simplecv", "limecv", "moderntimeline",
    ]

    /// The class of `\documentclass[…]{name}` on a line that is not a comment.
    static func documentClass(_ text: String) -> String? {
        guard let at = text.firstRange(of: "\\documentclass") else { return nil }
        let lineStart = text[..<at.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        guard !text[lineStart..<at.lowerBound].contains("%") else { return nil }
        var rest = text[at.upperBound...].drop { $0 == " " }
        if rest.first == "[" {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            rest = rest[rest.index(after: close)...].drop { $0 == " " || $0 == "\n" }
        }
        guard rest.first == "{", let close = rest.firstIndex(of: "}") else { return nil }
        return String(rest[rest.index(after: rest.startIndex)..<close].trimmingWhitespace())
    }
}
