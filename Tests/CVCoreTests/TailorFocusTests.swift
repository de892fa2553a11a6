import Testing
@testable import CVCore

/// The focused variant (the default): what serves no requirement of the ad goes, by whole lines, and nothing is
/// added or reworded; `--keep-all` keeps every line. A made-up CV and ad, then every seed for every corpus ad.
@Suite struct TailorFocusTests {
    static let cv = """
        # Dana Example

        Site reliability engineer who keeps event pipelines running.

        ## Experience

        ### Northwind Streaming

        Senior SRE • Mar 2021 – Present

        - Ran Kafka clusters carrying 2 billion events a day.
        - Tuned PostgreSQL replicas and cut query latency by 40%.
        - Organised the office charity bake sale.
        - Took on extra duties, including:
          - Led the on-call rota and wrote the incident runbooks.
          - Planned the summer outing to the seaside.

        ### Contoso Retail

        Engineer • Jan 2017 – Feb 2021

        - Moved the order database to PostgreSQL.
        - Painted the meeting room murals.
        - Chose the new coffee machine.

        ### Corner Bookshop

        Shop Assistant • Jun 2004 – Aug 2008

        - Arranged the window displays.
        - Stocked the shelves every morning.

        ## Projects

        ### Lag Watcher

        A Kafka consumer lag monitor with alerts for on-call engineers.

        ### Knitting Patterns

        A generator of knitting patterns for scarves.

        ## Education

        ### University of Somewhere

        BSc Physics • 2000 – 2004

        ## Skills

        - **Data:** Redis, Kafka, PostgreSQL

        ## Interests

        - Knitting
        - Birdwatching
        """

    static let job = """
        # Site Reliability Engineer

        ## Requirements

        - Run Kafka and PostgreSQL in production at scale
        - On-call incident response and runbooks
        - Reduce latency of data services
        """

    static func variant(_ options: TailorOptions) throws -> (TailoredVariant, CVDocument) {
        let document = try CVReader.parse(text: cv, path: "cv.md")
        return (Tailor.variant(text: cv, document: document, job: job, options: options), document)
    }

    @Test func bulletsThatServeNoRequirementGo() throws {
        let (variant, _) = try Self.variant(TailorOptions(referenceYear: 2026))
        let text = variant.text
        // The evidence stays: the ad's stack, its scale, its numbers, the on-call work.
        for kept in ["Ran Kafka clusters carrying 2 billion events a day.", "cut query latency by 40%",
                     "Led the on-call rota and wrote the incident runbooks."] {
            #expect(text.contains(kept), "lost \(kept)")
        }
        #expect(!text.contains("bake sale"))
        #expect(variant.cuts.contains { $0.kind == .bullet && $0.source.start.line == 13 && $0.text.hasPrefix("Organised") })
    }

    @Test func aKeptBulletLosesTheSubBulletsThatServeNothing() throws {
        let (variant, _) = try Self.variant(TailorOptions(referenceYear: 2026))
        #expect(variant.text.contains("- Took on extra duties, including:\n  - Led the on-call rota"))
        #expect(!variant.text.contains("summer outing"))
        #expect(variant.cuts.contains { $0.kind == .bullet && $0.source.start.line == 16 })
    }

    @Test func aRoleKeepsAtLeastItsTwoStrongestBullets() throws {
        let (variant, _) = try Self.variant(TailorOptions(referenceYear: 2026))
        let parsed = try CVReader.parse(text: variant.text, path: "cv.md")
        let contoso = try #require(parsed.roles.first { $0.organisation == "Contoso Retail" })
        #expect(contoso.bullets.count == VariantFocus.keptPerRole)
        #expect(contoso.bullets.first?.text == "Moved the order database to PostgreSQL.")
    }

    @Test func anOldRoleOffTheJobKeepsItsHeadingOnly() throws {
        let (variant, _) = try Self.variant(TailorOptions(referenceYear: 2026))
        #expect(variant.text.contains("### Corner Bookshop\n\nShop Assistant • Jun 2004 – Aug 2008\n"))
        #expect(!variant.text.contains("window displays"))
        #expect(variant.cuts.contains { $0.kind == .roleCollapsed && $0.text.hasPrefix("Shop Assistant at Corner Bookshop") })
        // Never removed from the timeline.
        let parsed = try CVReader.parse(text: variant.text, path: "cv.md")
        #expect(parsed.roles.count == 3)
    }

