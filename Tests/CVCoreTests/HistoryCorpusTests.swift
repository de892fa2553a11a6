import Foundation
import Testing
@testable import CVCore

/// Every keyed pair of the real CV histories of `../shared/corpus/histories` (versions of public CVs, each pair keyed
/// by a careful reader in `key.json`): the two versions are read and diffed in process, and each keyed change must be
/// among the changes reported, matched the way `../shared/tools/score-history.py` matches them (a change of the kind,
/// or of a kind that names the same thing, whose words hold the keyed text); a layout-only pair must report nothing.
/// The pairs not right yet are known issues, each with its reason; a known issue that starts passing fails the test.
@Suite(.enabled(if: HistoryKey.available, "needs ../shared/corpus/histories")) struct HistoryCorpusTests {
    @Test(arguments: HistoryKey.pairs.map(\.label))
    func everyKeyedChangeIsFound(label: String) throws {
        let pair = try #require(HistoryKey.pairs.first { $0.label == label })
        let old = try HistoryKey.read(pair.history, pair.from)
        let new = try HistoryKey.read(pair.history, pair.to)
        let changes = CVDiffer.diff(old, new).changes
        let missing = HistoryKey.missing(pair, in: changes)
        let check = {
            #expect(missing.isEmpty, "\(label): keyed changes not found: \(missing)")
            if pair.empty { #expect(changes.isEmpty, "\(label) is layout only, yet reports \(changes.map { "\($0.kind.rawValue) \($0.subject)" })") }
        }
        if let reason = HistoryKey.knownIssues[label] {
            withKnownIssue(Comment(rawValue: reason)) { check() }
        } else {
            check()
        }
    }
}

/// The history key and the matching rules of the history scorer.
enum HistoryKey {
    struct KeyedChange: Sendable, CustomStringConvertible {
        var kinds: [[String]]  // the kind, then each alternative (`a+b`: two changes)
        var text: String
        var group: String?
        var description: String { "\(kinds[0].joined(separator: "+")) '\(text)'" }
    }

    struct Pair: Sendable {
        var history: String
        var from: String
        var to: String
        var changes: [KeyedChange]
        var empty: Bool
        var label: String { "\(history) \(from)->\(to)" }
    }

    static let root = MarkdownTestCorpus.root + "/corpus/histories"
    static var available: Bool { MarkdownTestCorpus.exists("corpus/histories/key.json") }

    /// Pairs not diffed as the key says yet, and why (the reading of one version, most of them).
    static let knownIssues: [String: String] = [:]

    static let pairs: [Pair] = {
        guard let text = MarkdownTestCorpus.text("corpus/histories/key.json"),
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { return [] }
        return (object["pairs"] as? [[String: Any]] ?? []).map { p in
            let changes = (p["changes"] as? [[String: Any]] ?? []).filter { ($0["minor"] as? Bool) != true }.map { c in
                KeyedChange(
                    kinds: [[c["kind"] as? String ?? ""]] + (c["alt"] as? [String] ?? []).map { $0.split(separator: "+").map(String.init) },
                    text: c["text"] as? String ?? "", group: c["group"] as? String)
            }
            return Pair(
                history: p["history"] as? String ?? "", from: p["from"] as? String ?? "", to: p["to"] as? String ?? "", changes: changes,
                empty: p["empty"] as? Bool ?? false)
        }
    }()

    /// A version read as `cvtrack` reads it: its format from the path it had in the history (VERSIONS.tsv).
    static func read(_ history: String, _ version: String) throws -> CVDocument {
        let text = try #require(MarkdownTestCorpus.text("corpus/histories/\(history)/\(version)"))
        return try CVReader.parse(text: text, path: path(history, version) ?? version)
    }

    static func path(_ history: String, _ version: String) -> String? {
        guard let tsv = MarkdownTestCorpus.text("corpus/histories/\(history)/VERSIONS.tsv") else { return nil }
        for line in tsv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            if cells.count > 3, cells[0] == version { return String(cells[3]) }
        }
        return nil
    }

    /// Kinds that name the same thing in other words (the scorer's table).
    static let same: [String: [String]] = [
        "role.moved": ["role.organisation", "role.location"],
        "role.changed": ["role.organisation", "role.location", "bullet.reworded"],
        "skill.changed": ["skill.years", "skill.level"],
        "person.changed": ["contact.changed"],
        "section.changed": ["section.", "skill.category.renamed"],
    ]

    /// What a change says, lowercased: its kind, subject, values and words.
    static func words(_ c: Change) -> String {
        ([c.kind.rawValue, c.subject, c.old ?? "", c.new ?? ""] + (c.words ?? []).map(\.text)).joined(separator: " ").lowercased()
    }

    static func matches(_ kind: String, _ text: String, _ c: Change) -> Bool {
        ([kind] + (same[kind] ?? [])).contains { c.kind.rawValue.hasPrefix($0) } && words(c).contains(text.lowercased())
    }

    /// The keyed changes no reported change matches (each reported change matches one keyed change; changes of one
    /// `group` may share one).
    static func missing(_ pair: Pair, in changes: [Change]) -> [KeyedChange] {
        var used = Set<Int>()
        var groupHits: [String: [Int]] = [:]
        var missing: [KeyedChange] = []
        for keyed in pair.changes {
            var hit: [Int]?
            for kinds in keyed.kinds {
                var picked: [Int] = []
                for kind in kinds {
                    var j = changes.indices.first { !used.contains($0) && !picked.contains($0) && matches(kind, keyed.text, changes[$0]) }
                    if j == nil, let g = keyed.group { j = groupHits[g]?.first { matches(kind, keyed.text, changes[$0]) } }
                    guard let found = j else { picked = []; break }
                    picked.append(found)
                }
                if picked.count == kinds.count {
                    hit = picked
                    break
                }
            }
            if let hit {
                used.formUnion(hit)
                if let g = keyed.group { groupHits[g, default: []] += hit }
            } else {
                missing.append(keyed)
            }
        }
        return missing
    }
}
