import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Every entry under a folder (files with their bytes and mode, folders, symbolic links with their target, other
/// kinds by type), so that a test can prove a command wrote nothing, or only what it should.
struct FolderSnapshot: Equatable {
    enum Entry: Equatable {
        case file(Data, mode: UInt32)
        /// A file this process may not read (its size and mode only).
        case unreadableFile(size: Int, mode: UInt32)
        case directory(mode: UInt32)
        case symlink(String)
        /// A named pipe, a socket, a device: its type and mode.
        case other(mode: UInt32)
    }

    var entries: [String: Entry]

    /// Walks `root`; `skip` gets each path relative to it and leaves out those it returns true for (and, for a folder,
    /// everything under it).
    init(_ root: String, skip: (String) -> Bool = { _ in false }) {
        var entries: [String: Entry] = [:]
        func walk(_ relative: String) {
            let dir = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
            for name in names {
                let rel = relative.isEmpty ? name : relative + "/" + name
                if skip(rel) { continue }
                let full = root + "/" + rel
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                let mode = UInt32(st.st_mode)
                switch st.st_mode & S_IFMT {
                case S_IFREG:
                    if let data = FileManager.default.contents(atPath: full) {
                        entries[rel] = .file(data, mode: mode)
                    } else {
                        entries[rel] = .unreadableFile(size: Int(st.st_size), mode: mode)
                    }
                case S_IFDIR:
                    entries[rel] = .directory(mode: mode)
                    walk(rel)
                case S_IFLNK:
                    entries[rel] = .symlink((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
                default:
                    entries[rel] = .other(mode: mode)
                }
            }
        }
        walk("")
        self.entries = entries
    }

    /// What changed from `self` to `after`, one line per path (empty when nothing did).
    func changes(to after: FolderSnapshot) -> [String] {
        var out: [String] = []
        for path in Set(entries.keys).union(after.entries.keys).sorted() {
            switch (entries[path], after.entries[path]) {
            case (nil, .some): out.append("added \(path)")
            case (.some, nil): out.append("removed \(path)")
            case (let a?, let b?) where a != b: out.append("changed \(path)")
            default: break
            }
        }
        return out
    }

    /// Paths that a successful `tailor` may write: new objects, and the branch it commits to (ref and reflog).
    static func isTailorOutput(_ relative: String) -> Bool {
        relative.hasPrefix(".git/objects/") || relative.hasPrefix(".git/refs/heads/tailored") || relative.hasPrefix(".git/logs/refs/heads/tailored")
    }
}

/// What a careful user checks of a repository after something went wrong: its refs, HEAD, index and status.
struct RepositoryState: Equatable {
    /// `git for-each-ref` (every ref with its target).
    var refs: String
    var head: Data
    var index: Data?
    var status: String

    init(_ repo: String) throws {
        let env = Sandbox.gitEnvironment
        refs = try Sandbox.run("/usr/bin/git", ["for-each-ref", "--format=%(refname) %(objectname)"], in: repo, environment: env).out
        head = (try? Data(contentsOf: URL(fileURLWithPath: repo + "/.git/HEAD"))) ?? Data()
        index = try? Data(contentsOf: URL(fileURLWithPath: repo + "/.git/index"))
        status = try Sandbox.run("/usr/bin/git", ["status", "--porcelain", "--untracked-files=all"], in: repo, environment: env).out
    }

    /// The refs as a dictionary (name → object id).
    var refMap: [String: String] {
        var out: [String: String] = [:]
        for line in refs.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { out[String(parts[0])] = String(parts[1]) }
        }
        return out
    }

    /// `git fsck --full --strict` succeeds and reports nothing (dangling objects, left by an interrupted write and
    /// harmless, are not reported: `--no-dangling`), and every ref points at an object that exists.
    static func fsckProblems(_ repo: String) throws -> [String] {
        let env = Sandbox.gitEnvironment
        var problems: [String] = []
        let fsck = try Sandbox.run("/usr/bin/git", ["fsck", "--full", "--strict", "--no-dangling", "--no-progress"], in: repo, environment: env)
        if fsck.status != 0 || !fsck.out.isEmpty || !fsck.stderr.isEmpty {
            problems.append("git fsck (\(fsck.status)): \(fsck.out) \(fsck.stderr)")
        }
        for (ref, id) in try RepositoryState(repo).refMap {
            let t = try Sandbox.run("/usr/bin/git", ["cat-file", "-e", id], in: repo, environment: env)
            if t.status != 0 { problems.append("\(ref) points at missing object \(id)") }
        }
        return problems
    }
}
