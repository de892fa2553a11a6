import Foundation
@testable import CVSpelling

/// Shared test inputs: the real CVs in ../shared (skipped when absent), the system dictionaries,
/// throwaway cache directories, and a simple word splitter.
enum SpellingFixtures {
    static let sharedDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static let seedPaths = ["000_fb3b53788010aff8.txt", "001_9a63d334eb8a7d54.txt", "002_6232cc96241afb48.txt"]
        .map { sharedDirectory.appendingPathComponent("seeds/\($0)").path }

    static var corpusPaths: [String] {
        let directory = sharedDirectory.appendingPathComponent("corpus/cvs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appendingPathComponent($0).path }
    }

    static var seedsAvailable: Bool { seedPaths.allSatisfy { FileManager.default.fileExists(atPath: $0) } }

    static func hasDictionary(_ language: String) -> Bool {
        (try? DictionaryLocator().locate(language)) != nil
    }

    static func text(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Runs of letters, digits, apostrophes and hyphens, trimmed of edge punctuation: what a
    /// spelling rule would hand the checker, roughly.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            let trimmed = current.trimmingCharacters(in: CharacterSet(charactersIn: "'’-"))
            if !trimmed.isEmpty { words.append(trimmed) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-" {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// A fresh directory under the system temporary directory.
    static func temporaryDirectory() -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("cvspelling-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
