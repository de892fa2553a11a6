/// Checks words against a dictionary. CVCore only defines it; `CVSpelling` implements it with hunspell
/// (and a cache of words already checked, so that most runs never load a dictionary).
public protocol SpellChecker: AnyObject {
    /// The words that are misspelt, each with up to a few suggestions (best first).
    /// Words are given as written; the checker decides about case (a capitalised correct word is correct).
    func misspelt(_ words: [String]) -> [String: [String]]
}
