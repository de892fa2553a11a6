import ArgumentParser
import CVCore
import CVTrackKit

extension CVTrack {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            _superCommandName: CVTrack.toolName,
            abstract: "Show what changed in a CV, in CV words: roles, bullets, skills, sections.",
            discussion: """
                Arguments mean what they mean to git diff:
                  cvtrack diff                 working tree vs the index
                  cvtrack diff --staged        the index vs HEAD (what the next commit changes)
                  cvtrack diff REV             working tree vs REV
                  cvtrack diff A B | A..B      A vs B
                  cvtrack diff A...B           the merge base of A and B vs B
                  cvtrack diff A B -- cv.md    only cv.md (default: every tracked CV)
                  cvtrack diff --no-index old.md new.json   two files outside git, even in different formats
                A change of layout only (re-indentation, restyled headings, another format) is no change. \
                A LaTeX CV is read with the files it includes (\\input) from the same side, so a change to one of \
                them is a change of the CV. \
                Output: text (coloured on a terminal unless NO_COLOR is set), json (docs/diff-format.md), \
                markdown (for pull-request descriptions), or --stat.
                """
        )

        @Flag(name: [.customLong("staged"), .customLong("cached")], help: "Compare the index with HEAD.")
        var staged = false

        @Flag(help: "Compare two files, not revisions (no repository needed).")
        var noIndex = false

        @Option(help: "Output format: text, json or markdown.")
        var format: DiffFormat = .text

        @Flag(help: "Print how many changes of each kind, not the changes.")
        var stat = false

        @Flag(help: "Exit with 1 when there are changes, 0 when there are none.")
        var exitCode = false

        @Option(help: ArgumentHelp("Colour: auto (on a terminal, without NO_COLOR), always or never.", valueName: "when"))
        var color: ColorChoice = .auto

        @OptionGroup var input: InputFormatOptions

        @Argument(help: ArgumentHelp("Revisions (or, with --no-index, two files).", valueName: "rev"))
        var revisions: [String] = []

        /// The paths after `--` (`CVTrack.main` turns `-- a b` into `--path=a --path=b`).
        @Option(name: .customLong("path"), help: ArgumentHelp("Only this CV (repeatable; or give paths after --).", valueName: "path"))
        var paths: [String] = []

        func validate() throws {
            if noIndex && revisions.count + paths.count != 2 { throw ValidationError("--no-index needs exactly two files.") }
            if noIndex && staged { throw ValidationError("--no-index and --staged cannot be used together.") }
        }

        func run() throws {
            var results: [FileDiff] = []
            if noIndex {
                let files = revisions + paths
                let a = try CVLoader.parse(
                    try FileSystem.readCV(files[0]), name: files[0], path: files[0], format: input.inputFormat,
                    files: .fileSystem(mainFile: files[0]))
                let b = try CVLoader.parse(
                    try FileSystem.readCV(files[1]), name: files[1], path: files[1], format: input.inputFormat,
                    files: .fileSystem(mainFile: files[1]))
                results.append(FileDiff(path: files[1], oldName: files[0], newName: files[1], diff: CVDiffer.diff(a, b)))
            } else {
                let workspace = try Workspace()
                let sides = try DiffSides.plan(revisions: revisions, staged: staged, repository: workspace.repository)
                let targets = try paths.isEmpty ? workspace.trackedCVs() : paths.map { try workspace.repositoryPath($0) }
                if targets.isEmpty { throw WorkspaceError("no tracked CV: track one with `cvtrack track FILE`, or give paths after --") }
                for path in targets {
                    results.append(try diffFile(path, sides, workspace))
                }
            }
            let style = DiffRenderer.Style(color: color.enabled)
            output(results, style: style)
            if exitCode && results.contains(where: { !$0.diff.isEmpty }) { throw ExitCode(ExitStatus.findings) }
        }

        struct FileDiff {
            var path: String
            var oldName: String
            var newName: String
            var diff: CVDiff
            var note: String? = nil
        }

        func diffFile(_ path: String, _ sides: DiffSides, _ workspace: Workspace) throws -> FileDiff {
            let new = try workspace.bytes(of: path, at: sides.new)
            // The old side under the name the file had there (followed from the new side's name).
            let old = try workspace.bytes(of: new?.path ?? path, at: sides.old, followingFrom: sides.new)
            func name(_ side: DiffSides.Side, _ p: String) -> String {
                switch side {
                case .revision(let r): return "\(r.count == 40 ? String(r.prefix(7)) : r):\(p)"
                case .index: return ":\(p)"
                case .workingTree: return p
                case .empty: return "(nothing)"
                }
            }
            let oldName = name(sides.old, old?.path ?? path)
            let newName = name(sides.new, new?.path ?? path)
            if old == nil && new == nil {
                throw WorkspaceError("\(path): not in \(sides.old) nor in \(sides.new)")
            }
            // A LaTeX CV reads the files it includes from the same side.
            let newDoc = try new.map {
                try CVLoader.parse($0.bytes, name: newName, path: path, format: input.inputFormat, files: workspace.latexFiles(at: sides.new, path: path))
            }
            let oldDoc = try old.map {
                try CVLoader.parse($0.bytes, name: oldName, path: $0.path, format: input.inputFormat, files: workspace.latexFiles(at: sides.old, path: $0.path))
            }
            let empty = CVDocument(format: (newDoc ?? oldDoc)?.format ?? .markdown)
            var result = FileDiff(path: path, oldName: oldName, newName: newName, diff: CVDiffer.diff(oldDoc ?? empty, newDoc ?? empty))
            if old == nil { result.note = "new file" }
            if new == nil { result.note = "deleted" }
            if let o = old, let n = new, o.path != n.path { result.note = "renamed from \(o.path)" }
            return result
        }

        func output(_ results: [FileDiff], style: DiffRenderer.Style) {
            switch format {
            case .json where !stat:
                var files: [JSONValue] = []
                for r in results {
                    guard case .object(var pairs) = DiffRenderer.jsonValue(r.diff, from: r.oldName, to: r.newName) else { continue }
                    pairs.insert(("path", .string(r.path)), at: 0)
                    if let note = r.note { pairs.insert(("note", .string(note)), at: 1) }
                    files.append(.object(pairs))
                }
                print(JSONValue.object([("files", .array(files))]).render(sortedKeys: false), terminator: "")
            case .markdown where !stat:
                for r in results {
                    print(DiffRenderer.markdown(r.diff, title: "\(r.path)\(r.note.map { " (\($0))" } ?? "")"), terminator: "")
                }
            default:
                for r in results where !r.diff.isEmpty || r.note != nil {
                    if results.count > 1 || r.note != nil {
                        print(style.bold("\(r.oldName) → \(r.newName)\(r.note.map { " (\($0))" } ?? "")"))
                    }
                    print(stat ? DiffRenderer.stat(r.diff) : DiffRenderer.text(r.diff, style: style), terminator: "")
                }
            }
        }
    }
}

extension DiffFormat: ExpressibleByArgument {}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .auto: return Output.useColor
        case .always: return true
        case .never: return false
        }
    }
}
