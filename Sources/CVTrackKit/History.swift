import CVCore
import CVGit
import Foundation

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
    /// Diffs come from `cache` when it has them; otherwise each version is parsed once (on every core, a batch of
    /// versions at a time) and the diff is added to the cache.
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
        func key(_ v: PathVersion?) -> String? {
            v.flatMap { v in v.blobID.map { "\($0.hex)\(Self.extensionOf(v.path))" } }
        }
        // Versions are handled in batches: the missing parses of a batch run in parallel, then its missing diffs,
        // then its entries go to `body` in order. Batches start at one version and double, so `log -n 1` parses
        // two versions, not a whole batch. Parsed versions are kept only for the batch (and the boundary version).
        let readers = RepositoryPool(workspace.repository)
        var parsed: [ObjectID: Result<CVDocument, WorkspaceError>] = [:]
        var start = 0
        var batch = 1
        while start < versions.count {
            let end = min(start + batch, versions.count)
            batch = min(batch * 2, 64)
            var entries: [HistoryEntry] = []
            var pending: [(entry: Int, cacheKey: String, new: PathVersion, old: PathVersion?)] = []
            for i in start..<end {
                let v = versions[i]
                var entry = HistoryEntry(commit: v.commit, path: v.path, renamedFrom: v.renamedFrom, diff: CVDiff(changes: []))
                let older = i + 1 < versions.count ? versions[i + 1] : nil
                let olderKey = key(older)
                entry.isFirst = olderKey == nil
                if let newKey = key(v) {
                    let cacheKey = LogCache.key(old: olderKey, new: newKey)
                    if let cached = cache?.entry(cacheKey) {
                        entry.diff = CVDiff(changes: cached.changes)
                        entry.unreadable = cached.unreadable
                    } else {
                        pending.append((entries.count, cacheKey, v, older))
                    }
                } else {
                    entry.isDeletion = true
                }
                entries.append(entry)
            }
            if !pending.isEmpty {
                // Read the blobs not parsed yet and parse them, in parallel (each thread reads through a
                // repository handle of its own: libgit2 handles are not shared between threads).
                var jobs: [(blob: ObjectID, name: String, path: String)] = []
                var queued = Set(parsed.keys)
                for p in pending {
                    for v in [p.new, p.old].compactMap({ $0 }) {
                        guard let blob = v.blobID, queued.insert(blob).inserted else { continue }
                        jobs.append((blob, "\(v.commit.id.short):\(v.path)", v.path))
                    }
                }
                let documents = Parallel.map(jobs) { job -> Result<CVDocument, WorkspaceError> in
                    do {
                        let bytes: [UInt8]
                        do {
                            bytes = try readers.withRepository { try $0.blobContents(job.blob) }
                        } catch {
                            throw WorkspaceError("\(job.name): \(error)")
                        }
                        return .success(try CVLoader.parse(bytes, name: job.name, path: job.path))
                    } catch let e as WorkspaceError {
                        return .failure(e)
                    } catch {
                        return .failure(WorkspaceError("\(job.name): \(error)"))
                    }
                }
                for (job, document) in zip(jobs, documents) { parsed[job.blob] = document }
                let pairs = pending.map { p in (p.new.blobID.flatMap { parsed[$0] }, p.old?.blobID.flatMap { parsed[$0] }) }
                let outcomes = Parallel.map(pairs) { current, previous -> (CVDiff, String?) in
                    switch current {
                    case .failure(let e)?:
                        return (CVDiff(changes: []), e.message)
                    case .success(let doc)?:
                        if case .success(let before)? = previous { return (CVDiffer.diff(before, doc), nil) }
                        return (CVDiffer.diff(CVDocument(format: doc.format), doc), nil)
                    case nil:
                        return (CVDiff(changes: []), nil)
                    }
                }
                for (p, outcome) in zip(pending, outcomes) {
                    entries[p.entry].diff = outcome.0
                    entries[p.entry].unreadable = outcome.1
                    cache?.store(p.cacheKey, LogCache.Entry(changes: outcome.0.changes, unreadable: outcome.1))
                }
                // Keep only the version the next batch starts from.
                let boundary = end < versions.count ? versions[end].blobID : nil
                parsed = parsed.filter { $0.key == boundary }
            }
            for entry in entries {
                if try !body(entry) { return }
            }
            start = end
        }
    }

    static func extensionOf(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return String(path[dot...])
    }
}

/// Repository handles for reading objects on several threads: one handle per thread at a time. The first is
/// the workspace's own; more are opened on the same git directory when all are busy.
final class RepositoryPool: @unchecked Sendable {
    private let gitDir: String
    private var free: [Repository]
    private let lock = NSLock()

    init(_ repository: Repository) {
        gitDir = repository.gitDir
        free = [repository]
    }

    func withRepository<T>(_ body: (Repository) throws -> T) throws -> T {
        lock.lock()
        let taken = free.popLast()
        lock.unlock()
        let repository = try taken ?? Repository.open(at: gitDir)
        defer {
            lock.lock()
            free.append(repository)
            lock.unlock()
        }
        return try body(repository)
    }
}
