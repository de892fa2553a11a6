import ArgumentParser
import CVCore
import CVTrackKit

extension CVTrack {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            _superCommandName: CVTrack.toolName,
            abstract: "Show the semantic model of a CV: person, roles, projects, education, skills.",
            discussion: """
                Reads a CV file (no repository needed), REV:PATH or :PATH (staged), or the tracked CV in the \
                working tree, and prints what cvtrack understood: an outline with line numbers (text) or the \
                model as JSON (documented in docs/model.md).
                  cvtrack parse cv.md
                  cvtrack parse HEAD~3:cv.md --format json
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, content }

        @Argument(help: ArgumentHelp("A CV file, REV:PATH or :PATH (default: the tracked CV).", valueName: "cv"))
        var cv: String?

        @Option(help: "Output format: text (outline with line numbers), json, or content (the outline without line numbers: git's textconv).")
        var format: Format = .text

        @OptionGroup var input: InputFormatOptions

        /// For benchmarks: parse the file this many times in one process (the output is printed once).
        @Option(help: .hidden)
        var repeatCount: Int = 1

        func run() throws {
            var doc = try Self.load(cv, format: input.inputFormat)
            if repeatCount > 1, let cv {
                let bytes = try FileSystem.readCV(cv)
                for _ in 1..<repeatCount {
                    doc = try CVLoader.parse(bytes, name: cv, path: cv, format: input.inputFormat, files: .fileSystem(mainFile: cv))
                }
            }
            switch format {
            case .text: print(OutlineRenderer.render(doc), terminator: "")
            case .json: print(ModelJSONRenderer.render(doc), terminator: "")
            case .content: print(OutlineRenderer.render(doc, lineNumbers: false), terminator: "")
            }
        }

        /// A file is read without opening any repository (libgit2 is never initialised for it).
        static func load(_ argument: String?, format: CVFormat?) throws -> CVDocument {
            if let argument {
                let source = CVSource.parse(argument)
                if case .file(let path) = source {
                    // A LaTeX CV on disk reads the files it includes next to it.
                    return try CVLoader.parse(try FileSystem.readCV(path), name: path, path: path, format: format, files: .fileSystem(mainFile: path))
                }
                return try Workspace().document(source, format: format)
            }
            let workspace = try Workspace()
            let path = try workspace.singleTrackedCV(hint: "name the file")
            return try CVLoader.parse(
                try FileSystem.readCV(workspace.root + "/" + path), name: path, path: path, format: format,
                files: .fileSystem(mainFile: workspace.root + "/" + path))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            _superCommandName: CVTrack.toolName,
            abstract: "Convert a CV to JSON Resume or to clean Markdown.",
            discussion: """
                Writes the CV's model in another format to standard output: `jsonresume` follows the published \
                JSON Resume schema (work, education, skills, projects …), `markdown` is a plain, clean CV.
                  cvtrack export cv.md --to jsonresume > resume.json
                """
        )

        enum Target: String, ExpressibleByArgument, CaseIterable { case jsonresume, markdown }

        @Argument(help: ArgumentHelp("A CV file, REV:PATH or :PATH (default: the tracked CV).", valueName: "cv"))
        var cv: String?

        @Option(help: "The format to write: jsonresume or markdown.")
        var to: Target

        @OptionGroup var input: InputFormatOptions

        func run() throws {
            let doc = try Parse.load(cv, format: input.inputFormat)
            switch to {
            case .jsonresume: print(JSONResumeRenderer.render(doc), terminator: "")
            case .markdown: print(MarkdownRenderer.render(doc), terminator: "")
            }
        }
    }
}
