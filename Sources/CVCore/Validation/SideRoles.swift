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
        "fellowship", "scholar", "candidate", "undergraduate", "thesis", "summer",
        // memberships, clubs and side projects
        "committee", "society", "club", "chapter", "organizer", "organiser", "hobby",
        "open-source", "opensource", "extracurricular",
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
        if let section = role.section {
            let kind = SectionClassifier.classify(section)
            if kind != .experience && kind != .other { return true }
            if containsAny(section, words) || containsAny(section, SectionClassifier.notExperience)
                || containsSequence(section, ["open", "source"]) || containsSequence(section, ["side", "projects"]) {
                return true
            }
        }
        for field in [role.title, role.organisation] {
            guard let field else { continue }
            if containsAny(field, words) || containsSequence(field, ["open", "source"]) { return true }
        }
        if let first = role.text.first, containsAny(first.text, descriptionWords) { return true }
        if let person, let organisation = role.organisation, isNamed(organisation, after: person) { return true }
        return false
    }

    /// Lowercased words of a text: letters, digits and inner hyphens (`co-op`, `part-time`).
    static func lowerWords(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }.map { $0.drop { $0 == "-" } }.filter { !$0.isEmpty }
    }

    static func containsAny(_ text: String, _ set: Set<String>) -> Bool {
        // Each word is a run of the lowercased text's bytes: a text (often a whole description paragraph) that
        // holds no word of the set anywhere is done without splitting it into `Character` words.
        let lower = text.lowercased()
        guard set.contains(where: { lower.utf8.containsBytes(of: $0) }) else { return false }
        return lowerWords(text).contains { set.contains(String($0)) }
    }

    static func containsSequence(_ text: String, _ sequence: [String]) -> Bool {
        let list = lowerWords(text)
        guard list.count >= sequence.count else { return false }
        for i in 0...(list.count - sequence.count) where zip(list[i...], sequence).allSatisfy({ $0 == $1 }) { return true }
        return false
    }

    /// An organisation whose words include the first and last words of the person's name.
    static func isNamed(_ organisation: String, after person: String) -> Bool {
        let name = lowerWords(person).filter { $0.count >= 2 }
        guard name.count >= 2, let first = name.first, let last = name.last else { return false }
        let words = Set(lowerWords(organisation))
        return words.contains(first) && words.contains(last)
    }
}
