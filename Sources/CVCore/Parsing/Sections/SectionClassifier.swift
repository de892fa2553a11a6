import Synchronization

/// Tells what a section is about from its heading, in the words CVs use.
public enum SectionClassifier {
    static let table: [(SectionKind, [String])] = [
        (.experience, ["experience", "employment", "work history", "work", "career", "professional experience",
                       "work experience", "employment history", "positions", "jobs", "career history",
                       "recent work experience", "relevant experience", "professional history", "job history",
                       "experiences", "work experiences", "professional positions", "academic positions", "appointments",
                       "professional appointments", "internships", "internship", "internship experience", "work and internship experience", "part-time", "part time", "freelance",
                       "freelancing", "career highlights", "professional journey", "career journey", "where i ve worked",
                       "where i have worked", "places i ve worked", "places i have worked", "companies i ve worked for",
                       "companies i have worked for", "companies i ve worked with", "companies i have worked with",
                       "research experience", "prior employment", "past experience", "current positions",
                       // French, German, Spanish, Portuguese, Italian, Dutch
                       "expérience", "expériences", "expérience professionnelle", "expériences professionnelles",
                       "parcours professionnel", "parcours", "berufserfahrung", "berufliche erfahrung", "werdegang",
                       "beruflicher werdegang", "berufspraxis", "experiencia", "experiencia laboral", "experiencia profesional",
                       "experiência", "experiência profissional", "histórico profissional", "experiências",
                       "esperienza", "esperienze", "esperienze lavorative", "esperienza lavorativa", "esperienza professionale",
                       "esperienze professionali", "werkervaring", "ervaring", "loopbaan",
                       // Japanese, Chinese, Korean
                       "職歴", "経歴", "職務経歴", "職務経験", "工作经历", "工作经验", "工作經歷", "경력", "경력사항",
                       "实习经历", "實習經歷", "科研经历", "研究经历", "研究經歷", "研究歴", "연구경력"]),
        (.projects, ["projects", "personal projects", "side projects", "open source", "open-source", "portfolio",
                     "selected projects", "open source projects", "open source contributions", "project", "work samples",
                     "samples of work", "samples of my work",
                     "projets", "projets personnels", "projekte", "proyectos", "projetos", "progetti", "projecten",
                     "个人开发", "個人開発", "项目经验", "项目经历", "プロジェクト", "프로젝트",
                     // works of an artist
                     "filmography", "filmographie", "short films", "films", "courts métrages", "courts-métrages", "kurzfilme",
                     "cortometrajes", "curtas-metragens"]),
        (.education, ["education", "academic", "qualifications", "academic background", "studies", "training",
                      "education and training", "degrees", "academic degrees", "educational", "educational background",
                      "academics", "schooling", "schools", "academic history", "education history",
                      "formation", "formations", "éducation", "études", "scolarité", "diplômes", "cursus", "ausbildung", "studium",
                      "bildung", "schulbildung", "educación", "formación", "formación académica", "educação", "formação",
                      "formação acadêmica", "istruzione", "formazione", "opleiding", "opleidingen",
                      "学歴", "教育背景", "教育经历", "学历", "학력", "학력사항"]),
        (.skills, ["skills", "technical skills", "technologies", "tech stack", "competencies", "expertise", "tools",
                   "core competencies", "key skills", "technical expertise", "stack",
                   "skill", "skill set", "skillset", "software skills", "computer skills", "it skills", "technical experience",
                   "computing experience", "toolbox", "toolkit", "tools and technologies", "technologies and tools",
                   "programming languages", "programming skills", "digital skills", "proficiencies", "technical proficiencies",
                   // French, German, Spanish, Portuguese, Italian, Dutch
                   "compétences", "compétences techniques", "compétences informatiques", "kenntnisse", "fähigkeiten",
                   "it-kenntnisse", "edv-kenntnisse", "habilidades", "competencias", "conocimientos", "aptitudes",
                   "competências", "conhecimentos", "competenze", "vaardigheden",
                   // Japanese, Chinese, Korean
                   "スキル", "技能", "技术", "技術", "技术栈", "专业技能", "기술", "기술스택", "보유기술", "스킬"]),
        (.summary, ["summary", "profile", "about", "about me", "objective", "curriculum vitae", "introduction",
                    "professional summary", "overview", "personal statement", "bio",
                    "profil", "résumé", "à propos", "über mich", "kurzprofil", "perfil", "resumen", "sobre mí", "resumo",
                    "sobre mim", "profilo", "profiel", "lebenslauf", "職務経歴書", "履歴書", "简历", "个人简历", "이력서", "自己pr", "自己 pr", "自我介绍", "个人简介", "关于我", "自我评价", "자기소개", "소개"]),
        (.interests, ["interests", "hobbies", "hobbies and interests", "personal interests", "outside work",
                      "centres d intérêt", "centres d intérêts", "centre d intérêt", "loisirs", "intérêts", "interessen",
                      "hobbys", "intereses", "interesses", "interessi", "hobby s", "趣味", "兴趣爱好", "취미"]),
        (.languages, ["languages", "spoken languages", "language skills", "langues", "sprachen", "sprachkenntnisse",
                      "idiomas", "lingue", "talen", "语言", "語学", "언어"]),
        (.certifications, ["certifications", "certificates", "certification", "licenses", "licences", "accreditations",
                           "zertifikate", "zertifizierungen", "certificaciones", "certificações", "certificazioni",
                           "certificaten", "資格", "证书", "자격증"]),
        (.awards, ["awards", "honors", "honours", "achievements", "awards and honors", "award",
                   "distinctions", "distinction", "prix", "auszeichnungen", "premios", "prêmios", "prémios", "premi", "受賞歴", "获奖", "수상",
                   "获奖经历", "获奖情况", "荣誉奖项", "荣誉", "竞赛获奖", "수상경력"]),
        (.publications, ["publications", "papers", "talks", "presentations", "speaking", "articles", "writing", "speeches",
                         "veröffentlichungen", "publikationen", "publicaciones", "publicações", "pubblicazioni",
                         "publicaties", "論文", "论文"]),
        (.volunteering, ["volunteering", "volunteer", "volunteer experience", "community", "extracurricular activities",
                         "extracurriculars", "extra-curricular activities", "extracurricular", "bénévolat", "ehrenamt",
                         "ehrenamtliches engagement", "voluntariado", "volontariato", "vrijwilligerswerk"]),
        (.references, ["references", "referees", "références", "referenzen", "referencias", "referências"]),
        (.contact, ["contact", "contacts", "contact details", "contact information", "personal details", "personal information",
                    "coordonnées", "kontakt", "persönliche daten", "contacto", "contato", "contatti", "個人情報", "联系方式", "个人信息", "基本信息", "연락처"]),
    ]

