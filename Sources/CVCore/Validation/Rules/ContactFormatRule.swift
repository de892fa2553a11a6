/// E-mail, phone and URL shapes in the contact details.
public struct ContactFormatRule: Rule {
    public static let description = RuleDescription(
        identifier: "contact-format", name: "Contact format",
        summary: "An e-mail address, phone number or profile URL that does not have the right shape.",
        severity: .warning,
        details: "E-mail: one `@`, a dotted domain, no spaces. Phone: 7 to 15 digits with `+`, spaces, dots, dashes, slashes, brackets or an extension, and no national trunk 0 right after the country code (`+44 07700 900123`; `+44 (0)7700` and `(+44) 7700` are accepted, Italian numbers keep their 0, and the country code is read with its own length: `+84906…` is +84); a phone field in words (`on request`) and a value that is or holds a LaTeX command (`\\email`, `\\myaddress`, `https://\\mysite`: defined elsewhere) are not checked; a number in the first lines that the reader did not take as the phone is checked for the trunk 0 too. URL: a scheme and a host with a dot. Profile names without a scheme (`github: jdoe`) are accepted.",
        nonTriggeringExamples: [
            Example("""
                {"basics": {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "+44 (0)20 7946 0958",
                  "url": "https://jane.example"},
                 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01"}]}
                """, format: .jsonResume),
            Example("""
                \\documentclass{altacv}
                \\begin{document}
                \\name{Jane Doe}
                \\personalinfo{\\email{\\myaddress} \\homepage{\\mysite}}
                \\section{Experience}
                \\cvevent{Engineer}{Acme}{2020 -- 2023}{Leeds}
                \\end{document}
                """, format: .latex),
        ],
        triggeringExamples: [
            Example("""
                {"basics": {"name": "Jane Doe", "email": "↓jane.doe@example", "phone": "↓+44 20 79",
                  "label": "Engineer"},
                 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01"}]}
                """, format: .jsonResume),
            Example("""
                {"basics": {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "↓+44 07700 900123",
                  "url": "↓https://jane"},
                 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01"}]}
                """, format: .jsonResume),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        let person = document.person
        var findings: [Finding] = []
        func place(_ value: String, _ field: Person.Field) -> SourceRange {
            let owner = person.sources[field] ?? SourceRange(line: 1, column: 1, endLine: 1, endColumn: 1)
            return context.source.locate(value, in: owner) ?? context.start(of: owner)
        }
        if let email = person.email, !Self.isEmail(email), !Self.isMacro(email, at: place(email, .email), context) {
            findings.append(context.finding("e-mail address \"\(email)\" does not look like name@domain.tld", at: place(email, .email)))
        }
        if let phone = person.phone, let problem = Self.phoneProblem(phone) ?? Self.trunkZero(phone) {
            findings.append(context.finding("phone number \"\(phone)\" \(problem)", at: place(phone, .phone)))
        } else if person.phone == nil, let (line, column, number) = Self.trunkZeroInHeader(context) {
            // A number the reader did not take as the phone (a PDF's jumbled header): its shape is still read.
            let range = SourceRange(line: line, column: column, endLine: line, endColumn: column + number.unicodeScalars.count - 1)
            findings.append(context.finding("phone number \"\(number)\" \(Self.trunkZero(number) ?? "")", at: range))
        }
        for link in person.links {
            let lower = link.url.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), !Self.namesMacro(link.url),
                  let problem = LinkBrokenRule.problem(link.url) else { continue }
            let owner = link.source ?? SourceRange(line: 1, column: 1, endLine: 1, endColumn: 1)
            let range = context.source.locate(link.url, in: owner) ?? context.start(of: owner)
            findings.append(context.finding("URL \"\(link.url)\" \(problem)", at: range))
        }
        return findings
    }

    /// A value the reader took from a LaTeX command's name (`\href{mailto:\email}{…}`, the address defined
    /// elsewhere): the backslash stands right before it in the source.
    static func isMacro(_ value: String, at range: SourceRange, _ context: RuleContext) -> Bool {
        let line = Array(context.line(range.start.line).unicodeScalars)
        let before = range.start.column - 2
        return namesMacro(value)
            || before >= 0 && before < line.count && line[before] == "\\" && value.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
    }

