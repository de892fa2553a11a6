/// GitHub Actions workflow commands: `::error file=cv.md,line=12,col=5,title=date-order::message`.
/// Info findings become `::notice`.
public struct FindingsGitHubReporter: FindingsReporter {
    public static let name = "github"

    public init() {}

    public func render(_ files: [FileFindings]) -> String {
        var out = ""
        for file in files {
            for f in file.findings {
                let command: String
                switch f.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .info: command = "notice"
                }
                let properties = [
                    "file=\(Self.escapeProperty(file.path))",
                    "line=\(f.range.start.line)",
                    "col=\(f.range.start.column)",
                    "endLine=\(f.range.end.line)",
                    "endColumn=\(f.range.end.column)",
                    "title=\(Self.escapeProperty(f.ruleID))",
                ].joined(separator: ",")
                out += "::\(command) \(properties)::\(Self.escapeData(f.message))\n"
            }
        }
        return out
    }

    /// Workflow command data: `%`, CR and LF escaped.
    static func escapeData(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Workflow command properties: also `:` and `,`.
    static func escapeProperty(_ s: String) -> String {
        var out = ""
        for c in escapeData(s).unicodeScalars {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
