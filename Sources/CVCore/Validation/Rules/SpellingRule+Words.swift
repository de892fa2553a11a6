extension SpellingRule {
    /// The prose's distinct words, numbered in the order they first occur, and what the rule learns of each from its
    /// text alone, asked once a word: a CV repeats its words, and each `Set` or `Dictionary` of `String` hashes the
    /// whole word (a few hundred instructions a look-up). The prose pass, the forms pass and the variety reading
    /// share one numbering and keep their answers in arrays indexed by it.
    final class Words {
        /// Each distinct text and its lowercase form, by number; texts the rule adds (`intern`) follow the prose's.
        private(set) var texts: [String] = []
        private(set) var lowers: [String] = []
        /// `prose.words[i]` is distinct word `ids[i]`.
        let ids: [Int]
        /// How many distinct words the prose holds (numbers from there on are the rule's).
        let proseCount: Int
        /// The names and skills of the CV, lowercased (`SpellingRule.ignoredWords`).
        let ignored: Set<String>
        private var index: [String: Int]
        /// 0 not asked yet, 1 no, 2 yes: whether `ignored`, the technical vocabulary, or either of them or the skills
        /// lexicon (a word of the trade) holds the word's lowercase form.
        private var ignoredAnswers: [UInt8]
        private var technicalAnswers: [UInt8]
        private var tradeAnswers: [UInt8]

        init(_ prose: Prose, ignored: Set<String>) {
            self.ignored = ignored
            var index: [String: Int] = [:]
            index.reserveCapacity(prose.words.count)
            var ids: [Int] = []
            ids.reserveCapacity(prose.words.count)
            var texts: [String] = []
            var lowers: [String] = []
            // One hash a word: the dictionary's slot is read and, for a new word, filled in the same look-up.
            func slot(_ id: inout Int, _ next: Int) -> Int {
                if id < 0 { id = next }
                return id
            }
            for word in prose.words {
                let id = slot(&index[word.text, default: -1], texts.count)
                if id == texts.count {
                    texts.append(word.text)
                    lowers.append(word.lower)
                }
                ids.append(id)
            }
            self.ids = ids
            self.index = index
            self.texts = texts
            self.lowers = lowers
            proseCount = texts.count
            ignoredAnswers = [UInt8](repeating: 0, count: texts.count)
            technicalAnswers = ignoredAnswers
            tradeAnswers = ignoredAnswers
        }

        var count: Int { texts.count }

        /// The number of `text`, when the prose holds it or the rule added it.
        func id(of text: String) -> Int? { index[text] }

        /// The number of `text`, added when new (a word without its possessive ending, which the prose may not hold).
        func intern(_ text: String) -> Int {
            if let id = index[text] { return id }
            let id = texts.count
            index[text] = id
            texts.append(text)
            lowers.append(text.lowercased())
            ignoredAnswers.append(0)
            technicalAnswers.append(0)
            tradeAnswers.append(0)
            return id
        }

        /// `ignored` holds the word's lowercase form.
        func isIgnored(_ id: Int) -> Bool {
            Self.answer(&ignoredAnswers[id]) { ignored.contains(lowers[id]) }
        }

        /// The technical vocabulary holds the word's lowercase form.
        func isTechnical(_ id: Int) -> Bool {
            Self.answer(&technicalAnswers[id]) { TechnicalVocabulary.contains(lowers[id]) }
        }

        /// A name or a word of the trade: the CV's names (`ignored`), the technical vocabulary, the skills lexicon.
        func isTrade(_ id: Int) -> Bool {
            if tradeAnswers[id] != 0 { return tradeAnswers[id] == 2 }
            let answer = isIgnored(id) || isTechnical(id) || SkillLexicon.canonical(lowers[id]) != nil || SpellingForms.isKnownName(lowers[id])
            tradeAnswers[id] = answer ? 2 : 1
            return answer
        }

        /// `isTrade` for any lowercase text.
        static func isTrade(_ lower: String, ignored: Set<String>) -> Bool {
            ignored.contains(lower) || TechnicalVocabulary.contains(lower) || SkillLexicon.canonical(lower) != nil || SpellingForms.isKnownName(lower)
        }

        /// Flags by number for the given texts (those the numbering holds).
        func flags(_ texts: some Sequence<String>) -> [Bool] {
            var result = [Bool](repeating: false, count: count)
            for text in texts { if let id = index[text] { result[id] = true } }
            return result
        }

        private static func answer(_ state: inout UInt8, _ ask: () -> Bool) -> Bool {
            if state == 0 { state = ask() ? 2 : 1 }
            return state == 2
        }
    }
}
