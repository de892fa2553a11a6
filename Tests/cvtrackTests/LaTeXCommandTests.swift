import Foundation
import Testing

/// `parse` and `export` of LaTeX CVs split over `\input` files: on disk and at a revision, each reads the included
/// files from the same place.
@Suite struct LaTeXCommandTests {
    static let main = """
        \\documentclass{awesome-cv}
        \\name{Ann}{Lee}
        \\begin{document}
        \\input{resume/experience}
        \\end{document}
        """

    static func experience(_ title: String) -> String {
        "\\cvsection{Experience}\n\\cventry{\(title)}{Acme Widgets}{Oslo, Norway}{2019 - Present}{}\n"
    }

    @Test func includesAreReadFromDiskAndFromTheRevision() throws {
        let s = try Sandbox()
        try s.write("cv/resume.tex", Self.main)
        try s.write("cv/resume/experience.tex", Self.experience("Engineer"))
        try s.commitAll("first")
        try s.write("cv/resume/experience.tex", Self.experience("Staff Engineer"))
        try s.commitAll("second")
        try s.write("cv/resume/experience.tex", Self.experience("Principal Engineer"))

        let disk = try s.cvtrack("export", "cv/resume.tex", "--to", "jsonresume")
        #expect(disk.status == 0)
        #expect(disk.out.contains("Principal Engineer"))
        let old = try s.cvtrack("parse", "HEAD~1:cv/resume.tex")
        #expect(old.status == 0)
        #expect(old.out.contains("Acme Widgets | Engineer"))
        let head = try s.cvtrack("parse", "HEAD:cv/resume.tex")
        #expect(head.out.contains("Acme Widgets | Staff Engineer"))
    }

    @Test func anInputOutOfTheFolderIsNamedNotRead() throws {
        let s = try Sandbox(git: false)
        try s.write("secret.tex", Self.experience("Spy"))
        try s.write("cv/cv.tex", "\\begin{document}\\input{../secret}\\input{/etc/hostname}\\end{document}")
        let run = try s.cvtrack("parse", "cv/cv.tex")
        #expect(run.status == 0)
        #expect(!run.out.contains("Spy"))
        #expect(run.out.contains("../secret"))
        #expect(run.out.contains("/etc/hostname"))
    }

    /// A CV split over `\input` files, tracked, with a history where some commits change only an included file,
    /// one changes a file beside it that it does not read, and one reverts an included file (the same main file
    /// and included blobs as two versions before).
    static func splitHistory() throws -> Sandbox {
        let s = try Sandbox()
        try s.write(".cvtrack.yml", "cvs:\n  - cv/resume.tex\n")
        try s.write("cv/resume.tex", Self.main)
        try s.write("cv/resume/experience.tex", Self.experience("Engineer"))
        try s.commitAll("first")
        try s.write("notes.txt", "unrelated\n")
        try s.commitAll("unrelated")
        try s.write("cv/resume/experience.tex", Self.experience("Staff Engineer"))
        try s.commitAll("promoted")
        try s.write("cv/resume/unused.tex", Self.experience("Astronaut"))
        try s.commitAll("a file beside it that it does not read")
        try s.write("cv/resume/experience.tex", Self.experience("Engineer"))
        try s.commitAll("reverted")
        return s
    }

    @Test func statusCountsTheIncludedFiles() throws {
        let s = try Self.splitHistory()
        #expect(try s.cvtrack("status").out.contains("cv/resume.tex  latex       clean"))
        try s.write("cv/resume/experience.tex", Self.experience("Principal Engineer"))
        let modified = try s.cvtrack("status").out
        #expect(modified.contains("modified, not staged (cv/resume/experience.tex)"), "\(modified)")
        try s.git("add", "cv/resume/experience.tex")
        #expect(try s.cvtrack("status").out.contains("staged (cv/resume/experience.tex)"))
        // git agrees on which file changed.
        #expect(try s.git("status", "--porcelain").contains("M  cv/resume/experience.tex"))
        // A file beside the CV that it does not read changes nothing.
        try s.git("reset", "-q", "--hard")
        try s.write("cv/resume/unused.tex", Self.experience("Diver"))
        #expect(try s.cvtrack("status").out.contains("cv/resume.tex  latex       clean"))
    }

