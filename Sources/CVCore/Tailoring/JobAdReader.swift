/// Reads a job ad (Markdown or plain text) into a `JobAd`: headings decide what the lines under them are
/// (requirements, nice-to-haves, responsibilities, boilerplate); list items under them are requirements;
/// prose sentences that name skills are context requirements; the rest only adds weak key terms.
struct JobAdReader {
    private enum SectionKind {
        case context, mustHave, niceToHave, responsibility, tools, boilerplate
    }

    private enum Block {
        case heading(String, line: Int)
        case item(String, line: Int)
        case paragraph(String, line: Int)
    }

    private let lines: [Substring]
    private let scanner = TermScanner()

    init(_ text: String) {
        let text = text.unicodeScalars.contains("\r") ? text.replacingCRLF() : text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func read() -> JobAd {
        let blocks = self.blocks()
        let filler = Set(JobAdReader.fillerWords.map { scanner.stem($0) })
        var ad = JobAd()
        var section: SectionKind = .context
        var sectionTitle: String?
        var headingsSeen = 0

        func addRequirement(_ text: String, kind: JobRequirement.Kind, line: Int, weight: Double? = nil, bag: TermBag? = nil) {
            let bag = bag ?? scanner.scan(text)
            let terms = bag.orderedStems.filter { !filler.contains($0) }
            guard !terms.isEmpty || !bag.orderedSkills.isEmpty else { return }
            // "such as X, Y or Z" asks for one of them; a responsibility listing "AWS, Go, Docker, and Terraform" for all.
            let anyOf = kind != .responsibility || JobAdReader.alternativeSearch.anyOccurs(in: text.lowercased())
            let requirement = JobRequirement(
                text: text, kind: kind, weight: weight, section: sectionTitle, line: line, skills: bag.orderedSkills,
                terms: terms, anyOfSkills: anyOf)
            ad.requirements.append(requirement)
            for skill in bag.orderedSkills { ad.skills[skill, default: 0] += requirement.weight }
            for term in terms { ad.terms[term, default: 0] += requirement.weight }
        }

        func addContextTerms(_ text: String, weight: Double, bag: TermBag? = nil) {
            let bag = bag ?? scanner.scan(text)
            for term in bag.orderedStems where !filler.contains(term) { ad.terms[term, default: 0] += weight }
        }

        for block in blocks {
            switch block {
            case .heading(let text, let line):
                headingsSeen += 1
                let kind = JobAdReader.classify(heading: text)
                if ad.title == nil && headingsSeen == 1 && line <= 5 {
                    ad.title = text
                    addRequirement(text, kind: .title, line: line)
                    continue
                }
                if ad.company == nil && headingsSeen <= 3 && ad.title != nil && kind == nil
                    && JobAdReader.looksLikeCompany(text) {
                    ad.company = text
                    continue
                }
                section = kind ?? .context
                sectionTitle = text
            case .item(let text, let line):
                if JobAdReader.isBoilerplate(text) { continue }
                switch section {
                case .mustHave: addRequirement(text, kind: .mustHave, line: line)
                case .niceToHave: addRequirement(text, kind: .niceToHave, line: line)
                // "Some tools that we use": one tool a line, each weighing half a nice-to-have.
                case .tools: addRequirement(text, kind: .niceToHave, line: line, weight: 0.5)
                case .responsibility: addRequirement(text, kind: .responsibility, line: line)
                case .context:
                    let bag = scanner.scan(text)
                    if bag.skills.isEmpty {
                        addContextTerms(text, weight: 0.3, bag: bag)
                    } else {
                        addRequirement(text, kind: .context, line: line, bag: bag)
                    }
                case .boilerplate: continue
                }
            case .paragraph(let text, let line):
                if ad.title == nil && headingsSeen == 0 {
                    // Plain text: the first line is the title.
                    ad.title = text
                    addRequirement(text, kind: .title, line: line)
                    continue
                }
                if section == .boilerplate { continue }
                // Prose about the role ("About the Role", "Job Description") tells what the job is: a sentence
                // there that names skills is a responsibility; elsewhere it is context.
                let kind: JobRequirement.Kind = section == .responsibility ? .responsibility : .context
                for sentence in JobAdReader.sentences(text) where !JobAdReader.isBoilerplate(sentence) {
                    let bag = scanner.scan(sentence)
                    if bag.skills.isEmpty {
                        addContextTerms(sentence, weight: section == .responsibility ? 0.5 : 0.3, bag: bag)
                    } else {
                        addRequirement(sentence, kind: kind, line: line, bag: bag)
                    }
                }
            }
        }
        return ad
    }

    // MARK: Blocks

    private func blocks() -> [Block] {
        var blocks: [Block] = []
        var paragraph: [Substring] = []
        var paragraphLine = 0
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(JobAdReader.clean(paragraph.joined(separator: " ")), line: paragraphLine))
            }
            paragraph = []
        }
        for (n, raw) in lines.enumerated() {
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            let lineNumber = n + 1
            if line.allSatisfy({ $0.isWhitespace }) { flush(); continue }
            if let heading = JobAdReader.heading(line, previousBlank: n == 0 || lines[n - 1].allSatisfy(\.isWhitespace),
                                                 next: nextNonBlank(after: n)) {
                flush()
                let text = JobAdReader.clean(heading)
                if !text.isEmpty { blocks.append(.heading(text, line: lineNumber)) }
                continue
            }
            if let item = JobAdReader.listItem(line) {
                flush()
                let text = JobAdReader.clean(item)
                if !text.isEmpty { blocks.append(.item(text, line: lineNumber)) }
                continue
            }
            if line.hasPrefix("---") || line.hasPrefix("===") || line.hasPrefix("***") { flush(); continue }
            if paragraph.isEmpty { paragraphLine = lineNumber }
            paragraph.append(line)
        }
        flush()
        return blocks
    }

    private func nextNonBlank(after n: Int) -> Substring? {
        var k = n + 1
        while k < lines.count {
            if !lines[k].allSatisfy(\.isWhitespace) { return lines[k].drop(while: { $0 == " " || $0 == "\t" }) }
            k += 1
        }
        return nil
    }

    /// `# Title`, a line that is all bold (`**Requirements**`), or in plain text a short line ending in `:` or
    /// followed by a list.
    private static func heading(_ line: Substring, previousBlank: Bool, next: Substring?) -> Substring? {
        if line.hasPrefix("#") {
            let rest = line.drop(while: { $0 == "#" })
            if rest.isEmpty || rest.first == " " || rest.first == "\t" { return rest }
        }
        let trimmed = line.trimmingTrailingSpaces()
        if trimmed.hasPrefix("**") || trimmed.hasPrefix("__") {
            var inner = trimmed.dropFirst(2)
            if inner.hasSuffix(":") { inner = inner.dropLast() }
            if inner.hasSuffix("**") || inner.hasSuffix("__") {
                inner = inner.dropLast(2)
                if inner.hasSuffix(":") { inner = inner.dropLast() }
                if !inner.contains("**") && !inner.contains("__") && inner.split(separator: " ").count <= 10 {
                    return inner
                }
            }
        }
        if listItem(line) != nil { return nil }
        let words = trimmed.split(separator: " ").count
        if words <= 8 && trimmed.hasSuffix(":") && previousBlank { return trimmed.dropLast() }
        if words <= 6, previousBlank, let last = trimmed.last, !".,;!?".contains(last), let next, listItem(next) != nil {
            return trimmed
        }
        return nil
    }

    private static func listItem(_ line: Substring) -> Substring? {
        guard let first = line.first else { return nil }
        if "*-+•·–◦▪".contains(first) {
            let rest = line.dropFirst()
            guard let space = rest.first, space == " " || space == "\t" else { return nil }
            return rest.drop(while: { $0 == " " || $0 == "\t" })
        }
        if first.isNumber {
            let digits = line.prefix(while: \.isNumber)
            let rest = line.dropFirst(digits.count)
            if digits.count <= 3, let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                return rest.dropFirst(2)
            }
        }
        return nil
    }

    /// Markup removed: links keep their text, emphasis and code marks go, whitespace collapses.
    static func clean(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "]" && i + 1 < scalars.count && scalars[i + 1] == "(" {
                // Skip the link target.
                var depth = 0
                var j = i + 1
                while j < scalars.count {
                    if scalars[j] == "(" { depth += 1 }
                    if scalars[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                i = j + 1
                continue
            }
            if c == "*" || c == "`" || c == "[" || c == "]" || c == "#" {
                i += 1
                continue
            }
            if c == "_" {
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < scalars.count ? scalars[i + 1] : " "
                if !before.properties.isAlphabetic || !after.properties.isAlphabetic { i += 1; continue }
            }
            out.append(c)
            i += 1
        }
        return HTMLText.decodeEntities(ScalarWhitespace.collapse(String(out)))
    }

    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            current.append(c)
            if c == "." || c == "!" || c == "?" {
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                let after = i + 2 < chars.count ? chars[i + 2] : "A"
                if next == " " && (after.isUppercase || after.isNumber) {
                    result.append(current.trimmingCharacters())
                    current = ""
                }
            }
        }
        let last = current.trimmingCharacters()
        if !last.isEmpty { result.append(last) }
        return result
    }

    // MARK: Classification

    private static func classify(heading: String) -> SectionKind? {
        let h = heading.lowercased().replacingApostrophes()
        let has = { (words: [String]) in PhraseSearch(words).anyOccurs(in: h) }
        if has(["benefit", "perk", "about us", "learn more", "equal opportunit", "how to apply", "apply", "salary",
                "compensation", "why join", "why work", "life at", "our values", "by the numbers", "what we offer",
                "we offer", "culture", "diversity", "about the company", "who we are", "our story", "location"]) {
            return .boilerplate
        }
        if has(["nice to have", "nice-to-have", "bonus", "desirable", "desired", "preferred", "plus", "good to have",
                "would be great", "extra credit", "ideally", "optional", "not required"]) {
            return .niceToHave
        }
        if has(["tools", "stack", "technolog", "tech we use"]) { return .tools }
        if has(["requirement", "requisite", "qualification", "what you'll need", "what you need", "what you will need",
                "must", "you have", "you bring", "about you", "who you are", "looking for", "skills", "experience",
                "you'll have", "you will have", "what we expect", "competenc", "profile", "you should"]) {
            return .mustHave
        }
        if has(["responsibilit", "what you'll do", "what you will do", "you will", "you'll", "job description",
                "the role", "day to day", "day-to-day", "duties", "your role", "mission", "the job", "the position",
                "what you'll be doing", "tasks", "impact"]) {
            return .responsibility
        }
        if has(["summary", "overview", "about", "team", "introduction", "who", "description"]) { return .context }
        return nil
    }

    /// A short name on its own heading near the title: not a place ("San Francisco, CA"), not a tag.
    private static func looksLikeCompany(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), !text.contains(","), !text.contains("("),
              let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !PhraseSearch(["remote", "hybrid", "on-site", "onsite", "full-time", "full time", "part-time", "contract"])
            .anyOccurs(in: text.lowercased())
    }

    static func isBoilerplate(_ text: String) -> Bool {
        boilerplateSearch.anyOccurs(in: text.lowercased().replacingApostrophes())
    }

    static let boilerplateSearch = PhraseSearch(boilerplateCues)
    static let alternativeSearch = PhraseSearch(alternativeCues)

    static let boilerplateCues: [String] = [
        "equal opportunity", "discriminat", "accommodation", "click to apply", "apply now", "please apply",
        "privacy", "benefits", "perks", "reimburse", "401(k)", "401k", "health insurance", "dental", "paid time off",
        "parental leave", "salary range", "compensation", "visa sponsorship", "learn more", "follow us",
        "e-verify", "background check", "arrest and conviction", "affirmative action", "veteran status",
        "virtual-first", "we are proud", "embraces diversity", "gender identity", "nobody checks every box",
        "wellness", "stipend", "holidays", "vacation", "equity package", "stock options",
    ]

    static let alternativeCues: [String] = [" or ", "such as", "e.g", " like ", "one of", "either", "for example",
                                            "for instance", "some programming", "similar"]

    /// Words every ad uses that say nothing about the job itself.
    static let fillerWords: [String] = [
        "experience", "experienced", "experiences", "skill", "skills", "knowledge", "ability", "abilities", "able",
        "strong", "understanding", "understand", "proficiency", "proficient", "expert", "expertise", "familiarity",
        "familiar", "year", "years", "plus", "prefer", "preferred", "preferably", "working", "work", "excellent",
        "good", "great", "solid", "demonstrated", "proven", "track", "record", "similar", "various", "related",
        "equivalent", "relevant", "least", "minimum", "required", "require", "requirement", "requirements", "bonus",
        "point", "points", "nice", "desirable", "example", "examples", "passion", "passionate", "candidate",
        "candidates", "ideal", "ideally", "opportunity", "join", "looking", "want", "need", "someone", "love",
        "thrive", "help", "get", "make", "common", "intermediate", "advanced", "senior", "junior", "deep", "hands",
        "comfortable", "excited", "exciting", "eager", "desire", "world", "class", "best", "highly", "wide", "range",
        "variety", "things", "thing", "way", "ways", "what", "know", "self", "aptitude", "others", "function",
        "functions", "role", "roles", "environment", "environments",
    ]
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before].isWhitespace else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    func trimmingCharacters() -> String {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }

    func replacingApostrophes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }
}
