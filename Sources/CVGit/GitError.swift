import Clibgit2

/// An error from libgit2, or found by CVGit before calling it, that prints as one clear line.
///
/// `code`, `errorClass` and `message` are libgit2's own (`message` is copied from `git_error_last()` right after
/// the failing call: it is thread-local). Errors that CVGit detects itself use the closest libgit2 code
/// (`GIT_EBAREREPO`, `GIT_EUNBORNBRANCH`, `GIT_EINVALIDSPEC` …) and class 0. `kind` says what went wrong in
/// terms a caller can act on; `description` explains it, with git's wording where users know it.
public struct GitError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, independent of libgit2's codes.
    public enum Kind: String, Sendable {
        /// The path is not inside a git repository (or does not exist).
        case notARepository
        /// The operation needs a working tree (or index) and the repository is bare.
        case bareRepository
        /// HEAD names a branch that has no commits yet.
        case unbornHead
        /// A revision (or range) that does not resolve, or does not parse.
        case badRevision
        /// A path that does not exist at the given revision, in the index or in the working tree.
        case pathNotFound
        /// A path that names a directory (tree) or a submodule where a file was expected.
        case notAFile
        /// libgit2 refused to open a repository owned by another user (git's `safe.directory`).
        case ownedByAnotherUser
        /// An invalid branch, tag, reference or path name; rejected before anything was written.
        case invalidName
        /// Another argument that cannot be used (an empty commit message, a malformed trailer …); rejected before
        /// anything was written.
        case invalidArgument
        /// A tag, branch or reference that already exists.
        case alreadyExists
        /// A lock file (`….lock`) is present: another git process is running, or one crashed.
        case locked
        /// A branch moved while we were committing onto it, and retrying did not succeed.
        case concurrentUpdate
        /// The branch is checked out in a working tree: committing onto it would desynchronise that tree.
        case branchCheckedOut
        /// A plain file-system error (reading the working tree).
        case fileSystem
        /// Any other libgit2 failure.
        case libgit2
    }

    public let kind: Kind
    /// libgit2's return code (`GIT_ENOTFOUND` = -3 …).
    public let code: Int32
    /// libgit2's `git_error_t` class (`GIT_ERROR_REFERENCE` = 4 …), 0 when libgit2 reported none.
    public let errorClass: Int32
    /// libgit2's message (or CVGit's when libgit2 was not involved).
    public let message: String
    /// The libgit2 function that failed (or the CVGit operation).
    public let operation: String
    /// The revision, path or name the error is about, when there is one.
    public let subject: String?
    private let explanation: String?

    /// One line: what happened, and what to do about it when that is known.
    public var description: String {
        if let explanation { return explanation }
        return "\(message) (\(operation): \(Self.codeName(code)))"
    }

    // MARK: Meaning-level helpers

    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
    public var isLocked: Bool { kind == .locked || code == GIT_ELOCKED.rawValue }
    public var isConflict: Bool {
        code == GIT_ECONFLICT.rawValue || code == GIT_EMERGECONFLICT.rawValue || code == GIT_EMODIFIED.rawValue
            || code == GIT_EEXISTS.rawValue
    }
    public var alreadyExists: Bool { code == GIT_EEXISTS.rawValue }
    public var isAmbiguous: Bool { code == GIT_EAMBIGUOUS.rawValue }
    public var isInvalidSpec: Bool { code == GIT_EINVALIDSPEC.rawValue }
    public var isBareRepository: Bool { kind == .bareRepository || code == GIT_EBAREREPO.rawValue }
    public var isUnbornHead: Bool { kind == .unbornHead || code == GIT_EUNBORNBRANCH.rawValue }
    public var isOwnershipFailure: Bool { kind == .ownedByAnotherUser }

    // MARK: Construction

    /// Builds the error of a failed libgit2 call from `git_error_last()`. Call it right after the call.
    init(code: Int32, operation: String) {
        var klass: Int32 = 0
        var text = "unknown error"
        if let last = git_error_last() {
            klass = last.pointee.klass
            if let cMessage = last.pointee.message { text = String(cString: cMessage) }
        }
        self.code = code
        self.errorClass = klass
        self.message = text
        self.operation = operation
        self.subject = nil
        if Self.isOwnershipMessage(code: code, errorClass: klass, message: text) {
            self.kind = .ownedByAnotherUser
            self.explanation = Self.ownershipExplanation(directory: nil, message: text)
            return
        }
        switch code {
        case GIT_ELOCKED.rawValue: self.kind = .locked
        case GIT_EEXISTS.rawValue: self.kind = .alreadyExists
        case GIT_EBAREREPO.rawValue: self.kind = .bareRepository
        case GIT_EUNBORNBRANCH.rawValue: self.kind = .unbornHead
        case GIT_EMODIFIED.rawValue: self.kind = .concurrentUpdate
        default: self.kind = .libgit2
        }
        self.explanation = nil
    }

    /// An error CVGit found itself, or a libgit2 error re-explained.
    init(
        _ kind: Kind, code: Int32, errorClass: Int32 = 0, message: String, operation: String,
        subject: String? = nil, explanation: String? = nil
    ) {
        self.kind = kind
        self.code = code
        self.errorClass = errorClass
        self.message = message
        self.operation = operation
        self.subject = subject
        self.explanation = explanation
    }

    /// The same libgit2 facts with a meaning and an explanation.
    func explained(as kind: Kind, subject: String?, _ explanation: String) -> GitError {
        GitError(
            kind, code: code, errorClass: errorClass, message: message, operation: operation, subject: subject,
            explanation: explanation)
    }

    static func isOwnershipMessage(code: Int32, errorClass: Int32, message: String) -> Bool {
        if code == GIT_EOWNER.rawValue { return true }
        // libgit2 1.5.1 reports a repository owned by another user as this (misleading) lookup failure.
        return code == GIT_ENOTFOUND.rawValue && errorClass == Int32(GIT_ERROR_CONFIG.rawValue)
            && message.contains("safe.directory")
    }

    static func ownershipExplanation(directory: String?, message: String) -> String {
        let dir = directory ?? "DIR"
        return "detected dubious ownership in repository at '\(dir)': it is owned by another user "
            + "(libgit2: \(message)); if you trust it, run: git config --global --add safe.directory \(dir)"
    }

    /// libgit2's name for a return code, for diagnostics.
    public static func codeName(_ code: Int32) -> String {
        switch code {
        case GIT_OK.rawValue: return "GIT_OK"
        case GIT_ERROR.rawValue: return "GIT_ERROR"
        case GIT_ENOTFOUND.rawValue: return "GIT_ENOTFOUND"
        case GIT_EEXISTS.rawValue: return "GIT_EEXISTS"
        case GIT_EAMBIGUOUS.rawValue: return "GIT_EAMBIGUOUS"
        case GIT_EBUFS.rawValue: return "GIT_EBUFS"
        case GIT_EUSER.rawValue: return "GIT_EUSER"
        case GIT_EBAREREPO.rawValue: return "GIT_EBAREREPO"
        case GIT_EUNBORNBRANCH.rawValue: return "GIT_EUNBORNBRANCH"
        case GIT_EUNMERGED.rawValue: return "GIT_EUNMERGED"
        case GIT_ENONFASTFORWARD.rawValue: return "GIT_ENONFASTFORWARD"
        case GIT_EINVALIDSPEC.rawValue: return "GIT_EINVALIDSPEC"
        case GIT_ECONFLICT.rawValue: return "GIT_ECONFLICT"
        case GIT_ELOCKED.rawValue: return "GIT_ELOCKED"
        case GIT_EMODIFIED.rawValue: return "GIT_EMODIFIED"
        case GIT_EAUTH.rawValue: return "GIT_EAUTH"
        case GIT_ECERTIFICATE.rawValue: return "GIT_ECERTIFICATE"
        case GIT_EAPPLIED.rawValue: return "GIT_EAPPLIED"
        case GIT_EPEEL.rawValue: return "GIT_EPEEL"
        case GIT_EEOF.rawValue: return "GIT_EEOF"
        case GIT_EINVALID.rawValue: return "GIT_EINVALID"
        case GIT_EUNCOMMITTED.rawValue: return "GIT_EUNCOMMITTED"
        case GIT_EDIRECTORY.rawValue: return "GIT_EDIRECTORY"
        case GIT_EMERGECONFLICT.rawValue: return "GIT_EMERGECONFLICT"
        case GIT_ITEROVER.rawValue: return "GIT_ITEROVER"
        case GIT_EOWNER.rawValue: return "GIT_EOWNER"
        default: return "error \(code)"
        }
    }
}

/// Throws the `GitError` of a failed libgit2 call (`rc < 0`), built at once from `git_error_last()`.
@inline(__always)
func check(_ rc: Int32, _ operation: String) throws {
    if rc < 0 { throw GitError(code: rc, operation: operation) }
}
