import Foundation
import Testing
@testable import CVCore

/// The three seeds against the keyed job ads of ../shared/corpus/jobs/key.json, read at run time: which seed
/// ranks first, and each requirement's verdict per seed (the key's `covered_by`), matched to the tool's
/// requirement as the scorer does (one text contains the other, words compared). What is not yet read as the
/// key reads it is listed in `knownIssues` with the reason: a count that grows fails, and so does one that
/// shrinks (lower it).
@Suite(.enabled(if: TailorCorpus.exists("corpus/jobs/key.json") && TailorCorpus.hasSeedsAndJobs,
                "needs ../shared/corpus/jobs/key.json and ../shared/seeds"))
struct TailorKeyTests {
    struct Issue {
        /// Seeds ranked first though the key prefers another, or nil.
        var ranking: String?
        /// Requirements the CV shows (key) but reported as gaps, and gaps reported as covered.
        var saidGap: Int
        var saidCovered: Int
        var reason: String
    }

    static let knownIssues: [String: Issue] = [
        // Since session 14: generic words ('deliver', 'solutions', 'team', 'build') are not among the other words a
        // competency's clause may leave unmet, so 000's security audits meet delivering solutions that improved an
        // organisation's security, and so do 001's security considerations, which the key does not grant.
        // Session 15: a CV line naming security only as a topic ('… considerations', 'some …', among subjects advised
        // on) shows it in part where a requirement asks for more than security and the line shares none of its other
        // words, so 001 no longer meets delivering solutions that reduced risk, the security-libraries clause or driving
        // the direction of security engineering (9 → 6); nor, by the same rule, balancing security risk against product
        // advancement, which the key grants 001 by its considerations line ('weak', says the key) (5 → 6).
        // Session 16: developing people is its own competency, shown by mentoring, coaching and teaching others, so
        // 000's leading a team and hiring for it no longer meet it (6 → 5).
        "cds-senior-application-security-developer": Issue(
            saidGap: 6, saidCovered: 5,
            reason: "since session 13 AWS named in a sentence about 002's employer ('<employer> provides …, hosted in …') no longer shows 002's own AWS, a clause on operating at a company's level is met by strategy lines (operating no longer carries operations; 'long-term' is one term, a soft hyphen in it dropped) for 001 and 002, and 'developing people, both personally and professionally' (adverbs say how) by 001's mentoring and by 000's leading, which the key does not grant; since session 12 the DevOps requirement is no longer met for 000 by 'continue to provide hosting' ('continuous' alone no longer carries delivery: Snowball stems it as 'continue'; 000's open-source tools show GitHub only by links the model drops), understanding that security is not only technology is a view held, which no CV line shows (not asked), 'direction' no longer carries strategy (Snowball stems it as 'direct'), so 002's vision lines no longer meet 'driving the direction of security engineering', and ', as well as' cuts the strategic-level clause, whose first half 002 meets; since session 11 the DevOps requirement with tools in parentheses is met by CI/CD and open-source work (the skills in parentheses illustrate DevOps) and the clause weighing security against product speed is granted to 000 and 002 by their security lines (risk and security both carry security, so little else is asked); strategy clauses read as gaps (developing people is read since session 10); security shown in one line and direction or reviews in another still meet 'driving the direction of security engineering'"),
        // Since session 14: generic words ('deliver', 'solutions', 'team', 'build') are not among the other words a
        // competency's clause may leave unmet, so the relationship-builder and iterating clauses are met by
        // collaboration and iteration lines (the key grants 001 and 002; 000 too, which it does not), and bringing
        // engineering and design firms by 000's design lines; 'sourcing' keeps a stem of its own, so open source no
        // longer shows procurement (000).
        // Session 14, both tailoring changes together: generic words no longer left unmet and the new meanings (writing, iteration) meet one more keyed soft requirement.
        // Session 15: a word forming one name with the competency beside it ("vendor community", "procurement
        // approach", "design firms") is shown only by a line showing that competency, so community, approach and firm
        // words met in unrelated lines no longer complete these clauses (7 → 4).
        // Session 16: the words of a competency's compound ("big-picture") are that compound, not other words left
        // unmet, so 001 and 002 meet the big-picture clause (gaps 4 → 2); a clause naming a craft (procurement)
        // that no line shows at least half is not met by ideas and business words around it (002; 4 → 3); a list
        // item naming a few short recipients after a long head is read as one clause, as written (advice to an
        // agency, its partners and the market), which no seed now meets by words alone (3).
        "cds-senior-procurement-advisor": Issue(
            saidGap: 2, saidCovered: 2,
            reason: "a non-fit whose soft requirements the key grants (big picture, relationship builder); design firms brought in met by design lines (002); a relationship builder by collaboration lines (000)"),        // Since session 14: generic words ('deliver', 'solutions', 'team', 'build') are not among the other words a
        // competency's clause may leave unmet, so web work meets building modern web applications (000, 001) and user-
        // facing components (000; 002 too, which the key does not grant).
        // Session 15: a competency asked beside the skills that the CV shows nowhere (deployments beside debugging
        // JavaScript, for 000) leaves the clause met in part, whatever the skill (11 → 10).
        // Session 16: a website, a web application or a UI named is a product's, shown only in part (a web developer,
        // the client side's words or skills show the front end); "accessible" keeps its own stem ("data access" is no
        // front end), a sentence about the employer's product shows its UI in part, and written communication asks
        // for writing (talks and mentoring do not show it): 001's improved user experience and written communication,
        // and 002's user-facing components, are no longer met (10 → 7). A clause naming a craft that no line shows by
        // more than its weak words is not met by the words around it: 002's customers and its product's UI no longer
        // meet the clause on users' experience and accessibility (7 → 6).
        "datacater-frontend-engineer": Issue(
            saidGap: 5, saidCovered: 6,
            reason: "since session 12 a full-stack web developer shows JavaScript, HTML and CSS (000 ranks first), and as the skill itself it also meets debugging and testing JavaScript, which the key does not grant; other seeds meet web words"),
        // Since session 14: generic words ('deliver', 'solutions', 'team', 'build') are not among the other words a
        // competency's clause may leave unmet, so troubleshooting applications is met by 000's troubleshooting, which
        // the key does not grant.
        "endpoint-systems-programmer-cpp": Issue(
            saidGap: 3, saidCovered: 3,
            reason: "since session 13 writing scalable C++ code, a duty, is no longer met by C++ named only in 001's skills list; a GitHub profile shows Git (001); 000 shows it only by links the model drops; verb lists and Git (C++ years named only in a skills list are no longer granted: session 10)"),
        // Since session 14: generic words ('deliver', 'solutions', 'team', 'build') are not among the other words a
        // competency's clause may leave unmet, so 002's database work meets the office-tools clause as the key reads it.
        "hackclub-club-operations-lead": Issue(
            saidGap: 5, saidCovered: 0,
            reason: "since session 13 ', comfortable in spreadsheets, databases, …' is a requirement of its own (a comma before a word saying how well a thing is known starts one), met by 000's and 001's database work; teen-facing and office-tool work the key reads from teaching and databases (the manager/leader/coordinator must-have is met since session 11: its 'perhaps in …' examples illustrate, they are not asked)"),
        // Since session 14: generic words ('deliver', 'solutions', 'team', 'build') are not among the other words a
        // competency's clause may leave unmet, so collaborating with team members, diving into specifics and SRE on-call
        // work are met (000, 001; 000's SRE clause too, which the key does not grant).
        // Session 14, both changes together: on-calls, collaboration and the specifics clause (generic words) are met where the key grants them (11 → 8).
        // Session 16: "UI" named is a product's, and a client (of a library) is not a customer, so 001's prototype
        // portal for ISPs is no longer met as clients' UI work (8 → 9; it was met by "clients" as customers); writing
        // blogs asks for writing (001's mentoring no longer meets it), and specs documenting trade-offs are met for 001
        // (the compound's words are no longer other words left unmet), which the key does not grant (3 → 3). A UI
        // named by a line shows the front end only in part even where the ad uses the word, so 002's product UI no
        // longer meets the clients clause (3 → 2).
        "inngest-distributed-systems-engineer": Issue(
            saidGap: 9, saidCovered: 2,
            reason: "since session 14 on-calls (plural) are on-call work (001's incidents meet them); since session 13 the employer's hosting on AWS is not 002's own AWS work; since session 12 CDN work shows cloud infrastructure (001's features in open and closed code); responsibilities in few words ('Keeping latency low', 'complexity') the key grants by implication; the CET-PT time-zone window (CV locations not read); since session 11 blog writing 'e.g. deep dives, incident retros' is met by documentation and talks (001 too, which the key does not grant), and observability no longer by 'I live in …'"),
        "letsencrypt-systems-administrator": Issue(
            saidGap: 3, saidCovered: 5,
            reason: "since session 14 a regulated environment is regulation, which neither 000 nor 001 shows (002's regulatory requirements do); since session 13 'virtualization' keeps its own stem, so a Java virtual machine no longer meets it for 002; since session 12 rapid provisioning is no longer met for 000 by 'continue to provide' (see the appsec ad), a SAN and firewalls are named things asked for themselves (no other hardware or networking line shows them), so the short clause 'firewalls' of the prose, which the scorer's matching takes for the networking-management line, is a gap for 001 too; collaborating online is remote work, which 002 says only beside its employer's name (not read as evidence) and 001 never; since session 11 24/7 operations (the employer named after 'at' is not asked) and collaboration with the employer's developers (whose people, not a name asked) are met; datacenter and HA requirements granted to seeds the key does not (the HSM one no longer, by the capitals it is named with: session 10); online collaboration (a clause of its own since session 10) granted to 001 by its colleagues and other teams"),
        // Since session 14: 'even' is a stop word and 'going to' says when, not what, so 001's CDN scale meets the
        // events-a-day clause.
        // Session 14, both changes together: agile iteration meets short cycles (000) once generic words no longer count against it.
        // Session 15: a parenthesis telling what the employer runs after a competency ("databases (we use …)")
        // illustrates it, its words as well as its skills, so 000's database and architecture lines meet it; and a
        // clause offering two alternatives (", or in …") is met by either, so 000's scale meets the second (11 → 9).
        // Session 15, later: "track" and "record" are filler only as "track record" (000's clause on tests, feedback and
        // tracking keeps its tracking), and "out of the box" is an idiom (with a word stressing it), not words to show, so 000 and 001
        // meet designing a scalable product deployed on premise (9 → 6).
        "posthog-full-stack-software-engineer": Issue(
            saidGap: 6, saidCovered: 0,
            reason: "since session 14 keeping a team agile is iterative work, which short cycles ask (000); since session 13 the plugin ecosystem is met by 001's plugins and 002's extensions (what the ecosystem is for, after 'so', is not asked); since session 12 short cycles are iteration (002's iterating rapidly meets them); since session 11 the clause making the engineer answer for tests and feedback no longer meets 000 by 'responsible' (ad filler now), and the events-a-day scale is a clause of its own (after a spaced dash), which 001's CDN lines show in no words of scale; product-culture prose (autonomy, short cycles, plugins) read as gaps; 002 does not say it works remotely in words the lexicon knows"),
        "posthog-site-reliability-engineer": Issue(
            saidGap: 11, saidCovered: 2,
            reason: "since session 13 Go, Rust or Python in a duty is no longer met by a skills list alone (002); query-engine and OLAP lines met by generic database and scale words; Kafka and cloud operations the key reads from CDN work"),
        // Since session 14: what follows a hedge (', if possible, with a focus on …') is a wish of its own, so 000's
        // security audits meet the years in IT security, and a purpose ('to further improve …') is not asked, so 000's
        // talks and open-source work meet communicating with the community and developers.
        // Session 14, both changes together: iterating beside the community is met for 000 (agile iteration, the purpose clause not asked).
        // Session 15: the Go developer clause with a networks background is no longer met for 000 by Go and C++ alone:
        // no line of 000 shows networking (8 → 7).
        // Session 16: web words and a product's UI show the front end only in part, and "design" beside UI/UX is the
        // interface's design, not architecture: 001's PHP web applications and 002's employer's websites and UI no
        // longer meet "Front-end" (001, 002) or UI/UX implementations (001) (7 → 4); nor, the ad's own word "UI" lifting
        // a weak word no longer, 002's product UI the UI/UX clause (4 → 3).
        "safing-golang-or-c-cpp-developer": Issue(
            saidGap: 0, saidCovered: 3,
            reason: "since session 14 an agile team iterates, so improving and iterating beside the community is met for 000; since session 13 one configuration management tool meets another (001's Puppet and Salt for Ansible), ', or even' starts a clause of its own in prose, so growing into leading a product's development is met by the seeds' leading roles, and 'diverse experience' is met by a career at three or more organisations (all three seeds); since session 12 'hence' is a stop word (the performance-influence clause is met by performance work), full-stack web work shows HTML, CSS and JavaScript (Angular's), firewalls are asked for themselves and ', as well as' cuts the firewall clause from the network-level one; 001 is granted more must-haves (UI/UX, front-end from web words) than the key and 002 fewer (OS internals), yet 002 ranks first since the sentence saying Go is optional is a nice-to-have, not core; 'team player' and 'self-sufficiency' read since session 10, and 002's administrative UI now meets 'front-end'; 'strive to grow' read as a gap; since session 11 the duties under 'What to Expect' are read as duties (conceptualizing, coding, testing), 'operating system' is no longer read as operations and a daemon no longer shows system administration"),
    ]

