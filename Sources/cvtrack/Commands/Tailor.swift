import ArgumentParser
import CVCore
import CVGit
import CVTrackKit

extension TailorOptions.Order: ExpressibleByArgument {}
extension TailorFormat: ExpressibleByArgument {}

extension CVTrack {
    struct TailorCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tailor",
            _superCommandName: CVTrack.toolName,
            abstract: "Commit a variant of the CV tailored to a job ad on its own branch, with a coverage report.",
            usage: """
                cvtrack tailor <job> [--cv <path>] [--name <slug>] [--max-bullets <n>] [--order <order>] [--collapse-before <year>] [--keep-all] [--format <format>] [--dry-run]
                cvtrack tailor --refresh (<slug> | --all) [--cv <path>]
                cvtrack tailor --score-only <job> ... [--cv <path>] [--format text|json]
                """,
            discussion: """
                The variant is the committed CV (HEAD) with lines selected, ordered and trimmed, never added or \
                reworded. By default it is focused on the ad: bullets that serve no requirement go from roles that \
                keep relevant ones (each kept role keeps at least its two most relevant), roles that ended over 15 \
                years ago and show nothing the ad asks for keep only their heading (title, organisation, dates), \
                projects off the job and interests or references sections go; summary, education, skills and \
                contact stay, skills ordered by relevance within their categories. What was cut is listed in the \
                report. --keep-all keeps every line (skills are still reordered). --max-bullets N keeps at most N \
                bullets per role, --collapse-before YEAR collapses every role that ended before YEAR. It is committed to refs/heads/<prefix><slug> (prefix `tailored/`, set in \
                .cvtrack.yml) with the ad beside it (jobs/<slug>.md) and the base commit, the CV's path, the \
                options and the score in commit trailers. The working tree, the index and HEAD are never touched. \
                Running it again adds a commit to the branch. A LaTeX CV loses only whole lines that close every \
                group and environment they open (an emptied list goes whole), so a variant of a CV that compiles \
                compiles; its included files are read, and kept whole.
                  cvtrack tailor job.md --max-bullets 4
                  cvtrack tailor job.md --keep-all    every line kept: skills reordered, nothing cut
                  cvtrack tailor - --name acme-sre < job.txt
                  cvtrack tailor job.md --dry-run     print the variant and the report, write nothing
                  cvtrack tailor job.md --cv cv.md --dry-run --format json
                                                      one JSON object: score, requirements (text, kind, covered,
                                                      evidence: [{line, text}]), gaps, cuts and the variant's text;
                                                      outside a repository the file on disk is read

                Every sentence and list item of the ad is a requirement, as written (long ones cut into their \
                clauses). Its kind comes from its section and cue words: must-have, responsibility, nice-to-have \
                ("a plus", "ideally"), context (prose about the company), title; location-eligibility ("only hire \
                in"), benefit ("we offer") and boilerplate are reported but weigh nothing. A requirement is covered \
                when the CV shows most of what it names (skills, competencies such as on-call or high availability \
                in other words, its other words), each by some line of a role, the summary or the skills; its \
                evidence is those lines. "N+ years (of X)" is summed from the dates of the roles that show X. The \
                score is the weighted share covered: the title and must-haves most, ways of working at half.

                --refresh cuts a variant again from the CV at HEAD, with the job ad stored on its branch and the \
                options it was made with, as a new commit on its branch; a variant already cut from HEAD is left \
                alone ("up to date"). `cvtrack variants` says which are stale.
                  cvtrack tailor --refresh acme-sre
                  cvtrack tailor --refresh --all

                --score-only scores job ads against the CV (HEAD, or the file --cv names, which needs no \
                repository) and writes nothing: one line per ad, best first (score, title, file).
                  cvtrack tailor --score-only jobs/*.md
                  cvtrack tailor --score-only --cv cv.md --format json ads/*.md
                """
        )

        @Argument(help: ArgumentHelp(
            "The job ad (Markdown or text), or - for standard input; with --refresh, the variant's slug; with --score-only, one or more job ads.",
            valueName: "job"))
        var inputs: [String] = []

        @Option(help: ArgumentHelp(
            "The CV to tailor (default: the tracked CV). With --score-only, the file as it is on disk.", valueName: "path"))
        var cv: String?

        @Option(help: ArgumentHelp("The branch's name after the prefix (default: from the job title).", valueName: "slug"))
        var name: String?

        @Option(help: ArgumentHelp("Keep at most this many bullets per role.", valueName: "n"))
        var maxBullets: Int?

        @Option(help: "Bullet order: as-written (default) or relevance.")
        var order: TailorOptions.Order?

        @Option(help: ArgumentHelp("Collapse roles that ended before this year to their heading.", valueName: "year"))
        var collapseBefore: Int?

        @Flag(help: "Keep every line of the CV: no bullet, role, project or section is cut for being off the job (skill lists are still reordered; --max-bullets and --collapse-before still apply).")
        var keepAll = false

        @Option(help: "Report format: text, json or markdown (--score-only: text or json).")
        var format: TailorFormat = .text

        @Flag(help: "Print the variant and the report; write nothing.")
        var dryRun = false

        @Flag(help: "Cut the variant SLUG again from the CV at HEAD with its stored job ad and options, as a new commit on its branch.")
        var refresh = false

        @Flag(help: "With --refresh: every variant.")
        var all = false

        @Flag(help: "Score each job ad against the CV, best first; write nothing.")
        var scoreOnly = false

        func validate() throws {
            if let maxBullets, maxBullets < 1 { throw ValidationError("--max-bullets must be at least 1.") }
            if refresh && scoreOnly { throw ValidationError("--refresh and --score-only cannot be used together.") }
            if all && !refresh { throw ValidationError("--all goes with --refresh.") }
            let cutOptions = [(name != nil, "--name"), (maxBullets != nil, "--max-bullets"), (order != nil, "--order"),
                              (collapseBefore != nil, "--collapse-before"), (keepAll, "--keep-all"), (dryRun, "--dry-run")]
            if refresh {
                if let used = cutOptions.first(where: \.0) {
                    throw ValidationError("\(used.1) cannot be used with --refresh: a variant is refreshed with the options it was made with.")
                }
                if format != .text { throw ValidationError("--format cannot be used with --refresh.") }
                if all != inputs.isEmpty || inputs.count > 1 { throw ValidationError("--refresh takes one SLUG, or --all.") }
            } else if scoreOnly {
                if let used = cutOptions.first(where: \.0) { throw ValidationError("\(used.1) cannot be used with --score-only.") }
                if format == .markdown { throw ValidationError("--score-only prints text or json.") }
                if inputs.isEmpty { throw ValidationError("--score-only needs at least one job ad.") }
                if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read once.") }
            } else if inputs.count != 1 {
                throw ValidationError(inputs.isEmpty ? "give a job ad (a file, or - for standard input)." : "give one job ad (or --score-only for several).")
            }
        }

        func run() throws {
            if refresh { return try runRefresh() }
            if scoreOnly { return try runScoreOnly() }
            let job = inputs[0]
            let (jobBytes, jobText) = try Self.readJob(job)
            let options = keepAll
                ? TailorOptions.keepingAll(maxBullets: maxBullets, order: order ?? .asWritten, collapseBefore: collapseBefore)
                : TailorOptions(maxBullets: maxBullets, order: order ?? .asWritten, collapseBefore: collapseBefore)
            // A dry run of a file named with --cv needs no repository: outside one, or for a file outside the
            // repository the command runs in, the file on disk is tailored.
            func tailorOnDisk(_ cv: String) throws {
                let bytes = try FileSystem.readCV(cv)
                let document = try Self.parseFile(bytes, path: cv)
                let text = String(decoding: bytes, as: UTF8.self)
                printDryRun(CVCore.Tailor.variant(text: text, document: document, job: jobText, options: options))
            }
            let workspace: Workspace
            do {
                workspace = try Workspace(readOnly: dryRun)
            } catch where dryRun && cv != nil {
                return try tailorOnDisk(cv ?? "")
            }
            let path: String
            if let cv {
                do {
                    path = try workspace.repositoryPath(cv)
                } catch where dryRun {
                    return try tailorOnDisk(cv)
                }
            } else {
                path = try workspace.singleTrackedCV(hint: "name one with --cv")
            }
            let store = try VariantStore(workspace: workspace)
            let base = try store.baseCV(at: try workspace.repository.resolveCommit("HEAD"), path: path)
            let variant = CVCore.Tailor.variant(text: base.text, document: base.document, job: jobText, options: options)
            let report = variant.report
            if dryRun { return printDryRun(variant) }
            let slug = VariantStore.slug(name ?? report.jobTitle ?? "job")
            let commit = try store.commitVariant(slug: slug, base: base, variant: variant, job: jobBytes, options: options)
            print(TailorRenderer.render(report, format: format), terminator: "")
            if format == .text {
                print("Committed \(commit.short) on \(try store.branch(for: slug)) (score \(report.score)); your working tree, index and HEAD are untouched.")
            }
        }

        /// A dry run prints the variant and its report; as JSON, one object: the report with the variant's text
        /// under `"variant"`.
        func printDryRun(_ variant: TailoredVariant) {
            if format == .json {
                print(TailorJSONRenderer.render(variant.report, variant: variant.text))
                return
            }
            print(variant.text, terminator: variant.text.hasSuffix("\n") ? "" : "\n")
            print("----")
            print(TailorRenderer.render(variant.report, format: format), terminator: "")
        }

        /// A CV read from disk (its LaTeX includes beside it), outside any repository.
        static func parseFile(_ bytes: [UInt8], path: String) throws -> CVDocument {
            try CVLoader.parse(bytes, name: path, path: path, files: .fileSystem(mainFile: path))
        }

        /// The bytes and text of a job ad (`-`: standard input), refusing an empty or non-UTF-8 one.
        static func readJob(_ job: String) throws -> ([UInt8], String) {
            let bytes: [UInt8]
            if job == "-" {
                var all = ""
                while let more = readLine(strippingNewline: false) { all += more }
                bytes = Array(all.utf8)
            } else {
                bytes = try FileSystem.readCV(job)
            }
            // Like a CV, a job ad has a size limit (reading megabytes of text as an ad takes seconds), and NUL bytes or
            // nothing but a byte-order mark make it binary or empty.
            if bytes.count > CVReader.maximumSize {
                throw WorkspaceError("\(job == "-" ? "standard input" : job): the job ad is \(bytes.count / 1024) KB; a job ad is expected to be under \(CVReader.maximumSize / 1024 / 1024) MB")
            }
            guard let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0),
                  !text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" })
            else {
                throw WorkspaceError("\(job == "-" ? "standard input" : job): the job ad is empty, binary or not UTF-8 text")
            }
            return (bytes, text)
        }

        func runRefresh() throws {
            let workspace = try Workspace(readOnly: false)
            let store = try VariantStore(workspace: workspace)
            let slugs = all ? try store.slugs() : inputs
            if slugs.isEmpty {
                print("No tailored variants yet (branches under \(store.prefix)). Create one with `cvtrack tailor JOB`.")
                return
            }
            let cvPath = { [cv] () throws -> String in
                try cv.map { try workspace.repositoryPath($0) } ?? workspace.singleTrackedCV(hint: "name it with --cv")
            }
            var failures = 0
            for slug in slugs {
                do {
                    let r = try store.refresh(slug: slug, cvPath: cvPath)
                    switch r.outcome {
                    case .upToDate:
                        print("\(r.branch): up to date (cut from \(r.base.short), the current commit); nothing written.")
                    case .committed(let commit):
                        print("\(r.branch): refreshed from \(r.base.short): committed \(commit.short) on \(r.previousTip.short) (score \(r.score)).")
                    }
                } catch {
                    // One variant that cannot be refreshed does not stop the others; the exit code says it.
                    guard all else { throw error }
                    Output.error("\(error)")
                    failures += 1
                }
            }
            if failures > 0 { throw ExitCode(ExitStatus.failure) }
        }

        func runScoreOnly() throws {
            // Every ad is read before anything is printed: an unreadable one fails the run, naming it.
            let ads = try inputs.map { file in (file: file, text: try Self.readJob(file).1) }
            let document: CVDocument
            if let cv {
                document = try Self.parseFile(try FileSystem.readCV(cv), path: cv)
            } else {
                let workspace = try Workspace()
                let path = try workspace.singleTrackedCV(hint: "name one with --cv")
                let base = try workspace.repository.resolveCommit("HEAD")
                document = try CVLoader.parse(
                    try workspace.repository.blob(at: base.hex, path: path), name: "HEAD:\(path)", path: path,
                    files: workspace.latexFiles(for: .revision(base.hex, path: path)))
            }
            let index = TailorIndex(document: document)
            let reports = ads.map { ad in (file: ad.file, report: CVCore.Tailor.match(index, job: JobAd(parsing: ad.text))) }
            let ranked = reports.enumerated().sorted {
                $0.element.report.score != $1.element.report.score ? $0.element.report.score > $1.element.report.score : $0.offset < $1.offset
            }.map(\.element)
            print(TailorScoreRenderer.render(ranked, json: format == .json), terminator: "")
        }
    }
}
