/// The 0-100 match score: how a recruiter weighs a CV against an ad, from the coverage verdicts
/// (`TailorMatcher.coverage`) and the CV's roles.
///
/// Three parts, each a share (0…1), so that a CV's length cannot raise the score (every requirement counts once,
/// whatever the number of lines that show it):
/// - **core** (`coreShare` of the score): the ad's core requirements covered: its must-haves and whatever names its
///   title's words or its core stack, never a nice-to-have (its responsibilities, then the sentences of its prose
///   that ask for a skill or competency, where those are fewer than `minCore`). Each weighs by how central it is:
///   one naming the ad's title words or the skills its title and first requirements name weighs more, an early one
///   more than a late one, one about ways of working only ("team player") half. A covered one counts by how specific
///   and how recent its evidence is: a skill or competency in a current role fully, a shared word in a role of long
///   ago less; one met in part (the work it names done with another tool) `partShare`. A requirement naming only
///   skills the core named before (the ad's headline tool asked three times) weighs `repeatShare`: one ask.
/// - **domain** (`domainShare`): whether the CV does this job: its roles' titles against the ad's (seniority
///   too; a title of the same family of jobs, `JobFamily`, counts `familyTitle`) make `titleOnly` of it, the years
///   of the last 15 in this job or its family the rest (`careerYears` of them all of it: "has done this job for a
///   long time"); or the ad's core stack (the skills of its central requirements) shown in recent roles.
/// - **rest** (`restShare`): duties, nice-to-haves and the ad's prose that asks for something (a skill, a
///   competency; its company story weighs nothing) covered, weighted as the core is; they add
///   with the core covered (a CV showing only duties in passing is not a fit).
/// The core's worth counts fully in the domain, half outside it (`domainGate`): requirements covered by a CV that
/// does another job are mostly words in common. Benefits, boilerplate and eligibility lines weigh nothing.
/// By design a CV covering every must-have with the ad's stack in a recent role scores at least `coreShare +
/// domainShare` (80); one with the job's title covering half of them about half (50-60); one covering none at most
/// `domainShare` (20: the years in the job, ten of them or more, with nothing the ad asks for).
enum TailorScore {
    static let coreShare = 60.0
    static let domainShare = 20.0
    static let restShare = 20.0
    /// The share of the core's worth that depends on the domain (half: a CV covering the requirements of a job it
    /// does not do keeps half their worth).
    static let domainGate = 0.5
    /// The share of its score a CV of another job keeps (`craft` 0, no core stack).
    static let otherJob = 0.5
    /// A requirement naming the title's words or the core stack weighs this much more.
    static let centralWeight = 1.5
    /// A core requirement naming only skills the core named before weighs this share: the skill is asked once,
    /// what else it names (clusters, failures) is new.
    static let repeatShare = 0.5
    /// A requirement met in part (the work shown, not with the skill it names) counts this share of one met.
    static let partShare = 0.4
    /// Fewer must-haves than this: the ad's responsibilities (then its prose) join the core.
    static let minCore = 3
    /// The first requirements of the core (this share of them) say what the job is.
    static let earlyShare = 1.0 / 3
    /// A role's title alone, without the core stack, makes this much of the domain.
    static let titleOnly = 0.7
    /// Evidence sharing only words with a requirement (no skill, no competency) counts this much.
    static let wordsOnly = 0.7
    /// A requirement about ways of working only weighs this share of one about the craft.
    static let softShare = 0.5

