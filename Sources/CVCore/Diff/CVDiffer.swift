/// Compares two versions of a CV at the level of roles, bullets, skills, projects, education and sections.
///
/// Entries are matched by natural keys (organisation, title, start) first, then by similarity with a
/// global assignment, never by position: inserting a role at the top changes nothing else. What only
/// changes the layout (re-indentation, restyled headings, another file format) is no change.
public enum CVDiffer {
    public static func diff(_ old: CVDocument, _ new: CVDocument) -> CVDiff {
        var changes: [Change] = []
        changes += diffPerson(old.person, new.person)
        changes += diffSummary(old.summary, new.summary)
        var sections = diffSections(old, new)
        // A section kept as it is that came or went is one change that says what it holds (`English; French`).
        for k in sections.indices where sections[k].kind == .sectionAdded || sections[k].kind == .sectionRemoved {
            let added = sections[k].kind == .sectionAdded
            let title = Key.loose(sections[k].subject)
            guard let s = (added ? new.sections : old.sections).first(where: { Key.loose($0.title) == title }), !s.items.isEmpty else { continue }
            let held = s.items.flatMap(\.flattened).map { Key.text($0.text) }.joined(separator: "; ")
            if added { sections[k].new = held } else { sections[k].old = held }
        }
        changes += sections
        changes += diffRoles(old.roles, new.roles)
        changes += diffProjects(old.projects, new.projects)
        changes += diffEducation(old.education, new.education)
        changes += diffSkills(old.skills, new.skills)
        // A section that came or went is one change (`section.added` / `section.removed`), not one change an item.
        let gone = Set(sections.lazy.filter { $0.kind == .sectionRemoved }.map { Key.loose($0.subject) })
        let came = Set(sections.lazy.filter { $0.kind == .sectionAdded }.map { Key.loose($0.subject) })
        changes += diffNamedSections(old.sections, new.sections, removed: gone, added: came)
        let told = contactsToldOnce(projectsReadAnotherWay(readAnotherWay(changes), old, new))
        return CVDiff(changes: itemsMovedAcrossSections(headingsMadeOfItems(told, old, new), new))
    }

    /// An item of a section kept as it is that left it for another section, one that was there or one that came (`Talks`
    /// split out of `Awards & Talks`), as it was written: moved, one change, not removed from one and added to the other.
    static func itemsMovedAcrossSections(_ changes: [Change], _ new: CVDocument) -> [Change] {
        guard changes.contains(where: { $0.kind == .sectionItemRemoved }),
              changes.contains(where: { $0.kind == .sectionItemAdded || $0.kind == .sectionAdded }) else { return changes }
        var out = changes
        var taken = Set<Int>()
        let cameSections = changes.filter { $0.kind == .sectionAdded }.compactMap { c in
            new.sections.first { Key.loose($0.title) == Key.loose(c.subject) }
        }
        for r in changes.indices where changes[r].kind == .sectionItemRemoved {
            let gone = changes[r]
            guard let text = gone.old else { continue }
            if let a = changes.indices.first(where: { a in
                changes[a].kind == .sectionItemAdded && !taken.contains(a) && changes[a].subject != gone.subject && Key.sameSpelling(changes[a].new, text)
            }) {
                taken.insert(a)
                out[r] = Change(.sectionItemMoved, subject: changes[a].subject, old: gone.subject, new: changes[a].new,
                                oldSource: gone.oldSource, newSource: changes[a].newSource)
                continue
            }
            for section in cameSections where Key.loose(section.title) != Key.loose(gone.subject) {
                guard let item = section.items.map(entry).first(where: { Key.sameSpelling(Key.text($0.text), text) }) else { continue }
                out[r] = Change(.sectionItemMoved, subject: section.title, old: gone.subject, new: Key.text(item.text),
                                oldSource: gone.oldSource, newSource: item.source)
                break
            }
        }
        return taken.isEmpty ? out : out.indices.filter { !taken.contains($0) }.map { out[$0] }
    }

    /// An item of a section made a heading (a markup slip: `* Jane Roe` → `## Jane Roe`), the items after it now under
    /// it, or such a heading made an item again: the same lines in the same order, layout. Told when a section came
    /// (went) whose title is an item gone from (come to) another section along with every item it holds.
    static func headingsMadeOfItems(_ changes: [Change], _ old: CVDocument, _ new: CVDocument) -> [Change] {
        guard changes.contains(where: { $0.kind == .sectionAdded || $0.kind == .sectionRemoved }),
              changes.contains(where: { $0.kind == .sectionItemRemoved || $0.kind == .sectionItemAdded }) else { return changes }
        var gone = Set<Int>()
        for (k, c) in changes.enumerated() where c.kind == .sectionAdded || c.kind == .sectionRemoved {
            let added = c.kind == .sectionAdded
            let title = Key.loose(c.subject)
            guard let s = (added ? new.sections : old.sections).first(where: { Key.loose($0.title) == title }) else { continue }
            let wanted: Change.Kind = added ? .sectionItemRemoved : .sectionItemAdded
            let lines = [c.subject] + s.items.flatMap(\.flattened).map(\.text)
            var found: [Int] = []
            for line in lines {
                let key = Key.loose(line)
                guard let x = changes.indices.first(where: { x in
                    changes[x].kind == wanted && !gone.contains(x) && !found.contains(x) && Key.loose((added ? changes[x].old : changes[x].new) ?? "") == key
                }) else { break }
                found.append(x)
            }
            guard found.count == lines.count, Set(found.map { changes[$0].subject }).count == 1 else { continue }
            gone.insert(k)
            gone.formUnion(found)
        }
        return gone.isEmpty ? changes : changes.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
    }

    /// An education entry read from a line of a section that was read as a plain item in the other version (`In 2009
    /// finished at X, earning a degree in Y` → `2009 - X. Degree - Y`): one entry changed, not an item removed and an
    /// entry added. Both with mostly the same words.
    static func readAnotherWay(_ changes: [Change]) -> [Change] {
        guard changes.contains(where: { $0.kind == .sectionItemRemoved || $0.kind == .sectionItemAdded }),
              changes.contains(where: { $0.kind == .educationAdded || $0.kind == .educationRemoved }) else { return changes }
        func text(_ c: Change) -> String? {
            switch c.kind {
            case .sectionItemRemoved: return c.old
            case .sectionItemAdded: return c.new
            case .educationAdded, .educationRemoved: return c.subject
            default: return nil
            }
        }
        var out = changes
        var gone = Set<Int>()
        for (k, e) in changes.enumerated() where e.kind == .educationAdded || e.kind == .educationRemoved {
            let wanted: Change.Kind = e.kind == .educationAdded ? .sectionItemRemoved : .sectionItemAdded
            let words = Key.contentWords(e.subject)
            let best = changes.indices.filter { changes[$0].kind == wanted && !gone.contains($0) }
                .map { ($0, Key.dice(words, Key.contentWords(text(changes[$0]) ?? ""))) }
                .max { $0.1 < $1.1 }
            guard let (x, score) = best, score >= 0.6, let item = text(changes[x]) else { continue }
            gone.insert(x)
            let (before, after) = e.kind == .educationAdded ? (item, e.subject) : (e.subject, item)
            let wd = WordDiff(old: Key.text(before), new: Key.text(after))
            out[k] = Change(.educationChanged, subject: e.subject, old: Key.text(before), new: Key.text(after),
                            oldSource: e.kind == .educationAdded ? changes[x].oldSource : e.oldSource,
                            newSource: e.kind == .educationAdded ? e.newSource : changes[x].newSource, words: wd.segments, similarity: wd.similarity)
        }
        return gone.isEmpty ? changes : out.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
    }

    /// A project read as a plain item of a section in the other version (its heading, its description and its tools on
    /// the item's lines: `Tide Clock — A clock of the tides. {Swift}`): the same project, not one removed and an item
    /// added. Its words as they were: layout; mostly: the project changed.
    static func projectsReadAnotherWay(_ changes: [Change], _ old: CVDocument, _ new: CVDocument) -> [Change] {
        guard changes.contains(where: { $0.kind == .sectionItemRemoved || $0.kind == .sectionItemAdded }),
              changes.contains(where: { $0.kind == .projectAdded || $0.kind == .projectRemoved }) else { return changes }
        var out = changes
        var gone = Set<Int>()
        for (k, c) in changes.enumerated() where c.kind == .projectAdded || c.kind == .projectRemoved {
            let added = c.kind == .projectAdded
            guard let p = (added ? new.projects : old.projects).first(where: { $0.source == (added ? c.newSource : c.oldSource) }) else { continue }
            let name = Key.loose(p.name)
            let words = Key.contentWords(([p.name, p.role ?? ""] + (p.text + p.bullets).flatMap(\.flattened).map(\.text) + p.keywords).joined(separator: " "))
            let wanted: Change.Kind = added ? .sectionItemRemoved : .sectionItemAdded
            // The item that begins with the project's name, and says most of what it says.
            let best = changes.indices.filter { x in
                changes[x].kind == wanted && !gone.contains(x) && Key.loose((added ? changes[x].old : changes[x].new) ?? "").hasPrefix(name)
            }.map { ($0, Key.contentWords((added ? changes[$0].old : changes[$0].new) ?? "")) }
                .map { ($0.0, $0.1, Key.dice(words, $0.1)) }.max { $0.2 < $1.2 }
            guard !name.isEmpty, let (x, itemWords, score) = best, score >= 0.6 else { continue }
            gone.insert(x)
            if itemWords == words {
                gone.insert(k)
            } else {
                out[k] = Change(.projectChanged, subject: c.subject, new: "description",
                                oldSource: added ? changes[x].oldSource : c.oldSource, newSource: added ? c.newSource : changes[x].newSource)
            }
        }
        return gone.isEmpty ? changes : out.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
    }

    /// An item of a section that is only a contact detail (an address written on a line of a `Contact` section, however
    /// it is broken: `jdoe@ example.org`) whose change is told as the contact's: told once, by the contact.
    static func contactsToldOnce(_ changes: [Change]) -> [Change] {
        guard changes.contains(where: { $0.kind == .contactChanged || $0.kind == .personChanged }),
              changes.contains(where: { $0.kind == .sectionItemRemoved || $0.kind == .sectionItemAdded || $0.kind == .sectionItemChanged })
        else { return changes }
        func bare(_ s: String?) -> String { (s ?? "").lowercased().filter { !$0.isWhitespace } }
        var values = Set<String>()
        for c in changes where c.kind == .contactChanged || c.kind == .personChanged {
            for v in [c.old, c.new] where !bare(v).isEmpty { values.insert(bare(v)) }
        }
        return changes.filter { c in
            switch c.kind {
            case .sectionItemRemoved: return !values.contains(bare(c.old))
            case .sectionItemAdded: return !values.contains(bare(c.new))
            case .sectionItemChanged: return !(values.contains(bare(c.old)) && values.contains(bare(c.new)))
            default: return true
            }
        }
    }

    // MARK: - Person and summary

    static func diffPerson(_ a: Person, _ b: Person) -> [Change] {
        var out: [Change] = []
        for field in Person.Field.allCases {
            // The same text needs no normalising (most fields of most versions).
            if a[field] == b[field] { continue }
            let x = a[field].map(Key.text)
            let y = b[field].map(Key.text)
            guard !Key.sameSpelling(x, y) else { continue }
            let kind: Change.Kind = field == .email || field == .phone ? .contactChanged : .personChanged
            out.append(Change(kind, subject: field.rawValue, old: x, new: y, oldSource: a.sources[field], newSource: b.sources[field]))
        }
        if a.links.map(\.url) == b.links.map(\.url) { return out }
        let oldLinks = Set(a.links.map { Key.url($0.url) })
        let newLinks = Set(b.links.map { Key.url($0.url) })
        let gone = a.links.filter { !newLinks.contains(Key.url($0.url)) }
        let came = b.links.filter { !oldLinks.contains(Key.url($0.url)) }
        // A profile of one network whose address or user name changed (`hitchscript` → `@hitchscript`), or a link to one
        // site whose address changed (`linkedin.com/in/jdoe` → `linkedin.com/in/jane-doe`): one change.
        let same = gone.isEmpty || came.isEmpty ? [] : Assignment.best(gone.map { o in
            came.map { n in
                (o.label != nil && Key.loose(o.label ?? "") == Key.loose(n.label ?? "")) || (Key.site(o.url).map { $0 == Key.site(n.url) } ?? false) ? 1.0 : 0
            }
        }, threshold: 1)
        let sameOld = Set(same.map(\.0))
        let sameNew = Set(same.map(\.1))
        for (x, link) in gone.enumerated() where !sameOld.contains(x) {
            out.append(Change(.contactChanged, subject: "link", old: shown(link), new: nil, oldSource: link.source))
        }
        for (x, y) in same {
            out.append(Change(.contactChanged, subject: "link", old: shown(gone[x]), new: shown(came[y]), oldSource: gone[x].source, newSource: came[y].source))
        }
        for (y, link) in came.enumerated() where !sameNew.contains(y) {
            out.append(Change(.contactChanged, subject: "link", old: nil, new: shown(link), newSource: link.source))
        }
        return out
    }

