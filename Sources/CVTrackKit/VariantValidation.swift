import CVCore
import CVGit

/// `cvtrack validate --against BASE` and the pre-commit hook on a tailored branch: the `variant-invented` check
/// of a CV against the CV it was cut from.
public enum VariantValidation {
    /// The CV a variant is checked against, read and parsed.
    public struct Base {
        /// Where it came from, for messages (`main:cv.md`, `base.md`).
        public var name: String
        public var text: String
        public var document: CVDocument

        /// Refuses a base that cannot be read as a CV, naming it: checking against it would be meaningless.
        public init(bytes: [UInt8], name: String, path: String, format: CVFormat? = nil) throws {
            self.name = name
            do {
                text = try CVReader.decode(bytes)
            } catch {
                throw WorkspaceError("\(name): the base CV cannot be read: \(error)")
            }
            document = try CVLoader.parse(bytes, name: name, path: path, format: format)
        }
    }

    /// The `variant-invented` findings of `bytes` (the CV at `path`) against `base`. None when the variant itself
    /// cannot be read: its `parse-error` finding already says why.
    public static func inventions(bytes: [UInt8], path: String, format: CVFormat?, base: Base) -> [Finding] {
        guard let text = try? CVReader.decode(bytes), let document = try? CVReader.parse(bytes, path: path, format: format)
        else { return [] }
        return VariantCheck.inventions(variant: document, variantText: text, base: base.document, baseText: base.text)
    }

    /// `findings` and `more` in reading order (by position, then rule).
    public static func merge(_ findings: [Finding], _ more: [Finding]) -> [Finding] {
        guard !more.isEmpty else { return findings }
        return (findings + more).enumerated().sorted { a, b in
            if a.element.range.start != b.element.range.start { return a.element.range.start < b.element.range.start }
            if a.element.ruleID != b.element.ruleID { return a.element.ruleID < b.element.ruleID }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The base commit of the tailored branch HEAD is on: the `Cvtrack-Base` trailer of the branch's newest commit
    /// that has one (its tip, unless hand edits were committed on top), within `limit` first-parent commits. Nil
    /// when HEAD is not on a branch under `prefix`, has no commit yet, or no commit records a base.
    public static func tailoredBase(of repository: Repository, prefix: String, limit: Int = 200) throws -> (branch: String, base: ObjectID)? {
        guard let branch = repository.headBranchName, !prefix.isEmpty, branch.hasPrefix(prefix), !repository.isHeadUnborn
        else { return nil }
        var next: ObjectID? = try repository.resolveCommit("HEAD")
        var steps = 0
        while let id = next, steps < limit {
            let info = try repository.commitInfo(id)
            if let hex = VariantStore.trailers(info.message)["Cvtrack-Base"], let base = ObjectID(hex: hex) {
                return (branch, base)
            }
            next = info.parents.first
            steps += 1
        }
        return nil
    }
}