    /// A value written with a LaTeX command in it (`\emailvalue`, `https://\sitename`): defined elsewhere, its text
    /// is not known here.
    static func namesMacro(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        return scalars.indices.dropLast().contains { scalars[$0] == "\\" && scalars[$0 + 1].properties.isAlphabetic }
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty else { return false }
        guard local.allSatisfy({ !$0.isWhitespace && $0 != "," && $0 != ";" && $0 != "<" && $0 != ">" }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else { return false }
        guard let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return false }
        return true
    }

    /// Country codes whose numbers keep their leading 0 after the code (Italy, San Marino, Vatican).
    static let keepsTrunkZero: Set<String> = ["39", "378", "379"]

    /// How many digits the country code that starts with `digits` has (ITU-T E.164: the codes are prefix-free, so
    /// the first digits tell): 1 for North America (`+1`) and Russia/Kazakhstan (`+7`); 2 for the codes of the
    /// ITU list's two-digit assignments (`+44`, `+84`, `+91`); 3 for every other code (`+353`, `+880`). A number
    /// written without spaces (`+84906789832`) is read with its country code's own length.
    static func countryCodeLength(_ digits: String) -> Int {
        guard let first = digits.unicodeScalars.first else { return 3 }
        if first == "1" || first == "7" { return 1 }
        guard digits.unicodeScalars.count >= 2 else { return 2 }
        return twoDigitCountryCodes.contains(String(digits.prefix(2))) ? 2 : 3
    }

    /// The two-digit country calling codes of ITU-T E.164 (zones 2-9; zone 1 and 7 are one digit).
    static let twoDigitCountryCodes: Set<String> = [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
        "86", "90", "91", "92", "93", "94", "95", "98",
    ]

    /// `+44 07460 …`: with the country code the national trunk 0 is dropped (`+44 7460 …`, or `+44 (0)7460 …`).
    static func trunkZero(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let plus = scalars.firstIndex(of: "+") else { return nil }
        var i = plus + 1
        var code = ""
        while i < scalars.count, scalars[i].properties.numericType != nil, code.count < countryCodeLength(code) {
            code.unicodeScalars.append(scalars[i])
            i += 1
        }
        guard !code.isEmpty, !keepsTrunkZero.contains(code) else { return nil }
        while i < scalars.count, scalars[i] == " " || scalars[i] == "-" || scalars[i] == "." || scalars[i] == "\u{A0}" { i += 1 }
        guard i + 1 < scalars.count, scalars[i] == "0", scalars[i + 1].properties.numericType != nil else { return nil }
        return "keeps the national 0 after the country code +\(code): drop it, or write (0)"
    }

    /// The first `+CC 0…` number in the first lines of the CV, where the contact details are.
    static func trunkZeroInHeader(_ context: RuleContext) -> (Int, Int, String)? {
        for n in 1...min(context.lineCount, 15) {
            let line = context.line(n)
            guard line.utf8.contains(0x2B) else { continue }
            let scalars = Array(line.unicodeScalars)
            for (i, c) in scalars.enumerated() where c == "+" {
                var j = i + 1
                while j < scalars.count, scalars[j].properties.numericType != nil || " -.()".unicodeScalars.contains(scalars[j]) { j += 1 }
                var number = String(String.UnicodeScalarView(scalars[i..<j]))
                while number.last == " " || number.last == "-" { number.removeLast() }
                let digits = number.unicodeScalars.filter { $0.properties.numericType != nil }.count
                if (7...15).contains(digits), trunkZero(number) != nil { return (n, i + 1, number) }
            }
        }
        return nil
    }

    static func phoneProblem(_ text: String) -> String? {
        var digits = 0
        var body = text.lowercased()
        // An extension: `x123`, `ext. 123`.
        if let x = body.lastIndex(of: "x"), body[body.index(after: x)...].allSatisfy({ $0 == " " || $0 == "." || $0.isNumber }) {
            body = String(body[..<x])
            while let last = body.last, last == "e" || last == "t" || last == " " { body.removeLast() }
        }
        // Words in the phone field (`on request`, a template's macro name): no number was given, none is misshapen.
        guard body.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        for (offset, c) in body.enumerated() {
            if c.isASCII, c.isNumber { digits += 1; continue }
            // `+44 …`, or the country code in brackets: `(+44) 7700 …`.
            if c == "+" && (offset == 0 || (offset == 1 && body.first == "(")) { continue }
            if " -.()/\u{A0}".contains(c) { continue }
            return "contains \"\(c)\""
        }
        if digits < 7 { return "has only \(digits) digits" }
        if digits > 15 { return "has \(digits) digits (15 at most)" }
        return nil
    }
}
