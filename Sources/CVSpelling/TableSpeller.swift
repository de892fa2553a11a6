/// `Hunspell_spell` re-enacted over a `WordTable`: input conversion, numbers, the capitalisation
/// cases, and recursive breaking at hyphens, in hunspell's order. Answers `true`/`false` when the
/// table decides, `nil` when only hunspell can (abbreviations with a trailing dot, compounds with
/// digits such as `21st`, very long words, whitespace).
struct TableSpeller {
    let table: WordTable
    /// hunspell refuses longer words outright; we leave them to hunspell.
    private static let maximumBytes = 100

    /// No ICONV pattern and no BREAK pattern can match inside a word of ASCII letters only (each holds another
    /// character), so such a word is judged by its case form and table lookups alone (`spellLetters`).
    private let lettersAreFinal: Bool

    init(table: WordTable) {
        self.table = table
        func holdsOther(_ bytes: some Collection<UInt8>) -> Bool { bytes.contains { !Self.isASCIILetter($0) } }
        lettersAreFinal = table.inputConversions.allSatisfy { from, _ in from.contains { !$0.isASCII || !Self.isASCIILetter(UInt8($0.value)) } }
            && table.breakPatterns.allSatisfy { pattern in
                var core = pattern[...]
                if core.first == UInt8(ascii: "^") { core = core.dropFirst() }
                if core.last == UInt8(ascii: "$") { core = core.dropLast() }
                return !core.isEmpty && holdsOther(core)
            }
    }

    func spell(_ word: String) -> Bool? {
        if lettersAreFinal, let verdict = spellLetters(word.utf8) { return verdict }
        return spell(scalars: Array(word.unicodeScalars), depth: 0)
    }

    /// The general path alone (tests compare `spellLetters` with it).
    func spellGeneral(_ word: String) -> Bool? {
        spell(scalars: Array(word.unicodeScalars), depth: 0)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// `spell(scalars:depth:)` for a word of ASCII letters written in lowercase, with an initial capital or in
    /// capitals, on its bytes: nil for any other word. With no conversion or break pattern to apply (`lettersAreFinal`),
    /// no digit and no apostrophe, hunspell's order of lookups comes down to these (checked against the general path
    /// in `TableSpellerTests`).
    func spellLetters(_ utf8: String.UTF8View) -> Bool? {
        // On the string's own bytes where it has them (a native or small string), else on a copy.
        if let verdict = utf8.withContiguousStorageIfAvailable({ spellLetters(bytes: $0) }) { return verdict }
        return Array(utf8).withUnsafeBufferPointer { spellLetters(bytes: $0) }
    }

    private func spellLetters(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = bytes.count
        guard count > 0, count < Self.maximumBytes else { return nil }
        var capitals = 0
        for index in 0..<count {
            let byte = bytes[index]
            if byte >= 0x61 && byte <= 0x7A { continue }
            guard byte >= 0x41 && byte <= 0x5A else { return nil }
            capitals += 1
        }
        func either(_ form: UnsafeBufferPointer<UInt8>) -> Bool { table.contains(bytes: form) || table.containsUpperOnly(bytes: form) }
        if capitals == 0 { return either(bytes) }
        let firstCapital = bytes[0] <= 0x5A
        guard (capitals == 1 && firstCapital) || capitals == count else { return nil }
        // The lowercase form (and the initial capital's) in a buffer on the stack.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            for index in 0..<count { buffer[index] = bytes[index] <= 0x5A ? bytes[index] + 32 : bytes[index] }
            let lower = UnsafeBufferPointer(buffer)
            if capitals == 1 { return table.contains(bytes: bytes) || either(lower) }
            // In capitals: as written, with an initial capital, in lowercase.
            if either(bytes) { return true }
            buffer[0] -= 32
            if either(UnsafeBufferPointer(buffer)) { return true }
            buffer[0] += 32
            return either(lower)
        }
    }

    private func spell(scalars input: [Unicode.Scalar], depth: Int) -> Bool? {
        guard depth < 12 else { return nil }
        let scalars = convert(input)
        guard !scalars.isEmpty, scalars.reduce(0, { $0 + $1.utf8.count }) < Self.maximumBytes else { return nil }
        for scalar in scalars {
            // Blanks, trailing dots (abbreviations), characters outside hunspell's 16-bit tables. In ASCII the only
            // blanks are the space and controls below it (U+0009-U+000D), so only other scalars ask their properties.
            if scalar.value < 0x80 {
                if scalar.value <= 0x20 { return nil }
                continue
            }
            if scalar.properties.isWhitespace || scalar.value > 0xFFFF { return nil }
        }
        if scalars.last == "." || scalars.first == "\u{130}" { return nil }
        if Self.isNumber(scalars) { return true }

        let form = CaseForm(scalars)
        var verdict = Verdict.no
        var breakWord = scalars
        switch form {
        case .lowercase, .mixed, .mixedWithInitialCapital:
            verdict.or(checkword(scalars, initialCapital: false))
        case .allCapitals:
            verdict.or(checkword(scalars, initialCapital: false))
            if verdict == .yes { return true }
            // hunspell's apostrophe rule: SANT'ELIA → sant'Elia, Sant'Elia.
            if let apostrophe = scalars.firstIndex(of: "'") {
                let lower = CaseForm.lowercased(scalars)
                if apostrophe < lower.count - 1 {
                    let joined = Array(lower[...apostrophe]) + CaseForm.initialCapital(Array(lower[(apostrophe + 1)...]))
                    verdict.or(checkword(joined, initialCapital: false))
                    verdict.or(checkword(CaseForm.initialCapital(joined), initialCapital: false))
                }
            }
            breakWord = CaseForm.initialCapital(CaseForm.lowercased(scalars))
            verdict.or(checkword(breakWord, initialCapital: false))
            verdict.or(checkword(CaseForm.lowercased(scalars), initialCapital: false))
        case .initialCapital:
            verdict.or(checkword(scalars, initialCapital: true))
            breakWord = CaseForm.initialCapital(CaseForm.lowercased(scalars))
            verdict.or(checkword(CaseForm.lowercased(scalars), initialCapital: false))
        }
        if verdict == .yes { return true }
        let broken = breaks(Array(String(String.UnicodeScalarView(breakWord)).utf8), depth: depth)
        if broken == .yes { return true }
        if verdict == .unknown || broken == .unknown { return nil }
        return false
    }

