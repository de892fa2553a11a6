/// Cuts a variant out of the base text, by whole lines (and by moving the items of one-line skill lists):
/// every line it outputs is a line of the base, or the same line with its comma-separated items reordered.
struct VariantEditor {
    let lines: [Substring]
    let document: CVDocument
    let index: TailorIndex
    let relevance: [Double]
    let options: TailorOptions
    /// What serves the job, for the focused variant (nil: `--keep-all`, nothing cut for being off the job).
    let focus: VariantFocus?
    /// 1-based line → removed.
    private var deleted: [Bool]
    /// 1-based line → replacement (a reordered skills line).
    private var replaced: [Int: String] = [:]
    /// Lines never removed: section headings, role headings and date lines.
    private var protected: Set<Int> = []
    /// Line order after reordering bullets: 1-based line numbers.
    private var order: [Int]
    private(set) var cuts: [TailorCut] = []
    private let maxRelevance: Double
    /// Role index → top-level bullet index → the items of that bullet (itself and its sub-bullets).
    private let bulletItems: [Int: [Int: [Int]]]
    /// For a LaTeX CV: what the variant must keep balanced (nil for other formats).
    private let latex: LaTeXVariantRules?
    /// Role index → the index items of the role (heading, paragraphs, bullets); project index → those of the project.
    private let roleItems: [Int: [Int]]
    private let projectItems: [Int: [Int]]
    /// Roles reduced to their heading lines.
    private var collapsed: Set<Int> = []
    /// What the ad's lists ask for (`SkillLineReorder.listed`): the only skills a skills line is rewritten to bring
    /// forward.
    private let listed: SkillLineReorder.Listed

    init(text: String, document: CVDocument, index: TailorIndex, relevance: [Double], options: TailorOptions,
         focus: VariantFocus? = nil, listed: SkillLineReorder.Listed) {
        // Line ends are LF (`CVReader.decode` turns CRLF into LF; so does this, for text that did not pass there).
        let text = text.unicodeScalars.contains("\r") ? text.replacingCRLF() : text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.document = document
        self.index = index
        self.relevance = relevance
        self.options = options
        self.focus = focus
        self.listed = listed
        deleted = Array(repeating: false, count: lines.count + 2)
        order = Array(1...max(1, lines.count))
        maxRelevance = max(relevance.max() ?? 0, 1e-9)
        var bulletItems: [Int: [Int: [Int]]] = [:]
        var roleItems: [Int: [Int]] = [:]
        var projectItems: [Int: [Int]] = [:]
        for (i, item) in index.items.enumerated() {
            if let role = item.evidence.roleIndex { roleItems[role, default: []].append(i) }
            if let project = item.evidence.projectIndex { projectItems[project, default: []].append(i) }
            guard item.evidence.kind == .bullet, let role = item.evidence.roleIndex, let top = item.evidence.topBulletIndex
            else { continue }
            bulletItems[role, default: [:]][top, default: []].append(i)
        }
        self.bulletItems = bulletItems
        self.roleItems = roleItems
        self.projectItems = projectItems
        latex = document.format == .latex ? LaTeXVariantRules(text: text) : nil
        for heading in document.headings { protected.formUnion(heading.source.lines) }
        for role in document.roles {
            let content = (role.text + role.bullets).flatMap(\.flattened).map(\.source.start.line).min()
            let headEnd = (content ?? role.source.start.line + 1) - 1
            if headEnd >= role.source.start.line { protected.formUnion(role.source.start.line...headEnd) }
            if let dates = role.dates?.source { protected.formUnion(dates.lines) }
        }
    }

    mutating func apply() {
        collapseOldRoles()
        if let focus {
            focusRoles(focus)
            dropAsides()
            trimSchoolEducation()
        }
        pruneBullets()
        dropProjects()
        if options.reorderSkills { reorderSkills() }
        if latex != nil { dropEmptyLists() }
    }

