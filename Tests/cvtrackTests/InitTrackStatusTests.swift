import Foundation
import Testing

@Suite struct InitTrackStatusTests {
    @Test func initCreatesARepositoryAndListsTheCVsFoundByName() throws {
        let s = try Sandbox(git: false)
        try s.write("cv.md", "# Ada\n")
        try s.write("notes.md", "not a cv\n")
        let r = try s.cvtrack("init")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: s.path + "/.git/HEAD"))
        let config = String(decoding: try s.read(".cvtrack.yml"), as: UTF8.self)
        #expect(config.contains("cvs:\n  - cv.md\n"))
        #expect(!config.contains("notes.md"))
        // git agrees it is a healthy repository with nothing staged.
        #expect(try s.git("status", "--porcelain") == "?? .cvtrack.yml\n?? .gitattributes\n?? cv.md\n?? notes.md\n")
    }

    /// Needs the en_GB and en_US hunspell dictionaries; without them `language` stays unset.
    @Test func initWritesTheSpellingVarietyItReadsFromTheCV() throws {
        let s = try Sandbox(git: false)
        try s.write("cv.md", """
            # Ada Lovelace

            ## Experience

            ### Analytical Engines Ltd

            Engineer • 2019 – 2020

            - Organised the colour catalogue and travelled to every centre to analyse its behaviour.
            - Modernised the programme and its labelled parts for the favourite customers.

            """)
        let r = try s.cvtrack("init", "--no-diff-driver")
        #expect(r.status == 0, "\(r.stderr)")
        let config = String(decoding: try s.read(".cvtrack.yml"), as: UTF8.self)
        let installed = FileManager.default.fileExists(atPath: "/usr/share/hunspell/en_GB.dic")
            && FileManager.default.fileExists(atPath: "/usr/share/hunspell/en_US.dic")
        #expect(config.contains("\nlanguage: en_GB\n") == installed)
    }

    @Test func initAdoptsAnExistingRepositoryWithoutTouchingIndexOrHead() throws {
        let s = try Sandbox()
        try s.write("resume.json", "{\"basics\": {\"name\": \"Ada\"}}\n")
        try s.commitAll("one")
        let head = try s.read(".git/HEAD")
        let index = try s.read(".git/index")
        let r = try s.cvtrack("init")
        #expect(r.status == 0)
        #expect(r.out.contains("Adopted"))
        #expect(try s.read(".git/HEAD") == head)
        #expect(try s.read(".git/index") == index)
        // A second init keeps the file as it is.
        try s.write(".cvtrack.yml", "# mine\ncvs:\n  - resume.json\n")
        #expect(try s.cvtrack("init").out.contains("kept"))
        #expect(try s.read(".cvtrack.yml") == Data("# mine\ncvs:\n  - resume.json\n".utf8))
    }

    @Test func trackAndUntrackEditOnlyTheCVList() throws {
        let s = try Sandbox()
        try s.write(".cvtrack.yml", "# my comment\ncvs: []\nlanguage: en_GB\n")
        try s.write("docs/cv.txt", "Ada Lovelace\n")
        try s.write("other.md", "# Other\n")
        #expect(try s.cvtrack("track", "docs/cv.txt", "other.md").status == 0)
        #expect(String(decoding: try s.read(".cvtrack.yml"), as: UTF8.self) == "# my comment\ncvs:\n  - docs/cv.txt\n  - other.md\nlanguage: en_GB\n")
        // Paths are relative to the current folder, stored relative to the top of the repository.
        #expect(try s.cvtrack("untrack", "cv.txt", cwd: "docs").status == 0)
        #expect(String(decoding: try s.read(".cvtrack.yml"), as: UTF8.self) == "# my comment\ncvs:\n  - other.md\nlanguage: en_GB\n")
        let missing = try s.cvtrack("untrack", "nothere.md")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nothere.md"))
    }

    @Test func trackRefusesADirectoryABinaryAndAMissingFile() throws {
        let s = try Sandbox()
        try s.write("dir/cv.md", "x\n")
        try s.write("photo.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        for (arg, words) in [("dir", "directory"), ("photo.md", "binary"), ("ghost.md", "no such file")] {
            let r = try s.cvtrack("track", arg)
            #expect(r.status == 2, "\(arg)")
            #expect(r.stderr.contains(arg) && r.stderr.contains(words), "\(arg): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: s.path + "/.cvtrack.yml"))
    }

    @Test func statusTellsCleanModifiedStagedAndNew() throws {
        let s = try Sandbox()
        try s.write(".cvtrack.yml", "cvs: [clean.md, modified.md, staged.md, both.md, new.md]\n")
        for f in ["clean.md", "modified.md", "staged.md", "both.md"] { try s.write(f, "# \(f)\n") }
        try s.commitAll("one")
        try s.write("modified.md", "changed\n")
        try s.write("staged.md", "changed\n")
        try s.git("add", "staged.md")
        try s.write("both.md", "changed\n")
        try s.git("add", "both.md")
        try s.write("both.md", "changed again\n")
        try s.write("new.md", "# new\n")
        let r = try s.cvtrack("status")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = Dictionary(uniqueKeysWithValues: r.out.split(separator: "\n").dropFirst().map { line -> (String, String) in
            let parts = line.split(separator: " ", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        })
        #expect(lines["clean.md"]?.hasSuffix("clean") == true)
        #expect(lines["modified.md"]?.hasSuffix("modified, not staged") == true)
        #expect(lines["staged.md"]?.hasSuffix("  staged") == true)
        #expect(lines["both.md"]?.hasSuffix("staged, modified since") == true)
        #expect(lines["new.md"]?.hasSuffix("new, not in git yet") == true)
    }

    @Test func brokenConfigNamesTheFileAndLine() throws {
        let s = try Sandbox()
        try s.write(".cvtrack.yml", "cvs:\n  - a.md\n language: [unclosed\n")
        let r = try s.cvtrack("status")
        #expect(r.status == 2)
        #expect(r.stderr.contains(".cvtrack.yml") && r.stderr.contains("line "))
    }

    @Test func badUsageExitsSixtyFour() throws {
        let s = try Sandbox()
        #expect(try s.cvtrack("track").status == 64)
        #expect(try s.cvtrack("no-such-command").status == 64)
        #expect(try s.cvtrack("show", "--no-such-flag").status == 64)
    }
}

@Suite struct HelpTests {
    static let commands = ["", "init", "track", "untrack", "status", "show", "parse", "export", "diff", "log",
                           "install-diff-driver", "diff-driver", "hooks", "hooks install", "hooks uninstall", "validate", "rules"]

    @Test(arguments: commands)
    func everyCommandHasHelpThatExitsZero(_ command: String) throws {
        let s = try Sandbox(git: false)
        let r = try s.cvtrack(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(r.status == 0, "\(command): \(r.stderr)")
        #expect(r.out.contains("USAGE:") || r.out.contains("Usage:"), "\(command)")
        #expect(r.stderr.isEmpty)
    }
}
