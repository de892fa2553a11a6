import ArgumentParser
import CVCore

extension CVFormat: ExpressibleByArgument {}

/// `--input-format`: overrides format detection.
struct InputFormatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the CV as this format instead of detecting it: \(CVFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var inputFormat: CVFormat?
}
