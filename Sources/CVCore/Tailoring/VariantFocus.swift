/// Which pieces of a CV serve a job ad: what the focused variant (`TailorOptions.focus`) keeps.
///
/// A piece serves the job when the matcher cites it as evidence for a requirement, when its relevance (BM25 with
/// recency) is at least `strongShare` of the most relevant piece's, when it names a skill a requirement asks for
/// (or a kind of one: PostgreSQL for SQL), when it shows a competency the ad names in words (`ConceptLexicon`:
/// "on call" for incident response, "led" for leadership, "throughput" for scale; not by its weak words alone:
/// "trained" is a course taken as often as people taught), or when it shares a key word of
/// the ad's requirements (or of a sentence of its prose that names a skill). Those are the kinds of evidence a
/// careful reader keeps: the ad's stack, leadership, scale and its numbers, operations; what shares nothing with the
/// ad (a first-aid course, a templating detail) goes.
/// A piece serves strongly when the matcher cites it for a requirement the CV covers, or by its relevance: that is
/// what keeps an old role or a project, where naming a common skill in passing is not enough.
struct VariantFocus {
    /// The share of the CV's most relevant piece that makes a piece relevant by itself.
    static let strongShare = 0.15
    /// A role that ended more than this many years before the reference year is old: it keeps only its heading
    /// (title, organisation, dates) unless a piece of it serves strongly or `oldRoleKeptBy` of its pieces serve.
    static let oldAfterYears = 15
    /// The serving pieces (bullets, sentences of its paragraphs) that keep an old role: it shows the job several
    /// times, not once in passing.
    static let oldRoleKeptBy = 3
    /// A role keeps at least this many bullets (its most relevant) so that no kept role is left bare.
    static let keptPerRole = 2
    /// A word of the ad weighs this much when a requirement names it (less: only the ad's prose does).
    static let requirementWeight = 1.0

    /// A competency (`ConceptLexicon`) about the craft, not a way of working: a line showing one a covered
    /// requirement names ("patched vulnerable servers" for a covered "IT security", "partitioned queues" for
    /// "distributed systems") is evidence a reader looks for, whatever its words.
    static func isCraftConcept(_ term: String) -> Bool {
        ConceptLexicon.isConcept(term) && !ConceptLexicon.softConcepts.contains(term)
    }

    /// Index item → serves the job.
    let serves: [Bool]
    /// Index item → serves it strongly.
    let strong: [Bool]

    init(index: TailorIndex, job: JobAd, report: TailorReport, relevance: [Double]) {
        var wanted: Set<String> = []
        for requirement in job.requirements {
            for skill in requirement.skills {
                for (evidence, credit) in SkillFamilies.evidence(for: skill, related: 0) where credit >= 1 {
                    wanted.insert(evidence)
                }
            }
        }
        var cited: Set<CVEvidence> = []
        var citedForCovered: Set<CVEvidence> = []
        var coveredConcepts: Set<String> = []
        for match in report.requirements {
            for e in match.evidence {
                cited.insert(e.evidence)
                if match.isCovered { citedForCovered.insert(e.evidence) }
            }
            if match.isCovered && match.requirement.kind.isAsked && match.requirement.kind != .title {
                coveredConcepts.formUnion(match.requirement.terms.filter(Self.isCraftConcept))
            }
        }
        // Prose that names a skill asks for it as a list would ("you will feel at home if you know Rails,
        // caching and queues"): its own words count as a requirement's, whatever its weight in the ad.
        var askedInProse: Set<String> = []
        for r in job.requirements where r.kind == .context && !r.skills.isEmpty {
            askedInProse.formUnion(r.terms.filter { !TailorMatcher.genericStems.contains($0) })
        }
        // The crafts the job's title names ("Full Stack", "Frontend", "Security"): a line showing one is the job itself.
        var titleCrafts: Set<String> = []
        for r in job.requirements where r.kind == .title { titleCrafts.formUnion(r.terms.filter(Self.isCraftConcept)) }
        let top = max(relevance.max() ?? 0, 1e-9)
        var serves = [Bool](repeating: false, count: index.items.count)
        var strong = serves
        for (i, item) in index.items.enumerated() {
            strong[i] = citedForCovered.contains(item.evidence) || relevance[i] / top >= Self.strongShare
                || item.bag.stems.keys.contains { titleCrafts.contains($0) && !item.weakConcepts.contains($0) }
            serves[i] = strong[i] || cited.contains(item.evidence)
                || item.bag.skills.keys.contains(where: wanted.contains)
                || item.bag.stems.keys.contains { coveredConcepts.contains($0) && !item.weakConcepts.contains($0) }
                || item.bag.stems.keys.contains(where: askedInProse.contains)
                || item.bag.stems.keys.contains { stem in
                    guard let weight = job.terms[stem] else { return false }
                    // A competency shown only by its weak words ("trained", "storage") is not shown.
                    if ConceptLexicon.isConcept(stem) { return !item.weakConcepts.contains(stem) }
                    return weight >= Self.requirementWeight
                }
        }
        self.serves = serves
        self.strong = strong
    }
}

/// Secondary-school education: the words that name its qualifications and schools.
enum SchoolLevel {
    static let phrases: PhraseSearch = PhraseSearch([
        "a-level", "as-level", "o-level", "gcse", "igcse", "high school", "secondary school", "comprehensive school",
        "grammar school", "sixth form", "abitur", "matura", "leaving certificate", "lycée",
    ])

    /// Whether an education entry is a school's: its institution or qualification names one of `phrases`.
    static func isSchool(_ education: Education) -> Bool {
        let text = [education.institution, education.qualification].compactMap { $0 }.joined(separator: " ").lowercased()
        return phrases.anyOccurs(in: text)
    }
}
