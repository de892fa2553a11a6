import Clibgit2

extension Repository {
    /// The value of `key` (`section.name` or `section.subsection.name`) as git sees it from this repository
    /// (local, then global, XDG and system config); nil when it is not set.
    public func configString(_ key: String) throws -> String? {
        LibGit2.ensureInitialized()
        var config: OpaquePointer?
        try check(git_repository_config(&config, handle), "git_repository_config")
        defer { git_config_free(config) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let rc = git_config_get_string_buf(&buffer, config, key)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        if rc < 0 { throw configError(GitError(code: rc, operation: "git_config_get_string_buf"), key: key) }
        return buffer.ptr.map { Self.decode($0) } ?? ""
    }

    /// Sets `key` to `value` in the repository's own config file (`.git/config`, like `git config KEY VALUE`).
    public func setConfigString(_ key: String, _ value: String) throws {
        LibGit2.ensureInitialized()
        var config: OpaquePointer?
        try check(git_repository_config(&config, handle), "git_repository_config")
        defer { git_config_free(config) }
        var local: OpaquePointer?
        try check(git_config_open_level(&local, config, GIT_CONFIG_LEVEL_LOCAL), "git_config_open_level")
        defer { git_config_free(local) }
        let rc = git_config_set_string(local, key, value)
        if rc < 0 { throw configError(GitError(code: rc, operation: "git_config_set_string"), key: key) }
    }

    /// Removes a key from the repository's local config; nothing happens when it is not set.
    public func deleteConfig(_ key: String) throws {
        LibGit2.ensureInitialized()
        var config: OpaquePointer?
        try check(git_repository_config(&config, handle), "git_repository_config")
        defer { git_config_free(config) }
        var local: OpaquePointer?
        try check(git_config_open_level(&local, config, GIT_CONFIG_LEVEL_LOCAL), "git_config_open_level")
        defer { git_config_free(local) }
        let rc = git_config_delete_entry(local, key)
        if rc == GIT_ENOTFOUND.rawValue { return }
        if rc < 0 { throw configError(GitError(code: rc, operation: "git_config_delete_entry"), key: key) }
    }

    private func configError(_ error: GitError, key: String) -> GitError {
        guard error.isInvalidSpec else { return error }
        return error.explained(
            as: .invalidName, subject: key, "invalid config key '\(Self.printable(key))': \(error.message)")
    }
}
