/// A plain unified line diff: the honest fallback when a version cannot be read as a CV
/// (the semantic diff says so, then shows lines, as difftastic does).
public enum LineDiff {
    /// Lines beyond this many on either side are not diffed line by line (the table would be too large).
    public static let maximumLines = 4000

    /// `-old` / `+new` / ` same` lines with `context` lines around each change, `@@` hunk headers.
    public static func unified(old: String, new: String, context: Int = 3) -> String? {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a.count <= maximumLines, b.count <= maximumLines else { return nil }
        let n = a.count
        let m = b.count
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        enum Op { case same(Int, Int), del(Int), ins(Int) }
        var ops: [Op] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { ops.append(.same(i, j)); i += 1; j += 1 }
            else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] { ops.append(.ins(j)); j += 1 }
            else { ops.append(.del(i)); i += 1 }
        }
        var out = ""
        var k = 0
        while k < ops.count {
            guard let first = ops[k...].firstIndex(where: { if case .same = $0 { return false }; return true }) else { break }
            var end = first
            var sameRun = 0
            var last = first
            while end < ops.count {
                if case .same = ops[end] { sameRun += 1; if sameRun > 2 * context { break } } else { sameRun = 0; last = end }
                end += 1
            }
            let lo = max(k, first - context)
            let hi = min(ops.count, last + context + 1)
            var oldStart = 0
            var newStart = 0
            for op in ops[..<lo] {
                switch op { case .same: oldStart += 1; newStart += 1; case .del: oldStart += 1; case .ins: newStart += 1 }
            }
            var body = ""
            var oldCount = 0
            var newCount = 0
            for op in ops[lo..<hi] {
                switch op {
                case .same(let x, _): body += " " + a[x] + "\n"; oldCount += 1; newCount += 1
                case .del(let x): body += "-" + a[x] + "\n"; oldCount += 1
                case .ins(let y): body += "+" + b[y] + "\n"; newCount += 1
                }
            }
            out += "@@ -\(oldStart + 1),\(oldCount) +\(newStart + 1),\(newCount) @@\n" + body
            k = hi
        }
        return out
    }
}
