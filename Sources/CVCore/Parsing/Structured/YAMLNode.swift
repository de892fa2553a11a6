import Yams

/// A YAML (or JSON) document as a small Sendable tree whose every node carries its `SourceRange`,
/// for the structured-format parsers (JSON Resume, RenderCV).
///
/// Yams (libyaml) reads the text and gives each node its start mark; the end of each node is found
/// here by scanning the text from that mark (the closing quote of a string, the closing bracket of a
/// flow collection, the last child of a block collection). JSON is read as YAML once its tab
/// characters (invalid inside JSON strings, mere whitespace outside them) are replaced by spaces,
/// which keeps every column where it was.
public struct YAMLNode: Sendable {
    public struct Pair: Sendable {
        public var key: String
        public var keyRange: SourceRange
        public var value: YAMLNode
    }

    public enum Value: Sendable {
        /// A scalar as written (quotes removed, escapes decoded). `isNull` for `null`, `~` and empty values.
        case scalar(String, isNull: Bool)
        case mapping([Pair])
        case sequence([YAMLNode])
    }

    public var value: Value
    public var range: SourceRange

    /// Nesting deeper than this is refused before Yams (whose composer recurses) sees the text.
    public static let maximumDepth = 200

    /// Reads the first document of a YAML or JSON text. Nil for an empty document.
    /// Throws `CVParseError` with the line and column Yams reports for malformed input.
    public static func parse(_ text: String) throws -> YAMLNode? {
        try read(text).root
    }

    /// Reads a YAML or JSON text that may hold several documents (`%YAML 1.2`, `---` … `---`): the root is the first
    /// document whose top level is a mapping with one of `keys`, else the first document that is not empty (a header
    /// document of comments only is empty), else nil. Every document must be well formed.
    ///
    /// A JSON text (one that starts with `{` or `[`) whose object repeats a key is read the way JSON parsers read it:
    /// the last value counts. Each earlier occurrence is blanked out (spaces, line breaks kept, so every position
    /// stays where it was) and named in a note. YAML forbids repeated keys and is refused with the key's line.
    public static func read(_ text: String, preferring keys: Set<String> = []) throws -> (root: YAMLNode?, notes: [ParseNote]) {
        var source = text.utf8.contains(0x09) ? text.replacingTabs() : text
        var scalars = ScalarText(source)
        try scalars.checkDepth(limit: maximumDepth)
        var notes: [ParseNote] = []
        let root: Node?
        do {
            root = try compose(source, preferring: keys)
        } catch let error as YamlError {
            guard case .duplicatedKeysInMapping = error, JSONDuplicateKeys.looksLikeJSON(scalars.scalars) else {
                throw CVParseError(yamlError: error, text: source)
            }
            let dropped = JSONDuplicateKeys.earlierOccurrences(in: scalars.scalars)
            guard !dropped.isEmpty else { throw CVParseError(yamlError: error, text: source) }
            var blanked = scalars.scalars
            for occurrence in dropped {
                for i in occurrence.range where blanked[i] != "\n" { blanked[i] = " " }
                let start = scalars.position(of: occurrence.range.lowerBound)
                notes.append(ParseNote(
                    kind: .other,
                    message: "key \"\(occurrence.key)\" appears again later in the same object; as JSON parsers do, the last "
                        + "value is read and the one at line \(start.line) is ignored",
                    source: SourceRange(start: start, end: scalars.position(of: occurrence.keyEnd - 1))))
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: blanked)
            source = String(view)
            scalars = ScalarText(source)
            do {
                root = try compose(source, preferring: keys)
            } catch let error as YamlError {
                throw CVParseError(yamlError: error, text: source)
            }
        } catch let error as CVParseError {
            throw error
        } catch {
            throw CVParseError("unreadable YAML/JSON: \(error)")
        }
        guard let root else { return (nil, notes) }
        let builder = Builder(text: scalars)
        return (try builder.build(root, depth: 0, inFlow: false), notes)
    }

