import CVCore
import CVGit

/// Bytes to a model, with errors that name where the bytes came from (`cv.md: line 3:5: …`).
public enum CVLoader {
    public static func parse(
        _ bytes: [UInt8], name: String, path: String, format: CVFormat? = nil, memo: MarkdownParseMemo = .shared,
        files: LaTeXFiles? = nil
    ) throws -> CVDocument {
        try named(name) { try CVReader.parse(bytes, path: path, format: format, memo: memo, files: files) }
    }

    /// `parse` for one of a run of versions: decoded against the version before (`CVReader.decode(_:memo:after:)`).
    public static func parse(
        _ bytes: [UInt8], name: @autoclosure () -> String, path: String, format: CVFormat? = nil, memo: MarkdownParseMemo,
        files: LaTeXFiles?, after previous: inout CVReader.DecodedText?
    ) throws -> CVDocument {
        try named(name()) { try CVReader.parse(bytes, path: path, format: format, memo: memo, files: files, after: &previous) }
    }

    /// A parse error of `body` as a workspace error naming where the bytes came from.
    static func named(_ name: @autoclosure () -> String, _ body: () throws -> CVDocument) throws -> CVDocument {
        do {
            return try body()
        } catch let error as CVParseError {
            throw WorkspaceError("\(name()): \(error)")
        }
    }
}

extension Workspace {
    /// Reads and parses a CV from a file, a revision or the index; a LaTeX CV reads the files it includes from the
    /// same place.
    public func document(_ source: CVSource, format: CVFormat? = nil) throws -> CVDocument {
        try CVLoader.parse(try read(source), name: source.description, path: source.path, format: format, files: latexFiles(for: source))
    }

    /// Where a LaTeX CV read from `source` finds the files it includes: next to it on disk, or in the same revision
    /// (or the index), relative to its folder there.
    public func latexFiles(for source: CVSource) -> LaTeXFiles {
        switch source {
        case .file(let path):
            return .fileSystem(mainFile: path)
        case .revision(let rev, let path):
            let box = RepositoryBox(repository)
            let folder = Self.folder(of: path)
            let rev = rev.isEmpty ? "HEAD" : rev
            return LaTeXFiles { relative in
                // A link stored in git is its target's name: not followed (it could lead anywhere).
                if box.repository.isSymbolicLink(at: rev, path: folder + relative) { return .refused(LaTeXFiles.symbolicLink) }
                guard let bytes = try? box.repository.blob(at: rev, path: folder + relative) else { return .missing }
                return LaTeXFiles.text(of: bytes)
            }
        case .index(let path):
            let box = RepositoryBox(repository)
            let folder = Self.folder(of: path)
            return LaTeXFiles { relative in
                if box.repository.isStagedSymbolicLink(path: folder + relative) { return .refused(LaTeXFiles.symbolicLink) }
                guard let bytes = try? box.repository.stagedContents(path: folder + relative) else { return .missing }
                return LaTeXFiles.text(of: bytes)
            }
        }
    }

    /// `resume/cv.tex` → `resume/`; `cv.tex` → ``.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}

/// The repository, read on the thread that parses (a LaTeX CV's includes are read while it is read).
final class RepositoryBox: @unchecked Sendable {
    let repository: Repository
    init(_ repository: Repository) { self.repository = repository }
}

extension Workspace {

    /// The one tracked CV, or a clear error when there are none or several (naming them).
    public func singleTrackedCV(hint: String) throws -> String {
        let tracked = try trackedCVs()
        switch tracked.count {
        case 1: return tracked[0]
        case 0: throw WorkspaceError("no tracked CV: track one with `cvtrack track FILE`, or \(hint)")
        default: throw WorkspaceError("several CVs are tracked (\(tracked.joined(separator: ", "))): \(hint)")
        }
    }
}
