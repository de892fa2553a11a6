#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations the commands need, with messages that name the file.
public enum FileSystem {
    /// The bytes of a file, or nil when it does not exist or is not a regular file.
    public static func read(_ path: String) -> [UInt8]? {
        guard isRegularFile(path), let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }

    /// The bytes of a CV file, with a one-line error naming the file when it cannot be read.
    public static func readCV(_ path: String) throws -> [UInt8] {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw WorkspaceError("\(path): \(errno == ENOENT ? "no such file" : String(cString: strerror(errno)))")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw WorkspaceError("\(path): is a directory, not a CV file") }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw WorkspaceError("\(path): not a regular file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkspaceError("\(path): cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }

    public static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Writes a file atomically (a temporary file renamed over the target), so that a failure never
    /// leaves it half-written.
    public static func writeAtomically(_ path: String, _ text: String, mode: Int? = nil) throws {
        let tmp = path + ".cvtrack-tmp-\(getpid())"
        let attributes: [FileAttributeKey: Any]? = mode.map { [.posixPermissions: $0] }
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8), attributes: attributes) else {
            throw WorkspaceError("\(path): cannot write (\(String(cString: strerror(errno))))")
        }
        guard Glibc.rename(tmp, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(tmp)
            throw WorkspaceError("\(path): cannot write (\(message))")
        }
    }

    /// An absolute, normalised path (symbolic links resolved where the path exists).
    public static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if realpath(base, &resolved) != nil {
            return String(decoding: resolved.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        // The path does not exist (yet): resolve its folder and normalise the rest.
        var parts: [Substring] = []
        for part in base.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Files under `root`, relative to it, at most `depth` folders deep, hidden entries skipped.
    public static func list(_ root: String, depth: Int) -> [String] {
        var out: [String] = []
        func walk(_ relative: String, _ level: Int) {
            let dir = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
            for name in names.sorted() where !name.hasPrefix(".") && name != "node_modules" {
                let rel = relative.isEmpty ? name : relative + "/" + name
                let full = root + "/" + rel
                if isRegularFile(full) {
                    out.append(rel)
                } else if level < depth, isDirectory(full) {
                    walk(rel, level + 1)
                }
            }
        }
        walk("", 1)
        return out
    }
}

extension FileSystem {
    public static func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WorkspaceError("\(path): cannot create the folder")
        }
    }
}

extension FileSystem {
    public static func remove(_ path: String) throws {
        guard unlink(path) == 0 else { throw WorkspaceError("\(path): cannot remove (\(String(cString: strerror(errno))))") }
    }

    public static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw WorkspaceError("\(from): cannot rename to \(to) (\(String(cString: strerror(errno))))") }
    }
}
