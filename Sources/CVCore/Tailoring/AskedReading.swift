/// What a requirement's words ask, beside the competencies they carry (`ConceptLexicon`), read once per requirement
/// for its verdict (`TailorMatcher.coverage`):
/// - the words of a competency's compound ("front" and "end" of "front-end", "user" and "facing" of "user-facing") are
///   that compound, not other words the requirement asks; and a competency only they carry ("user": customers) is not
///   asked;
/// - "design" beside the words of a front end ("UI/UX from designs", "web design") is the interface's design, not
///   architecture;
/// - communication of one kind ("written communication", "verbal communication") asks for that kind: talks do not
///   show writing, nor documents speaking; unless a word of communication in general asks for it too ("outreach").
struct AskedReading {
    /// The requirement's words that are parts of a competency's compound it names.
    var compoundParts: Set<String> = []
    /// Competency tokens among its terms that it does not ask for.
    var notAsked: Set<String> = []

    init(_ requirement: JobRequirement) {
        let terms = requirement.terms
        let carried = { (stem: String) in ConceptLexicon.adConceptsOfStem[stem] ?? [] }
        // Compounds: a stem joined by "-" that carries a competency.
        let pieces = terms.filter { $0.contains("-") && !carried($0).isEmpty }.flatMap { $0.split(separator: "-") }
        if !pieces.isEmpty {
            compoundParts = Set(terms.filter { t in
                !ConceptLexicon.isConcept(t) && !t.contains("-") && pieces.contains { AskedReading.isPiece($0, of: t) }
            })
        }
        let concepts = Set(terms.filter(ConceptLexicon.isConcept))
        func carriers(_ token: String) -> [String] { terms.filter { !ConceptLexicon.isConcept($0) && carried($0).contains(token) } }
        if !compoundParts.isEmpty {
            for token in concepts {
                let by = carriers(token)
                if !by.isEmpty && by.allSatisfy(compoundParts.contains) { notAsked.insert(token) }
            }
        }
        // Architecture carried only by its weak words ("design"), beside a front end asked.
        if concepts.contains(AskedReading.architecture), concepts.contains(AskedReading.frontend),
           !notAsked.contains(AskedReading.frontend) {
            let by = carriers(AskedReading.architecture)
            if !by.isEmpty && by.allSatisfy({ ConceptLexicon.weakStemsOf[AskedReading.architecture]?.contains($0) == true }) {
                notAsked.insert(AskedReading.architecture)
            }
        }
        // Unless another word of communication in general asks for it too ("blog posts and outreach"): not the word
        // "communication" that the kind qualifies.
        if concepts.contains(AskedReading.communication),
           concepts.contains(AskedReading.writing) != concepts.contains(AskedReading.speaking),
           carriers(AskedReading.communication).allSatisfy({ stem in
               stem == AskedReading.communicationStem
                   || carried(stem).contains(AskedReading.writing) || carried(stem).contains(AskedReading.speaking)
           }) {
            notAsked.insert(AskedReading.communication)
        }
    }

    /// Whether a requirement's stem is the word `piece` of a compound's stem ("fac" of "user-fac" is "face").
    static func isPiece(_ piece: Substring, of stem: String) -> Bool {
        piece == stem || (stem.hasPrefix(piece) && piece.count >= 3 && stem.count - piece.count <= 2)
    }

    static let architecture = ConceptLexicon.prefix + "architecture"
    static let frontend = ConceptLexicon.prefix + "frontend"
    static let communication = ConceptLexicon.prefix + "communication"
    static let writing = ConceptLexicon.prefix + "writing"
    static let communicationStem = TermScanner().stem("communication")
    static let speaking = ConceptLexicon.prefix + "speaking"
}
