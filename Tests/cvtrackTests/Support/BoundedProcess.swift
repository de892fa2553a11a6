import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The result of one process run under a deadline: how it ended, what it printed, and what it cost.
struct BoundedRun: Sendable {
    /// The exit code, or -1 when a signal ended the process.
    var status: Int32
    /// The signal that ended the process, if one did.
    var signal: Int32?
    var stdout: Data
    var stderr: String
    /// Wall-clock seconds from start to exit.
    var wallSeconds: Double
    /// User plus system CPU seconds of the process (from `wait4`), independent of how loaded the machine is.
    var cpuSeconds: Double
    /// The deadline passed and the process was killed (a hang).
    var timedOut: Bool
    var out: String { String(decoding: stdout, as: UTF8.self) }

    /// The words a crash prints (Swift runtime traps, sanitizers, libc aborts).
    static let crashMarkers = ["Fatal error", "Stack dump", "Backtrace", "Segmentation fault", "Illegal instruction", "AddressSanitizer",
                               "💣", "Current stack trace", "Aborted", "Assertion failed", "precondition failed"]

    var looksLikeCrash: Bool {
        (signal != nil && !timedOut) || Self.crashMarkers.contains { stderr.contains($0) }
    }

    /// A one-line summary for test messages.
    var summary: String {
        let how = timedOut ? "timed out" : signal.map { "killed by signal \($0)" } ?? "exit \(status)"
        return "\(how) in \(String(format: "%.2f", wallSeconds)) s (cpu \(String(format: "%.2f", cpuSeconds)) s); stderr: \(stderr.prefix(600))"
    }
}

/// Runs programs with `posix_spawn` under a wall-clock deadline (a hang is killed with SIGKILL and reported), with
/// standard output and error going to files (no pipe can fill up and block the child), and the child's own CPU time
/// from `wait4`. Used by the bad-input, fault and concurrency suites.
enum BoundedProcess {
    /// The wall-clock limit for one run of cvtrack on bad input. The contract is "within a second" of the process's own
    /// time (`cpuSeconds`, checked by the tests); the wall-clock deadline is looser, because the tests run in parallel on
    /// a 2-core machine shared with builds, and exists to catch hangs. `CVTRACK_TEST_DEADLINE` overrides it.
    static let defaultDeadline: Double = {
        ProcessInfo.processInfo.environment["CVTRACK_TEST_DEADLINE"].flatMap(Double.init) ?? 5
    }()

    /// Runs `program` with `args` in `cwd`.
    /// - `deadline`: seconds after which the process is killed (SIGKILL) and the result says `timedOut`.
    /// - `killAfter`: seconds after which the process is killed on purpose (SIGKILL), e.g. to test an interrupted write;
    ///   such a kill is not reported as `timedOut`.
    /// - `killWhen`: polled about every 0.1 ms while the process runs; the process is killed (SIGKILL) once it returns true.
    /// - `stdin`: bytes for standard input (default: /dev/null).
    static func run(
        _ program: String, _ args: [String], in cwd: String, environment: [String: String],
        deadline: Double = defaultDeadline, killAfter: Double? = nil, killWhen: (() -> Bool)? = nil, stdin: Data? = nil
    ) throws -> BoundedRun {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cvtrack-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        var inPath = "/dev/null"
        if let stdin {
            inPath = scratch.appendingPathComponent("in").path
            try stdin.write(to: URL(fileURLWithPath: inPath))
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default signal dispositions and an empty mask in the child, whatever the test runner set.
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // `env -C DIR` changes folder and then execs the program in the same process (Swift's Glibc module does not
        // import posix_spawn_file_actions_addchdir_np).
        let argv: [UnsafeMutablePointer<CChar>?] = (["/usr/bin/env", "-C", cwd, program] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let start = Date()
        let rc = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, envp)
        guard rc == 0 else { throw SandboxError("cannot start \(program): \(String(cString: strerror(rc)))") }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var killed = false
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if r < 0 && errno != EINTR { throw SandboxError("wait4 failed: \(String(cString: strerror(errno)))") }
            let elapsed = Date().timeIntervalSince(start)
            if let killWhen, !killed, killWhen() {
                kill(pid, SIGKILL)
                killed = true
            } else if let killAfter, !killed, elapsed >= killAfter {
                kill(pid, SIGKILL)
                killed = true
            } else if elapsed >= deadline, !killed {
                kill(pid, SIGKILL)
                killed = true
                timedOut = true
            }
            usleep(killAfter == nil && killWhen == nil ? 2000 : 100)
        }
        let wall = Date().timeIntervalSince(start)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
        // WIFEXITED / WTERMSIG by hand (the C macros are not imported).
        let signal = status & 0x7F
        let exited = signal == 0
        return BoundedRun(
            status: exited ? (status >> 8) & 0xFF : -1, signal: exited ? nil : signal,
            stdout: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(),
            stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
            wallSeconds: wall, cpuSeconds: cpu, timedOut: timedOut)
    }

    /// Runs the cvtrack binary with the sandbox's git environment (fixed identity, no user configuration).
    static func cvtrack(
        _ args: [String], in cwd: String, environment extra: [String: String] = [:], deadline: Double = defaultDeadline,
        killAfter: Double? = nil, killWhen: (() -> Bool)? = nil, stdin: Data? = nil
    ) throws -> BoundedRun {
        var env = Sandbox.gitEnvironment
        for (k, v) in extra { env[k] = v }
        return try run(Sandbox.cvtrackBinary, args, in: cwd, environment: env, deadline: deadline, killAfter: killAfter, killWhen: killWhen,
                       stdin: stdin)
    }

    /// Whether this process runs as root (where permission bits do not stop reads or writes).
    static var isRoot: Bool { geteuid() == 0 }

    /// `setpriv`, used to drop from root to `nobody` so that permission tests mean something when the suite runs as root.
    static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The uid and gid of `nobody` (65534 on Debian and Ubuntu).
    static let nobody: (uid: UInt32, gid: UInt32) = (65534, 65534)
}
