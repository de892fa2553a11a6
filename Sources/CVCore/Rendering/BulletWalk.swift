/// Walks bullet trees without recursion: nesting comes from the input and may be deep.
enum BulletWalk {
    /// Every bullet of the trees, depth first, with its depth (0 for the given ones).
    static func depthFirst(_ bullets: [Bullet]) -> [(bullet: Bullet, depth: Int)] {
        var out: [(bullet: Bullet, depth: Int)] = []
        var stack: [(Bullet, Int)] = bullets.reversed().map { ($0, 0) }
        while let (b, d) = stack.popLast() {
            out.append((b, d))
            for child in b.children.reversed() { stack.append((child, d + 1)) }
        }
        return out
    }

    /// Every bullet of the trees as a childless bullet, depth first.
    static func flatten(_ bullets: [Bullet]) -> [Bullet] {
        depthFirst(bullets).map { Bullet(text: $0.bullet.text, source: $0.bullet.source) }
    }
}
