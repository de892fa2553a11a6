/// A CV line that names a competency only as a topic: hedged ("some network security"), as what was kept in mind
/// ("security considerations"), or among subjects advised on ("coached the interns on topics like Git and
/// security"). It shows the competency, so a requirement asking for that alone is met; not work within it, so a
/// requirement asking for more (security tooling delivered, reviews led) is not met by it.
enum TopicMentions {
    /// The competencies `text` names only as topics.
    static func concepts(in text: String, scanner: TermScanner) -> Set<String> {
        let lower = text.lowercased()
        guard cueSearch.anyOccurs(in: lower) else { return [] }
        let words = TailorMatcher.words(Substring(lower)).map { String($0.word) }
        // After a cue naming subjects, every word is one of them.
        var subjectsFrom = words.count
        for (i, word) in words.enumerated() where subjectWords.contains(word) {
            subjectsFrom = min(subjectsFrom, i + 1)
        }
        var topical: Set<String> = []
        var shown: Set<String> = []
        for (i, word) in words.enumerated() {
            let stem = scanner.stem(word)
            guard let concepts = ConceptLexicon.conceptsOfStem[stem] else { continue }
            let hedged = (i >= 1 && hedges.contains(words[i - 1])) || (i >= 2 && hedges.contains(words[i - 2]))
            let keptInMind = i + 1 < words.count && mindWords.contains(words[i + 1])
            if hedged || keptInMind || i >= subjectsFrom { topical.formUnion(concepts) } else { shown.formUnion(concepts) }
        }
        return topical.subtracting(shown)
    }

    static let cueSearch = PhraseSearch(["some ", "consideration", "awareness", "subjects", "topics"])
    /// Words before a competency that say it was touched, not done: "some (information) security".
    static let hedges: Set<String> = ["some"]
    /// Words after a competency that say it was kept in mind: "security considerations".
    static let mindWords: Set<String> = ["considerations", "consideration", "awareness"]
    /// Words that start a list of subjects: "on subjects such as …", "topics including …".
    static let subjectWords: Set<String> = ["subjects", "topics"]
}
