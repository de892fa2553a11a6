/// Tells what a section is about from its heading, in the words CVs use.
public enum SectionClassifier {
    static let table: [(SectionKind, [String])] = [
        (.experience, ["experience", "employment", "work history", "work", "career", "professional experience",
                       "work experience", "employment history", "positions", "jobs", "career history",
                       "recent work experience", "relevant experience", "professional history", "job history"]),
        (.projects, ["projects", "personal projects", "side projects", "open source", "open-source", "portfolio",
                     "selected projects", "open source projects", "open source contributions"]),
        (.education, ["education", "academic", "qualifications", "academic background", "studies", "training",
                      "education and training", "degrees"]),
        (.skills, ["skills", "technical skills", "technologies", "tech stack", "competencies", "expertise", "tools",
                   "core competencies", "key skills", "technical expertise", "programming evolution", "stack",
                   "skill", "skill set", "skillset", "software skills", "computer skills", "it skills", "technical experience",
                   "computing experience", "toolbox", "toolkit", "tools and technologies", "technologies and tools",
                   "programming languages", "programming skills", "digital skills",
                   // French, German, Spanish, Portuguese, Italian, Dutch
                   "compétences", "compétences techniques", "compétences informatiques", "kenntnisse", "fähigkeiten",
                   "it-kenntnisse", "edv-kenntnisse", "habilidades", "competencias", "conocimientos", "competências",
                   "competenze", "vaardigheden", "スキル", "技能", "技术", "技術", "기술", "스킬"]),
        (.summary, ["summary", "profile", "about", "about me", "objective", "curriculum vitae", "introduction",
                    "professional summary", "overview", "personal statement", "bio"]),
        (.interests, ["interests", "hobbies", "hobbies and interests", "personal interests", "outside work"]),
        (.languages, ["languages", "spoken languages", "language skills"]),
        (.certifications, ["certifications", "certificates", "certification", "licenses", "licences", "accreditations"]),
        (.awards, ["awards", "honors", "honours", "achievements", "awards and honors"]),
        (.publications, ["publications", "papers", "talks", "presentations", "speaking", "articles", "writing"]),
        (.volunteering, ["volunteering", "volunteer", "volunteer experience", "community"]),
        (.references, ["references", "referees"]),
        (.contact, ["contact", "contact details", "contact information", "personal details", "personal information"]),
    ]

    /// Normalises a heading: lowercase, no markup, no numbering, no trailing colon.
    public static func normalise(_ heading: String) -> String {
        var s = heading.lowercased()
        if let fast = s.withUTF8({ UTF8Scan.isSimple($0) ? normaliseSimple($0) : nil }) { return fast }
        return normaliseCharacters(heading)
    }

    /// `normalise` character by character (any text).
    static func normaliseCharacters(_ heading: String) -> String {
        var s = heading.lowercased()
        s = String(s.map { $0.isLetter || $0 == " " || $0 == "-" || $0 == "&" ? $0 : " " })
        return s.split(separator: " ").map { $0 == "&" ? "and" : String($0) }.joined(separator: " ")
    }

    /// `normalise` of a simple lowercased text (one character a scalar), on its bytes.
    static func normaliseSimple(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var word: [UInt8] = []
        func endWord() {
            guard !word.isEmpty else { return }
            if !out.isEmpty { out.append(0x20) }
            if word == [0x26] { out += [0x61, 0x6E, 0x64] } else { out += word }
            word.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < b.count {
            let (v, length) = UTF8Scan.scalar(b, at: i)
            let keep: Bool
            if v < 0x80 {
                keep = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x2D || v == 0x26
            } else {
                keep = Unicode.Scalar(v)?.properties.isAlphabetic ?? false
            }
            if keep { word.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + length)])) } else { endWord() }
            i += length
        }
        endWord()
        return String(decoding: out, as: UTF8.self)
    }

    /// Each name of `table` with its kind (the first kind that lists it).
    static let kinds: [String: SectionKind] = {
        var out: [String: SectionKind] = [:]
        for (kind, names) in table { for name in names where out[name] == nil { out[name] = kind } }
        return out
    }()

    /// Names in scripts written without spaces between words, matched at the start of a heading.
    static let unspacedNames: [(String, SectionKind)] = table.flatMap { kind, names in
        names.filter { name in name.unicodeScalars.contains { $0.value >= 0x2E80 } }.map { ($0, kind) }
    }

    /// The kind of a heading; `.other` when unknown (the section is kept as it is).
    public static func classify(_ heading: String) -> SectionKind {
        let n = normalise(heading)
        guard !n.isEmpty else { return .other }
        if let kind = kinds[n] { return kind }
        // Longer headings: "Experience & Skills" counts by its first known word.
        for word in n.split(separator: " ") where word.count > 3 {
            if let kind = kinds[String(word)] { return kind }
        }
        // Scripts written without spaces (`スキル概要`): a known name at the start of the heading.
        if !n.utf8.allSatisfy({ $0 < 0x80 }) {
            for (name, kind) in unspacedNames where n.hasPrefix(name) { return kind }
        }
        return .other
    }
}
