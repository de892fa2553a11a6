import ArgumentParser
import CVCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@main
struct CVTrack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: toolName,
        abstract: "Track, parse, diff, validate and tailor CVs kept in git.",
        discussion: """
            Exit codes: 0 success; 1 findings (validation errors, or changes with --exit-code); \
            2 operational failure (unreadable input, git errors); 64 bad usage.
            """,
        version: CVCoreInfo.version,
        subcommands: [Init.self, Track.self, Untrack.self, Status.self, Show.self, Parse.self, Export.self, Diff.self, Log.self, InstallDiffDriver.self, DiffDriver.self, Hooks.self, Validate.self, Rules.self, TailorCommand.self, Variants.self, Sent.self]
    )

    /// The command's name, which each subcommand also names as its super-command (see `parseSubcommandAlone`).
    static let toolName = "cvtrack"

    /// ArgumentParser exits 1 for any error thrown by `run()`; cvtrack keeps 1 for findings and maps
    /// operational failures to 2 with a one-line message.
    static func main() {
        // A write past `ulimit -f` (a full quota, a tiny file-size limit) must fail with EFBIG and be reported,
        // not kill the process half-way through with SIGXFSZ.
        signal(SIGXFSZ, SIG_IGN)
        let command: any ParsableCommand
        do {
            let arguments = pathsAfterTerminator(try leadingDirectoryOptions(Array(CommandLine.arguments.dropFirst())))
            if arguments == ["--version"] {  // as ArgumentParser prints it, without building the command tree first
                print(configuration.version)
                Glibc.exit(ExitStatus.success)
            }
            command = try quickParse(arguments) ?? parseSubcommandAlone(arguments) ?? parseAsRoot(arguments)
        } catch {
            exit(withError: error)  // help, version, usage errors (64)
        }
        do {
            var command = command
            try command.run()
        } catch let code as ExitCode {
            // What `exit(withError:)` does for an exit code (no message), without the usage text it builds and
            // drops (a help generator over the command: 4 M instructions of every validate run that finds errors).
            Glibc.exit(code.rawValue)
        } catch {
            // Help and usage errors surface here too (ArgumentParser runs its help command): let it
            // handle them (exit 0 or 64). Anything else is an operational failure: one line, exit 2.
            let code = exitCode(for: error)
            if code == .success || code == .validationFailure { exit(withError: error) }
            Output.error("\(error)")
            Glibc.exit(ExitStatus.failure)
        }
    }
}

extension CVTrack {
    /// `cvtrack -C DIR <command>`, as with git: changes folder before the subcommand is parsed.
    /// (After the subcommand, `-C` is the subcommand's own option and does the same.)
    static func leadingDirectoryOptions(_ args: [String]) throws -> [String] {
        var rest = args[...]
        while rest.first == "-C" {
            guard rest.count >= 2 else { throw ValidationError("-C needs a folder") }
            let dir = rest[rest.startIndex + 1]
            guard chdir(dir) == 0 else {
                Output.error("cannot change to '\(dir)': \(String(cString: strerror(errno)))")
                Glibc.exit(ExitStatus.failure)
            }
            rest = rest.dropFirst(2)
        }
        return Array(rest)
    }
}

extension CVTrack {
    /// The command line of a command named first (`cvtrack diff A B`), parsed by that command's type alone: ArgumentParser
    /// then builds the argument set of one command, not the tree of all of them, and skips its completion-script check
    /// (each command's configuration names cvtrack as its super-command, which only a root's configuration is read for).
    /// That was a quarter of `diff`'s instructions. Anything but a clean parse of that command (`--help`, `--version`,
    /// a usage or validation error, a completion request, a command with subcommands of its own) gives nil, and the
    /// whole tree parses the line as before: help, messages and exit codes are ArgumentParser's, unchanged.
    static func parseSubcommandAlone(_ args: [String]) -> (any ParsableCommand)? {
        guard let name = args.first, !name.hasPrefix("-"),
            let subcommand = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
            subcommand.configuration.subcommands.isEmpty,
            let command = try? subcommand.parseAsRoot(Array(args.dropFirst())),
            type(of: command) == subcommand  // not ArgumentParser's help command
        else { return nil }
        return command
    }
}

extension CVTrack {
    /// Commands that take git's `[REV...] [-- PATH...]`.
    static let pathCommands: Set<String> = ["diff", "log"]

    /// ArgumentParser cannot have positional revisions followed by positional paths, so `-- a b` becomes
    /// `--path=a --path=b` for the commands that take paths the way git does.
    static func pathsAfterTerminator(_ args: [String]) -> [String] {
        guard let command = args.first, pathCommands.contains(command), let dashes = args.firstIndex(of: "--") else { return args }
        return Array(args[..<dashes]) + args[(dashes + 1)...].map { "--path=" + $0 }
    }
}

/// Exit codes, declared once.
enum ExitStatus {
    static let success: Int32 = 0
    /// Findings with error severity, or changes with `diff --exit-code`.
    static let findings: Int32 = 1
    /// I/O, git, unreadable input.
    static let failure: Int32 = 2
    /// Bad usage (ArgumentParser's validation failures use it too).
    static let usage: Int32 = 64
}
