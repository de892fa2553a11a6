/// Installs (or removes) the `cvtrack` git diff driver: `.gitattributes` lines for the tracked CVs and
/// `diff.cvtrack.command` / `diff.cvtrack.textconv` in the repository's own config.
public enum DiffDriverSetup {
    public static func apply(workspace: Workspace, executable: String, remove: Bool) throws -> String {
        let attributesPath = workspace.root + "/.gitattributes"
        let existing = FileSystem.read(attributesPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var lines = existing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let quoted = shellQuote(executable)
        if remove {
            let kept = lines.filter { !$0.hasSuffix(" diff=cvtrack") }
            if kept != lines { try FileSystem.writeAtomically(attributesPath, kept.isEmpty ? "" : kept.joined(separator: "\n") + "\n") }
            try workspace.repository.deleteConfig("diff.cvtrack.command")
            try workspace.repository.deleteConfig("diff.cvtrack.textconv")
            return "Removed the cvtrack diff driver."
        }
        let tracked = try workspace.trackedCVs()
        guard !tracked.isEmpty else { throw WorkspaceError("no tracked CV: track one first with `cvtrack track FILE`") }
        var added: [String] = []
        for path in tracked {
            let pattern = attributePattern(path)
            if !lines.contains(where: { $0.hasPrefix(pattern + " ") && $0.contains("diff=cvtrack") }) {
                lines.append(pattern + " diff=cvtrack")
                added.append(path)
            }
        }
        if !added.isEmpty { try FileSystem.writeAtomically(attributesPath, lines.joined(separator: "\n") + "\n") }
        try workspace.repository.setConfigString("diff.cvtrack.command", "\(quoted) diff-driver")
        try workspace.repository.setConfigString("diff.cvtrack.textconv", "\(quoted) parse --format content")
        return "Installed the cvtrack diff driver for " + tracked.joined(separator: ", ")
            + ": git diff shows the semantic diff; git log -p and git show a content diff (add --ext-diff for the semantic one)."
    }

    /// A `.gitattributes` pattern matching exactly this path from the top (spaces escaped).
    static func attributePattern(_ path: String) -> String {
        "/" + path.map { $0 == " " ? "[ ]" : String($0) }.joined()
    }

    static func shellQuote(_ s: String) -> String {
        if s.allSatisfy({ $0.isLetter || $0.isNumber || "/._-+".contains($0) }) { return s }
        return "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
