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
}
