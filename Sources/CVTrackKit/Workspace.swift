import CVCore
import CVGit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A CV repository: the git repository, its `.cvtrack.yml`, and the CVs it tracks.
public final class Workspace {
    public let repository: Repository
    /// The top of the working tree, without a trailing slash.
    public let root: String
    /// Whether `.cvtrack.yml` exists.
    public var hasConfigFile: Bool { FileSystem.isRegularFile(root + "/" + CVTrackConfig.fileName) }
    private var loadedConfig: CVTrackConfig?

    /// Opens the repository that holds `path` (searching upwards, like git), or the one the git
    /// environment names when `fromEnvironment` is set or git's variables are present (`GIT_DIR`,
    /// `GIT_INDEX_FILE`, `GIT_WORK_TREE`: a hook run by `git commit -a` stages into `GIT_INDEX_FILE`,
    /// and a plain open would read the stale `.git/index`).
    /// Read-only work turns libgit2's strict hash verification off (git does not re-hash on read either).
    public init(at path: String = ".", fromEnvironment: Bool = false, readOnly: Bool = true) throws {
        if readOnly { LibGit2.setStrictHashVerification(false) }
        let fromEnvironment = fromEnvironment || Environment.hasGitVariables
        let repo = fromEnvironment ? try Repository.openFromEnvironment() : try Repository.discover(from: FileSystem.absolute(path))
        guard let workdir = repo.workdir else {
            throw WorkspaceError("\(repo.gitDir) is a bare repository: cvtrack needs a working tree")
        }
        self.repository = repo
        self.root = workdir.hasSuffix("/") && workdir.count > 1 ? String(workdir.dropLast()) : workdir
    }

    /// `.cvtrack.yml`, read on first use (commands that do not need it never parse it); a missing file is
    /// the default configuration, a broken one an error naming its line.
    public func config() throws -> CVTrackConfig {
        if let loadedConfig { return loadedConfig }
        var config = CVTrackConfig()
        if let bytes = FileSystem.read(root + "/" + CVTrackConfig.fileName) {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw WorkspaceError("\(CVTrackConfig.fileName): not valid UTF-8 text")
            }
            do {
                config = try CVTrackConfig.parse(text)
            } catch let error as CVParseError {
                throw WorkspaceError("\(CVTrackConfig.fileName): \(error)")
            }
        }
        loadedConfig = config
        return config
    }

    /// The CVs tracked: those listed in `.cvtrack.yml`, or, when it lists none, the files whose names
    /// look like a CV (`cv.md`, `resume.json` …) in the working tree, two folders deep.
    public func trackedCVs() throws -> [String] {
        let config = try config()
        if !config.cvs.isEmpty { return config.cvs }
        return detectCVs()
    }

    /// Files of the working tree (two levels deep, hidden folders skipped) whose names look like a CV.
    public func detectCVs() -> [String] {
        var found: [String] = []
        for entry in FileSystem.list(root, depth: 2) where CVFileNames.looksLikeCV(entry) {
            found.append(entry)
        }
        return found.sorted()
    }

    /// A path as given on the command line (relative to the current folder) made relative to the top
    /// of the working tree. Refuses paths outside the working tree.
    public func repositoryPath(_ given: String) throws -> String {
        let absolute = FileSystem.absolute(given)
        let top = FileSystem.absolute(root)
        if absolute == top { return "" }
        guard absolute.hasPrefix(top + "/") else {
            throw WorkspaceError("\(given): outside the repository at \(root)")
        }
        return String(absolute.dropFirst(top.count + 1))
    }

    /// The bytes of a CV from a file, a revision or the index.
    public func read(_ source: CVSource) throws -> [UInt8] {
        switch source {
        case .file(let path):
            return try FileSystem.readCV(path)
        case .revision(let rev, let path):
            let rev = rev.isEmpty ? "HEAD" : rev
            return try repository.blob(at: rev, path: path)
        case .index(let path):
            guard let bytes = try repository.stagedContents(path: path) else {
                throw WorkspaceError("\(path): not in the index (not staged)")
            }
            return bytes
        }
    }
}

extension Workspace {
    /// Writes the `cvs:` list of `.cvtrack.yml`, keeping the rest of the file as written (atomically).
    public func saveCVList(_ paths: [String]) throws {
        let path = root + "/" + CVTrackConfig.fileName
        let current = FileSystem.read(path).map { String(decoding: $0, as: UTF8.self) }
        let text = current.map { CVTrackConfig.settingCVs(paths, in: $0) } ?? CVTrackConfig.initialText(cvs: paths)
        try FileSystem.writeAtomically(path, text)
    }
}

/// git's environment variables, as git itself honours them.
enum Environment {
    static var hasGitVariables: Bool {
        ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"].contains { ProcessInfo.processInfo.environment[$0] != nil }
    }
}
