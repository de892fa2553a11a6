import Foundation
import Yams

/// YAML front matter (`---` … `---` or `...` at the very top of a Markdown file), which cmark knows nothing of.
struct MarkdownFrontMatter: Sendable, Hashable {
    /// The scalar values of the top-level mapping, keys lowercased.
    var values: [String: String] = [:]
    /// The line of each key.
    var lines: [String: Int] = [:]
    /// The first line of each nested key (`  competences:` under `params:`).
    var nestedLines: [String: Int] = [:]
    /// The last line of the front matter (its closing fence).
    var endLine: Int
    /// Lists under skills keys (`skills: [Go, Rust]`, or categories mapped to lists), as written.
    var skillLists: [SkillList] = []

    struct SkillList: Sendable, Hashable {
        var key: String
        var name: String?
        var items: [String]
    }
    var notes: [ParseNote] = []

    /// Front matter larger than this is not read as YAML (no CV's front matter is).
    static let maximumSize = 64 * 1024

    /// Splits front matter off: returns it and the text with its lines blanked, so that cmark's line
    /// numbers stay the file's.
    static func split(_ text: String, memo: MarkdownParseMemo? = nil) -> (MarkdownFrontMatter?, String) {
        let located = locate(text, memo: memo)
        return (located?.0, body(of: text, after: located))
    }

    /// The text with the lines of the front matter `locate` found blanked (the text itself without one).
    static func body(of text: String, after located: (MarkdownFrontMatter, String.Index)?) -> String {
        guard let (matter, rest) = located else { return text }
        return String(repeating: "\n", count: matter.endLine - 1) + text[rest...]
    }

    /// The front matter, and where the text after it starts: at the line end of its closing fence (the text's
    /// end when the fence is its last line), so the rest starts on the fence's line. Nil when the text has none.
    static func locate(_ text: String, memo: MarkdownParseMemo? = nil) -> (MarkdownFrontMatter, String.Index)? {
        guard UTF8Scan.hasPrefix(text, "---") else { return nil }
        if let memo, let (matter, end) = memo.frontMatter(startOf: text) {
            return (matter, text.utf8.index(text.utf8.startIndex, offsetBy: end))
        }
        guard let (matter, rest) = locateAfresh(text, memo: memo) else { return nil }
        if let memo { memo.store(frontMatter: matter, bytes: Array(text.utf8[..<rest])) }
        return (matter, rest)
    }

