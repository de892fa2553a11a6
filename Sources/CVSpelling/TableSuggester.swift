#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Suggestions for a misspelt word from the word table alone, without loading hunspell (141 M instructions, and
/// 20-100 ms a word to suggest). The same edits as hunspell's `SuggestMgr::suggest`, in its order: the word in
/// capitals, the .aff's REP replacements, two characters swapped (next to each other, then up to four apart), a
/// keyboard neighbour or a capital in place of a character, a character too many, one forgotten (the .aff's TRY
/// characters, in their order), one moved, a wrong one (TRY order), a doubled pair, two words run together; each
/// candidate kept when it is a form of the table that the dictionary does not mark NOSUGGEST. The capitalisation
/// cases follow `HunspellImpl::suggest` (a capitalised word is tried as written and in lowercase, and its suggestions
/// capitalised). Where no edit gives a word, hunspell ranks the whole dictionary by n-grams; here the nearest forms
/// that start with the word's letter are taken instead, by edit distance within a bound (two edits, more in long
/// words), nearer first, then the longer common start, the closer length, lowercase before capitalised, byte order.
/// No clock: a word always gets the same suggestions, on a quiet machine or a loaded one.
struct TableSuggester {
    typealias Scalars = [Unicode.Scalar]

    let table: WordTable
    private let speller: TableSpeller
    /// hunspell's MAXSUGGESTION (the list each edit pass stops at).
    private static let maximum = 15
    /// hunspell's MAX_CHAR_DISTANCE (long swaps and moves).
    private static let maxCharDistance = 4

    init(table: WordTable) {
        self.table = table
        speller = TableSpeller(table: table)
    }

    /// Up to `limit` suggestions, best first (empty when nothing is near).
    func suggest(_ word: String, limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        var scalars = speller.convert(Array(word.unicodeScalars))
        while scalars.last == "." { scalars.removeLast() }
        guard !scalars.isEmpty, scalars.count < 100 else { return [] }
        return Array(suggestions(scalars).prefix(limit).map { String(String.UnicodeScalarView($0)) })
    }

    private func suggestions(_ word: Scalars) -> [Scalars] {
        var list = List()
        var good = false
        let form = CaseForm(word)
        let lower = CaseForm.lowercased(word)
        var capitalise = false
        switch form {
        case .lowercase:
            good = edits(word, into: &list) || good
        case .initialCapital:
            capitalise = true
            good = edits(word, into: &list) || good
            good = edits(lower, into: &list) || good
        case .mixed, .mixedWithInitialCapital:
            if form == .mixedWithInitialCapital {
                capitalise = true
                good = edits(word, into: &list) || good
                var initialSmall = word
                initialSmall[0] = CaseForm.lower(word[0])
                good = edits(initialSmall, into: &list) || good
            } else {
                good = edits(word, into: &list) || good
            }
            if spells(lower) { list.insertFirst(lower) }
            let fromLowercase = list.items.count
            good = edits(lower, into: &list) || good
            if form == .mixedWithInitialCapital {
                let initial = CaseForm.initialCapital(lower)
                if spells(initial) { list.insertFirst(initial) }
                good = edits(initial, into: &list) || good
            }
            // `aNew` → `a New`: a split whose second word was written with another case is capitalised and put first.
            if fromLowercase < list.items.count {
                for j in fromLowercase..<list.items.count {
                    let item = list.items[j]
                    guard let space = item.firstIndex(of: " ") else { continue }
                    let tail = Array(item[(space + 1)...])
                    if tail.count < word.count && !word.suffix(tail.count).elementsEqual(tail) {
                        list.items.remove(at: j)
                        list.items.insert(Array(item[...space]) + CaseForm.initialCapital(tail), at: 0)
                    }
                }
            }
        case .allCapitals:
            good = edits(lower, into: &list) || good
            good = edits(CaseForm.initialCapital(lower), into: &list) || good
            list.items = list.items.map { $0.map(CaseForm.upper) }
        }
        if !good && list.items.isEmpty {
            let near = nearest(lower, lowercaseWord: form == .lowercase)
            list.items += form == .allCapitals ? near.map { $0.map(CaseForm.upper) } : near
        }
        var result = list.items
        // A word written with a hyphen whose parts are each right but one: the part's suggestions in its place.
        if !good, let dash = word.firstIndex(of: "-"), !result.contains(where: { $0.contains("-") }) {
            result = hyphenated(word, firstDash: dash) + result
        }
        if capitalise { result = result.map(CaseForm.initialCapital) }
        if form == .initialCapital || form == .allCapitals {
            // hunspell's "bad capitalised forms": a suggestion the dictionary rejects as capitalised is taken in
            // lowercase, or capitalised, or dropped.
            result = result.compactMap { suggestion in
                if suggestion.contains(" ") || spells(suggestion) { return suggestion }
                let small = CaseForm.lowercased(suggestion)
                if spells(small) { return small }
                let initial = CaseForm.initialCapital(small)
                return spells(initial) ? initial : nil
            }
        }
        var unique: [Scalars] = []
        for suggestion in result where !unique.contains(suggestion) { unique.append(suggestion) }
        return unique
    }