    /// Composes every document of the stream (so that a malformed one anywhere is reported) and picks the root as
    /// `read` describes.
    private static func compose(_ source: String, preferring keys: Set<String>) throws -> Node? {
        let parser = try Parser(yaml: source, resolver: .basic, constructor: .default, encoding: .utf8)
        var preferred: Node?
        var firstNotEmpty: Node?
        var first: Node?
        while let document = try parser.nextRoot() {
            if first == nil { first = document }
            if preferred == nil, !keys.isEmpty, case .mapping(let mapping) = document,
                mapping.contains(where: { $0.key.string.map(keys.contains) == true })
            {
                preferred = document
            }
            if firstNotEmpty == nil, !isEmptyDocument(document) { firstNotEmpty = document }
        }
        return preferred ?? firstNotEmpty ?? first
    }

    /// A document of nothing but comments (or `---` alone) is a plain empty scalar.
    private static func isEmptyDocument(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && scalar.string.isEmpty
    }

    /// At most this many nodes are built, aliases expanded. A document without aliases has fewer nodes than
    /// characters; aliases that multiply past this ("billion laughs": nine aliases of nine aliases …) are refused
    /// instead of expanded for minutes.
    static func maximumNodes(textLength: Int) -> Int { 100_000 + textLength }

    // MARK: - Access

    /// The value of `key` in a mapping (first match, exact).
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = value else { return nil }
        return pairs.first(where: { $0.key == key })?.value
    }

    /// The first present, non-empty value among `keys`.
    public func first(_ keys: String...) -> YAMLNode? {
        for k in keys {
            if let v = self[k], !v.isEmpty { return v }
        }
        return nil
    }

    /// The pairs of a mapping (empty for anything else).
    public var pairs: [Pair] {
        if case .mapping(let p) = value { return p }
        return []
    }

    /// The items of a sequence (empty for anything else).
    public var items: [YAMLNode] {
        if case .sequence(let s) = value { return s }
        return []
    }

    public var isMapping: Bool { if case .mapping = value { return true }; return false }
    public var isSequence: Bool { if case .sequence = value { return true }; return false }

    /// A scalar's text, whitespace collapsed; nil for null, empty, or a collection.
    public var text: String? {
        guard case .scalar(let s, let isNull) = value, !isNull else { return nil }
        let t = ScalarWhitespace.collapse(s)
        return t.isEmpty ? nil : t
    }

    /// A scalar's text as written (line breaks kept); nil for null or a collection.
    public var rawText: String? {
        guard case .scalar(let s, let isNull) = value, !isNull else { return nil }
        return s
    }

    /// Null, an empty string, or an empty collection.
    public var isEmpty: Bool {
        switch value {
        case .scalar(let s, let isNull): return isNull || s.allSatisfy(\.isWhitespace)
        case .mapping(let p): return p.isEmpty
        case .sequence(let s): return s.isEmpty
        }
    }

    /// The text of a key's scalar value (`node.string("name")`).
    public func string(_ key: String) -> String? { self[key]?.text }

    /// Scalars of a sequence (or a single scalar) as texts, with their ranges.
    public var strings: [(String, SourceRange)] {
        switch value {
        case .scalar: return text.map { [($0, range)] } ?? []
        case .sequence(let s): return s.compactMap { n in n.text.map { ($0, n.range) } }
        case .mapping: return []
        }
    }
}

extension CVParseError {
    init(yamlError error: YamlError, text: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = problem
            if let context { message += " (\(context.text) at line \(context.mark.line):\(context.mark.column))" }
            self.init("malformed YAML/JSON: \(message)", line: mark.line, column: mark.column)
        case .reader(let problem, let offset, _, _):
            // The offset counts bytes of the UTF-8 text.
            if let offset, offset >= 0 {
                var line = 1
                var column = 1
                for byte in text.utf8.prefix(offset) {
                    if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
                }
                self.init("unreadable YAML/JSON: \(problem)", line: line, column: column)
            } else {
                self.init("unreadable YAML/JSON: \(problem)", line: 1)
            }
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init("duplicate key \(duplicates.joined(separator: ", ")) in one mapping",
                      line: context.mark.line, column: context.mark.column)
        default:
            self.init("unreadable YAML/JSON: \(error)")
        }
    }
}

