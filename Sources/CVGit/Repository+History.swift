import Clibgit2

extension Repository {
    /// The commits that changed `path`, newest first (or oldest first), like
    /// `git log [--follow] --format=%H SPEC -- PATH`.
    ///
    /// A commit is listed when the path's entry (blob id and mode) differs from its version in every parent;
    /// this includes the commit that deleted it (`blobID` nil). Merges follow git's default history
    /// simplification: a merge whose version equals one parent's is not listed, and only that parent is
    /// followed. With `followRenames`, when the tracked path appears in a commit whose parents do not have it,
    /// git's rename detection runs on that commit (deleted files as sources, 50% similarity) and, if a file
    /// was renamed to the path, the walk continues under the old name. As with `git log --follow`, one name
    /// is tracked for the whole walk. Set `LibGit2.setStrictHashVerification(false)` first for speed.
    public func history(
        path: String, from spec: String = "HEAD", followRenames: Bool = true, oldestFirst: Bool = false,
        companions: CompanionFiles? = nil
    ) throws -> [PathVersion] {
        var versions: [PathVersion] = []
        try history(path: path, from: spec, followRenames: followRenames, companions: companions) { versions.append($0); return true }
        return oldestFirst ? versions.reversed() : versions
    }

    /// The same walk, newest first, giving each version to `found` as soon as it is known (`found` returns
    /// false to stop the walk).
    ///
    /// With `companions`, a version is the tracked file together with the files it reads (a LaTeX CV's `\input`
    /// files): a commit that changes only one of them is listed too, and each version carries their blob ids.
    public func history(
        path: String, from spec: String = "HEAD", followRenames: Bool = true, companions: CompanionFiles? = nil,
        _ found: (PathVersion) throws -> Bool
    ) throws {
        var tracked = try Self.validatedTreePath(path)
        let start = try resolveCommit(spec)

        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, handle), "git_revwalk_new")
        defer { git_revwalk_free(walk) }
        try check(
            git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), "git_revwalk_sorting")
        var startOID = start.raw
        try check(git_revwalk_push(walk, &startOID), "git_revwalk_push")

        // The state of the tracked path per commit, for the current name (cleared on a rename).
        var memo: [ObjectID: VersionState] = [:]
        // Commits on the simplified history (reached through a followed parent link).
        var reachable: Set<ObjectID> = [start]
        var oid = git_oid()

        while true {
            let rc = git_revwalk_next(&oid, walk)
            if rc == GIT_ITEROVER.rawValue { break }  // the end of the walk, not an error
            try check(rc, "git_revwalk_next")
            let id = ObjectID(oid)
            guard reachable.remove(id) != nil else { continue }

            var commit: OpaquePointer?
            try check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup")
            defer { git_commit_free(commit) }

            let mine: VersionState
            if let known = memo[id] {
                mine = known
            } else {
                mine = try state(commit: id, path: tracked, companions: companions)
                memo[id] = mine
            }
            let parentCount = git_commit_parentcount(commit)
            var parents: [ObjectID] = []
            var parentStates: [VersionState] = []
            for index in 0..<parentCount {
                let parent = ObjectID(git_commit_parent_id(commit, index))
                parents.append(parent)
                if let known = memo[parent] {
                    parentStates.append(known)
                } else {
                    let found = try state(commit: parent, path: tracked, companions: companions)
                    memo[parent] = found
                    parentStates.append(found)
                }
            }

            if let same = parentStates.firstIndex(where: { $0 == mine }) {
                reachable.insert(parents[same])  // unchanged: follow that parent only
                continue
            }
            reachable.formUnion(parents)
            if parentCount == 0 && mine.entry == nil { continue }  // a root commit without the path

            var renamedFrom: String?
            if followRenames, mine.entry != nil, parentCount > 0, parentStates.allSatisfy({ $0.entry == nil }) {
                renamedFrom = try renameSource(of: tracked, in: commit!, parent: parents[0])
            }
            let version = PathVersion(
                commit: Self.commitInfo(of: commit!), path: tracked, blobID: mine.entry?.id, renamedFrom: renamedFrom,
                companions: mine.companions)
            if let renamedFrom {
                tracked = renamedFrom
                memo.removeAll(keepingCapacity: true)
            }
            if try !found(version) { return }
        }
    }

    /// What a commit holds of the tracked file: its entry, and the files it reads beside itself.
    struct VersionState: Equatable {
        var entry: TreeEntry?
        var companions: [PathVersion.Companion] = []
    }

    /// The tracked file's state in `commit`: the companions are asked only for a file (not a folder or nothing).
    private func state(commit: ObjectID, path: String, companions: CompanionFiles?) throws -> VersionState {
        guard let companions else { return VersionState(entry: try treeEntry(commit: commit, path: path)) }
        let files = try CommitFiles(repository: self, commit: commit)
        let entry = try files.entry(path)
        guard let entry, entry.isBlob else { return VersionState(entry: entry) }
        let paths = try companions(path, entry.id, files)
        return VersionState(entry: entry, companions: paths.map { PathVersion.Companion(path: $0, blobID: files.blobID($0)) })
    }

    /// The old name of `path` if `commit` renamed a file of `parent` to it (git's default detection:
    /// renames only, 50% similarity, whitespace significant).
    private func renameSource(of path: String, in commit: OpaquePointer, parent: ObjectID) throws -> String? {
        var newTree: OpaquePointer?
        try check(git_commit_tree(&newTree, commit), "git_commit_tree")
        defer { git_tree_free(newTree) }
        var parentOID = parent.raw
        var parentCommit: OpaquePointer?
        try check(git_commit_lookup(&parentCommit, handle, &parentOID), "git_commit_lookup")
        defer { git_commit_free(parentCommit) }
        var oldTree: OpaquePointer?
        try check(git_commit_tree(&oldTree, parentCommit), "git_commit_tree")
        defer { git_tree_free(oldTree) }

        var diff: OpaquePointer?
        try check(git_diff_tree_to_tree(&diff, handle, oldTree, newTree, nil), "git_diff_tree_to_tree")
        defer { git_diff_free(diff) }
        var options = git_diff_find_options()
        try check(
            git_diff_find_options_init(&options, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)), "git_diff_find_options_init")
        options.flags = GIT_DIFF_FIND_RENAMES.rawValue | GIT_DIFF_FIND_DONT_IGNORE_WHITESPACE.rawValue
        options.rename_threshold = 50
        try check(git_diff_find_similar(diff, &options), "git_diff_find_similar")

        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index), delta.pointee.status == GIT_DELTA_RENAMED,
                let newPath = delta.pointee.new_file.path, let oldPath = delta.pointee.old_file.path
            else { continue }
            if String(cString: newPath) == path { return String(cString: oldPath) }
        }
        return nil
    }
}

