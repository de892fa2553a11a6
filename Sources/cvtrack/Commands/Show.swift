import ArgumentParser
import CVCore
import CVGit
import CVTrackKit

extension CVTrack {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            _superCommandName: CVTrack.toolName,
            abstract: "Print the raw bytes of a tracked CV at a revision or in the index.",
            discussion: """
                Like `git show REV:PATH`, byte for byte.
                  cvtrack show                 the tracked CV as committed at HEAD
                  cvtrack show HEAD~2          the tracked CV two commits ago
                  cvtrack show v1.0:cv.md      a file at a tag, branch or commit
                  cvtrack show :cv.md          the file as staged in the index
                With several tracked CVs, name the file (REV:PATH).
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Argument(help: ArgumentHelp("REV, REV:PATH or :PATH (default: HEAD and the tracked CV).", valueName: "rev[:path]"))
        var object: String?

        func run() throws {
            let workspace = try repository.workspace()
            let source = try resolve(object, in: workspace)
            Output.write(try workspace.read(source))
        }

        /// `REV:PATH` and `:PATH` as given; a bare `REV` (or nothing: HEAD) with the one tracked CV; a bare
        /// tracked path at HEAD.
        func resolve(_ object: String?, in workspace: Workspace) throws -> CVSource {
            if let object, object.contains(":") { return CVSource.parse(object) }  // no .cvtrack.yml needed
            let rev = object ?? "HEAD"
            let tracked = try workspace.trackedCVs()
            if let object, tracked.contains(object) { return .revision("HEAD", path: object) }
            _ = try workspace.repository.resolveCommit(rev)
            return .revision(rev, path: try workspace.singleTrackedCV(hint: "name one as \(rev):PATH"))
        }
    }
}