    /// The score of the CV (`index`) for `job`, given each requirement's coverage (`matches`, in the order of
    /// `job.requirements`).
    static func score(_ index: TailorIndex, job: JobAd, matches: [RequirementMatch]) -> Int {
        let years = bodyYears(index)
        let asked = matches.filter { $0.requirement.kind.isAsked && $0.requirement.kind != .title }
        let titleMatch = matches.first { $0.requirement.kind == .title }
        let titleStems = titleMatch.map { contentStems($0.requirement.terms) } ?? []
        let listed = listedCore(asked)
        let stack = coreStack(listed.sorted().map { asked[$0].requirement }, title: titleMatch?.requirement)
        // Centrality by the title's telling words: "distributed" in "Distributed Systems Engineer", not "systems".
        let centralStems = titleStems.subtracting(TailorMatcher.genericStems)
        func isCentral(_ r: JobRequirement) -> Bool {
            r.skills.contains(where: stack.contains) || r.terms.contains(where: centralStems.contains)
        }
        var core = listed
        // A nice-to-have stays one, however central its words ("Rust is a plus, not a must"): the ad says
        // the job is done without it.
        for (i, m) in asked.enumerated() where isCentral(m.requirement) && m.requirement.kind != .niceToHave {
            core.insert(i)
        }

        var coreMet = 0.0, coreTotal = 0.0, restMet = 0.0, restTotal = 0.0
        var stackMet = 0.0, stackTotal = 0.0
        let early = max(minCore, Int((Double(core.count) * earlyShare).rounded(.up)))
        var coreSeen = 0
        // The skills the core asked before: a requirement asking again only for those ("Kubernetes clusters" after
        // "Kubernetes failures") repeats one ask, which a reader counts once.
        var askedSkills: Set<String> = []
        for (i, m) in asked.enumerated() {
            let r = m.requirement
            let isCore = core.contains(i)
            // Prose that asks nothing (the company's story) is read, not weighed.
            if !isCore && r.kind == .context && !asksSomething(r) { continue }
            var w = ConceptLexicon.isSoft(r.terms, skills: r.skills) ? softShare : 1
            if isCentral(r) { w *= centralWeight }
            if isCore && !r.skills.isEmpty {
                if r.skills.allSatisfy(askedSkills.contains) { w *= repeatShare }
                askedSkills.formUnion(r.skills)
            }
            if isCore {
                if coreSeen < early { w *= 1.25 }
                coreSeen += 1
            } else {
                w *= r.kind.weight / JobRequirement.Kind.mustHave.weight
            }
            let c = credit(m, index: index, years: years)
            if isCore { coreMet += w * c; coreTotal += w } else { restMet += w * c; restTotal += w }
            if isCore && r.skills.contains(where: stack.contains) {
                stackMet += skillCredit(r, index: index, years: years)
                stackTotal += 1
            }
        }
        let coreRatio = coreTotal > 0 ? coreMet / coreTotal : 0
        let restRatio = restTotal > 0 ? restMet / restTotal : coreRatio
        let stackRatio = stackTotal > 0 ? stackMet / stackTotal : 0
        let reading = titleReading(index, titleStems: titleStems, title: titleMatch?.requirement.text)
        // The title makes `titleOnly` of the domain, years in this job (its title or its family) the rest; and
        // years in the family bring a kindred title up to the job's own: ten years of it are this job.
        let career = min(1, reading.years / careerYears)
        let similarity = reading.similarity + (1 - reading.similarity) * career
        let domain = max(titleOnly * similarity + (1 - titleOnly) * career, stackRatio)
        // A recruiter reads the requirements in the light of the job: covering them without doing this job
        // (neither its title nor its stack) counts half.
        var score = coreShare * coreRatio * (1 - domainGate + domainGate * domain) + domainShare * domain
            + restShare * restRatio * coreRatio
        // A CV showing nothing of the job (nothing of the title's craft, none of the core stack) is of another
        // job: what it covers are words in common.
        if stackRatio == 0 && !showsTitleCraft(index, title: titleMatch?.requirement) { score *= otherJob }
        return Int(min(100, max(0, score)).rounded())
    }

    /// The requirements the ad lists as needed: its must-haves; where they are fewer than `minCore`, its
    /// responsibilities too, then what its prose asks (the sentences naming a skill or a competency; all of them
    /// where those are too few). (The core adds what names the title's words or the core stack: an
    /// ad's prose often says what the job is, "you have shipped backend services for a long time".)
    static func listedCore(_ asked: [RequirementMatch]) -> Set<Int> {
        var core: Set<Int> = []
        for kinds in [[JobRequirement.Kind.mustHave], [.responsibility], [.context, .niceToHave]] where core.count < minCore {
            var tier: Set<Int> = []
            for (i, m) in asked.enumerated() where kinds.contains(m.requirement.kind) { tier.insert(i) }
            // An ad written as prose: its sentences that ask for something are its requirements; the company's
            // story ("we started in a spare room", "our people work from five cities") is not.
            if kinds.contains(.context) {
                let asking = tier.filter { asksSomething(asked[$0].requirement) }
                if core.count + asking.count >= minCore { tier = asking }
            }
            core.formUnion(tier)
        }
        return core
    }

