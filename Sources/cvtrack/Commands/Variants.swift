import ArgumentParser
import CVCore
import CVGit
import CVTrackKit

#if canImport(Glibc)
    import Glibc
#endif

extension CVTrack {
    struct Variants: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "variants",
            _superCommandName: CVTrack.toolName,
            abstract: "List the tailored variants: branch, job, score, base commit, whether the main CV moved on, when sent.")

        @OptionGroup var repository: RepositoryOptions

        func run() throws {
            let workspace = try repository.workspace()
            let store = try VariantStore(workspace: workspace)
            let cv = try? workspace.singleTrackedCV(hint: "")
            let variants = try store.variants(cvPath: cv)
            if variants.isEmpty {
                print("No tailored variants yet (branches under \(store.prefix)). Create one with `cvtrack tailor JOB`.")
                return
            }
            for v in variants {
                var line = "\(v.branch)  \(v.tip.short)"
                if let s = v.score { line += "  score \(s)" }
                if let t = v.jobTitle { line += "  \(t)" }
                print(line)
                var state = "    base " + (v.base?.short ?? "unknown")
                switch v.behind {
                case 0?: state += ", up to date with the CV"
                case let n?: state += ", stale: the CV changed in \(n) commit\(n == 1 ? "" : "s") since (cvtrack tailor --refresh \(v.slug))"
                case nil: break
                }
                print(state)
                for tag in v.sent {
                    print("    sent: \(tag.name)" + (tag.message.map { " (\(HTMLText.collapseWhitespace($0)))" } ?? ""))
                }
            }
        }
    }

    struct Sent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sent",
            _superCommandName: CVTrack.toolName,
            abstract: "Record that a tailored variant was sent: an annotated tag sent/SLUG/DATE on its commit.",
            discussion: """
                Answers later "what exactly did I send to Acme?": `git show sent/acme-sre/2026-11-21:cv.md`. \
                A second send on the same day gets -2, -3 ….
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Argument(help: "The variant's slug (its branch without the prefix, as `cvtrack variants` shows).")
        var slug: String

        @Option(help: ArgumentHelp("Who it was sent to (recorded in the tag's message).", valueName: "text"))
        var to: String?

        func run() throws {
            let workspace = try repository.workspace(readOnly: false)
            let store = try VariantStore(workspace: workspace)
            let tag = try store.markSent(slug: slug, to: to, date: ValidationSetup.currentDate().description)
            print("Tagged \(tag)" + (to.map { " (sent to \($0))" } ?? ""))
        }
    }
}
