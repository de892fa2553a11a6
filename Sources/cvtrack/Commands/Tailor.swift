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
            abstract: "Commit a variant of the CV tailored to a job ad on its own branch, with a coverage report.",
            discussion: """
                The variant is the committed CV (HEAD) with lines selected, ordered and trimmed, never added or \
                reworded: the most relevant bullets per role (--max-bullets), skills ordered by relevance within \
                their categories, old roles collapsed to their heading (--collapse-before YEAR), irrelevant \
                projects dropped. It is committed to refs/heads/<prefix><slug> (prefix `tailored/`, set in \
                .cvtrack.yml) with the ad beside it (jobs/<slug>.md) and the base commit, options and score in \
                commit trailers. The working tree, the index and HEAD are never touched. Running it again adds \
                a commit to the branch.
                  cvtrack tailor job.md --max-bullets 4
                  cvtrack tailor - --name acme-sre < job.txt
                  cvtrack tailor job.md --dry-run     print the variant and the report, write nothing
                """
        )

        @Argument(help: ArgumentHelp("The job ad (Markdown or text), or - for standard input.", valueName: "job"))
        var job: String

        @Option(help: ArgumentHelp("The CV to tailor (default: the tracked CV).", valueName: "path"))
        var cv: String?

        @Option(help: ArgumentHelp("The branch's name after the prefix (default: from the job title).", valueName: "slug"))
        var name: String?

        @Option(help: ArgumentHelp("Keep at most this many bullets per role.", valueName: "n"))
        var maxBullets: Int?

        @Option(help: "Bullet order: as-written or relevance.")
        var order: TailorOptions.Order = .asWritten

        @Option(help: ArgumentHelp("Collapse roles that ended before this year to their heading.", valueName: "year"))
        var collapseBefore: Int?

        @Option(help: "Report format: text, json or markdown.")
        var format: TailorFormat = .text

        @Flag(help: "Print the variant and the report; write nothing.")
        var dryRun = false

        func validate() throws {
            if let maxBullets, maxBullets < 1 { throw ValidationError("--max-bullets must be at least 1.") }
        }

        func run() throws {
            let jobBytes = job == "-" ? Array(readLine(strippingNewline: false).map { first in
                var all = first
                while let more = readLine(strippingNewline: false) { all += more }
                return all
            }?.utf8 ?? "".utf8) : try FileSystem.readCV(job)
            guard let jobText = String(validating: jobBytes, as: UTF8.self), !jobText.allSatisfy(\.isWhitespace) else {
                throw WorkspaceError("\(job): the job ad is empty or not UTF-8 text")
            }
            let workspace = try Workspace(readOnly: dryRun)
            let path = try cv.map { try workspace.repositoryPath($0) } ?? workspace.singleTrackedCV(hint: "name one with --cv")
            let base = try workspace.repository.resolveCommit("HEAD")
            let baseBytes = try workspace.repository.blob(at: base.hex, path: path)
            let document = try CVLoader.parse(baseBytes, name: "HEAD:\(path)", path: path)
            let baseText = try CVReader.decode(baseBytes)
            let options = TailorOptions(maxBullets: maxBullets, order: order, collapseBefore: collapseBefore)
            let variant = CVCore.Tailor.variant(text: baseText, document: document, job: jobText, options: options)
            let report = variant.report
            if dryRun {
                print(variant.text, terminator: variant.text.hasSuffix("\n") ? "" : "\n")
                print("----")
                print(TailorRenderer.render(report, format: format), terminator: "")
                return
            }
            let store = try VariantStore(workspace: workspace)
            let slug = VariantStore.slug(name ?? report.jobTitle ?? "job")
            let branch = try store.branch(for: slug)
            var optionText = [String]()
            if let maxBullets { optionText.append("--max-bullets \(maxBullets)") }
            if order != .asWritten { optionText.append("--order \(order.rawValue)") }
            if let collapseBefore { optionText.append("--collapse-before \(collapseBefore)") }
            var trailers: [(String, String)] = [("Cvtrack-Base", base.hex), ("Cvtrack-Score", "\(report.score)")]
            if let title = report.jobTitle { trailers.append(("Cvtrack-Job", HTMLText.collapseWhitespace(title))) }
            if !optionText.isEmpty { trailers.append(("Cvtrack-Options", optionText.joined(separator: " "))) }
            let commit = try workspace.repository.commitFiles(
                branch: branch, files: [path: Array(variant.text.utf8), "jobs/\(slug).md": jobBytes],
                message: "Tailor \(path) for \(report.jobTitle.map(HTMLText.collapseWhitespace) ?? slug)", base: base, trailers: trailers)
            print(TailorRenderer.render(report, format: format), terminator: "")
            if format == .text { print("Committed \(commit.short) on \(branch) (score \(report.score)); your working tree, index and HEAD are untouched.") }
        }
    }
}
