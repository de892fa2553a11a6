import CVCore
import CVGit

/// What `cvtrack diff` compares, with git's meaning of its arguments.
public struct DiffSides: Sendable, Hashable {
    /// A side of the comparison: a revision, the index, the working tree; nil revision = nothing (unborn HEAD).
    public enum Side: Sendable, Hashable, CustomStringConvertible {
        case revision(String)
        case index
        case workingTree
        case empty

        public var description: String {
            switch self {
            case .revision(let r): return r
            case .index: return "index"
            case .workingTree: return "working tree"
            case .empty: return "nothing"
            }
        }
    }

    public var old: Side
    public var new: Side

    /// git's rules: no revision → index vs working tree; `--staged` → HEAD vs index (`REV` vs index with a
    /// revision); `REV` → REV vs working tree; `A B` and `A..B` → A vs B; `A...B` → merge base vs B.
    public static func plan(revisions: [String], staged: Bool, repository: Repository) throws -> DiffSides {
        func head() -> Side { repository.isHeadUnborn ? .empty : .revision("HEAD") }
        if staged {
            guard revisions.count <= 1 else { throw WorkspaceError("--staged takes at most one revision") }
            return DiffSides(old: revisions.first.map { .revision($0) } ?? head(), new: .index)
        }
        switch revisions.count {
        case 0:
            return DiffSides(old: .index, new: .workingTree)
        case 1:
            let spec = revisions[0]
            if spec.contains("..") {
                let range = try repository.resolveRange(spec)
                let from: ObjectID
                if range.isSymmetric {
                    guard let base = range.mergeBase else { throw WorkspaceError("\(spec): the two revisions have no common ancestor") }
                    from = base
                } else {
                    from = range.from
                }
                return DiffSides(old: .revision(from.hex), new: .revision(range.to.hex))
            }
            _ = try repository.resolveCommit(spec)
            return DiffSides(old: .revision(spec), new: .workingTree)
        case 2:
            for r in revisions { _ = try repository.resolveCommit(r) }
            return DiffSides(old: .revision(revisions[0]), new: .revision(revisions[1]))
        default:
            throw WorkspaceError("give at most two revisions (or A..B, A...B), then -- and the paths")
        }
    }
}

extension Workspace {
    /// The bytes of `path` on one side of a diff; nil when the file is not there (added or deleted).
    /// At a revision where the file had another name, its name there is found by following renames.
    public func bytes(of path: String, at side: DiffSides.Side, followingFrom newer: DiffSides.Side? = nil) throws -> (bytes: [UInt8], path: String)? {
        switch side {
        case .empty:
            return nil
        case .workingTree:
            return try repository.workingTreeContents(path: path).map { ($0, path) }
        case .index:
            return try repository.stagedContents(path: path).map { ($0, path) }
        case .revision(let rev):
            let commit = try repository.resolveCommit(rev)
            if let blob = try repository.blobID(commit: commit, path: path) {
                return (try repository.blobContents(blob), path)
            }
            // Renamed since? Follow the file's history back from the newer side to this commit.
            let start: String
            if case .revision(let r)? = newer { start = r } else { start = repository.isHeadUnborn ? rev : "HEAD" }
            guard let versions = try? repository.history(path: path, from: start) else { return nil }
            for v in versions where v.path != path {
                if let blob = try repository.blobID(commit: commit, path: v.path) {
                    return (try repository.blobContents(blob), v.path)
                }
            }
            return nil
        }
    }
}
