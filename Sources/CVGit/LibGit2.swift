import Clibgit2

/// Process-wide libgit2 set-up.
///
/// libgit2 is initialised once, lazily, the first time a `Repository` is opened or created (or a setter
/// below that needs it is called). It is never shut down. Loading this module does not initialise it.
public enum LibGit2 {
    /// `git_libgit2_init()` runs exactly once (a lazy `static let` is guarded by `swift_once`).
    private static let initCount: Int32 = git_libgit2_init()

    /// Called by every entry point that talks to libgit2 with a repository.
    static func ensureInitialized() {
        _ = initCount
    }

    /// libgit2's version, e.g. "1.5.1" (the library actually loaded, not the headers).
    public static var version: String {
        var major: Int32 = 0
        var minor: Int32 = 0
        var revision: Int32 = 0
        _ = git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }

    /// libgit2 re-hashes every object it reads when this is on (its default; git itself does not).
    /// Read-only commands turn it off: path history is ~1.6× and a full blob scan ~2.6× faster.
    /// Process-wide. Does not initialise libgit2.
    public static func setStrictHashVerification(_ enabled: Bool) {
        _ = cvt_git_set_strict_hash_verification(enabled ? 1 : 0)
    }

    /// Whether opening a repository owned by another user is refused (libgit2's default, like git's
    /// `safe.directory` check). Process-wide. Does not initialise libgit2.
    public static func setOwnerValidation(_ enabled: Bool) {
        _ = cvt_git_set_owner_validation(enabled ? 1 : 0)
    }

    /// A configuration level whose search path can be replaced.
    public enum ConfigLevel: Sendable {
        case system, xdg, global, programData

        var raw: Int32 {
            switch self {
            case .system: return GIT_CONFIG_LEVEL_SYSTEM.rawValue
            case .xdg: return GIT_CONFIG_LEVEL_XDG.rawValue
            case .global: return GIT_CONFIG_LEVEL_GLOBAL.rawValue
            case .programData: return GIT_CONFIG_LEVEL_PROGRAMDATA.rawValue
            }
        }
    }

    /// Replaces the folder(s) libgit2 searches for the config file of `level` (`nil` restores the default;
    /// several folders are separated by `:`). Process-wide; mainly for tests and sandboxes that must
    /// not read the user's `~/.gitconfig`. Initialises libgit2 (the search paths live in its global state).
    public static func setConfigSearchPath(_ path: String?, for level: ConfigLevel) throws {
        ensureInitialized()
        try check(cvt_git_set_search_path(level.raw, path), "git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH)")
    }
}
