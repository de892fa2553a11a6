// swift-tools-version: 6.1
import PackageDescription

// Warnings are errors in every target of ours (the dependencies build as they are).
let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]
// Where libxml2's headers are, for the Swift code that reads its node structs (CLibXML2 loads the library).
let libxml2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]

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
        // libgit2, cmark-gfm and libstemmer: headers only here; CLinkage links their static archives.
        .systemLibrary(name: "Clibgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // libxml2's HTML parser, loaded with dlopen on first use (only CVs holding HTML need it). Its headers
        // live in /usr/include/libxml2 (pkg-config --cflags libxml-2.0 on Debian and Ubuntu).
        .target(name: "CLibXML2", cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])]),

        // hunspell, loaded with dlopen on first use (its C API is six functions): most runs never need it.
        .target(name: "CHunspell"),

        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        // How cvtrack links those three: statically (a process loads 19 fewer shared libraries, about 4 ms of
        // every start), and libgit2 without its TLS stream and Negotiate authentication, which cvtrack never
        // uses and whose initialiser parses the system CA bundle on every run (5-9 ms). See no_network.c.
        // The archives come with the Debian -dev packages the Makefile installs.
        .target(
            name: "CLinkage",
            linkerSettings: [
                .linkedLibrary(":libgit2.a"), .linkedLibrary(":libmbedtls.a"), .linkedLibrary(":libmbedx509.a"),
                .linkedLibrary(":libmbedcrypto.a"), .linkedLibrary(":libhttp_parser.a"), .linkedLibrary(":libssh2.a"),
                .linkedLibrary(":libcrypto.a"), .linkedLibrary(":libpcre2-8.a"), .linkedLibrary(":libz.a"),
                .linkedLibrary(":libcmark-gfm-extensions.a"), .linkedLibrary(":libcmark-gfm.a"),
                .linkedLibrary(":libstemmer.a"),
            ]),

        // Pure Swift core: model, parsers, diff, rules, tailoring, renderers. Never imports git.
        .target(
            name: "CVCore",
            dependencies: ["CCmarkGFM", "CLibXML2", "CStemmer", "CLinkage", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict + libxml2Headers + [.enableUpcomingFeature("MemberImportVisibility")]),
        // Spelling through hunspell, with a cache of checked words so that most runs never load a dictionary.
        .target(name: "CVSpelling", dependencies: ["CVCore", "CHunspell"], swiftSettings: strict),
        // The only importer of libgit2.
        .target(name: "CVGit", dependencies: ["Clibgit2", "CLinkage"], swiftSettings: strict),
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
