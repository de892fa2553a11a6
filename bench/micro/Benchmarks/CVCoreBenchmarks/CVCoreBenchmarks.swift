// In-process micro-benchmarks of CVCore: parse, diff, validate (rules without spelling) and tailor; the
// operations and their inputs are in Sources/BenchInputs. Metrics: wall clock, instructions (only where the
// CPU's performance counters are exposed to the process: see bench/micro/instructions.sh otherwise), malloc
// count, peak resident memory. Only the operation runs inside the measured loop.
import Benchmark
import BenchInputs
import Foundation

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .instructions, .mallocCountTotal, .peakMemoryResident],
        // Exact malloc counts and microseconds: the automatic units round 15,123 mallocs to "15 K".
        timeUnits: .microseconds,
        units: [.mallocCountTotal: .count, .instructions: .kilo],
        warmupIterations: 3,
        maxDuration: .seconds(3),
        maxIterations: 1_000)

    let operations: [MeasuredOperation]
    do {
        operations = try Operations.all()
    } catch {
        FileHandle.standardError.write(Data("cvtrack micro-benchmarks: \(error)\n".utf8))
        return
    }
    for operation in operations {
        Benchmark(operation.name) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try operation.run())
            }
        }
    }
}
