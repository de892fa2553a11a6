#if canImport(Glibc)
    import Glibc
#endif

import CVGit

/// Installs cvtrack's pre-commit hook where git will run it: `core.hooksPath` when set, else the common
/// git folder's `hooks/` (shared by linked worktrees).
public enum HookInstaller {
    public static let marker = "cvtrack pre-commit hook"

    public enum Mode: Sendable { case install, force, chain, uninstall }

    /// The folder git runs hooks from.
    public static func hooksDirectory(_ workspace: Workspace) throws -> String {
        if let configured = try workspace.repository.configString("core.hooksPath"), !configured.isEmpty {
            var path = configured
            if path.hasPrefix("~/"), let home = ProcessEnvironment.home { path = home + String(path.dropFirst(1)) }
            return path.hasPrefix("/") ? path : workspace.root + "/" + path
        }
        return commonGitDir(workspace.repository.gitDir) + "/hooks"
    }

    /// A linked worktree's git folder names the main one in its `commondir` file.
    static func commonGitDir(_ gitDir: String) -> String {
        guard let bytes = FileSystem.read(gitDir + "/commondir") else { return gitDir }
        let rel = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        return rel.hasPrefix("/") ? rel : FileSystem.absolute(gitDir + "/" + rel)
    }

    /// Writes the hook (the `hooks/pre-commit` script with this cvtrack's path filled in).
    public static func apply(_ workspace: Workspace, script: String, executable: String, mode: Mode) throws -> String {
        let dir = try hooksDirectory(workspace)
        let hook = dir + "/pre-commit"
        let chained = dir + "/pre-commit.cvtrack-chained"
        let existing = FileSystem.read(hook).map { String(decoding: $0, as: UTF8.self) }
        let ours = existing?.contains(marker) ?? false
        if mode == .uninstall {
            guard ours else { return existing == nil ? "No pre-commit hook installed." : "The pre-commit hook in \(dir) is not cvtrack's: left as it is." }
            try FileSystem.remove(hook)
            if FileSystem.exists(chained) {
                try FileSystem.rename(chained, hook)
                return "Removed cvtrack's pre-commit hook; restored the hook it was chained to."
            }
            return "Removed cvtrack's pre-commit hook from \(dir)."
        }
        if existing != nil && !ours {
            switch mode {
            case .install:
                throw WorkspaceError("\(hook) exists and is not cvtrack's: use --chain to run it before cvtrack's, or --force to replace it")
            case .chain:
                if FileSystem.exists(chained) { throw WorkspaceError("\(chained) exists already: remove it first") }
                try FileSystem.rename(hook, chained)
            case .force, .uninstall:
                break
            }
        }
        try FileSystem.createDirectory(dir)
        let text = script.replacingPlaceholder("@CVTRACK@", with: executable)
        try FileSystem.writeAtomically(hook, text, mode: 0o755)
        return "Installed cvtrack's pre-commit hook in \(dir)" + (mode == .chain && existing != nil && !ours ? " (it runs your previous hook first)." : ".")
    }
}

enum ProcessEnvironment {
    static var home: String? { getenvString("HOME") }

    static func getenvString(_ name: String) -> String? {
        guard let p = getenv(name) else { return nil }
        return String(cString: p)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: placeholder) {
            out += rest[..<r.lowerBound]
            out += value
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
