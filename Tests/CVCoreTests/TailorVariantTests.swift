import Testing
@testable import CVCore

/// Variants are the base CV with lines removed and list items moved: nothing added or reworded. The mutation
/// test: every variant (focused, `--keep-all`, and cut further by the options) of every seed for every corpus
/// ad passes `validate --against` its base, and its lines are lines of the base.
@Suite(.enabled(if: TailorCorpus.hasSeedsAndJobs, "needs ../shared/seeds and ../shared/corpus/jobs"))
struct TailorVariantTests {
    static let optionSets: [TailorOptions] = [
        TailorOptions(referenceYear: TailorCorpus.year),
        TailorOptions(maxBullets: 3, order: .asWritten, collapseBefore: 2010, referenceYear: TailorCorpus.year),
        TailorOptions(maxBullets: 8, order: .relevance, referenceYear: TailorCorpus.year),
        TailorOptions(maxBullets: 1, order: .relevance, collapseBefore: 2020, dropProjectsBelow: 0.5,
                      referenceYear: TailorCorpus.year),
        TailorOptions(maxBullets: 0, collapseBefore: 2100, dropProjectsBelow: 1.0, reorderSkills: false,
                      referenceYear: TailorCorpus.year),
        TailorOptions.keepingAll(referenceYear: TailorCorpus.year),
    ]

    static let jobs = TailorCorpus.allJobs

