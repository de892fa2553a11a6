import CVCore
import CVGit
import Dispatch

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
    /// The file's bytes, and where each entry's body lies in them, by key.
    var bytes: [UInt8] = []
    var lines: [String: Range<Int>] = [:]
    /// The lines added (`key`, tab, encoded entry, newline), joined as they come: `log` adds them while the diffs are
    /// computed, so that the save has only the file to write.
    var added = ""

    /// Loads the cache of a repository's git folder (missing or foreign caches are empty). Works on bytes: the
    /// separators are ASCII, and a 10,000-entry cache is read in milliseconds.
    public init(gitDir: String, stamp: String) {
        self.path = gitDir + "/cvtrack/log-cache"
        self.stamp = "cvtrack-log-cache 1 " + stamp
        self.gitDir = gitDir
        self.buildStamp = stamp
        guard let bytes = FileSystem.read(path) else { return }
        let header = Array((self.stamp + "\n").utf8)
        guard bytes.starts(with: header) else { return }
        self.bytes = bytes
        var start = header.count
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if let tab = bytes[start..<end].firstIndex(of: 0x09) {
                lines[String(decoding: bytes[start..<tab], as: UTF8.self)] = (tab + 1)..<end
            }
            start = end + 1
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

    /// Whether an entry is stored (safe on any thread: what was loaded is never changed).
    func contains(_ key: String) -> Bool { lines[key] != nil }

    public func entry(_ key: String) -> Entry? {
        guard let body = lines[key] else { return nil }
        return bytes.withUnsafeBufferPointer { Self.decode(UnsafeBufferPointer(rebasing: $0[body])) }
    }

    public func store(_ key: String, _ entry: Entry) {
        store(key, encoded: Self.encode(entry))
    }

    /// Stores an entry already encoded (`encode`, which can run on any thread).
    func store(_ key: String, encoded: String) {
        added += key
        added += "\t"
        added += encoded
        added += "\n"
    }

    /// Writes the cache with what was added (atomically; a failure to write is ignored: it is only a cache).
    public func save() {
        guard !added.isEmpty else { return }
        var out = stamp + "\n"
        if !bytes.isEmpty {
            out = String(decoding: bytes, as: UTF8.self)
            if !out.hasSuffix("\n") { out += "\n" }
        }
        out += added
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? FileSystem.writeAtomically(path, out)
        added = ""
    }

    /// `save()` on another thread while `work` runs on this one (printing what was found, say).
    public func save(alongside work: () throws -> Void) rethrows {
        let done = DispatchSemaphore(value: 0)
        let cache = UncheckedBox(self)
        DispatchQueue.global().async {
            cache.value.save()
            done.signal()
        }
        defer { done.wait() }
        try work()
    }

    // MARK: - Encoding: one line per entry; control characters separate fields (they never occur in CV text
    // after parsing, and are replaced by spaces if they do).

    static let field: Character = "\u{1F}"
    static let record: Character = "\u{1E}"
    static let segment: Character = "\u{1D}"

    static func clean(_ s: String) -> String {
        // Most texts have none of these: no byte of a control character here, nor a lead byte of U+0085,
        // U+2028 or U+2029 (the other newlines).
        var s = s
        let plain = s.withUTF8 { b in
            for (i, c) in b.enumerated() {
                if (c >= 0x09 && c <= 0x0D) || (c >= 0x1D && c <= 0x1F) { return false }
                if c == 0xC2, i + 1 < b.count, b[i + 1] == 0x85 { return false }
                if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return false }
            }
            return true
        }
        if plain { return s }
        guard s.contains(where: { $0.isNewline || $0 == "\t" || $0 == field || $0 == record || $0 == segment }) else { return s }
        return String(s.map { $0.isNewline || $0 == "\t" || $0 == field || $0 == record || $0 == segment ? " " : $0 })
    }

    static func range(_ r: SourceRange?) -> String {
        guard let r else { return "" }
        return "\(r.start.line):\(r.start.column):\(r.end.line):\(r.end.column)"
    }


    static func encode(_ entry: Entry) -> String {
        if let u = entry.unreadable { return "!" + clean(u) }
        // Eight fields a change, appended in place (the lines of a whole history are written at once).
        var out = ""
        for (n, c) in entry.changes.enumerated() {
            if n > 0 { out.append(record) }
            out += c.kind.rawValue
            out.append(field)
            out += clean(c.subject)
            out.append(field)
            if let old = c.old {
                out += "="
                out += clean(old)
            }
            out.append(field)
            if let new = c.new {
                out += "="
                out += clean(new)
            }
            out.append(field)
            out += range(c.oldSource)
            out.append(field)
            out += range(c.newSource)
            out.append(field)
            if let similarity = c.similarity { out += "\(similarity)" }
            out.append(field)
            for (k, word) in (c.words ?? []).enumerated() {
                if k > 0 { out.append(segment) }
                out += word.op == .same ? "s" : word.op == .added ? "a" : "r"
                out += clean(word.text)
            }
        }
        return out
    }

    static func decode(_ body: UnsafeBufferPointer<UInt8>) -> Entry? {
        func text(_ b: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b), as: UTF8.self) }
        if body.first == UInt8(ascii: "!") { return Entry(changes: [], unreadable: text(body.dropFirst())) }
        var changes: [Change] = []
        for rec in body[...].split(separator: 0x1E, omittingEmptySubsequences: true) {
            let f = rec.split(separator: 0x1F, omittingEmptySubsequences: false)
            guard f.count == 8, let kind = Change.Kind(rawValue: text(f[0])) else { return nil }
            func opt(_ b: Slice<UnsafeBufferPointer<UInt8>>) -> String? { b.first == UInt8(ascii: "=") ? text(b.dropFirst()) : nil }
            var c = Change(kind, subject: text(f[1]), old: opt(f[2]), new: opt(f[3]), oldSource: range(f[4]), newSource: range(f[5]))
            c.similarity = f[6].isEmpty ? nil : Double(text(f[6]))
            if !f[7].isEmpty {
                c.words = f[7].split(separator: 0x1D).map { s in
                    let op: WordDiff.Operation = s.first == UInt8(ascii: "s") ? .same : s.first == UInt8(ascii: "a") ? .added : .removed
                    return WordDiff.Segment(op, text(s.dropFirst()))
                }
            }
            changes.append(c)
        }
        return Entry(changes: changes, unreadable: nil)
    }

    /// `line:column:endLine:endColumn` in bytes.
    static func range(_ b: Slice<UnsafeBufferPointer<UInt8>>) -> SourceRange? {
        var n: [Int] = []
        var value = 0
        var digits = 0
        for byte in b {
            if byte == UInt8(ascii: ":") {
                guard digits > 0 else { return nil }
                n.append(value)
                value = 0
                digits = 0
            } else if byte >= 0x30 && byte <= 0x39, digits < 12 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        n.append(value)
        guard n.count == 4 else { return nil }
        return SourceRange(line: n[0], column: n[1], endLine: n[2], endColumn: n[3])
    }
}
