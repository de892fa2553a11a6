import ArgumentParser
import CVCore
import CVGit
import CVTrackKit

extension CVTrack {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            _superCommandName: CVTrack.toolName,
            abstract: "Check CVs: impossible or inconsistent dates, timeline, broken HTML and links, contact details, spelling.",
            discussion: """
                  cvtrack validate                 the tracked CVs in the working tree
                  cvtrack validate cv.md other.md  these files (no repository needed)
                  cvtrack validate --staged        the tracked CVs being committed, as staged (the pre-commit hook)
                  cvtrack validate --rev v1.0      the tracked CVs at a revision
                  cvtrack validate --against main  also check that the CVs invent nothing the CV at main lacks
                  cvtrack validate variant.md --against cv.md
                --against BASE (a file, a revision, or REV:PATH) adds the variant-invented check: every \
                organisation, title, date, skill or number of the CV that is not in the base CV is an error at its \
                line:column. A tailored variant may only leave things out. On a branch under the tailored prefix \
                (`tailored/`), `validate` and `validate --staged` (the pre-commit hook) check against the variant's \
                base commit (its Cvtrack-Base trailer) by themselves, so hand edits of a variant are safe.
                Exit codes: 0 no error (warnings are printed), 1 an error was found, 2 the CVs could not be \
                checked, 64 bad usage. Rules, their severities and options are set in .cvtrack.yml (`rules:`); \
                `cvtrack rules` lists them. A finding is silenced in the file with \
                `<!-- cvtrack:disable RULE -->` or `<!-- cvtrack:disable-next-line RULE -->`.
                A LaTeX CV is checked with the files it includes (\\input), from the same place; latex-broken names \
                unbalanced braces and environments, in an included file with its name and line.
                """
        )

        @Argument(help: ArgumentHelp("CV files to check (default: the tracked CVs).", valueName: "file"))
        var files: [String] = []

        @Flag(name: [.customLong("staged"), .customLong("cached")], help: "Check the staged content of the tracked CVs being committed.")
        var staged = false

        @Option(help: ArgumentHelp("Check the tracked CVs as committed at this revision.", valueName: "rev"))
        var rev: String?

        @Option(help: ArgumentHelp(
            "Also report what the CVs add to this base CV (variant-invented): a file, a revision or REV:PATH.", valueName: "base"))
        var against: String?

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
            var warnings: [String] = []
            let bases = BaseFinder(against: against)
            if !files.isEmpty {
                // Files: no repository is opened (libgit2 is never initialised) unless --against names a revision.
                let (config, root) = try ValidationSetup.findConfig(from: ".")
                setup = ValidationSetup(config: config, root: root, spelling: spelling)
                for file in files {
                    let bytes = try FileSystem.readCV(file)
                    results.append(check(bytes, path: file, setup, base: try bases.base(forFile: file), files: .fileSystem(mainFile: file)))
                }
            } else {
                let workspace = try Workspace()
                setup = ValidationSetup(config: try workspace.config(), root: workspace.root, spelling: spelling)
                // On a tailored branch, the working tree and the staged CVs are checked against the variant's base.
                var tailored: (branch: String, base: ObjectID)?
                if against == nil && rev == nil {
                    tailored = try VariantValidation.tailoredBase(of: workspace.repository, prefix: try VariantStore(workspace: workspace).prefix)
                }
                for path in try workspace.trackedCVs() {
                    let bytes: [UInt8]
                    let shown: String
                    let source: CVSource
                    if staged {
                        // Only the CVs this commit changes (a LaTeX CV with the files it includes), exactly as staged.
                        guard let status = try? workspace.repository.status(path: path), !status.contains(.indexDeleted),
                            status.isStaged || workspace.includedFiles(of: path).contains(where: { (try? workspace.repository.status(path: $0))?.isStaged == true }),
                            let staged = try workspace.repository.stagedContents(path: path)
                        else { continue }
                        (bytes, shown, source) = (staged, path, .index(path: path))
                    } else if let rev {
                        (bytes, shown, source) = (try workspace.repository.blob(at: rev, path: path), "\(rev):\(path)", .revision(rev, path: path))
                    } else {
                        guard let current = try workspace.repository.workingTreeContents(path: path) else {
                            throw WorkspaceError("\(path): tracked, but not in the working tree")
                        }
                        (bytes, shown, source) = (current, path, .file(workspace.root + "/" + path))
                    }
                    var base: VariantValidation.Base?
                    if let tailored {
                        do {
                            base = try VariantValidation.Base(
                                bytes: try workspace.repository.blob(at: tailored.base.hex, path: path),
                                name: "\(tailored.base.short):\(path)", path: path)
                        } catch {
                            warnings.append("\(path): not checked against the base of \(tailored.branch) (\(tailored.base.short)): \(error)")
                        }
                    } else {
                        base = try bases.base(forRepositoryPath: path, workspace: workspace)
                    }
                    results.append(check(bytes, path: shown, setup, base: base, files: workspace.latexFiles(for: source)))
                }
            }
            for w in setup.warnings + warnings { Output.warning(w) }
            if let reporter = FindingsReporters.named(format) {
                let text = reporter.render(results)
                if !text.isEmpty { print(text, terminator: text.hasSuffix("\n") ? "" : "\n") }
            }
            if results.contains(where: { $0.findings.contains { $0.severity == .error } }) {
                throw ExitCode(ExitStatus.findings)
            }
        }

        func check(_ bytes: [UInt8], path: String, _ setup: ValidationSetup, base: VariantValidation.Base? = nil, files: LaTeXFiles? = nil) -> FileFindings {
            var findings = Validator.validate(
                bytes: bytes, path: path, format: input.inputFormat, configuration: setup.configuration, today: setup.today,
                spellChecker: setup.spellChecker, personalWords: setup.personalWords, files: files)
            if let base {
                findings = VariantValidation.merge(
                    findings, VariantValidation.inventions(bytes: bytes, path: path, format: input.inputFormat, base: base))
            }
            return FileFindings(path: path, findings: findings)
        }

        /// The base CV `--against` names for each validated CV: one file for all, or each CV's own path at a
        /// revision (`REV:PATH` names one file of a revision for all).
        final class BaseFinder {
            let against: String?
            private var fileBase: VariantValidation.Base?
            private var workspace: Workspace?

            init(against: String?) { self.against = against }

            /// `--against FILE`, read once.
            private func againstFile() throws -> VariantValidation.Base? {
                guard let against, FileSystem.isRegularFile(against) else { return nil }
                if let fileBase { return fileBase }
                let base = try VariantValidation.Base(bytes: try FileSystem.readCV(against), name: against, path: against)
                fileBase = base
                return base
            }

            /// For a CV named on the command line: a revision needs the repository holding the file.
            func base(forFile file: String) throws -> VariantValidation.Base? {
                guard let against else { return nil }
                if let base = try againstFile() { return base }
                let workspace: Workspace
                do {
                    workspace = try self.workspace ?? Workspace()
                } catch {
                    throw WorkspaceError("--against \(against): no such file (and \(file) is not in a git repository, so it is not a revision either)")
                }
                self.workspace = workspace
                // The file's own path at the revision; else (a variant saved elsewhere, `git show … > variant.md`)
                // the tracked CV.
                if let path = try? workspace.repositoryPath(file), let base = try? base(forRepositoryPath: path, workspace: workspace) {
                    return base
                }
                let path = try workspace.singleTrackedCV(hint: "name the base CV as REV:PATH or a file")
                return try base(forRepositoryPath: path, workspace: workspace)
            }

            func base(forRepositoryPath path: String, workspace: Workspace) throws -> VariantValidation.Base? {
                guard let against else { return nil }
                if let base = try againstFile() { return base }
                var (revision, basePath) = (against, path)
                if let split = Repository.splitRevisionPath(against), !split.revision.isEmpty { (revision, basePath) = split }
                let bytes: [UInt8]
                do {
                    bytes = try workspace.repository.blob(at: revision, path: basePath)
                } catch let error as GitError where error.kind == .badRevision {
                    throw WorkspaceError("--against \(against): no such file, and not a revision: \(error)")
                } catch {
                    throw WorkspaceError("--against \(against): \(error)")
                }
                return try VariantValidation.Base(bytes: bytes, name: "\(revision):\(basePath)", path: basePath)
            }
        }
    }
}
