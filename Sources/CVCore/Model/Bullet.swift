/// One bullet point (or a paragraph kept as free text) with its nested bullets.
public struct Bullet: Sendable, Hashable, Codable {
    /// Plain text, markup removed, whitespace collapsed.
    public var text: String
    public var children: [Bullet]
    public var source: SourceRange

    public init(text: String, children: [Bullet] = [], source: SourceRange) {
        self.text = text
        self.children = children
        self.source = source
    }

    /// This bullet and all its descendants, depth first.
    public var flattened: [Bullet] {
        [self] + children.flatMap(\.flattened)
    }
}