    /// A link as shown in a change: its address, and its network or label when the address does not name it
    /// (`http://github.com/jdoe (codesandbox)`).
    static func shown(_ link: Link) -> String {
        guard let label = link.label, !Key.loose(label).isEmpty, !Key.loose(link.url).contains(Key.loose(label)) else { return link.url }
        return "\(link.url) (\(label))"
    }

    static func diffSummary(_ a: Bullet?, _ b: Bullet?) -> [Change] {
        if a?.text == b?.text { return [] }
        let x = a.map { Key.text($0.text) } ?? ""
        let y = b.map { Key.text($0.text) } ?? ""
        // Its words as they were, only the marks around them changed (a heading inside it written `####` for `#####`, a
        // space after a comma): layout, as it is in a bullet.
        guard x != y, !Key.sameSpelling(x, y) else { return [] }
        let wd = WordDiff(old: x, new: y)
        return [Change(.summaryChanged, subject: "summary", old: x.isEmpty ? nil : x, new: y.isEmpty ? nil : y,
                       oldSource: a?.source, newSource: b?.source, words: wd.segments, similarity: wd.similarity)]
    }

    // MARK: - Roles

    static func label(_ r: Role) -> String {
        [r.organisation, r.title].compactMap { $0.map(Key.text) }.filter { !$0.isEmpty }.joined(separator: " · ")
            .ifEmpty(r.dates.map(\.text) ?? "untitled role")
    }

    static func dates(_ r: Role) -> String {
        guard let d = r.dates, !d.isEmpty else { return "no dates" }
        return d.description
    }

    static func roleKey(_ r: Role) -> String {
        var key = Key.loose(r.organisation ?? "")
        key.append("|")
        key.append(Key.loose(r.title ?? ""))
        key.append("|")
        if let start = r.start { key.append(start.description) }
        return key
    }

    static func roleScore(_ a: Role, _ b: Role, _ bulletsA: Set<String>, _ bulletsB: Set<String>) -> Double {
        // An organisation named with more words (`Acme` → `Acme | Client: a utility`) is that organisation still.
        let org = max(Key.similarity(a.organisation, b.organisation), Key.within(a.organisation, b.organisation) ? 0.8 : 0)
        let title = Key.similarity(a.title, b.title)
        var start = 0.0
        switch (a.start, b.start) {
        case (let x?, let y?): start = x == y ? 1 : x.year == y.year ? 0.7 : abs(x.year - y.year) == 1 ? 0.3 : 0
        case (nil, nil): start = 0.5
        default: start = 0.2
        }
        let end = a.end == b.end ? 1.0 : 0.0
        let union = bulletsA.union(bulletsB).count
        let bullets = union == 0 ? 0.5 : Double(bulletsA.intersection(bulletsB).count) / Double(union)
        return 0.35 * org + 0.25 * title + 0.2 * start + 0.05 * end + 0.15 * bullets
    }

    static func diffRoles(_ old: [Role], _ new: [Role]) -> [Change] {
        // Items and their loose keys, computed only for the roles that need them: in a history most roles are
        // unchanged, and their items compare equal as written.
        var oldKeys = LazyItemKeys(old)
        var newKeys = LazyItemKeys(new)
        // (Through the arrays' buffers: `old[i].title` in a closure copies the whole role out first.)
        var pairs = match(old, new, key: roleKey, sameKeyAt: { i in
            old.withUnsafeBufferPointer { o in
                new.withUnsafeBufferPointer { n in o[i].organisation == n[i].organisation && o[i].title == n[i].title && o[i].start == n[i].start }
            }
        }, sharedKeysByScore: true) { i, j in
            roleScore(old[i], new[j], Set(oldKeys(i)), Set(newKeys(j)))
        }
        pairs += sameSpans(old, new, paired: pairs)
        // Partners by position (arrays, not dictionaries: this runs for every version of a history).
        var newOf = [Int?](repeating: nil, count: old.count)
        var oldOf = [Int?](repeating: nil, count: new.count)
        for (i, j) in pairs {
            newOf[i] = j
            oldOf[j] = i
        }

        // Reordered: matched roles outside the longest run that kept its order.
        let orderedPairs = pairs.sorted { $0.0 < $1.0 }
        let kept = Assignment.longestIncreasing(orderedPairs.map(\.1))
        var reordered = [Bool](repeating: false, count: new.count)
        // A role that moved to where its dates put it (between a later and an earlier start of its section) only follows
        // the date order: the move says nothing the dates do not.
        for n in orderedPairs.indices where !kept[n] && !inDateOrder(new, at: orderedPairs[n].1) { reordered[orderedPairs[n].1] = true }

        // Bullets not matched within their role, for moves across roles.
        var looseOld: [(role: Int, item: Bullet)] = []
        var looseNew: [(role: Int, item: Bullet)] = []
        var perRole = [[Change]](repeating: [], count: new.count)

        for (i, j) in pairs {
            // The same role as written (the common case in a history): at most reordered. Asked before the roles are
            // copied out of their arrays (a role is many fields to retain and release).
            if old.withUnsafeBufferPointer({ o in new.withUnsafeBufferPointer { n in sameAsWritten(o.baseAddress! + i, n.baseAddress! + j) } }) {
                if reordered[j] { perRole[j] = [Change(.roleReordered, subject: label(new[j]), oldSource: old[i].source, newSource: new[j].source)] }
                continue
            }
            let a = old[i]
            let b = new[j]
            var c: [Change] = []
            let subject = label(b)
            if !Key.sameSpelling(a.title, b.title) {
                c.append(Change(.roleRetitled, subject: label(a), old: a.title, new: b.title, oldSource: a.source, newSource: b.source))
            }
            if !Key.sameSpelling(a.organisation, b.organisation) {
                c.append(Change(.roleOrganisation, subject: label(b), old: a.organisation, new: b.organisation, oldSource: a.source, newSource: b.source))
            }
            if a.start != b.start || a.end != b.end {
                c.append(Change(.roleDates, subject: subject, old: dates(a), new: dates(b), oldSource: a.dates?.source ?? a.source, newSource: b.dates?.source ?? b.source))
            }
            if Key.loose(a.location ?? "") != Key.loose(b.location ?? "") {
                c.append(Change(.roleLocation, subject: subject, old: a.location, new: b.location, oldSource: a.source, newSource: b.source))
            }
            // `(independent contractor)` dropped from the role's line: its terms of employment changed.
            if Key.loose(a.terms ?? "") != Key.loose(b.terms ?? "") {
                c.append(Change(.roleChanged, subject: subject, old: a.terms, new: b.terms, oldSource: a.source, newSource: b.source))
            }
            if Self.webAddress(a.url) != Self.webAddress(b.url) {
                c.append(Change(.roleChanged, subject: subject, old: a.url, new: b.url, oldSource: a.source, newSource: b.source))
            }
            let oldKeywords = a.keywords.map { SkillLexicon.canonicalOrSelf($0) }
            let newKeywords = b.keywords.map { SkillLexicon.canonicalOrSelf($0) }
            let addedKeywords = newKeywords.filter { k in !oldKeywords.contains { Key.loose($0) == Key.loose(k) } }
            let removedKeywords = oldKeywords.filter { k in !newKeywords.contains { Key.loose($0) == Key.loose(k) } }
            if !addedKeywords.isEmpty || !removedKeywords.isEmpty {
                c.append(Change(.roleKeywords, subject: subject,
                                old: removedKeywords.isEmpty ? nil : removedKeywords.joined(separator: ", "),
                                new: addedKeywords.isEmpty ? nil : addedKeywords.joined(separator: ", "),
                                oldSource: a.source, newSource: b.source))
            }
            if reordered[j] {
                c.append(Change(.roleReordered, subject: subject, oldSource: a.source, newSource: b.source))
            }
            // The same items in the same order (the common case in a history): nothing to diff. Place by place, the same
            // text as written, or the same loose key and spelling (keys made only for the items whose texts differ).
            let oldItems = oldKeys.items(i)
            let newItems = newKeys.items(j)
            let sameItems = oldItems.count == newItems.count && zip(oldItems, newItems).allSatisfy { x, y in
                x.text == y.text || (Key.loose(x.text) == Key.loose(y.text) && Key.sameSpelling(x.text, y.text))
            }
            var (changes, lo, ln): ([Change], [Bullet], [Bullet]) = ([], [], [])
            // The role's only line written anew is that line rewritten when the role is the same job (its title as it
            // was); a role retitled whose only line changed tells of other work (removed and added).
            let sole = oldItems.count == 1 && newItems.count == 1 && Key.loose(a.title ?? "") == Key.loose(b.title ?? "")
            if !sameItems {
                let lists = diffLists(oldItems, newItems, subject: subject)
                if let lists {
                    (changes, lo, ln) = diffItems(lists.old, lists.new, subject: subject, soleRewritten: sole)
                    c += lists.changes
                } else {
                    // The keys the role pairing made already, when it made them (roles that changed their names).
                    let known = oldKeys.cache[i].flatMap { o in newKeys.cache[j].map { (o, $0) } }
                    (changes, lo, ln) = diffItems(oldItems, newItems, subject: subject, oldKeys: known?.0, newKeys: known?.1, soleRewritten: sole)
                }
            }
            c += changes
            looseOld += lo.map { (i, $0) }
            looseNew += ln.map { (j, $0) }
            perRole[j] = c
        }

        // Bullets that left one role for another: moved, not removed and added.
        var movedOld = Set<Int>()
        var movedNew = Set<Int>()
        if !looseOld.isEmpty && !looseNew.isEmpty {
            let scores = looseOld.map { o in looseNew.map { n in o.role == oldOf[n.role] ? 0 : Key.textSimilarity(o.item.text, n.item.text) } }
            for (x, y) in Assignment.best(scores, threshold: 0.8) {
                movedOld.insert(x)
                movedNew.insert(y)
                let o = looseOld[x]
                let n = looseNew[y]
                perRole[n.role].append(Change(
                    .bulletMoved, subject: label(new[n.role]), old: label(old[o.role]), new: Key.text(n.item.text),
                    oldSource: o.item.source, newSource: n.item.source))
            }
        }
        for (x, o) in looseOld.enumerated() where !movedOld.contains(x) {
            let j = newOf[o.role]!
            perRole[j].append(Change(.bulletRemoved, subject: label(new[j]), old: Key.text(o.item.text), oldSource: o.item.source))
        }
        for (y, n) in looseNew.enumerated() where !movedNew.contains(y) {
            perRole[n.role].append(Change(.bulletAdded, subject: label(new[n.role]), new: Key.text(n.item.text), newSource: n.item.source))
        }

        // Removed roles first, then the new version's roles in reading order with their changes.
        // (By index: `enumerated()` copies every role out of its array, changed or not.)
        var out: [Change] = []
        for i in old.indices where newOf[i] == nil {
            out.append(Change(.roleRemoved, subject: label(old[i]), old: dates(old[i]), oldSource: old[i].source))
        }
        for j in new.indices {
            if oldOf[j] == nil {
                out.append(Change(.roleAdded, subject: label(new[j]), new: dates(new[j]), newSource: new[j].source))
            } else {
                out += perRole[j]
            }
        }
        return out
    }

    /// Whether the role at `j` starts no later than the dated role before it in its section and no earlier than the one
    /// after it, or ends so (a role given an end date that moved below one still running: the order of the end dates).
    static func inDateOrder(_ roles: [Role], at j: Int) -> Bool {
        guard let start = roles[j].start else { return false }
        let section = roles[j].section
        let before = roles[..<j].last { $0.section == section && $0.start != nil }
        let after = roles[(j + 1)...].first { $0.section == section && $0.start != nil }
        if (before.map { $0.start! >= start } ?? true) && (after.map { $0.start! <= start } ?? true) { return true }
        // By end: running (`present`) after every date.
        func end(_ r: Role) -> PartialDate? {
            switch r.end {
            case .present?: PartialDate(year: Int.max)
            case .date(let d)?: d
            case nil: nil
            }
        }
        guard let e = end(roles[j]) else { return false }
        let endBefore = roles[..<j].last { $0.section == section && $0.end != nil }
        let endAfter = roles[(j + 1)...].first { $0.section == section && $0.end != nil }
        return (endBefore.map { end($0)! >= e } ?? true) && (endAfter.map { end($0)! <= e } ?? true)
    }

    /// A role gone and one come with the very same span, to the month (`2020-08 – present`), one of each: the same role
    /// renamed or retitled, whatever else changed in it. Then a role gone and one come at the same organisation, the only
    /// ones of either version left unpaired there: the same role retitled and redated at once (`Engineer, 2019 – 2021` →
    /// `Senior Engineer, 2019-03 – present`).
    static func sameSpans(_ old: [Role], _ new: [Role], paired: [(Int, Int)]) -> [(Int, Int)] {
        guard paired.count < old.count, paired.count < new.count else { return [] }
        var usedOld = Set(paired.map(\.0))
        var usedNew = Set(paired.map(\.1))
        func span(_ r: Role) -> String? {
            guard let start = r.start, start.month != nil, let end = r.end else { return nil }
            return "\(start)|\(end)"
        }
        func unique(_ key: (Role) -> String?) -> [(Int, Int)] {
            var gone: [String: [Int]] = [:]
            var came: [String: [Int]] = [:]
            for i in old.indices where !usedOld.contains(i) { if let k = key(old[i]) { gone[k, default: []].append(i) } }
            for j in new.indices where !usedNew.contains(j) { if let k = key(new[j]) { came[k, default: []].append(j) } }
            return gone.compactMap { k, i in i.count == 1 && came[k]?.count == 1 ? (i[0], came[k]![0]) : nil }
        }
        var out = unique(span)
        guard paired.count + out.count < old.count, paired.count + out.count < new.count else { return out }
        for (i, j) in out {
            usedOld.insert(i)
            usedNew.insert(j)
        }
        out += unique { r in r.organisation.map { Key.loose($0) }.flatMap { $0.isEmpty ? nil : $0 } }
        return out
    }

