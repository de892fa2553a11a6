/// What a piece of text says, for matching: the stems of its meaningful words and the canonical skills it names.
struct TermBag: Sendable, Hashable {
    /// Snowball stem → occurrences.
    var stems: [String: Int] = [:]
    /// Canonical skill name (from `SkillLexicon`) → occurrences.
    var skills: [String: Int] = [:]
    /// Stems in order of first occurrence (for requirement terms and reports).
    var orderedStems: [String] = []
    /// Skills in order of first occurrence.
    var orderedSkills: [String] = []

    /// Words counted (stems and skills, not the competency tokens they carry, nor a compound such as "on-call"
    /// whose words are counted already), for length normalisation.
    var length: Int {
        var n = skills.values.reduce(0, +)
        for (stem, count) in stems where !ConceptLexicon.isConcept(stem) && !stem.utf8.contains(UInt8(ascii: "-")) {
            n += count
        }
        return n
    }

    mutating func add(stem: String) {
        if stems[stem, default: 0] == 0 { orderedStems.append(stem) }
        stems[stem, default: 0] += 1
    }

    mutating func add(skill: String) {
        if skills[skill, default: 0] == 0 { orderedSkills.append(skill) }
        skills[skill, default: 0] += 1
    }

    mutating func merge(_ other: TermBag) {
        for s in other.orderedStems { if stems[s] == nil { orderedStems.append(s) } }
        for s in other.orderedSkills { if skills[s] == nil { orderedSkills.append(s) } }
        stems.merge(other.stems, uniquingKeysWith: +)
        skills.merge(other.skills, uniquingKeysWith: +)
    }
}
