import ArgumentParser
import CVCore
import CVGit
import CVTrackKit

extension CVTrack {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check CVs: impossible or inconsistent dates, timeline, broken HTML and links, contact details, spelling.",
            discussion: """
                  cvtrack validate                 the tracked CVs in the working tree
                  cvtrack validate cv.md other.md  these files (no repository needed)
                  cvtrack validate --staged        the tracked CVs being committed, as staged (the pre-commit hook)
                  cvtrack validate --rev v1.0      the tracked CVs at a revision
                Exit codes: 0 no error (warnings are printed), 1 an error was found, 2 the CVs could not be \
                checked, 64 bad usage. Rules, their severities and options are set in .cvtrack.yml (`rules:`); \
                `cvtrack rules` lists them. A finding is silenced in the file with \
                `<!-- cvtrack:disable RULE -->` or `<!-- cvtrack:disable-next-line RULE -->`.
                """
        )

        @Argument(help: ArgumentHelp("CV files to check (default: the tracked CVs).", valueName: "file"))
        var files: [String] = []

        @Flag(name: [.customLong("staged"), .customLong("cached")], help: "Check the staged content of the tracked CVs being committed.")
        var staged = false

        @Option(help: ArgumentHelp("Check the tracked CVs as committed at this revision.", valueName: "rev"))
        var rev: String?

        @Option(help: ArgumentHelp("Output: text, json or github (GitHub Actions annotations).", valueName: "format"))
        var format: String = "text"

        @Flag(inversion: .prefixedNo, help: "Check spelling (hunspell).")
        var spelling = true

        @OptionGroup var input: InputFormatOptions

        func validate() throws {
            if FindingsReporters.named(format) == nil {
                throw ValidationError("--format must be one of \(FindingsReporters.names.joined(separator: ", ")).")
            }
            if staged && rev != nil { throw ValidationError("--staged and --rev cannot be used together.") }
            if !files.isEmpty && (staged || rev != nil) { throw ValidationError("give files, or --staged, or --rev, not several.") }
        }

        func run() throws {
            var results: [FileFindings] = []
            let setup: ValidationSetup
            if !files.isEmpty {
                // Files: no repository is opened (libgit2 is never initialised).
                let (config, root) = try ValidationSetup.findConfig(from: ".")
                setup = ValidationSetup(config: config, root: root, spelling: spelling)
                for file in files {
                    results.append(check(try FileSystem.readCV(file), path: file, setup))
                }
            } else {
                let workspace = try Workspace()
                setup = ValidationSetup(config: try workspace.config(), root: workspace.root, spelling: spelling)
                for path in try workspace.trackedCVs() {
                    if staged {
                        // Only the CVs this commit changes, exactly as staged.
                        guard let status = try? workspace.repository.status(path: path), status.isStaged,
                            !status.contains(.indexDeleted), let bytes = try workspace.repository.stagedContents(path: path)
                        else { continue }
                        results.append(check(bytes, path: path, setup))
                    } else if let rev {
                        results.append(check(try workspace.repository.blob(at: rev, path: path), path: "\(rev):\(path)", setup))
                    } else {
                        guard let bytes = try workspace.repository.workingTreeContents(path: path) else {
                            throw WorkspaceError("\(path): tracked, but not in the working tree")
                        }
                        results.append(check(bytes, path: path, setup))
                    }
                }
            }
            for w in setup.warnings { Output.warning(w) }
            if let reporter = FindingsReporters.named(format) {
                let text = reporter.render(results)
                if !text.isEmpty { print(text, terminator: text.hasSuffix("\n") ? "" : "\n") }
            }
            if results.contains(where: { $0.findings.contains { $0.severity == .error } }) {
                throw ExitCode(ExitStatus.findings)
            }
        }

        func check(_ bytes: [UInt8], path: String, _ setup: ValidationSetup) -> FileFindings {
            FileFindings(path: path, findings: Validator.validate(
                bytes: bytes, path: path, format: input.inputFormat, configuration: setup.configuration, today: setup.today,
                spellChecker: setup.spellChecker, personalWords: setup.personalWords))
        }
    }
}
