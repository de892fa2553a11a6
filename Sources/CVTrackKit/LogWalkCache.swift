import CVGit

/// The list of versions `cvtrack log` walked last, in `.git/cvtrack/log-walk`: the commits that changed the
/// CV from one start commit, for one path. A commit id fixes its whole history, so the list can never be
/// wrong for that start; a run from another commit (or another build) walks again and replaces it. With the
/// parsed diffs in `LogCache`, a second `cvtrack log` reads no commit, tree or blob. Safe to delete.
public struct LogWalkCache {
    let path: String
    let header: String

    public init(gitDir: String, stamp: String, start: ObjectID, path cvPath: String) {
        self.path = gitDir + "/cvtrack/log-walk"
        self.header = "cvtrack-log-walk 1 \(stamp) \(start.hex) \(Self.escape(cvPath))"
    }

    /// The stored versions for this start and path, or nil.
    public func load() -> [PathVersion]? {
        guard let bytes = FileSystem.read(path) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(String.init) == header, lines.last == "" else { return nil }
        lines.removeFirst()
        lines.removeLast()
        var versions: [PathVersion] = []
        versions.reserveCapacity(lines.count)
        for line in lines {
            guard let version = Self.decode(line) else { return nil }
            versions.append(version)
        }
        return versions
    }

    /// Replaces the stored list (atomically; a failure to write is ignored: it is only a cache).
    public func save(_ versions: [PathVersion]) {
        var out = header + "\n"
        for v in versions { out += Self.encode(v) + "\n" }
        try? FileSystem.createDirectory(String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]))
        try? FileSystem.writeAtomically(path, out)
    }

    // MARK: - One line per version, fields separated by U+001F; text fields escaped.

    static let separator: Character = "\u{1F}"

    static func escape(_ s: String) -> String {
        guard s.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" || $0 == separator }) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case separator: out += "\\u"
            default: out.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: Substring) -> String {
        guard s.contains("\\") else { return String(s) }
        var out = ""
        var escaped = false
        for c in s {
            if escaped {
                switch c {
                case "n": out += "\n"
                case "r": out += "\r"
                case "u": out.append(separator)
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func encode(_ v: PathVersion) -> String {
        let c = v.commit
        let fields: [String] = [
            c.id.hex, c.parents.map(\.hex).joined(separator: " "), c.tree.hex,
            escape(c.author.name), escape(c.author.email), "\(c.author.time)", "\(c.author.offsetMinutes)",
            escape(c.committer.name), escape(c.committer.email), "\(c.committer.time)", "\(c.committer.offsetMinutes)",
            escape(c.summary), escape(c.message), escape(v.path), v.blobID?.hex ?? "", v.renamedFrom.map(escape) ?? "",
            v.renamedFrom == nil ? "" : "r",
        ]
        return fields.joined(separator: String(separator))
    }

    static func decode(_ line: Substring) -> PathVersion? {
        let f = line.split(separator: separator, omittingEmptySubsequences: false)
        guard f.count == 17, let id = ObjectID(hex: String(f[0])), let tree = ObjectID(hex: String(f[2])),
            let authorTime = Int64(f[5]), let authorOffset = Int(f[6]), let committerTime = Int64(f[9]),
            let committerOffset = Int(f[10])
        else { return nil }
        var parents: [ObjectID] = []
        for hex in f[1].split(separator: " ") {
            guard let parent = ObjectID(hex: String(hex)) else { return nil }
            parents.append(parent)
        }
        var blob: ObjectID?
        if !f[14].isEmpty {
            guard let id = ObjectID(hex: String(f[14])) else { return nil }
            blob = id
        }
        let commit = CommitInfo(
            id: id, parents: parents,
            author: GitSignature(name: unescape(f[3]), email: unescape(f[4]), time: authorTime, offsetMinutes: authorOffset),
            committer: GitSignature(name: unescape(f[7]), email: unescape(f[8]), time: committerTime, offsetMinutes: committerOffset),
            summary: unescape(f[11]), message: unescape(f[12]), tree: tree)
        return PathVersion(commit: commit, path: unescape(f[13]), blobID: blob, renamedFrom: f[16] == "r" ? unescape(f[15]) : nil)
    }
}