    /// Whether a requirement names a skill or a competency (`ConceptLexicon`).
    static func asksSomething(_ r: JobRequirement) -> Bool {
        !r.skills.isEmpty || r.terms.contains(where: ConceptLexicon.isConcept)
    }

    /// The ad's core stack: the skills its title names, and those of its first core requirements.
    static func coreStack(_ ordered: [JobRequirement], title: JobRequirement?) -> Set<String> {
        var stack = Set(title?.skills ?? [])
        let early = max(minCore, Int((Double(ordered.count) * earlyShare).rounded(.up)))
        for r in ordered.prefix(early) { stack.formUnion(r.skills) }
        return stack
    }

    /// 0…1: a covered requirement's worth, by its evidence: a skill or competency shown counts fully, shared
    /// words only `wordsOnly`; in a current role fully, in one of eight years ago four fifths, in a skills list
    /// as much (a list is as of now, but shows no use).
    static func credit(_ m: RequirementMatch, index: TailorIndex, years: [Int?]) -> Double {
        // Met in part (`TailorMatcher.partial`) where it names a skill (the work shown, the skill not): a reader
        // credits the work done with another tool, not as much as the ask met.
        let share = m.isCovered ? 1 : m.coverage >= TailorMatcher.partial && !m.requirement.skills.isEmpty ? partShare : 0
        guard share > 0 else { return 0 }
        var recent = 0.0
        var specific = false
        for e in m.evidence {
            recent = max(recent, recency(e.evidence, index: index, years: years))
            if !e.skills.isEmpty || e.terms.contains(where: ConceptLexicon.isConcept) { specific = true }
        }
        if m.evidence.isEmpty { recent = 1 }  // "N years": shown by the dates of the roles
        return share * (0.6 + 0.4 * recent) * (specific || m.evidence.isEmpty ? 1 : wordsOnly)
    }

    static func recency(_ e: CVEvidence, index: TailorIndex, years: [Int?]) -> Double {
        switch e.kind {
        case .skill, .section: return 0.5
        case .summary: return 1
        case .bullet, .roleText:
            let year = e.roleIndex.flatMap { $0 < years.count ? years[$0] : nil } ?? e.year
            return year.map { TailorIndex.recency(year: $0, reference: index.referenceYear) } ?? 0.5
        default: return e.year.map { TailorIndex.recency(year: $0, reference: index.referenceYear) } ?? 0.5
        }
    }

    /// The last year each role's body (its text and bullets) was true. A CV listing its titles at one employer
    /// one after the other, newest first, and the body once under the last of them ("Staff Engineer, 2019 –
    /// present; Senior Engineer, 2016 – 2018; Engineer, 2012 – 2015", then the bullets) writes that body for the
    /// whole stay: the roles without a body listed straight above it at the same organisation lend it their end.
    static func bodyYears(_ index: TailorIndex) -> [Int?] {
        let roles = index.document.roles
        let reference = index.referenceYear
        var years = roles.map { TailorIndex.endYear($0.dates, reference: reference) }
        func key(_ r: Role) -> String? { r.organisation.map { $0.lowercased() } }
        for (i, role) in roles.enumerated() where !(role.bullets.isEmpty && role.text.isEmpty) {
            guard let org = key(role) else { continue }
            var j = i - 1
            while j >= 0, key(roles[j]) == org, roles[j].bullets.isEmpty, roles[j].text.isEmpty {
                if let y = TailorIndex.endYear(roles[j].dates, reference: reference) { years[i] = max(years[i] ?? y, y) }
                j -= 1
            }
        }
        return years
    }

    /// 0…1: the best a line of the CV shows one of the requirement's skills (the skill itself or a kind of it),
    /// by recency.
    static func skillCredit(_ r: JobRequirement, index: TailorIndex, years: [Int?]) -> Double {
        var best = 0.0
        for wanted in r.skills {
            for (evidence, credit) in SkillFamilies.evidence(for: wanted, related: 0) where credit >= 1 {
                for p in index.skillPostings[evidence] ?? [] {
                    let e = index.items[p.item].evidence
                    best = max(best, e.kind == .skill && e.roleIndex == nil ? 0.6 : 0.6 + 0.4 * itemRecency(p.item, index: index, years: years))
                }
            }
        }
        return best
    }

