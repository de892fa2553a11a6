import ArgumentParser
import CVCore
import CVTrackKit

extension CVTrack {
    struct DiffDriver: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff-driver",
            _superCommandName: CVTrack.toolName,
            abstract: "git's external diff driver for CVs (set up by `cvtrack install-diff-driver`).",
            discussion: """
                git runs it as `diff.cvtrack.command` with seven arguments: PATH OLD-FILE OLD-HEX OLD-MODE \
                NEW-FILE NEW-HEX NEW-MODE (`/dev/null` for a missing side). It prints the semantic diff; when a \
                side cannot be read as a CV it says so and falls back to a line diff.
                """
        )

        @Argument(help: ArgumentHelp("The arguments git passes.", valueName: "git-arguments"))
        var arguments: [String] = []

        func validate() throws {
            if arguments.count != 7 && arguments.count != 1 {
                throw ValidationError("diff-driver is run by git with 7 arguments (or 1 for an unmerged path).")
            }
        }

        func run() throws {
            let path = arguments[0]
            guard arguments.count == 7 else {
                print("cvtrack: \(path): unmerged")
                return
            }
            let oldFile = arguments[1]
            let newFile = arguments[4]
            let style = DiffRenderer.Style(color: Output.useColor)
            print(style.bold("cvtrack diff a/\(path) b/\(path)"))
            func read(_ file: String) throws -> [UInt8]? { file == "/dev/null" ? nil : try FileSystem.readCV(file) }
            let oldBytes = try read(oldFile)
            let newBytes = try read(newFile)
            do {
                let empty = CVDocument(format: .markdown)
                let old = try oldBytes.map { try CVReader.parse($0, path: path) }
                let new = try newBytes.map { try CVReader.parse($0, path: path) }
                let diff = CVDiffer.diff(old ?? CVDocument(format: new?.format ?? empty.format), new ?? CVDocument(format: old?.format ?? empty.format))
                if diff.isEmpty {
                    print("no change to the CV's content (layout only)")
                } else {
                    print(DiffRenderer.text(diff, style: style), terminator: "")
                }
            } catch let error as CVParseError {
                print("cannot read \(path) as a CV (\(error)); line diff:")
                let a = oldBytes.map { String(decoding: $0, as: UTF8.self) } ?? ""
                let b = newBytes.map { String(decoding: $0, as: UTF8.self) } ?? ""
                print(LineDiff.unified(old: a, new: b) ?? "(too long to diff line by line)", terminator: "")
            }
        }
    }

    struct InstallDiffDriver: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install-diff-driver",
            _superCommandName: CVTrack.toolName,
            abstract: "Make git diff, git log -p and git show speak CV for the tracked CVs.",
            discussion: """
                Adds `PATH diff=cvtrack` to .gitattributes for each tracked CV, and sets in the repository's \
                .git/config:
                  diff.cvtrack.command   cvtrack diff-driver     (git diff: the semantic diff)
                  diff.cvtrack.textconv  cvtrack parse --format content
                git log -p and git show use the textconv (a line diff of the CV's content, one fact a line), \
                or the full semantic diff with --ext-diff. The commands are written with the absolute path of \
                this cvtrack. --uninstall removes both.
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Flag(help: "Remove the driver from .gitattributes and .git/config.")
        var uninstall = false

        func run() throws {
            let workspace = try repository.workspace(readOnly: false)
            let result = try DiffDriverSetup.apply(workspace: workspace, executable: Executable.path, remove: uninstall)
            print(result)
        }
    }
}
