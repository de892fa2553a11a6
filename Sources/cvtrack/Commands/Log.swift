import ArgumentParser
import CVCore
import CVGit
import CVTrackKit

#if canImport(Glibc)
    import Glibc
#endif

extension CVTrack {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            _superCommandName: CVTrack.toolName,
            abstract: "The semantic history of a CV: each commit with what it changed, in CV words.",
            discussion: """
                Follows the CV through renames and format changes (resume.txt → resume.md → resume.json). A commit \
                that changes only a file a LaTeX CV includes (\\input) is a change of the CV.
                  cvtrack log                      every commit that changed the tracked CV, newest first
                  cvtrack log -n 5 --reverse       the first five, oldest first
                  cvtrack log --skill Kubernetes   when did I add (or move, or drop) Kubernetes?
                  cvtrack log --role Acme          how did my Acme role evolve?
                  cvtrack log v1.0 -- cv.md        from a tag, for one file
                """
        )

        @Option(name: .customShort("n"), help: ArgumentHelp("Show at most this many commits.", valueName: "count"))
        var maxCount: Int?

        @Option(help: ArgumentHelp("Only commits made on or after this date (YYYY-MM-DD).", valueName: "date"))
        var since: String?

        @Flag(help: "Oldest first.")
        var reverse = false

        @Option(help: "Output format: text or json.")
        var format: LogFormat = .text

        @Option(help: ArgumentHelp("Only changes to roles (and their bullets) whose organisation or title contains this text.", valueName: "text"))
        var role: String?

        @Option(help: ArgumentHelp("Only changes to this skill (aliases count: k8s finds Kubernetes).", valueName: "name"))
        var skill: String?

        @Option(help: ArgumentHelp("Colour: auto, always or never.", valueName: "when"))
        var color: ColorChoice = .auto

        @Flag(help: "Neither read nor write the cache of parsed versions (.git/cvtrack/log-cache).")
        var noCache = false

        @Argument(help: ArgumentHelp("Start from this revision (default: HEAD).", valueName: "rev"))
        var revision: String?

        @Option(name: .customLong("path"), help: ArgumentHelp("The CV to follow (or give it after --).", valueName: "path"))
        var paths: [String] = []

        enum LogFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func validate() throws {
            if let maxCount, maxCount < 0 { throw ValidationError("-n must not be negative.") }
            if let since, Self.day(since) == nil { throw ValidationError("--since takes a date as YYYY-MM-DD, not '\(since)'.") }
        }

        func run() throws {
            let workspace = try Workspace()
            if workspace.repository.isHeadUnborn && revision == nil {
                throw WorkspaceError("your current branch '\(workspace.repository.headBranchName ?? "HEAD")' does not have any commits yet")
            }
            let path = try paths.count > 1 ? { throw WorkspaceError("give one CV to follow") }()
                : paths.first.map { try workspace.repositoryPath($0) } ?? workspace.singleTrackedCV(hint: "name one after --")
            var entries: [HistoryEntry] = []
            let limit = since.flatMap(Self.day)
            let cache = noCache ? nil : LogCache(gitDir: workspace.repository.gitDir, stamp: LogCache.buildStamp())
            // Text in history order is rendered as the entries come (this thread waits for them otherwise).
            let style = DiffRenderer.Style(color: color.enabled)
            let streaming = format == .text && !reverse
            let census = role == nil && skill == nil
            var rendered = ""
            var count = 0
            // Unfiltered text in history order is rendered where each entry is diffed (on every core): this thread
            // only joins the texts, so that it has no backlog to render once the diffs are done.
            var prepare: (@Sendable (HistoryEntry) -> String)?
            if streaming && census {
                prepare = { entry in
                    var out = ""
                    Self.render(entry, style: style, census: true, into: &out)
                    return out
                }
            }
            try HistoryBuilder(workspace: workspace).walk(path: path, from: revision ?? "HEAD", cache: cache, prepare: prepare) { entry in
                if let limit, entry.commit.committer.time < limit { return true }
                if let kept = filter(entry) {
                    if streaming {
                        // Rendered now, so not kept: a long history's entries need not all be in memory.
                        if count > 0 { rendered += "\n" }
                        if let prepared = kept.prepared { rendered += prepared } else { Self.render(kept, style: style, census: census, into: &rendered) }
                    } else {
                        entries.append(kept)
                    }
                    count += 1
                }
                return maxCount.map { count < $0 } ?? true
            }
            if reverse { entries.reverse() }
            // The cache is written while the history is printed.
            let output = {
                switch format {
                case .json: print(Self.json(entries), terminator: "")
                case .text where streaming: print(rendered, terminator: "")
                case .text: printText(entries, style: style)
                }
            }
            if let cache { cache.save(alongside: output) } else { output() }
        }

        /// Keeps the commit with only the changes the filters ask for; drops it when none is left.
        func filter(_ e: HistoryEntry) -> HistoryEntry? {
            guard role != nil || skill != nil else { return e }
            var e = e
            e.diff.changes = e.diff.changes.filter { c in
                if let role {
                    let roleKinds: Set<Change.Kind> = [.roleAdded, .roleRemoved, .roleRetitled, .roleOrganisation, .roleDates, .roleLocation,
                                                       .roleReordered, .roleKeywords, .roleChanged, .bulletAdded, .bulletRemoved, .bulletReworded, .bulletMoved]
                    if roleKinds.contains(c.kind) && (c.subject.lowercased().contains(role.lowercased())
                        || (c.kind == .roleRetitled || c.kind == .roleOrganisation) && [c.old, c.new].contains { $0?.lowercased().contains(role.lowercased()) == true }) {
                        return true
                    }
                }
                if let skill {
                    let want = SkillLexicon.canonicalOrSelf(skill).lowercased()
                    if c.kind.rawValue.hasPrefix("skill.") && c.kind != .skillCategoryRenamed
                        && (c.subject.lowercased() == want || SkillLexicon.canonicalOrSelf(c.subject).lowercased() == want) {
                        return true
                    }
                    if c.kind == .roleKeywords, [c.old, c.new].contains(where: { list in
                        list?.split(separator: ",").contains { SkillLexicon.canonicalOrSelf(HTMLText.collapseWhitespace($0)).lowercased() == want } == true
                    }) {
                        return true
                    }
                }
                return false
            }
            return e.diff.isEmpty ? nil : e
        }

        /// Writes the entries as text: each rendered on its own (on every core), then written in order.
        func printText(_ entries: [HistoryEntry], style: DiffRenderer.Style) {
            let census = role == nil && skill == nil
            let chunk = 256
            let parts = Parallel.map(Array(stride(from: 0, to: entries.count, by: chunk))) { first in
                var out = ""
                for n in first..<min(first + chunk, entries.count) {
                    if n > 0 { out += "\n" }
                    Self.render(entries[n], style: style, census: census, into: &out)
                }
                return out
            }
            for part in parts { print(part, terminator: "") }
        }

        /// One commit's lines: its header, then its changes indented.
        static func render(_ e: HistoryEntry, style: DiffRenderer.Style, census: Bool, into out: inout String) {
            out += style.changed("commit \(e.commit.id.short)") + "  " + date(e.commit.author) + "  " + e.commit.summary + "\n"
            if let from = e.renamedFrom { out += "    renamed \(from) → \(e.path)\n" }
            if e.isDeletion { out += "    \(e.path) deleted\n"; return }
            if let u = e.unreadable { out += "    could not read this version: \(u)\n"; return }
            if e.isFirst && census {
                out += "    first version of \(e.path): " + Self.census(e.diff) + "\n"
                return
            }
            if e.diff.isEmpty { out += "    no change to the CV's content (layout only)\n"; return }
            // Each finished line, indented (found on bytes: splitting on Characters cost more than the rendering).
            let text = DiffRenderer.text(e.diff, style: style)
            var rest = text[...]
            while let newline = rest.utf8.firstIndex(of: 0x0A) {
                out += "    "
                out += rest[..<newline]
                out += "\n"
                rest = rest[rest.utf8.index(after: newline)...]
            }
        }

        /// "3 roles, 12 skills, 2 projects" for a first version.
        static func census(_ d: CVDiff) -> String {
            let c = Dictionary(d.counts, uniquingKeysWith: +)
            let parts = [("role", c[.roleAdded]), ("skill", c[.skillAdded]), ("project", c[.projectAdded]), ("education entry", c[.educationAdded])]
                .compactMap { name, n in n.map { "\($0) \($0 == 1 ? name : name.hasSuffix("y") ? name.dropLast() + "ies" : name + "s")" } }
            return parts.isEmpty ? "no roles or skills read" : parts.joined(separator: ", ")
        }

        static func json(_ entries: [HistoryEntry]) -> String {
            JSONValue.array(entries.map { e in
                var o: [(String, JSONValue)] = [
                    ("commit", .string(e.commit.id.hex)), ("date", .string(date(e.commit.author))),
                    ("subject", .string(e.commit.summary)), ("path", .string(e.path)),
                ]
                if let r = e.renamedFrom { o.append(("renamedFrom", .string(r))) }
                if e.isFirst { o.append(("first", .bool(true))) }
                if e.isDeletion { o.append(("deleted", .bool(true))) }
                if let u = e.unreadable { o.append(("unreadable", .string(u))) }
                o.append(("changes", .array(e.diff.changes.map(DiffRenderer.jsonValue))))
                return .object(o)
            }).render(sortedKeys: false)
        }

        /// `2024-05-30` in the signature's own time zone.
        static func date(_ s: GitSignature) -> String {
            var t = time_t(s.time + Int64(s.offsetMinutes) * 60)
            var tmv = tm()
            gmtime_r(&t, &tmv)
            return PartialDate(year: Int(tmv.tm_year) + 1900, month: Int(tmv.tm_mon) + 1, day: Int(tmv.tm_mday)).description
        }

        /// Seconds since 1970 at the start of a YYYY-MM-DD day (UTC).
        static func day(_ s: String) -> Int64? {
            let parts = s.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
            var tmv = tm()
            tmv.tm_year = Int32(parts[0] - 1900)
            tmv.tm_mon = Int32(parts[1] - 1)
            tmv.tm_mday = Int32(parts[2])
            return Int64(timegm(&tmv))
        }
    }
}