    func output() -> String {
        var out: [Substring] = []
        var previousBlank = true
        var skippedSinceLast = false
        for n in order where n >= 1 && n <= lines.count {
            if deleted[n] { skippedSinceLast = true; continue }
            let line: Substring = replaced[n].map { Substring($0) } ?? lines[n - 1]
            let blank = line.allSatisfy(\.isWhitespace)
            // Removing a block must not leave two blank lines where the base had one.
            if blank && previousBlank && skippedSinceLast { continue }
            out.append(line)
            previousBlank = blank
            skippedSinceLast = false
        }
        return out.joined(separator: "\n")
    }

    // MARK: Relevance

    private func relevance(ofBullet roleIndex: Int, _ top: Int) -> Double {
        var own = 0.0
        var children = 0.0
        let source = document.roles[roleIndex].bullets[top].source
        for i in bulletItems[roleIndex]?[top] ?? [] {
            if index.items[i].evidence.source == source {
                own = max(own, relevance[i])
            } else {
                children = max(children, relevance[i])
            }
        }
        return own + 0.5 * children
    }

    private func stems(ofBullet roleIndex: Int, _ top: Int) -> Set<String> {
        var stems: Set<String> = []
        for i in bulletItems[roleIndex]?[top] ?? [] {
            stems.formUnion(index.items[i].bag.stems.keys)
            stems.formUnion(index.items[i].bag.skills.keys.map { "#" + $0 })
        }
        return stems
    }

    // MARK: Roles

    private mutating func collapseOldRoles() {
        guard let before = options.collapseBefore else { return }
        for (ri, role) in document.roles.enumerated() {
            guard let end = role.dates?.end, let endYear = end.date?.year, endYear < before else { continue }
            collapse(ri)
        }
    }

    /// Removes a role's paragraphs and bullets, keeping its heading lines: the role stays on the timeline.
    private mutating func collapse(_ ri: Int) {
        collapsed.insert(ri)
        let role = document.roles[ri]
        var removed = false
        for item in role.text + role.bullets where remove(item.flattened.map(\.source)) { removed = true }
        if removed {
            let name = [role.title, role.organisation].compactMap { $0 }.joined(separator: " at ")
            cuts.append(TailorCut(kind: .roleCollapsed, text: "\(name) (\(role.dates?.text ?? "")): kept its heading only",
                                  source: role.source))
        }
    }

    // MARK: Focus

    /// The focused variant's roles. An old role (`VariantFocus.oldAfterYears`) keeps only its heading unless a
    /// piece of it serves the job strongly or several do (`VariantFocus.oldRoleKeptBy`). Every other role keeps its paragraphs and the bullets that serve the job,
    /// and at least its `VariantFocus.keptPerRole` most relevant bullets, so that none is left bare; a kept
    /// bullet loses the sub-bullets that serve nothing when some of their siblings serve.
    private mutating func focusRoles(_ focus: VariantFocus) {
        for (ri, role) in document.roles.enumerated() where !collapsed.contains(ri) {
            if isOld(role) {
                let pieces = (roleItems[ri] ?? []).filter { index.items[$0].evidence.kind != .role }
                if !pieces.contains(where: { focus.strong[$0] }),
                   pieces.filter({ focus.serves[$0] }).count < VariantFocus.oldRoleKeptBy {
                    collapse(ri)
                    continue
                }
            }
            guard !role.bullets.isEmpty else { continue }
            var keep = Set(role.bullets.indices.filter { bi in (bulletItems[ri]?[bi] ?? []).contains { focus.serves[$0] } })
            if keep.count < VariantFocus.keptPerRole {
                let scores = role.bullets.indices.map { relevance(ofBullet: ri, $0) }
                let strongest = role.bullets.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
                for bi in strongest where keep.count < VariantFocus.keptPerRole { keep.insert(bi) }
            }
            for (bi, bullet) in role.bullets.enumerated() {
                if keep.contains(bi) {
                    focusChildren(of: bullet, role: ri, top: bi, focus)
                } else if remove(bullet.flattened.map(\.source)) {
                    cuts.append(TailorCut(kind: .bullet, text: VariantEditor.excerpt(bullet.text), source: bullet.source))
                }
            }
        }
    }

