// swift-tools-version: 6.1
import PackageDescription
import Foundation

// Warnings are errors in every target of ours (the dependencies build as they are).
let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]
// Where libxml2's headers are, for the Swift code that reads its node structs (CLibXML2 loads the library).
let libxml2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]

/// How cvtrack links libgit2, cmark-gfm and libstemmer. Statically where the system has the archives of the
/// configuration this was built and measured on (Debian 12's libgit2 1.5 with mbedTLS: `no_network.c` replaces
/// its TLS stream and Negotiate auth, and the process loads 19 fewer shared libraries). Anywhere else
/// (another libgit2 build, a missing archive, or CVTRACK_DYNAMIC_C_LIBS=1), dynamically, as pkg-config says:
/// slower to start, never a link failure.
enum CLibraries {
    static let libraryDirectories = [
        "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib",
    ]
    /// `pkg-config --static --libs-only-l libgit2` on Debian 12, the set the static link is known to work with.
    static let knownLibgit2Dependencies = ["git2", "mbedtls", "mbedx509", "mbedcrypto", "http_parser", "ssh2", "rt", "pcre2-8", "z"]

    static func pkgConfig(_ arguments: [String]) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pkg-config"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// mimalloc (Debian's libmimalloc-dev), linked into the command when it is installed: it replaces malloc for the
    /// whole process, and `log`'s first run, which allocates and frees the parts of every version it reads on two
    /// threads, takes about a tenth less time with it (docs/benchmarks.md, session 14). Without it, glibc's malloc.
    static let allocator: [LinkerSetting] = {
        guard ProcessInfo.processInfo.environment["CVTRACK_SYSTEM_MALLOC"] == nil,
            libraryDirectories.contains(where: { FileManager.default.fileExists(atPath: "\($0)/libmimalloc.so") })
        else { return [] }
        return [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
    }()

    static func hasArchive(_ name: String) -> Bool {
        libraryDirectories.contains { FileManager.default.fileExists(atPath: "\($0)/lib\(name).a") }
    }

    static let linkerSettings: [LinkerSetting] = {
        let dynamic: [LinkerSetting] = ["git2", "cmark-gfm-extensions", "cmark-gfm", "stemmer"].map { .linkedLibrary($0) }
        guard ProcessInfo.processInfo.environment["CVTRACK_DYNAMIC_C_LIBS"] == nil,
            let flags = pkgConfig(["--static", "--libs-only-l", "libgit2"]),
            flags.map({ String($0.dropFirst(2)) }) == knownLibgit2Dependencies
        else { return dynamic }
        // Those archives (librt stays shared), libssh2's followed by OpenSSL's libcrypto (its backend on Debian).
        let archives = knownLibgit2Dependencies.flatMap { $0 == "rt" ? [] : $0 == "ssh2" ? ["ssh2", "crypto"] : [$0] }
            + ["cmark-gfm-extensions", "cmark-gfm", "stemmer"]
        guard archives.allSatisfy(hasArchive) else { return dynamic }
        return archives.map { .linkedLibrary(":lib\($0).a") } + [.linkedLibrary("rt")]
    }()
}

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
        // libgit2, cmark-gfm and libstemmer: headers only here; CLinkage links them.
        .systemLibrary(name: "Clibgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // libxml2's HTML parser, loaded with dlopen on first use (only CVs holding HTML need it). Its headers
        // live in /usr/include/libxml2 (pkg-config --cflags libxml-2.0 on Debian and Ubuntu).
        .target(name: "CLibXML2", cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])]),

        // hunspell, loaded with dlopen on first use (its C API is six functions): most runs never need it.
        .target(name: "CHunspell"),

        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        // How cvtrack links those three (see CLibraries above): their static archives where it can, libgit2
        // without its TLS stream and Negotiate auth (no_network.c), which cvtrack never uses and whose initialiser
        // parses the system CA bundle on every run (5-9 ms).
        .target(
            name: "CLinkage", linkerSettings: CLibraries.linkerSettings),

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
            swiftSettings: strict, linkerSettings: CLibraries.allocator),

        .testTarget(name: "CVCoreTests", dependencies: ["CVCore"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "CVGitTests", dependencies: ["CVGit"], swiftSettings: strict),
        .testTarget(name: "CVSpellingTests", dependencies: ["CVSpelling", "CVCore"], swiftSettings: strict),
        .testTarget(name: "cvtrackTests", dependencies: ["cvtrack", "CVCore", "CVGit", "CVTrackKit"], swiftSettings: strict),
    ]
)
