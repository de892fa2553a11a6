import CVGit

/// The list of versions `cvtrack log` walked last, in `.git/cvtrack/log-walk`: the commits that changed the
/// CV from one start commit, for one path. A commit id fixes its whole history, so the list can never be
/// wrong for that start; a run from another commit (or another build) walks again and replaces it. With the
/// parsed diffs in `LogCache`, a second `cvtrack log` reads no commit, tree or blob. Safe to delete.
public struct LogWalkCache: Sendable {
    let path: String
    let header: String

    public init(gitDir: String, stamp: String, start: ObjectID, path cvPath: String) {
        self.path = gitDir + "/cvtrack/log-walk"
        self.header = "cvtrack-log-walk 2 \(stamp) \(start.hex) \(Self.escape(cvPath))"
    }

    /// The stored versions for this start and path, or nil.
    public func load() -> [PathVersion]? {
        guard let bytes = FileSystem.read(path) else { return nil }
        let header = Array((self.header + "\n").utf8)
        guard bytes.starts(with: header), bytes.last == 0x0A else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> [PathVersion]? in
            var versions: [PathVersion] = []
            for line in buffer[header.count...].split(separator: 0x0A) {
                guard let version = Self.decode(line) else { return nil }
                versions.append(version)
            }
            return versions
        }
    }

    /// Replaces the stored list (atomically; a failure to write is ignored: it is only a cache).
    public func save(_ versions: [PathVersion]) {
        var out = header + "\n"
        out.reserveCapacity(versions.count * 256)
        for v in versions {
            out.append(Self.encode(v))
            out.append("\n")
        }
        try? FileSystem.createDirectory(String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]))
        try? FileSystem.writeAtomically(path, out)
    }

    // MARK: - One line per version, fields separated by U+001F; text fields escaped.

    static let separator: Character = "\u{1F}"

    static func escape(_ s: String) -> String {
        // On bytes: the four are ASCII, and most texts hold none.
        var bytes = s
        guard bytes.withUTF8({ $0.contains { $0 == 0x5C || $0 == 0x0A || $0 == 0x0D || $0 == 0x1F } }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        for b in s.utf8 {
            switch b {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x1F: out += [0x5C, UInt8(ascii: "u")]
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func unescape(_ b: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard b.contains(UInt8(ascii: "\\")) else { return String(decoding: UnsafeBufferPointer(rebasing: b), as: UTF8.self) }
        var out: [UInt8] = []
        var escaped = false
        for byte in b {
            if escaped {
                switch byte {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "u"): out.append(0x1F)
                default: out.append(byte)
                }
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func encode(_ v: PathVersion) -> String {
        // The fields' bytes appended in place, a separator before each but the first (`log` writes ten thousand lines
        // at once; appending to a `String` cost more than the rest).
        let c = v.commit
        var out: [UInt8] = []
        out.reserveCapacity(320 + c.message.utf8.count)
        func add(_ field: String) {
            if !out.isEmpty { out.append(0x1F) }
            out.append(contentsOf: field.utf8)
        }
        add(c.id.hex)
        add(c.parents.map(\.hex).joined(separator: " "))
        add(c.tree.hex)
        add(escape(c.author.name))
        add(escape(c.author.email))
        add(String(c.author.time))
        add(String(c.author.offsetMinutes))
        add(escape(c.committer.name))
        add(escape(c.committer.email))
        add(String(c.committer.time))
        add(String(c.committer.offsetMinutes))
        add(escape(c.summary))
        add(escape(c.message))
        add(escape(v.path))
        add(v.blobID?.hex ?? "")
        add(v.renamedFrom.map(escape) ?? "")
        add(v.renamedFrom == nil ? "" : "r")
        for companion in v.companions {
            add(escape(companion.path))
            add(companion.blobID?.hex ?? "")
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> PathVersion? {
        let f = line.split(separator: 0x1F, omittingEmptySubsequences: false)
        func ascii(_ b: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b), as: UTF8.self) }
        guard f.count >= 17, (f.count - 17) % 2 == 0, let id = ObjectID(hex: ascii(f[0])), let tree = ObjectID(hex: ascii(f[2])),
            let authorTime = Int64(ascii(f[5])), let authorOffset = Int(ascii(f[6])), let committerTime = Int64(ascii(f[9])),
            let committerOffset = Int(ascii(f[10]))
        else { return nil }
        var parents: [ObjectID] = []
        for hex in f[1].split(separator: 0x20) {
            guard let parent = ObjectID(hex: ascii(hex)) else { return nil }
            parents.append(parent)
        }
        var blob: ObjectID?
        if !f[14].isEmpty {
            guard let id = ObjectID(hex: ascii(f[14])) else { return nil }
            blob = id
        }
        let commit = CommitInfo(
            id: id, parents: parents,
            author: GitSignature(name: unescape(f[3]), email: unescape(f[4]), time: authorTime, offsetMinutes: authorOffset),
            committer: GitSignature(name: unescape(f[7]), email: unescape(f[8]), time: committerTime, offsetMinutes: committerOffset),
            summary: unescape(f[11]), message: unescape(f[12]), tree: tree)
        let renamed = f[16].first == UInt8(ascii: "r")
        // The files the version includes: a path and a blob id (empty: not found) each.
        var companions: [PathVersion.Companion] = []
        for k in stride(from: 17, to: f.count, by: 2) {
            var blob: ObjectID?
            if !f[k + 1].isEmpty {
                guard let id = ObjectID(hex: ascii(f[k + 1])) else { return nil }
                blob = id
            }
            companions.append(PathVersion.Companion(path: unescape(f[k]), blobID: blob))
        }
        return PathVersion(
            commit: commit, path: unescape(f[13]), blobID: blob, renamedFrom: renamed ? unescape(f[15]) : nil, companions: companions)
    }
}
