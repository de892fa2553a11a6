import ArgumentParser
import CVCore
import CVGit
import CVTrackKit

extension CVTrack {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            _superCommandName: CVTrack.toolName,
            abstract: "Create a CV repository, or adopt an existing one.",
            discussion: """
                Creates DIR (default: the current folder) as a git repository if it is not inside one, and writes \
                .cvtrack.yml listing the CV files to track (found by name, like cv.md or resume.json, unless given \
                with --cv). An existing .cvtrack.yml is kept as it is. It also installs the cvtrack diff driver \
                (see `cvtrack install-diff-driver`; skip with --no-diff-driver), so that git diff speaks CV. \
                The spelling variety (en_GB or en_US) is read from the CVs and written as `language` when they agree. \
                Nothing is staged or committed.

                Examples:
                  cvtrack init                 adopt the repository around the current folder
                  cvtrack init ~/cv --cv cv.md create ~/cv and track cv.md
                """
        )

        @Argument(help: "The folder of the CV repository.")
        var directory: String = "."

        @Option(name: .customLong("cv"), help: ArgumentHelp("A CV file to track (repeatable); default: found by name.", valueName: "file"))
        var cvs: [String] = []

        @Option(help: ArgumentHelp("The initial branch of a new repository.", valueName: "name"))
        var initialBranch: String = "main"

        @Flag(inversion: .prefixedNo, help: "Install the git diff driver for the tracked CVs.")
        var diffDriver = true

        func run() throws {
            if !FileSystem.exists(directory) {
                try FileSystem.createDirectory(directory)
            } else if !FileSystem.isDirectory(directory) {
                throw WorkspaceError("\(directory): exists and is not a folder")
            }
            var created = false
            do {
                _ = try Repository.discover(from: directory)
            } catch let error as GitError where error.kind == .notARepository {
                _ = try Repository.create(at: directory, initialBranch: initialBranch)
                created = true
            }
            let workspace = try Workspace(at: directory, readOnly: false)
            let configPath = workspace.root + "/" + CVTrackConfig.fileName
            let tracked: [String]
            if workspace.hasConfigFile {
                tracked = try workspace.trackedCVs()
                print("\(CVTrackConfig.fileName) exists: kept as it is.")
            } else {
                var listed: [String] = []
                for cv in cvs {
                    listed.append(try workspace.repositoryPath(directory == "." ? cv : directory + "/" + cv))
                }
                tracked = listed.isEmpty ? workspace.detectCVs() : listed
                let language = ValidationSetup.spellingVariety(ofFiles: tracked.map { workspace.root + "/" + $0 })
                try FileSystem.writeAtomically(configPath, CVTrackConfig.initialText(cvs: tracked, language: language))
                print("Wrote \(CVTrackConfig.fileName)" + (language.map { " (spelling: \($0), read from the CVs)" } ?? "") + ".")
            }
            print(created ? "Created a git repository in \(workspace.root)." : "Adopted the git repository in \(workspace.root).")
            if tracked.isEmpty {
                print("No CV found yet: add one with `cvtrack track FILE`.")
            } else {
                print("Tracking: " + tracked.joined(separator: ", "))
            }
            if diffDriver && !tracked.isEmpty {
                let reloaded = try Workspace(at: directory, readOnly: false)
                print(try DiffDriverSetup.apply(workspace: reloaded, executable: Executable.path, remove: false))
            }
            print("Next: commit .cvtrack.yml (and .gitattributes) with your CV; `cvtrack status` shows where each CV stands.")
        }
    }
}