    /// Headings that name the whole document, not a section (`# Curriculum Vitae` over all the sections).
    static let documentTitles: Set<String> = [
        "curriculum vitae", "resume", "résumé", "cv", "lebenslauf", "curriculum", "職務経歴書", "履歴書", "简历", "个人简历",
        "이력서",
    ]

    /// Words that make a longer heading something other than work held, however it is laid out
    /// (`Volunteer Experience`, `Service & Leadership`, `Teaching`, `Talks`).
    static let notExperience: Set<String> = [
        "leadership", "teaching", "service", "services", "involvement", "activities", "extracurricular", "outreach",
        "supervision", "mentoring", "committee", "committees", "talks", "speaking", "conferences", "seminars",
        "references", "awards", "contributions", "volunteer", "volunteering", "voluntary", "board", "affiliations",
        "grants", "funding", "field", "fieldwork", "expeditions", "campaigns",
        // what the person aims at or how they go about it (`Career Goals`, `How I Work`), and courses taken
        // (`Course Work`): no post held
        "goals", "goal", "objective", "objectives", "aspirations", "how", "course", "courses", "coursework",
    ]

    /// Words that make a heading that also says `training` or `courses` a list of events, not of schooling.
    static let eventWords: Set<String> = ["conferences", "conference", "talks", "meetups", "events", "hackathons", "konferenzen", "congrès"]