/// The files a version of a tracked file reads beside itself, by repository path (a LaTeX CV's `\input` files,
/// every name it tried, found or not): given the tracked file's path and blob id in a commit, and that commit's
/// files.
public typealias CompanionFiles = (_ path: String, _ blob: ObjectID, _ files: CommitFiles) throws -> [String]

/// The files of one commit, by repository path: blob ids and contents, each path looked up once.
public final class CommitFiles {
    let repository: Repository
    private let tree: OpaquePointer
    private var entries: [String: Repository.TreeEntry?] = [:]

    init(repository: Repository, commit: ObjectID) throws {
        LibGit2.ensureInitialized()
        self.repository = repository
        var oid = commit.raw
        var commitObject: OpaquePointer?
        try check(git_commit_lookup(&commitObject, repository.handle, &oid), "git_commit_lookup")
        defer { git_commit_free(commitObject) }
        var tree: OpaquePointer?
        try check(git_commit_tree(&tree, commitObject), "git_commit_tree")
        self.tree = tree!
    }

    deinit { git_tree_free(tree) }

    func entry(_ path: String) throws -> Repository.TreeEntry? {
        if let known = entries[path] { return known }
        let found = try repository.treeEntry(tree: tree, path: path)
        entries[path] = found
        return found
    }

    /// The blob at `path`; nil when there is none (or a folder, a submodule, a name git refuses).
    public func blobID(_ path: String) -> ObjectID? {
        guard (try? Repository.validatedTreePath(path)) != nil, let entry = try? entry(path), entry.isBlob else { return nil }
        return entry.id
    }

    /// Whether `path` is a symbolic link in this commit.
    public func isSymbolicLink(_ path: String) -> Bool {
        guard (try? Repository.validatedTreePath(path)) != nil, let entry = try? entry(path) else { return false }
        return entry.mode == 0o120000
    }

    /// The bytes of the blob at `path`; nil when there is none.
    public func contents(_ path: String) -> [UInt8]? {
        guard let id = blobID(path) else { return nil }
        return try? repository.blobContents(id)
    }
}
