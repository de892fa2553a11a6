/// Suppression comments in the CV itself:
///
/// - `<!-- cvtrack:disable RULE [RULE...] -->`: from this line to the end of the file
///   (or to `<!-- cvtrack:enable RULE -->`);
/// - `<!-- cvtrack:disable-next-line RULE -->`: the next line only;
/// - in plain text and YAML, `# cvtrack:disable RULE` and `# cvtrack:disable-next-line RULE`.
///
/// Without a rule (or with `all`) every rule is disabled.
struct Suppressions {
    /// Rule id ("*" for all) → disabled line intervals.
    private var disabled: [String: [ClosedRange<Int>]] = [:]

    static let directive = "cvtrack:"

    init(_ source: SourceText) {
        // Fast path: no directive anywhere.
        guard source.containsASCII("cvtrack:") else { return }
        var open: [String: Int] = [:]
        let lastLine = source.lines.count
        for n in 1...lastLine {
            let line = source.lines.line(n)
            guard let at = line.firstRange(of: Self.directive) else { continue }
            let before = line[..<at.lowerBound].trimmingWhitespace()
            guard before.hasSuffix("<!--") || before.hasSuffix("#") else { continue }
            var rest = line[at.upperBound...]
            if let close = rest.firstRange(of: "-->") { rest = rest[..<close.lowerBound] }
            let parts = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
            guard let command = parts.first else { continue }
            var rules = Array(parts.dropFirst())
            if rules.isEmpty || rules.contains("all") { rules = ["*"] }
            switch command {
            case "disable":
                for rule in rules where open[rule] == nil { open[rule] = n }
            case "enable":
                for rule in rules {
                    if let from = open.removeValue(forKey: rule) { disabled[rule, default: []].append(from...n) }
                    if rule == "*" {
                        for (other, from) in open { disabled[other, default: []].append(from...n) }
                        open.removeAll()
                    }
                }
            case "disable-next-line":
                for rule in rules { disabled[rule, default: []].append((n + 1)...(n + 1)) }
            case "disable-line":
                for rule in rules { disabled[rule, default: []].append(n...n) }
            default:
                continue
            }
        }
        for (rule, from) in open { disabled[rule, default: []].append(from...max(from, lastLine)) }
    }

    var isEmpty: Bool { disabled.isEmpty }

    func suppresses(_ finding: Finding) -> Bool {
        let line = finding.range.start.line
        for key in [finding.ruleID, "*"] {
            if let ranges = disabled[key], ranges.contains(where: { $0.contains(line) }) { return true }
        }
        return false
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