    /// Each role's items and their loose keys, computed on first use.
    struct LazyItemKeys {
        let roles: [Role]
        var itemCache: [[Bullet]?]
        var cache: [[String]?]

        init(_ roles: [Role]) {
            self.roles = roles
            itemCache = Array(repeating: nil, count: roles.count)
            cache = Array(repeating: nil, count: roles.count)
        }

        mutating func items(_ i: Int) -> [Bullet] {
            if let known = itemCache[i] { return known }
            let found = CVDiffer.items(of: roles[i])
            itemCache[i] = found
            return found
        }

        mutating func callAsFunction(_ i: Int) -> [String] {
            if let known = cache[i] { return known }
            let keys = items(i).map { Key.loose($0.text) }
            cache[i] = keys
            return keys
        }
    }

    /// Two roles with the same fields and the same paragraphs and bullets, as written (their lines aside): no
    /// comparison of them can find a change.
    /// A role's web address as compared: case and trailing slashes aside, the scheme kept (`http` → `https` is a
    /// change its author made).
    static func webAddress(_ url: String?) -> String {
        var u = (url ?? "").lowercased()
        while u.hasSuffix("/") { u.removeLast() }
        return u
    }

    /// (The roles where they are, in their arrays: a role passed by value is copied out first, every field retained and
    /// released, for each role of each version.)
    static func sameAsWritten(_ x: UnsafePointer<Role>, _ y: UnsafePointer<Role>) -> Bool {
        x.pointee.title == y.pointee.title && x.pointee.organisation == y.pointee.organisation && x.pointee.start == y.pointee.start
            && x.pointee.end == y.pointee.end && x.pointee.location == y.pointee.location && x.pointee.keywords == y.pointee.keywords
            && x.pointee.url == y.pointee.url && x.pointee.terms == y.pointee.terms
            && sameAsWritten(x.pointee.text, y.pointee.text) && sameAsWritten(x.pointee.bullets, y.pointee.bullets)
    }

    /// The same for projects: every field the project comparison reads, equal as written.
    static func sameAsWritten(_ x: UnsafePointer<Project>, _ y: UnsafePointer<Project>) -> Bool {
        x.pointee.name == y.pointee.name && x.pointee.role == y.pointee.role && x.pointee.url == y.pointee.url
            && x.pointee.dates?.start == y.pointee.dates?.start && x.pointee.dates?.end == y.pointee.dates?.end
            && x.pointee.keywords == y.pointee.keywords && sameAsWritten(x.pointee.text, y.pointee.text)
            && sameAsWritten(x.pointee.bullets, y.pointee.bullets)
    }

    static func sameAsWritten(_ a: [Bullet], _ b: [Bullet]) -> Bool {
        // One array (the reading of an unchanged part of the text, kept by the parse memo): the same bullets.
        if a.count == b.count, a.withUnsafeBufferPointer({ x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }) {
            return true
        }
        return a.count == b.count && zip(a, b).allSatisfy { x, y in x.text == y.text && sameAsWritten(x.children, y.children) }
    }

    /// A role's bullets and paragraphs, nested bullets flattened.
    static func items(of role: Role) -> [Bullet] {
        // `(text + bullets).flatMap(\.flattened)`, children dropped, blank ones left out, in one array.
        var out: [Bullet] = []
        out.reserveCapacity(role.text.count + role.bullets.count)
        func add(_ b: Bullet) {
            if !Key.isBlank(b.text) { out.append(b.children.isEmpty ? b : Bullet(text: b.text, source: b.source)) }
            for c in b.children { add(c) }
        }
        for b in role.text { add(b) }
        for b in role.bullets { add(b) }
        return out
    }

    /// Bullets of one matched entry: equal text first, then reworded by similarity; the rest is returned loose.
    /// `oldKeys` and `newKeys`, when given, are the items' loose keys (computed already by the caller).
    static func diffItems(
        _ old: [Bullet], _ new: [Bullet], subject: String, oldKeys: [String]? = nil, newKeys: [String]? = nil, soleRewritten: Bool = false
    ) -> ([Change], [Bullet], [Bullet]) {
        // The same texts in the same order: each is paired with itself, nothing moved or reworded.
        if old.elementsEqual(new, by: { $0.text == $1.text }) { return ([], [], []) }
        var old = old
        var new = new
        var pairs = pairedItems(old, new, oldKeys: oldKeys, newKeys: newKeys, soleRewritten: soleRewritten)
        // An item written in two, one part as it was: the two parts compared as items of their own.
        if let split = splitItems(old, new, paired: pairs) {
            let again = pairedItems(split.old, split.new, oldKeys: nil, newKeys: nil, soleRewritten: soleRewritten,
                                    restsOld: split.restsOld, restsNew: split.restsNew)
            let oldDone = Set(again.map(\.0))
            let newDone = Set(again.map(\.1))
            // Only when every rest found its partner: a part left alone is no item of its own (`X. Y.` → `Y.`, nothing come
            // beside it, is one item shortened).
            if split.restsOld.isSubset(of: oldDone) && split.restsNew.isSubset(of: newDone) {
                (old, new, pairs) = (split.old, split.new, again)
            }
        }
        var changes: [Change] = []
        let ordered = pairs.sorted { $0.0 < $1.0 }
        let kept = Assignment.longestIncreasing(ordered.map(\.1))
        // Items that only changed places: one change for them all (the bullets of a role reordered), however many moved.
        var moved: [Int] = []  // places in `ordered`
        for (n, (i, j)) in ordered.enumerated() {
            let a = old[i]
            let b = new[j]
            if a.text == b.text {
                // The same text as written: at most moved.
                if !kept[n] { moved.append(n) }
                continue
            }
            let x = Key.text(a.text)
            let y = Key.text(b.text)
            if !Key.sameSpelling(x, y) {
                let wd = WordDiff(old: x, new: y)
                changes.append(Change(.bulletReworded, subject: subject, old: x, new: y, oldSource: a.source, newSource: b.source,
                                      words: wd.segments, similarity: wd.similarity))
            } else if !kept[n] {
                moved.append(n)
            }
        }
        if let first = moved.first {
            changes.append(Change(.bulletMoved, subject: subject, old: subject, new: moved.map { Key.text(new[ordered[$0].1].text) }.joined(separator: "; "),
                                  oldSource: old[ordered[first].0].source, newSource: new[ordered[first].1].source))
        }
        let usedOld = Set(pairs.map(\.0))
        let usedNew = Set(pairs.map(\.1))
        return (changes, old.indices.filter { !usedOld.contains($0) }.map { old[$0] },
                new.indices.filter { !usedNew.contains($0) }.map { new[$0] })
    }

    /// The items' pairs: by their words in order (`pairItems`, word keys made once per item and only for the items scored:
    /// those without an equal partner), then those rewritten (`rewordedPairs`).
    static func pairedItems(
        _ old: [Bullet], _ new: [Bullet], oldKeys: [String]?, newKeys: [String]?, soleRewritten: Bool = false,
        restsOld: Set<Int> = [], restsNew: Set<Int> = []
    ) -> [(Int, Int)] {
        var oldWords = [[String]?](repeating: nil, count: old.count)
        var newWords = [[String]?](repeating: nil, count: new.count)
        let pairs = pairItems(old, new, oldKeys: oldKeys, newKeys: newKeys) { i, j in
            let a = oldWords[i] ?? WordDiff.words(old[i].text).map(WordDiff.key)
            let b = newWords[j] ?? WordDiff.words(new[j].text).map(WordDiff.key)
            oldWords[i] = a
            newWords[j] = b
            return WordDiff.similarity(keys: a, b)
        }
        return pairs + rewordedPairs(old, new, paired: pairs, soleRewritten: soleRewritten, restsOld: restsOld, restsNew: restsNew)
    }

    /// An item of one version that is an item of the other with more words before or after it (`Ran the depot. Clients:
    /// Harbour Board, Tide Co.` → `Clients: Harbour Board, Tide Co.`, a paragraph split in two by a blank line, or two
    /// joined): the items with it taken as its two parts, the part as it was and the rest (`restsOld` / `restsNew`, their
    /// places in the lists returned), so that the rest pairs with what it became. Nil when no item is so (most versions).
    /// Only items without a partner of the same text are asked; a part of fewer than three words is no item.
    static func splitItems(_ old: [Bullet], _ new: [Bullet], paired: [(Int, Int)])
        -> (old: [Bullet], new: [Bullet], restsOld: Set<Int>, restsNew: Set<Int>)? {
        var sameOld = [Bool](repeating: false, count: old.count)
        var sameNew = [Bool](repeating: false, count: new.count)
        var same = 0
        for (i, j) in paired where old[i].text == new[j].text {
            sameOld[i] = true
            sameNew[j] = true
            same += 1
        }
        // One item gone and one come (a bullet reworded, most versions): split, the rest would have no partner.
        guard same < old.count, same < new.count, old.count - same > 1 || new.count - same > 1 else { return nil }
        // `t` ends with `u` after a space, or begins with it before one: on the buffers, the length and the space first, then
        // the bytes from the part's outer edge in (most items asked are a bullet replaced by another, which differ at once).
        func holds(_ t: String, _ u: String, atEnd: Bool) -> Bool {
            var t = t
            var u = u
            return t.withUTF8 { tb in
                u.withUTF8 { ub in
                    let n = ub.count
                    let at = atEnd ? tb.count - n : 0  // where the part would start in `t`
                    guard tb.count > n + 1, tb[atEnd ? at - 1 : n] == 0x20 else { return false }
                    for step in 0..<n {
                        let k = atEnd ? n - 1 - step : step
                        if tb[at + k] != ub[k] { return false }
                    }
                    return true
                }
            }
        }
        func ends(_ t: String, _ u: String) -> Bool { holds(t, u, atEnd: true) }
        func begins(_ t: String, _ u: String) -> Bool { holds(t, u, atEnd: false) }
        // A part: three words or more (two spaces), more than eight bytes.
        func isPart(_ u: String) -> Bool {
            guard u.utf8.count > 8 else { return false }
            var spaces = 0
            for b in u.utf8 where b == 0x20 {
                spaces += 1
                if spaces == 2 { return true }
            }
            return false
        }
        // For each item of `items` without a partner of its text, the first item of `others` (likewise) it holds at its start
        // or end; nil when none does (asked before anything is built).
        func found(_ items: [Bullet], _ itemsSame: [Bool], _ others: [Bullet], _ othersSame: [Bool]) -> [(Int, String)] {
            var out: [(Int, String)] = []
            for i in items.indices where !itemsSame[i] {
                let t = Key.text(items[i].text)
                for j in others.indices where !othersSame[j] && others[j].text.utf8.count + 1 < t.utf8.count {
                    let u = Key.text(others[j].text)
                    if (ends(t, u) || begins(t, u)) && isPart(u) {
                        out.append((i, u))
                        break
                    }
                }
            }
            return out
        }
        // The rest without the separator that joined it to the part (`Tide Clock | 2021 | A wall clock …` → `A wall
        // clock …`): a bar, comma, semicolon, colon or dash at its edges.
        func rest(_ bytes: Substring.UTF8View) -> String {
            func separator(_ c: UInt8) -> Bool { c == 0x20 || c == 0x7C || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x2D }
            var r = bytes[...]
            while let c = r.first, separator(c) { r = r.dropFirst() }
            while let c = r.last, separator(c) { r = r.dropLast() }
            let s = String(decoding: r, as: UTF8.self)
            for dash in ["\u{2013}", "\u{2014}"] where s.hasPrefix(dash + " ") || s.hasSuffix(" " + dash) {
                return Key.text(s.hasPrefix(dash + " ") ? String(s.dropFirst()) : String(s.dropLast()))
            }
            return s.isEmpty ? String(decoding: bytes, as: UTF8.self) : s
        }
        let oldFound = found(old, sameOld, new, sameNew)
        let newFound = found(new, sameNew, old, sameOld)
        if oldFound.isEmpty && newFound.isEmpty { return nil }
        // The items with each found one taken as its two parts, and the places of the rests.
        func split(_ items: [Bullet], _ found: [(Int, String)]) -> ([Bullet], Set<Int>) {
            var out: [Bullet] = []
            var rests = Set<Int>()
            var next = 0
            for (i, item) in items.enumerated() {
                guard next < found.count, found[next].0 == i else {
                    out.append(item)
                    continue
                }
                let u = found[next].1
                next += 1
                let t = Key.text(item.text)
                let kept = Bullet(text: u, source: item.source)
                if ends(t, u) {
                    rests.insert(out.count)
                    out.append(Bullet(text: rest(t.utf8.dropLast(u.utf8.count + 1)), source: item.source))
                    out.append(kept)
                } else {
                    out.append(kept)
                    rests.insert(out.count)
                    out.append(Bullet(text: rest(t.utf8.dropFirst(u.utf8.count + 1)), source: item.source))
                }
            }
            return (out, rests)
        }
        let (o, restsOld) = split(old, oldFound)
        let (n, restsNew) = split(new, newFound)
        return (o, n, restsOld, restsNew)
    }

