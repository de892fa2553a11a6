import CVCore
import CVGit

/// The files a LaTeX CV reads beside itself (`\input`, `\include`, `\subfile`), so that `status`, `diff` and `log`
/// see a change to an included file as a change of the CV. What a version includes is what its reading asked for
/// (found or not: a missing file that appears changes the CV too), so it is exactly what the reader follows.
public enum LaTeXCompanions {
    /// Whether `path` may hold a LaTeX CV: a `.tex`, `.ltx` or `.latex` file, or a name with no extension the
    /// other formats claim (its text decides). Other files have no companions and are not read for them.
    static func mayBeLaTeX(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return true }
        switch name[name.index(after: dot)...].lowercased() {
        case "tex", "ltx", "latex": return true
        case "md", "markdown", "mdown", "txt", "text", "json", "yaml", "yml", "pdf": return false
        default: return true
        }
    }

    /// The repository paths a LaTeX CV's reading asks for, given its bytes and a reader of its files; empty for a
    /// CV in another format.
    public static func paths(of bytes: [UInt8], path: String, files: LaTeXFiles) -> [String] {
        guard mayBeLaTeX(path), let text = try? CVReader.decode(bytes),
            CVReader.detectFormat(text: text, path: path) == .latex
        else { return [] }
        let asked = LaTeXFilesAsked()
        _ = try? LaTeXCVParser(files: files.recording(into: asked), mainFile: path).parse(text)
        let folder = Workspace.folder(of: path)
        return asked.names.map { folder + $0 }
    }

    /// For `Repository.history`: the files each version reads. A version's list is kept by its blob with the blobs
    /// of the files it read, so a commit that changes none of them is answered without reading anything.
    public static func walker() -> CompanionFiles {
        var known: [ObjectID: [[PathVersion.Companion]]] = [:]
        return { path, blob, files in
            guard mayBeLaTeX(path) else { return [] }
            if let lists = known[blob], let same = lists.first(where: { $0.allSatisfy { files.blobID($0.path) == $0.blobID } }) {
                return same.map(\.path)
            }
            let folder = Workspace.folder(of: path)
            let box = UncheckedBox(files)
            let reader = LaTeXFiles { relative in
                if box.value.isSymbolicLink(folder + relative) { return .refused(LaTeXFiles.symbolicLink) }
                return box.value.contents(folder + relative).map(LaTeXFiles.text(of:)) ?? .missing
            }
            let paths = files.contents(path).map { Self.paths(of: $0, path: path, files: reader) } ?? []
            known[blob, default: []].append(paths.map { PathVersion.Companion(path: $0, blobID: files.blobID($0)) })
            return paths
        }
    }

    /// The files of one version as its walk found them (each name it read, with its blob); nil for other files.
    static func files(of version: PathVersion, readers: RepositoryPool) -> LaTeXFiles? {
        guard mayBeLaTeX(version.path) else { return nil }
        let folder = Workspace.folder(of: version.path)
        var blobs: [String: ObjectID?] = [:]
        for companion in version.companions { blobs[companion.path] = companion.blobID }
        let known = blobs
        let commit = version.commit.id.hex
        return LaTeXFiles { relative in
            if (try? readers.withRepository({ $0.isSymbolicLink(at: commit, path: folder + relative) })) == true {
                return .refused(LaTeXFiles.symbolicLink)
            }
            guard let found = known[folder + relative], let blob = found,
                let bytes = try? readers.withRepository({ try $0.blobContents(blob) })
            else { return .missing }
            return LaTeXFiles.text(of: bytes)
        }
    }
}

extension Workspace {
    /// The files of the repository a LaTeX CV in the working tree reads (repository paths, those that exist), for
    /// `status`; empty for other CVs.
    public func includedFiles(of path: String) -> [String] {
        guard LaTeXCompanions.mayBeLaTeX(path), let bytes = try? repository.workingTreeContents(path: path) else { return [] }
        let paths = LaTeXCompanions.paths(of: bytes, path: path, files: .fileSystem(mainFile: root + "/" + path))
        return paths.filter { FileSystem.isRegularFile(root + "/" + $0) }
    }

    /// Where a LaTeX CV read on one side of a diff finds the files it includes (nil for no side).
    public func latexFiles(at side: DiffSides.Side, path: String) -> LaTeXFiles? {
        switch side {
        case .empty: return nil
        case .workingTree: return latexFiles(for: .file(root + "/" + path))
        case .index: return latexFiles(for: .index(path: path))
        case .revision(let rev): return latexFiles(for: .revision(rev, path: path))
        }
    }
}