    /// The suggestions of the part of a hyphenated word that is wrong (`Afo-American` → `Afro-American`).
    private func hyphenated(_ word: Scalars, firstDash: Int) -> [Scalars] {
        var start = 0
        var dash = firstDash
        while true {
            let chunk = Array(word[start..<dash])
            if !chunk.isEmpty, !spells(chunk) {
                return suggestions(chunk).map { Array(word[..<start]) + $0 + Array(word[dash...]) }
            }
            guard dash < word.count else { return [] }
            start = dash + 1
            dash = word[start...].firstIndex(of: "-") ?? word.count
        }
    }

    private func spells(_ scalars: Scalars) -> Bool {
        speller.spell(String(String.UnicodeScalarView(scalars))) ?? true
    }

    /// The suggestion list of one word (hunspell's `slst`): at most `maximum`, no duplicates.
    private struct List {
        var items: [Scalars] = []
        var isFull: Bool { items.count >= TableSuggester.maximum }

        mutating func insertFirst(_ word: Scalars) {
            if isFull { items.removeLast() }
            items.insert(word, at: 0)
        }
    }

    /// One word's edits (`SuggestMgr::suggest`, its first pass: the compound pass adds nothing for words without
    /// digits). True when a good suggestion was found (capitals, REP, a dictionary word pair).
    private func edits(_ word: Scalars, into list: inout List) -> Bool {
        var probe = Probe(table: table, word: word)
        var good = false
        func test(_ candidate: Scalars) {
            if list.isFull || list.items.contains(candidate) { return }
            if probe.isSuggestible(candidate) { list.items.append(candidate) }
        }
        let n = word.count
        // Capitals (`html` → `HTML`).
        var count = list.items.count
        if !list.isFull { test(word.map(CaseForm.upper)) }
        if list.items.count > count { good = true }
        // REP: the .aff's typical slips.
        count = list.items.count
        if !list.isFull && n >= 2 { replacements(word, probe: &probe, list: &list) }
        if list.items.count > count { good = true }
        var candidate = word
        // Two characters next to each other swapped; in words of four or five, two pairs.
        if !list.isFull && n >= 2 {
            for i in 0..<(n - 1) {
                candidate.swapAt(i, i + 1)
                test(candidate)
                candidate.swapAt(i, i + 1)
            }
            if n == 4 || n == 5 {
                candidate[0] = word[1]
                candidate[1] = word[0]
                candidate[2] = word[2]
                candidate[n - 2] = word[n - 1]
                candidate[n - 1] = word[n - 2]
                test(candidate)
                if n == 5 {
                    candidate[0] = word[0]
                    candidate[1] = word[2]
                    candidate[2] = word[1]
                    test(candidate)
                }
                candidate = word
            }
        }
        // Two characters up to four apart swapped.
        if !list.isFull {
            for p in 0..<n {
                for q in 0..<n where abs(q - p) > 1 && abs(q - p) <= Self.maxCharDistance {
                    candidate.swapAt(p, q)
                    test(candidate)
                    candidate.swapAt(p, q)
                }
            }
        }
        // A capital or a keyboard neighbour in place of a character.
        if !list.isFull {
            let keys = table.keyboard
            for i in 0..<n {
                let original = word[i]
                let upper = CaseForm.upper(original)
                if upper != original {
                    candidate[i] = upper
                    test(candidate)
                    candidate[i] = original
                }
                var location = keys.firstIndex(of: original) ?? keys.count
                while location < keys.count {
                    if location > 0 && keys[location - 1] != "|" {
                        candidate[i] = keys[location - 1]
                        test(candidate)
                    }
                    if location + 1 < keys.count && keys[location + 1] != "|" {
                        candidate[i] = keys[location + 1]
                        test(candidate)
                    }
                    location = keys[(location + 1)...].firstIndex(of: original) ?? keys.count
                }
                candidate[i] = original
            }
        }
        // A character too many (from the end).
        if !list.isFull && n >= 2 {
            for index in stride(from: n - 1, through: 0, by: -1) {
                candidate.remove(at: index)
                test(candidate)
                candidate.insert(word[index], at: index)
            }
        }
        // A forgotten character: each TRY character, at each place from the end.
        if !list.isFull {
            for character in table.tryCharacters {
                for index in stride(from: n, through: 0, by: -1) where probe.mayContinue(index, with: character) {
                    candidate.insert(character, at: index)
                    test(candidate)
                    candidate.remove(at: index)
                }
            }
        }
        // A character moved two to four places, rightwards then leftwards.
        if !list.isFull && n >= 2 {
            for p in 0..<n {
                var q = p + 1
                while q < n && q - p <= Self.maxCharDistance {
                    candidate.swapAt(q, q - 1)
                    if q - p >= 2 { test(candidate) }
                    q += 1
                }
                candidate = word
            }
            for a in 0..<n {
                var b = a + 1
                while b < n && b - a <= Self.maxCharDistance {
                    candidate.swapAt(n - 1 - b, n - b)
                    if b - a >= 2 { test(candidate) }
                    b += 1
                }
                candidate = word
            }
        }
        // A wrong character: each TRY character, at each place from the end.
        if !list.isFull {
            for character in table.tryCharacters {
                for i in stride(from: n - 1, through: 0, by: -1) where word[i] != character && probe.mayContinue(i, with: character) {
                    candidate[i] = character
                    test(candidate)
                    candidate[i] = word[i]
                }
            }
        }
        // A pair typed twice (`vacacation`).
        if !list.isFull && n >= 5 {
            var state = 0
            for i in 2..<n {
                if word[i] == word[i - 2] {
                    state += 1
                    if state == 3 || (state == 2 && i >= 4) {
                        test(Array(word[..<(i - 1)]) + Array(word[(i + 1)...]))
                        state = 0
                    }
                } else {
                    state = 0
                }
            }
        }
        // Two words run together.
        return twoWords(word, probe: &probe, list: &list, good: good)
    }

