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

    static let key: [String: Entry] = entries(latex: false)

    /// The keyed LaTeX CVs (`latex-*`, some of them a folder with the main file and the files it includes).
    static let latexKey: [String: Entry] = entries(latex: true)

    static func entries(latex: Bool) -> [String: Entry] {
        guard let text = MarkdownTestCorpus.text("corpus/key.json"),
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { return [:] }
        var out: [String: Entry] = [:]
        for (name, value) in object where !name.hasPrefix("_") && name.hasPrefix("latex-") == latex {
            guard let dict = value as? [String: Any] else { continue }
            let roles = (dict["roles"] as? [[String: Any]] ?? []).map { r in
                KeyedRole(
                    organisations: r["org"] as? [String] ?? [], title: r["title"] as? String, start: r["start"] as? String,
                    end: r["end"] as? String)
            }
            out[name] = Entry(roles: roles)
        }
        return out
    }

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
            "a role named only in a sentence of an italic blockquote in the intro ('I worked as Officer … at X')",
    ]
}

/// Every keyed role of every LaTeX CV of `../shared/corpus` (`latex-*`): the main file is read with the files it
/// includes next to it, as `cvtrack parse FILE.tex` reads it.
@Suite(.enabled(if: CorpusKey.available, "needs ../shared/corpus")) struct LaTeXCorpusReadingTests {
    static let files: [String] = CorpusKey.latexKey.keys.sorted()

    @Test(arguments: files)
    func everyKeyedRoleIsRead(file: String) throws {
        let entry = try #require(CorpusKey.latexKey[file])
        let path = MarkdownTestCorpus.root + "/corpus/cvs/" + file
        let text = try #require(MarkdownTestCorpus.text("corpus/cvs/" + file))
        let document = try CVReader.parse(text: text, path: path, files: .fileSystem(mainFile: path))
        #expect(document.format == .latex)
        let (missed, extra) = CorpusKey.compare(entry.roles, document.roles)
        let check = {
            #expect(missed.isEmpty, "\(file): roles not read: \(missed)")
            #expect(extra.isEmpty, "\(file): entries that are no keyed role: \(extra)")
        }
        if let reason = Self.knownIssues[file] {
            withKnownIssue(Comment(rawValue: reason)) { check() }
        } else {
            check()
        }
    }

    /// LaTeX CVs not read fully yet, and why.
    static let knownIssues: [String: String] = [:]
}

/// The seeds' answer key (`../shared/seeds/key.json`): roles, optional roles, projects and the person's name, read at
/// test time so that no test names what the seeds hold.
enum SeedKey {
    struct Entry: Sendable {
        var name: String?
        var roles: [CorpusKey.KeyedRole]
        var optionalRoles: [CorpusKey.KeyedRole]
        var projects: [String]
        var skills: [String] = []
    }

    static var available: Bool { MarkdownTestCorpus.exists("seeds/key.json") }

    static let key: [String: Entry] = {
        guard let text = MarkdownTestCorpus.text("seeds/key.json"),
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { return [:] }
        func roles(_ value: Any?) -> [CorpusKey.KeyedRole] {
            (value as? [[String: Any]] ?? []).map { r in
                CorpusKey.KeyedRole(
                    organisations: r["org"] as? [String] ?? [], title: r["title"] as? String, start: r["start"] as? String,
                    end: r["end"] as? String)
            }
        }
        var out: [String: Entry] = [:]
        for (file, value) in object where !file.hasPrefix("_") {
            guard let dict = value as? [String: Any] else { continue }
            out[file] = Entry(
                name: dict["name"] as? String, roles: roles(dict["roles"]), optionalRoles: roles(dict["optional_roles"]),
                projects: dict["projects"] as? [String] ?? [], skills: dict["skills"] as? [String] ?? [])
        }
        return out
    }()

    /// A keyed education entry (`institution`, `studyType` or `degree`, `start`, `end`).
    struct Education: Sendable {
        var institution: String
        var studyType: String?
        var start: String?
        var end: String?
    }

    static func education(in keyFile: String, of file: String) -> [Education] {
        guard let text = MarkdownTestCorpus.text(keyFile),
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let entry = object[file] as? [String: Any]
        else { return [] }
        return (entry["education"] as? [[String: Any]] ?? []).compactMap { e in
            guard let institution = e["institution"] as? String else { return nil }
            return Education(
                institution: institution, studyType: (e["studyType"] ?? e["degree"]) as? String, start: e["start"] as? String,
                end: e["end"] as? String)
        }
    }

    /// The keyed education of a seed file.
    static func educationOf(_ file: String) -> [Education] {
        education(in: "seeds/key.json", of: file.hasPrefix("seeds/") ? String(file.dropFirst("seeds/".count)) : file)
    }

    /// The keyed education of a corpus CV (`../shared/corpus/key.json`).
    static func corpusEducation(_ file: String) -> [Education] { education(in: "corpus/key.json", of: file) }

    /// The entry of a seed file (`000_….txt`, with or without the `seeds/` folder).
    static func entry(_ file: String) -> Entry? {
        key[file.hasPrefix("seeds/") ? String(file.dropFirst("seeds/".count)) : file]
    }
}

/// Checks of a real CV's personal details that do not copy them into the tests: the value is in the file, whole, and
/// has the field's shape (a name of `words` words, an address with one `@`, a number of at least 8 digits).
enum PersonShape {
    static func name(_ value: String?, in text: String, words: Int) -> Bool {
        guard let value else { return false }
        // As written, or in capitals.
        return text.lowercased().contains(value.lowercased()) && value.split(separator: " ").count == words
            && value.first?.isUppercase == true
    }

    static func email(_ value: String?, in text: String) -> Bool {
        guard let value else { return false }
        // In the file as written, or disguised as `name[at]host[dot]tld`.
        let plain = text.replacingOccurrences(of: "[at]", with: "@").replacingOccurrences(of: "[dot]", with: ".")
        return plain.contains(value) && value.split(separator: "@").count == 2 && !value.contains(" ")
    }

    static func phone(_ value: String?, in text: String) -> Bool {
        guard let value else { return false }
        return text.contains(value) && value.filter(\.isNumber).count >= 8
    }
}
