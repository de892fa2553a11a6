import CVGit
import Foundation
import Testing

/// Output of one git command.
struct GitOutput {
    let status: Int32
    let stdout: [UInt8]
    let stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
    /// stdout without the final newline.
    var trimmed: String {
        var text = self.text
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
    var lines: [String] { trimmed.isEmpty ? [] : trimmed.components(separatedBy: "\n") }
}

struct GitCommandFailed: Error, CustomStringConvertible {
    let arguments: [String]
    let output: GitOutput
    var description: String { "git \(arguments.joined(separator: " ")) exited \(output.status): \(output.stderr)" }
}

/// Process-wide test set-up: an empty HOME for the git CLI, and libgit2 kept away from the machine's
/// `~/.gitconfig` and `/etc/gitconfig` (so identities and `safe.directory` come from each test's repository).
enum TestEnvironment {
    static let home: String = {
        let home = makeTemporaryDirectory(prefix: "cvgit-home")
        for level in [LibGit2.ConfigLevel.global, .xdg, .system] {
            try? LibGit2.setConfigSearchPath(home, for: level)
        }
        return home
    }()

    /// The environment of every git command: no system or user config, a fixed identity.
    static func gitEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment: [String: String] = [
            "HOME": home, "XDG_CONFIG_HOME": home + "/.config", "GIT_CONFIG_NOSYSTEM": "1",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C", "LC_ALL": "C",
            "GIT_AUTHOR_NAME": "Test Author", "GIT_AUTHOR_EMAIL": "author@example.com",
            "GIT_COMMITTER_NAME": "Test Committer", "GIT_COMMITTER_EMAIL": "committer@example.com",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }
}

func makeTemporaryDirectory(prefix: String) -> String {
    var base = NSTemporaryDirectory()
    while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
    var template = Array((base + "/\(prefix)-XXXXXX").utf8CString)
    let result = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(result != nil, "mkdtemp failed")
    return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
}

/// Runs `/usr/bin/git` with the test environment.
@discardableResult
func runGit(
    _ arguments: [String], in directory: String, input: [UInt8]? = nil, environment extra: [String: String] = [:],
    allowFailure: Bool = false
) throws -> GitOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = TestEnvironment.gitEnvironment(extra)
    // Temporary files rather than pipes: no deadlock whatever the output size.
    let scratch = makeTemporaryDirectory(prefix: "cvgit-io")
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let outPath = scratch + "/out"
    let errPath = scratch + "/err"
    let inPath = scratch + "/in"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    _ = FileManager.default.createFile(atPath: inPath, contents: Data(input ?? []))
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    let inHandle = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inHandle
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    try inHandle.close()
    let output = GitOutput(
        status: process.terminationStatus,
        stdout: [UInt8](FileManager.default.contents(atPath: outPath) ?? Data()),
        stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    if output.status != 0 && !allowFailure { throw GitCommandFailed(arguments: arguments, output: output) }
    return output
}

/// A throwaway repository in its own temporary folder, made and inspected with the git CLI.
final class GitSandbox {
    /// The temporary folder (removed in deinit).
    let root: String
    /// The work tree (or the git directory of a bare repository).
    let path: String
    private var clock = 1_700_000_000

    init(bare: Bool = false, initialize: Bool = true) throws {
        _ = TestEnvironment.home
        root = makeTemporaryDirectory(prefix: "cvgit")
        path = root + "/repo"
        if initialize {
            var arguments = ["init", "-q", "-b", "main"]
            if bare { arguments.append("--bare") }
            try runGit(arguments + [path], in: root)
        } else {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Runs git in the work tree; commits get increasing dates one minute apart.
    @discardableResult
    func git(
        _ arguments: String..., input: [UInt8]? = nil, environment: [String: String] = [:], allowFailure: Bool = false
    )
        throws -> GitOutput
    {
        try git(arguments, input: input, environment: environment, allowFailure: allowFailure)
    }

    @discardableResult
    func git(
        _ arguments: [String], input: [UInt8]? = nil, environment: [String: String] = [:], allowFailure: Bool = false
    )
        throws -> GitOutput
    {
        clock += 60
        var dated = ["GIT_AUTHOR_DATE": "@\(clock) +0000", "GIT_COMMITTER_DATE": "@\(clock) +0000"]
        dated.merge(environment) { _, new in new }
        return try runGit(arguments, in: path, input: input, environment: dated, allowFailure: allowFailure)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path + "/" + relative).map { [UInt8]($0) }
    }

    /// `git add -A && git commit -m message`; returns the new HEAD.
    @discardableResult
    func commitAll(_ message: String) throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
        return try git("rev-parse", "HEAD").trimmed
    }

    func revParse(_ spec: String) throws -> String {
        try git("rev-parse", "--verify", "-q", spec).trimmed
    }

    /// `git count-objects -v` (loose and packed counts), to show that nothing was written.
    func objectCounts() throws -> String {
        try git("count-objects", "-v").lines.filter { !$0.hasPrefix("size") }.joined(separator: "\n")
    }

    func fsck() throws -> GitOutput {
        try git(["fsck", "--full", "--strict"], allowFailure: true)
    }

    func open() throws -> Repository {
        try Repository.open(at: path)
    }
}

extension ObjectID {
    init(_ hex: String) throws {
        self = try #require(ObjectID(hex: hex))
    }
}
