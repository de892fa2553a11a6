/// The same bullet twice: in one role, under roles of two organisations, or one item twice in a list.
public struct DuplicateBulletRule: Rule {
    public static let description = RuleDescription(
        identifier: "duplicate-bullet", name: "Duplicate bullet",
        summary: "The same bullet twice in one role, under roles of two organisations, the same description under two roles, or one item twice in a list.",
        severity: .warning,
        details: """
            Bullets are compared ignoring case, spacing and final punctuation. Across roles, bullets of six \
            words or more count: the same bullet under roles of two organisations, or the same description \
            paragraph under two roles, is a copy-paste slip (the same duty under two roles of one organisation \
            is not reported), except a labelled list of tools (`Stack: Go, Redis, Kafka`), which two jobs may \
            share. A bullet that is a comma-separated list of short names (`docker, git, github, \
            git`), and a skills list wrapped over a line or two, must not name an item twice; `etc.` ending two \
            lists and place lines under each role (`Porto, Portugal` / `Braga, Portugal`) name nothing twice.
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Built the billing system.

                ### Initech

                Engineer • 2018 – 2019

                - Built the billing system.

                ### Acme

                Senior Engineer • 2020 – 2021

                - Ran the weekly design review with the platform team.

                ### Acme

                Engineer • 2019 – 2020

                - Ran the weekly design review with the platform team.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Built the billing system.
                - Ran the on-call rota.
                ↓- built the billing system
                """),
            Example("""
                ## Experience

                ### Acme

                Engineer • 2019 – 2020

                - Ran the weekly design review with the platform team.
                ↓- Stack: docker, python, git, github, git.

                ### Initech

                Engineer • 2018 – 2019

                ↓- Ran the weekly design review with the platform team.
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        var findings: [Finding] = []
        let groups = document.roles.map { (context.name(of: $0), OverlapRule.key($0.organisation), $0.text + $0.bullets, Set($0.text.map(\.source))) }
            + document.projects.map { ($0.name, "", $0.text + $0.bullets, Set($0.text.map(\.source))) }
        // Bullets and descriptions seen in earlier roles: the same sentence under roles of two organisations, or
        // the same description paragraph under two roles, is a copy-paste slip (under two roles of one
        // organisation the same duties often carry on, but not the whole description).
        var elsewhere: [String: (bullet: Bullet, owner: String, organisation: String, description: Bool)] = [:]
        for (owner, organisation, group, descriptions) in groups {
            var seen: [String: Bullet] = [:]
            for bullet in group.flatMap(\.walk) {
                findings += Self.repeatedItems(in: bullet.text).map { item in
                    context.finding("\"\(item)\" is listed twice in this list", at: context.start(of: bullet.source))
                }
                let key = Self.key(bullet.text)
                guard key.count >= 8 else { continue }
                if let first = seen[key] {
                    // A line the reader gave twice (a nested item also read into its parent's text) is one bullet.
                    if first.source.start == bullet.source.start { continue }
                    findings.append(context.finding("bullet repeats the one on line \(first.source.start.line)", at: context.start(of: bullet.source)))
                    continue
                }
                seen[key] = bullet
                guard Self.wordCount(key) >= Self.crossRoleWords else { continue }
                let description = descriptions.contains(bullet.source)
                // The same tools under two projects or jobs (`Stack: Go, Redis, Kafka`) is honest: a list, not a duty.
                if let first = elsewhere[key], organisation.isEmpty || first.organisation != organisation || (description && first.description),
                    !Self.isLabelledList(key)
                {
                    findings.append(context.finding(
                        "bullet repeats the one on line \(first.bullet.source.start.line) under \(first.owner)",
                        at: context.start(of: bullet.source)))
                }
            }
            for (key, bullet) in seen where elsewhere[key] == nil {
                elsewhere[key] = (bullet, owner, organisation, descriptions.contains(bullet.source))
            }
        }
        for category in document.skills {
            var names: [String: SourceRange] = [:]
            for skill in category.skills {
                // As written: the lexicon reads `Continuous Integration` and `Continuous Deployment` as one skill.
                let name = skill.text.lowercased()
                if let first = names[name] {
                    // A list wrapped over a line or two; farther apart, the reader may have joined two lists.
                    let gap = skill.source.start.line - first.start.line
                    guard (1...2).contains(gap), !name.contains(where: \.isNumber), !Self.fillers.contains(name),
                        !Self.placeLines(first.start.line, skill.source.start.line, name: name, in: category.skills)
                    else { continue }
                    findings.append(context.finding("\"\(skill.text)\" is listed twice in this list", at: context.start(of: skill.source)))
                } else {
                    names[name] = skill.source
                }
            }
        }
        return findings
    }

    /// A label of one to four words, a colon, then a comma-separated list of short names (`technologies used: go,
    /// redis, kafka`), on a bullet's key.
    static func isLabelledList(_ key: String) -> Bool {
        guard let colon = key.firstIndex(of: ":") else { return false }
        let label = key[..<colon].split(separator: " ")
        let items = key[key.index(after: colon)...].split(separator: ",")
        return (1...4).contains(label.count) && items.count >= 2
            && items.allSatisfy { item in (1...4).contains(item.split(separator: " ").filter { $0 != "and" && $0 != "&" }.count) }
    }

    /// What ends a list rather than naming an item (`…, Redis, etc.`): two lists may each end with it.
    static let fillers: Set<String> = ["etc", "etc.", "etc...", "…", "...", "and more", "and others", "others", "more"]

    /// Two lines of two items each, `Place, Region`, that end with the repeated item (`Lyon, France` under one role,
    /// `Nantes, France` under the next): where each role was, read as one list, not a list naming an item twice.
    static func placeLines(_ a: Int, _ b: Int, name: String, in skills: [Skill]) -> Bool {
        [a, b].allSatisfy { line in
            let onLine = skills.filter { $0.source.start.line == line }
            return onLine.count == 2 && onLine[1].text.lowercased() == name
        }
    }

    /// Bullets repeated under two roles count from this many words: short ones (`Code reviews.`) recur honestly.
    static let crossRoleWords = 6

    /// The runs of bytes between spaces (`key.utf8.split(separator: 0x20).count`, without the array).
    static func wordCount(_ key: String) -> Int {
        var count = 0
        var inWord = false
        for b in key.utf8 {
            if b == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Items named twice in a bullet that is a comma-separated list of short names (`docker, git, github, git`,
    /// `Built with Maven, Java, Git, Maven`). Bracketed notes are left out; a bullet with a
    /// sentence break inside (`Doe J., Roe R. and Doe J. (2023).`, references) is not a list.
    /// `bytesFirst`: false skips `mayBeList` (the tests compare both ways).
    static func repeatedItems(in text: String, bytesFirst: Bool = true) -> [String] {
        guard text.utf8.lazy.filter({ $0 == 0x2C }).count >= 3 else { return [] }
        var plain: [UInt8] = []
        plain.reserveCapacity(text.utf8.count)
        var depth = 0
        for b in text.utf8 {
            if b == 0x28 || b == 0x5B { depth += 1 } else if b == 0x29 || b == 0x5D { depth = max(0, depth - 1) } else if depth == 0 { plain.append(b) }
        }
        // Most bullets with three commas are sentences: told on the bytes of an ASCII bullet, as the steps below tell it.
        if bytesFirst, !plain.contains(where: { $0 >= 0x80 }), !Self.mayBeList(plain) { return [] }
        var body = Substring(String(decoding: plain, as: UTF8.self)).trimmingWhitespace()
        while let last = body.last, last == "." || last == ";" { body = body.dropLast() }
        guard !body.contains(". "), !body.contains(";") else { return [] }
        let items = body.split(separator: ",").map { item -> [Substring] in
            var words = item.split(separator: " ")
            if let first = words.first, first.lowercased() == "and" || first.lowercased() == "or" { words.removeFirst() }
            return words
        }
        guard items.count >= 4, items.dropFirst().allSatisfy({ (1...3).contains($0.count) }) else { return [] }
        var seen: Set<String> = []
        var result: [String] = []
        for (index, words) in items.enumerated() {
            // The first item may follow the list's lead-in (`Technologies used include Jenkins`).
            let name = index == 0 ? String(words.last ?? "") : words.joined(separator: " ")
            guard !name.isEmpty, !Self.fillers.contains(name.lowercased()) else { continue }
            if !seen.insert(name.lowercased()).inserted, !result.contains(name) { result.append(name) }
        }
        return result
    }

    /// `repeatedItems`' tests of a list on the bytes of an ASCII text (its bracketed notes left out): trimmed of
    /// whitespace and final `.`/`;`, no `. ` or `;` inside, four comma-separated items or more, each after the first
    /// of one to three words (a leading `and`/`or` not counted). False when the text cannot be such a list.
    static func mayBeList(_ plain: [UInt8]) -> Bool {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var start = 0
        var end = plain.count
        while start < end, isSpace(plain[start]) { start += 1 }
        while end > start, isSpace(plain[end - 1]) { end -= 1 }
        while end > start, plain[end - 1] == 0x2E || plain[end - 1] == 0x3B { end -= 1 }
        // The items are the runs between commas (an empty run is none; one of spaces is an item of no words), their
        // words the runs between spaces.
        var items = 0
        var itemLength = 0
        var words = 0
        func closeItem() -> Bool {
            guard itemLength > 0 else { return true }
            items += 1
            return items == 1 || (1...3).contains(words)
        }
        var i = start
        while i < end {
            let b = plain[i]
            if b == 0x2C {
                guard closeItem() else { return false }
                itemLength = 0
                words = 0
                i += 1
            } else if b == 0x20 {
                itemLength += 1
                i += 1
            } else {
                var j = i
                while j < end, plain[j] != 0x20, plain[j] != 0x2C {
                    if plain[j] == 0x3B || (plain[j] == 0x2E && j + 1 < end && plain[j + 1] == 0x20) { return false }
                    j += 1
                }
                // `and`/`or` as an item's first word is not counted.
                let first = itemLength == 0 || plain[(i - itemLength)..<i].allSatisfy { $0 == 0x20 }
                let word = plain[i..<j]
                if !(first && (Self.equalsIgnoringCase(word, "and") || Self.equalsIgnoringCase(word, "or"))) { words += 1 }
                itemLength += j - i
                i = j
            }
        }
        guard closeItem() else { return false }
        return items >= 4
    }

    private static func equalsIgnoringCase(_ bytes: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return zip(bytes, w).allSatisfy { ($0 | 0x20) == $1 }
    }

    /// Lowercase (ASCII), whitespace collapsed, final punctuation dropped: built on bytes, no Unicode work.
    static func key(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        while let last = out.last, last == 0x2E || last == 0x3B || last == 0x2C || last == 0x21 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
