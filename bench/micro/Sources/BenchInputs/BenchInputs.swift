// The inputs and operations the micro-benchmarks measure, shared by the benchmark target (wall clock, mallocs,
// peak memory, and instructions where the CPU's counters are exposed) and by `cvcore-repeat` (instructions
// under callgrind, see bench/micro/instructions.sh).
//
// Inputs (nothing is copied into the repository):
// - bench/data/cv16k.md: the 16 KB Markdown CV of bench/gen-cv.py (written here when missing);
// - its second version, made by `CVEdits.secondVersion` (the same edits as bench/compare.sh);
// - samples/job-platform-engineer.md: the job ad for tailoring;
// - ../shared/seeds/*.txt beside the repository, when present (skipped with a note otherwise).
import CVCore
import Foundation

/// One measured operation: `run` does the work once and returns a number read off its result, so that the
/// optimiser cannot drop the work.
public struct MeasuredOperation: Sendable {
    public var name: String
    public var run: @Sendable () throws -> Int
}

public enum Operations {
    /// Every operation, in the order they are reported. Inputs are read and parsed here, once.
    public static func all() throws -> [MeasuredOperation] {
        let inputs = try Inputs.load()
        let cv = inputs.cv
        let cvBytes = Array(cv.utf8)
        let secondBytes = Array(inputs.cvSecondVersion.utf8)
        let documentA = try CVReader.parse(text: cv, path: "cv16k.md")
        let documentB = try CVReader.parse(text: inputs.cvSecondVersion, path: "cv16k.md")
        let job = inputs.job
        // A fixed date, so that date-future and "present" do not change with the calendar.
        let today = PartialDate(year: 2026, month: 6, day: 1)

        var ops: [MeasuredOperation] = []
        ops.append(MeasuredOperation(name: "parse cv16k.md (Markdown, \(cvBytes.count / 1024) KB)") {
            try CVReader.parse(cvBytes, path: "cv16k.md").roles.count
        })
        for seed in inputs.seeds {
            ops.append(MeasuredOperation(name: "parse seed \(seed.name) (\(seed.format.rawValue), \(seed.bytes.count) B)") {
                try CVReader.parse(seed.bytes, path: seed.name, format: seed.format).roles.count
            })
        }
        ops.append(MeasuredOperation(name: "diff cv16k v1 -> v2 (models parsed)") {
            CVDiffer.diff(documentA, documentB).changes.count
        })
        ops.append(MeasuredOperation(name: "diff cv16k v1 -> v2 (parse both + diff)") {
            let a = try CVReader.parse(cvBytes, path: "cv16k.md")
            let b = try CVReader.parse(secondBytes, path: "cv16k.md")
            return CVDiffer.diff(a, b).changes.count
        })
        ops.append(MeasuredOperation(name: "validate cv16k.md (parse + rules, no spelling)") {
            Validator.validate(text: cv, path: "cv16k.md", today: today, spellChecker: nil).count
        })
        ops.append(MeasuredOperation(name: "validate cv16k.md (rules only, model parsed)") {
            Validator.validate(
                text: cv, format: .markdown, document: documentA, parseError: nil, today: today, spellChecker: nil
            ).count
        })
        for seed in inputs.seeds {
            ops.append(MeasuredOperation(name: "validate seed \(seed.name) (parse + rules, no spelling)") {
                Validator.validate(bytes: seed.bytes, path: seed.name, format: seed.format, today: today).count
            })
        }
        ops.append(MeasuredOperation(name: "tailor score cv16k.md vs job ad (job read + match)") {
            Tailor.match(document: documentA, job: Tailor.analyze(job: job), referenceYear: 2026).score
        })
        ops.append(MeasuredOperation(name: "tailor variant cv16k.md for job ad (full variant)") {
            Tailor.variant(text: cv, document: documentA, job: job, options: TailorOptions(referenceYear: 2026))
                .text.utf8.count
        })
        return ops
    }
}

/// The benchmark inputs, found from this source file's place in the repository.
public struct Inputs: Sendable {
    public struct Seed: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public var format: CVFormat
    }

    public var cv: String
    public var cvSecondVersion: String
    public var job: String
    public var seeds: [Seed]

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// bench/micro/Sources/BenchInputs/this file → the repository root, four folders up.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static func load() throws -> Inputs {
        let root = repositoryRoot
        let cvURL = root.appendingPathComponent("bench/data/cv16k.md")
        if !FileManager.default.fileExists(atPath: cvURL.path) { try generateCV(at: cvURL, root: root) }
        let cv = try String(contentsOf: cvURL, encoding: .utf8)
        let job = try String(contentsOf: root.appendingPathComponent("samples/job-platform-engineer.md"), encoding: .utf8)
        let second = try CVEdits.secondVersion(of: cv)

        var seeds: [Seed] = []
        let seedFolder = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: seedFolder.path) {
            for name in names.sorted() where name.hasSuffix(".txt") {
                let bytes = [UInt8](try Data(contentsOf: seedFolder.appendingPathComponent(name)))
                let text = try CVReader.decode(bytes)
                seeds.append(Seed(name: name, bytes: bytes, format: CVReader.detectFormat(text: text, path: name)))
            }
        } else {
            FileHandle.standardError.write(Data("note: \(seedFolder.path) not found: the seed benchmarks are skipped\n".utf8))
        }
        return Inputs(cv: cv, cvSecondVersion: second, job: job, seeds: seeds)
    }

    /// Runs `python3 bench/gen-cv.py > bench/data/cv16k.md` (what `make bench-micro` and bench/run.sh do too).
    static func generateCV(at url: URL, root: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("bench/gen-cv.py").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, !data.isEmpty else {
            throw Failure(description: "\(url.path) is missing and bench/gen-cv.py failed")
        }
        try data.write(to: url, options: .atomic)
    }
}

/// The second version of the 16 KB CV: one realistic commit of several CV-level changes. bench/compare.sh makes
/// the same edits (in Python) for graphtage and deepdiff.
public enum CVEdits {
    static let newRole = """
        ### Fjord Systems

        **Principal Engineer** • Jul 2024 – Present · Bristol, UK

        - Led the platform team's move to Kubernetes and Terraform, for 6 teams.
        - Built the event pipeline in Kafka and Go, cutting latency by 40%.

        """

    public static func secondVersion(of cv: String) throws -> String {
        var lines = cv.components(separatedBy: "\n")
        func index(_ predicate: (String) -> Bool, _ what: String) throws -> Int {
            guard let i = lines.firstIndex(where: predicate) else { throw Inputs.Failure(description: "cv16k.md: no \(what)") }
            return i
        }
        let bullets = lines.indices.filter { lines[$0].hasPrefix("- ") && !lines[$0].contains("**") }
        guard bullets.count > 10 else { throw Inputs.Failure(description: "cv16k.md: fewer than 11 bullets") }
        // 1. A bullet reworded (the third), 2. a bullet removed (the tenth).
        lines[bullets[2]] = String(lines[bullets[2]].dropLast()) + ", mentoring two engineers."
        lines.remove(at: bullets[9])
        // 3. A skill added.
        let data = try index({ $0.hasPrefix("- **Data:**") }, "Data skills line")
        lines[data] += ", ClickHouse"
        // 4. The current role ends, 5. a new role above it.
        let current = try index({ $0.contains("– Present") }, "current role")
        lines[current] = lines[current].replacingOccurrences(of: "– Present", with: "– Jun 2024")
        let experience = try index({ $0 == "## Experience" }, "Experience heading")
        lines.insert(contentsOf: newRole.components(separatedBy: "\n"), at: experience + 2)
        return lines.joined(separator: "\n")
    }
}