    @Test func diffReadsTheIncludedFilesOfEachSide() throws {
        let s = try Self.splitHistory()
        let revisions = try s.cvtrack("diff", "HEAD~3", "HEAD~2")
        #expect(revisions.status == 0, "\(revisions.stderr)")
        #expect(revisions.out.contains("Engineer → Staff Engineer"), "\(revisions.out)")
        #expect(try s.cvtrack("diff", "HEAD~2", "HEAD~1").out.isEmpty)
        try s.write("cv/resume/experience.tex", Self.experience("Principal Engineer"))
        #expect(try s.cvtrack("diff").out.contains("Engineer → Principal Engineer"))
        #expect(try s.cvtrack("diff", "--staged").out.isEmpty)
        try s.git("add", "-A")
        #expect(try s.cvtrack("diff", "--staged").out.contains("Engineer → Principal Engineer"))
        #expect(try s.cvtrack("diff").out.isEmpty)
    }

    @Test func logListsTheCommitsOfTheIncludedFilesAndItsCacheKnowsThem() throws {
        let s = try Self.splitHistory()
        // git's own list of commits that touched the main file or the file it includes.
        let expected = try s.git("log", "--format=%s", "--", "cv/resume.tex", "cv/resume/experience.tex")
            .split(separator: "\n").map(String.init)
        #expect(expected == ["reverted", "promoted", "first"])
        for run in 0..<2 {  // the second run reads the walk and the diffs from the cache
            let log = try s.cvtrack("log", "--format", "json")
            #expect(log.status == 0, "\(log.stderr)")
            let entries = try #require(try JSONSerialization.jsonObject(with: log.stdout) as? [[String: Any]])
            #expect(entries.map { $0["subject"] as? String ?? "" } == expected, "run \(run)")
            let changes = entries.map { (($0["changes"] as? [[String: Any]]) ?? []).map { "\($0["old"] ?? "") → \($0["new"] ?? "")" } }
            #expect(changes.first == ["Staff Engineer → Engineer"], "run \(run)")
            #expect(changes.dropFirst().first == ["Engineer → Staff Engineer"], "run \(run)")
        }
        #expect(try s.cvtrack("log", "--no-cache").out == (try s.cvtrack("log").out))
    }

    @Test func validateFollowsIncludesAndNamesTheBrokenFile() throws {
        let s = try Self.splitHistory()
        #expect(try s.cvtrack("validate", "--no-spelling").status == 0)
        // Break the included file and stage it alone: the CV is checked, the finding names the file and its line.
        try s.write("cv/resume/experience.tex", "\\cvsection{Experience}\n\\cventry{Engineer}{Acme Widgets}{Oslo}{2019 - Present}{\n")
        try s.git("add", "cv/resume/experience.tex")
        let staged = try s.cvtrack("validate", "--staged", "--no-spelling")
        #expect(staged.status != 0)
        #expect(staged.out.contains("cv/resume.tex:4:1: error: resume/experience.tex, line 2:"), "\(staged.out)")
        #expect(staged.out.contains("[latex-broken]"))
        // The file itself, outside git, reads its includes from disk.
        let file = try s.cvtrack("validate", "--no-spelling", "cv/resume.tex")
        #expect(file.out.contains("[latex-broken]"))
        // The commit before has it whole.
        #expect(try s.cvtrack("validate", "--no-spelling", "--rev", "HEAD").status == 0)
    }

