import CVCore
import CVGit
import Dispatch
import Foundation

/// The versions of a walk as they are found (the walk runs on a thread of its own), or all at once when the
/// walk was cached. Readers wait for a version until it is known or the walk has ended.
final class VersionFeed: @unchecked Sendable {
    private let condition = NSCondition()
    private var versions: [PathVersion] = []
    private var ended = false
    private var stopped = false
    private var waiters = 0
    private(set) var failure: Error?

    init() {}

    init(known: [PathVersion]) {
        versions = known
        ended = true
    }

    /// Adds a version the walk found; false once nobody wants more (the walk then stops).
    func add(_ version: PathVersion) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        versions.append(version)
        if waiters > 0 { condition.broadcast() }
        return !stopped
    }

    /// The walk has ended (with `error` if it failed). Returns how many versions it found, when it went to the
    /// end of the history.
    func finish(_ error: Error?) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        ended = true
        failure = error
        condition.broadcast()
        return error == nil && !stopped ? versions.count : nil
    }

    /// Version `i` (newest first), waiting for the walk to find it; nil past the end, or once stopped.
    func version(_ i: Int) -> PathVersion? {
        condition.lock()
        defer { condition.unlock() }
        while i >= versions.count && !ended && !stopped {
            waiters += 1
            condition.wait()
            waiters -= 1
        }
        return !stopped && i < versions.count ? versions[i] : nil
    }

    /// Wakes every reader with no version, and asks the walk to stop.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    func all() -> [PathVersion] {
        condition.lock()
        defer { condition.unlock() }
        return versions
    }
}

/// The diffs of a history, computed by runs of consecutive versions on threads of their own, handed to one
/// reader in order.
final class HistoryWork: @unchecked Sendable {
    struct Outcome: Sendable {
        var diff: CVDiff
        var unreadable: String?
        /// The cache line (`LogCache.encode`), when there is a cache.
        var encoded: String
        /// What the walk's `prepare` made of the entry.
        var prepared: String?
    }

    /// Versions `next..<end` (to the end of the history when `end` is nil), in order; changed under `lock`.
    final class Run: @unchecked Sendable {
        var next: Int
        var end: Int?
        /// The parse memo of the run's differ; a run split off another reads through the other's (its first
        /// version is then no cold parse: the two read versions a few commits apart, most of their text the same).
        var memo: MarkdownParseMemo?
        init(next: Int, end: Int?, memo: MarkdownParseMemo? = nil) {
            self.next = next
            self.end = end
            self.memo = memo
        }
    }

    /// Runs shorter than this are not worth a memo of their own (its first version is parsed whole).
    static let shortestRun = 64
    /// A run that ends takes half of what another run has left when that is at least twice this: it reads through
    /// the other's memo, so a few versions are worth it (the last versions are then not left to one core).
    static let shortestShare = 8

    let feed: VersionFeed
    let readers: RepositoryPool
    let cache: LogCache?
    let cores: Int
    let prepare: (@Sendable (HistoryEntry) -> String)?
    private let lock = NSLock()
    private var runs: [Run] = []
    private var cancelled = false
    private var group: DispatchGroup?
    // Finished diffs by version index, and the index the reader waits for.
    private let done = NSCondition()
    private var outcomes: [Int: Outcome] = [:]
    private var awaited: Int?

    init(feed: VersionFeed, readers: RepositoryPool, cache: LogCache?, cores: Int, prepare: (@Sendable (HistoryEntry) -> String)? = nil) {
        self.feed = feed
        self.readers = readers
        self.cache = cache
        self.cores = cores
        self.prepare = prepare
    }

    /// Starts the run from the newest version; its threads (and those of the runs to come) join `group`.
    /// Called before `split`.
    func start(in group: DispatchGroup) {
        lock.lock()
        self.group = group
        let first = Run(next: 0, end: nil)
        runs.append(first)
        lock.unlock()
        launch(first)
    }

