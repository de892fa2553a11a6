/// Reads a LaTeX CV (moderncv, Awesome-CV, Jake's resume, altacv, friggeri, res.cls, a plain `article`): the
/// document is laid out as headings, paragraphs, lists and tables (`LaTeXLayout`, over the tree of `LaTeXSyntax`)
/// and read from there by the same reader as Markdown (sections, the shared entry reader, skills, the person).
/// Nothing in the file is executed. Files it includes are read through `files` (none when nil: each `\input` is
/// then only named in a note).
public struct LaTeXCVParser: CVParser {
    let files: LaTeXFiles?
    let mainFile: String?
    /// What the shared reader read of other texts (`MarkdownParseMemo`): entry parts, dates, the section plan and
    /// the person are taken from it where the laid-out lines are the same, which changes nothing in the result. A
    /// LaTeX CV read again (a version of its history, `validate` after `status`) costs its layout and little more.
    let memo: MarkdownParseMemo?

    public init(files: LaTeXFiles? = nil, mainFile: String? = nil, memo: MarkdownParseMemo? = nil) {
        self.files = files
        self.mainFile = mainFile
        self.memo = memo
    }

    public func parse(_ text: String) throws -> CVDocument {
        let includes = files.map { LaTeXIncludes(files: $0, mainFile: mainFile) }
        var layout = LaTeXLayout(text: text, files: includes ?? LaTeXIncludes(files: LaTeXFiles { _ in .refused("files are not read here") }, mainFile: mainFile))
        layout.read(text)
        // Unbalanced braces and environments of the file itself (those of included files are noted at their `\input`).
        let broken = LaTeXBalance.problems(in: text).map {
            ParseNote(kind: .latexBroken, message: $0.message, source: SourceRange(line: $0.line, column: $0.column, endLine: $0.line, endColumn: $0.column))
        }
        let reader = memo.map { MarkdownCVParser(memo: $0) } ?? MarkdownCVParser()
        return reader.read(blocks: layout.blocks, notes: broken + layout.notes, matter: nil, layout: nil, format: .latex)
    }
}
