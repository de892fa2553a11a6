import Foundation
import Testing

/// The command line reads the same whichever way it is parsed: `diff` and `validate` lines of plain flags and options
/// are read without ArgumentParser, other spellings of the same line (a repeated flag, `-C`) and everything else by it.
/// Help, `--version`, usage errors and exit codes stay ArgumentParser's.
@Suite struct CLICommandLineTests {
    /// A repository whose CV gained a role since its commit, staged, listed after the older one (a finding to report).
    static func sandbox() throws -> Sandbox {
        let s = try Sandbox()
        try s.write(".cvtrack.yml", "cvs: [cv.md]\n")
        try s.write("cv.md", "# Nora Fictive\n\n## Experience\n\n### Engineer, Quillfeather Labs (2018 - 2020)\n\n- Wrote the billing service\n")
        try s.commitAll("one")
        try s.write("cv.md", "# Nora Fictive\n\n## Experience\n\n### Engineer, Quillfeather Labs (2018 - 2020)\n\n- Wrote the billing service\n\n### Lead Engineer, Marlpit Systems (2020 - 2024)\n\n- Ran the platform team\n")
        try s.git("add", "cv.md")
        return s
    }

    @Test func diffSaysTheSameHoweverItsLineIsSpelled() throws {
        let s = try Self.sandbox()
        let plain = try s.cvtrack("diff", "--stat", "HEAD")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.out.contains("role added  1"), "\(plain.out)")
        for spelling in [["diff", "--stat", "--stat", "HEAD"], ["-C", ".", "diff", "--stat", "HEAD"], ["diff", "--stat", "HEAD", "--", "cv.md"],
                         ["diff", "--cached", "--stat"], ["diff", "--color=never", "--stat", "HEAD", "--format", "text"]] {
            let other = try Sandbox.run(Sandbox.cvtrackBinary, spelling, in: s.path, environment: Sandbox.gitEnvironment)
            #expect(other.status == 0 && other.out == plain.out, "\(spelling): \(other.out) \(other.stderr)")
        }
        let json = try s.cvtrack("diff", "--format=json", "HEAD")
        #expect(json.out.contains("\"path\" : \"cv.md\"") || json.out.contains("\"path\": \"cv.md\""), "\(json.out.prefix(200))")
        #expect(json.out.contains("Marlpit Systems"))
        let changed = try s.cvtrack("diff", "--exit-code", "HEAD")
        #expect(changed.status == 1, "--exit-code with a change exits 1: \(changed.said)")
    }

    @Test func validateStagedReadsTheStagedCVWithEitherName() throws {
        let s = try Self.sandbox()
        let staged = try s.cvtrack("validate", "--staged", "--no-spelling")
        #expect(staged.status == 0, "\(staged.said)")
        #expect(staged.out.hasPrefix("cv.md:") && staged.out.contains("in 1 file"), "the staged CV's finding: \(staged.out)")
        #expect(try s.cvtrack("validate", "--cached", "--no-spelling").out == staged.out)
        #expect(try s.cvtrack("validate", "--no-spelling", "--staged", "--staged").out == staged.out)
        let json = try s.cvtrack("validate", "--staged", "--no-spelling", "--format", "json")
        #expect(json.status == 0 && json.out.hasPrefix("["), "\(json.said)")
    }

    @Test(arguments: [
        (["validate", "cv.md", "--staged"], "give files, or --staged, or --rev, not several."),
        (["validate", "--format", "xml"], "--format must be one of"),
        (["diff", "--format", "xml", "HEAD"], "The value 'xml' is invalid for '--format <format>'"),
        (["diff", "--no-index", "cv.md"], "--no-index needs exactly two files."),
        (["diff", "--input-format=word", "HEAD"], "is invalid for '--input-format <format>'"),
        (["diff", "-s"], "Unknown option '-s'"),
    ])
    func badUsageIsArgumentParsersMessageAndExit64(_ args: [String], _ message: String) throws {
        let s = try Self.sandbox()
        let r = try Sandbox.run(Sandbox.cvtrackBinary, args, in: s.path, environment: Sandbox.gitEnvironment)
        #expect(r.status == 64, "\(args): \(r.said)")
        #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        #expect(r.stderr.contains("Usage: cvtrack \(args[0])"), "\(args): the usage names the command under cvtrack: \(r.stderr)")
        #expect(r.out.isEmpty)
    }

    @Test func helpAndVersionAreArgumentParsers() throws {
        let s = try Self.sandbox()
        let version = try s.cvtrack("--version")
        #expect(version.status == 0 && version.out.split(separator: "\n").count == 1 && version.out.first?.isNumber == true, "\(version.said)")
        #expect(try s.cvtrack("diff", "--version").out == version.out, "--version after a command prints the same")
        for command in ["diff", "validate"] {
            let help = try s.cvtrack(command, "--help")
            #expect(help.status == 0 && help.out.hasPrefix("OVERVIEW: ") && help.out.contains("USAGE: cvtrack \(command)"), "\(help.said)")
            #expect(try s.cvtrack("help", command).out == help.out)
            #expect(try s.cvtrack(command, "--staged", "-h").out == help.out)
        }
    }
}

extension RunResult {
    /// Exit status and both streams, for a failing expectation's message.
    fileprivate var said: String { "exit \(status): \(out) \(stderr)" }
}
