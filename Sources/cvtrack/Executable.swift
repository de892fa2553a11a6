#if canImport(Glibc)
    import Glibc
#endif

/// The path of the running cvtrack, for the commands it writes into git's configuration.
enum Executable {
    static var path: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return "cvtrack" }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
