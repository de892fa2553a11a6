import CVCore
import Testing

/// `tailor` on LaTeX CVs: whole `\item`s and macro calls go, never leaving a group or an environment open, a list
/// whose items all go goes with them, and the `\input` of an included file is never cut. Made-up CVs, then every
/// LaTeX CV of `../shared/corpus` (read at run time).
@Suite struct LaTeXTailorTests {
    static let cv = """
        \\documentclass{article}
        \\newcommand{\\listStart}{\\begin{itemize}[leftmargin=0pt, label={}]}
        \\newcommand{\\listEnd}{\\end{itemize}}
        \\newcommand{\\resumeItem}[1]{\\item\\small{#1}}
        \\begin{document}
        \\section{Experience}
        \\textbf{Senior Engineer} \\hfill Acme Widgets \\hfill 2020 -- Present
        \\begin{itemize}
          \\item Built Kubernetes clusters for the payments team.
          \\item Organised the office party and the
                summer picnic for \\textbf{everyone}.
          \\resumeItem{Ran on-call for Kafka and Postgres.}
          \\item Baked cakes for the team. \\end{itemize}

        \\textbf{Engineer} \\hfill Initech \\hfill 2014 -- 2017
        \\listStart
          \\item Maintained COBOL batch jobs.
          \\item Migrated reports to Java.
        \\listEnd

        \\textbf{Intern} \\hfill Hooli \\hfill 2012 -- 2013
        \\begin{itemize}
        \\end{itemize}
        \\end{document}
        """

    static let job = "# SRE at Globex\n\nWe need Kubernetes, Kafka and Postgres experience.\n"

    @Test func wholeItemsGoAndEmptiedListsGoWithThem() throws {
        let document = try CVReader.parse(text: Self.cv, path: "cv.tex")
        let variant = Tailor.variant(
            text: Self.cv, document: document, job: Self.job,
            options: TailorOptions(maxBullets: 1, collapseBefore: 2018, referenceYear: 2026))
        let text = variant.text
        #expect(LaTeXBalance.problems(in: text) == [])
        #expect(text.contains("\\resumeItem{Ran on-call for Kafka and Postgres.}"))
        #expect(!text.contains("office party"))
        #expect(!text.contains("summer picnic"))
        // The item that also ends its list stays (cutting it would leave the list open).
        #expect(text.contains("\\item Baked cakes for the team. \\end{itemize}"))
        // The collapsed role's list, written with the user's macros, goes whole; the base's empty list stays.
        #expect(!text.contains("COBOL"))
        #expect(!text.contains("\\listStart\n"))
        #expect(text.contains("\\textbf{Engineer} \\hfill Initech"))
        #expect(text.contains("\\textbf{Intern} \\hfill Hooli \\hfill 2012 -- 2013\n\\begin{itemize}\n\\end{itemize}"))
    }

    /// moderncv's `\cventry{…}{` with its list closing the argument (`\end{itemize}}`): the list's lines cannot go,
    /// so an emptied list keeps its first item.
    @Test func aListThatCannotGoKeepsItsFirstItem() throws {
        let text = """
            \\documentclass{moderncv}
            \\begin{document}
            \\section{Experience}
            \\cventry{2021 -- 2023}{Engineer}{Acme Widgets}{Oslo}{}{
            \\begin{itemize}
              \\item Built Kubernetes clusters.
            \\end{itemize}}

            \\cventry{2012 -- 2015}{Developer}{Initech}{Bergen}{}{
            \\begin{itemize}
              \\item Maintained COBOL batch jobs.
              \\item Migrated reports to Java.
            \\end{itemize}}
            \\end{document}
            """
        let document = try CVReader.parse(text: text, path: "cv.tex")
        #expect(document.roles.count == 2)
        let variant = Tailor.variant(
            text: text, document: document, job: Self.job, options: TailorOptions(collapseBefore: 2020, referenceYear: 2026))
        #expect(LaTeXBalance.problems(in: variant.text) == [])
        #expect(variant.text.contains("\\begin{itemize}\n  \\item Maintained COBOL batch jobs.\n\\end{itemize}}"))
        #expect(!variant.text.contains("Migrated reports"))
        #expect(variant.text.contains("Built Kubernetes clusters."))
    }

    @Test func theInputOfAnIncludedFileIsNeverCut() throws {
        let main = "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\input{jobs}\n\\end{document}\n"
        let jobs = """
            \\textbf{Engineer} \\hfill Acme \\hfill 2015 -- 2016
            \\begin{itemize}
            \\item Organised the office party.
            \\end{itemize}
            """
        let files = LaTeXFiles { $0 == "jobs.tex" ? .text(jobs) : .missing }
        let document = try CVReader.parse(text: main, path: "cv.tex", files: files)
        #expect(document.roles.count == 1)
        let variant = Tailor.variant(
            text: main, document: document, job: Self.job, options: TailorOptions(maxBullets: 0, collapseBefore: 2020, referenceYear: 2026))
        #expect(variant.text == main)
        #expect(variant.text.contains("\\input{jobs}"))
    }

    /// Every LaTeX CV of the corpus whose base is balanced gives balanced variants, however much is cut.
    @Test(.enabled(if: CorpusKey.available, "needs ../shared/corpus"), arguments: LaTeXCorpusReadingTests.files)
    func everyCorpusVariantIsBalanced(file: String) throws {
        let path = MarkdownTestCorpus.root + "/corpus/cvs/" + file
        let text = try #require(MarkdownTestCorpus.text("corpus/cvs/" + file))
        let document = try CVReader.parse(text: text, path: path, files: .fileSystem(mainFile: path))
        guard LaTeXBalance.problems(in: text).isEmpty else { return }
        let jobs = ["corpus/jobs/cloudflare-systems-reliability-engineer-edge.md", "corpus/jobs/datacater-frontend-engineer.md"]
        for job in jobs {
            let ad = try #require(MarkdownTestCorpus.text(job))
            for options in [
                TailorOptions(maxBullets: 2, order: .relevance, referenceYear: 2026),
                TailorOptions(maxBullets: 0, order: .relevance, collapseBefore: 2030, dropProjectsBelow: 1.0, referenceYear: 2026),
            ] {
                let variant = Tailor.variant(text: text, document: document, job: ad, options: options)
                #expect(LaTeXBalance.problems(in: variant.text) == [], "\(file), \(job), \(options)")
                // Every line of the variant is a line of the base (or a reordered skills line).
                let base = Set(text.split(separator: "\n", omittingEmptySubsequences: false))
                let added = variant.text.split(separator: "\n", omittingEmptySubsequences: false).filter { !base.contains($0) }
                #expect(added.count <= variant.cuts.filter { $0.kind == .skillsReordered }.count, "\(file): \(added)")
            }
        }
    }
}
