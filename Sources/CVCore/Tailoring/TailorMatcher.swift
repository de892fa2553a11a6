#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Scores a CV's evidence against a job ad: BM25 over stems plus canonical skills (a skill counts more than
/// a word), times recency; and the CV's match score, the weighted share of requirements its evidence covers.
/// Term-at-a-time over the index's postings: the work grows with the ad's words, not with ad × CV.
enum TailorMatcher {
    static let k1 = 1.2
    /// Length normalisation, kept mild: a long bullet that says more is not worth less.
    static let b = 0.4
    /// A skill the ad names counts this many times a shared word.
    static let skillBoost = 2.5
    /// A related skill (a sibling in its family) counts this share of the skill itself: alone it does not
    /// cover a requirement (covered means at least half met).
    static let relatedCredit = 0.4
    /// A line that shows the requirement's competencies (`ConceptLexicon`) in other words: enough to cover it.
    static let conceptStrength = 0.6
    /// A requirement about a competency names it with at most this many other words, or the line shares half
    /// of them.
    static let maxOtherWords = 3
    /// The same where the requirement names skills the line lacks: not enough alone.
    static let conceptWithSkills = 0.3

    /// A skill named by five requirements is not five times as telling as one named once: the square root.
    static func damped(_ weight: Double) -> Double { weight.squareRoot() }

