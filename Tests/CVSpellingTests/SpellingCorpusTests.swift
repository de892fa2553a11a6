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
        "../seeds/001_9a63d334eb8a7d54.txt:86": "`opensource` is two dictionary words joined: read as a closed compound",
        "../seeds/002_6232cc96241afb48.txt:102": "`on-going`: both halves are words; hyphenation is not checked",
        "../seeds/002_6232cc96241afb48.txt:290": "`St. Crispins's`: a doubled possessive, grammar rather than spelling",
        "latex-4383.tex:22": "`Sofware` is read as an organisation or title name the rule skips",
        "latex-4383.tex:298": "`profil`: a word in a project name, which is skipped",
        "latex-4383.tex:382": "`World wide`: both words are in the dictionary",
        "latex-4383.tex:388": "`World wide`: both words are in the dictionary",
        "md-cameronpresley.md:29": "`DyanmoDB` has an inner capital: product names are skipped",
        "txt-92bondstreet.txt:87": "`Craftmanship` is read as part of a name",
        "txt-92bondstreet.txt:137": "`Librairies` is capitalised and two letters from `libraries`",
        "txt-osteele.txt:430": "`Eric D. Block`: a wrong name, not a misspelt word",
        "txt-osteele.txt:467": "`Mountainview` is read as a closed compound",
        "txt-osteele.txt:471": "`Mountainview` is read as a closed compound",
        "txt-pdf-0x5am5.txt:87": "`behaviors`: the CV has too few variety forms to read it as British",
        "txt-pdf-BillSchultzPhD.txt:55": "`H. Fisher`: a wrong name, not a misspelt word",
        "txt-pdflayout-CymraegBob.txt:27": "`fulltime` is read as a closed compound",
        "txt-pdflayout-CymraegBob.txt:50": "`BsC` has an inner capital",
        "txt-pdflayout-CymraegBob.txt:57": "`Soldiworks`: a product name misspelt, far from any dictionary word",
        "txt-pdflayout-CymraegBob.txt:74": "`micronctrollers`: hunspell's first suggestion is not `microcontrollers`",
        "txt-pdflayout-CymraegBob.txt:126": "`Amci`: four letters, capitalised: read as a name",
        "txt-pdflayout-CymraegBob.txt:127": "`Soldeirng` is in a list of names and more than one letter from `soldering`",
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
