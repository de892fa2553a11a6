/// A resolved `A..B` or `A...B` range.
///
/// `A..B` means the commits reachable from `to` but not from `from`; `A...B` (symmetric) the commits
/// reachable from either but not both. `mergeBase` is the best common ancestor of `from` and `to` for both
/// forms (nil when the histories are unrelated); diff `A...B` from `mergeBase` to `to`, as git does.
public struct RevisionRange: Hashable, Sendable {
    public let from: ObjectID
    public let to: ObjectID
    public let mergeBase: ObjectID?
    /// True for `A...B`.
    public let isSymmetric: Bool

    public init(from: ObjectID, to: ObjectID, mergeBase: ObjectID?, isSymmetric: Bool) {
        self.from = from
        self.to = to
        self.mergeBase = mergeBase
        self.isSymmetric = isSymmetric
    }
}
