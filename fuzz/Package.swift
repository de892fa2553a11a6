// swift-tools-version: 6.1
import Foundation
import PackageDescription

// libFuzzer harnesses for cvtrack's parsers and differ, in a package of their own so that the main build never
// sees the sanitizer flags. Build and run with `make fuzz` (fuzz/run.sh); see docs/robustness.md.
//
// The root package is a path dependency; its identity is the name of its folder, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "cvtrack-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // One binary, one harness per parser and one for the differ, chosen by FUZZ_HARNESS (see Harness.swift).
        .executableTarget(
            name: "cvtrack-fuzz",
            dependencies: [.product(name: "CVCore", package: rootIdentity)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
