import Clibgit2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A git repository opened through libgit2.
///
/// Owns one `git_repository` handle and frees it in `deinit`. Not `Sendable`: libgit2 handles must not be
/// shared between threads; open one `Repository` per thread (separate instances are safe in parallel).
/// Everything it returns is a `Sendable` value copied out of libgit2.
public final class Repository {
    let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        git_repository_free(handle)
    }

    // MARK: Opening and creating

    /// Opens the repository containing `path`, searching upward like git (`path` may be the work tree,
    /// any folder inside it, or a git directory).
    public static func discover(from path: String) throws -> Repository {
        try openExt(path: path, flags: 0, searched: true)
    }

    /// Opens the repository whose work tree or git directory is exactly `path` (no upward search).
    public static func open(at path: String) throws -> Repository {
        try openExt(path: path, flags: GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, searched: false)
    }

    /// Opens the repository the way a git hook sees it: from `GIT_DIR` (or by searching upward from the
    /// current directory), honouring `GIT_INDEX_FILE` (set by `git commit -a` / `git commit PATH` for their
    /// pre-commit hooks), `GIT_WORK_TREE`, `GIT_CEILING_DIRECTORIES`, `GIT_OBJECT_DIRECTORY`,
    /// `GIT_ALTERNATE_OBJECT_DIRECTORIES` and `GIT_NAMESPACE`.
    ///
    /// libgit2 1.5 refuses `GIT_WORK_TREE` ("unimplemented"); when it is set, the repository is opened
    /// from `GIT_DIR` (or by searching from the current directory, within `GIT_CEILING_DIRECTORIES`) and the
    /// work tree and `GIT_INDEX_FILE` are applied here; the object-directory and namespace variables are then
    /// not honoured. `GIT_COMMON_DIR` is not supported by libgit2 1.5 and gives an error.
    public static func openFromEnvironment() throws -> Repository {
        LibGit2.ensureInitialized()
        let gitDirEnv = environment("GIT_DIR")
        let subject = gitDirEnv ?? currentDirectory() ?? "."
        guard let workTree = environment("GIT_WORK_TREE") else {
            return try openExt(
                path: nil, flags: GIT_REPOSITORY_OPEN_FROM_ENV.rawValue, searched: gitDirEnv == nil,
                subject: subject)
        }
        let repository: Repository
        if let gitDirEnv {
            repository = try openExt(path: gitDirEnv, flags: GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, searched: false)
        } else {
            repository = try openExt(
                path: subject, flags: 0, searched: true, subject: subject,
                ceilingDirs: environment("GIT_CEILING_DIRECTORIES"))
        }
        try check(git_repository_set_workdir(repository.handle, workTree, 0), "git_repository_set_workdir")
        if let indexFile = environment("GIT_INDEX_FILE") {
            var index: OpaquePointer?
            try check(git_index_open(&index, indexFile), "git_index_open")
            defer { git_index_free(index) }
            git_repository_set_index(repository.handle, index)
        }
        return repository
    }

    /// Creates a repository at `path` (folders are created as needed) whose HEAD points at the unborn
    /// branch `initialBranch`. Fails with `.alreadyExists` if a repository is already there.
    public static func create(at path: String, initialBranch: String = "main", bare: Bool = false) throws -> Repository
    {
        LibGit2.ensureInitialized()
        guard isValidBranchName(initialBranch) else { throw invalidBranchName(initialBranch) }
        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "git_repository_init_options_init")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
        if bare { options.flags |= GIT_REPOSITORY_INIT_BARE.rawValue }
        var raw: OpaquePointer?
        let rc = initialBranch.withCString { head -> Int32 in
            options.initial_head = head
            return git_repository_init_ext(&raw, path, &options)
        }
        if rc < 0 {
            let error = GitError(code: rc, operation: "git_repository_init_ext")
            if error.code == GIT_EEXISTS.rawValue {
                throw error.explained(as: .alreadyExists, subject: path, "a git repository already exists at '\(path)'")
            }
            throw error
        }
        guard let raw else { throw GitError(code: -1, operation: "git_repository_init_ext") }
        return Repository(handle: raw)
    }

    private static func openExt(
        path: String?, flags: UInt32, searched: Bool, subject: String? = nil, ceilingDirs: String? = nil
    ) throws -> Repository {
        LibGit2.ensureInitialized()
        var raw: OpaquePointer?
        let rc = git_repository_open_ext(&raw, path, flags, ceilingDirs)
        let shown = subject ?? path ?? "."
        if rc < 0 {
            let error = GitError(code: rc, operation: "git_repository_open_ext")
            if error.kind == .ownedByAnotherUser {
                let dir = owningWorkdir(of: path ?? shown) ?? shown
                throw error.explained(
                    as: .ownedByAnotherUser, subject: dir,
                    GitError.ownershipExplanation(directory: dir, message: error.message))
            }
            if error.isNotFound
                && (error.errorClass == Int32(GIT_ERROR_REPOSITORY.rawValue)
                    || error.errorClass == Int32(GIT_ERROR_OS.rawValue))
            {
                let scope = searched ? " (or any of the parent directories)" : ""
                let detail = error.errorClass == Int32(GIT_ERROR_OS.rawValue) ? " (\(error.message))" : ""
                throw error.explained(
                    as: .notARepository, subject: shown, "not a git repository\(scope): '\(shown)'\(detail)")
            }
            throw error
        }
        guard let raw else { throw GitError(code: -1, operation: "git_repository_open_ext") }
        return Repository(handle: raw)
    }

    /// The work tree (or git directory) of the repository containing `path`, found without libgit2's
    /// ownership check, so that the `safe.directory` advice names the right folder.
    private static func owningWorkdir(of path: String) -> String? {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard git_repository_discover(&buffer, path, 0, nil) == 0, let pointer = buffer.ptr else { return nil }
        var dir = trimmingTrailingSlash(String(cString: pointer))
        if dir.hasSuffix("/.git") { dir.removeLast(5) }
        return dir
    }

    // MARK: Facts

    /// The work tree, without a trailing slash; nil for a bare repository.
    public var workdir: String? {
        guard let pointer = git_repository_workdir(handle) else { return nil }
        return Self.trimmingTrailingSlash(String(cString: pointer))
    }

    /// The git directory (`…/.git` for a normal repository), without a trailing slash.
    public var gitDir: String {
        Self.trimmingTrailingSlash(String(cString: git_repository_path(handle)))
    }

    public var isBare: Bool { git_repository_is_bare(handle) == 1 }

    /// True when HEAD names a branch with no commits yet (a fresh repository). False if HEAD cannot be read.
    public var isHeadUnborn: Bool { git_repository_head_unborn(handle) == 1 }

    /// The short name of the branch HEAD points to (also when it is unborn); nil when HEAD is detached.
    public var headBranchName: String? {
        guard let target = headSymbolicTarget else { return nil }
        return Self.shortBranchName(target)
    }

    /// HEAD's symbolic target (`refs/heads/main`), nil when detached or unreadable.
    var headSymbolicTarget: String? {
        var head: OpaquePointer?
        guard git_reference_lookup(&head, handle, "HEAD") == 0 else { return nil }
        defer { git_reference_free(head) }
        guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC, let target = git_reference_symbolic_target(head)
        else { return nil }
        return String(cString: target)
    }

    /// The work tree, or `.bareRepository` for an operation that needs one.
    func requireWorkdir(_ operation: String) throws -> String {
        guard let workdir else {
            throw GitError(
                .bareRepository, code: GIT_EBAREREPO.rawValue, message: "operation not allowed on bare repository",
                operation: operation, subject: gitDir,
                explanation: "this operation must be run in a work tree: '\(gitDir)' is a bare repository")
        }
        return workdir
    }

    // MARK: Helpers

    static func trimmingTrailingSlash(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    static func shortBranchName(_ referenceName: String) -> String {
        referenceName.hasPrefix("refs/heads/") ? String(referenceName.dropFirst("refs/heads/".count)) : referenceName
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let string = String(cString: value)
        return string.isEmpty ? nil : string
    }

    static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        return buffer.withUnsafeMutableBufferPointer { pointer -> String? in
            guard let base = pointer.baseAddress, getcwd(base, pointer.count) != nil else { return nil }
            return String(cString: base)
        }
    }
}
