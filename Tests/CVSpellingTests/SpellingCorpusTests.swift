import CVCore
import CVSpelling
import Foundation
import Testing

/// The spelling rule against `../shared/corpus/defects.json` (read at run time, never copied): the keyed spelling
/// defects are found, the words the key accepts (`not_defects`) are never flagged, and no spelling warning is raised
/// that matches no keyed defect. Needs the en_GB and en_US hunspell dictionaries.
@Suite struct SpellingCorpusTests {
    static let shared: String = {
        var parts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().pathComponents
        parts.removeLast(2)  // Tests/CVSpellingTests
        return URL(fileURLWithPath: parts.joined(separator: "/")).appendingPathComponent("../shared").standardized.path
    }()
    static let keyPath = shared + "/corpus/defects.json"
    static let available = FileManager.default.fileExists(atPath: keyPath)
        && FileManager.default.fileExists(atPath: "/usr/share/hunspell/en_GB.dic")
        && FileManager.default.fileExists(atPath: "/usr/share/hunspell/en_US.dic")

    /// Keyed spelling defects not found (`file:line`), and why.
    static let knownIssues: [String: String] = [
        "txt-osteele.txt:467": "`Mountainview`: a place name written closed; both halves are words, and telling it needs a gazetteer",
        "txt-osteele.txt:471": "`Mountainview`: a place name written closed; both halves are words, and telling it needs a gazetteer",
        "txt-pdf-0x5am5.txt:87": "`behaviors`: one British form (`fulfil`, no counterpart shape) against one American: the variety is read from the address, not the spelling",
        "txt-pdflayout-CymraegBob.txt:126": "`Amci`: four letters, capitalised: read as a name (the prism's inventor's name, misspelt)",
        "txt-pdflayout-CymraegBob.txt:127": "`Soldeirng` is in a list of names and two letters from `soldering`",
    ]

    struct Defect: Decodable {
        var line: Int
        var kind: String
        var text: String
    }

    struct Entry: Decodable {
        var defects: [Defect]
        var not_defects: [String]?
    }

    static func entries() throws -> [(String, Entry)] {
        let data = try Data(contentsOf: URL(fileURLWithPath: keyPath))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        var result: [(String, Entry)] = []
        for name in object.keys.sorted() where !name.hasPrefix("_") {
            let entry = try JSONSerialization.data(withJSONObject: object[name] as Any)
            result.append((name, try JSONDecoder().decode(Entry.self, from: entry)))
        }
        return result
    }

    static func quoted(_ message: String) -> String? {
        guard let open = message.firstIndex(of: "\"") else { return nil }
        let rest = message[message.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<close])
    }

    @Test(.enabled(if: available, "needs ../shared/corpus and the en_GB and en_US dictionaries"))
    func keyedSpellingDefectsAreFoundAndAcceptedWordsNeverFlagged() throws {
        let checker = try VarietySpellChecker()
        var missed: [String] = []
        var unexpected: [String] = []
        for (name, entry) in try Self.entries() {
            let path = name.hasPrefix("../") ? Self.shared + "/" + name.dropFirst(3) : Self.shared + "/corpus/cvs/" + name
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            let findings = Validator.validate(
                bytes: [UInt8](bytes), path: path, today: PartialDate(year: 2026, month: 1, day: 1), spellChecker: checker
            ).filter { $0.ruleID == "spelling" }
            let accepted = Set((entry.not_defects ?? []).map { $0.lowercased() })
            var used = Set<Int>()
            // As the scorer: a spelling finding may also report a word-confusion or grammar defect on its line.
            for defect in entry.defects where ["spelling", "word-confusion", "grammar"].contains(defect.kind) {
                let hit = findings.firstIndex { f in
                    f.position.line == defect.line && (Self.quoted(f.message).map { defect.text.contains($0) } ?? false)
                }
                if let hit { used.insert(hit) }
                guard defect.kind == "spelling" else { continue }
                let key = "\(name):\(defect.line)"
                if hit == nil, Self.knownIssues[key] == nil { missed.append("\(key) \(defect.text)") }
                if hit != nil, let reason = Self.knownIssues[key] { unexpected.append("\(key) now found: remove the known issue (\(reason))") }
            }
            for (i, f) in findings.enumerated() where f.severity != .info {
                let word = Self.quoted(f.message)?.lowercased()
                if let word, accepted.contains(word) {
                    unexpected.append("\(name):\(f.position.line) flags \(word), which the key accepts")
                } else if !used.contains(i) {
                    unexpected.append("\(name):\(f.position.line) false alarm: \(f.message)")
                }
            }
        }
        #expect(missed == [])
        #expect(unexpected == [])
    }
}