    static func idf(_ postings: Int, of n: Int) -> Double {
        let n = Double(n)
        let df = Double(postings)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    static func tfPart(_ count: Int, norm: Double) -> Double {
        let t = Double(count)
        return t * (k1 + 1) / (t + norm)
    }

    /// The relevance of every item of the index to the job, in index order.
    static func relevance(_ index: TailorIndex, job: JobAd) -> [Double] {
        let n = index.items.count
        var scores = [Double](repeating: 0, count: n)
        for (stem, weight) in job.terms {
            guard let postings = index.stemPostings[stem] else { continue }
            let w = damped(weight) * idf(postings.count, of: n)
            for p in postings { scores[p.item] += w * tfPart(p.count, norm: index.norms[p.item]) }
        }
        // Each requirement naming skills counts once per item, through the skill that meets it best: "load
        // balancing and reverse proxies such as Nginx, Varnish, HAProxy" is one need, whatever OpenResty meets.
        var best = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for requirement in job.requirements where !requirement.skills.isEmpty {
            for wanted in requirement.skills {
                for (evidence, credit) in SkillFamilies.evidence(for: wanted, related: relatedCredit) {
                    guard let postings = index.skillPostings[evidence] else { continue }
                    let i = idf(postings.count, of: n)
                    for p in postings {
                        let value = credit * i * tfPart(p.count, norm: index.norms[p.item])
                        if best[p.item] == 0 { touched.append(p.item) }
                        best[p.item] = max(best[p.item], value)
                    }
                }
            }
            let w = damped(requirement.weight)
            for item in touched { scores[item] += skillBoost * w * best[item]; best[item] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        for i in 0..<n { scores[i] *= index.items[i].recency }
        return scores
    }

    /// Each requirement with the evidence covering it, and the 0-100 score.
    static func match(_ index: TailorIndex, job: JobAd) -> (score: Int, requirements: [RequirementMatch]) {
        var matches: [RequirementMatch] = []
        matches.reserveCapacity(job.requirements.count)
        var weighted = 0.0
        var total = 0.0
        for requirement in job.requirements {
            let m = coverage(of: requirement, in: index)
            matches.append(m)
            weighted += requirement.weight * m.coverage
            total += requirement.weight
        }
        let score = total > 0 ? Int((100 * weighted / total).rounded()) : 0
        return (score, matches)
    }

    /// How well the CV covers one requirement: the best single piece of evidence by key terms, or the skills it
    /// names met anywhere in the CV (one of them for "such as X or Y", all of them otherwise).
    static func coverage(of requirement: JobRequirement, in index: TailorIndex) -> RequirementMatch {
        func factor(_ item: Int) -> Double {
            let it = index.items[item]
            return it.evidence.kind == .skill ? 1 : max(0.5, it.recency)
        }
        // Skills: per item, the skills of the requirement it meets and its best credit.
        var skillStrength: [Int: Double] = [:]
        var skillsMet: [Int: [String]] = [:]
        var relatedMet: [Int: [String]] = [:]
        var bestSkill: [Double] = []
        for wanted in requirement.skills {
            var best = 0.0
            for (evidence, credit) in SkillFamilies.evidence(for: wanted, related: relatedCredit) {
                guard let postings = index.skillPostings[evidence] else { continue }
                for p in postings {
                    let value = credit * factor(p.item)
                    best = max(best, value)
                    skillStrength[p.item] = max(skillStrength[p.item] ?? 0, value)
                    if credit >= 1 {
                        if skillsMet[p.item]?.contains(wanted) != true { skillsMet[p.item, default: []].append(wanted) }
                    } else if relatedMet[p.item]?.contains(wanted) != true {
                        relatedMet[p.item, default: []].append(wanted)
                    }
                }
            }
            bestSkill.append(best)
        }
        // Terms: per item, the requirement's key terms it shares.
        var termsMet: [Int: [String]] = [:]
        var seen: Set<String> = []
        for term in requirement.terms where seen.insert(term).inserted {
            for p in index.stemPostings[term] ?? [] { termsMet[p.item, default: []].append(term) }
        }
        // Words and concepts apart: one word "monitoring" is its stem and its concept, not two shared words.
        let conceptCount = seen.filter(ConceptLexicon.isConcept).count
        let termCount = seen.count - conceptCount
        // The requirement's other words: those that name no competency (a concept token follows the stem of the
        // word that carries it). Many of them ("hardware security module") make it about more than the competency.
        var conceptWords: Set<String> = []
        for (i, term) in requirement.terms.enumerated().dropFirst() where ConceptLexicon.isConcept(term) {
            let previous = requirement.terms[i - 1]
            if !ConceptLexicon.isConcept(previous) { conceptWords.insert(previous) }
        }
        let otherWords = Set(requirement.terms.filter { !ConceptLexicon.isConcept($0) && !conceptWords.contains($0) })
        var termCoverage = 0.0
        var candidates: [EvidenceMatch] = []
        let items = Set(skillStrength.keys).union(termsMet.keys)
        for item in items {
            let matched = termsMet[item] ?? []
            let concepts = matched.filter(ConceptLexicon.isConcept).count
            let words = matched.count - concepts
            var termStrength = 0.0
            if termCount > 0 && words >= min(2, termCount) {
                termStrength = ramp(Double(words) / Double(termCount)) * factor(item)
            }
            // A line showing most (three fifths) of the competencies the requirement names, in its own words, meets
            // it; where the requirement names skills, the skills decide and a shared competency only adds a little.
            let othersMet = matched.filter(otherWords.contains).count
            if conceptCount > 0 && concepts * 5 >= conceptCount * 3
                && (otherWords.count <= maxOtherWords || othersMet * 2 >= otherWords.count) {
                termStrength = max(termStrength, requirement.skills.isEmpty ? conceptStrength : conceptWithSkills)
            }
            // Where the ad names skills, sharing its other words meets it only in part.
            if !requirement.skills.isEmpty { termStrength = min(termStrength, 0.5) }
            let kind = index.items[item].evidence.kind
            if requirement.kind == .title && kind != .role && kind != .summary { termStrength = 0 }
            termCoverage = max(termCoverage, termStrength)
            let strength = max(skillStrength[item] ?? 0, termStrength)
            if strength > 0.15 {
                let met = skillsMet[item] ?? []
                candidates.append(EvidenceMatch(evidence: index.items[item].evidence, strength: strength, skills: met,
                                                related: (relatedMet[item] ?? []).filter { !met.contains($0) }, terms: matched))
            }
        }
        var skillCoverage = 0.0
        if !bestSkill.isEmpty {
            skillCoverage = requirement.anyOfSkills ? (bestSkill.max() ?? 0) : bestSkill.reduce(0, +) / Double(bestSkill.count)
        }
        candidates.sort {
            if $0.strength != $1.strength { return $0.strength > $1.strength }
            if $0.evidence.source.start != $1.evidence.source.start { return $0.evidence.source.start < $1.evidence.source.start }
            return $0.evidence.text < $1.evidence.text
        }
        let coverage = min(1, max(skillCoverage, termCoverage))
        // One piece of evidence once (a summary read both whole and sentence by sentence).
        var shown: [EvidenceMatch] = []
        var texts: Set<String> = []
        for c in candidates where shown.count < 3 && texts.insert(c.evidence.text).inserted { shown.append(c) }
        return RequirementMatch(requirement: requirement, coverage: coverage, evidence: shown)
    }

    /// 0 up to a fifth of the key terms shared, 1 from three fifths.
    static func ramp(_ share: Double) -> Double {
        min(1, max(0, (share - 0.2) / 0.4))
    }
}