    /// An item's recency, its role's body dated by `bodyYears`.
    static func itemRecency(_ i: Int, index: TailorIndex, years: [Int?]) -> Double {
        let e = index.items[i].evidence
        guard e.kind == .bullet || e.kind == .roleText, let r = e.roleIndex, r < years.count, let y = years[r] else {
            return index.items[i].recency
        }
        return TailorIndex.recency(year: y, reference: index.referenceYear)
    }

    /// The title's words that name the job: not its seniority, not its competency tokens.
    static func contentStems(_ terms: [String]) -> Set<String> {
        Set(terms.filter { !ConceptLexicon.isConcept($0) && !seniorityStems.contains($0) })
    }

    /// 0…1: how much the CV's roles hold the ad's title: the best role by the share of the title's words in its
    /// title (a recent role fully, an old one half), with a little for the same seniority. The words that tell the
    /// job ("frontend", "reliability", "infrastructure") count fully, the words any job title has ("engineer",
    /// "software", "systems") `genericTitleWeight`; a telling word is met by itself, or at `kinTitle` by a word of
    /// the same craft ("web" for "frontend": `ConceptLexicon`); the job's noun by any other ("developer" for
    /// "engineer", `jobNouns`).
    static func titleSimilarity(_ index: TailorIndex, titleStems: Set<String>, title: String?) -> Double {
        titleReading(index, titleStems: titleStems, title: title).similarity
    }

    /// The best role's similarity to the ad's title (`titleSimilarity`), and the years of the last `careerWindow`
    /// the CV's roles were of this job: its title's words (`familyTitle` of them or more) or its family of jobs.
    static func titleReading(_ index: TailorIndex, titleStems: Set<String>, title: String?) -> (similarity: Double, years: Double) {
        guard !titleStems.isEmpty else { return (0, 0) }
        let wantedLevel = title.map(Seniority.level) ?? nil
        let telling = titleStems.subtracting(TailorMatcher.genericStems).subtracting(jobNounStems)
        let generic = titleStems.subtracting(telling)
        let total = Double(telling.count) + genericTitleWeight * Double(generic.count)
        var best = 0.0
        let wantedFamilies = title.map { JobFamily.of(titleHead($0)) } ?? []
        let roleFamilies = wantedFamilies.isEmpty ? [] : JobFamily.ofRoles(index)
        // The months of the window, from its first: whether a role of this job held it.
        var months = [Bool](repeating: false, count: (careerWindow + 1) * 12)
        let firstMonth = (index.referenceYear - careerWindow) * 12
        for item in index.items where item.evidence.kind == .role {
            let roleTitle = item.evidence.roleIndex.flatMap { index.document.roles[$0].title } ?? item.evidence.text
            let stems = item.bag.stems
            var met = 0.0
            for t in telling {
                if stems[t] != nil { met += 1; continue }
                let crafts = (ConceptLexicon.conceptsOfStem[t] ?? []).filter { !ConceptLexicon.softConcepts.contains($0) }
                if crafts.contains(where: { ConceptLexicon.strength($0, in: item.bag, weakOnly: item.weakConcepts, asked: []) >= 1 }) {
                    met += kinTitle
                }
            }
            for g in generic where stems[g] != nil || (jobNounStems.contains(g) && jobNounStems.contains(where: { stems[$0] != nil })) {
                met += genericTitleWeight
            }
            var s = met / total
            // A title of the same family of jobs ("Systems Administrator" for "Site Reliability Engineer") names the
            // same craft in other words.
            if let r = item.evidence.roleIndex, r < roleFamilies.count, !roleFamilies[r].isDisjoint(with: wantedFamilies) {
                s = max(s, familyTitle)
            }
            // The years of this job: a role holding the title's telling words (not only "engineer") or its family.
            if !telling.isEmpty, s >= familyTitle, let r = item.evidence.roleIndex, let dates = index.document.roles[r].dates {
                for m in monthsOf(dates, reference: index.referenceYear) { months[m - firstMonth] = true }
            }
            if let wantedLevel, let level = Seniority.level(roleTitle), level >= wantedLevel { s = min(1, s + 0.1) }
            best = max(best, s * (0.5 + 0.5 * item.recency))
        }
        return (best, Double(months.lazy.filter { $0 }.count) / 12)
    }