    static func norm(_ s: String) -> String {
        var words: [String] = []
        var current = ""
        var symbols = false
        for c in s.lowercased() {
            let word = c.isLetter || c.isNumber
            let symbol = c == "+" || c == "#"
            if (word && !symbols) || (symbol && (symbols || current.isEmpty)) {
                current.append(c)
                symbols = symbol
            } else {
                if !current.isEmpty { words.append(current) }
                current = word || symbol ? String(c) : ""
                symbols = symbol
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    @Test func keyedVerdictsAndRanking() throws {
        let data = try #require(FileManager.default.contents(atPath: TailorCorpus.shared + "/corpus/jobs/key.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let jobs = try #require(root["jobs"] as? [String: [String: Any]])
        for (name, key) in jobs.sorted(by: { $0.key < $1.key }) {
            guard let requirements = key["requirements"] as? [[String: Any]],
                  let job = TailorCorpus.job("corpus/jobs/\(name).md") else { continue }
            var saidGap = 0
            var saidCovered = 0
            var scores: [String: Int] = [:]
            for seed in TailorCorpus.seeds {
                let report = Tailor.match(document: seed.document, job: job, referenceYear: TailorCorpus.year)
                scores[seed.id] = report.score
                let mine = report.requirements.map { (Self.norm($0.requirement.text), $0) }
                for r in requirements where (r["kind"] as? String) != "boilerplate" {
                    let text = Self.norm(r["text"] as? String ?? "")
                    let keyed = (r["covered_by"] as? [String: Any] ?? [:]).keys.contains { $0.hasPrefix(seed.id) }
                    let match = mine.first { !$0.0.isEmpty && ($0.0.contains(text) || text.contains($0.0)) }?.1
                    let said = match?.isCovered ?? false
                    if keyed && !said { saidGap += 1 }
                    if said && !keyed { saidCovered += 1 }
                }
            }
            let best = (key["best_any"] as? [String] ?? []).map { String($0.prefix(3)) }
            let top = scores.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            let issue = Self.knownIssues[name]
            if !best.isEmpty, let top {
                #expect(best.contains(top) == (issue?.ranking == nil),
                        "\(name): \(top) ranks first (\(scores)), the key prefers \(best); known: \(issue?.ranking ?? "none")")
            }
            #expect(saidGap == issue?.saidGap ?? 0, "\(name): \(saidGap) keyed coverages said gap (known \(issue?.saidGap ?? 0): \(issue?.reason ?? ""))")
            #expect(saidCovered == issue?.saidCovered ?? 0,
                    "\(name): \(saidCovered) keyed gaps said covered (known \(issue?.saidCovered ?? 0): \(issue?.reason ?? ""))")
        }
    }

    /// The key's must-keep lines (bullets a good variant keeps, for strong fits) still in the default variant, as
    /// written: a skills line is rewritten only to bring forward what the ad's lists ask (a skill its prose names, as
    /// an all-prose ad's "a background in X will help", leaves the line as the holder wrote it).
    static let knownLostMustKeeps: Set<String> = []

    /// Each keyed line of `field` ("must_keep", "may_drop") with the ad, the seed, and the seed's default variant.
    static func keyedLines(_ field: String) throws -> [(job: String, seed: String, line: String, variant: String)] {
        let data = try #require(FileManager.default.contents(atPath: TailorCorpus.shared + "/corpus/jobs/key.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let jobs = try #require(root["jobs"] as? [String: [String: Any]])
        var out: [(job: String, seed: String, line: String, variant: String)] = []
        for (name, key) in jobs.sorted(by: { $0.key < $1.key }) {
            guard let keyed = key[field] as? [String: [String]], let job = TailorCorpus.job("corpus/jobs/\(name).md")
            else { continue }
            for seed in TailorCorpus.seeds {
                guard let lines = keyed.first(where: { $0.key.hasPrefix(seed.id) })?.value else { continue }
                let variant = Tailor.variant(text: seed.text, document: seed.document, job: job,
                                             options: TailorOptions(referenceYear: TailorCorpus.year))
                for line in lines { out.append((name, seed.id, line, variant.text)) }
            }
        }
        return out
    }

    @Test func keyedMustKeepLinesStayInTheVariant() throws {
        let keyed = try Self.keyedLines("must_keep")
        var seen: [String: Int] = [:]
        var lost = Set<String>()
        for k in keyed {
            let group = "\(k.job) \(k.seed)"
            let n = seen[group, default: 0] + 1
            seen[group] = n
            if !k.variant.contains(k.line) { lost.insert("\(group) #\(n)") }
        }
        #expect(!keyed.isEmpty)
        #expect(lost == Self.knownLostMustKeeps,
                "lost \(lost.subtracting(Self.knownLostMustKeeps).sorted()); kept now \(Self.knownLostMustKeeps.subtracting(lost).sorted())")
    }