    /// `match` of the items by their loose keys (threshold 0.5), with the keys made only where the pairs can depend on
    /// them. Items of the same text at the start of both lists pair place by place, as `match` pairs equal keys there.
    /// Items of the same text at the end of both lists pair place by place too when no item between (of either list) has
    /// the key of one of them: `match` pairs the k-th item of a key in one list with the k-th of that key in the other,
    /// so keys that only the common end holds, in the same order in both, pair place by place. The end's items are not
    /// given keys: each is compared with the keys of the items between on its bytes (`looseEquals`, most told at their
    /// first word). When one of them has such a key, every key is made and `match` decides.
    static func pairItems(
        _ old: [Bullet], _ new: [Bullet], oldKeys: [String]?, newKeys: [String]?, score: (Int, Int) -> Double
    ) -> [(Int, Int)] {
        if let oldKeys, let newKeys { return match(oldKeys, newKeys, key: { $0 }, threshold: 0.5, score: score) }
        let (p, s) = commonEnds(old, new)
        let n = old.count
        let m = new.count
        let midOld = old[p..<(n - s)].map { Key.loose($0.text) }
        let midNew = new[p..<(m - s)].map { Key.loose($0.text) }
        if s > 0, !midOld.isEmpty || !midNew.isEmpty {
            let end = new[(m - s)...]
            if (midOld + midNew).contains(where: { key in end.contains { Key.looseEquals($0.text, key) } }) {
                let all = (old[..<p].map { Key.loose($0.text) } + midOld + old[(n - s)...].map { Key.loose($0.text) },
                           new[..<p].map { Key.loose($0.text) } + midNew + new[(m - s)...].map { Key.loose($0.text) })
                return match(all.0, all.1, key: { $0 }, threshold: 0.5, score: score)
            }
        }
        var pairs = (0..<p).map { ($0, $0) }
        pairs += match(midOld, midNew, key: { $0 }, threshold: 0.5) { i, j in score(p + i, p + j) }.map { ($0.0 + p, $0.1 + p) }
        pairs += (0..<s).map { (n - s + $0, m - s + $0) }
        return pairs
    }

    /// How many items at the start and, after those, at the end of two lists have the same text as written, place by place.
    static func commonEnds(_ old: [Bullet], _ new: [Bullet]) -> (start: Int, end: Int) {
        var p = 0
        while p < old.count, p < new.count, old[p].text == new[p].text { p += 1 }
        var s = 0
        while s < old.count - p, s < new.count - p, old[old.count - 1 - s].text == new[new.count - 1 - s].text { s += 1 }
        return (p, s)
    }

    // MARK: - Lists of technologies among a role's items

    /// `Tech Stack: Ruby, Rails, Vue` among a role's items: a list of short entries (two or more, four words at most each)
    /// whose entries are what the author adds, removes and respells. When both versions of a role have such lists, their
    /// entries are compared (`skill.added` / `skill.removed` / `skill.renamed`, in the role), wherever the lines were
    /// wrapped or split, and the other items are returned for the item comparison. Nil when either version has none or
    /// the lists hold the same entries as written.
    static func diffLists(_ old: [Bullet], _ new: [Bullet], subject: String) -> (changes: [Change], old: [Bullet], new: [Bullet])? {
        // A list of three entries has two commas: most roles have no item that could be one (checked on the bytes).
        func twoCommas(_ b: Bullet) -> Bool {
            var n = 0
            for c in b.text.utf8 where c == 0x2C {
                n += 1
                if n == 2 { return true }
            }
            return false
        }
        // Only an item that may be a list (`mayBeList`, on the bytes) gives entries: the same such items as written, in the
        // same order, give the same entries (a changed sentence beside an unchanged tech stack, most versions of a role).
        // Items of the same text at the start and the end of both lists are the same such items or not alike: only those
        // between are asked.
        let (p, s) = commonEnds(old, new)
        let oldMay = old[p..<(old.count - s)].lazy.filter { mayBeList($0.text) }.map(\.text)
        let newMay = new[p..<(new.count - s)].lazy.filter { mayBeList($0.text) }.map(\.text)
        if oldMay.elementsEqual(newMay) { return nil }
        guard old.contains(where: twoCommas), new.contains(where: twoCommas) else { return nil }
        let oldLists = old.map { listEntries($0.text) }
        let newLists = new.map { listEntries($0.text) }
        // Lists of two entries only beside one of three or more (`Devise, CoffeeScript` ending a wrapped tech stack).
        guard oldLists.contains(where: { ($0?.count ?? 0) >= 3 }), newLists.contains(where: { ($0?.count ?? 0) >= 3 }) else { return nil }
        var a: [(text: String, source: SourceRange)] = []
        var b: [(text: String, source: SourceRange)] = []
        for (k, entries) in oldLists.enumerated() { for e in entries ?? [] { a.append((e, old[k].source)) } }
        for (k, entries) in newLists.enumerated() { for e in entries ?? [] { b.append((e, new[k].source)) } }
        if a.map(\.text) == b.map(\.text) { return nil }
        var changes: [Change] = []
        // The same entry (its canonical name) first, then entries respelt.
        var pairs = match(a, b, key: { Key.loose(SkillLexicon.canonicalOrSelf($0.text)) }, threshold: 1.1) { _, _ in 0 }
        pairs += respelt(a.map(\.text), b.map(\.text), paired: pairs, category: { _ in "" }, newCategory: { _ in "" })
        for (x, y) in pairs.sorted(by: { $0.1 < $1.1 }) where !Key.sameSpelling(a[x].text, b[y].text) {
            changes.append(Change(.skillRenamed, subject: SkillLexicon.canonicalOrSelf(b[y].text), old: a[x].text, new: b[y].text,
                                  oldSource: a[x].source, newSource: b[y].source))
        }
        let usedA = Set(pairs.map(\.0))
        let usedB = Set(pairs.map(\.1))
        for (x, e) in a.enumerated() where !usedA.contains(x) {
            changes.append(Change(.skillRemoved, subject: e.text, old: subject, oldSource: e.source))
        }
        for (y, e) in b.enumerated() where !usedB.contains(y) {
            changes.append(Change(.skillAdded, subject: e.text, new: subject, newSource: e.source))
        }
        return (changes, old.indices.filter { oldLists[$0] == nil }.map { old[$0] }, new.indices.filter { newLists[$0] == nil }.map { new[$0] })
    }