    /// The months of a role's span within the last `careerWindow` years (month numbers since year 0).
    static func monthsOf(_ dates: DateSpan, reference: Int) -> Range<Int> {
        let now = reference * 12 + 11
        let first = (reference - careerWindow) * 12
        guard let start = dates.start else { return 0..<0 }
        var from = start.monthIndex()
        var to: Int
        switch dates.end {
        case .present: to = now
        case .date(let d): to = d.monthIndex(defaultMonth: 12)
        case nil: to = from + 11
        }
        from = max(from, first)
        to = min(to, now)
        return from <= to ? from..<(to + 1) : 0..<0
    }

    /// The job a title names, without what qualifies it: its team or place after a comma, a dash or "@" ("Data
    /// Scientist, Growth", "Engineer - Edge"), its asides in brackets, a label before a colon ("Opening: …").
    static func titleHead(_ title: String) -> String {
        var head = ""
        var depth = 0
        for ch in title {
            if ch == "(" || ch == "[" { depth += 1; continue }
            if ch == ")" || ch == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { head.append(ch) }
        }
        if let colon = head.lastIndex(of: ":") { head = String(head[head.index(after: colon)...]) }
        for cut in [",", " - ", " – ", " — ", "@", " | "] {
            if let r = head.firstRange(of: cut) { head = String(head[..<r.lowerBound]) }
        }
        return head
    }

    /// Whether the CV shows anything of the job the ad's title names, not only words every job has: one of the
    /// telling words of the title's head (`titleHead`: not its seniority, not "engineer", "software" or "senior")
    /// named by a role's title, the summary or a line of a role, or the competency it names shown there in earnest
    /// ("reliability" by failover, "frontend" by a web UI); a skill the title names ("Rust (or Zig)
    /// Developer") shown anywhere. A title whose job is not a maker's ("scientist", "advisor": the head's last
    /// word) needs that word itself shown: shared words elsewhere do not make the CV one of that job. A title of
    /// generic words only ("Software Engineer") is any maker's.
    static func showsTitleCraft(_ index: TailorIndex, title: JobRequirement?) -> Bool {
        guard let title else { return true }
        if title.skills.contains(where: { skill in
            SkillFamilies.evidence(for: skill, related: 0).contains { $0.credit >= 1 && index.skillPostings[$0.evidence] != nil }
        }) { return true }
        // The head's words, in order, as the title's terms hold them (stop words and skills are not terms).
        let stemmer = TermScanner()
        var stems: [String] = []
        for word in titleHead(title.text).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let stem = stemmer.stem(String(word))
            guard title.terms.contains(stem), !stems.contains(stem), !seniorityStems.contains(stem),
                  !titleFiller.contains(stem) else { continue }
            stems.append(stem)
        }
        // "full stack": the compound stands for its words.
        for compound in title.terms where compound.contains("-") && !ConceptLexicon.isConcept(compound) {
            let parts = compound.split(separator: "-").map { stemmer.stem(String($0)) }
            guard let at = stems.firstIndex(of: parts[0]), parts.allSatisfy(stems.contains) else { continue }
            stems.insert(compound, at: at)
            stems.removeAll { parts.contains($0) }
        }
        let telling = stems.filter { !TailorMatcher.genericStems.contains($0) && !jobNounStems.contains($0) }
        if let noun = telling.last, noun == stems.last, !craftShown(noun, index: index) { return false }
        return telling.isEmpty ? title.skills.isEmpty : telling.contains { craftShown($0, index: index) }
    }

    /// Whether a role's title, the summary or a line of a role names a title's word, or shows the competency it
    /// names by more than its weak words.
    static func craftShown(_ t: String, index: TailorIndex) -> Bool {
        let crafts = (ConceptLexicon.conceptsOfStem[t] ?? []).filter { !ConceptLexicon.softConcepts.contains($0) }
        let byTitleOnly = titleOnlyCrafts.contains(t)
        for item in index.items {
            switch item.evidence.kind {
            case .role: break
            case .roleText, .bullet, .summary: if byTitleOnly { continue }
            default: continue
            }
            // A sentence about the employer or its product tells of others' work, not the holder's craft.
            if item.tellsOfOthers { continue }
            if item.bag.stems[t] != nil { return true }
            if !byTitleOnly, crafts.contains(where: { ConceptLexicon.strength($0, in: item.bag, weakOnly: item.weakConcepts, asked: []) >= 1 }) {
                return true
            }
        }
        return false
    }

    /// Words of a job ad's title that name no job ("Job opening: …", "Remote position").
    static let titleFiller: Set<String> = {
        let scanner = TermScanner()
        return Set(["job", "opening", "position", "vacancy", "role", "hiring", "remote", "wanted"].map { scanner.stem($0) })
    }()

    /// A title word any job has counts this much of a telling one.
    static let genericTitleWeight = 0.5
    /// A role titled by a word of the same craft as the ad's title word ("Web Developer" for "Frontend Engineer")
    /// holds that word this much.
    static let kinTitle = 0.75
    /// Years in this job (its title or family) that make the rest of the domain (`1 - titleOnly`): a recruiter's
    /// "has done this job for a long time".
    static let careerYears = 10.0
    /// Only the years of the last this many count.
    static let careerWindow = 15
    /// A role titled in the ad title's family of jobs (`JobFamily`) holds this much of its words.
    static let familyTitle = 0.75
    /// The nouns of a maker's job title: one names the same job as another.
    static let jobNounStems: Set<String> = {
        let scanner = TermScanner()
        return Set(["engineer", "developer", "programmer", "coder"].map { scanner.stem($0) })
    }()

    /// A title's craft that every engineer's lines name as a verb of their own work ("designed the schema"): a
    /// Designer's job (its visual, interaction or product design) is shown by a role titled so, not by a summary's or a
    /// line saying something was designed, nor by a kindred craft (an Architect): a role's title names it.
    static let titleOnlyCrafts: Set<String> = {
        let scanner = TermScanner()
        return Set(["designer"].map { scanner.stem($0) })
    }()

    static let seniorityStems: Set<String> = {
        let scanner = TermScanner()
        return Set(Seniority.words.keys.map { scanner.stem($0) })
    }()
}