    /// Whether a role ended more than `VariantFocus.oldAfterYears` before the reference year.
    private func isOld(_ role: Role) -> Bool {
        guard let end = TailorIndex.endYear(role.dates, reference: index.referenceYear) else { return false }
        return end < index.referenceYear - VariantFocus.oldAfterYears
    }

    /// The sub-bullets of a kept bullet that serve no requirement go when some of their siblings serve one
    /// ("Took on many responsibilities, including:" keeps the incidents, not the first-aid course).
    private mutating func focusChildren(of bullet: Bullet, role ri: Int, top bi: Int, _ focus: VariantFocus) {
        guard bullet.children.count >= 2 else { return }
        let items = bulletItems[ri]?[bi] ?? []
        let serving = bullet.children.map { child in
            let sources = Set(child.flattened.map(\.source))
            return items.contains { focus.serves[$0] && sources.contains(index.items[$0].evidence.source) }
        }
        guard serving.contains(true) else { return }
        for (child, serves) in zip(bullet.children, serving) where !serves && remove(child.flattened.map(\.source)) {
            cuts.append(TailorCut(kind: .bullet, text: VariantEditor.excerpt(child.text), source: child.source))
        }
    }

    /// The focused variant leaves out the sections no job ad asks about: interests and hobbies, and references
    /// (on request), heading and all. Only a section whose lines hold nothing else goes; in LaTeX, with the lines
    /// after it that close what it opens (`\end{itemize}` after its last item), and only when that makes it whole.
    private mutating func dropAsides() {
        for section in document.sections where section.kind == .interests || section.kind == .references {
            var span = section.source.lines
            guard span.lowerBound >= 1, span.upperBound <= lines.count,
                  isWholeStart(section.source.start),
                  isWholeEnd(SourcePosition(line: span.upperBound, column: section.source.end.column)) else { continue }
            if latex != nil {
                let next = document.headings.map(\.source.start.line).filter { $0 > span.upperBound }.min() ?? lines.count + 1
                var last = span.upperBound
                while last + 1 < next, !LaTeXVariantRules.isWholeBlock((span.lowerBound...last).map { lines[$0 - 1] }) { last += 1 }
                guard LaTeXVariantRules.isWholeBlock((span.lowerBound...last).map { lines[$0 - 1] }) else { continue }
                span = span.lowerBound...last
            }
            // Its own heading is the only protected line in it.
            let headings = document.headings.filter { span.contains($0.source.start.line) }
            let headingLines = Set(headings.flatMap { Array($0.source.lines) })
            guard headings.count == 1, span.allSatisfy({ !protected.contains($0) || headingLines.contains($0) }) else { continue }
            for n in span { deleted[n] = true }
            cuts.append(TailorCut(kind: .section, text: section.title, source: section.source))
        }
    }

    /// The focused variant keeps a school's entry (A-levels, GCSEs, high school, Abitur: `SchoolLevel`) to its
    /// heading lines when the CV lists a degree or other higher education too: the grades of school serve no job ad
    /// once there is a degree, and the school stays on the timeline.
    private mutating func trimSchoolEducation() {
        let school = document.education.map(SchoolLevel.isSchool)
        guard school.contains(false) else { return }
        for (education, isSchool) in zip(document.education, school) where isSchool {
            for b in education.bullets where remove(b.flattened.map(\.source)) {
                cuts.append(TailorCut(kind: .bullet, text: VariantEditor.excerpt(b.text), source: b.source))
            }
        }
    }

    // MARK: Bullets

