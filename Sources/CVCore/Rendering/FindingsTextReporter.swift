/// `cv.md:12:5: error: end date 2019-03 is before start 2020-01 [date-order]`, one a line, then a summary line.
public struct FindingsTextReporter: FindingsReporter {
    public static let name = "text"

    public init() {}

    public func render(_ files: [FileFindings]) -> String {
        var out = ""
        for file in files {
            for f in file.findings {
                out += "\(file.path):\(f.range.start.line):\(f.range.start.column): \(f.severity): \(f.message) [\(f.ruleID)]\n"
            }
        }
        out += files.summary() + "\n"
        return out
    }
}
