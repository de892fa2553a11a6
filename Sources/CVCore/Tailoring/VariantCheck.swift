/// The check behind `cvtrack validate --against BASE` (rule `variant-invented`): a tailored variant may only
/// leave things out of its base CV, never add. Any organisation, title, date span, skill or number of the
/// variant that the base does not have is an error at the variant's line:column.
public enum VariantCheck {
    public static let ruleID = "variant-invented"

    /// The base CV the examples of `RuleDescription.variantInvented` are variants of.
    public static let documentationBase = """
        ## Experience

        ### Acme Analytics

        **Data Engineer** • Mar 2019 – Present

        - Moved 40 nightly jobs to Airflow.
        - Cut the warehouse bill by 30%.

        ## Skills

        - **Data:** PostgreSQL, Airflow, Kafka
        """

    public static func inventions(variant: CVDocument, variantText: String, base: CVDocument, baseText: String) -> [Finding] {
        var findings: [Finding] = []
        let lines = TextLines(variantText)
        func finding(_ message: String, _ range: SourceRange) {
            findings.append(Finding(ruleID: ruleID, severity: .error, message: message, range: range))
        }
        /// Where `needle` is written on the lines of `range`, else the start of the range (`orWhole`: the range).
        func locate(_ needle: String, in range: SourceRange, orWhole: Bool = false) -> SourceRange {
            for n in range.lines where n <= lines.count {
                let line = lines.line(n)
                if let r = line.firstRange(of: needle) {
                    let column = line.unicodeScalars[line.startIndex..<r.lowerBound].count + 1
                    return SourceRange(line: n, column: column, endLine: n,
                                       endColumn: column + needle.unicodeScalars.count - 1)
                }
            }
            return orWhole ? range : SourceRange(start: range.start, end: range.start)
        }

        /// Date spans already reported: the years in them are not reported again as numbers.
        var reportedDates: [SourceRange] = []
        let baseOrganisations = Set(base.roles.compactMap(\.organisation).map(normal))
        let baseTitles = Set(base.roles.compactMap(\.title).map(normal))
        for role in variant.roles {
            if let organisation = role.organisation, !baseOrganisations.contains(normal(organisation)) {
                finding("organisation '\(organisation)' is not in the base CV", locate(organisation, in: role.source))
            }
            if let title = role.title, !baseTitles.contains(normal(title)) {
                finding("title '\(title)' is not in the base CV", locate(title, in: role.source))
            }
            if let dates = role.dates, !dates.isEmpty {
                let same = base.roles.filter {
                    normal($0.organisation ?? "") == normal(role.organisation ?? "") && normal($0.title ?? "") == normal(role.title ?? "")
                }
                let candidates = same.isEmpty ? base.roles : same
                if !candidates.contains(where: { $0.dates?.start == dates.start && $0.dates?.end == dates.end }) {
                    let name = role.title ?? role.organisation ?? "role"
                    let range = locate(dates.text, in: dates.source ?? role.source)
                    finding("dates '\(dates.text)' of \(name) differ from the base CV", range)
                    reportedDates.append(range)
                }
            }
        }

        var baseSkills = Set(base.allSkills.map { normal($0.name) })
        for role in base.roles { for k in role.keywords { baseSkills.insert(normal(SkillLexicon.canonicalOrSelf(k))) } }
        for project in base.projects { for k in project.keywords { baseSkills.insert(normal(SkillLexicon.canonicalOrSelf(k))) } }
        for skill in variant.allSkills where !baseSkills.contains(normal(skill.name)) {
            finding("skill '\(skill.text)' is not in the base CV", locate(skill.text, in: skill.source, orWhole: true))
        }

        let baseNumbers = Set(numbers(in: baseText).map(\.text))
        for number in numbers(in: variantText) where !baseNumbers.contains(number.text) {
            let range = lines.range(of: number.range)
            if reportedDates.contains(where: { $0.start <= range.start && range.end <= $0.end }) { continue }
            finding("number '\(number.text)' is not in the base CV", range)
        }
        return findings.sorted(by: Finding.inReadingOrder)
    }

    private static func normal(_ s: String) -> String { ScalarWhitespace.collapse(s).lowercased() }

    /// Number tokens as written: digits with inner `.`/`,` (`10,000`, `5.1`), and a `%` or `+` right after (`48%`, `19+`).
    static func numbers(in text: String) -> [(text: String, range: Range<String.Index>)] {
        var result: [(String, Range<String.Index>)] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard text[i].isASCII, text[i].isNumber else { i = text.index(after: i); continue }
            // A digit inside a word (`ipv6`, `x509`) is part of a name, not a number.
            let inWord = i > text.startIndex && text[text.index(before: i)].isLetter
            let start = i
            var j = i
            while j < text.endIndex {
                if text[j].isASCII && text[j].isNumber { j = text.index(after: j); continue }
                if text[j] == "." || text[j] == "," {
                    let k = text.index(after: j)
                    if k < text.endIndex, text[k].isASCII, text[k].isNumber { j = k; continue }
                }
                break
            }
            if j < text.endIndex, text[j] == "%" || text[j] == "+" { j = text.index(after: j) }
            if !inWord { result.append((String(text[start..<j]), start..<j)) }
            i = j
        }
        return result
    }
}