    private mutating func pruneBullets() {
        for (ri, role) in document.roles.enumerated() where !role.bullets.isEmpty {
            if collapsed.contains(ri) { continue }
            let scores = role.bullets.indices.map { relevance(ofBullet: ri, $0) }
            // Bullets the focused variant already left out are out of the count.
            let alive = role.bullets.indices.filter { !deleted[role.bullets[$0].source.start.line] }
            var keep = Set(alive)
            if let limit = options.maxBullets, alive.count > max(0, limit) {
                let chosen = select(count: max(0, limit), scores: alive.map { scores[$0] }, stems: alive.map { stems(ofBullet: ri, $0) })
                keep = Set(chosen.map { alive[$0] })
                for bi in alive where !keep.contains(bi) {
                    let bullet = role.bullets[bi]
                    if remove(bullet.flattened.map(\.source)) {
                        cuts.append(TailorCut(kind: .bullet, text: VariantEditor.excerpt(bullet.text), source: bullet.source))
                    } else {
                        keep.insert(bi)
                    }
                }
            }
            if options.order == .relevance { reorder(role: role, keep: keep, scores: scores) }
        }
    }

    /// The `count` most relevant bullets, each next pick penalised by its likeness to those already picked
    /// (maximal marginal relevance), so that three bullets saying one thing do not crowd out the others.
    private func select(count: Int, scores: [Double], stems: [Set<String>]) -> [Int] {
        let top = max(scores.max() ?? 0, 1e-9)
        var chosen: [Int] = []
        var left = Array(scores.indices)
        while chosen.count < count, !left.isEmpty {
            var best = left[0]
            var bestValue = -Double.infinity
            for i in left {
                var likeness = 0.0
                for j in chosen {
                    let union = stems[i].union(stems[j]).count
                    if union > 0 { likeness = max(likeness, Double(stems[i].intersection(stems[j]).count) / Double(union)) }
                }
                let value = 0.7 * scores[i] / top - 0.3 * likeness
                if value > bestValue + 1e-12 { bestValue = value; best = i }
            }
            chosen.append(best)
            left.removeAll { $0 == best }
        }
        return chosen.sorted()
    }

    /// Puts the kept bullets of each run (bullets with only blank or removed lines between them) in order of
    /// relevance, moving whole bullets.
    private mutating func reorder(role: Role, keep: Set<Int>, scores: [Double]) {
        var runs: [[Int]] = []
        var current: [Int] = []
        var lastEnd = 0
        for bi in role.bullets.indices where keep.contains(bi) {
            let range = blockLines(role.bullets[bi])
            if let last = current.last, let lastBlock = Optional(blockLines(role.bullets[last])) {
                // Bullets on one line (a LaTeX CV's included file, read at its `\input`) are no run.
                let clear = range.lowerBound > lastBlock.upperBound
                    && ((lastBlock.upperBound + 1)..<range.lowerBound).allSatisfy { deleted[$0] || lines[$0 - 1].allSatisfy(\.isWhitespace) }
                if !clear || range.lowerBound <= lastEnd { runs.append(current); current = [] }
            }
            current.append(bi)
            lastEnd = range.upperBound
        }
        if !current.isEmpty { runs.append(current) }
        var moved = false
        // LaTeX: only whole items move (each block closes what it opens and includes no file).
        for run in runs where run.count > 1
            && (latex == nil || run.allSatisfy({ LaTeXVariantRules.isWholeBlock(blockLines(role.bullets[$0]).map { lines[$0 - 1] }) }))
        {
            let sorted = run.enumerated().sorted { a, b in
                scores[a.element] != scores[b.element] ? scores[a.element] > scores[b.element] : a.offset < b.offset
            }.map(\.element)
            guard sorted != run else { continue }
            // Slots: each kept bullet's lines, in written order; fill them with the bullets in relevance order.
            let blocks = run.map { blockLines(role.bullets[$0]) }
            let newBlocks = sorted.map { blockLines(role.bullets[$0]) }
            guard let first = blocks.first?.lowerBound, let last = blocks.last?.upperBound,
                  let start = order.firstIndex(of: first), let end = order.firstIndex(of: last), start <= end else { continue }
            var replacement: [Int] = []
            var slot = 0
            var n = first
            while n <= last {
                if slot < blocks.count && n == blocks[slot].lowerBound {
                    replacement.append(contentsOf: newBlocks[slot])
                    n = blocks[slot].upperBound + 1
                    slot += 1
                } else {
                    replacement.append(n)
                    n += 1
                }
            }
            order.replaceSubrange(start...end, with: replacement)
            moved = true
        }
        if moved {
            let name = [role.title, role.organisation].compactMap { $0 }.joined(separator: " at ")
            cuts.append(TailorCut(kind: .bulletsReordered, text: "\(name): bullets in order of relevance", source: role.source))
        }
    }

