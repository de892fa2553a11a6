/// How long a parser may take on hostile input before a test calls it a hang. The "within a second"
/// is for release builds (see docs/benchmarks.md); debug builds on a loaded 2-core CI machine run string
/// code 5-10 times slower, so the tests guard against hangs, not against speed regressions.
#if DEBUG
    let robustnessLimit: Duration = .seconds(10)
#else
    let robustnessLimit: Duration = .seconds(1)
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The CPU time the calling thread spends in `body`: what a hang guard should count. Wall-clock time also
/// counts the other test suites and builds that share a loaded 2-core machine, which made these guards fail
/// on machines that were only busy. Speed itself is measured by `make bench`, not by tests.
func threadCPUTime(_ body: () throws -> Void) rethrows -> Duration {
    func now() -> Duration {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
    }
    let start = now()
    try body()
    return now() - start
}
