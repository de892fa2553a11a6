import ArgumentParser
import CVCore
import CVTrackKit

extension CVTrack {
    struct Track: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "track",
            _superCommandName: CVTrack.toolName,
            abstract: "Choose files as tracked CVs (listed in .cvtrack.yml).",
            discussion: """
                Adds each FILE to the `cvs:` list of .cvtrack.yml (created if missing), keeping the rest of the file \
                as written. Each file must exist in the working tree or the index and be readable as a CV. \
                While the list is empty, cvtrack tracks the files named like a CV (cv.md, resume.json …).
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Argument(help: "The CV files to track.")
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file to track.") }
        }

        func run() throws {
            let workspace = try repository.workspace(readOnly: false)
            var list = try workspace.config().cvs
            for file in files {
                let path = try workspace.repositoryPath(file)
                let bytes: [UInt8]
                if FileSystem.exists(file) {
                    bytes = try FileSystem.readCV(file)
                } else if let staged = try workspace.repository.stagedContents(path: path) {
                    bytes = staged
                } else {
                    throw WorkspaceError("\(file): no such file in the working tree or the index")
                }
                // Readable as a CV: text in one of the formats cvtrack reads (a broken JSON or YAML file is refused).
                _ = try CVLoader.parse(bytes, name: file, path: path)
                if list.contains(path) {
                    print("\(path): already tracked")
                } else {
                    list.append(path)
                    print("tracking \(path)")
                }
            }
            try workspace.saveCVList(list)
        }
    }

    struct Untrack: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "untrack",
            _superCommandName: CVTrack.toolName,
            abstract: "Stop tracking files as CVs.",
            discussion: "Removes each FILE from the `cvs:` list of .cvtrack.yml. The files themselves are not touched."
        )

        @OptionGroup var repository: RepositoryOptions

        @Argument(help: "The CV files to stop tracking.")
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file to untrack.") }
        }

        func run() throws {
            let workspace = try repository.workspace(readOnly: false)
            var list = try workspace.config().cvs
            for file in files {
                let path = try workspace.repositoryPath(file)
                guard let index = list.firstIndex(of: path) else {
                    throw WorkspaceError("\(path): not tracked (.cvtrack.yml lists: \(list.isEmpty ? "none" : list.joined(separator: ", ")))")
                }
                list.remove(at: index)
                print("untracked \(path)")
            }
            try workspace.saveCVList(list)
        }
    }
}
