import ArgumentParser
import CVCore

/// The plain command lines of the commands run most often (the pre-commit hook's `validate --staged`, `diff A B`), read
/// without ArgumentParser. Its parse reflects over the command's property wrappers (`Mirror`) and casts them to its
/// protocols; each first lookup of a type's conformance scans every conformance record of the binary (about 6,300,
/// Foundation's included), 0.25 M instructions each, about 40 of them for `diff`: 10 M of a 60 M run.
///
/// Only `--flag`, `--option value`, `--option=value` and plain values are read here, each option at most once; anything
/// else (a short or unknown option, `-`, a repeated option, a value out of range, `--help`, a failed `validate()`)
/// gives nil, and ArgumentParser parses the line as it always did: help, messages and exit codes stay its own.
struct QuickCommandLine {
    private(set) var flags: [String] = []
    private(set) var options: [(name: String, value: String)] = []
    private(set) var values: [String] = []

    /// Nil unless every argument is one of `flags`, one of `options` with its value, or a value not starting with `-`.
    /// Only the options in `repeatable` may be given more than once.
    init?(_ arguments: ArraySlice<String>, flags knownFlags: [String], options knownOptions: [String], repeatable: [String] = []) {
        var rest = arguments
        while let argument = rest.popFirst() {
            guard !argument.isEmpty else { return nil }
            guard argument.hasPrefix("-") else {
                values.append(argument)
                continue
            }
            if knownFlags.contains(argument) {
                guard !flags.contains(argument) else { return nil }
                flags.append(argument)
                continue
            }
            let name: String
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard let next = rest.popFirst() else { return nil }
                name = argument
                value = next
            }
            guard knownOptions.contains(name), !value.isEmpty, !value.hasPrefix("-"),
                repeatable.contains(name) || !options.contains(where: { $0.name == name })
            else { return nil }
            options.append((name, value))
        }
    }

    /// Whether the flag (or one of its other names) was given.
    func has(_ names: String...) -> Bool {
        flags.contains { names.contains($0) }
    }

    /// The value of the option, if given.
    func value(_ name: String) -> String? {
        options.first { $0.name == name }?.value
    }

    /// The values of a repeatable option, in order.
    func allValues(_ name: String) -> [String] {
        options.filter { $0.name == name }.map(\.value)
    }

    /// `--input-format`: nil when given with a value that is not a format (ArgumentParser then says so).
    func inputFormat() -> InputFormatOptions? {
        var input = InputFormatOptions()
        input.inputFormat = nil
        if let name = value("--input-format") {
            guard let format = CVFormat(rawValue: name) else { return nil }
            input.inputFormat = format
        }
        return input
    }
}

extension CVTrack {
    /// The commands `QuickCommandLine` reads, by name.
    static func quickParse(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        var command: (any ParsableCommand)?
        switch name {
        case "diff": command = Diff.quick(rest)
        case "validate": command = Validate.quick(rest)
        default: command = nil
        }
        // The command's own checks; their messages are ArgumentParser's to print.
        guard (try? command?.validate()) != nil else { return nil }
        return command
    }
}

extension CVTrack.Diff {
    static func quick(_ arguments: ArraySlice<String>) -> Self? {
        guard let line = QuickCommandLine(
                arguments, flags: ["--staged", "--cached", "--no-index", "--stat", "--exit-code"],
                options: ["--format", "--color", "--input-format", "--path"], repeatable: ["--path"]),
            !(line.has("--staged") && line.has("--cached")), let input = line.inputFormat()
        else { return nil }
        var command = Self()
        command.staged = line.has("--staged", "--cached")
        command.noIndex = line.has("--no-index")
        command.stat = line.has("--stat")
        command.exitCode = line.has("--exit-code")
        guard let format = line.value("--format").map(DiffFormat.init(rawValue:)) ?? .text,
            let color = line.value("--color").map(ColorChoice.init(rawValue:)) ?? .auto
        else { return nil }
        command.format = format
        command.color = color
        command.input = input
        command.revisions = line.values
        command.paths = line.allValues("--path")
        return command
    }
}

extension CVTrack.Validate {
    static func quick(_ arguments: ArraySlice<String>) -> Self? {
        guard let line = QuickCommandLine(
                arguments, flags: ["--staged", "--cached", "--spelling", "--no-spelling"],
                options: ["--rev", "--against", "--format", "--input-format"]),
            !(line.has("--staged") && line.has("--cached")), !(line.has("--spelling") && line.has("--no-spelling")),
            let input = line.inputFormat()
        else { return nil }
        var command = Self()
        command.files = line.values
        command.staged = line.has("--staged", "--cached")
        command.rev = line.value("--rev")
        command.against = line.value("--against")
        command.format = line.value("--format") ?? "text"
        command.spelling = !line.has("--no-spelling")
        command.input = input
        return command
    }
}
