import Foundation
import Testing

/// The result of running a program.
struct RunResult {
    var status: Int32
    var stdout: Data
    var stderr: String
    var out: String { String(decoding: stdout, as: UTF8.self) }
}

/// A throwaway folder with a real git repository (or none), and the built `cvtrack` binary to run in it.
/// Each test makes its own; it is removed when the sandbox goes away.
final class Sandbox {
    let root: URL
    var path: String { root.path }

    init(git: Bool = true, file: String = #fileID) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cvtrack-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if git {
            try self.git("init", "-q", "-b", "main")
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// git with a fixed identity and no user or system configuration.
    static var gitEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("GIT_") { env.removeValue(forKey: key) }
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["GIT_AUTHOR_NAME"] = "Test Author"
        env["GIT_AUTHOR_EMAIL"] = "author@example.org"
        env["GIT_COMMITTER_NAME"] = "Test Author"
        env["GIT_COMMITTER_EMAIL"] = "author@example.org"
        env["NO_COLOR"] = "1"
        // The spelling caches of the tests' runs live in a folder of their own, never the user's ~/.cache.
        env["XDG_CACHE_HOME"] = NSTemporaryDirectory() + "cvtrack-tests-cache"
        return env
    }

    @discardableResult
    func git(_ args: String...) throws -> String {
        let r = try Sandbox.run("/usr/bin/git", args, in: path, environment: Sandbox.gitEnvironment)
        guard r.status == 0 else {
            throw SandboxError("git \(args.joined(separator: " ")) failed (\(r.status)): \(r.stderr)")
        }
        return r.out
    }

    func gitBytes(_ args: String...) throws -> Data {
        try Sandbox.run("/usr/bin/git", args, in: path, environment: Sandbox.gitEnvironment).stdout
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Writes a script git will run (a hook). The file is made by `install`, a child process, so this process never
    /// holds a writable descriptor to it: a descriptor of ours, even closed at once, lives on in any child another
    /// test spawns at that moment until the child execs, and git then fails to run the hook with "Text file busy"
    /// (ETXTBSY, seen in CI).
    func writeExecutable(_ relative: String, _ text: String) throws {
        let staging = root.appendingPathComponent(".script-\(UUID().uuidString)")
        try Data(text.utf8).write(to: staging)
        defer { try? FileManager.default.removeItem(at: staging) }
        let destination = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let r = try Sandbox.run("/usr/bin/install", ["-m", "0755", staging.path, destination.path], in: path, environment: [:])
        guard r.status == 0 else { throw SandboxError("install \(relative) failed (\(r.status)): \(r.stderr)") }
    }

    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relative))
    }

    func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    /// Runs the cvtrack binary in the sandbox (or `cwd` under it).
    func cvtrack(_ args: String..., cwd: String? = nil, environment extra: [String: String] = [:]) throws -> RunResult {
        var env = Sandbox.gitEnvironment
        for (k, v) in extra { env[k] = v }
        return try Sandbox.run(Sandbox.cvtrackBinary, args, in: cwd.map { path + "/" + $0 } ?? path, environment: env)
    }

    /// The cvtrack executable built beside this test bundle.
    static let cvtrackBinary: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // Inside an .xctest bundle on macOS, the products folder is further up.
        while !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("cvtrack").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("cvtrack").path
    }()

    @discardableResult
    static func run(_ program: String, _ args: [String], in cwd: String, environment: [String: String], stdin: Data? = nil) throws -> RunResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        p.environment = environment
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output never blocks the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async {
            errBox.data = errHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return RunResult(status: p.terminationStatus, stdout: outData, stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    /// The folder of the shared corpus and seeds, when present beside the project.
    static let shared: URL? = {
        let here = URL(fileURLWithPath: #filePath)
        let project = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = project.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds").path) ? shared : nil
    }()

    /// The project's own samples folder.
    static let samples: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
    }()
}

struct SandboxError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
