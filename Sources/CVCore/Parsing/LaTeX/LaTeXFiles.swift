import Foundation

/// Where the files a LaTeX CV includes (`\input`, `\include`, `\subfile`, `\import`) come from: a path relative to
/// the main file's folder (already checked not to leave it by name) → its text. The file system gives them for a
/// file read from disk; a git revision can give them from its tree the same way.
public struct LaTeXFiles: Sendable {
    public enum Answer: Sendable, Equatable {
        case text(String)
        case missing
        /// Not read, and why (`a link out of the CV's folder`, `binary`).
        case refused(String)
    }

    public let read: @Sendable (String) -> Answer

    public init(read: @escaping @Sendable (String) -> Answer) { self.read = read }

    /// The files next to `mainFile` on disk. A path whose real location (links followed) is outside the main file's
    /// folder is refused, as are files that are not regular, larger than `CVReader.maximumSize`, binary or not UTF-8.
    public static func fileSystem(mainFile: String) -> LaTeXFiles {
        let folder: String
        if let slash = mainFile.lastIndex(of: "/") {
            folder = mainFile[..<slash].isEmpty ? "/" : String(mainFile[..<slash])
        } else {
            folder = "."
        }
        let root = realPath(folder)
        return LaTeXFiles { relative in
            guard let root else { return .missing }
            let full = (folder == "/" ? "" : folder) + "/" + relative
            guard FileManager.default.fileExists(atPath: full) || isLink(full) else { return .missing }
            guard let real = realPath(full) else { return .missing }
            guard real.hasPrefix(root == "/" ? "/" : root + "/") else { return .refused("a link out of the CV's folder") }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
                return .refused("not a file")
            }
            guard let data = FileManager.default.contents(atPath: real) else { return .refused("cannot be read") }
            if data.count > CVReader.maximumSize { return .refused("larger than \(CVReader.maximumSize / 1024 / 1024) MB") }
            if data.contains(0) { return .refused("a binary file") }
            guard let text = String(data: data, encoding: .utf8) else { return .refused("not UTF-8 text") }
            return .text(text)
        }
    }

    /// Why a symbolic link stored in git is not followed.
    public static let symbolicLink = "a symbolic link, not followed"

    /// The answer for a file's bytes: its text, or why it is not read (binary, too large, not UTF-8).
    public static func text(of bytes: [UInt8]) -> Answer {
        if bytes.count > CVReader.maximumSize { return .refused("larger than \(CVReader.maximumSize / 1024 / 1024) MB") }
        if bytes.contains(0) { return .refused("a binary file") }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .refused("not UTF-8 text") }
        return .text(text)
    }

    /// The same files, with every name a reading asks for written down in `asked`: what the reading depends on (a
    /// name that is missing now changes the reading when the file appears).
    public func recording(into asked: LaTeXFilesAsked) -> LaTeXFiles {
        let read = self.read
        return LaTeXFiles { name in
            asked.add(name)
            return read(name)
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }
}

/// The names (relative to the main file's folder) a reading asked `LaTeXFiles` for, in order, each once.
public final class LaTeXFilesAsked: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    private var seen: Set<String> = []

    public init() {}

    func add(_ name: String) {
        lock.lock()
        if seen.insert(name).inserted { list.append(name) }
        lock.unlock()
    }

    public var names: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}

/// The includes of one reading: the files being read (for cycles), what was read in all (for the bounds).
final class LaTeXIncludes {
    let files: LaTeXFiles
    var stack: [String]
    var totalBytes = 0
    var count = 0
    static let maximumDepth = 8
    static let maximumFiles = 100

    init(files: LaTeXFiles, mainFile: String?) {
        self.files = files
        stack = [mainFile.map { String($0.split(separator: "/").last ?? "") } ?? ""]
    }

    enum Resolved {
        case text(path: String, text: String)
        case refused(String)
    }

    /// The file `raw` names (relative to the main file's folder, `.tex` added when the name has no extension), or
    /// why it is not read: an absolute path, `..` above the folder, a missing file, a cycle, the bounds.
    func resolve(_ raw: String) -> Resolved {
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return .refused("an empty file name") }
        if name.hasPrefix("/") || name.hasPrefix("~") || name.hasPrefix("\\") || name.contains(":") {
            return .refused("an absolute path, outside the CV's folder")
        }
        var parts: [Substring] = []
        for part in name.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty { return .refused("a path above the CV's folder") }
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        guard !parts.isEmpty else { return .refused("not a file") }
        if stack.count > Self.maximumDepth { return .refused("included more than \(Self.maximumDepth) files deep") }
        if count >= Self.maximumFiles { return .refused("more than \(Self.maximumFiles) files included") }
        let path = parts.joined(separator: "/")
        let hasExtension = parts.last!.contains(".")
        let candidates = hasExtension ? [path, path + ".tex"] : [path + ".tex", path]
        for candidate in candidates {
            if stack.contains(candidate) { return .refused("a cycle: the file includes itself") }
            switch files.read(candidate) {
            case .missing:
                continue
            case .refused(let why):
                return .refused(why)
            case .text(let text):
                if totalBytes + text.utf8.count > CVReader.maximumSize { return .refused("the included files pass \(CVReader.maximumSize / 1024 / 1024) MB") }
                totalBytes += text.utf8.count
                count += 1
                return .text(path: candidate, text: text)
            }
        }
        return .refused("no such file")
    }
}
