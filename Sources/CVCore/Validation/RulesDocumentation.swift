/// `docs/rules.md` and `cvtrack rules`, generated from the rules' descriptions.
public enum RulesDocumentation {
    /// Every rule `cvtrack validate` can report: those it runs on every CV (`allRules`), then those that compare
    /// a CV with its base (`--against`).
    public static var documented: [RuleDescription] { allRules.map { $0.description } + [.variantInvented] }

    /// The whole of `docs/rules.md`.
    public static func markdown() -> String {
        var out = """
            # Validation rules

            <!-- Generated from the rule descriptions (RulesDocumentation.markdown()); do not edit by hand. -->

            `cvtrack validate` and the pre-commit hook run these rules. Configure them in `.cvtrack.yml`:

            ```yaml
            rules:
              overlap: off                                  # or on | error | warning | info
              bullet-length: { severity: warning, max: 60 }
            spelling:
              language: en_GB
              words: [Kubernetes, OpenResty]
            ```

            Silence a rule in the CV itself with `<!-- cvtrack:disable RULE -->` (to the end of the file, or to
            `<!-- cvtrack:enable RULE -->`) or `<!-- cvtrack:disable-next-line RULE -->`; in plain text and YAML
            write `# cvtrack:disable RULE`. Without a rule, every rule is silenced.

            Every example below is also a test: `↓` marks where a finding must start.

            | Rule | Severity | Summary |
            | --- | --- | --- |

            """
        for d in documented {
            out += "| [`\(d.identifier)`](#\(d.identifier)) | \(d.severity)\(d.isOptIn ? " (opt-in)" : "") | \(escapeCell(d.summary)) |\n"
        }
        for d in documented {
            out += "\n" + section(d)
        }
        return out
    }

    static func section(_ d: RuleDescription) -> String {
        var out = "## \(d.identifier)\n\n"
        out += "**\(d.name)**: \(d.summary)\n\n"
        out += "Default severity: \(d.severity).\(d.isOptIn ? " Off unless enabled." : "")\n\n"
        if let details = d.details { out += details + "\n\n" }
        if !d.options.isEmpty {
            out += "Options:\n\n"
            for option in d.options { out += "- `\(option.name)` (default `\(option.defaultValue)`): \(option.summary)\n" }
            out += "\n"
        }
        if !d.triggeringExamples.isEmpty {
            out += "Triggering:\n\n"
            for example in d.triggeringExamples { out += block(example) }
        }
        if !d.nonTriggeringExamples.isEmpty {
            out += "Not triggering:\n\n"
            for example in d.nonTriggeringExamples { out += block(example) }
        }
        return out
    }

    static func block(_ example: Example) -> String {
        let language: String
        switch example.format {
        case .markdown: language = "markdown"
        case .plainText: language = "text"
        case .jsonResume: language = "json"
        case .renderCV: language = "yaml"
        case .latex: language = "latex"
        }
        var out = ""
        if !example.options.isEmpty {
            out += "With " + example.options.sorted { $0.key < $1.key }.map { "`\($0.key): \($0.value)`" }.joined(separator: ", ") + ":\n\n"
        }
        let fence = example.marked.contains("```") ? "~~~~" : "```"
        out += "\(fence)\(language)\n\(example.marked)\n\(fence)\n\n"
        return out
    }

    static func escapeCell(_ s: String) -> String {
        var out = ""
        for c in s { if c == "|" { out += "\\|" } else { out.append(c) } }
        return out
    }

    /// A plain-text list for `cvtrack rules`: `id  severity  summary`.
    public static func list() -> String {
        let width = documented.map { $0.identifier.count }.max() ?? 0
        var out = ""
        for d in documented {
            let id = d.identifier + String(repeating: " ", count: width - d.identifier.count)
            let severity = d.severity.rawValue + String(repeating: " ", count: 7 - d.severity.rawValue.count)
            out += "\(id)  \(severity)  \(d.summary)\n"
        }
        return out
    }
}