/// Seniority words of job titles, by level.
enum Seniority {
    static let words: [String: Int] = [
        "intern": 0, "trainee": 0, "junior": 1, "graduate": 1, "associate": 1, "mid": 2, "intermediate": 2,
        "senior": 3, "sr": 3, "lead": 4, "staff": 4, "principal": 5, "head": 5, "chief": 6, "director": 6,
    ]

    /// The highest level a title names, if any.
    static func level(_ title: String) -> Int? {
        var best: Int?
        for word in title.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if let l = words[String(word)] { best = max(best ?? l, l) }
        }
        return best
    }
}

/// Families of job titles a recruiter reads as one craft: a systems administrator, a DevOps engineer and a site
/// reliability engineer run production systems; a web developer and a frontend engineer build what the browser
/// shows. "Infrastructure" alone names what the work is on, built or run ("Infrastructure Engineer" writes a
/// queueing service in Go at one company, runs the servers at another): no family. A title is in a family by one
/// of its phrases (whole words, in order); a phrase marked `bare` counts only
/// with nothing but seniority before it ("Lead Systems Engineer", not "Distributed Systems Engineer" or "Embedded
/// Systems Engineer", where the word before names another craft).
enum JobFamily: Hashable, CaseIterable {
    /// Running production systems: operations, infrastructure, reliability, system administration.
    case operations
    /// Building what users see in the browser or an app's interface.
    case frontend
    /// Building the server's side of web products.
    case backend
    /// Reading data for decisions: data science, analytics, statistics.
    case data
    /// Securing software and systems.
    case security

    struct Phrase {
        var words: [Substring]
        var bare = false
        var families: Set<JobFamily>
    }

    static let phrases: [Phrase] = {
        func p(_ text: String, _ families: Set<JobFamily>, bare: Bool = false) -> Phrase {
            Phrase(words: text.split(separator: " "), bare: bare, families: families)
        }
        let ops: Set<JobFamily> = [.operations], web: Set<JobFamily> = [.frontend, .backend]
        return [
            p("site reliability", ops), p("reliability engineer", ops), p("sre", ops), p("devops", ops), p("dev ops", ops),
            p("platform engineer", ops), p("sysadmin", ops), p("systems administrator", ops),
            p("system administrator", ops), p("systems administration", ops), p("linux administrator", ops),
            p("network administrator", ops), p("network engineer", ops), p("operations engineer", ops),
            p("production engineer", ops), p("cloud engineer", ops), p("cloud architect", ops),
            p("systems engineer", ops, bare: true), p("system engineer", ops, bare: true),
            p("frontend", [.frontend]), p("front end", [.frontend]), p("ui engineer", [.frontend]),
            p("ui developer", [.frontend]), p("web developer", web), p("web engineer", web), p("full stack", web),
            p("fullstack", web), p("backend", [.backend]), p("back end", [.backend]),
            p("data scientist", [.data]), p("data science", [.data]), p("data analyst", [.data]), p("statistician", [.data]),
            p("analytics", [.data]), p("machine learning", [.data]),
            p("security", [.security]), p("appsec", [.security]), p("penetration tester", [.security]),
        ]
    }()