    /// Words around `experience` that say the section lists technologies (`Technical Experience`).
    static let techWords: Set<String> = [
        "technical", "technology", "technologies", "tech", "computing", "computer", "programming", "software", "skills",
        "tools", "it", "technische", "techniques", "technique",
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

    /// Each name of `table` with its kind (the first kind that lists it). Every name of `table` is written in its
    /// normal form (lowercase letters, `-` and `&` kept, one space between words: `normalise(name) == name`, which
    /// `SectionClassifierTests` checks for each), so the names go in as written: `normalise` of the names that are
    /// not plain ASCII was most of this table's one-time cost.
    static let kinds: [String: SectionKind] = {
        var out: [String: SectionKind] = [:]
        out.reserveCapacity(512)
        for (kind, names) in table {
            for name in names {
                assert(normalise(name) == name, "SectionClassifier.table: \(name) is not in normal form")
                // One lookup a name: the default subscript inserts `kind` only where no earlier kind lists the name.
                keepFirst(&out[name, default: kind])
            }
        }
        return out
    }()

    @inline(__always) private static func keepFirst(_ kind: inout SectionKind) {}

    /// Names written in scripts without spaces between words (Japanese, Chinese, Korean), longest first: found
    /// inside a longer heading (`職務経歴書`, `キャリア/経歴 詳細`, `경력사항`).
    static let cjkNames: [(String, SectionKind)] = kinds.filter { $0.key.unicodeScalars.contains(where: isCJK) }
        .sorted { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key }
        .map { ($0.key, $0.value) }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// Headings of a block of highlights (`Highlights`, `Career highlights`, `Points forts`): what the CV puts first
    /// about its author, the summary's part when it comes before any experience section (`summaryKinds`).
    static let highlightNames: Set<String> = [
        "highlights", "career highlights", "key highlights", "professional highlights", "highlights of qualifications",
        "points forts", "faits marquants", "aspectos destacados", "destaques", "punti salienti", "hoogtepunten",
    ]

    /// The kinds of a document's sections in order, with a block of highlights (`highlightNames`) before the first
    /// experience section read as part of the summary: a careful reader counts what stands before the jobs as the
    /// introduction; after the jobs it is a section of its own.
    static func summaryKinds(_ titles: [String], _ kinds: [SectionKind]) -> [SectionKind] {
        var out = kinds
        for k in kinds.indices {
            if kinds[k] == .experience { break }
            if kinds[k] == .other, highlightNames.contains(normalise(titles[k])) { out[k] = .summary }
        }
        return out
    }

    /// The kind of a heading; `.other` when unknown (the section is kept as it is).
    ///
    /// Asked of every entry heading of a section each time it is read (is it a kind of work?), and of the same
    /// headings again in every version of a history: the answers are kept by heading text (`answers`).
    public static func classify(_ heading: String) -> SectionKind {
        if let known = answers.withLock({ $0[heading] }) { return known }
        let kind = classifyText(heading)
        answers.withLock { a in
            if a.count >= answerLimit { a.removeAll(keepingCapacity: true) }
            a[heading] = kind
        }
        return kind
    }

    /// `classify`'s answers by heading text, shared by every thread (a lookup costs a hash of the heading, about
    /// one-thirtieth of classifying it again). Bounded: past `answerLimit` headings it starts afresh. A pure
    /// function's answers, so a cached answer is the answer.
    private static let answers = Mutex<[String: SectionKind]>([:])
    static let answerLimit = 4_096

    /// `classify` without the kept answers.
    static func classifyText(_ heading: String) -> SectionKind {
        let n = normalise(heading)
        guard !n.isEmpty else { return .other }
        if let kind = kinds[n] { return kind }
        // Split on the bytes: `String.split` walks Characters, and `classify` is asked of every entry heading.
        let words = n.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        // Longer headings: "Experience & Skills" counts by its first known word or pair of words
        // ("Histórico profissional" inside "Histórico profissional recente").
        var found: SectionKind?
        for (i, word) in words.enumerated() {
            if i + 1 < words.count, let kind = kinds[word + " " + words[i + 1]] { found = kind; break }
            if word.count > 3, !documentTitles.contains(word), let kind = kinds[word] { found = kind; break }
        }
        if found == nil, n.unicodeScalars.contains(where: isCJK) {
            // The name that starts first in the heading, the longest at one place.
            let scalars = Array(n.unicodeScalars)
            var best: (Int, SectionKind)?
            for (name, kind) in cjkNames {
                let needle = Array(name.unicodeScalars)
                guard needle.count <= scalars.count else { continue }
                for start in 0...(scalars.count - needle.count) where best.map({ start < $0.0 }) ?? true {
                    if scalars[start..<(start + needle.count)].elementsEqual(needle) { best = (start, kind); break }
                }
            }
            found = best?.1
        }
        guard let kind = found else { return .other }
        // "Volunteer Experience", "Teaching Experience", "Service & Leadership": not work held.
        if kind == .experience, words.contains(where: { notExperience.contains($0) }) { return .other }
        // A count of years first (`Years of Experience`, `10+ Years of Experience`): a fact of the summary, no list of
        // posts (`Work Experience (last 10 years)` names its posts first).
        if kind == .experience, words.first == "years" { return .other }
        // "Training and Conferences": events attended, not schooling, once the heading names them.
        if kind == .education, kinds[n] == nil, words.contains(where: { eventWords.contains($0) }) { return .other }
        return kind
    }

    /// Whether a heading classified experience also says it lists technologies (`Technical Experience`,
    /// `Technical Skills & Experience`): read as skills when its body is lists of technologies.
    public static func mayListTechnologies(_ heading: String) -> Bool {
        let words = normalise(heading).split(separator: " ")
        return words.count >= 2 && words.contains { techWords.contains(String($0)) }
    }
}
