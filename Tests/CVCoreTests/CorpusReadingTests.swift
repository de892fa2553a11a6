import Foundation
import Testing
@testable import CVCore

/// Every keyed role of every non-LaTeX CV of `../shared/corpus` (72 real CVs, keyed by careful human readers in
/// `key.json`) is read as the key says: organisation, title and dates, matched the way
/// `../shared/tools/score-reading.py` matches them. The CVs not read fully yet are known issues, each with its reason;
/// a known issue that starts passing fails the test, so the list stays honest.
@Suite(.enabled(if: CorpusKey.available, "needs ../shared/corpus")) struct CorpusReadingTests {
    @Test(arguments: CorpusKey.files)
    func everyKeyedRoleIsRead(file: String) throws {
        let entry = try #require(CorpusKey.entry(file))
        let text = try #require(MarkdownTestCorpus.text("corpus/cvs/" + file))
        let document = try CVReader.parse(text: text, path: file)
        let (missed, extra) = CorpusKey.compare(entry.roles, document.roles)
        let check = {
            #expect(missed.isEmpty, "\(file): roles not read: \(missed)")
            #expect(extra.isEmpty, "\(file): entries that are no keyed role: \(extra)")
        }
        if let reason = CorpusKey.knownIssues[file] {
            withKnownIssue(Comment(rawValue: reason)) { check() }
        } else {
            check()
        }
    }
}

/// The corpus key, and the matching rules of the reading scorer.
enum CorpusKey {
    struct KeyedRole: Sendable, CustomStringConvertible {
        var organisations: [String]
        var title: String?
        var start: String?
        var end: String?
        var description: String { "\(organisations.first ?? "-") | \(title ?? "-") | \(start ?? "-") | \(end ?? "present")" }
    }

    struct Entry: Sendable {
        var roles: [KeyedRole]
    }

    static let path = MarkdownTestCorpus.root + "/corpus/key.json"
    static var available: Bool { MarkdownTestCorpus.exists("corpus/key.json") }

    static let key: [String: Entry] = {
        guard let text = MarkdownTestCorpus.text("corpus/key.json"),
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { return [:] }
        var out: [String: Entry] = [:]
        for (name, value) in object where !name.hasPrefix("_") && !name.hasPrefix("latex-") {
            guard let dict = value as? [String: Any] else { continue }
            let roles = (dict["roles"] as? [[String: Any]] ?? []).map { r in
                KeyedRole(
                    organisations: r["org"] as? [String] ?? [], title: r["title"] as? String, start: r["start"] as? String,
                    end: r["end"] as? String)
            }
            out[name] = Entry(roles: roles)
        }
        return out
    }()

    static let files: [String] = key.keys.sorted()

    static func entry(_ file: String) -> Entry? { key[file] }

    /// NFKC, case-folded, words of letters and digits (and `+`, `#`).
    static func norm(_ s: String?) -> String {
        let folded = (s ?? "").precomposedStringWithCompatibilityMapping.lowercased()
        var words: [String] = []
        var word = ""
        var symbols = ""
        for c in folded {
            if c.isLetter || c.isNumber {
                if !symbols.isEmpty { words.append(symbols); symbols = "" }
                word.append(c)
            } else if c == "+" || c == "#" {
                if !word.isEmpty { words.append(word); word = "" }
                symbols.append(c)
            } else {
                if !word.isEmpty { words.append(word); word = "" }
                if !symbols.isEmpty { words.append(symbols); symbols = "" }
            }
        }
        if !word.isEmpty { words.append(word) }
        if !symbols.isEmpty { words.append(symbols) }
        return words.joined(separator: " ")
    }

    static func organisationMatches(_ alternatives: [String], _ got: String?) -> Bool {
        if alternatives.isEmpty { return true }
        let g = norm(got)
        guard !g.isEmpty else { return false }
        return alternatives.contains { a in
            let n = norm(a)
            return !n.isEmpty && (g.contains(n) || n.contains(g) && 2 * g.count >= n.count)
        }
    }

    static func titleMatches(_ want: String?, _ got: String?) -> Bool {
        guard let want, !want.isEmpty else { return true }
        let w = Set(norm(want).split(separator: " ")), g = Set(norm(got).split(separator: " "))
        guard !g.isEmpty else { return false }
        return Double(w.intersection(g).count) / Double(max(w.count, 1)) >= 0.6 || norm(got).contains(norm(want))
    }

    static func dateMatches(_ want: String?, _ got: String?, end: Bool) -> Bool {
        guard let want else { return !end || got == nil || got == "present" }
        return (got ?? "").hasPrefix(want)
    }

