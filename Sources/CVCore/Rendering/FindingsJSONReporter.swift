/// An array of findings: file, line, column, endLine, endColumn, severity, rule, message (and suggestion).
public struct FindingsJSONReporter: FindingsReporter {
    public static let name = "json"

    public init() {}

    public func render(_ files: [FileFindings]) -> String {
        var items: [JSONValue] = []
        for file in files {
            for f in file.findings {
                var fields: [(String, JSONValue)] = [
                    ("file", .string(file.path)),
                    ("line", .int(f.range.start.line)),
                    ("column", .int(f.range.start.column)),
                    ("endLine", .int(f.range.end.line)),
                    ("endColumn", .int(f.range.end.column)),
                    ("severity", .string(f.severity.rawValue)),
                    ("rule", .string(f.ruleID)),
                    ("message", .string(f.message)),
                ]
                if let suggestion = f.suggestion { fields.append(("suggestion", .string(suggestion))) }
                items.append(.object(fields))
            }
        }
        return JSONValue.array(items).render(sortedKeys: false)
    }
}
