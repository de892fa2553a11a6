// swift-tools-version: 6.1
import PackageDescription

// Warnings are errors in every target of ours (the dependencies build as they are).
let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

let package = Package(
    name: "cvtrack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cvtrack", targets: ["cvtrack"]),
        .library(name: "CVCore", targets: ["CVCore"]),
        .library(name: "CVGit", targets: ["CVGit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // One system-library target per C library; nothing else lives in them.
        .systemLibrary(
            name: "Clibgit2", pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"]), .brew(["libgit2"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),

        .systemLibrary(
            name: "CHunspell", pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev", "hunspell-en-us", "hunspell-en-gb"]), .brew(["hunspell"])]),

        // libstemmer has no pkg-config file: the module map links it by name.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]),

        // Pure Swift core: model, parsers, diff, rules, tailoring, renderers. Never imports git.
        .target(
            name: "CVCore",
            dependencies: ["CCmarkGFM", "CLibXML2", "CStemmer", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        // Spelling through hunspell, with a cache of checked words so that most runs never load a dictionary.
        .target(name: "CVSpelling", dependencies: ["CVCore", "CHunspell"], swiftSettings: strict),
        // The only importer of libgit2.
        .target(name: "CVGit", dependencies: ["Clibgit2"], swiftSettings: strict),
        // What the commands share: the workspace (repository + .cvtrack.yml), CV sources. Wires CVCore and CVGit.
        .target(name: "CVTrackKit", dependencies: ["CVCore", "CVGit", "CVSpelling"], swiftSettings: strict),
        // The thin command line.
        .executableTarget(
            name: "cvtrack",
            dependencies: [
                "CVCore", "CVGit", "CVTrackKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        .testTarget(name: "CVCoreTests", dependencies: ["CVCore"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "CVGitTests", dependencies: ["CVGit"], swiftSettings: strict),
        .testTarget(name: "CVSpellingTests", dependencies: ["CVSpelling", "CVCore"], swiftSettings: strict),
        .testTarget(name: "cvtrackTests", dependencies: ["cvtrack", "CVCore", "CVGit", "CVTrackKit"], swiftSettings: strict),
    ]
)
