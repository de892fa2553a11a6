import ArgumentParser
import CVCore
import CVGit
import CVTrackKit

extension CVTrack {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            _superCommandName: CVTrack.toolName,
            abstract: "List the tracked CVs and whether each is modified, staged or clean.",
            discussion: """
                One line per tracked CV: its path, its format, and its state against HEAD and the index \
                (clean; staged; modified, not staged; staged and modified; new, not in git yet; deleted; missing). \
                A LaTeX CV's state counts the files it includes (\\input), named after it when they changed.
                """
        )

        @OptionGroup var repository: RepositoryOptions

        func run() throws {
            let workspace = try repository.workspace()
            let tracked = try workspace.trackedCVs()
            if tracked.isEmpty {
                print("No tracked CV. Track one with `cvtrack track FILE`.")
                return
            }
            let listed = try workspace.config().cvs
            let source = !listed.isEmpty ? "listed in .cvtrack.yml" : "found by name"
            print("On branch \(workspace.repository.headBranchName ?? "(detached HEAD)"); tracked CVs (\(source)):")
            let width = tracked.map(\.count).max() ?? 0
            for path in tracked {
                var state: String
                do {
                    state = Self.describe(try workspace.repository.status(path: path))
                    // A LaTeX CV is changed by a change to a file it includes: the state of the whole, naming them.
                    let included = workspace.includedFiles(of: path).compactMap { file in
                        (try? workspace.repository.status(path: file)).flatMap { $0.isCurrent ? nil : (file, $0) }
                    }
                    if !included.isEmpty {
                        let whole = included.reduce(try workspace.repository.status(path: path)) { $0.union($1.1) }
                        state = Self.describe(whole) + " (\(included.map(\.0).joined(separator: ", ")))"
                    }
                } catch let error as GitError where error.kind == .pathNotFound {
                    state = "missing: not in the working tree, the index or HEAD"
                }
                let format = Self.format(of: path, in: workspace)
                print("  " + path.padding(width) + "  " + format.padding(10) + "  " + state)
            }
        }

        static func describe(_ s: FileStatus) -> String {
            if s.isCurrent { return "clean" }
            if s.contains(.conflicted) { return "conflicted" }
            if s.contains(.ignored) { return "ignored by git" }
            if s.contains(.untracked) { return "new, not in git yet" }
            var parts: [String] = []
            if s.contains(.indexNew) { parts.append("staged (new file)") }
            else if s.contains(.indexDeleted) { parts.append("deletion staged") }
            else if s.isStaged { parts.append("staged") }
            if s.contains(.worktreeDeleted) { parts.append("deleted, not staged") }
            else if s.hasUnstagedChanges { parts.append(parts.isEmpty ? "modified, not staged" : "modified since") }
            return parts.joined(separator: ", ")
        }

        static func format(of path: String, in workspace: Workspace) -> String {
            guard let bytes = FileSystem.read(workspace.root + "/" + path), let text = try? CVReader.decode(bytes) else { return "-" }
            return CVReader.detectFormat(text: text, path: path).rawValue
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