    /// The entries of a list line (`Tech Stack: Ruby, Rails, GNU/Linux (Debian, Ubuntu)` → `Ruby`, `Rails`,
    /// `GNU/Linux (Debian, Ubuntu)`): commas outside brackets split it, a short label before a colon is left out. Nil
    /// for a sentence: fewer than two entries, or one longer than four words (its bracket aside).
    static func listEntries(_ text: String) -> [String]? {
        guard mayBeList(text) else { return nil }
        var body = Substring(text)
        if let colon = body.firstIndex(of: ":"), body[..<colon].split(separator: " ").count <= 3 { body = body[body.index(after: colon)...] }
        guard body.contains(",") else { return nil }
        var entries: [String] = []
        var depth = 0
        var current = ""
        for ch in body {
            if ch == "(" || ch == "[" { depth += 1 }
            if ch == ")" || ch == "]" { depth = max(0, depth - 1) }
            if (ch == "," || ch == ";") && depth == 0 {
                entries.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        entries.append(current)
        var out: [String] = []
        for e in entries {
            var t = Key.text(e)
            while t.hasSuffix(".") { t.removeLast() }
            if t.isEmpty { continue }
            // Words outside brackets: `GNU/Linux (Debian, Ubuntu, Red Hat)` is one entry of one word.
            let bare = t.split(separator: "(").first.map { Key.text(String($0)) } ?? t
            guard bare.split(separator: " ").count <= 4 else { return nil }
            out.append(t)
        }
        return out.count >= 2 ? out : nil
    }

    /// `listEntries`' test on the bytes, without building a string: entries split by commas outside brackets, none of
    /// more than four words outside brackets (a label of three words at most before a colon aside). Most items are
    /// sentences, told at their first long entry.
    static func mayBeList(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayBeList(bytes:))
    }

    /// `mayBeList` on a text's UTF-8 bytes, read by position (a role's every item is asked on each version of a history).
    static func mayBeList(bytes utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        if let colon = utf8.firstIndex(of: 0x3A) {
            var words = 0
            var inWord = false
            for i in 0..<colon {
                if utf8[i] == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
            if words <= 3 { start = colon + 1 }
        }
        var depth = 0
        var words = 0
        var inWord = false
        var entries = 0
        var commas = 0
        for i in start..<utf8.count {
            switch utf8[i] {
            case 0x28, 0x5B: depth += 1; inWord = false
            case 0x29, 0x5D: depth = max(0, depth - 1); inWord = false
            case 0x2C where depth == 0, 0x3B where depth == 0:
                commas += 1
                if words > 0 { entries += 1 }
                words = 0
                inWord = false
            case 0x20, 0x09, 0x0A: inWord = false
            default:
                if depth == 0 && !inWord {
                    inWord = true
                    words += 1
                    if words > 4 { return false }
                }
            }
        }
        if words > 0 { entries += 1 }
        return commas > 0 && entries >= 2
    }

    /// Items left unpaired by their words in order that are still the same item rewritten: sharing a good part of their
    /// words in any order (a sentence turned round: `Careful documentation … was required` → `Frequent communication …
    /// were required, with careful documentation`), or alone in the same place between paired items and sharing
    /// three words or more, or one when they are the only items that went and came and one is a stub of three words or
    /// fewer (an item rewritten in place), or one when one of them is the rest of an item written in two (`restsOld`,
    /// `restsNew`: `splitItems`). With `soleRewritten` (a role's items), the entry's only item in both versions is that
    /// item rewritten whatever its words (a role told in one line, the line written anew). Only what has nothing alike
    /// stays removed and added.
    static func rewordedPairs(
        _ old: [Bullet], _ new: [Bullet], paired: [(Int, Int)], soleRewritten: Bool = false, restsOld: Set<Int> = [], restsNew: Set<Int> = []
    ) -> [(Int, Int)] {
        guard paired.count < old.count, paired.count < new.count else { return [] }
        var newOf = [Int?](repeating: nil, count: old.count)
        var oldOf = [Int?](repeating: nil, count: new.count)
        for (i, j) in paired {
            newOf[i] = j
            oldOf[j] = i
        }
        let restOld = old.indices.filter { newOf[$0] == nil }
        let restNew = new.indices.filter { oldOf[$0] == nil }
        let oldWords = restOld.map { Key.contentWords(old[$0].text) }
        let newWords = restNew.map { Key.contentWords(new[$0].text) }
        // The slot of an unpaired item: how many paired items come before it (in its own version's order, counted in
        // the new version's positions for both, so that the slots of the two versions compare).
        func slotOld(_ i: Int) -> Int { paired.filter { $0.0 < i }.map(\.1).max().map { $0 + 1 } ?? 0 }
        func slotNew(_ j: Int) -> Int { paired.filter { $0.1 < j }.map(\.1).max().map { $0 + 1 } ?? 0 }
        let oldSlots = restOld.map(slotOld)
        let newSlots = restNew.map(slotNew)
        var scores = [[Double]](repeating: [Double](repeating: 0, count: restNew.count), count: restOld.count)
        for x in restOld.indices {
            for y in restNew.indices {
                let alike = Key.dice(oldWords[x], newWords[y])
                let alone = oldSlots.filter { $0 == oldSlots[x] }.count == 1 && newSlots.filter { $0 == newSlots[y] }.count == 1
                // Three words in common, or one where it is the only item that went and the only one that came and one of
                // them is a stub of a few words (`Kiosk support` → `Kiosk fleet owned end to end, with the depot team`: the
                // item written out, the rest kept).
                let only = restOld.count == 1 && restNew.count == 1 && min(oldWords[x].count, newWords[y].count) <= 3
                let shared = oldWords[x].intersection(newWords[y]).count
                // The rest of an item written in two (`splitItems`) beside the part kept: its rewriting, a word in common.
                let rest = restsOld.contains(restOld[x]) || restsNew.contains(restNew[y])
                // The only item of the entry in both versions (a role told in one line): that line rewritten, whatever its words.
                let sole = soleRewritten && old.count == 1 && new.count == 1
                if alike >= 0.3 || sole
                    || (alone && oldSlots[x] == newSlots[y] && ((alike >= 0.12 && shared >= (only ? 1 : 3)) || (rest && shared >= 1))) {
                    scores[x][y] = alike + 0.01
                }
            }
        }
        return Assignment.best(scores, threshold: 0.01).map { (restOld[$0.0], restNew[$0.1]) }
    }

    /// Pairs entries: equal keys first (in order), then the best global assignment of the rest by score.
    /// `sameKeyAt(i)` may say without computing them that `old[i]` and `new[i]` have equal keys (the same
    /// fields as written): when every position does, pairing by keys in order pairs each with itself.
    /// With `sharedKeysByScore`, entries of a key that more than one entry of either version holds (two undated roles of one
    /// title at one employer, or under one subheading) pair by their score within that key, place breaking ties: one
    /// of them added in the middle is that one added, not every later one shifted onto its neighbour.
    static func match<T>(
        _ old: [T], _ new: [T], key: (T) -> String, sameKeyAt: ((Int) -> Bool)? = nil, threshold: Double = 0.5,
        sharedKeysByScore: Bool = false, sharedThreshold: Double = -Double.infinity, score: (Int, Int) -> Double
    ) -> [(Int, Int)] {
        if let sameKeyAt, old.count == new.count, old.indices.allSatisfy({ sameKeyAt($0) || key(old[$0]) == key(new[$0]) }) {
            return old.indices.map { ($0, $0) }
        }
        var pairs: [(Int, Int)] = []
        // A common prefix of equal keys pairs position by position: each old entry there takes the first new
        // entry with its key, which is its own (the ones before have other keys or are taken).
        // (Not so for keys shared: there the first entry of a key need not be the first one's partner.)
        var prefix = 0
        while !sharedKeysByScore, prefix < old.count, prefix < new.count, key(old[prefix]) == key(new[prefix]) {
            pairs.append((prefix, prefix))
            prefix += 1
        }
        var byKey: [String: [Int]] = [:]
        for j in prefix..<new.count { byKey[key(new[j]), default: []].append(j) }
        var usedNew = Set<Int>(0..<prefix)
        var restOld: [Int] = []
        // (The keys asked again where they are shared only: pairing by keys alone is what most calls do.)
        var sharedOld: [String: [Int]] = [:]
        var sharedKeys: [String] = []  // in the order of their first old entry
        if sharedKeysByScore {
            var count: [String: Int] = [:]
            for i in prefix..<old.count { count[key(old[i]), default: 0] += 1 }
            for i in prefix..<old.count {
                let k = key(old[i])
                if let list = byKey[k], list.count > 1 || count[k]! > 1 {
                    if sharedOld[k] == nil { sharedKeys.append(k) }
                    sharedOld[k, default: []].append(i)
                }
            }
        }
        for i in prefix..<old.count {
            let x = old[i]
            let k = key(x)
            if !sharedOld.isEmpty, sharedOld[k] != nil { continue }
            if var list = byKey[k], !list.isEmpty {
                let j = list.removeFirst()
                byKey[k] = list
                pairs.append((i, j))
                usedNew.insert(j)
            } else {
                restOld.append(i)
            }
        }
        for k in sharedKeys {
            let olds = sharedOld[k]!
            let news = byKey[k]!
            let scores = olds.indices.map { x in news.indices.map { y in score(olds[x], news[y]) + (x == y ? 1e-6 : 0) } }
            for (x, y) in Assignment.best(scores, threshold: sharedThreshold) {
                pairs.append((olds[x], news[y]))
                usedNew.insert(news[y])
            }
            restOld += olds.filter { i in !pairs.contains { $0.0 == i } }
        }
        let restNew = new.indices.filter { !usedNew.contains($0) }
        if !restOld.isEmpty && !restNew.isEmpty {
            let scores = restOld.map { i in restNew.map { j in score(i, j) } }
            for (x, y) in Assignment.best(scores, threshold: threshold) {
                pairs.append((restOld[x], restNew[y]))
            }
        }
        return pairs
    }

    // MARK: - Projects and education

    static func diffProjects(_ old: [Project], _ new: [Project]) -> [Change] {
        // By name and link, or by what the project says (a name reworded along with its description is the same
        // project: `Nanotube Tool: research project …` → `Nanotube Tool ("NT"): research project …`).
        // A web address written into a name (`[Tide Clock] (https://…)`, a link the reader could not take apart) is no part of it.
        // Projects that share a name (`Side project`, `Source code`: a label, what each is told by its link, role and
        // description) pair by what they say, not by place: one written in among them is that one added, not every later
        // one changed into its neighbour; and one whose words share nothing with any of them is another project.
        let shared = repeatsName(old) || repeatsName(new)
        let common = shared ? commonWords(old).union(commonWords(new)) : []
        let key = { (p: Project) in Key.loose(Key.withoutAddresses(p.name)) }
        let pairs = match(old, new, key: key, sameKeyAt: shared ? nil : { i in
            old.withUnsafeBufferPointer { o in new.withUnsafeBufferPointer { n in o[i].name == n[i].name } }
        }, sharedKeysByScore: shared, sharedThreshold: 0.3) { i, j in
            if shared, key(old[i]) == key(new[j]) { return sameNameScore(old[i], new[j], common: common) }
            let named = 0.7 * Key.similarity(Key.withoutAddresses(old[i].name), Key.withoutAddresses(new[j].name))
                + 0.3 * (old[i].url != nil && old[i].url == new[j].url ? 1 : 0)
            return named >= 0.5 ? named : max(named, Key.dice(projectWords(old[i]), projectWords(new[j])))
        }
        var out: [Change] = []
        // Partners by position (arrays, not dictionaries: this runs for every version of a history).
        var newOf = [Int?](repeating: nil, count: old.count)
        var oldOf = [Int?](repeating: nil, count: new.count)
        for (i, j) in pairs {
            newOf[i] = j
            oldOf[j] = i
        }
        // (By index, and compared in place: a project copied out of its array is many fields to retain and release.)
        for i in old.indices where newOf[i] == nil {
            out.append(Change(.projectRemoved, subject: projectLabel(old[i], shared), oldSource: old[i].source))
        }
        for j in new.indices {
            guard let i = oldOf[j] else {
                out.append(Change(.projectAdded, subject: projectLabel(new[j], shared), new: new[j].dates?.description, newSource: new[j].source))
                continue
            }
            if old.withUnsafeBufferPointer({ o in new.withUnsafeBufferPointer { n in sameAsWritten(o.baseAddress! + i, n.baseAddress! + j) } }) { continue }
            let q = old[i]
            let p = new[j]
            var what: [String] = []
            // Case and spelling edits of the name are edits, as a role's title's are (`Tide clock` → `Tide Clock`).
            if !Key.sameSpelling(Key.withoutAddresses(q.name), Key.withoutAddresses(p.name)) { what.append("name: \(Key.text(q.name)) → \(Key.text(p.name))") }
            if q.dates?.start != p.dates?.start || q.dates?.end != p.dates?.end {
                what.append("dates: \(q.dates?.description ?? "none") → \(p.dates?.description ?? "none")")
            }
            if Key.url(q.url ?? "") != Key.url(p.url ?? "") { what.append("link: \(q.url ?? "none") → \(p.url ?? "none")") }
            if Key.loose(q.role ?? "") != Key.loose(p.role ?? "") { what.append("role: \(q.role ?? "none") → \(p.role ?? "none")") }
            // A line that only repeats the name (a project that is its name and link) is told by the name.
            let (items, lo, ln) = diffItems((q.text.filter { $0.text != q.name } + q.bullets).flatMap(\.flattened),
                                            (p.text.filter { $0.text != p.name } + p.bullets).flatMap(\.flattened), subject: Key.text(p.name))
            if !items.isEmpty || !lo.isEmpty || !ln.isEmpty { what.append("description") }
            if Set(q.keywords.map(Key.loose)) != Set(p.keywords.map(Key.loose)) { what.append("keywords") }
            if !what.isEmpty {
                out.append(Change(.projectChanged, subject: projectLabel(p, shared), old: nil, new: what.joined(separator: "; "), oldSource: q.source, newSource: p.source))
            }
        }
        return out
    }

    /// A project as the changes name it: by its name, and where projects share one, by its role too
    /// (`Side project · Tide clock`).
    static func projectLabel(_ p: Project, _ shared: Bool) -> String {
        guard shared, let role = p.role, !Key.isBlank(role) else { return Key.text(p.name) }
        return Key.text(p.name) + " · " + Key.text(role)
    }

    /// Whether two projects of a version have one name as written.
    static func repeatsName(_ projects: [Project]) -> Bool {
        projects.withUnsafeBufferPointer { p in
            p.indices.contains { i in (i + 1..<p.count).contains { p[$0].name == p[i].name } }
        }
    }

    /// The words that tell a project apart from others of its name: those of its role (the title it is listed under)
    /// and its link.
    static func identityWords(_ p: Project) -> Set<String> {
        Key.contentWords((p.role ?? "") + " " + (p.url ?? ""))
    }

    /// The words of that kind that two or more projects of a version hold (`github`, `com`, the user's name in every
    /// link): they tell none of them apart.
    static func commonWords(_ projects: [Project]) -> Set<String> {
        var seen = Set<String>()
        var common = Set<String>()
        for p in projects {
            for w in identityWords(p) where !seen.insert(w).inserted { common.insert(w) }
        }
        return common
    }

    /// How alike two projects of one name are by all else they say (0 to 1): one link, or the words of their roles and
    /// links that no other project holds (most), and those of their descriptions.
    static func sameNameScore(_ a: Project, _ b: Project, common: Set<String>) -> Double {
        if a.url != nil, Key.url(a.url ?? "") == Key.url(b.url ?? "") { return 0.9 }
        func told(_ p: Project) -> Set<String> {
            Key.contentWords(((p.text + p.bullets).map(\.text) + p.keywords).joined(separator: " "))
        }
        let x = identityWords(a).subtracting(common)
        let y = identityWords(b).subtracting(common)
        let identity = x.isEmpty && y.isEmpty ? 0.5 : Key.dice(x, y)
        let (u, v) = (told(a), told(b))
        return 0.7 * identity + 0.3 * (u.isEmpty && v.isEmpty ? 0.5 : Key.dice(u, v))
    }

    /// The content words of a project's name and description.
    static func projectWords(_ p: Project) -> Set<String> {
        Key.contentWords(([p.name] + (p.text + p.bullets).map(\.text)).joined(separator: " "))
    }

    static func educationLabel(_ e: Education) -> String {
        [e.qualification, e.institution].compactMap { $0.map(Key.text) }.filter { !$0.isEmpty }.joined(separator: ", ").ifEmpty("education")
    }

    static func diffEducation(_ old: [Education], _ new: [Education]) -> [Change] {
        // The same entries as written, in the same order: each pairs with itself and nothing compared differs.
        if old.count == new.count, zip(old, new).allSatisfy({ a, b in
            a.institution == b.institution && a.qualification == b.qualification && a.location == b.location && a.dates?.start == b.dates?.start
                && a.dates?.end == b.dates?.end && sameAsWritten(a.bullets, b.bullets)
        }) {
            return []
        }
        let key: (Education) -> String = { "\(Key.loose($0.institution ?? ""))|\(Key.loose($0.qualification ?? ""))" }
        let pairs = match(old, new, key: key) { i, j in
            let (a, b) = (old[i], new[j])
            // A field absent on both sides says nothing: two courses named without a school pair by their names only.
            let named = a.institution == nil && b.institution == nil ? Key.similarity(a.qualification, b.qualification)
                : a.qualification == nil && b.qualification == nil ? Key.similarity(a.institution, b.institution)
                : 0.6 * Key.similarity(a.institution, b.institution) + 0.4 * Key.similarity(a.qualification, b.qualification)
            // The same degree written another way: an institution named where none was (`Intro to Rust` → `Intro to
            // Rust, Online Academy`), or the degree and the school told in other fields or other words. Its words
            // mostly the same and its year the same (two courses of one year sharing a word or two stay apart).
            guard named < 0.5, sameYear(a.dates, b.dates) else { return named }
            let words = Key.dice(educationWords(a), educationWords(b))
            return words >= 0.6 ? words : named
        }
        var out: [Change] = []
        // Partners by position (arrays, not dictionaries: this runs for every version of a history).
        var newOf = [Int?](repeating: nil, count: old.count)
        var oldOf = [Int?](repeating: nil, count: new.count)
        for (i, j) in pairs {
            newOf[i] = j
            oldOf[j] = i
        }
        for (i, e) in old.enumerated() where newOf[i] == nil {
            out.append(Change(.educationRemoved, subject: educationLabel(e), old: e.dates?.description, oldSource: e.source))
        }
        for (j, e) in new.enumerated() {
            guard let i = oldOf[j] else {
                out.append(Change(.educationAdded, subject: educationLabel(e), new: e.dates?.description, newSource: e.source))
                continue
            }
            let f = old[i]
            var what: [String] = []
            if Key.loose(f.institution ?? "") != Key.loose(e.institution ?? "") { what.append("institution: \(f.institution ?? "none") → \(e.institution ?? "none")") }
            if Key.loose(f.qualification ?? "") != Key.loose(e.qualification ?? "") { what.append("qualification: \(f.qualification ?? "none") → \(e.qualification ?? "none")") }
            if f.dates?.start != e.dates?.start || f.dates?.end != e.dates?.end {
                what.append("dates: \(f.dates?.description ?? "none") → \(e.dates?.description ?? "none")")
            }
            if !Key.sameSpelling(f.location, e.location) { what.append("location: \(f.location ?? "none") → \(e.location ?? "none")") }
            let (items, lo, ln) = diffItems(f.bullets.flatMap(\.flattened), e.bullets.flatMap(\.flattened), subject: educationLabel(e))
            if let details = detailsChanged(items, lo, ln) { what.append(details) }
            if !what.isEmpty {
                out.append(Change(.educationChanged, subject: educationLabel(e), new: what.joined(separator: "; "), oldSource: f.source, newSource: e.source))
            }
        }
        return out
    }

    /// The content words of an education entry's qualification and institution.
    static func educationWords(_ e: Education) -> Set<String> {
        Key.contentWords((e.qualification ?? "") + " " + (e.institution ?? ""))
    }

    /// The same year of ending (of starting when neither ends), or no dates on one side to say otherwise.
    static func sameYear(_ a: DateSpan?, _ b: DateSpan?) -> Bool {
        guard let a, let b, !a.isEmpty, !b.isEmpty else { return true }
        func year(_ d: DateSpan) -> Int? { d.end?.date?.year ?? (d.end == nil ? d.start?.year : nil) }
        return year(a) == year(b) && a.end?.isPresent == b.end?.isPresent
    }

    /// What changed in the lines under an entry, in its words: `details: + Experience: Chess club treasurer; - GPA 3.9;
    /// Courses: Algebra, Logic` (a line added, a line removed, a line as it now reads). Nil when nothing changed but
    /// the order.
    static func detailsChanged(_ items: [Change], _ removed: [Bullet], _ added: [Bullet]) -> String? {
        var parts: [String] = []
        parts += added.map { "+ " + Key.text($0.text) }
        parts += removed.map { "- " + Key.text($0.text) }
        parts += items.filter { $0.kind == .bulletReworded }.compactMap(\.new)
        return parts.isEmpty ? nil : "details: " + parts.joined(separator: "; ")
    }

    // MARK: - Skills

    /// `leavingOutUnchanged: false` pairs every skill (the tests compare the two).
    static func diffSkills(_ old: [SkillCategory], _ new: [SkillCategory], leavingOutUnchanged: Bool = true) -> [Change] {
        // Read in place (a copy of each skill cost more than the comparison).
        func same(_ a: SkillCategory, _ b: SkillCategory) -> Bool {
            guard a.name == b.name, a.level == b.level, a.skills.count == b.skills.count else { return false }
            return a.skills.withUnsafeBufferPointer { x in
                b.skills.withUnsafeBufferPointer { y in
                    x.indices.allSatisfy { x[$0].text == y[$0].text && x[$0].name == y[$0].name && x[$0].level == y[$0].level && x[$0].years == y[$0].years }
                }
            }
        }
        // The same categories and skills as written: every skill is paired with itself, unchanged.
        let sameAt = old.count != new.count ? [] : old.withUnsafeBufferPointer { o in new.withUnsafeBufferPointer { n in o.indices.map { same(o[$0], n[$0]) } } }
        if old.count == new.count && !sameAt.contains(false) { return [] }
        // A category the same as written in the same place (most of them, in a history) whose name no changed category of
        // either version has, loosely: its skills' keys (name and category) are found only in such categories, in the same
        // order in both versions (a renamed category takes a name the old version has not), so the pairing by keys pairs
        // each with itself and nothing is told of them. Left out of the pairing.
        var unchanged = leavingOutUnchanged ? sameAt : []
        if unchanged.contains(true) {
            var changedNames = Set<String>()
            for k in old.indices where !unchanged[k] {
                changedNames.insert(Key.loose(old[k].name ?? ""))
                changedNames.insert(Key.loose(new[k].name ?? ""))
            }
            for k in old.indices where unchanged[k] {
                let name = Key.loose(old[k].name ?? "")
                if changedNames.contains(name) { unchanged[k] = false }
            }
        }
        var out: [Change] = []
        // Categories renamed: a category name gone, another new, holding mostly the same skills.
        var rename: [String: String] = [:]  // old category key → new category name
        let oldNames = Set(old.map { Key.loose($0.name ?? "") })
        let newNames = Set(new.map { Key.loose($0.name ?? "") })
        let goneCats = old.filter { !newNames.contains(Key.loose($0.name ?? "")) }
        let newCats = new.filter { !oldNames.contains(Key.loose($0.name ?? "")) }
        if !goneCats.isEmpty && !newCats.isEmpty {
            let sets = (goneCats.map { Set($0.skills.map { Key.loose($0.name) }) }, newCats.map { Set($0.skills.map { Key.loose($0.name) }) })
            let scores = sets.0.map { a in sets.1.map { b in a.union(b).isEmpty ? 0 : Double(a.intersection(b).count) / Double(a.union(b).count) } }
            for (x, y) in Assignment.best(scores, threshold: 0.5) {
                rename[Key.loose(goneCats[x].name ?? "")] = newCats[y].name ?? ""
                out.append(Change(.skillCategoryRenamed, subject: newCats[y].name ?? "skills", old: goneCats[x].name, new: newCats[y].name,
                                  oldSource: goneCats[x].source, newSource: newCats[y].source))
            }
        }
        out += categoriesCameOrWent(goneCats, newCats, renamed: rename, old: old, new: new)
        out += categoryLevels(old, new, renamed: rename)
        // Each skill's keys made once (`match` asks a key more than once).
        struct Entry { var skill: Skill; var category: String?; var categoryKey: String; var nameKey: String; var key: String }
        func entries(_ cats: [SkillCategory], renamed: Bool) -> [Entry] {
            cats.indices.filter { unchanged.isEmpty || !unchanged[$0] }.flatMap { index in
                let c = cats[index]
                let k = Key.loose(c.name ?? "")
                let categoryKey = renamed ? Key.loose(rename[k] ?? c.name ?? "") : k
                return c.skills.map { s in
                    let name = Key.loose(s.name)
                    return Entry(skill: s, category: c.name, categoryKey: categoryKey, nameKey: name, key: "\(name)|\(categoryKey)")
                }
            }
        }
        let a = entries(old, renamed: true)
        let b = entries(new, renamed: false)
        // Same skill (canonical name) in the same category first, then anywhere.
        var pairs = match(a, b, key: \.key, threshold: 1.1) { _, _ in 0 }
        let usedA = Set(pairs.map(\.0))
        let usedB = Set(pairs.map(\.1))
        let restA = a.indices.filter { !usedA.contains($0) }
        let restB = b.indices.filter { !usedB.contains($0) }
        let second = match(restA.map { a[$0] }, restB.map { b[$0] }, key: \.nameKey, threshold: 1.1) { _, _ in 0 }
        pairs += second.map { (restA[$0.0], restB[$0.1]) }
        pairs += respelledSkills(a.map { ($0.skill, $0.categoryKey) }, b.map { ($0.skill, $0.categoryKey) }, paired: pairs)
        let pairedA = Set(pairs.map(\.0))
        let pairedB = Set(pairs.map(\.1))
        for (i, j) in pairs.sorted(by: { $0.1 < $1.1 }) {
            let x = a[i]
            let y = b[j]
            let name = Key.text(y.skill.name)
            if x.categoryKey != y.categoryKey {
                out.append(Change(.skillMoved, subject: name, old: x.category, new: y.category, oldSource: x.skill.source, newSource: y.skill.source))
            }
            if !Key.sameSpelling(x.skill.text, y.skill.text) && !Key.sameSpelling(Skill.bare(x.skill.text), Skill.bare(y.skill.text)) {
                out.append(Change(.skillRenamed, subject: name, old: Skill.bare(x.skill.text), new: Skill.bare(y.skill.text), oldSource: x.skill.source, newSource: y.skill.source))
            }
            if Key.loose(x.skill.level ?? "") != Key.loose(y.skill.level ?? "") {
                out.append(Change(.skillLevel, subject: name, old: x.skill.level, new: y.skill.level, oldSource: x.skill.source, newSource: y.skill.source))
            }
            if x.skill.years != y.skill.years {
                out.append(Change(.skillYears, subject: name, old: x.skill.years.map { "\($0)" }, new: y.skill.years.map { "\($0)" },
                                  oldSource: x.skill.source, newSource: y.skill.source))
            }
        }
        for i in a.indices where !pairedA.contains(i) {
            out.append(Change(.skillRemoved, subject: written(a[i].skill), old: a[i].category, oldSource: a[i].skill.source))
        }
        for j in b.indices where !pairedB.contains(j) {
            out.append(Change(.skillAdded, subject: written(b[j].skill), new: b[j].category, newSource: b[j].skill.source))
        }
        return distinctSkillChanges(out)
    }

    /// A named category of skills (`Frameworks: React, Django`) that went or came, not renamed, while some of its skills
    /// are in another category of the other version (the skills were regrouped): one `section.removed` /
    /// `section.added` named by the category, holding its skills (`; `), as a section kept as it is; its skills are
    /// reported on their own too (`skill.moved`). A category that goes with all its skills, or comes with new ones, is
    /// told by the skills' own changes, each naming its category.
    static func categoriesCameOrWent(
        _ gone: [SkillCategory], _ came: [SkillCategory], renamed: [String: String], old: [SkillCategory], new: [SkillCategory]
    ) -> [Change] {
        guard !gone.isEmpty || !came.isEmpty else { return [] }
        let renamedTo = Set(renamed.values.map { Key.loose($0) })
        let oldSkills = Set(old.flatMap { $0.skills.map { Key.loose($0.name) } })
        let newSkills = Set(new.flatMap { $0.skills.map { Key.loose($0.name) } })
        var out: [Change] = []
        for c in gone where renamed[Key.loose(c.name ?? "")] == nil && c.skills.contains(where: { newSkills.contains(Key.loose($0.name)) }) {
            guard let name = c.name, !Key.loose(name).isEmpty else { continue }
            out.append(Change(.sectionRemoved, subject: name, old: c.skills.map { written($0) }.joined(separator: "; "), oldSource: c.source))
        }
        for c in came where !renamedTo.contains(Key.loose(c.name ?? "")) && c.skills.contains(where: { oldSkills.contains(Key.loose($0.name)) }) {
            guard let name = c.name, !Key.loose(name).isEmpty else { continue }
            out.append(Change(.sectionAdded, subject: name, new: c.skills.map { written($0) }.joined(separator: "; "), newSource: c.source))
        }
        return out
    }

    /// The level of a whole group of skills (`Backend: Expert` → `Advanced`, JSON Resume's `skills[].level`) changed, in a
    /// group kept or renamed: one `skill.level` named by the group.
    static func categoryLevels(_ old: [SkillCategory], _ new: [SkillCategory], renamed: [String: String]) -> [Change] {
        // Most CVs give no group a level.
        guard old.contains(where: { $0.level != nil }) || new.contains(where: { $0.level != nil }) else { return [] }
        var newByName: [String: SkillCategory] = [:]
        for c in new where newByName[Key.loose(c.name ?? "")] == nil { newByName[Key.loose(c.name ?? "")] = c }
        var out: [Change] = []
        for a in old {
            let k = Key.loose(a.name ?? "")
            guard let b = newByName[renamed[k].map { Key.loose($0) } ?? k], Key.loose(a.level ?? "") != Key.loose(b.level ?? "") else { continue }
            out.append(Change(.skillLevel, subject: Key.text(b.name ?? "skills"), old: a.level, new: b.level, oldSource: a.source, newSource: b.source))
        }
        return out
    }

    /// Skill changes told once: a skill listed twice or more in one group that came or went several times at once
    /// (`NestJS` pasted nine times into a list, then the copies taken out) is one change, not one a copy.
    static func distinctSkillChanges(_ changes: [Change]) -> [Change] {
        // Two skills added (or removed) as the same text in the same group, compared as written: most versions have none.
        func same(_ a: Change, _ b: Change) -> Bool { a.kind == b.kind && a.subject == b.subject && a.old == b.old && a.new == b.new }
        let listed = changes.indices.filter { changes[$0].kind == .skillAdded || changes[$0].kind == .skillRemoved }
        guard listed.count > 1 else { return changes }
        var copies = Set<Int>()
        for (n, i) in listed.enumerated() where !copies.contains(i) {
            for j in listed[(n + 1)...] where !copies.contains(j) && same(changes[i], changes[j]) { copies.insert(j) }
        }
        if copies.isEmpty { return changes }
        return changes.indices.filter { !copies.contains($0) }.map { changes[$0] }
    }

    /// A skill as its author wrote it, level and years aside (`react.js`, `Atmosphere (Meteor)`): what was added or
    /// removed, in the CV's own words.
    static func written(_ s: Skill) -> String {
        var text = Substring(Key.text(s.text))
        // Drop only the groups that hold the level or the years (`Go (expert) (8 years)`), not a qualifier of the name.
        while text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let group = Key.loose(String(text[open...]))
            guard group == Key.loose(s.level ?? "\u{0}") || (s.years != nil && group.contains(where: \.isNumber)) else { break }
            text = text[..<open]
            while text.last == " " { text = text.dropLast() }
        }
        return text.isEmpty ? Key.text(s.name) : String(text)
    }

    /// Skills left unpaired in one category that are one skill respelt (`Browsify` → `Browserify`, `95+ WPM Typing`
    /// → `100+ WPM Typing`, `learning C/C++` → `C/C++`): most of their words, or of their letter pairs, in common.
    /// Two different tools (`Jenkins` → `Travis`) stay removed and added.
    static func respelledSkills(_ a: [(Skill, String)], _ b: [(Skill, String)], paired: [(Int, Int)]) -> [(Int, Int)] {
        // Bare texts only for the skills left unpaired (a history's versions pair nearly all of them).
        respelt(a.count, b.count, { Skill.bare(a[$0].0.text) }, { Skill.bare(b[$0].0.text) }, paired: paired, category: { a[$0].1 }, newCategory: { b[$0].1 })
    }

    /// Texts of `a` and `b` left out of `paired` that are one name respelt, in one category: most of their words, or of
    /// their letter pairs, in common.
    static func respelt(
        _ a: [String], _ b: [String], paired: [(Int, Int)], category: (Int) -> String, newCategory: (Int) -> String
    ) -> [(Int, Int)] {
        respelt(a.count, b.count, { a[$0] }, { b[$0] }, paired: paired, category: category, newCategory: newCategory)
    }

    /// The same, the texts given by position (`countA` and `countB` of them) and asked only of the unpaired ones.
    static func respelt(
        _ countA: Int, _ countB: Int, _ a: (Int) -> String, _ b: (Int) -> String, paired: [(Int, Int)], category: (Int) -> String,
        newCategory: (Int) -> String
    ) -> [(Int, Int)] {
        let usedA = Set(paired.map(\.0))
        let usedB = Set(paired.map(\.1))
        let restA = (0..<countA).filter { !usedA.contains($0) }
        let restB = (0..<countB).filter { !usedB.contains($0) }
        guard !restA.isEmpty, !restB.isEmpty else { return [] }
        let looseA = restA.map { Key.loose(a($0)) }
        let looseB = restB.map { Key.loose(b($0)) }
        let scores = restA.indices.map { p in
            restB.indices.map { q -> Double in
                guard category(restA[p]) == newCategory(restB[q]) else { return 0 }
                let x = looseA[p]
                let y = looseB[q]
                let words = Key.dice(Set(x.split(separator: " ").map(String.init)), Set(y.split(separator: " ").map(String.init)))
                return max(words, Key.dice(Key.letterPairs(x), Key.letterPairs(y)))
            }
        }
        return Assignment.best(scores, threshold: 0.6).map { (restA[$0.0], restB[$0.1]) }
    }

    // MARK: - Sections

    /// Sections by kind (experience, skills …): added or removed when a kind appears or disappears, renamed
    /// when a kind's heading changes words. Only between versions in one format: a CV converted to another
    /// format has other headings (`work` for `Experience`) but the same sections, and what is in them is
    /// compared entry by entry anyway.
    static func diffSections(_ old: CVDocument, _ new: CVDocument) -> [Change] {
        guard old.format == new.format else { return [] }
        // The same headings (titles and kinds) in the same order: nothing added, removed or renamed.
        if old.headings.elementsEqual(new.headings, by: { $0.title == $1.title && $0.kind == $1.kind }) { return [] }
        var out: [Change] = []
        // A title both versions have is the same section, whatever kind it was read as in each (`Current role` read
        // as a plain section in one, as the experience its roles are in in the other; a CV with two experience headings,
        // `Current roles` and `Earlier roles`, one of them new): only the other headings are compared.
        let oldTitles = Set(old.headings.map { Key.heading($0.title) })
        let newTitles = Set(new.headings.map { Key.heading($0.title) })
        let oldHeadings = old.headings.filter { !newTitles.contains(Key.heading($0.title)) }
        let newHeadings = new.headings.filter { !oldTitles.contains(Key.heading($0.title)) }
        let oldKinds = Dictionary(oldHeadings.map { ($0.kind, $0) }, uniquingKeysWith: { a, _ in a })
        let newKinds = Dictionary(newHeadings.map { ($0.kind, $0) }, uniquingKeysWith: { a, _ in a })
        // A summary heading that comes with a summary where there was none (or goes with it) is told by
        // `summary.changed` (`# Highlights` added over the first lines of a CV that had no introduction).
        let summaryCame = old.summary == nil && new.summary != nil
        let summaryWent = old.summary != nil && new.summary == nil
        for h in oldHeadings where h.kind != .other && newKinds[h.kind] == nil && oldKinds[h.kind]?.source == h.source {
            // A kind that the other version still has under a title kept (a second experience heading gone) went with it.
            if new.headings.contains(where: { $0.kind == h.kind }) { continue }
            if h.kind == .summary, summaryWent { continue }
            out.append(Change(.sectionRemoved, subject: h.title, oldSource: h.source))
        }
        for h in newHeadings where h.kind != .other && newKinds[h.kind]?.source == h.source {
            if h.kind == .summary, summaryCame, oldKinds[h.kind] == nil { continue }
            if let o = oldKinds[h.kind] {
                if Key.heading(o.title) != Key.heading(h.title) {
                    out.append(Change(.sectionRenamed, subject: h.title, old: o.title, new: h.title, oldSource: o.source, newSource: h.source))
                }
            } else if !old.headings.contains(where: { $0.kind == h.kind }) {
                out.append(Change(.sectionAdded, subject: h.title, newSource: h.source))
            }
        }
        // Unknown sections (kind .other) by title; a title gone and another come that share their words
        // (`Fellowships & Scholarships` → `Fellowships`) are one section renamed.
        let gone = oldHeadings.filter { $0.kind == .other }
        let came = newHeadings.filter { $0.kind == .other }
        func items(_ h: SectionHeading, of doc: CVDocument) -> [Bullet]? {
            doc.sections.first { $0.kind == .other && Key.heading($0.title) == Key.heading(h.title) }?.items
        }
        let renamed = gone.isEmpty || came.isEmpty ? [] : Assignment.best(gone.map { o in
            came.map { n in sectionSimilarity(o.title, n.title, items(o, of: old), items(n, of: new)) }
        }, threshold: 0.5)
        let renamedOld = Set(renamed.map(\.0))
        let renamedNew = Set(renamed.map(\.1))
        for (x, h) in gone.enumerated() where !renamedOld.contains(x) {
            out.append(Change(.sectionRemoved, subject: h.title, oldSource: h.source))
        }
        for (x, y) in renamed {
            out.append(Change(.sectionRenamed, subject: came[y].title, old: gone[x].title, new: came[y].title, oldSource: gone[x].source, newSource: came[y].source))
        }
        for (y, h) in came.enumerated() where !renamedNew.contains(y) {
            out.append(Change(.sectionAdded, subject: h.title, newSource: h.source))
        }
        // An empty list of a structured CV (`"awards": []`) that came or went shows nothing: layout.
        return out.filter { c in
            switch c.kind {
            case .sectionAdded: return !holdsNothing(c.newSource, in: new)
            case .sectionRemoved: return !holdsNothing(c.oldSource, in: old)
            default: return true
            }
        }
    }

    /// Whether the section whose heading is at `heading` holds no entry, item or skill, in a structured CV (JSON
    /// Resume, YAML), where a key with an empty list is a section with nothing to show. Always false for a text format,
    /// where a heading is seen on the page whatever follows it.
    static func holdsNothing(_ heading: SourceRange?, in doc: CVDocument) -> Bool {
        guard doc.format == .jsonResume || doc.format == .renderCV, let at = heading?.start else { return false }
        let next = doc.headings.lazy.map(\.source.start).filter { $0 > at }.min()
        func inside(_ r: SourceRange) -> Bool { r.start > at && next.map { r.start < $0 } ?? true }
        return !doc.roles.contains { inside($0.source) } && !doc.education.contains { inside($0.source) }
            && !doc.projects.contains { inside($0.source) } && !doc.skills.contains { c in c.skills.contains { inside($0.source) } }
            && !doc.sections.contains { s in s.items.contains { inside($0.source) } }
    }

    /// Sections kept as they are (languages, certifications …): items added, removed and changed (an item rewritten is
    /// one change with its word diff). The items of a section reported as a whole (`removed` and `added`: loose titles
    /// of the sections `diffSections` found gone or new) are not listed one by one.
    static func diffNamedSections(
        _ old: [NamedSection], _ new: [NamedSection], removed: Set<String> = [], added: Set<String> = []
    ) -> [Change] {
        var out: [Change] = []
        let pairs = match(old, new, key: { "\($0.kind.rawValue)|\(Key.loose($0.title))" }) { i, j in
            old[i].kind == new[j].kind && old[i].kind != .other ? 0.9 : sectionSimilarity(old[i].title, new[j].title, old[i].items, new[j].items)
        }
        let oldOf = Dictionary(uniqueKeysWithValues: pairs.map { ($0.1, $0.0) })
        let newOf = Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1) })
        for (i, s) in old.enumerated() where newOf[i] == nil && !removed.contains(Key.loose(s.title)) {
            for item in s.items { out.append(Change(.sectionItemRemoved, subject: s.title, old: Key.text(item.text), oldSource: item.source)) }
        }
        for (j, s) in new.enumerated() {
            if oldOf[j] == nil && added.contains(Key.loose(s.title)) { continue }
            // Each entry with the lines under it (an award and its summary, a language and its level): one item.
            let before = oldOf[j].map { old[$0].items.map(entry) } ?? []
            let (changes, lo, ln) = diffItems(before, s.items.map(entry), subject: s.title)
            let same = lo.isEmpty || ln.isEmpty ? [] : sameHeads(lo, ln, oldItems: oldOf[j].map { old[$0].items } ?? [], newItems: s.items)
            var changed = changes.filter { $0.kind == .bulletReworded }
            for (x, y) in same {
                let a = Key.text(lo[x].text)
                let b = Key.text(ln[y].text)
                let wd = WordDiff(old: a, new: b)
                changed.append(Change(.bulletReworded, subject: s.title, old: a, new: b, oldSource: lo[x].source, newSource: ln[y].source,
                                      words: wd.segments, similarity: wd.similarity))
            }
            for c in changed {
                out.append(Change(.sectionItemChanged, subject: s.title, old: c.old, new: c.new, oldSource: c.oldSource, newSource: c.newSource,
                                  words: c.words, similarity: c.similarity))
            }
            let sameOld = Set(same.map(\.0))
            let sameNew = Set(same.map(\.1))
            for (x, item) in lo.enumerated() where !sameOld.contains(x) {
                out.append(Change(.sectionItemRemoved, subject: s.title, old: Key.text(item.text), oldSource: item.source))
            }
            for (y, item) in ln.enumerated() where !sameNew.contains(y) {
                out.append(Change(.sectionItemAdded, subject: s.title, new: Key.text(item.text), newSource: item.source))
            }
        }
        return out
    }

    /// An item of a section kept as it is with the lines nested under it, as one text.
    static func entry(_ item: Bullet) -> Bullet {
        guard !item.children.isEmpty else { return item }
        return Bullet(text: item.flattened.map(\.text).joined(separator: " "), source: item.source)
    }

    /// Items gone and items come that begin with the same name, each the only one of the version that does (`English
    /// (Professional working proficiency)` → `English (Proficient)`, `Best Paper Award, 2019` → `Best Paper Award, 2020`,
    /// an interest's name over other keywords): the same item changed. `oldItems` and `newItems` are the section's items
    /// as read: an item with lines under it is named by its own line (or the name it begins with).
    static func sameHeads(_ old: [Bullet], _ new: [Bullet], oldItems: [Bullet], newItems: [Bullet]) -> [(Int, Int)] {
        func heads(_ items: [Bullet], _ read: [Bullet]) -> [String: Int] {
            var named: [SourceRange: String] = [:]
            for b in read where !b.children.isEmpty {
                let name = head(b.text) ?? Key.loose(b.text)
                if name.contains(where: \.isLetter) { named[b.source] = name }
            }
            var at: [String: Int] = [:]
            var twice = Set<String>()
            for (i, b) in items.enumerated() {
                guard let h = named[b.source] ?? head(b.text) else { continue }
                if at[h] != nil { twice.insert(h) } else { at[h] = i }
            }
            for h in twice { at[h] = nil }
            return at
        }
        let newHeads = heads(new, newItems)
        return heads(old, oldItems).compactMap { h, i in newHeads[h].map { (i, $0) } }.sorted { $0.0 < $1.0 }
    }

    /// The name an item begins with: its text up to the first bracket, colon, comma, bar or spaced dash, loosely; nil
    /// when that is the whole item or holds no letter.
    static func head(_ text: String) -> String? {
        let chars = Array(text)
        var end = 0
        while end < chars.count {
            let c = chars[end]
            if c == "(" || c == ":" || c == "," || c == "|" { break }
            if c == "-" || c == "–" || c == "—", end > 0, chars[end - 1] == " ", end + 1 < chars.count, chars[end + 1] == " " { break }
            end += 1
        }
        guard end < chars.count else { return nil }
        let h = Key.loose(String(chars[..<end]))
        return h.contains(where: \.isLetter) ? h : nil
    }

    /// How alike two section headings are: their words in common (`Fellowships & Scholarships` ~ `Fellowships`).
    static func sectionTitleSimilarity(_ a: String, _ b: String) -> Double {
        Key.similarity(Key.heading(a), Key.heading(b))
    }

    /// How alike two sections of no known kind are: their titles' words in common, or, titles apart, the items they share:
    /// a section renamed with most of its items as they were (`Selected Coursework` → `Coursework Taken`, the courses kept),
    /// or with all of them, however few, is that section renamed, not one removed and another added.
    static func sectionSimilarity(_ a: String, _ b: String, _ itemsA: [Bullet]?, _ itemsB: [Bullet]?) -> Double {
        let titles = sectionTitleSimilarity(a, b)
        guard titles < 0.5, let x = itemsA, let y = itemsB, !x.isEmpty else { return titles }
        // Every item as it was (a section of one link retitled): that section renamed.
        if x.count == y.count, zip(x, y).allSatisfy({ Key.loose($0.text) == Key.loose($1.text) }) { return 1 }
        guard x.count >= 2, y.count >= 2 else { return titles }
        let kx = Set(x.map { Key.loose($0.text) })
        let ky = Set(y.map { Key.loose($0.text) })
        let shared = Double(kx.intersection(ky).count) / Double(max(kx.count, ky.count))
        return shared >= 0.6 ? shared : titles
    }
}

