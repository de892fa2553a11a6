/// A global one-to-one assignment maximising the total score (Hungarian algorithm, O(n³)): used to pair
/// roles, bullets and projects of two versions when natural keys do not settle it. Pairs scoring below
/// `threshold` are left unpaired.
enum Assignment {
    static func best(_ scores: [[Double]], threshold: Double) -> [(Int, Int)] {
        let rows = scores.count
        guard rows > 0, let cols = scores.first?.count, cols > 0 else { return [] }
        let n = max(rows, cols)
        // Minimise cost = maxScore - score on a square matrix padded with zeros.
        let maxScore = scores.flatMap { $0 }.max() ?? 0
        var cost = [[Double]](repeating: [Double](repeating: maxScore, count: n + 1), count: n + 1)
        for i in 0..<rows { for j in 0..<cols { cost[i + 1][j + 1] = maxScore - scores[i][j] } }
        var u = [Double](repeating: 0, count: n + 1)
        var v = [Double](repeating: 0, count: n + 1)
        var p = [Int](repeating: 0, count: n + 1)
        var way = [Int](repeating: 0, count: n + 1)
        for i in 1...n {
            p[0] = i
            var j0 = 0
            var minv = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Double.infinity
                var j1 = 0
                for j in 1...n where !used[j] {
                    let cur = cost[i0][j] - u[i0] - v[j]
                    if cur < minv[j] { minv[j] = cur; way[j] = j0 }
                    if minv[j] < delta { delta = minv[j]; j1 = j }
                }
                for j in 0...n {
                    if used[j] { u[p[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var pairs: [(Int, Int)] = []
        for j in 1...n {
            let i = p[j]
            if i >= 1, i <= rows, j <= cols, scores[i - 1][j - 1] >= threshold {
                pairs.append((i - 1, j - 1))
            }
        }
        return pairs.sorted { $0.0 < $1.0 }
    }

    /// The elements that kept their order: which positions of `sequence` are in a longest strictly increasing subsequence (true for each).
    static func longestIncreasing(_ sequence: [Int]) -> [Bool] {
        // Already in order (nothing moved, the common case): every position.
        if zip(sequence, sequence.dropFirst()).allSatisfy({ $0 < $1 }) { return [Bool](repeating: true, count: sequence.count) }
        var tails: [Int] = []  // indices into sequence
        var previous = [Int](repeating: -1, count: sequence.count)
        for (i, x) in sequence.enumerated() {
            var lo = 0
            var hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sequence[tails[mid]] < x { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var result = [Bool](repeating: false, count: sequence.count)
        var k = tails.last ?? -1
        while k >= 0 { result[k] = true; k = previous[k] }
        return result
    }
}