extension String {
    /// Tabs become spaces one for one: columns (counted in Unicode scalars) stay where they were.
    func replacingTabs() -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars { out.append(scalar == "\t" ? " " : scalar) }
        return String(out)
    }
}

/// The text as an array of Unicode scalars with line starts: Yams marks count columns in scalars.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line (index 0 is line 1).
    let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The offset of a 1-based line and column, clamped to the text.
    func offset(line: Int, column: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= lineStarts.count else { return scalars.count }
        return min(scalars.count, lineStarts[line - 1] + max(0, column - 1))
    }

    func position(of offset: Int) -> SourcePosition {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return SourcePosition(line: lo + 1, column: offset - lineStarts[lo] + 1)
    }

    /// Refuses nesting deeper than `limit` (flow brackets plus block indentation levels) with the
    /// position where it happens, so that no recursive reader ever sees it. Also refuses an alias used as a
    /// mapping key (`*a : x`, or any alias in a document with `? ` complex keys): Yams hashes every key of a
    /// mapping to find duplicates, and an aliased key can stand for billions of nodes.
    func checkDepth(limit: Int) throws {
        var aliases = 0
        var explicitKey: Int?
        var flow = 0
        var indents: [Int] = []
        var i = 0
        var lineStart = true
        var quote: Unicode.Scalar?
        while i < scalars.count {
            let c = scalars[i]
            if let q = quote {
                if c == "\\" && q == "\"" { i += 2; continue }
                if c == q { quote = nil }
                i += 1
                continue
            }
            if lineStart {
                lineStart = false
                var j = i
                while j < scalars.count && scalars[j] == " " { j += 1 }
                if flow == 0, j < scalars.count, scalars[j] != "\n", scalars[j] != "#" {
                    var indent = j - i
                    while let top = indents.last, top >= indent { indents.removeLast() }
                    indents.append(indent)
                    // Compact nested sequences (`- - - x`) nest on one line.
                    while j + 1 < scalars.count, scalars[j] == "-", scalars[j + 1] == " " {
                        j += 2
                        while j < scalars.count && scalars[j] == " " { j += 1 }
                        indent = j - i
                        indents.append(indent)
                    }
                    if indents.count > limit {
                        throw CVParseError("nesting deeper than \(limit) levels", line: position(of: i).line, column: 1)
                    }
                }
                i = j
                continue
            }
            switch c {
            case "\n": lineStart = true
            case "\"", "'":
                // A quote opens a string only where a value can start (not inside a plain word: `don't`).
                let prev = i > 0 ? scalars[i - 1] : " "
                if prev == " " || prev == "[" || prev == "{" || prev == "," || prev == ":" || prev == "\n" { quote = c }
            case "[", "{":
                flow += 1
                if flow + indents.count > limit {
                    let p = position(of: i)
                    throw CVParseError("nesting deeper than \(limit) levels", line: p.line, column: p.column)
                }
            case "]", "}": flow = max(0, flow - 1)
            case "*", "?":
                // An alias (`*name`) or an explicit key (`? `) starts where a value can start.
                let prev = i > 0 ? scalars[i - 1] : " "
                guard prev == " " || prev == "[" || prev == "{" || prev == "," || prev == "\n" else { break }
                if c == "?" {
                    if i + 1 >= scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\n" { explicitKey = explicitKey ?? i }
                    break
                }
                aliases += 1
                var j = i + 1
                while j < scalars.count, !" \n,[]{}".unicodeScalars.contains(scalars[j]) { j += 1 }
                while j < scalars.count, scalars[j] == " " { j += 1 }
                if j < scalars.count, scalars[j] == ":", j + 1 == scalars.count || " \n,]}".unicodeScalars.contains(scalars[j + 1]) {
                    let p = position(of: i)
                    throw CVParseError("an alias used as a mapping key is not supported", line: p.line, column: p.column)
                }
            case "#":
                let prev = i > 0 ? scalars[i - 1] : " "
                if prev == " " || prev == "\n" {
                    while i < scalars.count && scalars[i] != "\n" { i += 1 }
                    continue
                }
            default: break
            }
            i += 1
        }
        if aliases > 0, let explicitKey {
            let p = position(of: explicitKey)
            throw CVParseError("complex mapping keys (`? `) together with aliases are not supported", line: p.line, column: p.column)
        }
    }
}

