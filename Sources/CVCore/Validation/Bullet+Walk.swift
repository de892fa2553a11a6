extension Bullet {
    /// This bullet and all its descendants, depth first, without recursion (lists may nest 10,000 deep).
    var walk: [Bullet] {
        var result: [Bullet] = []
        var stack: [Bullet] = [self]
        while let bullet = stack.popLast() {
            result.append(bullet)
            stack.append(contentsOf: bullet.children.reversed())
        }
        return result
    }
}
