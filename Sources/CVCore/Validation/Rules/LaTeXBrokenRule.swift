/// Unbalanced braces and environments in a LaTeX CV (or a file it includes).
public struct LaTeXBrokenRule: Rule {
    public static let description = RuleDescription(
        identifier: "latex-broken", name: "Broken LaTeX",
        summary: "LaTeX with a `{` never closed, a `}` that closes nothing, an `\\end{…}` that ends another environment or none, or a `\\begin{…}` never ended.",
        severity: .error,
        details: """
            Reported from what the LaTeX reader noticed, in the CV and in the files it includes (named with their \
            line, at the `\\input`). Comments, `\\verb`, verbatim environments and the bodies of definitions \
            (`\\newcommand{\\listStart}{\\begin{itemize}}`) are not counted.
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
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] { context.findings(fromNotes: .latexBroken) }
}
