/// The parts of a hunspell `.aff` file that decide which word forms exist, read well enough to
/// expand a `.dic` into every accepted form. Whatever this reader does not model is listed in
/// `unsupported`; then no table is built and every unknown word goes to hunspell itself.
struct AffixRules: Sendable {
    /// One element of an affix condition: `.`, a literal, or a `[...]` / `[^...]` class.
    enum ConditionElement: Sendable {
        case any
        case scalar(Unicode.Scalar)
        case set(Set<Unicode.Scalar>, negated: Bool)

        func matches(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .any: true
            case .scalar(let expected): scalar == expected
            case .set(let members, let negated): members.contains(scalar) != negated
            }
        }
    }

    struct Entry: Sendable {
        var strip: [Unicode.Scalar]
        var affix: [Unicode.Scalar]
        var condition: [ConditionElement]
    }

    struct AffixClass: Sendable {
        var crossProduct: Bool
        var entries: [Entry] = []
    }

    var encoding = "ISO8859-1"
    var prefixes: [UInt8: AffixClass] = [:]
    var suffixes: [UInt8: AffixClass] = [:]
    var onlyInCompound: UInt8?
    var needAffix: UInt8?
    /// Flags named in COMPOUNDRULE lines: words carrying them only build compounds (ordinals).
    var compoundRuleFlags: Set<UInt8> = []
    /// BREAK patterns; hunspell's default when the file has none.
    var breakPatterns = ["-", "^-", "-$"]
    /// ICONV input conversions (pattern → replacement), applied before checking.
    var inputConversions: [(String, String)] = []
    var fullStrip = false
    /// What suggestions are made of (`TableSuggester`): the TRY characters in the .aff's order, the KEY rows
    /// (hunspell's default QWERTY rows when absent), the REP pairs (`_` for a space, `^`/`$` anchors) in order, and the
    /// NOSUGGEST flag (forms carrying it are right but never suggested).
    var tryCharacters = ""
    var keyboard = "qwertyuiop|asdfghjkl|zxcvbnm"
    var replacements: [(String, String)] = []
    var noSuggest: UInt8?
    /// Directives that change which words are correct and that the table does not model.
    var unsupported: [String] = []

    var isUTF8: Bool {
        encoding.uppercased().filter { $0 != "-" } == "UTF8"
    }

    /// Reads the rules. Never throws: malformed lines are skipped, unknown directives that matter
    /// for correctness are recorded in `unsupported`.
    init(parsing text: String) {
        var breakLines: [String]?
        var remainingEntries: [String: Int] = [:]
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = Substring(rawLine)
            if line.first == "\u{FEFF}" { line = line.dropFirst() }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let keyword = fields.first, !keyword.hasPrefix("#") else { continue }
            switch keyword {
            case "SET":
                if fields.count > 1 { encoding = fields[1] }
            case "FLAG":
                unsupported.append("FLAG \(fields.dropFirst().joined(separator: " "))")
            case "ONLYINCOMPOUND":
                onlyInCompound = fields.count > 1 ? Self.singleFlag(fields[1]) : nil
            case "NEEDAFFIX", "PSEUDOROOT":
                needAffix = fields.count > 1 ? Self.singleFlag(fields[1]) : nil
            case "COMPOUNDRULE":
                // The first COMPOUNDRULE line holds the count; the others hold flags.
                if fields.count > 1, Int(fields[1]) == nil {
                    for byte in fields[1].utf8 where !"*?()".utf8.contains(byte) { compoundRuleFlags.insert(byte) }
                }
            case "BREAK":
                if fields.count > 1 {
                    if breakLines == nil { breakLines = [] } else { breakLines?.append(fields[1]) }
                }
            case "ICONV":
                if fields.count > 2 {
                    inputConversions.append((fields[1], fields[2]))
                }
            case "FULLSTRIP":
                fullStrip = true
            case "TRY":
                if fields.count > 1 { tryCharacters = fields[1] }
            case "KEY":
                if fields.count > 1 { keyboard = fields[1] }
            case "REP":
                // The first REP line holds the count.
                if fields.count > 2 { replacements.append((fields[1], fields[2])) }
            case "NOSUGGEST":
                noSuggest = fields.count > 1 ? Self.singleFlag(fields[1]) : nil
            case "KEEPCASE", "FORBIDDENWORD", "CIRCUMFIX", "COMPLEXPREFIXES", "IGNORE", "CHECKSHARPS", "WARN",
                "FORBIDWARN", "COMPOUNDFLAG", "COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDEND", "COMPOUNDPERMITFLAG",
                "ONLYUPCASE", "SUBSTANDARD", "AF", "AM":
                unsupported.append(keyword)
            case "LANG":
                if fields.count > 1, ["tr", "az", "crh", "hu"].contains(where: { fields[1].hasPrefix($0) }) {
                    unsupported.append("LANG \(fields[1])")
                }
            case "PFX", "SFX":
                parseAffixLine(fields, isPrefix: keyword == "PFX", remaining: &remainingEntries)
            default:
                continue
            }
        }
        if let breakLines { breakPatterns = breakLines }
        if !isUTF8 { unsupported.append("SET \(encoding)") }
    }

    private mutating func parseAffixLine(_ fields: [String], isPrefix: Bool, remaining: inout [String: Int]) {
        guard fields.count >= 4, let flag = Self.singleFlag(fields[1]) else { return }
        let key = fields[0] + fields[1]
        if remaining[key, default: 0] == 0 {
            // Header: PFX A Y 1
            guard let count = Int(fields[3]) else { return }
            remaining[key] = count
            let affixClass = AffixClass(crossProduct: fields[2] == "Y")
            if isPrefix { prefixes[flag] = affixClass } else { suffixes[flag] = affixClass }
            return
        }
        remaining[key, default: 1] -= 1
        var affixField = fields[3]
        if let slash = affixField.firstIndex(of: "/") {
            unsupported.append("affix continuation classes")
            affixField = String(affixField[..<slash])
        }
        let strip = fields[2] == "0" ? [] : Array(fields[2].unicodeScalars)
        let affix = affixField == "0" ? [] : Array(affixField.unicodeScalars)
        let condition = fields.count > 4 ? Self.parseCondition(fields[4]) : []
        guard let condition else { return }
        let entry = Entry(strip: strip, affix: affix, condition: condition)
        if isPrefix { prefixes[flag]?.entries.append(entry) } else { suffixes[flag]?.entries.append(entry) }
    }

    private static func singleFlag(_ field: String) -> UInt8? {
        field.utf8.count == 1 ? field.utf8.first : nil
    }

    /// `[^aeiou]y`, `.`, `ch` → elements; nil when a bracket is not closed.
    static func parseCondition(_ text: String) -> [ConditionElement]? {
        if text == "." { return [] }
        var elements: [ConditionElement] = []
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case ".":
                elements.append(.any)
            case "[":
                var members = Set<Unicode.Scalar>()
                var negated = false
                var first = true
                var closed = false
                while let inner = scalars.next() {
                    if inner == "]" {
                        closed = true
                        break
                    }
                    if first && inner == "^" {
                        negated = true
                    } else {
                        members.insert(inner)
                    }
                    first = false
                }
                guard closed else { return nil }
                elements.append(.set(members, negated: negated))
            default:
                elements.append(.scalar(scalar))
            }
        }
        return elements
    }
}
