import CVCore
import CVGit

/// Cutting a variant from a CV as committed, committing it to its branch, and regenerating it later from the
/// job ad and options stored with it (`cvtrack tailor`, `cvtrack tailor --refresh`).
extension VariantStore {
    /// The CV at `commit`, read and parsed, ready to be tailored.
    public struct BaseCV {
        public var commit: ObjectID
        /// Repository path of the CV.
        public var path: String
        public var text: String
        public var document: CVDocument
    }

    public func baseCV(at commit: ObjectID, path: String) throws -> BaseCV {
        let bytes = try workspace.repository.blob(at: commit.hex, path: path)
        let name = "\(commit.short):\(path)"
        // A LaTeX CV is read with the files it includes at the same commit (the variant cuts its main file only).
        let document = try CVLoader.parse(bytes, name: name, path: path, files: workspace.latexFiles(for: .revision(commit.hex, path: path)))
        let text: String
        do { text = try CVReader.decode(bytes) } catch { throw WorkspaceError("\(name): \(error)") }
        return BaseCV(commit: commit, path: path, text: text, document: document)
    }

    /// Commits `variant` (cut from `base`) with its job ad to `prefix + slug`: the parent is the branch's tip (or
    /// `base.commit` for a new branch); the ref moves by compare-and-swap (`Repository.commitFiles`). Trailers
    /// record the base commit, the CV's path, the score, the job's title and the options.
    @discardableResult
    public func commitVariant(
        slug: String, base: BaseCV, variant: TailoredVariant, job: [UInt8], options: TailorOptions, verb: String = "Tailor"
    ) throws -> ObjectID {
        let branch = try branch(for: slug)
        let report = variant.report
        var trailers: [(String, String)] = [
            ("Cvtrack-Base", base.commit.hex), ("Cvtrack-CV", base.path), ("Cvtrack-Score", "\(report.score)"),
        ]
        // Control characters in a title (hostile or garbled) cannot go into a trailer or the subject: they become spaces.
        let title = report.jobTitle
            .map { HTMLText.collapseWhitespace(String($0.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })) }
            .flatMap { $0.isEmpty ? nil : $0 }
        if let title { trailers.append(("Cvtrack-Job", title)) }
        let optionText = options.commandLine
        if !optionText.isEmpty { trailers.append(("Cvtrack-Options", optionText)) }
        return try workspace.repository.commitFiles(
            branch: branch, files: [base.path: Array(variant.text.utf8), Self.jobPath(slug): job],
            message: "\(verb) \(base.path) for \(title ?? slug)", base: base.commit, trailers: trailers)
    }

    /// Where a variant's job ad is stored on its branch.
    public static func jobPath(_ slug: String) -> String { "jobs/\(slug).md" }

    /// What `refresh` did to one variant.
    public struct Refresh: Sendable {
        public enum Outcome: Sendable {
            /// A new commit on the branch (its parent is the previous tip).
            case committed(ObjectID)
            /// The base is the current commit and the variant would be the same: nothing was written.
            case upToDate
        }

        public var slug: String
        public var branch: String
        /// The tip before the refresh.
        public var previousTip: ObjectID
        /// The base the variant is now cut from (HEAD).
        public var base: ObjectID
        public var score: Int
        public var outcome: Outcome
    }

    /// Cuts the variant `slug` again from the CV at HEAD with the job ad stored on its branch
    /// (`jobs/<slug>.md` at the tip) and the options of its tip's `Cvtrack-Options` trailer, and commits it on
    /// the branch. Writes nothing when the tip was cut from HEAD and the variant would be byte-identical.
    /// `cvPath`: the CV's path when the tip does not record it (variants made before `Cvtrack-CV`).
    public func refresh(slug: String, cvPath: () throws -> String) throws -> Refresh {
        let repo = workspace.repository
        let branch = try branch(for: slug)
        guard let tip = try repo.reference(named: "refs/heads/" + branch) else {
            throw WorkspaceError("no tailored variant '\(slug)' (branch \(branch) does not exist): see `cvtrack variants`")
        }
        let trailers = Self.trailers(try repo.commitInfo(tip).message)
        let job: [UInt8]
        do {
            job = try repo.blob(at: tip.hex, path: Self.jobPath(slug))
        } catch let error as GitError where error.kind == .pathNotFound || error.kind == .notAFile {
            throw WorkspaceError(
                "\(branch): no stored job ad (\(Self.jobPath(slug)) at \(tip.short)), so it cannot be refreshed; "
                    + "tailor it again with `cvtrack tailor JOB --name \(slug)`")
        }
        guard let jobText = String(validating: job, as: UTF8.self), !jobText.allSatisfy(\.isWhitespace) else {
            throw WorkspaceError("\(branch):\(Self.jobPath(slug)): the stored job ad is empty or not UTF-8 text")
        }
        let options: TailorOptions
        do {
            options = try TailorOptions(commandLine: trailers["Cvtrack-Options"] ?? "")
        } catch {
            throw WorkspaceError("\(branch): the Cvtrack-Options trailer of \(tip.short) cannot be read: \(error)")
        }
        let path = try trailers["Cvtrack-CV"] ?? cvPath()
        let head = try repo.resolveCommit("HEAD")
        let base = try baseCV(at: head, path: path)
        let variant = CVCore.Tailor.variant(text: base.text, document: base.document, job: jobText, options: options)
        let current = try? repo.blob(at: tip.hex, path: path)
        var result = Refresh(slug: slug, branch: branch, previousTip: tip, base: head, score: variant.report.score, outcome: .upToDate)
        if trailers["Cvtrack-Base"] == head.hex && current == Array(variant.text.utf8) { return result }
        let commit = try commitVariant(slug: slug, base: base, variant: variant, job: job, options: options, verb: "Refresh")
        result.outcome = .committed(commit)
        return result
    }

    /// The slugs of every variant branch, in name order.
    public func slugs() throws -> [String] {
        try workspace.repository.branches(prefix: prefix).map { String($0.name.dropFirst(prefix.count)) }
    }
}
