import CVCore
import CVGit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The semantic diffs `cvtrack log` computed, keyed by the blob ids (and file extensions) of the two versions,
/// in `.git/cvtrack/log-cache`. Content-addressed, so a rewritten history can never make it wrong; tied to
/// the cvtrack build that wrote it (another build, with another parser, starts afresh). Safe to delete.
public final class LogCache {
    public struct Entry: Sendable {
        public var changes: [Change]
        public var unreadable: String?
    }

    let path: String
    let stamp: String
    let gitDir: String
    let buildStamp: String
    var lines: [Substring: Substring] = [:]
    var added: [(String, Entry)] = []
    var text = ""

    /// Loads the cache of a repository's git folder (missing or foreign caches are empty).
    public init(gitDir: String, stamp: String) {
        self.path = gitDir + "/cvtrack/log-cache"
        self.stamp = "cvtrack-log-cache 1 " + stamp
        self.gitDir = gitDir
        self.buildStamp = stamp
        guard let bytes = FileSystem.read(path) else { return }
        text = String(decoding: bytes, as: UTF8.self)
        var rest = text[...]
        guard let firstNewline = rest.firstIndex(of: "\n"), rest[..<firstNewline] == self.stamp else { return }
        rest = rest[rest.index(after: firstNewline)...]
        for line in rest.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            lines[line[..<tab]] = line[line.index(after: tab)...]
        }
    }

    /// A stamp for the running build: the executable's size and modification time.
    public static func buildStamp() -> String {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return CVCoreInfo.version }
        return "\(CVCoreInfo.version)-\(st.st_size)-\(st.st_mtim.tv_sec)"
    }

    /// The stored list of versions walked from `start` for `path`, beside this cache.
    public func walk(start: ObjectID, path: String) -> LogWalkCache {
        LogWalkCache(gitDir: gitDir, stamp: buildStamp, start: start, path: path)
    }

    public static func key(old: String?, new: String) -> String { "\(old ?? "-") \(new)" }

    public func entry(_ key: String) -> Entry? {
        guard let body = lines[key[...]] else { return nil }
        return Self.decode(body)
    }

    public func store(_ key: String, _ entry: Entry) {
        added.append((key, entry))
    }

    /// Writes the cache with what was added (atomically; a failure to write is ignored: it is only a cache).
    public func save() {
        guard !added.isEmpty else { return }
        var out = stamp + "\n"
        if text.hasPrefix(stamp + "\n") { out = text.hasSuffix("\n") ? text : text + "\n" }
        for (key, entry) in added { out += key + "\t" + Self.encode(entry) + "\n" }
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? FileSystem.writeAtomically(path, out)
        added.removeAll()
    }

    // MARK: - Encoding: one line per entry; control characters separate fields (they never occur in CV text
    // after parsing, and are replaced by spaces if they do).

    static let field: Character = "\u{1F}"
    static let record: Character = "\u{1E}"
    static let segment: Character = "\u{1D}"

    static func clean(_ s: String) -> String {
        guard s.contains(where: { $0.isNewline || $0 == "\t" || $0 == field || $0 == record || $0 == segment }) else { return s }
        return String(s.map { $0.isNewline || $0 == "\t" || $0 == field || $0 == record || $0 == segment ? " " : $0 })
    }

    static func range(_ r: SourceRange?) -> String {
        guard let r else { return "" }
        return "\(r.start.line):\(r.start.column):\(r.end.line):\(r.end.column)"
    }

    static func range(_ s: Substring) -> SourceRange? {
        let n = s.split(separator: ":").compactMap { Int($0) }
        guard n.count == 4 else { return nil }
        return SourceRange(line: n[0], column: n[1], endLine: n[2], endColumn: n[3])
    }

    static func encode(_ entry: Entry) -> String {
        if let u = entry.unreadable { return "!" + clean(u) }
        return entry.changes.map { c in
            [
                c.kind.rawValue, clean(c.subject), c.old.map { "=" + clean($0) } ?? "", c.new.map { "=" + clean($0) } ?? "",
                range(c.oldSource), range(c.newSource), c.similarity.map { "\($0)" } ?? "",
                c.words.map { $0.map { ($0.op == .same ? "s" : $0.op == .added ? "a" : "r") + clean($0.text) }.joined(separator: String(segment)) } ?? "",
            ].joined(separator: String(field))
        }.joined(separator: String(record))
    }

    static func decode(_ body: Substring) -> Entry? {
        if body.first == "!" { return Entry(changes: [], unreadable: String(body.dropFirst())) }
        var changes: [Change] = []
        for rec in body.split(separator: record) {
            let f = rec.split(separator: field, omittingEmptySubsequences: false)
            guard f.count == 8, let kind = Change.Kind(rawValue: String(f[0])) else { return nil }
            func opt(_ s: Substring) -> String? { s.first == "=" ? String(s.dropFirst()) : nil }
            var c = Change(kind, subject: String(f[1]), old: opt(f[2]), new: opt(f[3]), oldSource: range(f[4]), newSource: range(f[5]))
            c.similarity = Double(f[6])
            if !f[7].isEmpty {
                c.words = f[7].split(separator: segment).map { s in
                    WordDiff.Segment(s.first == "s" ? .same : s.first == "a" ? .added : .removed, String(s.dropFirst()))
                }
            }
            changes.append(c)
        }
        return Entry(changes: changes, unreadable: nil)
    }
}
