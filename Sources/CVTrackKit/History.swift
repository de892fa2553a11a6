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
    /// What `walk`'s `prepare` made of this entry on the thread that diffed it (nil when it came from the cache, or
    /// there is no `prepare`).
    public var prepared: String?
}

/// Builds the semantic history of a CV: each version parsed once (by blob id), each diffed with the one before.
public struct HistoryBuilder {
    public let workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    /// Newest first, following renames (and format changes: each version is parsed in its own format).
    /// Calls `body` with each entry as soon as it is known; `body` returns false to stop (for `-n`).
    /// Diffs come from `cache` when it has them; otherwise each version is parsed once and the diff is added to
    /// the cache.
    ///
    /// How the work is shared: the history is walked on a thread of its own, and versions are diffed while it
    /// goes. One run of versions starts at the newest and goes on in order, with one parse memo (so the memo
    /// sees one small change at a time). When the walk ends, what the first run has not reached is cut into
    /// one run per core, each with its own memo; `body` gets the entries in order all along. `log -n 1` waits
    /// for one diff, not for the whole walk.
    ///
    /// `prepare`, when given, is run on the thread that diffed an entry, right after the diff (a command's rendering of
    /// it, so that the rendering is shared out too): `body` finds the result in `prepared`.
    public func walk(
        path: String, from revision: String, cache: LogCache? = nil, prepare: (@Sendable (HistoryEntry) -> String)? = nil,
        _ body: (HistoryEntry) throws -> Bool
    ) throws {
        let repository = workspace.repository
        let start = try repository.resolveCommit(revision)
        let storedWalk = cache?.walk(start: start, path: path)
        let known = storedWalk?.load()
        // The walk itself is cached too, by start commit: a second run reads no commit or tree.
        let feed = known.map { VersionFeed(known: $0) } ?? VersionFeed()
        // CVTRACK_LOG_RUNS sets how many runs share the work (the tests compare one run with several).
        let cores = max(1, ProcessInfo.processInfo.environment["CVTRACK_LOG_RUNS"].flatMap { Int($0) } ?? ProcessInfo.processInfo.activeProcessorCount)
        let work = HistoryWork(feed: feed, readers: RepositoryPool(gitDir: repository.gitDir), cache: cache, cores: cores, prepare: prepare)
        let threads = DispatchGroup()
        work.start(in: threads)
        defer {
            work.cancel()
            feed.stop()
            threads.wait()
        }
        if let known {
            work.split(total: known.count)
        } else {
            // The workspace's repository handle is the walk's alone until the walk's thread ends.
            let walker = UncheckedBox(repository)
            let companions = UncheckedBox(LaTeXCompanions.walker())
            threads.enter()
            Thread.detachNewThread {
                defer { threads.leave() }
                do {
                    try walker.value.history(path: path, from: start.hex, followRenames: true, companions: companions.value) { feed.add($0) }
                    if let total = feed.finish(nil) {
                        work.split(total: total)
                        // Stored here, while the diffs are computed, not after them.
                        storedWalk?.save(feed.all())
                    }
                } catch {
                    _ = feed.finish(error)
                }
            }
        }

        var i = 0
        var repair: DiffRun?
        while let v = feed.version(i) {
            let older = feed.version(i + 1)
            var entry = HistoryEntry(commit: v.commit, path: v.path, renamedFrom: v.renamedFrom, diff: CVDiff(changes: []))
            // (`key(older) == nil`, `key(v) != nil`: the keys themselves only for a cache.)
            entry.isFirst = older?.blobID == nil
            if v.blobID != nil {
                let cacheKey = cache == nil ? "" : LogCache.key(old: Self.key(older), new: Self.key(v)!)
                if let cache, cache.contains(cacheKey) {
                    // The runs skip what the cache holds. An entry that does not decode (a damaged cache) is
                    // computed here, and stored again.
                    if let cached = cache.entry(cacheKey) {
                        entry.diff = CVDiff(changes: cached.changes)
                        entry.unreadable = cached.unreadable
                    } else {
                        repair = repair ?? DiffRun(readers: work.readers)
                        (entry.diff, entry.unreadable) = repair!.diff(v, older, beyond: { feed.version(i + 1 + $0) })
                        cache.store(cacheKey, LogCache.Entry(changes: entry.diff.changes, unreadable: entry.unreadable))
                    }
                } else {
                    let outcome = work.take(i)
                    entry.diff = outcome.diff
                    entry.unreadable = outcome.unreadable
                    entry.prepared = outcome.prepared
                    cache?.store(cacheKey, encoded: outcome.encoded)
                }
            } else {
                entry.isDeletion = true
            }
            if try !body(entry) { return }
            i += 1
        }
        if let failure = feed.failure { throw failure }
    }