    private func blockLines(_ bullet: Bullet) -> ClosedRange<Int> {
        let sources = bullet.flattened.map(\.source)
        let lo = sources.map(\.start.line).min() ?? bullet.source.start.line
        let hi = sources.map { max($0.start.line, $0.end.line) }.max() ?? lo
        return lo...max(lo, hi)
    }

    // MARK: Projects

    /// Drops the projects below `dropProjectsBelow` of the CV's most relevant piece; the focused variant, those
    /// nothing of which serves the job strongly (a project is an aside unless it shows what the ad asks for).
    private mutating func dropProjects() {
        guard let threshold = options.dropProjectsBelow else { return }
        for (pi, project) in document.projects.enumerated() {
            let items = projectItems[pi] ?? []
            if let focus {
                guard !items.contains(where: { focus.strong[$0] }) else { continue }
            } else {
                let score = items.map { relevance[$0] }.max() ?? 0
                guard score / maxRelevance < threshold else { continue }
            }
            if remove([project.source]) {
                cuts.append(TailorCut(kind: .project, text: project.name, source: project.source))
            }
        }
    }

    // MARK: Skills

    private mutating func reorderSkills() {
        for category in document.skills where category.skills.count >= 2 {
            let line = category.skills[0].source.start.line
            guard category.skills.allSatisfy({ $0.source.start.line == line && $0.source.end.line == line }),
                  line >= 1, line <= lines.count, replaced[line] == nil, !deleted[line] else { continue }
            let scores: [SkillLineReorder.Scored] = category.skills.map { skill in
                let scored = zip(index.items, relevance).first {
                    $0.0.evidence.kind == .skill && $0.0.evidence.source == skill.source && $0.0.evidence.text == skill.text
                }
                // Only what the ad's lists ask moves forward; the rest keeps the holder's order.
                let asked = scored.map { listed.asks($0.0.bag) } ?? false
                return SkillLineReorder.Scored(text: skill.text, column: skill.source.start.column,
                                               score: asked ? scored?.1 ?? 0 : 0)
            }
            guard let reordered = SkillLineReorder.reorder(String(lines[line - 1]), scores: scores) else { continue }
            // LaTeX: a balanced line stays balanced (no item moves past a brace of its line).
            if latex != nil, LaTeXVariantRules.isWholeBlock([lines[line - 1]]), !LaTeXVariantRules.isWholeBlock([Substring(reordered)]) { continue }
            replaced[line] = reordered
            cuts.append(TailorCut(kind: .skillsReordered,
                                  text: "\(category.name ?? "skills"): items in order of relevance",
                                  source: SourceRange(lines: line, line)))
        }
    }

    // MARK: Removing lines

    /// Removes the lines of these ranges if each is whole (nothing else on its first and last lines but
    /// list marks, tags and spaces) and none is protected. Returns whether anything was removed.
    private mutating func remove(_ ranges: [SourceRange]) -> Bool {
        var targets: [Int] = []
        for range in ranges {
            guard range.start.line >= 1, range.end.line <= lines.count else { return false }
            let last = max(range.start.line, range.end.line)
            guard isWholeStart(range.start), isWholeEnd(SourcePosition(line: last, column: range.end.column)) else { return false }
            for n in range.start.line...last {
                if protected.contains(n) { return false }
                targets.append(n)
            }
        }
        guard !targets.isEmpty else { return false }
        // LaTeX: only whole groups and environments go (an `\item` line that also ends its list stays).
        if latex != nil {
            var blocks: [[Int]] = []
            for n in targets.sorted() {
                if let last = blocks.last?.last, n == last + 1 { blocks[blocks.count - 1].append(n) } else { blocks.append([n]) }
            }
            for block in blocks where !LaTeXVariantRules.isWholeBlock(block.map { lines[$0 - 1] }) { return false }
        }
        for n in targets { deleted[n] = true }
        return true
    }

