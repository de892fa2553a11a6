// swift-tools-version: 6.1
// In-process micro-benchmarks of CVCore (parse, diff, validate, tailor) with ordo-one/benchmark.
// A separate package so that the root package does not depend on the benchmark tool.
// Run from the repository root: `make bench-micro` (or `swift package --package-path bench/micro benchmark`).
import PackageDescription

let package = Package(
    name: "cvtrack-micro-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The benchmark tool; only the MallocInterposer trait (malloc counts) is enabled: the default
        // RuntimeInterposer trait would need swift-runtime-interposer, which these benchmarks do not use.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        // The root package (cvtrack), for its CVCore library product.
        .package(name: "cvtrack", path: "../.."),
    ],
    targets: [
        // The operations measured and their inputs, shared by the two executables below.
        .target(
            name: "BenchInputs",
            dependencies: [.product(name: "CVCore", package: "cvtrack")],
            swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]
        ),
        // Runs one operation N times: instruction counts under callgrind (bench/micro/instructions.sh).
        .executableTarget(
            name: "cvcore-repeat",
            dependencies: ["BenchInputs"],
            swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]
        ),
        .executableTarget(
            name: "CVCoreBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                "BenchInputs",
            ],
            path: "Benchmarks/CVCoreBenchmarks",
            swiftSettings: [.unsafeFlags(["-warnings-as-errors"])],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
