/// Links that cannot work.
public struct LinkBrokenRule: Rule {
    public static let description = RuleDescription(
        identifier: "link-broken", name: "Broken link",
        summary: "A link with an empty or placeholder target (`#`, `/your-work`), a space, a mistyped scheme (`http//`, `htp://`), no host, `www.` without a scheme, or an e-mail address as text and a web page as target.",
        severity: .warning,
        details: "Markdown links `[text](target)` and HTML `href` attributes are checked in Markdown and plain text; the profile and project URLs in JSON Resume and RenderCV. A path segment a template leaves to fill in (`your-…`, `username`) is a placeholder; a Markdown link whose text is an e-mail address must point to `mailto:` it. Relative links (`cv.pdf`, `/about`) are accepted; `mailto:` addresses written to fool spammers (`name[at]example[dot]com`) are left alone.",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### [Acme](https://acme.example/about)

                Engineer • 2019 – 2020, see [my talk](talks/billing.pdf) or <a href="mailto:jane[at]example[dot]com">mail me</a>.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### [Acme](↓https//acme.example)

                Engineer • 2019 – 2020

                ## Links

                - Website: [jane.dev](↓#)
                - <a href="↓www.example.com">Blog</a>
                - CodePen: [jane](↓https://codepen.io/your-work)
                - E-mail: [jane@example.com](↓https://mail.example.com/about/)
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        switch context.format {
        case .markdown, .plainText, .latex:
            for (target, text, range) in Self.targets(in: context.source) {
                if let problem = Self.problem(target) ?? Self.placeholder(target) ?? Self.mismatch(text: text, target: target) {
                    findings.append(context.finding("link target \"\(target)\" \(problem)", at: range))
                }
            }
        case .jsonResume, .renderCV:
            guard let document = context.document else { return [] }
            var urls: [(String, SourceRange)] = document.person.links.compactMap { link in
                link.source.map { (link.url, $0) }
            }
            urls += document.projects.compactMap { p in p.url.map { ($0, p.source) } }
            for (url, owner) in urls where url.contains("://") || url.lowercased().hasPrefix("http") || url.lowercased().hasPrefix("www.") {
                if let problem = Self.problem(url) {
                    let range = context.source.locate(url, in: owner) ?? context.start(of: owner)
                    findings.append(context.finding("link target \"\(url)\" \(problem)", at: range))
                }
            }
        }
        return findings
    }

    /// What is wrong with a link target, or nil.
    static func problem(_ raw: String) -> String? {
        var target = raw
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        if target.isEmpty { return "is empty" }
        if target == "#" { return "is a placeholder" }
        let lower = target.lowercased()
        if lower.hasPrefix("mailto:") {
            let address = lower.dropFirst(7).split(separator: "?").first.map(String.init) ?? ""
            if address.contains("[at]") || address.contains("(at)") || address.contains(" at ") { return nil }
            return ContactFormatRule.isEmail(address) ? nil : "is not an e-mail address"
        }
        if target.contains(where: { $0 == " " || $0 == "\t" }) { return "contains a space" }
        for typo in ["http//", "https//", "http:/", "https:/", "htp://", "htps://", "htttp://", "htttps://", "http:\\", "https:\\", "http;//", "https;//"]
        where lower.hasPrefix(typo) && !(typo.hasSuffix(":/") && lower.hasPrefix(typo + "/")) {
            return "has a mistyped scheme"
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            let rest = lower.drop(while: { $0 != ":" }).dropFirst(3)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
            if host.isEmpty { return "has no host" }
            if !host.contains("."), host != "localhost" { return "has no domain in its host" }
            return nil
        }
        if lower.hasPrefix("www.") { return "has no scheme (it opens as a relative path; add https://)" }
        return nil
    }

    /// Path segments a template leaves for the author to fill in (`/your-work`, `/username`).
    static let placeholderSegments: Set<String> = [
        "your-work", "your-name", "your-username", "your-profile", "your-handle", "yourname", "yourusername",
        "username", "your_username", "your_name", "user-name", "<username>", "{username}", "xxx", "xxxx",
    ]

    /// A link target still holding a template placeholder, or nil.
    static func placeholder(_ target: String) -> String? {
        let lower = target.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        let path = lower.drop(while: { $0 != ":" }).dropFirst(3).split(separator: "/").dropFirst()
        for segment in path {
            let clean = segment.split(separator: "?").first.map(String.init) ?? ""
            if placeholderSegments.contains(clean) || clean.hasPrefix("your-") || clean.hasPrefix("your_") {
                return "still holds the template's placeholder \"\(clean)\""
            }
        }
        return nil
    }

    /// A link whose text is an e-mail address but whose target is not `mailto:` it (a web page).
    static func mismatch(text: String, target: String) -> String? {
        let label = String(Substring(text).trimmingWhitespace())
        guard ContactFormatRule.isEmail(label), !target.lowercased().hasPrefix("mailto:") else { return nil }
        return "is not mailto:\(label), though the link text is that e-mail address"
    }

    /// Markdown link targets and `href` values, outside fenced code, with the Markdown link text (empty for
    /// `href`) and their ranges.
    static func targets(in source: SourceText) -> [(String, String, SourceRange)] {
        var result: [(String, String, SourceRange)] = []

        guard source.containsASCII("](") || source.containsASCII("href") else { return [] }
        var fenced = false
        for n in 1...source.lines.count {
            let line = source.lines.line(n)
            let trimmed = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }
            if trimmed.starts(with: "```".utf8) || trimmed.starts(with: "~~~".utf8) { fenced.toggle(); continue }
            if fenced { continue }
            // Only lines that can hold a link (`](`, or `href=` in any case) are read scalar by scalar.
            guard Self.mayHoldLink(line.utf8) else { continue }
            let scalars = Array(line.unicodeScalars)
            var i = 0
            var inCode = false
            var lastOpen = -1
            while i < scalars.count {
                let c = scalars[i]
                if c == "[" { lastOpen = i }
                if c == "`" { inCode.toggle(); i += 1; continue }
                if inCode { i += 1; continue }
                if c == "]", i + 1 < scalars.count, scalars[i + 1] == "(" {
                    var j = i + 2
                    var depth = 0
                    while j < scalars.count {
                        if scalars[j] == "(" { depth += 1 } else if scalars[j] == ")" {
                            if depth == 0 { break }
                            depth -= 1
                        }
                        j += 1
                    }
                    guard j < scalars.count else { i += 2; continue }
                    var target = String(String.UnicodeScalarView(scalars[(i + 2)..<j]))
                    // A title after the target: `(url "title")`.
                    if let quote = target.firstRange(of: " \"") ?? target.firstRange(of: " '") { target = String(target[..<quote.lowerBound]) }
                    target = String(Substring(target).trimmingWhitespace())
                    // The link text, when short enough to be an address (kept linear on nested brackets).
                    let text = lastOpen >= 0 && i - lastOpen <= 320 ? String(String.UnicodeScalarView(scalars[(lastOpen + 1)..<i])) : ""
                    result.append((target, text, SourceRange(line: n, column: i + 3, endLine: n, endColumn: max(i + 3, j))))
                    i = j + 1
                    continue
                }
                if (c == "h" || c == "H"), i + 5 < scalars.count, Self.isHref(scalars, at: i),
                   i == 0 || scalars[i - 1] == " " || scalars[i - 1] == "\t" {
                    let quote = scalars[i + 5]
                    guard quote == "\"" || quote == "'" else { i += 5; continue }
                    var j = i + 6
                    while j < scalars.count, scalars[j] != quote { j += 1 }
                    guard j < scalars.count else { break }
                    let target = String(String.UnicodeScalarView(scalars[(i + 6)..<j]))
                    result.append((target, "", SourceRange(line: n, column: i + 7, endLine: n, endColumn: max(i + 7, j))))
                    i = j + 1
                    continue
                }
                i += 1
            }
        }
        return result
    }

    /// `href=` in any case at `i`. Only ASCII letters fold to these letters (no other scalar lowercases to
    /// `h`, `r`, `e` or `f`), so this is comparing the five scalars lowercased as a `String`.
    static func isHref(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        let word: [UInt8] = [0x68, 0x72, 0x65, 0x66, 0x3D]
        guard i + word.count <= scalars.count else { return false }
        for k in 0..<word.count {
            let v = scalars[i + k].value
            guard v < 0x80, SourceText.fold(UInt8(v)) == word[k] else { return false }
        }
        return true
    }

    /// Whether a line's bytes hold `](` or `href=` (ASCII letters in any case): a line without either gives no
    /// target.
    static func mayHoldLink(_ utf8: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        var href = 0
        let word: [UInt8] = [0x68, 0x72, 0x65, 0x66, 0x3D]
        for b in utf8 {
            if previous == 0x5D, b == 0x28 { return true }
            let f = SourceText.fold(b)
            href = f == word[href] ? href + 1 : (f == word[0] ? 1 : 0)
            if href == word.count { return true }
            previous = b
        }
        return false
    }
}
