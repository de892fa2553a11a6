#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import CVCore

/// The seeds and job ads of ../shared (next to /work/main), read through #filePath; nil when absent.
enum TailorCorpus {
    static let shared: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        // …/main/Tests/CVCoreTests/TailorCorpus.swift → …/shared
        parts.removeLast(4)
        return parts.joined(separator: "/") + "/shared"
    }()

    static func read(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: shared + "/" + relative) else { return nil }
        return try? CVReader.decode(Array(data))
    }

    static func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: shared + "/" + relative) }

    static let hasSeedsAndJobs = exists("seeds") && exists("corpus/jobs")

    struct Seed: Sendable {
        var id: String
        var text: String
        var document: CVDocument
    }

    /// The three seeds, parsed as their formats: 000 and 001 are Markdown, 002 plain text.
    static let seeds: [Seed] = {
        let files = [("000", "seeds/000_fb3b53788010aff8.txt", "cv.md"), ("001", "seeds/001_9a63d334eb8a7d54.txt", "cv.md"),
                     ("002", "seeds/002_6232cc96241afb48.txt", "cv.txt")]
        return files.compactMap { id, file, path in
            guard let text = read(file), let doc = try? CVReader.parse(text: text, path: path) else { return nil }
            return Seed(id: id, text: text, document: doc)
        }
    }()

    static let cloudflare = "corpus/jobs/cloudflare-systems-reliability-engineer-edge.md"
    static let segment = "corpus/jobs/segment-infrastructure-engineer.md"
    static let thumbtack = "corpus/jobs/thumbtack-product-data-scientist-customer-growth.md"

    /// Every job ad of ../shared/corpus/jobs, as paths relative to ../shared (none when absent).
    static let allJobs: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: shared + "/corpus/jobs")) ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted().map { "corpus/jobs/" + $0 }
    }()

    static func job(_ relative: String) -> JobAd? { read(relative).map(JobAd.init(parsing:)) }

    static func seed(_ id: String) -> Seed? { seeds.first { $0.id == id } }

    /// Recency is counted from a fixed year so that results do not move with the clock.
    static let year = 2026

    static func score(_ seed: Seed, _ job: JobAd) -> Int {
        Tailor.match(document: seed.document, job: job, referenceYear: year).score
    }
}
