/// E-mail, phone and URL shapes in the contact details.
public struct ContactFormatRule: Rule {
    public static let description = RuleDescription(
        identifier: "contact-format", name: "Contact format",
        summary: "An e-mail address, phone number or profile URL that does not have the right shape.",
        severity: .warning,
        details: "E-mail: one `@`, a dotted domain, no spaces. Phone: 7 to 15 digits with `+`, spaces, dots, dashes, slashes, brackets or an extension, and no national trunk 0 right after the country code (`+44 07700 900123`; `+44 (0)7700` is accepted, and Italian numbers keep their 0); a number in the first lines that the reader did not take as the phone is checked for the trunk 0 too. URL: a scheme and a host with a dot. Profile names without a scheme (`github: jdoe`) are accepted.",
        nonTriggeringExamples: [
            Example("""
                {"basics": {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "+44 (0)20 7946 0958",
                  "url": "https://jane.example"},
                 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01"}]}
                """, format: .jsonResume),
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
        if let email = person.email, !Self.isEmail(email) {
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
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), let problem = LinkBrokenRule.problem(link.url) else { continue }
            let owner = link.source ?? SourceRange(line: 1, column: 1, endLine: 1, endColumn: 1)
            let range = context.source.locate(link.url, in: owner) ?? context.start(of: owner)
            findings.append(context.finding("URL \"\(link.url)\" \(problem)", at: range))
        }
        return findings
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

    /// `+44 07460 …`: with the country code the national trunk 0 is dropped (`+44 7460 …`, or `+44 (0)7460 …`).
    static func trunkZero(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let plus = scalars.firstIndex(of: "+") else { return nil }
        var i = plus + 1
        var code = ""
        while i < scalars.count, scalars[i].properties.numericType != nil, code.count < 3 { code.unicodeScalars.append(scalars[i]); i += 1 }
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
        for (offset, c) in body.enumerated() {
            if c.isASCII, c.isNumber { digits += 1; continue }
            if c == "+" && offset == 0 { continue }
            if " -.()/\u{A0}".contains(c) { continue }
            return "contains \"\(c)\""
        }
        if digits < 7 { return "has only \(digits) digits" }
        if digits > 15 { return "has \(digits) digits (15 at most)" }
        return nil
    }
}