    static func matches(_ keyed: KeyedRole, _ role: Role) -> Bool {
        guard organisationMatches(keyed.organisations, role.organisation), titleMatches(keyed.title, role.title) else { return false }
        guard keyed.start != nil else { return true }
        return dateMatches(keyed.start, role.start?.description, end: false) && dateMatches(keyed.end, role.end?.description, end: true)
    }

    /// The keyed roles no read role matches, and the read roles that match no keyed role (each read role matches
    /// one keyed role at most, in key order, as the scorer does).
    static func compare(_ keyed: [KeyedRole], _ roles: [Role]) -> (missed: [String], extra: [String]) {
        var used = Set<Int>()
        var missed: [String] = []
        for k in keyed {
            if let hit = roles.indices.first(where: { !used.contains($0) && matches(k, roles[$0]) }) {
                used.insert(hit)
            } else {
                missed.append(k.description)
            }
        }
        let extra = roles.indices.filter { !used.contains($0) }.map { MarkdownExpectedRole.of(roles[$0]) }
        return (missed, extra)
    }

    /// CVs not read fully yet, and why (see docs/reading.md).
    static let knownIssues: [String: String] = [
        "md-3manuek.md":
            "a heading with two ' - ' separators (Org - Title - Team) splits the title; a role named only in a blockquote of the intro",
        "md-AlejoRamirezGismondi.md":
            "a title holding a dash ('IAM Developer - Specialist 5') is cut at it",
        "md-Alesia-V175.md":
            "roles nested under an umbrella list item ('Part-time work at school') take the umbrella as organisation; 'Title in Org' with a one-word organisation is read as one title",
        "md-KKoovalsky.md":
            "client projects of one freelance role, laid out like jobs ('### Title – Project' / dates), are read as roles",
        "md-Soumyajit2825.md":
            "sections told apart only by HTML comments; the organisation headings are read as section names",
        "md-benedictweichselbaum.md":
            "HTML timeline divs: a title holding ' | ' and an organisation with '·' and a campus are split wrongly",
        "md-nogsantos.md":
            "'» Title' headings over 'Org - City - ST' lines without dates; technology lists read as entries",
        "md-robmoffat.md":
            "an era heading with dates over undated organisation headings; titles in the prose",
        "md-tasken.md":
            "'**Freelance designer** // dates' names no employer, and the key reads 'Freelance' as the organisation (the seed key reads none for the same layout)",
        "md-vtabary.md":
            "short films under a subheading of the artistic experience are read as roles",
        "md-wako4809.md":
            "a table whose header row is itself a role; '<br>' descriptions inside title cells",
        "md-yuya-0928.md":
            "Japanese CV: company and title in one heading with no separator; education entries laid out like roles",
        "txt-WhoIsSethDaniel.txt":
            "a remark in brackets after the dates ('(company folded)') is read as the organisation",
        "txt-athill.txt":
            "a title holding a comma ('Monitor, Phone/Walk-in Support') is split",
        "txt-davidbstein.txt":
            "'Org - Department' / 'Season YYYY' / 'Title' blocks separated by '.' bullets: some titles are taken from the department",
        "txt-nelonoel.txt":
            "a project line under a role ('↳ Designed X, ... Hackathon 2014') is read as a role",
        "txt-osteele.txt":
            "'Title / Org / dates' blocks with dates split over indented lines are read only in part",
        "txt-pdf-0x5am5.txt":
            "PDF text with every space doubled ('A N D  D i g i t a l') is not read yet",
        "txt-pdf-3milychu.txt":
            "PDF text with titles and organisations on lines of their own around the dates: some are paired with the wrong entry",
        "txt-pdf-AlessioChen.txt":
            "a workshop line with a date in the experience section is read as a role",
        "txt-pdf-AlexandreDecan.txt":
            "French 'De MM/YYYY' / 'à MM/YYYY' dates split over two lines around the title",
        "txt-pdflayout-AElOuassouli.txt":
            "two-column PDF layout: title and place on one line, organisation and dates on the next",
        "txt-pdflayout-AdamVigeantUX.txt":
            "spaced-out capital titles ('G R A P H I C  D E S I G N E R') are not read as titles",
        "txt-pdflayout-BernardBurke.txt":
            "'Title Org | dates' with no separator between title and organisation",
        "txt-souleymatoo.txt":
            "project lines with their own dates inside a role are read as roles",
        "txt-swiftgurmeet.txt":
            "'Contractor @(Org, Org)' and dated lines of other sections read as roles",
    ]
}