    /// The key's may-drop lines (what a good variant of a strong fit may leave out) still in the default variant,
    /// counted per ad and seed. Kept, and why: a line the matcher cites for a covered requirement stays so that the
    /// variant shows what the report claims (a first-aid course cited for collaborating with colleagues); projects
    /// naming a skill the ad asks for (Python) stay; an education line and a sub-bullet of a kept bullet share the
    /// ad's words. Session 11: a line showing a competency only by its weak words ("templates" for delivery) no
    /// longer serves (kept 14 → 13). Session 12: the PyPI-client project no longer serves the SRE ad (kept 13 → 12):
    /// CDN work now shows cloud infrastructure, so the covered requirement on the speed and resilience of cloud
    /// deployments cites the CDN lines instead (the project is cited only for requirements met in part). Session 13:
    /// the first-aid course leaves the SRE ad's variant of 001 (kept 12 → 11; no requirement cited it before either).
    /// Session 15: evidence is chosen by what a line shows, not by its age: the shell-completion project is no longer
    /// cited in the SRE ad's variant of 001 and leaves it, and an old line that wrote a library's documentation is
    /// cited for writing blog posts and stays in the distributed-systems ad's variant of 002 (kept 11 → 11). Then a
    /// role's sentence telling of the employer ranks below the holder's own lines: that old line is no longer cited (it
    /// leaves), and the sentence of 000 that tells of the app shipped alone is cited for shipping quickly, so its role's
    /// text, with the employer's ranking among retailers beside it, stays in the full-stack ad's variant (kept 11 → 11).
    /// Session 16: writing blog posts asks for writing, so 002's old line that wrote a library's manual pages is cited
    /// for it again and its paragraph, with the database viewer beside it, stays in the distributed-systems ad's variant
    /// (kept 11 → 12). Session 17: outreach asks for communication in general, so 002's line of much communication with
    /// customers is cited beside the documenting ones in place of that old line, whose paragraph leaves (kept 12 → 11).
    static let knownKeptMayDrops: [String: Int] = [
        "endpoint-systems-programmer-cpp 002": 2, "inngest-distributed-systems-engineer 000": 2,
        "letsencrypt-systems-administrator 001": 3,
        "posthog-full-stack-software-engineer 000": 1,
        "posthog-full-stack-software-engineer 001": 2, "posthog-site-reliability-engineer 001": 1,
    ]

