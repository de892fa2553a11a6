import Testing
@testable import CVCore

/// A file's extension decides its format where it has a known one; its content decides only where it has none.
@Suite struct FormatDetectionTests {
    /// A plain-text CV with the underlines and rules that also make Markdown headings.
    static let underlinedText = """
        Ann Lee
        =======
        Platform engineer

        Experience
        ----------
        Acme Logistics, Senior Engineer, 2019 - present
        ---
        **Kubernetes**, [Terraform](https://terraform.io)
        """

    static let markdown = "# Ann Lee\n\n## Experience\n\n### Acme\n\n- Moved services to **Kubernetes**\n"

    @Test(arguments: ["cv.txt", "CV.TXT", "docs/resume.text", "HEAD~2:cv.txt"])
    func textExtensionsAreAlwaysPlainText(_ path: String) {
        #expect(CVReader.detectFormat(text: Self.underlinedText, path: path) == .plainText)
        #expect(CVReader.detectFormat(text: "[Ann Lee](https://ann.example)\n", path: path) == .plainText)
        #expect(CVReader.detectFormat(text: "Ann Lee\n# of reports: 4\n", path: path) == .plainText)
    }

    /// Syntax plain text never has (front matter, ATX headings on two lines) makes a `.txt` file Markdown: many
    /// people keep a Markdown CV under a `.txt` name.
    @Test(arguments: ["cv.txt", "resume.text"])
    func textWithMarkdownSyntaxIsMarkdown(_ path: String) {
        #expect(CVReader.detectFormat(text: Self.markdown, path: path) == .markdown)
        #expect(CVReader.detectFormat(text: "---\ntitle: x\n---\nAnn\n", path: path) == .markdown)
    }

    /// `.tex` is LaTeX whatever it holds; without a known extension a `\\documentclass` or `\\begin{document}` says so.
    @Test(arguments: ["cv.tex", "resume/CV.TEX", "HEAD~1:cv.ltx"])
    func texExtensionsAreLaTeX(_ path: String) {
        #expect(CVReader.detectFormat(text: "Ann Lee\n", path: path) == .latex)
        #expect(CVReader.detectFormat(text: Self.markdown, path: path) == .latex)
    }

    @Test func latexIsKnownByItsClassOrBody() {
        #expect(CVReader.detectFormat(text: "\\documentclass{article}\n\\begin{document}x\\end{document}", path: nil) == .latex)
        #expect(CVReader.detectFormat(text: "% my cv\n\\documentclass{moderncv}\n", path: "CV") == .latex)
        #expect(CVReader.detectFormat(text: "\\begin{document}\nAnn\n\\end{document}", path: "resume") == .latex)
        #expect(CVReader.detectFormat(text: "Ann Lee\nEngineer\n", path: "CV") == .plainText)
    }

    @Test func otherKnownExtensionsDecideToo() {
        // A Markdown CV that starts with a link is not JSON.
        #expect(CVReader.detectFormat(text: "[Ann Lee](https://ann.example)\n\n## Experience\n", path: "cv.md") == .markdown)
        #expect(CVReader.detectFormat(text: Self.underlinedText, path: "cv.markdown") == .markdown)
        #expect(CVReader.detectFormat(text: "basics:\n  name: Ann\n", path: "resume.json") == .jsonResume)
        #expect(CVReader.detectFormat(text: "{\"basics\": {}}", path: "resume.YML") == .jsonResume)
        #expect(CVReader.detectFormat(text: "cv:\n  name: Ann\n  sections: {}\n", path: "cv.yaml") == .renderCV)
        #expect(CVReader.detectFormat(text: "%YAML 1.2\n---\nbasics:\n  name: Ann\n", path: "cv.yaml") == .jsonResume)
    }

    @Test(arguments: [nil, "CV", "resume.cv", "cv.backup", ".cv/resume"])
    func withoutAKnownExtensionTheContentDecides(_ path: String?) {
        #expect(CVReader.detectFormat(text: Self.underlinedText, path: path) == .markdown)
        #expect(CVReader.detectFormat(text: Self.markdown, path: path) == .markdown)
        #expect(CVReader.detectFormat(text: "Ann Lee\nPlatform engineer\n\nExperience\nAcme, 2019 - present\n", path: path) == .plainText)
        #expect(CVReader.detectFormat(text: " {\"basics\": {}}", path: path) == .jsonResume)
        #expect(CVReader.detectFormat(text: "---\n# header\n---\nbasics:\n  name: Ann\n", path: path) == .jsonResume)
        #expect(CVReader.detectFormat(text: "cv:\n  name: Ann\n  sections: {}\n", path: path) == .renderCV)
    }

    /// `--input-format` (the `format:` parameter) still overrides the extension: a Markdown CV misnamed `.txt`.
    @Test func anExplicitFormatOverridesTheExtension() throws {
        let doc = try CVReader.parse(text: Self.underlinedText, path: "cv.txt", format: .markdown)
        #expect(doc.format == .markdown)
        #expect(try CVReader.parse(text: Self.underlinedText, path: "cv.txt").format == .plainText)
        #expect(try CVReader.parse(text: Self.markdown, path: "cv.md", format: .plainText).format == .plainText)
    }
}
