import CVCore
import CVGit

/// One commit of a CV's semantic history: what changed in it, in CV words.
public struct HistoryEntry: Sendable {
    public var commit: CommitInfo
    public var path: String
    /// The path before, when this commit renamed the file.
    public var renamedFrom: String?
    public var diff: CVDiff
    /// The first version of the file (everything in it is new), a deletion, or a version that could not be read.
    public var isFirst = false
    public var isDeletion = false
    public var unreadable: String?
}

/// Builds the semantic history of a CV: each version parsed once (by blob id), each diffed with the one before.
public struct HistoryBuilder {
    public let workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    /// Newest first, following renames (and format changes: each version is parsed in its own format).
    /// Calls `body` with each entry as soon as it is known; `body` returns false to stop (for `-n`).
    /// Each version is parsed once: a version's document is kept only until the next older one is diffed.
    public func walk(path: String, from revision: String, _ body: (HistoryEntry) throws -> Bool) throws {
        let versions = try workspace.repository.history(path: path, from: revision, followRenames: true)
        var memo: (blob: ObjectID, result: Result<CVDocument, WorkspaceError>)?
        func document(_ v: PathVersion) -> Result<CVDocument, WorkspaceError>? {
            guard let blob = v.blobID else { return nil }
            if let memo, memo.blob == blob { return memo.result }
            let result: Result<CVDocument, WorkspaceError>
            do {
                let bytes = try workspace.repository.blobContents(blob)
                result = .success(try CVLoader.parse(bytes, name: "\(v.commit.id.short):\(v.path)", path: v.path))
            } catch let e as WorkspaceError {
                result = .failure(e)
            } catch {
                result = .failure(WorkspaceError("\(v.commit.id.short):\(v.path): \(error)"))
            }
            return result
        }
        var current = versions.first.flatMap(document)
        for (i, v) in versions.enumerated() {
            var entry = HistoryEntry(commit: v.commit, path: v.path, renamedFrom: v.renamedFrom, diff: CVDiff(changes: []))
            let older = i + 1 < versions.count ? versions[i + 1] : nil
            let previous = older.flatMap(document)
            if let b = older?.blobID, let previous { memo = (b, previous) }
            switch current {
            case nil:
                entry.isDeletion = true
            case .failure(let e)?:
                entry.unreadable = e.message
            case .success(let doc)?:
                if case .success(let before)? = previous {
                    entry.diff = CVDiffer.diff(before, doc)
                } else {
                    entry.isFirst = previous == nil
                    entry.diff = CVDiffer.diff(CVDocument(format: doc.format), doc)
                }
            }
            if try !body(entry) { return }
            current = previous
        }
    }

    /// Every entry, newest first.
    public func entries(path: String, from revision: String) throws -> [HistoryEntry] {
        var out: [HistoryEntry] = []
        try walk(path: path, from: revision) { out.append($0); return true }
        return out
    }
}