    @Test func keyedMayDropLinesLeaveTheVariant() throws {
        let keyed = try Self.keyedLines("may_drop")
        var kept: [String: Int] = [:]
        for k in keyed where k.variant.contains(k.line) { kept["\(k.job) \(k.seed)", default: 0] += 1 }
        #expect(!keyed.isEmpty)
        #expect(kept == Self.knownKeptMayDrops, "kept \(kept.sorted { $0.key < $1.key }), known \(Self.knownKeptMayDrops.sorted { $0.key < $1.key })")
    }

    /// Strong fits the score puts under 60 (the key's `fit`), and why.
    static let knownWeakStrongFits: Set<String> = [
        // (Since session 15 the full-stack prose ad's 000 scores 60 or more: the architecture-and-databases clause with
        // the employer's stack in parentheses, the either-or clause, tracking and the on-premise scale clause are met.)
        // (Since session 15 the SRE ad's 001 scores 60 or more: a sysadmin, cloud architect and CDN engineer for
        // fifteen years does this job (its family of titles, `JobFamily`), Kubernetes asked four times is one ask,
        // and the list under "What you'll bring" is read as its must-haves. It was 16.)
    ]

    /// What a score means to a user: an ad that fits none of the seeds (no `best_any`) scores under 25 for each,
    /// and below the best seed of every ad that fits one; a strong fit scores at least 60.
    @Test func nonFitsScoreBelowEveryFitAndStrongFitsAtLeast60() throws {
        let data = try #require(FileManager.default.contents(atPath: TailorCorpus.shared + "/corpus/jobs/key.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let jobs = try #require(root["jobs"] as? [String: [String: Any]])
        var fitBest: [String: Int] = [:], nonFit: [String: Int] = [:]
        var weakStrong: Set<String> = []
        for (name, key) in jobs.sorted(by: { $0.key < $1.key }) {
            guard let job = TailorCorpus.job("corpus/jobs/\(name).md") else { continue }
            let fit = key["fit"] as? [String: String] ?? [:]
            var best = 0
            for seed in TailorCorpus.seeds {
                let score = Tailor.match(document: seed.document, job: job, referenceYear: TailorCorpus.year).score
                best = max(best, score)
                if fit.first(where: { $0.key.hasPrefix(seed.id) })?.value == "strong" && score < 60 {
                    weakStrong.insert("\(name) \(seed.id)")
                }
            }
            if (key["best_any"] as? [String] ?? []).isEmpty { nonFit[name] = best } else { fitBest[name] = best }
        }
        let floor = try #require(fitBest.values.min())
        #expect(!nonFit.isEmpty)
        for (name, best) in nonFit {
            #expect(best < 25 && best < floor, "\(name): a non-fit scores \(best); fits' best \(fitBest.sorted { $0.key < $1.key })")
        }
        #expect(weakStrong == Self.knownWeakStrongFits, "strong fits under 60: \(weakStrong.sorted())")
    }
}