/// Turns Yams nodes into `YAMLNode`s, finding where each node ends in the text.
private final class Builder {
    let text: ScalarText
    /// Nodes still allowed (Yams expands aliases into copies of the anchored node).
    private var budget: Int

    init(text: ScalarText) {
        self.text = text
        budget = YAMLNode.maximumNodes(textLength: text.scalars.count)
    }

    func build(_ node: Node, depth: Int, inFlow: Bool) throws -> YAMLNode {
        budget -= 1
        if budget < 0 {
            let p = node.mark.map { SourcePosition(line: $0.line, column: $0.column) } ?? SourcePosition(line: 1, column: 1)
            throw CVParseError(
                "aliases expand to more than \(YAMLNode.maximumNodes(textLength: text.scalars.count)) nodes (an alias bomb?)",
                line: p.line, column: p.column)
        }
        let startOffset = node.mark.map { text.offset(line: $0.line, column: $0.column) } ?? 0
        let opensFlow = startOffset < text.scalars.count && (text.scalars[startOffset] == "[" || text.scalars[startOffset] == "{")
        let childFlow = inFlow || opensFlow
        switch node {
        case .scalar(let scalar):
            let end = scalarEnd(from: startOffset, value: scalar.string, inFlow: inFlow)
            // Tags are not resolved (`Resolver.basic`): a plain `null`, `~` or nothing is null.
            let isNull = scalar.style == .plain && (scalar.string.isEmpty || ["~", "null", "Null", "NULL"].contains(scalar.string))
            return YAMLNode(value: .scalar(scalar.string, isNull: isNull), range: range(startOffset, end))
        case .mapping(let mapping):
            var pairs: [YAMLNode.Pair] = []
            var last = startOffset
            if depth < YAMLNode.maximumDepth {
                for (k, v) in mapping {
                    let key = try build(k, depth: depth + 1, inFlow: childFlow)
                    let value = try build(v, depth: depth + 1, inFlow: childFlow)
                    pairs.append(YAMLNode.Pair(key: key.rawText ?? "", keyRange: key.range, value: value))
                    last = max(last, offset(of: value.range.end), offset(of: key.range.end))
                }
            }
            let end = collectionEnd(start: startOffset, lastChildEnd: last, isEmpty: pairs.isEmpty)
            return YAMLNode(value: .mapping(pairs), range: itemRange(startOffset, end))
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            var last = startOffset
            if depth < YAMLNode.maximumDepth {
                for v in sequence {
                    let item = try build(v, depth: depth + 1, inFlow: childFlow)
                    items.append(item)
                    last = max(last, offset(of: item.range.end))
                }
            }
            let end = collectionEnd(start: startOffset, lastChildEnd: last, isEmpty: items.isEmpty)
            return YAMLNode(value: .sequence(items), range: itemRange(startOffset, end))
        case .alias:
            return YAMLNode(value: .scalar("", isNull: true), range: range(startOffset, startOffset))
        }
    }

