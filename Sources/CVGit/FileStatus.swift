import Clibgit2

/// The status of one path against HEAD and the index, as `git status` computes it.
/// `current` (empty) means unchanged everywhere.
public struct FileStatus: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let indexNew = FileStatus(rawValue: GIT_STATUS_INDEX_NEW.rawValue)
    public static let indexModified = FileStatus(rawValue: GIT_STATUS_INDEX_MODIFIED.rawValue)
    public static let indexDeleted = FileStatus(rawValue: GIT_STATUS_INDEX_DELETED.rawValue)
    public static let indexRenamed = FileStatus(rawValue: GIT_STATUS_INDEX_RENAMED.rawValue)
    public static let indexTypeChange = FileStatus(rawValue: GIT_STATUS_INDEX_TYPECHANGE.rawValue)
    public static let worktreeModified = FileStatus(rawValue: GIT_STATUS_WT_MODIFIED.rawValue)
    public static let worktreeDeleted = FileStatus(rawValue: GIT_STATUS_WT_DELETED.rawValue)
    public static let worktreeTypeChange = FileStatus(rawValue: GIT_STATUS_WT_TYPECHANGE.rawValue)
    public static let worktreeRenamed = FileStatus(rawValue: GIT_STATUS_WT_RENAMED.rawValue)
    public static let worktreeUnreadable = FileStatus(rawValue: GIT_STATUS_WT_UNREADABLE.rawValue)
    /// Not in the index (git's `??`).
    public static let untracked = FileStatus(rawValue: GIT_STATUS_WT_NEW.rawValue)
    public static let ignored = FileStatus(rawValue: GIT_STATUS_IGNORED.rawValue)
    public static let conflicted = FileStatus(rawValue: GIT_STATUS_CONFLICTED.rawValue)
    /// Unchanged: the index and the working tree match HEAD.
    public static let current: FileStatus = []

    public var isCurrent: Bool { isEmpty }

    /// Has staged changes (the index differs from HEAD).
    public var isStaged: Bool {
        !isDisjoint(with: [.indexNew, .indexModified, .indexDeleted, .indexRenamed, .indexTypeChange])
    }

    /// Has unstaged changes (the working tree differs from the index), untracked files excluded.
    public var hasUnstagedChanges: Bool {
        !isDisjoint(with: [.worktreeModified, .worktreeDeleted, .worktreeTypeChange, .worktreeRenamed])
    }

    /// The two-letter code of `git status --porcelain` (`M `, ` M`, `MM`, `A `, `??`, `!!`, `UU` …).
    public var porcelain: String {
        if contains(.conflicted) { return "UU" }
        if contains(.ignored) { return "!!" }
        if contains(.untracked) { return "??" }
        let x: Character =
            contains(.indexNew)
            ? "A"
            : contains(.indexModified)
                ? "M"
                : contains(.indexDeleted)
                    ? "D"
                    : contains(.indexRenamed) ? "R" : contains(.indexTypeChange) ? "T" : " "
        let y: Character =
            contains(.worktreeModified)
            ? "M"
            : contains(.worktreeDeleted)
                ? "D"
                : contains(.worktreeTypeChange) ? "T" : contains(.worktreeRenamed) ? "R" : " "
        return String([x, y])
    }

    public var description: String { isCurrent ? "current" : porcelain }
}

extension Repository {
    /// The status of one file (`git_status_file`). Throws `.pathNotFound` when the path is in none of HEAD,
    /// the index and the working tree, `.notAFile` when it names a directory, `.bareRepository` without a
    /// work tree.
    public func status(path: String) throws -> FileStatus {
        let path = try Self.validatedTreePath(path)
        _ = try requireWorkdir("git_status_file")
        var flags: UInt32 = 0
        let rc = git_status_file(&flags, handle, path)
        if rc < 0 {
            let error = GitError(code: rc, operation: "git_status_file")
            if error.isNotFound {
                throw error.explained(
                    as: .pathNotFound, subject: path, "path '\(path)' is not in HEAD, the index or the working tree")
            }
            if error.isAmbiguous {
                throw error.explained(
                    as: .notAFile, subject: path, "'\(path)' names several files (a directory?), not one file")
            }
            throw error
        }
        return FileStatus(rawValue: flags)
    }

    /// Every path that is not current, like `git status --porcelain --untracked-files=all` (no rename
    /// detection, ignored files left out). Keys are repository-relative paths.
    public func statusAll() throws -> [String: FileStatus] {
        _ = try requireWorkdir("git_status_list_new")
        var options = git_status_options()
        try check(git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)), "git_status_options_init")
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
        var list: OpaquePointer?
        try check(git_status_list_new(&list, handle, &options), "git_status_list_new")
        defer { git_status_list_free(list) }
        var result: [String: FileStatus] = [:]
        for position in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, position) else { continue }
            let delta = entry.pointee.index_to_workdir ?? entry.pointee.head_to_index
            guard let delta else { continue }
            let file = delta.pointee.new_file.path ?? delta.pointee.old_file.path
            guard let file else { continue }
            result[String(cString: file)] = FileStatus(rawValue: entry.pointee.status.rawValue)
        }
        return result
    }

    /// Whether `path` would be ignored by git's ignore rules (`git check-ignore --no-index PATH`).
    public func isPathIgnored(_ path: String) throws -> Bool {
        let path = try Self.validatedTreePath(path)
        var ignored: Int32 = 0
        try check(git_ignore_path_is_ignored(&ignored, handle, path), "git_ignore_path_is_ignored")
        return ignored == 1
    }
}
