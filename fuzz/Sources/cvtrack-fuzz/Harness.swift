import CVCore

#if canImport(Glibc)
    import Glibc
#endif

/// The harnesses, by name. Each takes the fuzzer's bytes and must return without crashing, hanging or leaking
/// whatever they hold; errors thrown for bad input are the expected outcome and are ignored.
enum Harness: String, CaseIterable {
    /// Markdown (cmark-gfm, front matter, embedded HTML through libxml2).
    case markdown
    /// Plain text (including text extracted from a PDF).
    case text
    /// LaTeX (the TeX reader, the CV macro table, user macros expanded; no files to include).
    case latex
    /// JSON Resume as JSON.
    case jsonresumeJSON = "jsonresume-json"
    /// JSON Resume as YAML.
    case jsonresumeYAML = "jsonresume-yaml"
    /// RenderCV YAML.
    case rendercv
    /// The job-ad reader and the tailoring of a fixed CV to the ad.
    case jobad
    /// Format detection plus parsing as `cvtrack parse FILE` does it (no format given).
    case detect
    /// The differ: the input is cut in two halves, each read as a CV (format detected), and the two are diffed.
    case diff
    /// Markdown read a segment at a time through one memo (kept across inputs, as `cvtrack log` keeps it across
    /// versions) must equal Markdown read whole: any difference aborts.
    case segments

    func run(_ bytes: [UInt8]) {
        switch self {
        case .markdown: _ = try? CVReader.parse(bytes, path: "cv.md", format: .markdown)
        case .text: _ = try? CVReader.parse(bytes, path: "cv.txt", format: .plainText)
        case .latex: _ = try? CVReader.parse(bytes, path: "cv.tex", format: .latex)
        case .jsonresumeJSON: _ = try? CVReader.parse(bytes, path: "resume.json", format: .jsonResume)
        case .jsonresumeYAML: _ = try? CVReader.parse(bytes, path: "resume.yaml", format: .jsonResume)
        case .rendercv: _ = try? CVReader.parse(bytes, path: "cv.yaml", format: .renderCV)
        case .detect: _ = try? CVReader.parse(bytes, path: "cv")
        case .jobad:
            guard let job = String(validating: bytes, as: UTF8.self) else { return }
            _ = JobAd(parsing: job)
            _ = Tailor.variant(text: Harness.cvText, document: Harness.cv, job: job, options: TailorOptions(maxBullets: 2))
        case .diff:
            let half = bytes.count / 2
            guard let old = try? CVReader.parse(Array(bytes[..<half]), path: "old"),
                  let new = try? CVReader.parse(Array(bytes[half...]), path: "new")
            else { return }
            _ = CVDiffer.diff(old, new)
        case .segments:
            guard let text = try? CVReader.decode(bytes) else { return }
            let whole = try? MarkdownCVParser().parse(text)
            let parts = try? MarkdownCVParser(memo: Harness.memo).parse(text)
            if whole != parts {
                let message = Array("cvtrack-fuzz: read in segments differs from read whole\n".utf8)
                _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
                abort()
            }
        }
    }

    /// The memo the segments harness reads through (small, so that it also drops what it holds).
    static let memo = MarkdownParseMemo(capacity: 64)

    /// The CV the job-ad harness tailors (a small one, so that each run is quick).
    static let cvText = """
        # Ann Lee
        Platform engineer · ann@example.org

        ## Experience

        ### Senior Engineer, Acme Logistics
        2019-03 – present · Bristol

        - Moved 40 services to Kubernetes with Terraform and Helm.
        - Ran the Kafka and PostgreSQL clusters; on call for both.
        - Wrote the Go services behind the tracking API.

        ### Engineer, Northwind
        2015 – 2019

        - Built CI pipelines in GitHub Actions and Jenkins.
        - Python tooling for the data team.

        ## Skills

        - Languages: Go, Python, SQL, Bash
        - Infrastructure: Kubernetes, Terraform, AWS, Kafka

        """
    static let cv: CVDocument = {
        guard let doc = try? CVReader.parse(text: cvText, path: "cv.md") else { fatalError("the harness's own CV does not parse") }
        return doc
    }()

    /// FUZZ_HARNESS, read once.
    static let selected: Harness = {
        guard let name = getenv("FUZZ_HARNESS").map({ String(cString: $0) }), let harness = Harness(rawValue: name) else {
            let names = Harness.allCases.map(\.rawValue).joined(separator: ", ")
            let message = Array("cvtrack-fuzz: set FUZZ_HARNESS to one of: \(names)\n".utf8)
            _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            exit(2)
        }
        return harness
    }()
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = Harness.selected
    if Harness.selected == .jobad { _ = Harness.cv }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    Harness.selected.run(bytes)
    return 0
}