    static func locateAfresh(_ text: String, memo: MarkdownParseMemo?) -> (MarkdownFrontMatter, String.Index)? {
        // The lines as `split(separator: "\n", maxSplits: 2000, omittingEmptySubsequences: false)` gives
        // them, cut one at a time on bytes, and only as far as the closing fence.
        let utf8 = text.utf8
        var lines: [Substring] = []
        var cursor: String.Index? = utf8.startIndex
        func nextLine() -> Substring? {
            guard let start = cursor else { return nil }
            if lines.count == 2000 {
                cursor = nil
                lines.append(text[start...])
            } else if let nl = utf8[start...].firstIndex(of: 0x0A) {
                cursor = utf8.index(after: nl)
                lines.append(text[start..<nl])
            } else {
                cursor = nil
                lines.append(text[start...])
            }
            return lines[lines.count - 1]
        }
        guard let first = nextLine(), first.utf8.allSatisfy({ $0 == 0x2D || $0 == 0x20 || $0 == 0x09 }),
            first.utf8.lazy.filter({ $0 == 0x2D }).count == 3
        else { return nil }
        var closing: Int?
        var size = 0
        while let line = nextLine() {
            if isFence(line) {
                closing = lines.count - 1
                break
            }
            size += line.utf8.count + 1
            if size > maximumSize { break }
        }
        guard let closing else { return nil }
        // Front matter starts with a `key:` line; a rule followed by prose is not front matter.
        guard let firstKey = lines[1..<closing].first(where: { !$0.allSatisfy(\.isWhitespace) && !$0.hasPrefix("#") }),
            let colon = firstKey.firstIndex(of: ":"),
            !firstKey[..<colon].isEmpty,
            firstKey[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " || $0 == "\"" || $0 == "'" })
        else { return nil }
        // The lines between the fences, joined by their own line ends.
        let yaml = text[lines[1].startIndex..<lines[closing - 1].endIndex]
        var matter = MarkdownFrontMatter(endLine: closing + 1)
        if let memo {
            // Front matter read before (it changes seldom between versions): its values, lines and notes.
            let key =
                yaml.utf8.withContiguousStorageIfAvailable { MarkdownParseMemo.ContentKey($0) }
                ?? Array(yaml.utf8).withUnsafeBufferPointer { MarkdownParseMemo.ContentKey($0) }
            if let known = memo.frontMatter(key), known.endLine == matter.endLine {
                matter = known
            } else {
                matter.read(String(yaml))
                memo.store(key, matter)
            }
        } else {
            matter.read(String(yaml))
        }
        return (matter, lines[closing].endIndex)
    }

    /// Whether a line is `---` or `...`, whitespace around it ignored.
    static func isFence(_ line: Substring) -> Bool {
        let bytes = line.utf8
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII: one character a byte; `Character.isWhitespace` is 0x09-0x0D and the space.
            let trimmed = bytes.drop(while: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
                .reversed().drop(while: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
            return trimmed.elementsEqual([0x2D, 0x2D, 0x2D]) || trimmed.elementsEqual([0x2E, 0x2E, 0x2E])
        }
        let trimmed = String(line).trimmingCharacters(in: "")
        return trimmed == "---" || trimmed == "..."
    }

    mutating func read(_ yaml: String) {
        // Key lines, for positions.
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let first = line.first, first != "#", let colon = line.firstIndex(of: ":") else { continue }
            if !first.isWhitespace {
                lines[line[..<colon].lowercased()] = index + 2
            } else {
                // A nested key (skills lists under a key of the site generator's): its first line.
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                if !key.isEmpty, !key.hasPrefix("-"), nestedLines[key] == nil { nestedLines[key] = index + 2 }
            }
        }
        if MarkdownFrontMatter.usesAliases(yaml) {
            // Aliases can expand exponentially ("billion laughs"); no CV's front matter needs them.
            notes.append(ParseNote(kind: .other, message: "front matter uses YAML aliases; ignored", source: SourceRange(lines: 1, endLine)))
            return
        }
        if let simple = MarkdownFrontMatter.simpleValues(yaml) {
            values = simple
            return
        }
        let loaded: Any?
        do {
            // Every value as written (`.basic`: no tag resolution): a phone `0123` stays `0123`, and Yams'
            // default resolver, which compiles a dozen regular expressions on first use, is never built.
            loaded = try Yams.load(yaml: yaml, .basic)
        } catch {
            notes.append(ParseNote(kind: .other, message: "front matter is not readable YAML; ignored", source: SourceRange(lines: 1, endLine)))
            return
        }
        guard let mapping = loaded as? [AnyHashable: Any] else { return }
        for (key, value) in mapping {
            guard let key = key as? String else { continue }
            let k = key.lowercased()
            switch value {
            case let s as String:
                // A plain empty value, `~` or `null` is YAML's null: no value.
                guard !["", "~", "null", "Null", "NULL"].contains(s) else { continue }
                values[k] = HTMLText.collapseWhitespace(s)
            case let i as Int: values[k] = String(i)
            case let d as Double: values[k] = String(d)
            case let b as Bool: values[k] = b ? "true" : "false"
            default:
                readSkillLists(key: k, value, depth: 0)
            }
        }
        // Categories in the order the text gives them (a YAML mapping has none).
        func place(_ list: SkillList) -> Int {
            let key = (list.name ?? list.key) + ":"
            guard let r = yaml.range(of: key) else { return Int.max }
            return yaml.utf8.distance(from: yaml.startIndex, to: r.lowerBound)
        }
        skillLists.sort { (place($0), $0.name ?? "") < (place($1), $1.name ?? "") }
    }

    /// Lists under a skills key (`skills: [Go, Rust]`, or categories mapped to lists), looked for a few levels
    /// down too: site generators nest the CV's data under a key of their own (`params: {competences: …}`).
    mutating func readSkillLists(key k: String, _ value: Any, depth: Int) {
        let isSkillKey = SkillLines.isFrontMatterSkillKey(k)
        switch value {
        case let list as [Any] where isSkillKey:
            let items = MarkdownFrontMatter.strings(list)
            if !items.isEmpty { skillLists.append(SkillList(key: k, name: nil, items: items)) }
        case let map as [AnyHashable: Any] where isSkillKey:
            for (name, value) in map {
                guard let name = name as? String else { continue }
                let items = (value as? [Any]).map(MarkdownFrontMatter.strings) ?? (value as? String).map { [$0] } ?? []
                if !items.isEmpty { skillLists.append(SkillList(key: k, name: name, items: items)) }
            }
        case let map as [AnyHashable: Any] where depth < 2:
            for (name, value) in map {
                guard let name = name as? String else { continue }
                readSkillLists(key: name.lowercased(), value, depth: depth + 1)
            }
        default: break
        }
    }

    /// The texts of a YAML list: strings, and the `name` of mappings (`- name: Go`).
    static func strings(_ list: [Any]) -> [String] {
        list.compactMap { item -> String? in
            if let s = item as? String { return HTMLText.collapseWhitespace(s) }
            if let m = item as? [AnyHashable: Any], let s = (m["name"] ?? m["title"] ?? m["skill"]) as? String { return HTMLText.collapseWhitespace(s) }
            return nil
        }.filter { !$0.isEmpty }
    }

    /// Words YAML could read as a boolean or null (a superset of Yams' rules, any case).
    static let nonStringWords: Set<String> = ["yes", "no", "true", "false", "on", "off", "null", "y", "n"]

    /// The values of front matter made only of `key: plain text` lines (and blank or comment lines), read
    /// without Yams, as Yams reads them: every value a string. Nil for anything else (quotes, lists, nesting,
    /// comments after values, numbers, booleans, dates, non-ASCII text...), which Yams reads.
    static func simpleValues(_ yaml: String) -> [String: String]? {
        var values: [String: String] = [:]
        var seen: Set<String> = []
        for line in yaml.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard let first = line.first else { continue }
            if first == 0x23 { continue }  // A comment line.
            guard line.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            guard isLetter(first), let colon = line.firstIndex(of: 0x3A) else { return nil }
            let key = line[..<colon]
            guard key.allSatisfy({ isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D }) else { return nil }
            let afterColon = line[line.index(after: colon)...]
            let value = afterColon.drop(while: { $0 == 0x20 }).reversed().drop(while: { $0 == 0x20 }).reversed()
            let keyText = String(decoding: key, as: UTF8.self)
            let k = keyText.lowercased()
            // A key only once, in any case (`Name` and `name` would leave the choice to Yams' order).
            guard !nonStringWords.contains(k), seen.insert(k).inserted else { return nil }
            if value.isEmpty {
                // `key:` alone is null (or opens a nested block, which the indentation check refuses).
                continue
            }
            guard afterColon.first == 0x20, let v = value.first else { return nil }
            let text = String(decoding: value, as: UTF8.self)
            // Plain text: starts with a letter, or holds a space and no colon (never a number or a date then);
            // no comment, no nested mapping, not a word YAML reads otherwise.
            guard isLetter(v) || (v == 0x2B || (v >= 0x30 && v <= 0x39)) && value.contains(0x20) && !value.contains(0x3A),
                !text.utf8.containsBytes(of: " #"), !text.utf8.containsBytes(of: ": "), value.last != 0x3A,
                !nonStringWords.contains(text.lowercased())
            else { return nil }
            values[k] = HTMLText.collapseWhitespace(text)
        }
        return values
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    /// Whether the YAML holds an alias (`*name` where a value may start).
    static func usesAliases(_ yaml: String) -> Bool {
        var previous: Character = " "
        var inQuote: Character?
        var afterStar = false
        for c in yaml {
            if afterStar {
                if c.isLetter || c.isNumber || c == "_" || c == "-" { return true }
                afterStar = false
            }
            if let q = inQuote {
                if c == q { inQuote = nil }
            } else if c == "\"" || c == "'" {
                if previous == " " || previous == ":" || previous == "[" || previous == "," { inQuote = c }
            } else if c == "*", previous == " " || previous == "[" || previous == "," || previous == "\n" || previous == "{" {
                afterStar = true
            }
            if c == "\n" { inQuote = nil }
            previous = c
        }
        return false
    }

    func range(of key: String) -> SourceRange? {
        (lines[key] ?? nestedLines[key]).map { SourceRange(lines: $0, $0) }
    }
}
