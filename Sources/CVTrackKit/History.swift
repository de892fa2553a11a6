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
    /// Diffs come from `cache` when it has them; otherwise each version is parsed once (a parsed version is
    /// kept only until the next older one is diffed) and the diff is added to the cache.
    public func walk(path: String, from revision: String, cache: LogCache? = nil, _ body: (HistoryEntry) throws -> Bool) throws {
        let versions: [PathVersion]
        if let cache {
            // The walk itself is cached too, by start commit: a second run reads no commit or tree.
            let start = try workspace.repository.resolveCommit(revision)
            let stored = cache.walk(start: start, path: path)
            if let known = stored.load() {
                versions = known
            } else {
                versions = try workspace.repository.history(path: path, from: start.hex, followRenames: true)
                stored.save(versions)
            }
        } else {
            versions = try workspace.repository.history(path: path, from: revision, followRenames: true)
        }
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
            memo = (blob, result)
            return result
        }
        func key(_ v: PathVersion?) -> String? {
            v.flatMap { v in v.blobID.map { "\($0.hex)\(Self.extensionOf(v.path))" } }
        }
        for (i, v) in versions.enumerated() {
            var entry = HistoryEntry(commit: v.commit, path: v.path, renamedFrom: v.renamedFrom, diff: CVDiff(changes: []))
            let older = i + 1 < versions.count ? versions[i + 1] : nil
            let olderKey = key(older)
            entry.isFirst = olderKey == nil
            guard let newKey = key(v) else {
                entry.isDeletion = true
                if try !body(entry) { return }
                continue
            }
            let cacheKey = LogCache.key(old: olderKey, new: newKey)
            if let cached = cache?.entry(cacheKey) {
                entry.diff = CVDiff(changes: cached.changes)
                entry.unreadable = cached.unreadable
            } else {
                let current = document(v)
                let previous = older.flatMap(document)
                switch current {
                case .failure(let e)?:
                    entry.unreadable = e.message
                case .success(let doc)?:
                    if case .success(let before)? = previous {
                        entry.diff = CVDiffer.diff(before, doc)
                    } else {
                        entry.diff = CVDiffer.diff(CVDocument(format: doc.format), doc)
                    }
                case nil:
                    break
                }
                cache?.store(cacheKey, LogCache.Entry(changes: entry.diff.changes, unreadable: entry.unreadable))
            }
            if try !body(entry) { return }
        }
    }

    static func extensionOf(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return String(path[dot...])
    }
}
