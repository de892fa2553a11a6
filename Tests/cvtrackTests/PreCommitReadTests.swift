import Foundation
import Testing

/// A real pre-commit hook that reads the staged CV with `cvtrack show :cv.md` sees exactly what is being
/// committed, however the commit is made (git puts the content in GIT_INDEX_FILE for `commit -a` and
/// `commit PATH`).
@Suite struct PreCommitReadTests {
    enum Way: String, CaseIterable, Sendable { case plain, all, path }

    @Test(arguments: Way.allCases)
    func hookReadsTheContentBeingCommitted(_ way: Way) throws {
        let s = try Sandbox()
        try s.write("cv.md", "v1\n")
        try s.commitAll("one")
        let seen = s.path + "/seen.txt"
        try s.writeExecutable(".git/hooks/pre-commit", """
            #!/bin/sh
            "\(Sandbox.cvtrackBinary)" show :cv.md > "\(seen)" || exit 1
            """)
        try s.write("cv.md", "staged\n")
        try s.git("add", "cv.md")
        try s.write("cv.md", "working tree\n")
        switch way {
        case .plain: try s.git("commit", "-q", "-m", "plain")
        case .all: try s.git("commit", "-q", "-a", "-m", "all")
        case .path: try s.git("commit", "-q", "-m", "path", "--", "cv.md")
        }
        let committed = try s.gitBytes("show", "HEAD:cv.md")
        #expect(try Data(contentsOf: URL(fileURLWithPath: seen)) == committed)
        #expect(committed == Data((way == .plain ? "staged\n" : "working tree\n").utf8))
    }
}
