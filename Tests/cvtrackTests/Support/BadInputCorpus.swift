import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One bad input for cvtrack: how to make it (at test time, in a temporary folder: nothing big or binary is committed)
/// and what a careful reader expects cvtrack to make of it.
struct BadInput: Sendable, CustomStringConvertible {
    /// How the input is made on disk.
    enum Make: Sendable {
        /// A regular file with these bytes (generated when the test runs).
        case file(@Sendable () -> [UInt8])
        /// A folder where the CV should be.
        case directory
        /// A symbolic link to a file that does not exist.
        case danglingSymlink
        /// Two symbolic links pointing at each other.
        case symlinkLoop
        /// A named pipe (reading it would block for ever).
        case fifo
        /// A symbolic link to /dev/zero (endless bytes).
        case deviceLink
        /// A file nobody may read (`chmod 000`).
        case unreadable
    }

    /// What cvtrack should say.
    enum Expect: Sendable {
        /// A CV (odd, but readable): parse and export exit 0, `diff --no-index` exits 0, validate exits as `validate` says.
        case cv(Validation)
        /// Text that cannot be read as a CV (malformed JSON/YAML, nesting past the limit, an alias bomb): parse, export
        /// and diff exit 2 with one line naming the file; validate reports a `parse-error` finding (exit 1).
        case notACV
        /// Bytes that are not text (empty, binary, not UTF-8, too large): as `notACV`, and they are not a job ad either.
        case notText
        /// Not a file that can be read at all: every command exits 2 with one line naming it.
        case unreadable
    }

    /// What `validate FILE` should find in a readable CV.
    enum Validation: Sendable {
        /// Exit 0 or 1: the input is odd enough that a reader cannot say which rules fire (only that none crash).
        case any
        /// Exit 1 with an error from each of these rules.
        case errors([String])
        /// Exit 1 with an error from each of these rules, which cvtrack does not report yet (a known issue, named).
        case errorsNotYetReported([String], because: String)
    }

    var name: String
    var make: Make
    var expect: Expect

    var description: String { name }

    /// Bytes are text (UTF-8, not blank, under the size limit): any such text is a job ad.
    var isJobAd: Bool {
        switch expect {
        case .cv, .notACV: return true
        case .notText, .unreadable: return false
        }
    }

    var isRegularFile: Bool {
        if case .file = make { return true }
        return false
    }

    /// Makes the input at `dir/name`; returns the path.
    @discardableResult
    func create(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        let fm = FileManager.default
        switch make {
        case .file(let bytes):
            try Data(bytes()).write(to: URL(fileURLWithPath: path))
        case .directory:
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
            try Data("# Not me\n".utf8).write(to: URL(fileURLWithPath: path + "/inside.md"))
        case .danglingSymlink:
            try fm.createSymbolicLink(atPath: path, withDestinationPath: "no-such-cv.md")
        case .symlinkLoop:
            try fm.createSymbolicLink(atPath: path, withDestinationPath: name + ".other")
            try fm.createSymbolicLink(atPath: path + ".other", withDestinationPath: name)
        case .fifo:
            guard mkfifo(path, 0o644) == 0 else { throw SandboxError("mkfifo \(path): \(String(cString: strerror(errno)))") }
        case .deviceLink:
            try fm.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        case .unreadable:
            try Data(BadInputCorpus.goodCV.utf8).write(to: URL(fileURLWithPath: path))
            guard chmod(path, 0) == 0 else { throw SandboxError("chmod \(path): \(String(cString: strerror(errno)))") }
        }
        return path
    }
}

/// The bad-input corpus: at least 50 inputs, made at test time. Each names what it is in its file name.
enum BadInputCorpus {
    /// A repository with the good CV committed and `notes.txt` staged, then edited again (a command that moved the
    /// index or the working tree would show), and a folder outside it holding `job.md`.
    static func workingRepository(jobAd: String = goodJob) throws -> (repo: Sandbox, outside: Sandbox) {
        let repo = try Sandbox()
        try repo.write("cv.md", goodCV)
        try repo.write("notes.txt", "committed\n")
        try repo.commitAll("CV")
        try repo.write("notes.txt", "staged\n")
        try repo.git("add", "notes.txt")
        try repo.write("notes.txt", "staged, then edited\n")
        let outside = try Sandbox(git: false)
        try outside.write("job.md", jobAd)
        return (repo, outside)
    }