extension Skill {
    /// The skill's text without its level and years: `Go (expert) (8 years)` → `Go`.
    static func bare(_ text: String) -> String {
        var s = Substring(text)
        while s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
            s = s[..<open]
            while s.last == " " { s = s.dropLast() }
        }
        return String(s)
    }
}

/// Normalised forms of text for matching.
enum Key {
    /// Whitespace collapsed.
    static func text(_ s: String) -> String {
        // Printable ASCII with single spaces between words, none at the ends (most names and bullets): already collapsed.
        let collapsed = s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard let first = b.first, let last = b.last, first != 0x20, last != 0x20 else { return false }
            var previous: UInt8 = 0
            for c in b {
                if c < 0x20 || c > 0x7E || (c == 0x20 && previous == 0x20) { return false }
                previous = c
            }
            return true
        }
        return collapsed == true ? s : HTMLText.collapseWhitespace(s)
    }

    /// True when `text(s)` is empty; decided on the first byte for almost every text.
    static func isBlank(_ s: String) -> Bool {
        for b in s.utf8 {
            if b >= 0x80 { break }  // non-ASCII: let the full rule decide
            if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { return false }
        }
        return text(s).isEmpty
    }

    /// A heading's words without the number it is given in its list of headings, plurals as singulars: `3. Skills:` ~
    /// `Skill` ~ `4) skills` (numbers added, dropped or shifted when a section comes or goes are layout).
    static func heading(_ s: String) -> String {
        var words = loose(s).split(separator: " ")
        // One or two digits: `2021 Awards` keeps its year.
        if words.count > 1, words[0].count <= 2, words[0].allSatisfy(\.isNumber) { words.removeFirst() }
        return words.map { w in w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") ? w.dropLast() : w }.joined(separator: " ")
    }

    /// Lowercase letters and digits only, single spaces: "Talroo (Formerly Jobs2Careers)" ~ "talroo formerly jobs2careers".
    static func loose(_ s: String) -> String {
        if let ascii = s.utf8.withContiguousStorageIfAvailable({ b in b.allSatisfy { $0 < 0x80 } ? looseASCII(b) : nil }), let ascii {
            return ascii
        }
        var out = ""
        var space = false
        for c in s.lowercased() {
            if c.isLetter || c.isNumber || c == "+" || c == "#" {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(c)
            } else {
                space = true
            }
        }
        return out
    }

    /// `loose` of ASCII text, written straight into the new string: letters, digits, + and # kept, lowercased;
    /// runs of anything else one space.
    static func looseASCII(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: b.count) { out in
            var n = 0
            var space = false
            for var c in b {
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x23 {
                    if space && n > 0 {
                        out[n] = 0x20
                        n += 1
                    }
                    space = false
                    out[n] = c
                    n += 1
                } else {
                    space = true
                }
            }
            return n
        }
    }

    /// Whether `loose(text) == key`, for ASCII text on its bytes without making the key: stops at the first byte that
    /// differs.
    static func looseEquals(_ text: String, _ key: String) -> Bool {
        // 1 equal, 0 not, -1 not told on the bytes (not ASCII, or not stored contiguously).
        let answer = text.utf8.withContiguousStorageIfAvailable { t in
            key.utf8.withContiguousStorageIfAvailable { k -> Int in
                var n = 0
                var space = false
                for var c in t {
                    if c >= 0x80 { return -1 }
                    if c >= 0x41 && c <= 0x5A { c += 0x20 }
                    if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x23 {
                        if space && n > 0 {
                            guard n < k.count, k[n] == 0x20 else { return 0 }
                            n += 1
                        }
                        space = false
                        guard n < k.count, k[n] == c else { return 0 }
                        n += 1
                    } else {
                        space = true
                    }
                }
                return n == k.count ? 1 : 0
            } ?? -1
        } ?? -1
        return answer >= 0 ? answer == 1 : loose(text) == key
    }

    static let stopWords: Set<String> = ["the", "and", "of", "inc", "ltd", "llc", "plc", "co", "gmbh", "a", "at", "for"]

    /// Word-set similarity of two optional names (1 when both are absent or equal).
    static func similarity(_ a: String?, _ b: String?) -> Double {
        let x = loose(a ?? "")
        let y = loose(b ?? "")
        if x == y { return 1 }
        if x.isEmpty || y.isEmpty { return 0 }
        let wa = Set(x.split(separator: " ").map(String.init)).subtracting(stopWords)
        let wb = Set(y.split(separator: " ").map(String.init)).subtracting(stopWords)
        let union = wa.union(wb).count
        return union == 0 ? 0 : Double(wa.intersection(wb).count) / Double(union)
    }

    /// Whether every word of one text (stop words aside, at least one) is a word of the other.
    static func within(_ a: String?, _ b: String?) -> Bool {
        let wa = Set(loose(a ?? "").split(separator: " ").map(String.init)).subtracting(stopWords)
        let wb = Set(loose(b ?? "").split(separator: " ").map(String.init)).subtracting(stopWords)
        guard !wa.isEmpty, !wb.isEmpty else { return false }
        return wa.count <= wb.count ? wa.isSubset(of: wb) : wb.isSubset(of: wa)
    }

    /// The same words spelt the same, case included (`AGILE` → `Agile` and `Initrode.Labs` → `Initrode Labs` are edits),
    /// whatever the spacing and the punctuation around words (a re-wrap, a full stop at the end).
    static func sameSpelling(_ a: String?, _ b: String?) -> Bool {
        let x = a ?? ""
        let y = b ?? ""
        if x == y { return true }
        // Only spaces and the punctuation around words are set aside: texts whose letters and digits differ are other words.
        if asciiLettersDiffer(x, y) == true { return false }
        return sameWords(x, y) || sameAroundBars(x, y) || sameAroundCommas(x, y) || sameAroundDashes(x, y)
    }

    /// The same words once every dash between them is one spaced hyphen (`1999 - 2001` → `1999-2001` → `1999–2001`,
    /// `1999---2001`): the spacing and the kind of a dash are typesetting, not a word changed.
    static func sameAroundDashes(_ x: String, _ y: String) -> Bool {
        func isDash(_ c: Character) -> Bool { c == "-" || c == "\u{2013}" || c == "\u{2014}" || c == "\u{2010}" || c == "\u{2011}" }
        guard x.contains(where: isDash) || y.contains(where: isDash) else { return false }
        func spaced(_ s: String) -> String {
            var out = ""
            var inDash = false
            for c in s {
                if isDash(c) {
                    if !inDash { out.append(" - ") }
                    inDash = true
                } else {
                    inDash = false
                    out.append(c)
                }
            }
            return out
        }
        return sameWords(spaced(x), spaced(y))
    }

    /// The same words once a comma or semicolon is followed by a space (`Doe J.,Roe K.` → `Doe J., Roe K.`): a space
    /// typed after a comma is spacing, not a word changed.
    static func sameAroundCommas(_ x: String, _ y: String) -> Bool {
        func spaced(_ s: String) -> String {
            var out = ""
            for c in s {
                out.append(c)
                if c == "," || c == ";" { out.append(" ") }
            }
            return out
        }
        guard x.contains(",") || x.contains(";") || y.contains(",") || y.contains(";") else { return false }
        return sameWords(spaced(x), spaced(y))
    }

    /// The same text but for spaces around the bars between links or fields (`Email | Portfolio| Code` → `Email |
    /// Portfolio | Code`). A bar added or taken out is a change (`Software Web Developer` → `Software | Web Developer`).
    static func sameAroundBars(_ x: String, _ y: String) -> Bool {
        guard x.contains("|"), y.contains("|") else { return false }
        func tight(_ s: String) -> String {
            s.split(separator: "|", omittingEmptySubsequences: false).map { WordDiff.words(String($0)).joined(separator: " ") }.joined(separator: "|")
        }
        return tight(x) == tight(y)
    }

    /// `sameSpelling` read word by word: the words, without the punctuation around them, equal.
    static func sameWords(_ x: String, _ y: String) -> Bool {
        WordDiff.words(x).map(trimmed).filter { !$0.isEmpty } == WordDiff.words(y).map(trimmed).filter { !$0.isEmpty }
    }

    /// Whether two ASCII texts' letters and digits, in order, differ (`Led the team.` and `Led a team`), on the bytes;
    /// nil when either text is not ASCII.
    static func asciiLettersDiffer(_ a: String, _ b: String) -> Bool? {
        func isLetterOrDigit(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) }
        let answer = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return nil }
                var i = 0
                var j = 0
                while true {
                    while i < x.count, !isLetterOrDigit(x[i]) { i += 1 }
                    while j < y.count, !isLetterOrDigit(y[j]) { j += 1 }
                    if i == x.count || j == y.count { return i != x.count || j != y.count }
                    if x[i] != y[j] { return true }
                    i += 1
                    j += 1
                }
            }
        }
        // Nil where a text's bytes are not stored contiguously (a bridged string) or are not ASCII.
        guard let stored = answer, let bothStored = stored else { return nil }
        return bothStored
    }

    /// A word without the punctuation around it (`(Rails)` → `Rails`, `done.` → `done`).
    static func trimmed(_ w: String) -> Substring {
        var s = Substring(w)
        while let l = s.last, l.isPunctuation { s = s.dropLast() }
        while let f = s.first, f.isPunctuation { s = s.dropFirst() }
        return s
    }

    /// The words of a text that carry its content: loose keys of three letters or more, common function words and bare
    /// numbers (`54,000` → `54`, `000`) left out.
    static func contentWords(_ s: String) -> Set<String> {
        var key = loose(s)
        // On the bytes of an ASCII key (the usual case): a word's letters are its bytes, and its only numbers are digits.
        let ascii = key.withUTF8 { b -> Set<String>? in
            var words = Set<String>()
            var start = 0
            var digits = true
            for i in 0...b.count {
                if i == b.count || b[i] == 0x20 {
                    if i - start >= 3 && !digits {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                        if !functionWords.contains(word) { words.insert(word) }
                    }
                    start = i + 1
                    digits = true
                } else if b[i] >= 0x80 {
                    return nil
                } else if b[i] < 0x30 || b[i] > 0x39 {
                    digits = false
                }
            }
            return words
        }
        if let ascii { return ascii }
        return Set(key.split(separator: " ").lazy.filter { $0.count >= 3 && !$0.allSatisfy(\.isNumber) }.map(String.init)).subtracting(functionWords)
    }

    static let functionWords: Set<String> = [
        "the", "and", "for", "with", "from", "into", "that", "this", "was", "were", "are", "has", "have", "had", "its", "our",
        "their", "which", "who", "using", "via", "over", "all", "also", "not", "but", "than", "then", "per",
    ]

    /// The pairs of adjacent letters of a loose text (`node` → `no`, `od`, `de`), for spellings that differ by a letter or two.
    static func letterPairs(_ s: String) -> Set<String> {
        let c = Array(s.filter { $0 != " " })
        guard c.count >= 2 else { return Set([String(c)]) }
        return Set((0..<(c.count - 1)).map { String(c[$0...$0 + 1]) })
    }

    /// Dice coefficient of two word sets: 1 for the same words, 0 for none in common.
    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        a.isEmpty && b.isEmpty ? 1 : 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    static func textSimilarity(_ a: String, _ b: String) -> Double {
        WordDiff.similarity(a, b)
    }

    /// A text without the web addresses written in it (`[Tide Clock] (https://example.org/t)` → `[Tide Clock] ()`); the text
    /// itself when it holds none.
    static func withoutAddresses(_ s: String) -> String {
        guard s.contains("://") || s.contains("www.") else { return s }
        return s.split(separator: " ", omittingEmptySubsequences: false).map { w in
            guard w.contains("://") || w.hasPrefix("www.") || w.hasPrefix("(www.") else { return String(w) }
            return String(w.filter { "()[]<>".contains($0) })
        }.joined(separator: " ")
    }

    static func url(_ s: String) -> String {
        var u = s.lowercased()
        for p in ["https://", "http://", "mailto:"] where u.hasPrefix(p) { u.removeFirst(p.count) }
        if u.hasPrefix("www.") { u.removeFirst(4) }
        while u.hasSuffix("/") { u.removeLast() }
        return u
    }

    /// The site a web address is on (`https://www.linkedin.com/in/jdoe/` → `linkedin.com`); nil when there is none
    /// (an e-mail address, a user name, a bare path).
    static func site(_ s: String) -> String? {
        let lower = s.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return nil }
        let host = url(s).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.contains(".") ? String(host) : nil
    }
}

extension String {
    func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}
