import ArgumentParser
import CVCore

extension CVTrack {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            _superCommandName: CVTrack.toolName,
            abstract: "List the validation rules: id, severity, summary (or their full documentation).",
            discussion: """
                Each rule can be turned off, given another severity or options in .cvtrack.yml:
                  rules:
                    overlap: off
                    bullet-length: { severity: warning, max: 60 }
                `--format markdown` prints docs/rules.md: every rule with examples that trigger it and examples \
                that do not (the same examples are the rules' tests).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

        @Option(help: "Output format: text or markdown.")
        var format: Format = .text

        func run() throws {
            print(format == .text ? RulesDocumentation.list() : RulesDocumentation.markdown(), terminator: "")
        }
    }
}
