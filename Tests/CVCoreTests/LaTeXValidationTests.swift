import CVCore
import Testing

/// `validate` on LaTeX CVs: braces and environments (`latex-broken`), the date rules on the model, spelling that
/// reads words, not commands, accents or math. Made-up CVs.
@Suite struct LaTeXValidationTests {
    static func problems(_ text: String) -> [String] {
        LaTeXBalance.problems(in: text).map { "\($0.line):\($0.column) \($0.message)" }
    }

    @Test func balancedLaTeXHasNoProblem() {
        let text = """
            \\documentclass{article}
            \\newcommand{\\listStart}{\\begin{itemize}[leftmargin=0pt, label={}]}
            \\newcommand*\\listEnd{\\end{itemize}}
            \\def\\job#1#2{\\textbf{#1} \\hfill #2}
            \\newenvironment{entries}{\\begin{description}}{\\end{description}}
            \\begin{document}
            \\section*{Experience} % a comment with { and \\begin{table}
            \\job{Engineer, Acme}{2019 -- 2020}
            \\listStart
            \\item Cut costs by 40\\% \\{ with \\verb|{| and \\url{https://example.com/a%7Bb}
            \\item \\href{https://example.com/x%20y}{A link}
            \\listEnd
            \\begin{verbatim}
            { \\end{itemize}
            \\end{verbatim}
            \\iffalse { \\fi
            \\end{document}
            { anything after the end is not read
            """
        #expect(Self.problems(text) == [])
    }

    @Test func unbalancedBracesAndEnvironmentsAreNamedWhereTheyAre() {
        #expect(Self.problems("\\begin{document}\n\\textbf{Engineer, Acme\n\\end{document}") == [
            "2:8 a { not closed before \\end{document} on line 3"
        ])
        #expect(Self.problems("Engineer}, Acme") == ["1:9 a } that closes no {"])
        #expect(Self.problems("\\begin{itemize}\n\\item A\n\\end{enumerate}") == ["3:1 \\end{enumerate} ends \\begin{itemize} of line 1"])
        #expect(Self.problems("\\item A\n\\end{itemize}") == ["2:1 \\end{itemize} ends no \\begin{itemize}"])
        #expect(Self.problems("\\begin{itemize}\n\\item A") == ["1:1 \\begin{itemize} is never ended"])
        #expect(Self.problems("{\\begin{itemize} A}") == ["1:2 \\begin{itemize} is not ended before the } on line 1 closes its group"])
        #expect(Self.problems("\\textbf{Développeur, Société") == ["1:8 a { that is never closed"])
    }

    @Test func manyProblemsAreCappedAndDeepNestingIsRead() {
        #expect(Self.problems(String(repeating: "}", count: 1000)).count == 20)
        let deep = String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000)
        #expect(Self.problems(deep) == [])
        #expect(Self.problems(String(repeating: "{", count: 10_000)).count == 20)
    }

    /// One pass: a 2 MB line of open groups, or of math never closed, is read in linear time.
    @Test func hostileLinesAreReadInLinearTime() throws {
        let braces = String(repeating: "{a", count: 1_000_000)
        #expect(threadCPUTime { _ = LaTeXBalance.problems(in: braces) } < robustnessLimit)
        let math = "\\begin{document}\n\\section{Experience}\n\\textbf{Engineer} \\hfill 2019 -- 2020\n\\begin{itemize}\n\\item "
            + String(repeating: "\\( a $ b ", count: 100_000) + "\n\\end{itemize}\n\\end{document}\n"
        let elapsed = threadCPUTime {
            _ = Validator.validate(text: math, path: "cv.tex", today: PartialDate(year: 2025, month: 6), spellChecker: ExampleSpellChecker())
        }
        #expect(elapsed < robustnessLimit)
    }

    static let cv = """
        \\documentclass{article}
        \\begin{document}
        \\section*{Experience}
        \\textbf{Engineer} \\hfill Acme Widgets \\hfill 2021 -- 2019
        \\begin{itemize}
        \\item Built the informaion pipeline in G\\"ottingen for a caf\\'e and a r{\\'e}sum\\'{e} with $O(n \\log informaion)$ cost and \\(recieve\\).
        \\end{itemize}
        \\end{document}
        """

    @Test func theDateRulesReadTheModelAndSpellingReadsWords() {
        let checker = ExampleSpellChecker()
        let findings = Validator.validate(text: Self.cv, path: "cv.tex", today: PartialDate(year: 2025, month: 6), spellChecker: checker)
        #expect(findings.contains { $0.ruleID == "date-order" && $0.range.start.line == 4 })
        let spelling = findings.filter { $0.ruleID == "spelling" }
        #expect(spelling.map(\.message) == ["\"informaion\" is misspelt (did you mean \"information\"?)"])
        #expect(spelling.first?.range.start.line == 6)
        // Accents are part of their word; commands and math are no words.
        #expect(checker.asked.contains("café"))
        #expect(checker.asked.contains("résumé"))
        #expect(!checker.asked.contains { ["ottingen", "caf", "sum", "log", "textbf", "recieve"].contains($0) })
        #expect(!findings.contains { $0.ruleID == "latex-broken" })
    }

    @Test func brokenIncludedFilesAreNamedWithTheirLineAtTheInput() throws {
        let main = "\\begin{document}\n\\section{Experience}\n\\input{jobs}\n\\end{document}\n"
        let files = LaTeXFiles { name in
            name == "jobs.tex" ? .text("\\textbf{Engineer} \\hfill 2019 -- 2020\n\\begin{itemize}\n\\item Ran {things\n\\end{itemize}\n") : .missing
        }
        let findings = Validator.validate(text: main, path: "cv.tex", today: PartialDate(year: 2025, month: 6), files: files)
            .filter { $0.ruleID == "latex-broken" }
        #expect(findings.map(\.message) == ["jobs.tex, line 3:11: a { not closed before \\end{itemize} on line 4"])
        #expect(findings.first?.range.start.line == 3)
    }
}
