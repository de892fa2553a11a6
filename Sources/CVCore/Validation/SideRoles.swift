/// Roles commonly held beside a main job, read from the words of their title, organisation, section
/// heading and description paragraph: volunteering, advisory and board seats, teaching, founding or owning
/// a company, freelance and consulting work, student roles (intern, co-op, fellow) and memberships. Such a
/// role overlapping a job, or listed out of order, is a normal career, not a mistake, so `overlap` and
/// `chronology` report it at most as info.
enum SideRoles {
    /// Words that make a role a side role wherever they appear in its title, organisation or section. The words
    /// of volunteering, self-employment and membership are the reader's own lists (`WordClasses`), so both
    /// read the same words in every language they know.
    static let words: Set<String> = ownWords.union(WordClasses.volunteerWords).union(WordClasses.selfEmploymentWords)
        .union(WordClasses.memberWords)

    private static let ownWords: Set<String> = [
        // service
        "unpaid", "charity", "outreach",
        // advisory and board seats
        "advisor", "adviser", "advisory", "board", "trustee", "mentor", "mentoring", "ambassador",
        // teaching
        "teacher", "teaching", "tutor", "tutoring", "lecturer", "instructor", "professor", "adjunct", "faculty",
        // founders and owners
        "founder", "co-founder", "cofounder", "owner", "co-owner", "proprietor", "entrepreneur",
        // freelance and consulting
        "consultant", "consulting", "consultancy", "contract", "contracts", "contracting", "part-time",
        // students
        "student", "intern", "internship", "co-op", "coop", "trainee", "apprentice", "apprenticeship", "fellow",
        "fellowship", "scholar", "candidate", "undergraduate", "postgraduate", "phd", "doctoral", "thesis", "summer",
        // memberships, clubs and side projects
        "committee", "society", "club", "chapter", "organizer", "organiser", "hobby",
        "open-source", "opensource", "extracurricular",
    ]

    /// Titles of the posts graduate students hold beside their studies, often several at once.
    static let studentPosts: [[String]] = [
        ["graduate", "researcher"], ["graduate", "research"], ["graduate", "assistant"], ["research", "assistant"],
    ]

    /// Words that mark a role as a side role only in its description paragraph (`a remote-first consulting
    /// agency`), where the other words are too common.
    static let descriptionWords: Set<String> = [
        "freelance", "freelancer", "consulting", "consultancy", "contract", "contractor", "self-employed", "volunteer",
        "volunteering", "part-time",
    ]

    /// Whether a role is held beside a main job. `person` is the CV owner's name: a company named after
    /// its owner (`Jane Doe Design`) is self-employment.
    static func isSide(_ role: Role, person: String?) -> Bool {
        var sections: [String: Bool] = [:]
        return isSide(role, personWords: person.map(lowerWords), sections: &sections)
    }

    /// `isSide` of each role of a document: the person's name split once, each section heading read once.
    static func sides(of document: CVDocument) -> [Bool] {
        let personWords = document.person.name.map(lowerWords)
        var sections: [String: Bool] = [:]
        return document.roles.map { isSide($0, personWords: personWords, sections: &sections) }
    }

    /// Each text's words are split once and looked up in the sets word by word (a byte search of the text for
    /// each of the sets' few hundred words cost more than the split on a title or a heading).
    private static func isSide(_ role: Role, personWords: [Substring]?, sections: inout [String: Bool]) -> Bool {
        if let section = role.section {
            let side: Bool
            if let known = sections[section] {
                side = known
            } else {
                side = isSideSection(section)
                sections[section] = side
            }
            if side { return true }
        }
        var organisationWords: [Substring]?
        for (index, field) in [role.title, role.organisation].enumerated() {
            guard let field else { continue }
            let list = lowerWords(field)
            if index == 1 { organisationWords = list }
            if containsAny(list, words) || containsSequence(list, ["open", "source"]) { return true }
            // A graduate student's post (`Graduate Researcher`, `Graduate Research Assistant`, `Research Assistant`).
            if index == 0, Self.studentPosts.contains(where: { containsSequence(list, $0) }) { return true }
        }
        if let first = role.text.first, containsAny(first.text, descriptionWords) { return true }
        if let personWords, let organisationWords, isNamed(organisationWords, after: personWords) { return true }
        return false
    }

    /// A section heading whose roles are side roles.
    private static func isSideSection(_ section: String) -> Bool {
        let kind = SectionClassifier.classify(section)
        if kind != .experience && kind != .other { return true }
        let list = lowerWords(section)
        return containsAny(list, words) || containsAny(list, SectionClassifier.notExperience)
            || containsSequence(list, ["open", "source"]) || containsSequence(list, ["side", "projects"])
    }

    /// Lowercased words of a text: letters, digits and inner hyphens (`co-op`, `part-time`).
    static func lowerWords(_ text: String) -> [Substring] {
        let lower = text.lowercased()
        if let words = asciiLowerWords(lower) { return words }
        return lower.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map { $0.drop { $0 == "-" } }.filter { !$0.isEmpty }
    }

    /// `lowerWords` of a lowercased ASCII text, on its bytes (each byte a `Character`, CR LF apart: both are
    /// separators); nil for other texts.
    static func asciiLowerWords(_ lower: String) -> [Substring]? {
        let utf8 = lower.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var words: [Substring] = []
        var start: String.Index?
        var i = utf8.startIndex
        while true {
            let b: UInt8? = i < utf8.endIndex ? utf8[i] : nil
            if let b, (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D {
                // A word's leading hyphens are dropped.
                if start == nil, b != 0x2D { start = i }
            } else {
                if let s = start { words.append(lower[s..<i]) }
                start = nil
                if b == nil { break }
            }
            i = utf8.index(after: i)
        }
        return words
    }

    static func containsAny(_ text: String, _ set: Set<String>) -> Bool {
        // Each word is a run of the lowercased text's bytes: a text (often a whole description paragraph) that
        // holds no word of the set anywhere is done without splitting it into `Character` words.
        let lower = text.lowercased()
        guard set.contains(where: { lower.utf8.containsBytes(of: $0) }) else { return false }
        return lowerWords(text).contains { set.contains(String($0)) }
    }

    /// Whether a word of the list is in the set.
    static func containsAny(_ list: [Substring], _ set: Set<String>) -> Bool {
        list.contains { set.contains(String($0)) }
    }

    static func containsSequence(_ text: String, _ sequence: [String]) -> Bool {
        containsSequence(lowerWords(text), sequence)
    }

    static func containsSequence(_ list: [Substring], _ sequence: [String]) -> Bool {
        guard list.count >= sequence.count else { return false }
        for i in 0...(list.count - sequence.count) where zip(list[i...], sequence).allSatisfy({ $0 == $1 }) { return true }
        return false
    }

    /// An organisation whose words include the first and last words of the person's name.
    static func isNamed(_ organisation: String, after person: String) -> Bool {
        isNamed(lowerWords(organisation), after: lowerWords(person))
    }

    /// The same on the organisation's and the person's words (`lowerWords`).
    static func isNamed(_ organisationWords: [Substring], after personWords: [Substring]) -> Bool {
        let name = personWords.filter { $0.count >= 2 }
        guard name.count >= 2, let first = name.first, let last = name.last else { return false }
        let words = Set(organisationWords)
        return words.contains(first) && words.contains(last)
    }
}
