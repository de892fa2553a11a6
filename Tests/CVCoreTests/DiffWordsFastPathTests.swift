import Testing
@testable import CVCore

/// The differ's word work on bytes and on the words between equal ends: the same answers as the plain definitions,
/// written out here, on made-up items built to trip them (numbers, function words, repeated words, words moved to
/// the other end).
@Suite struct DiffWordsFastPathTests {
    static let items = [
        "Ran the night shift rota for a depot of 40 drivers and 12 vans.",
        "Ran the night-shift rota for a depot of forty drivers, with the vans.",
        "Cut fuel costs by 2,500 a month with shorter routes from the depot.",
        "Shorter routes from the depot cut fuel costs: 2,500 saved a month.",
        "Trained the new dispatchers and wrote their first handbook.",
        "Wrote the handbook for new dispatchers, then trained them.",
        "and the for with from into that this was were are has have had its our",
        "C++ and C# services for the 24/7 desk; SQL tuned by hand.",
        "Café menus, naïve pricing and a déjà vu of 1999 — all fixed.",
        "a b c a b c a b c",
        "c b a c b a",
        "",
        "   ",
        "123 4567 89 000",
        "the the the depot depot depot",
    ]

    /// `Key.contentWords` as it was first written: loose keys of three letters or more, numbers and function words left out.
    static func contentWordsPlain(_ s: String) -> Set<String> {
        Set(Key.loose(s).split(separator: " ").lazy.filter { $0.count >= 3 && !$0.allSatisfy(\.isNumber) }.map(String.init))
            .subtracting(Key.functionWords)
    }

    @Test func contentWordsOnBytesAreTheWordsOfTheDefinition() {
        for item in Self.items {
            #expect(Key.contentWords(item) == Self.contentWordsPlain(item), "\(item)")
        }
        #expect(Key.contentWords("Trained 40 staff across the region") == ["trained", "staff", "across", "region"])
    }

    /// The longest common subsequence by the whole table, nothing cut.
    static func lcsPlain(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 1...a.count {
            for j in 1...b.count { t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : max(t[i - 1][j], t[i][j - 1]) }
        }
        return t[a.count][b.count]
    }

    /// The word diff's operations by the whole table, walked from the start (the walk `WordDiff` makes).
    static func operationsPlain(_ a: [String], _ b: [String]) -> [(WordDiff.Operation, String)] {
        let n = a.count
        let m = b.count
        var t = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) { t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1]) }
        }
        var ops: [(WordDiff.Operation, String)] = []
        var (i, j) = (0, 0)
        while i < n || j < m {
            let op: WordDiff.Operation = i == n ? .added : j == m ? .removed : a[i] == b[j] ? .same : t[i + 1][j] >= t[i][j + 1] ? .removed : .added
            ops.append((op, op == .added ? b[j] : a[i]))
            if op != .added { i += 1 }
            if op != .removed { j += 1 }
        }
        return ops
    }

    @Test func commonEndsCutFromTheTableGiveTheSameLengthAndOperations() {
        var pairs: [([String], [String])] = []
        for x in Self.items {
            for y in Self.items { pairs.append((WordDiff.words(x), WordDiff.words(y))) }
        }
        // A word of the common end found earlier in the other list, and lists that are each other's start or end.
        pairs += [
            (["A"], ["A", "A"]), (["A", "A"], ["A"]), (["x", "A"], ["A", "y", "A"]), (["p", "q"], ["p", "q", "r"]),
            (["q", "r"], ["p", "q", "r"]), (["p", "x", "q"], ["p", "q", "x", "q"]),
        ]
        for (a, b) in pairs {
            let keysA = a.map(WordDiff.key)
            let keysB = b.map(WordDiff.key)
            #expect(WordDiff.lcsLength(keys: keysA, keysB) == Self.lcsPlain(keysA, keysB), "\(a) / \(b)")
            let ops = WordDiff.lcsOperations(a, b)
            let plain = Self.operationsPlain(a, b)
            #expect(ops.map(\.0) == plain.map(\.0) && ops.map(\.1) == plain.map(\.1), "\(a) / \(b)")
        }
        // What a reader sees: the reworded item's kept words, and the new ones where they were put.
        let diff = WordDiff(old: "Ran the weekly stand-up", new: "Ran the daily stand-up")
        #expect(diff.segments == [.init(.same, "Ran the"), .init(.removed, "weekly"), .init(.added, "daily"), .init(.same, "stand-up")])
    }
}
