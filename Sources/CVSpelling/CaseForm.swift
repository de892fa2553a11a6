/// hunspell's notion of a word's capitalisation (`get_captype_utf8`) and its 1:1 case mappings
/// (`mkallsmall2`, `mkinitcap2`), so that table lookups follow the same case rules as
/// `Hunspell_spell`: a correct lowercase word is also correct capitalised or in capitals; a
/// capitalised dictionary word (`London`) also in capitals, never in lowercase.
enum CaseForm: Equatable, Sendable {
    /// `word`
    case lowercase
    /// `Word`
    case initialCapital
    /// `WORD` (letters all capitals; digits and apostrophes do not count)
    case allCapitals
    /// `McDonald`, `NorthWind`
    case mixedWithInitialCapital
    /// `iPhone`
    case mixed

    init(_ scalars: [Unicode.Scalar]) {
        var capitals = 0
        var neutral = 0
        for scalar in scalars {
            let lower = Self.lower(scalar)
            if lower != scalar { capitals += 1 }
            if Self.upper(scalar) == lower { neutral += 1 }
        }
        let firstCapital = scalars.first.map { Self.lower($0) != $0 } ?? false
        if capitals == 0 {
            self = .lowercase
        } else if capitals == 1 && firstCapital {
            self = .initialCapital
        } else if capitals == scalars.count || capitals + neutral == scalars.count {
            self = .allCapitals
        } else if capitals > 1 && firstCapital {
            self = .mixedWithInitialCapital
        } else {
            self = .mixed
        }
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        return single(scalar.properties.lowercaseMapping) ?? scalar
    }

    static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (0x61...0x7A).contains(scalar.value) ? Unicode.Scalar(scalar.value - 32)! : scalar
        }
        return single(scalar.properties.uppercaseMapping) ?? scalar
    }

    static func lowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map(lower)
    }

    static func initialCapital(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = scalars.first else { return scalars }
        var result = scalars
        result[0] = upper(first)
        return result
    }

    /// hunspell's tables map one character to one character; longer mappings (ß → SS) are left alone.
    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var iterator = mapping.unicodeScalars.makeIterator()
        guard let first = iterator.next(), iterator.next() == nil else { return nil }
        return first
    }
}
