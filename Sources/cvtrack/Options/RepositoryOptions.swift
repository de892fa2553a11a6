import ArgumentParser
import CVTrackKit

#if canImport(Glibc)
    import Glibc
#endif

/// Where to find the repository (`-C DIR`, like git).
struct RepositoryOptions: ParsableArguments {
    @Option(name: [.customShort("C"), .customLong("repo")], help: ArgumentHelp("Run as if cvtrack was started in <dir>.", valueName: "dir"))
    var directory: String = "."

    /// Changes to `-C DIR` (so that paths given after it are relative to it, as with git).
    func enter() throws {
        guard directory != "." else { return }
        guard chdir(directory) == 0 else {
            throw WorkspaceError("cannot change to '\(directory)': \(String(cString: strerror(errno)))")
        }
    }

    /// The workspace around the current folder.
    func workspace(readOnly: Bool = true) throws -> Workspace {
        try enter()
        return try Workspace(at: ".", readOnly: readOnly)
    }
}
