import CVCore

/// Bytes to a model, with errors that name where the bytes came from (`cv.md: line 3:5: …`).
public enum CVLoader {
    public static func parse(
        _ bytes: [UInt8], name: String, path: String, format: CVFormat? = nil, memo: MarkdownParseMemo = .shared,
        files: LaTeXFiles? = nil
    ) throws -> CVDocument {
        do {
            return try CVReader.parse(bytes, path: path, format: format, memo: memo, files: files)
        } catch let error as CVParseError {
            throw WorkspaceError("\(name): \(error)")
        }
    }
}

extension Workspace {
    /// Reads and parses a CV from a file, a revision or the index.
    public func document(_ source: CVSource, format: CVFormat? = nil) throws -> CVDocument {
        try CVLoader.parse(try read(source), name: source.description, path: source.path, format: format)
    }

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
