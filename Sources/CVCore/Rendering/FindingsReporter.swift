/// The findings of one file, as a reporter receives them.
public struct FileFindings: Sendable, Hashable {
    /// The path as the user should see it (`cv.md`).
    public var path: String
    public var findings: [Finding]

    public init(path: String, findings: [Finding]) {
        self.path = path
        self.findings = findings
    }
}

/// Renders findings for people or tools. Reporters are small, chosen by name (`--reporter text|json|github`),
/// and only format: they never decide what is a problem.
public protocol FindingsReporter: Sendable {
    static var name: String { get }
    func render(_ files: [FileFindings]) -> String
}

public enum FindingsReporters {
    public static let all: [any FindingsReporter.Type] = [
        FindingsTextReporter.self, FindingsJSONReporter.self, FindingsGitHubReporter.self,
    ]

    public static var names: [String] { all.map { $0.name } }

    /// The reporter called `name`, or nil.
    public static func named(_ name: String) -> (any FindingsReporter)? {
        switch name.lowercased() {
        case FindingsTextReporter.name: return FindingsTextReporter()
        case FindingsJSONReporter.name: return FindingsJSONReporter()
        case FindingsGitHubReporter.name: return FindingsGitHubReporter()
        default: return nil
        }
    }
}

extension Array where Element == FileFindings {
    /// `2 errors, 1 warning, 3 infos in 2 files` style counts.
    func summary() -> String {
        let all = flatMap(\.findings)
        if all.isEmpty {
            return count == 1 ? "no problems found" : "no problems found in \(count) files"
        }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        let infos = all.filter { $0.severity == .info }.count
        let files = filter { !$0.findings.isEmpty }.count
        return "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(infos, "info")) in \(plural(files, "file"))"
    }
}
