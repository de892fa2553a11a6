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
        // Versions are handled in batches: the missing diffs of a batch are computed on every core, each core
        // taking a run of consecutive versions (so each version is read and parsed once in its run, and the
        // parse memo sees one small change at a time), then the batch's entries go to `body` in order. Batches
        // start at one version and grow, so `log -n 1` parses two versions, not a whole batch.
        let readers = RepositoryPool(workspace.repository)
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // One parse memo per run of versions (a run reads consecutive versions; no lock is ever contended).
        var memos = (0..<cores).map { _ in MarkdownParseMemo() }
        var start = 0
        var batch = 1
        while start < versions.count {
            let end = min(start + batch, versions.count)
            batch = min(batch * 2, 256)
            var entries: [HistoryEntry] = []
            var pending: [Pending] = []
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
                        pending.append(Pending(entry: entries.count, cacheKey: cacheKey, new: v, old: older))
                    }
                } else {
                    entry.isDeletion = true
                }
                entries.append(entry)
            }
            if !pending.isEmpty {
                let runs = min(cores, pending.count)
                let size = (pending.count + runs - 1) / runs
                let strips = stride(from: 0, to: pending.count, by: size).map { Array(pending[$0..<min($0 + size, pending.count)]) }
                let caching = cache != nil
                let outcomes = Parallel.map(Array(zip(strips, memos))) { strip, memo in
                    // Cache lines are encoded here too, on every core.
                    HistoryBuilder.diffs(strip, readers: readers, memo: memo).map { diff, unreadable in
                        (diff, unreadable, caching ? LogCache.encode(LogCache.Entry(changes: diff.changes, unreadable: unreadable)) : "")
                    }
                }.flatMap { $0 }
                // The last run ended where the next batch's first run starts: its memo goes first next time.
                memos = [memos[strips.count - 1]] + memos.enumerated().filter { $0.offset != strips.count - 1 }.map(\.element)
                for (p, outcome) in zip(pending, outcomes) {
                    entries[p.entry].diff = outcome.0
                    entries[p.entry].unreadable = outcome.1
                    cache?.store(p.cacheKey, encoded: outcome.2)
                }
            }
            for entry in entries {
                if try !body(entry) { return }
            }
            start = end
        }
    }

    /// A version whose diff with the version before is not cached.
    struct Pending: Sendable {
        var entry: Int
        var cacheKey: String
        var new: PathVersion
        var old: PathVersion?
    }

    /// The diffs of consecutive versions (newest first), each version read and parsed once: the older version
    /// of one diff is the newer of the next.
    static func diffs(_ strip: [Pending], readers: RepositoryPool, memo: MarkdownParseMemo) -> [(CVDiff, String?)] {
        var last: (blob: ObjectID, path: String, document: Result<CVDocument, WorkspaceError>)?
        func document(_ v: PathVersion) -> Result<CVDocument, WorkspaceError>? {
            guard let blob = v.blobID else { return nil }
            if let last, last.blob == blob, last.path == v.path { return last.document }
            let name = "\(v.commit.id.short):\(v.path)"
            let result: Result<CVDocument, WorkspaceError>
            do {
                let bytes: [UInt8]
                do {
                    bytes = try readers.withRepository { try $0.blobContents(blob) }
                } catch {
                    throw WorkspaceError("\(name): \(error)")
                }
                result = .success(try CVLoader.parse(bytes, name: name, path: v.path, memo: memo))
            } catch let e as WorkspaceError {
                result = .failure(e)
            } catch {
                result = .failure(WorkspaceError("\(name): \(error)"))
            }
            last = (blob, v.path, result)
            return result
        }
        return strip.map { p in
            let current = document(p.new)
            let previous = p.old.flatMap(document)
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