    @Test func projectsAndInterestsOffTheJobGoSummaryEducationAndSkillsStay() throws {
        let (variant, document) = try Self.variant(TailorOptions(referenceYear: 2026))
        let text = variant.text
        #expect(text.contains("A Kafka consumer lag monitor"))
        #expect(!text.contains("Knitting Patterns"))
        #expect(!text.contains("## Interests"))
        #expect(!text.contains("Birdwatching"))
        #expect(variant.cuts.contains { $0.kind == .section && $0.text == "Interests" })
        #expect(variant.cuts.contains { $0.kind == .project && $0.text == "Knitting Patterns" })
        let parsed = try CVReader.parse(text: text, path: "cv.md")
        #expect(parsed.summary?.text == document.summary?.text)
        #expect(parsed.education.map(\.institution) == document.education.map(\.institution))
        #expect(parsed.education.map(\.qualification) == document.education.map(\.qualification))
        #expect(Set(parsed.allSkills.map(\.name)) == Set(document.allSkills.map(\.name)))
        // Cuts are listed in the base's reading order.
        let lines = variant.cuts.map(\.source.start.line)
        #expect(lines == lines.sorted())
    }

    @Test func theFocusedVariantInventsNothing() throws {
        let (variant, document) = try Self.variant(TailorOptions(referenceYear: 2026))
        let parsed = try CVReader.parse(text: variant.text, path: "cv.md")
        #expect(VariantCheck.inventions(variant: parsed, variantText: variant.text, base: document, baseText: Self.cv).isEmpty)
        let base = Set(Self.cv.split(separator: "\n", omittingEmptySubsequences: false))
        let added = variant.text.split(separator: "\n", omittingEmptySubsequences: false).filter { !base.contains($0) }
        #expect(added == ["- **Data:** Kafka, PostgreSQL, Redis"])
    }

    @Test func keepAllCutsNothing() throws {
        let (variant, _) = try Self.variant(TailorOptions.keepingAll(referenceYear: 2026))
        #expect(variant.cuts.allSatisfy { $0.kind == .skillsReordered })
        let lines = variant.text.split(separator: "\n", omittingEmptySubsequences: false)
        let base = Self.cv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == base.count)
        #expect(zip(lines, base).filter { $0 != $1 }.map(\.0) == ["- **Data:** Kafka, PostgreSQL, Redis"])
    }

    @Test func keepAllIsStoredAsItsFlag() throws {
        let options = TailorOptions.keepingAll(maxBullets: 3)
        #expect(options.commandLine == "--max-bullets 3 --keep-all")
        let read = try TailorOptions(commandLine: options.commandLine)
        #expect(read.focus == false && read.dropProjectsBelow == nil && read.maxBullets == 3)
        #expect(TailorOptions().commandLine == "")
    }

    /// LaTeX: the focused variant cuts whole `\item`s and leaves every environment balanced; a hobbies section
    /// goes whole.
    @Test func aFocusedLaTeXVariantStaysBalanced() throws {
        let cv = """
            \\documentclass{article}
            \\begin{document}
            \\section{Experience}
            \\textbf{Senior SRE} \\hfill Northwind Streaming \\hfill 2021 -- Present
            \\begin{itemize}
              \\item Ran Kafka clusters carrying 2 billion events a day.
              \\item Organised the office charity bake sale.
              \\item Tuned PostgreSQL replicas and cut query latency by 40\\%.
              \\item Chose the new coffee machine.
            \\end{itemize}

            \\section{Interests}
            \\begin{itemize}
              \\item Knitting
            \\end{itemize}
            \\end{document}
            """
        let document = try CVReader.parse(text: cv, path: "cv.tex")
        let variant = Tailor.variant(text: cv, document: document, job: Self.job, options: TailorOptions(referenceYear: 2026))
        #expect(LaTeXBalance.problems(in: variant.text) == [])
        #expect(variant.text.contains("Ran Kafka clusters"))
        #expect(variant.text.contains("cut query latency"))
        #expect(!variant.text.contains("bake sale"))
        #expect(!variant.text.contains("coffee machine"))
        #expect(!variant.text.contains("Knitting"))
        #expect(variant.text.contains("\\end{document}"))
    }
}
