/// Entries of a work section laid out as the jobs are that hold no post: memberships, a thesis, a semester abroad,
/// volunteering. People list them among their jobs with the same macro or line shape (`\cventry{2020}{Jury member for
/// a student hackathon}{}…`); read as roles they would be jobs nobody held. They stay in the CV as items of their
/// section (`notHeldItems`), so a diff still sees them change.
extension EntryFinder {
    /// Whether `entry`, found in the section titled `section`, names no post held:
    /// - a **membership**: the title opens with a member word (`Member of the X committee`, `Active member in the X
    ///   Society`, `Board member`) with no job's word before it, and what it is a member of is no employer's staff or
    ///   team (`Member of Technical Staff`, `Team member` are jobs);
    /// - a **thesis** or a **stay of study** (`Graduate Thesis`, `Semester abroad`): its title or organisation names
    ///   one and its title no job (`Master thesis intern` is a job);
    /// - **volunteering** outside a volunteering section: the title names it (`Volunteer developer`), or the
    ///   organisation is only its word (`Bénévolat` where the employer goes, as the kind of contract is written).
    /// `k` is the entry's place in `entries`: `roles` and `notHeldItems` ask of each entry, and the answer is kept for the
    /// entry's title and organisation (`roles` may give an entry a title of its section's).
    func holdsNoPost(_ entry: Entry, at k: Int, section: String?) -> Bool { holdsNoPost(entry.fields, at: k, section: section) }

    func holdsNoPost(_ f: EntryFields, at k: Int, section: String?) -> Bool {
        guard purpose == .roles else { return false }
        if let section, noPostAnswers.isVolunteering(section) { return false }
        if let known = noPostAnswers.answer(at: k, title: f.title, organisation: f.organisation) { return known }
        // The rest reads the title and the organisation alone: the memo (kept across a CV's versions) keeps its answers.
        let answer: Bool
        if let memo {
            answer = memo.namesNoPost(title: f.title, organisation: f.organisation) {
                Self.namesNoPost(title: f.title, organisation: f.organisation)
            }
        } else {
            answer = Self.namesNoPost(title: f.title, organisation: f.organisation)
        }
        noPostAnswers.store(answer, at: k, title: f.title, organisation: f.organisation, count: entries.count)
        return answer
    }

    /// The answers of one reader's `holdsNoPost`, per entry, with the title and organisation they were given for, and
    /// the last section title classified. Each answer is a function of the texts it is kept with (compared whole on
    /// each use), so a reader may take the answers another reader left (`EntryFieldsMemo.noPostAnswers`: the next
    /// version's entries at the same places, whose texts mostly share their storage with these, compare at once).
    /// Used by one reader at a time (the memo hands it out once).
    final class NoPostAnswers: @unchecked Sendable {
        private var answers: [(title: String?, organisation: String?, answer: Bool)?] = []
        private var section: (title: String, volunteering: Bool)?

        func isVolunteering(_ title: String) -> Bool {
            if let section, section.title == title { return section.volunteering }
            let volunteering = SectionClassifier.classify(title) == .volunteering
            section = (title, volunteering)
            return volunteering
        }

        func answer(at k: Int, title: String?, organisation: String?) -> Bool? {
            guard k < answers.count, let known = answers[k], known.title == title, known.organisation == organisation else { return nil }
            return known.answer
        }

        func store(_ answer: Bool, at k: Int, title: String?, organisation: String?, count: Int) {
            if answers.count < count { answers += Array(repeating: nil, count: count - answers.count) }
            if k < answers.count { answers[k] = (title, organisation, answer) }
        }
    }

    /// `holdsNoPost` outside a volunteering section: a function of the entry's title and organisation.
    static func namesNoPost(title titleText: String?, organisation organisationText: String?) -> Bool {
        let title = titleText.map { MarkdownCues.words($0) } ?? []
        let organisation = organisationText.map { MarkdownCues.words($0) } ?? []
        if namesMembership(title) { return true }
        if title.contains(where: WordClasses.volunteerWords.contains) { return true }
        if !organisation.isEmpty, organisation.count <= 3, organisation.allSatisfy(WordClasses.volunteerWords.contains) { return true }
        guard WordClasses.titleScore(titleText ?? "") == 0 else { return false }
        return [title, organisation].contains { words in
            words.contains { WordClasses.thesisWords.contains($0) || WordClasses.studyStayWords.contains($0) }
        }
    }

    /// Words that join a member word to what it is a member of.
    static let memberLinks: Set<String> = ["of", "in", "at", "on", "de", "du", "des", "der", "im", "van", "di", "del", "della", "da", "do", "en"]

    /// `member of the X committee`, `Active member in the X Society`, `Board member` (lowercase words of a title).
    static func namesMembership(_ words: [String]) -> Bool {
        guard let m = words.prefix(3).firstIndex(where: WordClasses.memberWords.contains) else { return false }
        let before = words[..<m]
        guard !before.contains(where: { WordClasses.titleWords.contains($0) || WordClasses.staffWords.contains($0) || $0 == "founding" })
        else { return false }
        guard m + 1 == words.count || memberLinks.contains(words[m + 1]) else { return false }
        return !words[(m + 1)...].contains(where: WordClasses.staffWords.contains)
    }

    /// The entries of a section titled `section` that hold no post (`holdsNoPost`), each one item: its header lines,
    /// with its text and bullets under it.
    func notHeldItems(section: String?) -> [Bullet] {
        entries.indices.filter { holdsNoPost(entries[$0].fields, at: $0, section: section) }.map { entries[$0] }.map { entry in
            let header = entry.header.map { lines[$0].text.trimmingCharacters(in: " |") }.filter { !$0.isEmpty }
            return Bullet(text: header.joined(separator: " · "), children: entry.text + entry.bullets, source: entry.source)
        }
    }
}

/// Posts named only as the lead-ins of an employer's bullets.
extension EntryFinder {
    /// `University of Eastbridge  2020 – 2022` over `- Lab Supervisor - Led groups …` / `- Course Mentor - Mentored …`:
    /// an entry that names its organisation and no title, whose every bullet (two or more) opens with a short
    /// capitalised name before a dash or a colon, most of them naming a job (`Supervisor`, `Mentor`), held those posts
    /// there: its title is the lead-ins, joined by commas.
    static func titleFromLeadIns(_ bullets: [Bullet]) -> String? {
        guard bullets.count >= 2 else { return nil }
        var names: [String] = []
        var titled = 0
        for bullet in bullets {
            guard let name = leadIn(bullet.text) else { return nil }
            if WordClasses.titleScore(name) > 0 { titled += 1 }
            names.append(name)
        }
        return titled * 2 > names.count ? names.joined(separator: ", ") : nil
    }

    /// The short capitalised name before ` - `, ` – ` or `: ` at the start of a bullet (five words at most).
    static func leadIn(_ text: String) -> String? {
        let found = [" - ", " – ", " — ", ": "].compactMap { text.byteRange(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        guard let r = found else { return nil }
        let name = String(text[..<r.lowerBound])
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }),
            !DateParser.hasDate(name)
        else { return nil }
        return name
    }
}