    /// `SuggestMgr::replchars`: each REP pattern at each place it occurs (anchors `^`/`$` honoured), `_` a space; a
    /// replacement that makes two words is kept when both are words.
    private func replacements(_ word: Scalars, probe: inout Probe, list: inout List) {
        let bytes = Array(String(String.UnicodeScalarView(word)).utf8)
        for (rawFrom, rawTo) in table.replacements {
            var from = rawFrom[...]
            let atStart = from.first == UInt8(ascii: "^")
            if atStart { from = from.dropFirst() }
            let atEnd = from.last == UInt8(ascii: "$")
            if atEnd { from = from.dropLast() }
            guard !from.isEmpty, from.count <= bytes.count else { continue }
            let to = rawTo.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }
            for r in 0...(bytes.count - from.count) where bytes[r..<(r + from.count)].elementsEqual(from) {
                if atStart && r != 0 { continue }
                if atEnd && r + from.count != bytes.count { continue }
                let candidateBytes = Array(bytes[..<r]) + to + Array(bytes[(r + from.count)...])
                let candidate = Array(String(decoding: candidateBytes, as: UTF8.self).unicodeScalars)
                if !list.isFull, !list.items.contains(candidate), probe.isSuggestible(candidate) { list.items.append(candidate) }
                guard candidate.contains(" ") else { continue }
                var previous = 0
                var space = candidate.firstIndex(of: " ")
                while let sp = space {
                    let post = Array(candidate[(sp + 1)...])
                    if probe.isSuggestible(Array(candidate[previous..<sp])), !list.isFull, !list.items.contains(post),
                        probe.isSuggestible(post)
                    {
                        list.items.append(candidate)
                    }
                    previous = sp + 1
                    space = candidate[previous...].firstIndex(of: " ")
                }
            }
        }
    }

    /// `SuggestMgr::twowords`: the word split in two at each place; a dictionary entry with the space or hyphen
    /// comes first (and is a good suggestion), else both parts being words gives `part part` and `part-part`.
    private func twoWords(_ word: Scalars, probe: inout Probe, list: inout List, good initiallyGood: Bool) -> Bool {
        var good = initiallyGood
        guard word.count >= 3 else { return good }
        let dashUsage = table.tryCharacters.contains("-") || table.tryCharacters.contains("a")
        for split in 1..<word.count {
            let head = Array(word[..<split])
            let tail = Array(word[split...])
            for joiner: Unicode.Scalar in dashUsage ? [" ", "-"] : [" "] {
                let joined = head + [joiner] + tail
                if probe.isSuggestible(joined) {
                    if !good {
                        good = true
                        list.items.removeAll()
                    }
                    list.items.insert(joined, at: 0)
                }
            }
            guard !list.isFull, !good, probe.isSuggestible(head), probe.isSuggestible(tail) else { continue }
            let spaced = head + [" "] + tail
            var fresh = !list.items.contains(spaced)
            if fresh && !list.isFull { list.items.append(spaced) }
            if dashUsage && tail.count > 1 && head.count > 1 {
                let dashed = head + ["-"] + tail
                if list.items.contains(dashed) { fresh = false }
                if !list.isFull && fresh { list.items.append(dashed) }
            }
        }
        return good
    }

    /// The table's forms near `word` (lowercase) when no edit found one: those starting with its first letter (in
    /// either case; not capitalised forms for a lowercase word, as hunspell's n-gram pass skips them) within
    /// `max(2, (letters + 2) / 4)` edits (optimal string alignment, case folded), ranked by hunspell's final n-gram score
    /// (`ngramScore`). None when the best is one hunspell marks down as too unlike the word (its -1000 rule): a
    /// foreign word or an identifier, not a slip.
    func nearest(_ word: Scalars, lowercaseWord: Bool = true, limit: Int = 5) -> [Scalars] {
        guard let first = word.first else { return [] }
        let target = word.map { CaseForm.lower($0).value }
        let bound = max(2, (word.count + 2) / 4)
        let targetASCII = target.allSatisfy { $0 < 0x80 }
        let targetMask = target.reduce(UInt32(0)) { $0 | Self.letterBit($1) }
        var found: [(score: Int, distance: Int, line: [UInt8])] = []
        let starts = Set([first, CaseForm.upper(first)].map { Array(String($0).utf8)[0] })
        var row = [Int](repeating: 0, count: target.count + 1)
        var previousRow = row
        var beforeRow = row
        var letters: [UInt32] = []
        for start in starts.sorted() {
            let (bytes, range) = table.mainLines(startingWith: start)
            guard !range.isEmpty, let base = bytes.baseAddress else { continue }
            let line = UnsafePointer<UInt8>(base.assumingMemoryBound(to: UInt8.self))
            var lineStart = range.lowerBound
            while lineStart < range.upperBound {
                // One pass over the line: its end, its letters (as a mask), ASCII or not, its capitals.
                var lineEnd = lineStart
                var high: UInt8 = 0
                var mask: UInt32 = 0
                var capitals = 0
                while line[lineEnd] != 0x0A {
                    let byte = line[lineEnd]
                    high |= byte
                    if byte &- 0x41 < 26 { capitals += 1 }
                    mask |= Self.letterBit(UInt32(byte))
                    lineEnd += 1
                }
                defer { lineStart = lineEnd + 1 }
                let ascii = high < 0x80
                let length = lineEnd - lineStart
                // A line far longer or shorter in bytes cannot be near (a letter is at most four bytes).
                guard length <= (target.count + bound) * 4, length * 4 >= target.count - bound else { continue }
                // Each edit brings in or takes away at most one letter: a line holding more than `bound` letters the
                // word lacks, or lacking more than `bound` of the word's, is too far (checked on ASCII lines).
                if ascii && targetASCII
                    && ((mask & ~targetMask).nonzeroBitCount > bound || (targetMask & ~mask).nonzeroBitCount > bound)
                {
                    continue
                }
                letters.removeAll(keepingCapacity: true)
                var original: [UInt32] = []
                if ascii {
                    for index in lineStart..<lineEnd {
                        let byte = bytes[index]
                        letters.append(UInt32(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte))
                    }
                } else {
                    for scalar in String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self).unicodeScalars {
                        letters.append(CaseForm.lower(scalar).value)
                        original.append(scalar.value)
                    }
                    capitals = zip(letters, original).filter { $0 != $1 }.count
                }
                // A capitalised form (`Paris`) for a lowercase word: hunspell's n-grams skip it.
                if lowercaseWord && capitals == 1 && !(start >= 0x61 && start <= 0x7A) && letters.count > 1 { continue }
                guard abs(letters.count - target.count) <= bound else { continue }
                guard let distance = Self.distance(target, letters, bound: bound, row: &row, previous: &previousRow, before: &beforeRow)
                else { continue }
                found.append((Self.ngramScore(target, letters), distance,
                    Array(UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]))))
            }
        }
        found.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.distance != b.distance { return a.distance < b.distance }
            return a.line.lexicographicallyPrecedes(b.line)
        }
        var result: [Scalars] = []
        for candidate in found where result.count < limit && candidate.score > -100 && !table.isUnsuggested(candidate.line) {
            result.append(Array(String(decoding: candidate.line, as: UTF8.self).unicodeScalars))
        }
        return result
    }

    /// hunspell's final score of an n-gram guess (`SuggestMgr::ngsuggest`, lowercase both): twice the longest common
    /// subsequence less the length difference, the common start, a shared position, a swap of two letters, 4-gram and
    /// weighted 2-gram similarity both ways, and -1000 when the weighted 2-grams fall below the two lengths together.
    static func ngramScore(_ word: [UInt32], _ guess: [UInt32]) -> Int {
        let n = word.count
        let length = guess.count
        let weighted = ngram(2, word, guess, weighted: true) + ngram(2, guess, word, weighted: true)
        var common = 0
        while common < min(n, length) && word[common] == guess[common] { common += 1 }
        var same = 0
        var differences: [Int] = []
        for i in 0..<min(n, length) {
            if word[i] == guess[i] { same += 1 } else { differences.append(i) }
        }
        let swap = differences.count == 2 && n == length && word[differences[0]] == guess[differences[1]]
            && word[differences[1]] == guess[differences[0]]
        return 2 * longestCommonSubsequence(word, guess) - abs(n - length) + common + (same > 0 ? 1 : 0) + (swap ? 10 : 0)
            + ngram(4, word, guess, weighted: false) + weighted + (weighted < n + length ? -1000 : 0)
    }

    /// hunspell's `ngram` with NGRAM_ANY_MISMATCH: the substrings of `a` of each length up to `n` found in `b` (less one,
    /// or two at an edge, for each one missing when weighted), less the length difference beyond two.
    static func ngram(_ n: Int, _ a: [UInt32], _ b: [UInt32], weighted: Bool) -> Int {
        guard !b.isEmpty else { return 0 }
        var score = 0
        for j in 1...max(1, n) where j <= a.count || weighted {
            var count = 0
            if j <= a.count {
                for i in 0...(a.count - j) {
                    var found = false
                    if j <= b.count {
                        for l in 0...(b.count - j) where b[l] == a[i] {
                            var k = 1
                            while k < j && a[i + k] == b[l + k] { k += 1 }
                            if k == j {
                                found = true
                                break
                            }
                        }
                    }
                    if found {
                        count += 1
                    } else if weighted {
                        count -= 1
                        if i == 0 || i == a.count - j { count -= 1 }
                    }
                }
            }
            score += count
            if count < 2 && !weighted { break }
        }
        let excess = abs(b.count - a.count) - 2
        return score - max(excess, 0)
    }

    static func longestCommonSubsequence(_ a: [UInt32], _ b: [UInt32]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var row = previous
        for i in 1...a.count {
            for j in 1...b.count {
                row[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], row[j - 1])
            }
            swap(&previous, &row)
        }
        return previous[b.count]
    }

    /// A bit for a character, the same for both cases of an ASCII letter (other characters share six bits).
    @inline(__always) private static func letterBit(_ value: UInt32) -> UInt32 {
        let folded = value | 0x20
        if folded >= 0x61 && folded <= 0x7A { return 1 << (folded - 0x61) }
        return 1 << (26 + value % 6)
    }

    /// Optimal string alignment distance when it is at most `bound`, else nil (stops once a whole row exceeds it).
    static func distance(_ a: [UInt32], _ b: [UInt32], bound: Int, row: inout [Int], previous: inout [Int], before: inout [Int]) -> Int? {
        let m = a.count
        guard m > 0 else { return b.count <= bound ? b.count : nil }
        if row.count < m + 1 {
            row = [Int](repeating: 0, count: m + 1)
            previous = row
            before = row
        }
        for j in 0...m { previous[j] = j }
        if b.isEmpty { return m <= bound ? m : nil }
        for i in 1...b.count {
            row[0] = i
            var smallest = i
            for j in 1...m {
                let cost = a[j - 1] == b[i - 1] ? 0 : 1
                var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[j - 1] == b[i - 2], a[j - 2] == b[i - 1] { value = min(value, before[j - 2] + 1) }
                row[j] = value
                smallest = min(smallest, value)
            }
            if smallest > bound { return nil }
            swap(&before, &previous)
            swap(&previous, &row)
        }
        return previous[m] <= bound ? previous[m] : nil
    }
}