    /// Bad input in a repository, through every command that reads it: an `\input` out of the repository (absolute,
    /// `..` above the CV's folder, a committed symbolic link), an include cycle, a binary included file, a binary
    /// main file, 10,000 nested groups. Nothing outside is read, every command ends, the rest is read.
    @Test func badIncludesAtARevisionAreNamedNotFollowed() throws {
        let s = try Sandbox()
        try s.write("secret.tex", Self.experience("Spy"))
        try s.write(".cvtrack.yml", "cvs:\n  - cv/cv.tex\n")
        try s.write("cv/cv.tex", """
            \\begin{document}
            \\input{../secret}
            \\input{/etc/hostname}
            \\input{parts/link}
            \\input{parts/a}
            \\input{parts/binary}
            \\input{parts/jobs}
            \\end{document}
            """)
        try s.write("cv/parts/a.tex", "\\input{parts/b}\n")
        try s.write("cv/parts/b.tex", "\\input{parts/a}\n")
        try s.write("cv/parts/binary.tex", Data([0x5C, 0x00, 0xFF, 0x7B]))
        try s.write("cv/parts/jobs.tex", Self.experience("Engineer"))
        try FileManager.default.createSymbolicLink(atPath: s.path + "/cv/parts/link.tex", withDestinationPath: "../../secret.tex")
        try s.commitAll("bad includes")
        for source in ["HEAD:cv/cv.tex", "cv/cv.tex"] {
            let run = try s.cvtrack("parse", source)
            #expect(run.status == 0, "\(source): \(run.stderr)")
            #expect(!run.out.contains("Spy"), "\(source)")
            #expect(run.out.contains("Acme Widgets | Engineer"), "\(source)")
            for named in ["../secret", "/etc/hostname", "parts/link", "cycle", "binary"] {
                #expect(run.out.contains(named), "\(source) names \(named)")
            }
        }
        #expect(try s.cvtrack("parse", "HEAD:cv/cv.tex").out.contains("symbolic link"))
        // A change to the cycle's files is a change of the CV; log, diff, status and validate all end.
        try s.write("cv/parts/b.tex", "\\input{parts/a}\n% edited\n")
        try s.commitAll("edit inside the cycle")
        let log = try s.cvtrack("log", "--format", "json")
        #expect(log.status == 0, "\(log.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: log.stdout) as? [[String: Any]])
        #expect(entries.map { $0["subject"] as? String ?? "" } == ["edit inside the cycle", "bad includes"])
        #expect(try s.cvtrack("diff", "HEAD~1", "HEAD").status == 0)
        #expect(try s.cvtrack("status").status == 0)
        let validate = try s.cvtrack("validate", "--no-spelling")
        #expect(validate.status == 0, "\(validate.out) \(validate.stderr)")
    }

    @Test func aBinaryOrDeeplyNestedMainFileEnds() throws {
        let s = try Sandbox(git: false)
        try s.write("binary.tex", Data([0x5C, 0x64, 0x00, 0x01, 0xFF]))
        let parse = try s.cvtrack("parse", "binary.tex")
        #expect(parse.status != 0)
        #expect(parse.stderr.contains("binary.tex"))
        let validate = try s.cvtrack("validate", "--no-spelling", "binary.tex")
        #expect(validate.out.contains("[parse-error]"))
        let deep = "\\begin{document}\n" + String(repeating: "{", count: 10_000) + "Engineer" + String(repeating: "}", count: 10_000) + "\n\\end{document}\n"
        try s.write("deep.tex", deep)
        #expect(try s.cvtrack("parse", "deep.tex").status == 0)
        let deepValidation = try s.cvtrack("validate", "--no-spelling", "deep.tex")
        #expect(deepValidation.status == 1)  // no roles, and nothing broken
        #expect(deepValidation.out.contains("[no-roles]") && !deepValidation.out.contains("[latex-broken]"))
        try s.write("open.tex", "\\begin{document}\n" + String(repeating: "{", count: 10_000) + "\n")
        let open = try s.cvtrack("validate", "--no-spelling", "open.tex")
        #expect(open.out.contains("[latex-broken]"))
    }
}