    /// The competencies (`ConceptLexicon`) a role's lines show when it is work of the family.
    static let work: [JobFamily: [String]] = [
        .operations: ["operations", "systems"], .frontend: ["frontend"], .backend: ["apis", "databases"],
        .data: ["data"], .security: ["security"],
    ]

    /// Each role's families (`CVDocument.roles` order): its title's; for a title that names none ("Engineer",
    /// "Various roles"), those its own text names ("the contracts were systems administration"), else those of the
    /// role before it in time when its lines show that family's work (`work`): a recruiter reads a bare "Engineer"
    /// running incidents after years of system administration as the same career.
    static func ofRoles(_ index: TailorIndex) -> [Set<JobFamily>] {
        let roles = index.document.roles
        // A role's whole title: its asides say the craft too ("Principal Engineer (Infrastructure)").
        var families = roles.map { of($0.title ?? "") }
        guard families.contains(where: \.isEmpty) else { return families }
        for item in index.items where item.evidence.kind == .roleText {
            guard let r = item.evidence.roleIndex, r < roles.count, families[r].isEmpty else { continue }
            families[r] = of(item.evidence.text, phrasesOnly: true)
        }
        // Oldest first, so that a chain of bare titles carries the family on.
        let order = roles.indices.filter { roles[$0].dates?.start != nil }.sorted {
            let (a, b) = (roles[$0].dates!.start!, roles[$1].dates!.start!)
            return (a.year, a.month ?? 1) < (b.year, b.month ?? 1)
        }
        let scanner = TermScanner()
        func bare(_ title: String?) -> Bool {
            guard let title else { return true }
            return title.lowercased().split(whereSeparator: { !$0.isLetter }).allSatisfy { word in
                let stem = scanner.stem(String(word))
                return TailorMatcher.genericStems.contains(stem) || TailorScore.jobNounStems.contains(stem)
                    || TailorScore.seniorityStems.contains(stem)
            }
        }
        for (k, r) in order.enumerated() where k > 0 && families[r].isEmpty && !families[order[k - 1]].isEmpty
            && bare(roles[r].title) {
            let before = families[order[k - 1]]
            var shown: Set<String> = []
            for item in index.items where item.evidence.roleIndex == r
                && (item.evidence.kind == .roleText || item.evidence.kind == .bullet) {
                for f in before {
                    for token in workTokens[f] ?? [] where !shown.contains(token)
                        && ConceptLexicon.strength(token, in: item.bag, weakOnly: item.weakConcepts, asked: []) >= 1 {
                        shown.insert(token)
                    }
                }
            }
            families[r] = before.filter { f in (workTokens[f] ?? []).contains(where: shown.contains) }
        }
        return families
    }

    /// `work` as the concept tokens terms carry.
    static let workTokens: [JobFamily: [String]] = work.mapValues { $0.map { ConceptLexicon.prefix + $0 } }

    /// The families a title's phrases name.
    /// `phrasesOnly`: by phrases of two words or more (a role's text: "security" alone is a word of any job).
    static func of(_ title: String, phrasesOnly: Bool = false) -> Set<JobFamily> {
        let words = title.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        var found: Set<JobFamily> = []
        for (start, word) in words.enumerated() {
            guard let candidates = phrasesByFirstWord[word] else { continue }
            for k in candidates {
                let phrase = phrases[k]
                let n = phrase.words.count
                guard !found.isSuperset(of: phrase.families), !phrasesOnly || n > 1, start + n <= words.count,
                      (1..<n).allSatisfy({ words[start + $0] == phrase.words[$0] }) else { continue }
                if phrase.bare, !words[..<start].allSatisfy({ Seniority.words[String($0)] != nil }) { continue }
                found.formUnion(phrase.families)
            }
        }
        return found
    }

    /// The phrases by their first word.
    static let phrasesByFirstWord: [Substring: [Int]] = {
        var table: [Substring: [Int]] = [:]
        for (k, phrase) in phrases.enumerated() { table[phrase.words[0], default: []].append(k) }
        return table
    }()
}