    func offset(of p: SourcePosition) -> Int { text.offset(line: p.line, column: p.column) }

    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: text.position(of: start), end: text.position(of: max(start, end)))
    }

    /// A block collection that is a sequence item starts at its `- ` marker (so that its range covers
    /// the whole item, as an editor selects it).
    func itemRange(_ start: Int, _ end: Int) -> SourceRange {
        var s = start
        var j = start - 1
        while j >= 0, text.scalars[j] == " " { j -= 1 }
        if j >= 0, text.scalars[j] == "-" {
            var k = j - 1
            while k >= 0, text.scalars[k] == " " || text.scalars[k] == "-" { k -= 1 }
            if k < 0 || text.scalars[k] == "\n" { s = j }
        }
        return range(s, end)
    }

    /// The offset of the last scalar of a scalar node that starts at `start`.
    func scalarEnd(from start: Int, value: String, inFlow: Bool) -> Int {
        let s = text.scalars
        guard start < s.count else { return max(0, s.count - 1) }
        switch s[start] {
        case "\"":
            var i = start + 1
            while i < s.count {
                if s[i] == "\\" { i += 2; continue }
                if s[i] == "\"" { return i }
                i += 1
            }
            return s.count - 1
        case "'":
            var i = start + 1
            while i < s.count {
                if s[i] == "'" {
                    if i + 1 < s.count, s[i + 1] == "'" { i += 2; continue }
                    return i
                }
                i += 1
            }
            return s.count - 1
        case "|", ">":
            // A block scalar: the following lines indented deeper than the line it starts on.
            let startLine = text.position(of: start).line
            let baseIndent = indent(ofLine: startLine)
            var end = lineEnd(startLine)
            var line = startLine + 1
            while line <= text.lineStarts.count {
                let first = text.lineStarts[line - 1]
                let le = lineEnd(line)
                let blank = (first...max(first, le)).allSatisfy { $0 >= s.count || s[$0] == " " || s[$0] == "\n" }
                if !blank {
                    if indent(ofLine: line) <= baseIndent { break }
                    end = le
                }
                line += 1
            }
            return end
        default:
            // A plain scalar: to the end of its line (or a flow indicator), without a comment.
            var i = start
            var last = start
            while i < s.count, s[i] != "\n" {
                if s[i] == "#", i > start, s[i - 1] == " " { break }
                if (s[i] == "," || s[i] == "]" || s[i] == "}") && inFlow { break }
                if s[i] != " " { last = i }
                i += 1
            }
            // A plain scalar folded over more lines: follow while its words are not yet all seen.
            let written = value.unicodeScalars.count
            if written > last - start + 1 {
                let startLine = text.position(of: start).line
                let baseIndent = indent(ofLine: startLine)
                var line = startLine + 1
                var seen = last - start + 1
                while seen < written, line <= text.lineStarts.count, indent(ofLine: line) > baseIndent {
                    let le = lineEnd(line)
                    seen += le - text.lineStarts[line - 1] + 1
                    last = le
                    line += 1
                }
            }
            return last
        }
    }

    /// The end of a collection: the closing bracket after its last child when it is a flow
    /// collection, else its last child.
    func collectionEnd(start: Int, lastChildEnd: Int, isEmpty: Bool) -> Int {
        let s = text.scalars
        guard start < s.count, s[start] == "[" || s[start] == "{" else { return lastChildEnd }
        let close: Unicode.Scalar = s[start] == "[" ? "]" : "}"
        var i = isEmpty ? start + 1 : lastChildEnd + 1
        while i < s.count {
            let c = s[i]
            if c == close { return i }
            if c == "#" {
                while i < s.count, s[i] != "\n" { i += 1 }
                continue
            }
            if c != " " && c != "\n" && c != "," && c != "\r" { break }
            i += 1
        }
        return lastChildEnd
    }

    func indent(ofLine line: Int) -> Int {
        let s = text.scalars
        var i = text.lineStarts[line - 1]
        let first = i
        while i < s.count, s[i] == " " { i += 1 }
        return i - first
    }

    /// The offset of the last non-space scalar of a line (its first scalar when blank).
    func lineEnd(_ line: Int) -> Int {
        let s = text.scalars
        let first = text.lineStarts[line - 1]
        var i = line < text.lineStarts.count ? text.lineStarts[line] - 2 : s.count - 1
        while i > first, s[i] == " " || s[i] == "\n" { i -= 1 }
        return max(first, i)
    }
}