    /// The items of a list line (split at `,` or `;`, trimmed, a final full stop dropped), as a multiset.
    static func items(_ line: Substring) -> [String] {
        var s = String(line)
        while let last = s.last, last == " " || last == "." { s.removeLast() }
        return s.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters() }
            .sorted()
    }

    @Test(arguments: jobs)
    func everyLineOfEveryVariantComesFromTheBase(job file: String) throws {
        let job = try #require(TailorCorpus.job(file))
        for seed in TailorCorpus.seeds {
            let baseLines = seed.text.split(separator: "\n", omittingEmptySubsequences: false)
            let exact = Set(baseLines)
            let itemSets = Set(baseLines.map { Self.items($0) })
            for options in Self.optionSets {
                let variant = Tailor.variant(text: seed.text, document: seed.document, job: job, options: options)
                for (n, line) in variant.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where !exact.contains(line) {
                    #expect(itemSets.contains(Self.items(line)),
                            "seed \(seed.id), \(file), \(options): line \(n + 1) is not in the base: \(line)")
                }
                // `--keep-all` alone cuts nothing (skill lists are reordered within their line).
                if !options.focus && options.maxBullets == nil && options.collapseBefore == nil {
                    #expect(variant.cuts.allSatisfy { $0.kind == .skillsReordered }, "seed \(seed.id), \(file): \(variant.cuts)")
                }
                // The lines kept stay in the base's order, apart from bullets moved by `.relevance`.
                if options.order == .asWritten {
                    var lastIndex = -1
                    var inOrder = true
                    var lineIndex: [Substring: [Int]] = [:]
                    for (i, l) in baseLines.enumerated() { lineIndex[l, default: []].append(i) }
                    for line in variant.text.split(separator: "\n", omittingEmptySubsequences: false) {
                        guard let candidates = lineIndex[line] else { continue }
                        guard let next = candidates.first(where: { $0 > lastIndex }) else { inOrder = false; break }
                        lastIndex = next
                    }
                    #expect(inOrder, "seed \(seed.id), \(file): lines out of order")
                }
            }
        }
    }

    @Test(arguments: jobs)
    func variantsInventNothingByTheirOwnCheck(job file: String) throws {
        let job = try #require(TailorCorpus.job(file))
        for seed in TailorCorpus.seeds {
            for options in Self.optionSets {
                let variant = Tailor.variant(text: seed.text, document: seed.document, job: job, options: options)
                let format = seed.document.format == .plainText ? "cv.txt" : "cv.md"
                let parsed = try CVReader.parse(text: variant.text, path: format)
                let findings = VariantCheck.inventions(variant: parsed, variantText: variant.text,
                                                       base: seed.document, baseText: seed.text)
                #expect(findings.isEmpty, "seed \(seed.id), \(file), \(options): \(findings)")
            }
        }
    }

    @Test func theCloudflareVariantOfSeed001KeepsItsEdgeWork() throws {
        let seed = try #require(TailorCorpus.seed("001"))
        let job = try #require(TailorCorpus.job(TailorCorpus.cloudflare))
        let variant = Tailor.variant(text: seed.text, document: seed.document, job: job,
                                     options: TailorOptions(maxBullets: 8, referenceYear: TailorCorpus.year))
        // The edge-work bullets of the seed (lines 28, 30, 34, 35 and 39), found by their bold lead words, read from
        // the seed at test time.
        let lines = seed.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let markers = [28, 30, 34, 35, 39].compactMap { n -> String? in
            let parts = lines[n - 1].components(separatedBy: "**")
            return parts.count >= 3 ? "**" + parts[1] + "**" : nil
        }
        #expect(markers.count == 5)
        for marker in markers {
            #expect(variant.text.contains(marker), "the variant lost \(marker)")
        }
        // At most 8 top-level bullets in the seed's first role (its organisation read from the seed at test time);
        // what went is listed with its base line.
        let parsed = try CVReader.parse(text: variant.text, path: "cv.md")
        let firstEmployer = try #require(seed.document.roles.first?.organisation)
        let firstRole = try #require(parsed.roles.first { $0.organisation == firstEmployer })
        #expect(firstRole.bullets.count <= 8)
        // Top-level bullets (the focused variant also cuts sub-bullets that serve nothing).
        let tops = Set(seed.document.roles[0].bullets.map(\.source))
        let cut = variant.cuts.filter { $0.kind == .bullet && tops.contains($0.source) }
        #expect(cut.count == seed.document.roles[0].bullets.count - firstRole.bullets.count)
        #expect(cut.contains { $0.source.start.line == 21 && $0.text.hasPrefix("Security considerations") })
    }

    @Test func oldRolesCollapseToTheirHeadingLines() throws {
        let seed = try #require(TailorCorpus.seed("001"))
        let job = try #require(TailorCorpus.job(TailorCorpus.cloudflare))
        let variant = Tailor.variant(text: seed.text, document: seed.document, job: job,
                                     options: TailorOptions(collapseBefore: 2010, referenceYear: TailorCorpus.year))
        // The seed's lines, read at test time (no line of the seed is written here).
        let lines = seed.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The role at line 68 ended in 2009: its heading (68) and title-and-dates line (70) stay, its description
        // (72) goes.
        #expect(lines[67].hasPrefix("### ") && lines[69].contains("'09"))
        #expect(variant.text.contains(lines[67] + "\n\n" + lines[69] + "\n"))
        #expect(!lines[71].isEmpty && !variant.text.contains(lines[71]))
        #expect(variant.cuts.contains { $0.kind == .roleCollapsed && $0.source.start.line == 68 })
        // The role before it ended in 2014: kept whole (its last bullet, line 66, stays).
        #expect(lines[65].hasPrefix("- ") && variant.text.contains(lines[65]))
    }

    @Test func skillListsAreReorderedWithinTheirLine() throws {
        let seed = try #require(TailorCorpus.seed("001"))
        let job = try #require(TailorCorpus.job(TailorCorpus.segment))
        let variant = Tailor.variant(text: seed.text, document: seed.document, job: job,
                                     options: TailorOptions(referenceYear: TailorCorpus.year))
        // Segment wants AWS and Docker: they move to the front of the virtualisation line.
        let line = try #require(variant.text.split(separator: "\n").first { $0.contains("OpenStack") && $0.contains("Xen") })
        #expect(line.hasPrefix("AWS, Docker") || line.hasPrefix("Docker, AWS"))
        #expect(variant.cuts.contains { $0.kind == .skillsReordered && $0.source.start.line == 164 })
    }

    /// Reordering a skills line is tailoring only while the line stays recognisably the same: every item kept,
    /// the ones the ad asks for in front, the others in the order they were written (a reader's substring of
    /// those, "Perl, Haskell, Elixir", may lose the asked item from its middle, never its own order).
    @Test func aReorderedSkillsLineKeepsTheUnaskedItemsInTheirOrder() throws {
        let cv = """
            # Kim Example

            ## Experience

            ### Lantern Freight

            Backend Engineer • Jan 2021 – Present

            - Wrote the routing service that plans the delivery rounds.
            - Ran the nightly billing jobs.

            ## Skills

            - Perl, Haskell, Django, Elixir, OCaml, Lua
            """
        let job = """
            # Backend Engineer

            ## Requirements

            - Django in production
            - Routing and planning services
            """
        let document = try CVReader.parse(text: cv, path: "cv.md")
        let variant = Tailor.variant(text: cv, document: document, job: job,
                                     options: TailorOptions(referenceYear: 2026))
        #expect(variant.text.split(separator: "\n").contains("- Django, Perl, Haskell, Elixir, OCaml, Lua"), "\(variant.text)")
        #expect(variant.cuts.contains { $0.kind == .skillsReordered })
    }

    /// A skills line is the holder's words in the holder's order: it is rewritten for a skill the ad's lists ask, not
    /// for one its prose only mentions or its stack names ("we run on Elixir"), which still ranks what shows it.
    @Test func aSkillOnlyTheAdsProseNamesLeavesTheLineAsWritten() throws {
        let cv = """
            # Kim Example

            ## Experience

            ### Lantern Freight

            Backend Engineer • Jan 2021 – Present

            - Wrote the routing service that plans the delivery rounds in Elixir.
            - Ran the nightly billing jobs.

            ## Skills

            - Perl, Haskell, Django, Elixir, OCaml, Lua
            """
        let prose = """
            # Backend Engineer

            We plan delivery rounds for small bakeries. Our services are written in Elixir, and anyone who has
            built routing software will feel at home here.
            """
        let document = try CVReader.parse(text: cv, path: "cv.md")
        let proseVariant = Tailor.variant(text: cv, document: document, job: prose,
                                          options: TailorOptions(referenceYear: 2026))
        #expect(proseVariant.text.split(separator: "\n").contains("- Perl, Haskell, Django, Elixir, OCaml, Lua"),
                "\(proseVariant.text)")
        #expect(!proseVariant.cuts.contains { $0.kind == .skillsReordered })
        let listed = prose + "\n\n## Requirements\n\n- Production Elixir\n"
        let listedVariant = Tailor.variant(text: cv, document: document, job: listed,
                                           options: TailorOptions(referenceYear: 2026))
        #expect(listedVariant.text.split(separator: "\n").contains("- Elixir, Perl, Haskell, Django, OCaml, Lua"),
                "\(listedVariant.text)")
    }

    @Test func bulletsMoveWholeWhenOrderedByRelevance() throws {
        let seed = try #require(TailorCorpus.seed("001"))
        let job = try #require(TailorCorpus.job(TailorCorpus.cloudflare))
        let variant = Tailor.variant(text: seed.text, document: seed.document, job: job,
                                     options: TailorOptions(maxBullets: 30, order: .relevance, referenceYear: TailorCorpus.year))
        let base = seed.text.split(separator: "\n", omittingEmptySubsequences: false).sorted()
        let moved = variant.text.split(separator: "\n", omittingEmptySubsequences: false).sorted()
        #expect(base.count >= moved.count)
        #expect(variant.text != seed.text)
        #expect(Set(moved).isSubset(of: Set(base)) || variant.cuts.contains { $0.kind == .skillsReordered })
    }

    @Test func theReportRendersAsTextJSONAndMarkdown() throws {
        let seed = try #require(TailorCorpus.seed("001"))
        let job = try #require(TailorCorpus.job(TailorCorpus.cloudflare))
        let variant = Tailor.variant(text: seed.text, document: seed.document, job: job,
                                     options: TailorOptions(maxBullets: 8, referenceYear: TailorCorpus.year))
        let report = variant.report
        let text = TailorRenderer.render(report, format: .text)
        // The heading is the ad's title and company (their reading is checked by the job-ad tests).
        let title = try #require(report.jobTitle), company = try #require(report.company)
        #expect(text.hasPrefix("match \(report.score)/100  \(title) at \(company)\n"))
        #expect(text.contains("gaps ("))
        #expect(text.contains("line 21  bullet  Security considerations"))
        let json = TailorRenderer.render(report, format: .json)
        #expect(json.contains("\"score\": \(report.score)"))
        #expect(json.contains("\"company\": \"Cloudflare\""))
        let markdown = TailorRenderer.render(report, format: .markdown)
        #expect(markdown.hasPrefix("## Match \(report.score)/100"))
        #expect(markdown.contains("### Gaps"))
    }
}