    /// LaTeX: a list whose items were all removed goes whole, its `\begin` and `\end` lines (or the user's macros
    /// for them) with it; where those lines hold more (`\end{itemize}}` closing a `\cventry` argument), the list
    /// keeps its first item instead (LaTeX refuses an empty list). A list that was empty in the base stays.
    private mutating func dropEmptyLists() {
        guard let latex else { return }
        struct Open {
            var line: Int
            var environment: String
            var whole: Bool
            var hasContent = false
            var lostLines = false
        }
        var stack: [Open] = []
        for n in 1...max(1, lines.count) where n <= lines.count {
            let line = lines[n - 1]
            if !deleted[n], let (environment, whole) = latex.opens(line) {
                stack.append(Open(line: n, environment: environment, whole: whole))
                continue
            }
            if !deleted[n], let (environment, whole) = latex.closes(line), let open = stack.last, open.environment == environment {
                stack.removeLast()
                if !open.hasContent && open.lostLines {
                    if open.whole && whole {
                        for k in open.line...n { deleted[k] = true }
                        continue
                    }
                    restoreFirstBlock(in: (open.line + 1)..<n)
                }
                if !stack.isEmpty { stack[stack.count - 1].hasContent = true }
                continue
            }
            guard !stack.isEmpty else { continue }
            if deleted[n] {
                stack[stack.count - 1].lostLines = true
            } else if !LaTeXVariantRules.isEmpty(line) {
                stack[stack.count - 1].hasContent = true
            }
        }
    }

    /// Puts back the first removed item in `range` (a bullet's lines, else the first run of removed lines), and takes
    /// its cut out of the report.
    private mutating func restoreFirstBlock(in range: Range<Int>) {
        guard let first = range.first(where: { deleted[$0] }) else { return }
        let bullet = document.roles.lazy.flatMap { $0.text + $0.bullets }.map(blockLines).first { $0.lowerBound == first }
        var k = first
        while k < range.upperBound, deleted[k], bullet.map({ $0.contains(k) }) ?? true {
            deleted[k] = false
            k += 1
        }
        cuts.removeAll { $0.kind == .bullet && $0.source.start.line == first }
    }

    private func isWholeStart(_ p: SourcePosition) -> Bool {
        let scalars = Array(lines[p.line - 1].unicodeScalars)
        let before = scalars.prefix(max(0, p.column - 1))
        return VariantEditor.onlyMarkup(String(String.UnicodeScalarView(before)), leading: true)
    }

    private func isWholeEnd(_ p: SourcePosition) -> Bool {
        guard p.column > 0 else { return true }
        let scalars = Array(lines[p.line - 1].unicodeScalars)
        let after = scalars.dropFirst(min(scalars.count, p.column))
        return VariantEditor.onlyMarkup(String(String.UnicodeScalarView(after)), leading: false)
    }

    /// Spaces, HTML tags, and (before the text) list marks.
    static func onlyMarkup(_ s: String, leading: Bool) -> Bool {
        var inTag = false
        var digitsRun = false
        for c in s {
            if inTag { if c == ">" { inTag = false }; continue }
            if c == "<" { inTag = true; continue }
            if c.isWhitespace { digitsRun = false; continue }
            if leading {
                if "-*+•·–◦▪>".contains(c) { continue }
                if c.isNumber { digitsRun = true; continue }
                if (c == "." || c == ")") && digitsRun { continue }
            }
            return false
        }
        return !inTag
    }

    static func excerpt(_ s: String, limit: Int = 90) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }
}