    /// The history has `total` versions: what the first run has not reached is shared out, one run per core.
    func split(total: Int) {
        lock.lock()
        guard !cancelled, runs.count == 1, let first = runs.first else {
            lock.unlock()
            return
        }
        let from = first.next
        let count = min(cores, max(1, (total - from) / Self.shortestRun))
        var added: [Run] = []
        if count > 1 {
            let size = (total - from + count - 1) / count
            first.end = from + size
            for k in 1..<count where from + k * size < total {
                added.append(Run(next: from + k * size, end: min(total, from + (k + 1) * size)))
            }
            runs += added
        }
        lock.unlock()
        added.forEach(launch)
    }

    /// A run has ended: the run with the most versions left gives the second half of them to a new run (a
    /// run can fall behind, on a busy machine, and the runs end at different times), which shares its memo.
    private func rebalance() {
        lock.lock()
        var added: Run?
        if !cancelled,
            let slowest = runs.max(by: { ($0.end ?? $0.next) - $0.next < ($1.end ?? $1.next) - $1.next }),
            let end = slowest.end, end - slowest.next >= 2 * Self.shortestShare, let memo = slowest.memo
        {
            let middle = slowest.next + (end - slowest.next) / 2
            slowest.end = middle
            added = Run(next: middle, end: end, memo: memo)
            runs.append(added!)
        }
        lock.unlock()
        if let added { launch(added) }
    }

    /// Stops every run after the diff it is computing.
    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// The diff of version `i` with the one before, waiting for its run to compute it. Only for versions
    /// that have a blob and whose diff is not in the cache (the runs skip the others).
    func take(_ i: Int) -> Outcome {
        done.lock()
        defer { done.unlock() }
        while outcomes[i] == nil {
            awaited = i
            done.wait()
        }
        awaited = nil
        return outcomes.removeValue(forKey: i)!
    }

    /// Hands over finished diffs: a few at a time, so the reader is woken once for many.
    private func put(_ finished: [(Int, Outcome)]) {
        guard !finished.isEmpty else { return }
        done.lock()
        for (i, outcome) in finished { outcomes[i] = outcome }
        if let awaited, outcomes[awaited] != nil { done.signal() }
        done.unlock()
    }

    /// The next version index of `run`, or nil when it is over.
    private func claim(_ run: Run) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !cancelled, run.end.map({ run.next < $0 }) ?? true else { return nil }
        run.next += 1
        return run.next - 1
    }

    private func launch(_ run: Run) {
        guard let group else { return }
        group.enter()
        Thread.detachNewThread { [self] in
            defer { group.leave() }
            let differ = run.memo.map { HistoryBuilder.DiffRun(readers: readers, memo: $0) } ?? HistoryBuilder.DiffRun(readers: readers)
            lock.lock()
            run.memo = differ.memo
            lock.unlock()
            // Diffs are handed over in growing batches (1, 2, 4 … 32): the first comes at once (`log -n 1`).
            var finished: [(Int, Outcome)] = []
            var batch = 1
            defer {
                put(finished)
                if run.end != nil { rebalance() }
            }
            while let i = claim(run), let version = feed.version(i) {
                let older = feed.version(i + 1)
                // (`HistoryBuilder.key(version) != nil`; the key itself only for a cache.)
                guard version.blobID != nil else { continue }
                if let cache, cache.contains(LogCache.key(old: HistoryBuilder.key(older), new: HistoryBuilder.key(version)!)) { continue }
                let (diff, unreadable) = differ.diff(version, older, beyond: { feed.version(i + 1 + $0) })
                let encoded = cache == nil ? "" : LogCache.encode(LogCache.Entry(changes: diff.changes, unreadable: unreadable))
                // The entry as the reader makes it (`HistoryBuilder.walk`), for `prepare`.
                let prepared = prepare.map { prepare in
                    var entry = HistoryEntry(commit: version.commit, path: version.path, renamedFrom: version.renamedFrom, diff: diff)
                    entry.isFirst = older?.blobID == nil
                    entry.unreadable = unreadable
                    return prepare(entry)
                }
                finished.append((i, Outcome(diff: diff, unreadable: unreadable, encoded: encoded, prepared: prepared)))
                if finished.count >= batch {
                    put(finished)
                    finished.removeAll(keepingCapacity: true)
                    batch = min(batch * 2, 32)
                }
            }
        }
    }
}

/// A value handed to another thread that the code makes sure only that thread uses meanwhile.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