    /// A small, correct Markdown CV the pathological ones are variations of.
    static let goodCV = """
        # Ann Lee
        Platform engineer · ann@example.org

        ## Experience

        ### Senior Engineer, Acme Logistics
        2019-03 – present · Bristol

        - Moved 40 services to Kubernetes with Terraform.
        - Wrote the Go services behind the tracking API.

        ## Skills

        - Languages: Go, Python, SQL

        """

    /// A job ad the committed-CV cases are tailored to.
    static let goodJob = """
        # Platform Engineer

        ## Requirements

        - Kubernetes and Terraform in production
        - Go or Python

        """

    /// A CV whose one role carries `dates` as its date line.
    static func cv(dates: String) -> [UInt8] {
        Array("""
            # Ann Lee

            ## Experience

            ### Senior Engineer, Acme Logistics
            \(dates)

            - Moved 40 services to Kubernetes.

            """.utf8)
    }

    /// Deterministic pseudo-random bytes (SplitMix64), so that a failure can be reproduced.
    static func randomBytes(count: Int, seed: UInt64, excluding excluded: Set<UInt8> = []) -> [UInt8] {
        var state = seed
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            for shift in stride(from: 0, to: 64, by: 8) where out.count < count {
                let b = UInt8(truncatingIfNeeded: z >> UInt64(shift))
                if !excluded.contains(b) { out.append(b) }
            }
        }
        return out
    }

    /// A YAML "billion laughs": nine levels of nine aliases each, 9^9 strings if expanded.
    static func billionLaughs(indent: String = "") -> String {
        var lines = [indent + "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = Array("abcdefghi")
        for i in 1..<names.count {
            let refs = Array(repeating: "*\(names[i - 1])", count: 9).joined(separator: ", ")
            lines.append(indent + "\(names[i]): &\(names[i]) [\(refs)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let hi = UInt8(unit >> 8)
            let lo = UInt8(unit & 0xFF)
            out += bigEndian ? [hi, lo] : [lo, hi]
        }
        return out
    }

    static let all: [BadInput] = {
        func file(_ name: String, _ expect: BadInput.Expect, _ bytes: @escaping @Sendable () -> [UInt8]) -> BadInput {
            BadInput(name: name, make: .file(bytes), expect: expect)
        }
        func text(_ name: String, _ expect: BadInput.Expect, _ s: String) -> BadInput {
            file(name, expect) { Array(s.utf8) }
        }
        let good = goodCV
        let json = #"{"basics": {"name": "Ann Lee", "email": "ann@example.org"}, "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-03", "highlights": ["Moved 40 services to Kubernetes."]}]}"#
        let yaml = "basics:\n  name: Ann Lee\n  email: ann@example.org\nwork:\n  - name: Acme\n    position: Engineer\n    startDate: \"2019-03\"\n"
        return [
            // Empty and blank.
            text("empty.md", .notText, ""),
            text("whitespace-only.md", .notText, "  \n\t\n   \n"),
            text("crlf-blank-lines.txt", .notText, "\r\n\r\n\r\n"),
            file("bom-only.md", .notText) { [0xEF, 0xBB, 0xBF] },
            // Truncated mid-token.
            text("truncated-markdown-mid-heading.md", .cv(.any), String(good.prefix(40))),
            text("truncated-markdown-mid-link.md", .cv(.any), "# Ann Lee\n\n[my site](https://exa"),
            text("truncated-markdown-mid-code-fence.md", .cv(.any), "# Ann Lee\n\n```swift\nlet x ="),
            text("truncated-markdown-mid-utf8-word.md", .cv(.any), "# Ann Lee\n\n## Experience\n\nRésumé of Zoë"),
            text("truncated-json-mid-string.json", .notACV, String(json.prefix(30))),
            text("truncated-json-mid-number.json", .notACV, #"{"basics": {"name": "Ann"}, "work": [{"startDate": 20"#),
            text("truncated-json-after-colon.json", .notACV, #"{"basics":"#),
            text("truncated-json-mid-escape.json", .notACV, #"{"basics": {"name": "Ann \u00"#),
            text("truncated-yaml-mid-quoted-string.yaml", .notACV, String(yaml.prefix(yaml.count - 4))),
            text("truncated-yaml-flow-mapping.yaml", .notACV, "basics: {name: Ann Lee, email: ann@exa"),
            text("truncated-rendercv.yaml", .notACV, "cv:\n  name: Ann Lee\n  sections:\n    experience:\n      - company: \"Acme"),
            // Binary.
            text("nul-bytes.md", .notText, "# Ann Lee\n\n\u{0}\u{0}\u{0}binary\n"),
            file("png-header.md", .notText) { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0] },
            file("pdf-binary.txt", .notText) { Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A, 0x00, 0x01] },
            file("random-bytes-seed-1.md", .notText) { randomBytes(count: 4096, seed: 1) },
            file("random-bytes-seed-2.json", .notText) { randomBytes(count: 65_536, seed: 2) },
            file("random-bytes-no-nul-seed-3.txt", .notText) { randomBytes(count: 4096, seed: 3, excluding: [0]) },
            // Not UTF-8.
            file("invalid-utf8-lone-continuation.md", .notText) { Array("# Ann Lee\n\nGo, ".utf8) + [0x80] + Array(" Rust\n".utf8) },
            file("invalid-utf8-overlong-slash.md", .notText) { Array("# Ann\n".utf8) + [0xC0, 0xAF] },
            file("invalid-utf8-surrogate.md", .notText) { Array("# Ann\n".utf8) + [0xED, 0xA0, 0x80] },
            file("invalid-utf8-truncated-at-end.md", .notText) { Array(good.utf8) + [0xE2, 0x82] },
            file("latin1-resume.txt", .notText) { Array("Ann Lee\nR".utf8) + [0xE9] + Array("sum".utf8) + [0xE9, 0x0A] },
            file("utf16le-bom.md", .notText) { utf16(good, bigEndian: false) },
            file("utf16be-bom.json", .notText) { utf16(json, bigEndian: true) },
            // Huge.
            file("ten-megabytes.md", .notText) {
                var out = Array("# Ann Lee\n\n## Experience\n\n".utf8)
                let line = Array("- Moved 40 services to Kubernetes with Terraform and Helm, and wrote about it.\n".utf8)
                while out.count < 10 * 1024 * 1024 { out += line }
                return out
            },
            file("one-line-256k.txt", .cv(.any)) { Array(repeating: UInt8(ascii: "x"), count: 256 * 1024) },
            // Deep nesting.
            text("nested-list-10000-one-line.md", .cv(.any), "# Ann Lee\n\n" + String(repeating: "- ", count: 10_000) + "x\n"),
            text("nested-list-1000-indented.md", .cv(.any),
                 "# Ann Lee\n\n" + (0..<1000).map { String(repeating: "  ", count: $0) + "- level \($0)\n" }.joined()),
            text("nested-blockquote-10000.md", .cv(.any), "# Ann Lee\n\n" + String(repeating: ">", count: 10_000) + " x\n"),
            text("nested-brackets-10000.md", .cv(.any), "# Ann Lee\n\n" + String(repeating: "[", count: 10_000) + "x" + String(repeating: "](u)", count: 10_000) + "\n"),
            text("nested-emphasis-10000.md", .cv(.any), "# Ann Lee\n\n" + String(repeating: "*", count: 10_000) + "a" + String(repeating: "*", count: 10_000) + "\n"),
            text("nested-json-arrays-10000.json", .notACV, String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
            text("nested-json-objects-10000.json", .notACV, String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)),
            text("nested-json-unclosed-10000.json", .notACV, String(repeating: "[", count: 10_000)),
            text("nested-yaml-sequences-10000.yaml", .notACV, String(repeating: "- ", count: 10_000) + "x\n"),
            // YAML alias bombs.
            text("billion-laughs.yaml", .notACV, billionLaughs()),
            text("billion-laughs-in-basics.yaml", .notACV,
                 "basics:\n  name: Ann Lee\n" + billionLaughs(indent: "  ") + "work:\n  - name: *i\n    position: *i\n"),
            text("billion-laughs-rendercv.yaml", .notACV,
                 "cv:\n  name: Ann Lee\n" + billionLaughs(indent: "  ") + "  sections:\n    experience: *i\n"),
            text("billion-laughs-as-key.yaml", .notACV, billionLaughs() + "? *i\n: x\n"),
            text("alias-as-implicit-key.yaml", .notACV, "a: &a [1, 2]\n*a : x\n"),
            text("billion-laughs-front-matter.md", .cv(.any), "---\n" + billionLaughs() + "---\n# Ann Lee\n"),
            // Pathological dates.
            file("date-month-13.md", .cv(.errors(["date-impossible"]))) { cv(dates: "2016-13 – 2018-01") },
            file("date-month-00.md", .cv(.errors(["date-impossible"]))) { cv(dates: "2016-00 – 2018-01") },
            file("date-end-before-start.md", .cv(.errors(["date-order"]))) { cv(dates: "2019 – 2015") },
            file("date-year-0.md", .cv(.errors(["date-impossible"]))) {
                cv(dates: "0000-01 – 2001-02")
            },
            file("date-year-99999.md", .cv(.errorsNotYetReported(["date-impossible"], because: "a five-digit year leaves the role without dates, silently"))) {
                cv(dates: "Jan 99999 – present")
            },
            file("date-present-to-1999.md", .cv(.errors(["date-order"]))) {
                cv(dates: "present - 1999")
            },
            file("date-overflowing-integers.md", .cv(.any)) { cv(dates: "2019-99999999999999999999999 – 99999999999999999999999") },
            text("date-json-month-13.json", .cv(.errors(["date-impossible"])),
                 #"{"basics": {"name": "Ann Lee"}, "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-13-01", "endDate": "2020-01-01"}]}"#),
            text("date-json-overflowing.json", .cv(.any),
                 #"{"basics": {"name": "Ann Lee"}, "work": [{"name": "Acme", "position": "Engineer", "startDate": "99999999999999999999999-01", "endDate": "-1"}]}"#),
            text("date-rendercv-end-before-start.yaml", .cv(.errors(["date-order"])),
                 "cv:\n  name: Ann Lee\n  sections:\n    experience:\n      - company: Acme\n        position: Engineer\n        start_date: 2020-05\n        end_date: 2018-01\n"),
            // Broken front matter and HTML.
            text("front-matter-unclosed.md", .cv(.any), "---\nname: Ann Lee\n# Ann Lee\n\n## Experience\n"),
            text("front-matter-invalid-yaml.md", .cv(.any), "---\nname: [unclosed\n---\n# Ann Lee\n"),
            text("front-matter-binary-looking.md", .cv(.any), "---\n\u{1}\u{2}\u{3}: \u{7f}\n---\n# Ann Lee\n"),
            text("html-unclosed.md", .cv(.any), "# Ann Lee\n\n<div><table><tr><td>Senior Engineer <b>Acme\n\n## Experience\n"),
            text("html-mismatched.md", .cv(.any), "# Ann Lee\n\n<div><span><p>Engineer</div></span></p></td></table>\n"),
            text("html-nested-div-10000.md", .cv(.any), "# Ann Lee\n\n" + String(repeating: "<div>", count: 10_000) + "x\n"),
            text("html-unclosed-comment.md", .cv(.any), "# Ann Lee\n\n<!-- cvtrack:disable spelling\n## Experience\n"),
            text("html-bad-entities.md", .cv(.any), "# Ann Lee\n\n<p>&#xFFFFFFFF; &#0; &#55296; &nosuchentity; &amp</p>\n"),
            // Not a file cvtrack can read.
            BadInput(name: "cv-is-a-directory.md", make: .directory, expect: .unreadable),
            BadInput(name: "dangling-symlink.md", make: .danglingSymlink, expect: .unreadable),
            BadInput(name: "symlink-loop.md", make: .symlinkLoop, expect: .unreadable),
            BadInput(name: "named-pipe.md", make: .fifo, expect: .unreadable),
            BadInput(name: "link-to-dev-zero.md", make: .deviceLink, expect: .unreadable),
            BadInput(name: "unreadable-chmod-000.md", make: .unreadable, expect: .unreadable),
        ]
    }()

    /// Hostile job titles: each becomes the heading of a job ad that `tailor` commits on a branch of its own.
    static let hostileTitles: [String] = [
        "../../x",
        "refs/heads/main",
        "Senior   Platform\tEngineer   with spaces",
        "Engineer\u{1}\u{7}\u{1B}[31m in red\u{7F}",
        "engineer.lock",
        "main@{1}",
        "@{",
        "HEAD",
        "-",
        "..",
        "a//b/./c/../d",
        "~^:?*[\\ engineer",
        "🚀🚀🚀",
        "Ingénieur Plateforme — Zürich",
        String(repeating: "Very Long Title ", count: 640),  // 10 KB
    ]
}