    /// hunspell's `checkword`: the exact form, with its affixes, compounds and hidden capitals.
    private func checkword(_ scalars: [Unicode.Scalar], initialCapital: Bool) -> Verdict {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 4)
        for scalar in scalars { bytes.append(contentsOf: scalar.utf8) }
        if table.contains(bytes) { return .yes }
        if !initialCapital && table.containsUpperOnly(bytes) { return .yes }
        // Compound rules (ordinals like 21st) only combine parts holding digits.
        if scalars.contains(where: { ("0"..."9").contains($0) }) { return .unknown }
        return .no
    }

    /// Recursive breaking at BREAK patterns, as `HunspellImpl::spell_internal` does after the case
    /// checks fail.
    private func breaks(_ word: [UInt8], depth: Int) -> Verdict {
        let patterns = table.breakPatterns
        guard !patterns.isEmpty else { return .no }
        var count = 0
        for pattern in patterns where !pattern.isEmpty {
            var position = 0
            while let found = Self.find(pattern, in: word, from: position) {
                count += 1
                position = found + pattern.count
            }
        }
        if count >= 10 { return .no }
        var verdict = Verdict.no
        let length = word.count
        for pattern in patterns {
            let patternLength = pattern.count
            if patternLength == 1 || patternLength > length { continue }
            if pattern.first == UInt8(ascii: "^"), word.starts(with: pattern.dropFirst()) {
                verdict.or(sub(word[(patternLength - 1)...], depth: depth))
                if verdict == .yes { return .yes }
            }
            if pattern.last == UInt8(ascii: "$"), word[(length - patternLength + 1)...].elementsEqual(pattern.dropLast()) {
                verdict.or(sub(word[..<(length - patternLength + 1)], depth: depth))
                if verdict == .yes { return .yes }
            }
        }
        for secondOccurrence in [true, false] {
            for pattern in patterns where !pattern.isEmpty {
                let patternLength = pattern.count
                guard var found = Self.find(pattern, in: word, from: 0), found > 0, found < length - patternLength
                else { continue }
                if secondOccurrence, let second = Self.find(pattern, in: word, from: found + 1),
                    second < length - patternLength
                {
                    found = second
                }
                let after = sub(word[(found + patternLength)...], depth: depth)
                if after == .no { continue }
                var both = after
                both.and(sub(word[..<found], depth: depth))
                verdict.or(both)
                if verdict == .yes { return .yes }
            }
        }
        return verdict
    }

    private func sub(_ bytes: ArraySlice<UInt8>, depth: Int) -> Verdict {
        Verdict(spell(scalars: Array(String(decoding: bytes, as: UTF8.self).unicodeScalars), depth: depth + 1))
    }

    /// ICONV: at each position the longest matching pattern is replaced.
    func convert(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let conversions = table.inputConversions
        guard !conversions.isEmpty else { return scalars }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            var best: ([Unicode.Scalar], [Unicode.Scalar])?
            for (from, to) in conversions where !from.isEmpty && from.count <= scalars.count - index {
                if scalars[index..<(index + from.count)].elementsEqual(from), from.count > (best?.0.count ?? 0) {
                    best = (from, to)
                }
            }
            if let (from, to) = best {
                result.append(contentsOf: to)
                index += from.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return result
    }

    /// Digits with single `.`, `,` or `-` separators, not starting with one, ending in a digit.
    static func isNumber(_ scalars: [Unicode.Scalar]) -> Bool {
        var sawDigit = false
        var lastWasSeparator = false
        for (index, scalar) in scalars.enumerated() {
            if ("0"..."9").contains(scalar) {
                sawDigit = true
                lastWasSeparator = false
            } else if scalar == "." || scalar == "," || scalar == "-" {
                if lastWasSeparator || index == 0 { return false }
                lastWasSeparator = true
            } else {
                return false
            }
        }
        return sawDigit && !lastWasSeparator
    }

    private static func find(_ pattern: [UInt8], in word: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, start >= 0, word.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= word.count {
            if word[index] == pattern[0] && word[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}

/// Three-valued logic for table answers: `unknown` means only hunspell can tell.
enum Verdict: Equatable {
    case yes, no, unknown

    init(_ value: Bool?) {
        switch value {
        case true?: self = .yes
        case false?: self = .no
        case nil: self = .unknown
        }
    }

    mutating func or(_ other: Verdict) {
        if self == .yes || other == .yes {
            self = .yes
        } else if self == .unknown || other == .unknown {
            self = .unknown
        }
    }

    mutating func and(_ other: Verdict) {
        if self == .no || other == .no {
            self = .no
        } else if self == .unknown || other == .unknown {
            self = .unknown
        }
    }
}