    /// A version's cache key part: its blob id and file extension, and the blobs of the files it includes (`+` each,
    /// `+-` for a name not found); nil for a deletion or no version.
    static func key(_ v: PathVersion?) -> String? {
        v.flatMap { v in
            v.blobID.map { blob in
                var key = "\(blob.hex)\(extensionOf(v.path))"
                for companion in v.companions { key += "+" + (companion.blobID?.hex ?? "-") }
                return key
            }
        }
    }

    /// Diffs consecutive versions (newest first) in order, each version read and parsed once: the older version
    /// of one diff is the newer of the next.
    final class DiffRun {
        let readers: RepositoryPool
        let memo: MarkdownParseMemo
        /// The text of the last version read, which the next is decoded against (most of their lines are the same).
        var decoded: CVReader.DecodedText?
        var last: (blob: ObjectID, path: String, companions: [PathVersion.Companion], document: Result<CVDocument, WorkspaceError>)?

        /// `memo`: a run's own, or the memo of the run it takes versions from (it read versions close to these).
        init(readers: RepositoryPool, memo: MarkdownParseMemo = MarkdownParseMemo()) {
            self.readers = readers
            self.memo = memo
        }

        func document(_ v: PathVersion) -> Result<CVDocument, WorkspaceError>? {
            guard let blob = v.blobID else { return nil }
            if let last, last.blob == blob, last.path == v.path, last.companions == v.companions { return last.document }
            // Made only for an error message.
            func name() -> String { "\(v.commit.id.short):\(v.path)" }
            let result: Result<CVDocument, WorkspaceError>
            do {
                let bytes: [UInt8]
                do {
                    bytes = try readers.withRepository { try $0.blobContents(blob) }
                } catch {
                    throw WorkspaceError("\(name()): \(error)")
                }
                let files = LaTeXCompanions.files(of: v, readers: readers)
                result = .success(try CVLoader.parse(bytes, name: name(), path: v.path, memo: memo, files: files, after: &decoded))
            } catch let e as WorkspaceError {
                result = .failure(e)
            } catch {
                result = .failure(WorkspaceError("\(name()): \(error)"))
            }
            last = (blob, v.path, v.companions, result)
            return result
        }

        /// `beyond(k)`: the k-th version older than `old`. A version that could not be read (a file broken by one
        /// commit and mended by the next) is passed over: the newer is compared with the last one read before it,
        /// not with nothing (which would list the whole CV as added).
        func diff(_ new: PathVersion, _ old: PathVersion?, beyond: (Int) -> PathVersion? = { _ in nil }) -> (CVDiff, String?) {
            let current = document(new)
            var previous = old.flatMap(document)
            var k = 1
            while case .failure? = previous, k <= 8, let further = beyond(k) {
                previous = document(further)
                k += 1
            }
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
        // ASCII on its bytes (`.` and `/` are never part of a longer character there).
        var bytes = path
        if let ascii = bytes.withUTF8({ b -> String?? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            var i = b.count
            while i > 0 {
                i -= 1
                if b[i] == 0x2F { return .some(nil) }
                if b[i] == 0x2E { return String(decoding: UnsafeBufferPointer(rebasing: b[i...]), as: UTF8.self) }
            }
            return .some(nil)
        }) {
            return ascii ?? ""
        }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return String(path[dot...])
    }
}

/// Repository handles for reading objects on several threads: one handle per thread at a time, opened on the
/// git directory when all are busy.
final class RepositoryPool: @unchecked Sendable {
    private let gitDir: String
    private var free: [Repository]
    private let lock = NSLock()

    /// A pool that opens its own handles (the caller's stays its own).
    init(gitDir: String) {
        self.gitDir = gitDir
        free = []
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
