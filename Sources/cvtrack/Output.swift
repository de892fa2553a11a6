#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to standard output and standard error without Foundation (file descriptors: the C `stdout`
/// global is not concurrency-safe in Swift 6).
enum Output {
    /// Raw bytes to standard output, after whatever `print` buffered.
    static func write(_ bytes: [UInt8]) {
        fflush(nil)
        writeAll(STDOUT_FILENO, bytes)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // EPIPE (the reader went away): stop quietly, like git.
                }
                offset += n
            }
        }
    }

    /// A one-line error on standard error: `cvtrack: <message>`.
    static func error(_ message: String) {
        let line = message.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "; ")
        fflush(nil)
        writeAll(STDERR_FILENO, Array(("cvtrack: " + line + "\n").utf8))
    }

    static func warning(_ message: String) {
        fflush(nil)
        writeAll(STDERR_FILENO, Array(("cvtrack: warning: " + message + "\n").utf8))
    }

    /// Whether standard output is a terminal and colour is allowed (`NO_COLOR` unset).
    static var useColor: Bool {
        isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil
    }
}