/// Table lookups for the candidates of one word: most candidates share a start with the word, so the lines that
/// start with each of its first bytes are found once (each range within the one before) and a candidate is searched
/// only among the lines that share its start; a start no line has answers at once.
private struct Probe {
    let table: WordTable
    private let word: [Unicode.Scalar]
    private let bytes: [UInt8]
    /// `offsets[k]`: the byte length of the word's first `k` scalars.
    private let offsets: [Int]
    /// `ranges[k]`: the main block's lines starting with the word's first `k` bytes (computed on demand).
    private var ranges: [Range<Int>]
    /// `children[k]`: the lines of `ranges[k]` split by their next byte (computed on demand; empty: not yet).
    private var children: [[Range<Int>]] = []
    /// The candidate's bytes (one buffer for every candidate).
    private var buffer: [UInt8] = []

    init(table: WordTable, word: [Unicode.Scalar]) {
        self.table = table
        self.word = word
        var bytes: [UInt8] = []
        var offsets = [0]
        for scalar in word {
            bytes.append(contentsOf: scalar.utf8)
            offsets.append(bytes.count)
        }
        self.bytes = bytes
        self.offsets = offsets
        ranges = [table.mainRange]
        buffer.reserveCapacity(bytes.count + 8)
    }

    /// A form of the table, not marked NOSUGGEST.
    mutating func isSuggestible(_ candidate: [Unicode.Scalar]) -> Bool {
        // The scalars it shares with the word at the start: no line starting with those bytes, no word (checked
        // before the candidate is even encoded: most edits past a slip's place end here).
        var sharedScalars = 0
        while sharedScalars < candidate.count && sharedScalars < word.count && candidate[sharedScalars] == word[sharedScalars] {
            sharedScalars += 1
        }
        var shared = offsets[sharedScalars]
        guard let range = range(sharedBytes: shared), !range.isEmpty else { return false }
        // No line goes on from the shared start with the candidate's next character: not a word (before encoding it).
        if sharedScalars < candidate.count && !mayContinue(sharedScalars, with: candidate[sharedScalars]) { return false }
        buffer.removeAll(keepingCapacity: true)
        for scalar in candidate {
            if scalar.value < 0x80 { buffer.append(UInt8(scalar.value)) } else { buffer.append(contentsOf: scalar.utf8) }
        }
        while shared < buffer.count && shared < bytes.count && buffer[shared] == bytes[shared] { shared += 1 }
        guard let sharedRange = self.range(sharedBytes: shared), !sharedRange.isEmpty else { return false }
        var within = sharedRange
        if shared < buffer.count {
            // The lines that go on with the candidate's next byte: none for most candidates.
            while children.count <= shared { children.append([]) }
            if children[shared].isEmpty { children[shared] = table.children(sharedRange, offset: shared) }
            within = children[shared][Int(buffer[shared])]
            guard !within.isEmpty else { return false }
        }
        return table.contains(buffer, within: within) && !table.isUnsuggested(buffer)
    }

    /// False when no line starts with the word's first `prefix` scalars followed by `next`: a candidate that keeps those
    /// and puts `next` after them is not a word (asked before the candidate is built).
    mutating func mayContinue(_ prefix: Int, with next: Unicode.Scalar) -> Bool {
        let offset = offsets[prefix]
        guard let range = range(sharedBytes: offset), !range.isEmpty else { return false }
        while children.count <= offset { children.append([]) }
        if children[offset].isEmpty { children[offset] = table.children(range, offset: offset) }
        let lead = next.value < 0x80 ? Int(next.value) : Int(next.utf8.first!)
        return !children[offset][lead].isEmpty
    }

    private mutating func range(sharedBytes shared: Int) -> Range<Int>? {
        while ranges.count <= shared {
            let k = ranges.count - 1
            let previous = ranges[k]
            ranges.append(previous.isEmpty ? previous : table.narrow(previous, offset: k, byte: bytes[k]))
        }
        return ranges[shared]
    }
}
