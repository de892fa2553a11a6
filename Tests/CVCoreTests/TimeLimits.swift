/// How long a parser may take on hostile input before a test calls it a hang. The "within a second"
/// is for release builds (see docs/benchmarks.md); debug builds on a loaded 2-core CI machine run string
/// code 5-10 times slower, so the tests guard against hangs, not against speed regressions.
#if DEBUG
    let robustnessLimit: Duration = .seconds(10)
#else
    let robustnessLimit: Duration = .seconds(1)
#endif
