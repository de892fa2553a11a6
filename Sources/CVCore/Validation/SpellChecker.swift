/// Checks words against a dictionary. CVCore only defines it; `CVSpelling` implements it with hunspell
/// (and a cache of words already checked, so that most runs never load a dictionary).
public protocol SpellChecker: AnyObject {
    /// The words that are misspelt, each with up to a few suggestions (best first).
    /// Words are given as written; the checker decides about case (a capitalised correct word is correct).
    func misspelt(_ words: [String]) -> [String: [String]]

    /// The words the dictionary accepts, without looking for suggestions (cheap: used to read a CV's spelling
    /// variety and language, and to split compounds).
    func known(_ words: [String]) -> Set<String>

    /// `known` as one flag a word, in the order given (no set of words built and asked).
    func accepts(_ words: [String]) -> [Bool]

    /// The checker of the English variety `language` (`en_GB`, `en_US`) when this checker picks its dictionary
    /// from the CV (the configuration names none); nil when the dictionary is fixed or that one is not installed.
    func variety(_ language: String) -> (any SpellChecker)?
}

extension SpellChecker {
    public func known(_ words: [String]) -> Set<String> {
        let wrong = misspelt(words)
        return Set(words.filter { wrong[$0] == nil })
    }

    public func accepts(_ words: [String]) -> [Bool] {
        let right = known(words)
        return words.map { right.contains($0) }
    }

    public func variety(_ language: String) -> (any SpellChecker)? { nil }
}
