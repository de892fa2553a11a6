/// The names a requirement asks for that no known skill or competency stands for: words written as names
/// after its first word (or first, in capitals) — capitalised ("Vertica", "Vercel"), in capitals ("HSM", "OLAP") or
/// with digits ("SOC2"). A CV that names none of them does not meet the requirement whatever else it shares with it:
/// "Automate scaling Vertica" asks for that database, not for any scaling work. Names the lexicons know
/// (a skill, or a thing that shows a competency, such as "BGP") are met through them instead. Where the
/// requirement writes a name in capitals, the capitals are what it asks for.
enum AskedNames {
    /// The stems (among the requirement's terms) of the names it is written with.
    static func stems(of requirement: JobRequirement) -> [String] {
        // Most requirements have no capital after their first letter: nothing to read.
        guard requirement.text.utf8.dropFirst().contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return [] }
        var names: [String] = []
        var acronyms: [String] = []
        var first = true
        let all = words(requirement.text)
        for (i, word) in all.enumerated() {
            defer { first = false }
            // The first word is capitalised as every sentence's is, unless it is written in capitals ("BIM coordination").
            guard !first || isAcronym(word), isWrittenAsName(word) else { continue }
            // "ISRG developers", "Acme staff": a name that says whose people they are asks for nothing.
            if i + 1 < all.count, peopleWords.contains(all[i + 1].lowercased()) { continue }
            let lower = word.lowercased()
            guard SkillLexicon.byAlias[lower] == nil, !fillerLower.contains(lower) else { continue }
            // Its stem: the longest of the requirement's terms it starts with (filler and stop words have none).
            guard let stem = requirement.terms.filter({ !ConceptLexicon.isConcept($0) && lower.hasPrefix($0) })
                .max(by: { $0.count < $1.count }),
                ConceptLexicon.conceptsOfStem[stem] == nil, !TailorMatcher.genericStems.contains(stem),
                !names.contains(stem) else { continue }
            names.append(stem)
            if !word.contains(where: \.isLowercase) { acronyms.append(stem) }
        }
        // "Relational Database Service (RDS)": the capitals name the thing; the capitalised words spell it out.
        return acronyms.isEmpty ? names : acronyms
    }

    /// Names an ad writes in several of its requirements (its company, its product): the ad's own, not asked.
    static func adsOwn(_ requirements: [JobRequirement], names: [[String]]) -> Set<String> {
        var count: [String: Int] = [:]
        for list in names { for n in list { count[n, default: 0] += 1 } }
        return Set(count.filter { $0.value >= ownNameRepeats }.keys)
    }

    /// Words for people, after a name that says whose they are.
    private static let peopleWords: Set<String> = TailorIndex.peopleWords.union(["employees", "community", "users", "customers"])

    /// A name in this many requirements of one ad is the ad's own.
    static let ownNameRepeats = 3

    private static let fillerLower: Set<String> = Set(JobAdReader.fillerWords).union(TermScanner.stopWords)

    /// The words of a text: runs of ASCII letters and digits, and of any non-ASCII scalars.
    private static func words(_ text: String) -> [Substring] {
        text.unicodeScalars.split(whereSeparator: { s in
            let v = s.value
            return v < 0x80 && !((v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39))
        }).map { Substring($0) }
    }

    /// Letters all capitals, two or more ("HSM", "BIM"), digits aside.
    private static func isAcronym(_ word: Substring) -> Bool {
        word.count >= 2 && !word.contains(where: \.isLowercase) && word.contains(where: \.isUppercase)
    }

    /// Two capitals or more ("HSM", "OpenSearch"), a capital and a digit ("SOC2"), or a capital first and three
    /// letters or more ("Vercel").
    private static func isWrittenAsName(_ word: Substring) -> Bool {
        guard let head = word.first, head.isUppercase, word.count >= 2 else { return false }
        let capitals = word.reduce(0) { $0 + ($1.isUppercase ? 1 : 0) }
        return capitals >= 2 || word.contains(where: \.isNumber) || word.count >= 3
    }
}
