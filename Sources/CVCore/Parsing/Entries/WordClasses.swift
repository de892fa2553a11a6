/// The word classes the shared reader scores entry fields with: words of job titles, of organisations, of
/// degrees and institutions, and places. Lists of general words in the languages CVs are written in (English,
/// French, German, Spanish, Portuguese, Italian, Dutch), never names taken from any one CV.
enum WordClasses {
    /// Words that make a phrase a job title.
    static let titleWords: Set<String> = [
        // English
        "engineer", "engineers", "developer", "developers", "programmer", "architect", "manager", "director", "lead",
        "leader", "head", "consultant", "analyst", "designer", "scientist", "administrator", "admin", "intern",
        "internship", "officer", "specialist", "coordinator", "president", "vp", "founder", "co-founder", "cofounder",
        "cto", "ceo", "cio", "cfo", "coo", "cso", "professor", "lecturer", "researcher", "assistant", "associate",
        "technician", "captain", "owner", "partner", "contractor", "freelance", "freelancer", "tester", "writer",
        "editor", "trainee", "apprentice", "fellow", "teacher", "instructor", "advisor", "adviser", "coach",
        "evangelist", "executive", "sre", "postdoc", "post-doc", "tutor", "chair", "chairman", "representative",
        "clerk", "supervisor", "foreman", "operator", "maintainer", "committer", "contributor", "strategist",
        "producer", "artist", "accountant", "auditor", "nurse", "physician", "secretary", "sde", "swe", "dba",
        "sysadmin", "devops", "programmer", "technologist", "webmaster", "hacker", "expert", "practitioner",
        "student", "faculty", "scholar", "biostatistician", "statistician", "economist", "mentor", "maker",
        "waiter", "waitress", "cashier", "agent", "controller", "support", "staff", "senior", "junior", "principal",
        "member", "chief", "co-op", "coop", "investigator", "postdoctoral", "post-doctoral", "educator", "trainer",
        "physicist", "chemist", "biologist", "mathematician", "librarian", "planner", "buyer", "marketer",
        "marketing", "recruiter", "translator", "interpreter", "journalist", "reporter", "photographer",
        "illustrator", "animator", "modeler", "modeller", "integrator", "implementer", "candidate",
        // French
        "développeur", "developpeur", "développeuse", "ingénieur", "ingenieur", "chercheur", "chercheuse",
        "stagiaire", "stage", "enseignant", "enseignante", "formateur", "formatrice", "analyste", "directeur",
        "directrice", "responsable", "chef", "gérant", "gerant", "professeur", "maître", "maitre", "doctorant",
        "post-doctorant", "élève-assistant", "assistante", "conseiller", "technicien", "alternant", "alternance",
        "concepteur", "fondateur", "cofondateur", "co-fondateur", "architecte", "chargé", "chargée", "charge", "technicienne",
        "conseillère", "consultante", "gestionnaire", "coordinateur", "coordinatrice",
        // German
        "entwickler", "entwicklerin", "berater", "beraterin", "leiter", "leiterin", "werkstudent", "werkstudentin",
        "praktikant", "praktikantin", "praktikum", "ingenieurin", "softwareentwickler", "geschäftsführer",
        "mitarbeiter", "mitarbeiterin", "wissenschaftlicher", "dozent", "gründer", "projektleiter", "teamleiter",
        "ausbildung", "auszubildender",
        // Spanish, Portuguese, Italian, Dutch
        "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "analista", "jefe", "gerente", "becario",
        "pasante", "programador", "programadora", "consultor", "consultora", "investigador", "profesor",
        "desenvolvedor", "desenvolvedora", "engenheiro", "engenheira", "estagiário", "estagiario", "estagiária",
        "arquiteto", "arquiteta", "arquitecto", "arquitecta", "coordenador", "coordenadora", "coordinador", "coordinadora",
        "diretor", "diretora", "suporte", "técnico", "técnica",
        "sviluppatore", "ingegnere", "ricercatore", "tirocinante", "responsabile", "ontwikkelaar", "stagiair",
        "adviseur", "medewerker", "docent", "onderzoeker",
    ]

    /// Fields of work a department is named for (`Engineering`, `Marketing`), and the general words that narrow one
    /// (`Software Engineering`, `Site Reliability`, `Business Development`).
    static let disciplineWords: Set<String> = [
        "engineering", "development", "research", "science", "sciences", "marketing", "sales", "operations", "finance",
        "design", "analytics", "consulting", "strategy", "infrastructure", "security", "technology", "support",
        "testing", "quality", "assurance", "accounting", "communications", "administration", "programming",
        "architecture", "intelligence", "learning", "reliability", "management", "partnerships", "growth",
    ]
    static let fieldModifiers: Set<String> = [
        "software", "data", "hardware", "web", "mobile", "cloud", "network", "systems", "product", "platform",
        "business", "quantitative", "machine", "information", "digital", "backend", "frontend", "full-stack",
        "applied", "clinical", "financial", "technical", "site", "user", "experience", "content", "customer", "risk",
        "investment", "corporate", "global", "it", "qa", "ux", "ui", "devops", "embedded", "game", "graphics",
    ]

    /// `Software Engineering`, `Marketing`: one to three words, a field of work's (no name among them).
    static func namesFieldOfWork(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { PlainTextWords.bare($0) }
        guard (1...3).contains(words.count), let last = words.last, disciplineWords.contains(last),
            text.first?.isUppercase == true
        else { return false }
        return words.dropLast().allSatisfy { fieldModifiers.contains($0) || disciplineWords.contains($0) }
    }

    /// `Data Science and Software Engineering`, `Research & Development`: fields of work joined by `and`, `&` or commas.
    static func namesFieldsOfWork(_ text: String) -> Bool {
        var parts: [String] = []
        var current: [Substring] = []
        for w in text.split(separator: " ") {
            if w == "&" || w == "and" {
                parts.append(current.joined(separator: " "))
                current = []
            } else if w.hasSuffix(",") {
                current.append(w.dropLast())
                parts.append(current.joined(separator: " "))
                current = []
            } else {
                current.append(w)
            }
        }
        parts.append(current.joined(separator: " "))
        return parts.allSatisfy { !$0.isEmpty && namesFieldOfWork($0) }
    }

    /// Titles that only say someone studied (`Student`, `Étudiant`): with no organisation, no role.
    static let studentWords: Set<String> = [
        "student", "full-time student", "student (full-time)", "étudiant", "étudiante", "estudiante", "studente", "student*in",
    ]

    /// Words of being one of a body's members (`Member of the programme committee`, `Board member`).
    static let memberWords: Set<String> = ["member", "members", "membership", "membre", "mitglied", "miembro", "membro", "lid"]

    /// Words that make `member of …` a post held: the staff or team of an employer (`Member of Technical Staff`).
    static let staffWords: Set<String> = [
        "staff", "team", "crew", "faculty", "personnel", "équipe", "equipe", "personal", "equipo", "equipa", "squadra",
    ]

    /// Words of a thesis written to graduate (`Graduate Thesis`, `Masterarbeit`): a piece of study, no post.
    static let thesisWords: Set<String> = [
        "thesis", "dissertation", "thèse", "mémoire", "masterarbeit", "bachelorarbeit", "diplomarbeit",
        "doktorarbeit", "abschlussarbeit", "tesis", "tese", "tesi", "scriptie", "afstudeerscriptie",
    ]

    /// Words of a time spent studying away (`Semester abroad`, `Auslandssemester`): a time of study, no post.
    static let studyStayWords: Set<String> = [
        "semester", "abroad", "auslandssemester", "auslandsaufenthalt", "auslandsstudium", "semestre", "trimestre",
    ]

    /// Words of volunteering (`Volunteer`, `Bénévolat`, `Ehrenamt`): unpaid service, no post held.
    static let volunteerWords: Set<String> = [
        "volunteer", "volunteers", "volunteering", "voluntary", "bénévolat", "bénévole", "benevolat", "benevole",
        "ehrenamt", "ehrenamtlich", "ehrenamtliche", "freiwillig", "freiwilliger", "freiwillige", "voluntariado",
        "voluntario", "voluntaria", "voluntário", "voluntária", "volontariato", "volontario", "volontaria",
        "vrijwilliger", "vrijwilligster", "vrijwilligerswerk",
    ]

    /// Labels of a line that gives an entry's title (`Position: Backend Developer`), lowercased.
    static let titleLabels: Set<String> = [
        "position", "role", "title", "job title", "job", "designation", "function", "poste", "fonction", "rôle",
        "rolle", "funktion", "stelle", "cargo", "puesto", "função", "funcao", "ruolo", "mansione", "functie",
        "포지션", "직책", "직무", "직위", "役職", "職種", "职位", "职务", "岗位", "職位",
    ]

    /// Labels of a line that gives an entry's organisation (`Company: Acme`), lowercased.
    static let organisationLabels: Set<String> = [
        "company", "employer", "organisation", "organization", "client", "entreprise", "société", "employeur",
        "firma", "unternehmen", "arbeitgeber", "empresa", "azienda", "bedrijf", "werkgever", "회사", "소속", "会社",
        "所属", "公司", "单位",
    ]

    /// Column labels of a table of jobs whose cells tell of the job rather than name it (`Technologies`).
    static let detailLabels: Set<String> = [
        "technologies", "technology", "tech", "stack", "tech stack", "tools", "skills", "description", "details",
        "responsibilities", "notes", "summary", "achievements", "tasks", "technologien", "technologies utilisées",
        "tecnologías", "tecnologias", "missions", "aufgaben",
    ]

    /// Column labels that say a table lists projects, not jobs (`| Project | Position | Dates |`).
    static let projectLabels: Set<String> = ["project", "projects", "projet", "projekt", "proyecto", "projeto", "progetto", "product"]

    /// What qualifies a title on its line (`Engineer - Part Time`).
    static let titleQualifiers: Set<String> = [
        "part time", "part-time", "full time", "full-time", "internship", "contract", "contractor", "temporary",
        "interim", "secondment", "freelance", "remote", "volunteer", "seasonal", "working student",
    ]

    /// Words that say one works for oneself (`Freelance`, `Self-employed`): a role of clients and projects.
    static let selfEmploymentWords: Set<String> = [
        "freelance", "freelancer", "freelancing", "self-employed", "independent", "contractor",
        "indépendant", "indépendante", "auto-entrepreneur", "autónomo", "autonomo", "freiberuflich", "selbstständig",
        "selbständig", "zzp", "zzp'er",
    ]

    /// The words that open a self-employed title (`Freelance designer`, `Indépendant consultant`): the adjectives of
    /// `selfEmploymentWords`, which stand where the employer would when a title names none.
    static let selfEmploymentLeads: Set<String> = [
        "freelance", "self-employed", "indépendant", "indépendante", "freiberuflicher", "freiberufliche", "selbstständiger",
        "selbständiger", "autónomo", "autonomo", "zzp",
    ]

    /// Whether `text` names self-employment (any hyphen between `self` and `employed`).
    static func namesSelfEmployment(_ text: String) -> Bool {
        var lower = text.lowercased()
        // Hyphens U+2010 and U+2011 (bytes E2 80 90 and E2 80 91) read as `-`; most texts have none.
        if lower.utf8.contains(0xE2) {
            var scalars = String.UnicodeScalarView()
            for s in lower.unicodeScalars { scalars.append(s == "\u{2011}" || s == "\u{2010}" ? "-" : s) }
            lower = String(scalars)
        }
        return MarkdownCues.words(lower).contains { selfEmploymentWords.contains($0) } || lower.utf8.containsBytes(of: "self employed")
    }

    /// Whether a short name only names a period of a working life (`Early Career`, `Later years`): no title, no
    /// organisation, it ends with a word of time.
    static func isPeriodName(_ text: String) -> Bool {
        let words = MarkdownCues.words(text)
        guard let last = words.last, words.count <= 3, timeWords.contains(last) || last == "career" else { return false }
        let (title, organisation) = titleAndOrganisationScores(text)
        return title == 0 && organisation == 0
    }

    /// Words that name a span of time (`The Cloud era at Acme`, `My years at Acme`).
    static let timeWords: Set<String> = ["era", "period", "phase", "time", "years", "stint", "tenure", "days", "chapter", "époque"]

    /// Words that end or mark an organisation's name.
    static let organisationWords: Set<String> = [
        "inc", "llc", "ltd", "limited", "corp", "corporation", "company", "plc", "gmbh", "ag", "sa", "sarl", "sas",
        "bv", "nv", "pty", "oy", "ab", "srl", "spa", "kg", "co", "llp", "eg", "ug", "se", "ltda", "s.a", "s.l",
        "group", "labs", "lab", "laboratory", "laboratoire", "technologies", "technology", "systems", "solutions",
        "software", "agency", "studio", "studios", "bank", "banque", "foundation", "ministry", "department", "council",
        "hospital", "consulting", "services", "networks", "media", "partners", "ventures", "capital", "holdings",
        "industries", "international", "global", "digital", "interactive", "games", "center", "centre", "office",
        "association", "institute", "university", "college", "school", "academy", "club", "society", "government",
        "commission", "authority", "startup", "force", "nations", "organization",
        "organisation", "corporate", "enterprises", "communications", "health", "research", "analytics",
    ]

    /// Words of institutions (education).
    static let institutionWords: Set<String> = [
        "university", "college", "school", "institute", "institut", "academy", "polytechnic", "école", "ecole",
        "universität", "universitat", "universidad", "universidade", "università", "universite", "université",
        "universiteit", "hochschule", "fachhochschule", "gymnasium", "lycée", "lycee", "conservatory", "seminary",
        "campus", "faculty", "faculté", "faculdade", "facultad", "politecnico", "politécnica", "iut", "bootcamp",
        "instituto", "istituto", "escola", "escuela", "collège", "liceo", "hogeschool", "akademie",
        // Welsh
        "coleg", "prifysgol",
        // Hindi and other languages of India (school, college, university)
        "vidyalaya", "vidyalayam", "mahavidyalaya", "vidyapeeth", "vidyapith", "vidyapeetham", "vishwavidyalaya",
    ]

    /// The ends of institutions' names in the languages written without spaces between words (`…大学`, `…대학교`):
    /// a word ending so names a school.
    static let institutionEnds: [String] = [
        "大学", "大學", "学院", "學院", "学校", "學校", "高校", "大学院", "대학교", "대학원", "대학", "학교", "고등학교",
    ]

    /// Words of scripts written without spaces that say a post (`工程师` engineer, `经理` manager, `主程` lead programmer,
    /// `エンジニア`, `개발자` developer) or an organisation (`公司` company, `科技` technology firm, `株式会社`, `주식회사`).
    static let titleEnds: [String] = [
        "工程师", "工程師", "经理", "經理", "总监", "總監", "设计师", "設計師", "架构师", "架構師", "主程", "主管", "顾问", "顧問",
        "实习生", "實習生", "研究员", "研究員", "分析师", "分析師", "负责人", "負責人", "专员", "專員", "开发者", "開發者",
        "エンジニア", "マネージャー", "デザイナー", "部長", "課長", "主任", "開発者", "研究者",
        "엔지니어", "개발자", "매니저", "팀장", "연구원", "인턴", "디자이너",
    ]
    static let organisationEnds: [String] = [
        "公司", "集团", "集團", "科技", "银行", "銀行", "研究所", "研究院", "株式会社", "有限会社", "주식회사", "회사",
    ]

    /// Words of those languages that say a degree or a course of study (`卒業` graduated, `학과` department, `전공` major).
    static let degreeParts: [String] = [
        "卒業", "学部", "学科", "専攻", "学士", "修士", "博士", "毕业", "本科", "硕士", "专业", "學士", "碩士", "畢業",
        "졸업", "학과", "전공", "학사", "석사", "박사", "학위",
    ]

    /// Labels of the line that says what was studied (`Major: Physics`, `학과: 물리학과`), lowercased.
    static let studyLabels: Set<String> = [
        "major", "subject", "subjects", "field", "field of study", "degree", "programme", "program", "specialisation",
        "specialization", "course", "filière", "spécialité", "diplôme", "studiengang", "fach", "carrera", "titulación",
        "curso", "corso di laurea", "richting", "학과", "전공", "学部", "学科", "専攻", "专业",
    ]

    /// Marks of a grade rather than a school (`Grade: Distinction`, `GPA 3.9`).
    static let gradeWords: Set<String> = [
        "grade", "grades", "gpa", "cgpa", "distinction", "merit", "pass", "score", "result", "results", "note", "classification",
    ]

    /// Words of a label that only introduces a school's date (`Expected Graduation: May 2020`, `Grad Date:`).
    static let dateLabelWords: Set<String> = [
        "expected", "anticipated", "estimated", "graduation", "graduating", "graduated", "grad", "date", "dates",
        "completion", "completed", "awarded", "conferred", "class", "of", "since", "until", "from", "to",
    ]

    /// Words that name a degree or a qualification.
    static let degreeWords: Set<String> = [
        "bsc", "ba", "bs", "msc", "ma", "ms", "msci", "mphil", "phd", "ph.d", "dphil", "mba", "meng", "beng",
        "bachelor", "bachelors", "bachelor's", "master", "masters", "master's", "diploma", "degree", "certificate",
        "certification", "certifications", "certificates", "diplomas", "a-levels", "a-level", "gcse", "gcses", "hnd", "hnc", "doctorate", "doctoral", "licence",
        "license", "licenciatura", "licenciado", "baccalaureate", "baccalauréat", "bac", "abitur", "mres", "llb",
        "llm", "md", "bcom", "bba", "btech", "mtech", "b.tech", "m.tech", "b.e", "b.sc", "m.sc", "b.s", "m.s", "b.a",
        "m.a", "dut", "bts", "dea", "dess", "magister", "diplom", "laurea", "mestrado", "graduação", "bacharelado",
        "maestría", "grado", "ingeniería", "doctorat", "thèse", "thesis", "major", "minor", "honours", "honors",
        "nanodegree", "coursework", "postgraduate", "undergraduate", "graduate", "studies", "study", "engineering",
        "cursus", "bachillerato", "mention", "high", "certified", "mba", "microbachelors", "micromasters",
        "m.engg", "b.engg", "mengg", "bengg", "habilitation", "docteur", "doctorale", "doctorado", "dottorato",
        // school-leaving qualifications and their boards (India, Bangladesh, Pakistan; IGCSE)
        "hsc", "ssc", "sslc", "cbse", "icse", "isc", "matriculation", "igcse",
    ]

    /// Words that name a course or training rather than a degree (`Formation théâtre classique`, `Atelier de théâtre`,
    /// `Cours de danse`): what an education entry studied, though a name alone with one (`Learnova Courses`) may be
    /// the school.
    static let courseWords: Set<String> = [
        "course", "courses", "cours", "formation", "workshop", "atelier", "taller", "curso", "cursos", "corso", "kurs",
    ]

    /// Degree words that name nothing but a degree (`BSc`, `Diploma`, `PhD`), for telling a degree listed among jobs.
    static let degreeNames: Set<String> = [
        "bsc", "msc", "msci", "mphil", "phd", "ph.d", "dphil", "mba", "meng", "beng", "bachelors", "masters", "diploma",
        "degree", "certificate", "doctorate", "licenciatura", "baccalaureate", "baccalauréat", "abitur", "mres", "llb",
        "llm", "bcom", "bba", "btech", "mtech", "b.tech", "m.tech", "b.sc", "m.sc", "diplom", "laurea", "mestrado",
        "bacharelado", "maestría", "doctorat", "microbachelors", "micromasters", "nanodegree", "a-levels", "gcse", "gcses",
    ]

    /// Words that say a place rather than a name: remote work, and the words of addresses.
    static let placeWords: Set<String> = [
        "remote", "hybrid", "onsite", "on-site", "worldwide", "anywhere", "télétravail", "remoto",
    ]

    /// Countries (English and native short forms), US states, Canadian provinces and their codes: enough to tell
    /// `Acme Retail, SG` is Acme Retail in Singapore. Lowercase.
    static let places: Set<String> = [
        "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahrain",
        "bangladesh", "belarus", "belgium", "belgique", "bolivia", "bosnia", "brazil", "brasil", "bulgaria",
        "cambodia", "cameroon", "canada", "chile", "china", "colombia", "costa rica", "croatia", "cuba", "cyprus",
        "czechia", "czech republic", "denmark", "danmark", "deutschland", "dominican republic", "ecuador", "egypt",
        "england", "españa", "estonia", "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece",
        "guatemala", "honduras", "hong kong", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
        "israel", "italy", "italia", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea", "south korea",
        "kosovo", "kuwait", "latvia", "lebanon", "lithuania", "luxembourg", "malaysia", "malta", "mexico", "méxico",
        "moldova", "morocco", "maroc", "nepal", "netherlands", "the netherlands", "nederland", "new zealand",
        "nigeria", "norway", "oman", "pakistan", "panama", "paraguay", "peru", "perú", "philippines", "poland",
        "polska", "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "scotland", "senegal",
        "sénégal", "serbia", "singapore", "slovakia", "slovenia", "south africa", "spain", "sri lanka", "sweden",
        "sverige", "switzerland", "schweiz", "suisse", "taiwan", "tanzania", "thailand", "tunisia", "turkey",
        "türkiye", "uganda", "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "u.k", "united states",
        "usa", "u.s.a", "us", "u.s", "uruguay", "uzbekistan", "venezuela", "vietnam", "viet nam", "wales", "zambia",
        "zimbabwe", "europe", "asia", "emea", "apac", "latam", "africa", "americas",
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
        "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
        "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
        "ontario", "quebec", "québec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia",
        "new brunswick", "newfoundland",
    ]

    /// The last word of every place and place word (`york` of `new york`): after the last space, found on the bytes
    /// (splitting by `Character` was most of this table's one-time cost).
    static let placeEnds: Set<String> = Set((places.union(placeWords)).map { lastWord($0) })

    /// The last of the words of `text` separated by spaces.
    static func lastWord(_ text: String) -> String {
        guard text.utf8.last != 0x20 else { return text.split(separator: " ").last.map(String.init) ?? text }
        guard let space = text.utf8.lastIndex(of: 0x20) else { return text }
        return String(text[text.utf8.index(after: space)...])
    }

    /// Two-letter codes of US states, Canadian provinces and common countries, written in capitals (`TX`, `SG`).
    /// The codes of the US states (part of `placeCodes`): after a town without a comma they are a place.
    static let usStateCodes: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]

    static let placeCodes: Set<String> = usStateCodes.union([
        "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "UK", "US", "SG", "DE", "FR", "NL", "ES", "IT", "CH",
        "AU", "NZ",
        "IE", "SE", "NO", "DK", "FI", "PL", "PT", "BR", "AR", "MX", "IN", "CN", "JP", "KR", "HK", "TW", "ZA", "AE",
        "IL", "RU", "UA", "BE", "AT", "CZ", "RO", "HU", "GR", "TR", "EG", "NG", "KE", "CL", "CO", "PE", "PH", "ID",
        "MY", "TH", "VN", "PK", "BD", "LK", "USA", "UAE", "CAN", "GER", "ENG",
        // Three-letter country codes (`Bogota, COL.`).
        "COL", "MEX", "BRA", "ARG", "CHL", "FRA", "DEU", "ESP", "ITA", "NLD", "GBR", "IND", "CHN", "JPN", "KOR", "AUS",
        "NZL", "IRL", "POL", "PRT", "SWE", "NOR", "DNK", "FIN", "CHE", "AUT", "BEL", "ZAF", "NGA", "KEN", "EGY", "ISR",
        "TUR", "UKR", "ROU", "HUN", "CZE", "GRC", "PHL", "IDN", "MYS", "SGP", "THA", "VNM", "PAK", "BGD", "ARE", "SAU",
    ])

    /// Lowercase words of a text, split also at `/`, `-` and `&` inside words (`Co-Founder/CTO`).
    static func parts(_ text: some StringProtocol) -> [String] {
        var out: [String] = []
        for w in MarkdownCues.words(text) {
            out.append(w)
            if w.contains("-") || w.contains("/") {
                out += w.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
            }
        }
        return out
    }

    /// The classes of `table`, one bit each.
    enum Class {
        static let title: UInt32 = 1 << 0
        static let organisation: UInt32 = 1 << 1
        static let institution: UInt32 = 1 << 2
        static let degree: UInt32 = 1 << 3
        static let course: UInt32 = 1 << 4
        /// In `placeCodes` (as written, capitals), `placeEnds`, `placeWords` (lowercase).
        static let placeCode: UInt32 = 1 << 5
        static let placeEnd: UInt32 = 1 << 6
        static let placeWord: UInt32 = 1 << 7
        /// Set on a word of a script written without spaces (a lead byte 0xE3 or more), whose parts `cjkCount` reads.
        static let wide: UInt32 = 1 << 8
    }

    /// The ASCII words of the classes above, looked up by their bytes (`parts` and `isPlace` ask it of every word).
    static let table = WordClassTable([
        (titleWords, Class.title), (organisationWords, Class.organisation), (institutionWords, Class.institution),
        (degreeWords, Class.degree), (courseWords, Class.course), (placeCodes, Class.placeCode), (placeEnds, Class.placeEnd),
        (placeWords, Class.placeWord),
    ])

    /// The classes of a word that is not ASCII, from the sets (whose `String` equality holds accented letters
    /// written in either Unicode form equal).
    static func classesOfWord(_ word: String) -> UInt32 {
        var bits: UInt32 = 0
        if titleWords.contains(word) { bits |= Class.title }
        if organisationWords.contains(word) { bits |= Class.organisation }
        if institutionWords.contains(word) { bits |= Class.institution }
        if degreeWords.contains(word) { bits |= Class.degree }
        if courseWords.contains(word) { bits |= Class.course }
        return bits
    }

    /// Calls `body` with the classes of each of `parts(text)`, in order, without making a `String` of an ASCII word.
    static func forEachPart(_ text: some StringProtocol, _ body: (UInt32) -> Void) {
        MarkdownCues.forEachWord(text) { word in
            if !word.contains(where: { $0 >= 0x80 }) {
                body(table.classes(of: word))
                // `Co-Founder`: its pieces too (`words` keeps no `/` in a word).
                guard word.contains(0x2D) else { return }
                var start = 0
                for k in 0...word.count where k == word.count || word[k] == 0x2D {
                    if k > start { body(table.classes(of: UnsafeBufferPointer(rebasing: word[start..<k]))) }
                    start = k + 1
                }
            } else {
                let w = String(decoding: word, as: UTF8.self)
                body(classesOfWord(w) | (word.contains(where: { $0 >= 0xE3 }) ? Class.wide : 0))
                if w.contains("-") || w.contains("/") {
                    for piece in w.split(whereSeparator: { $0 == "-" || $0 == "/" }) { body(classesOfWord(String(piece))) }
                }
            }
        }
    }

    /// How many of `parts(text)` are in the class `bit`.
    static func count(_ text: some StringProtocol, _ bit: UInt32) -> Int {
        var n = 0
        forEachPart(text) { if $0 & bit != 0 { n += 1 } }
        return n
    }

    static func titleScore(_ text: some StringProtocol) -> Int { count(text, Class.title, orEndings: titleEnds) }

    /// `count(text, bit)`, and for a text written without spaces the words holding one of `ends`.
    static func count(_ text: some StringProtocol, _ bit: UInt32, orEndings ends: [String]) -> Int {
        var n = 0
        var wide = false
        forEachPart(text) { bits in
            if bits & bit != 0 { n += 1 }
            if bits & Class.wide != 0 { wide = true }
        }
        return wide ? n + cjkCount(text, ends) : n
    }

    /// Both counts from one pass over the words.
    static func titleAndOrganisationScores(_ text: some StringProtocol) -> (Int, Int) {
        var title = 0
        var organisation = 0
        var wide = false
        forEachPart(text) { bits in
            if bits & Class.title != 0 { title += 1 }
            if bits & Class.organisation != 0 { organisation += 1 }
            if bits & Class.wide != 0 { wide = true }
        }
        guard wide else { return (title, organisation) }
        return (title + cjkCount(text, titleEnds), organisation + cjkCount(text, organisationEnds))
    }
    static func organisationScore(_ text: some StringProtocol) -> Int { count(text, Class.organisation, orEndings: organisationEnds) }

    /// Whether a text holds a character of a script written without spaces (a lead byte 0xE3 or more), told on its
    /// contiguous bytes.
    @inline(__always)
    static func isWide(_ text: some StringProtocol) -> Bool {
        if let wide = text.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            for x in b where x >= 0xE3 { return true }
            return false
        }) {
            return wide
        }
        return text.utf8.contains(where: { $0 >= 0xE3 })
    }
    static func institutionScore(_ text: some StringProtocol) -> Int { count(text, Class.institution) + cjkCount(text, institutionEnds) }

    /// How many words of a text written without spaces (any byte ≥ 0xE3: CJK scripts) hold one of `parts`.
    static func cjkCount(_ text: some StringProtocol, _ parts: [String]) -> Int {
        guard text.utf8.contains(where: { $0 >= 0xE3 }) else { return 0 }
        var n = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "," || $0 == "・" }) where word.utf8.contains(where: { $0 >= 0xE3 }) {
            if parts.contains(where: { word.contains($0) }) { n += 1 }
        }
        return n
    }
    static func degreeScore(_ text: some StringProtocol) -> Int {
        count(text, Class.degree) + dottedDegrees(text) + cjkCount(text, degreeParts)
    }

    /// A degree's words and a course's (`studyScore`): what an education entry studied.
    static func studyScore(_ text: some StringProtocol) -> Int { degreeScore(text) + count(text, Class.course) }

    /// `M.Sc.`, `Ph.D.`, `B.Tech`: the word splitter cuts abbreviations at their dots, so they are read here whole
    /// (as written, `m.sc`, or without the dots, `msc`). Texts without a dot are done at once.
    static func dottedDegrees(_ text: some StringProtocol, in set: Set<String> = degreeWords) -> Int {
        guard text.utf8.contains(0x2E) else { return 0 }
        var n = 0
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" || $0 == "/" || $0 == ";" })
        where token.dropLast().contains(".") {
            let word = token.lowercased().trimmingCharacters(in: ".:")
            guard word.contains("."), word.count <= 8 else { continue }
            if set.contains(word) || set.contains(word.replacing(".", with: "")) { n += 1 }
        }
        return n
    }

    /// Whether a short text names a place: `Austin, TX`, `Singapore`, `SG`, `Remote`, `Paris, France`,
    /// `Remote CA, US`.
    static func isPlace(_ text: some StringProtocol) -> Bool {
        if namesTownAndDistrict(text) { return true }
        // Most texts are no place: told on the bytes of ASCII texts without a `String` made.
        if let may = text.utf8.withContiguousStorageIfAvailable({ mayBePlaceOfASCII($0) }), may == false { return false }
        return isPlaceOfCharacters(text)
    }

    /// `Nantes (44)`, `La Rochelle (17)`: a town and the number of its district (a French département) in brackets.
    static func namesTownAndDistrict(_ text: some StringProtocol) -> Bool {
        // (Most texts end otherwise: told before anything is copied; `isPlace` asks of many texts.)
        guard text.last == ")" else { return false }
        let b = Array(text.utf8.suffix(6))
        guard let open = b.lastIndex(of: 0x28), open >= 1, b[open - 1] == 0x20,
            (2...3).contains(b.count - open - 2), b[(open + 1)..<(b.count - 1)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return false }
        let town = String(text).dropLast(b.count - open)
        // One name (`Clermont-Ferrand`), or two after an article (`La Rochelle`): `Marie Curie (60)` is a school.
        let words = town.split(separator: " ")
        guard words.count == 1 || words.count == 2 && ["Le", "La", "Les", "Saint", "Sainte"].contains(String(words[0])) else { return false }
        return town.first?.isUppercase == true && !town.contains(where: { $0.isNumber || $0 == "," })
    }

    /// `isPlace` read on characters (any text).
    static func isPlaceOfCharacters(_ text: some StringProtocol) -> Bool {
        var plain = Substring(text)
        // `UK (Now part of Acme)`: a remark in brackets after a place does not make it less a place.
        if plain.hasSuffix(")"), let open = plain.lastIndex(of: "("), open > plain.startIndex { plain = plain[..<open] }
        let trimmed = String(plain).trimmingCharacters(in: "()[].,;")
        guard !trimmed.isEmpty, trimmed.utf8.count <= 60 else { return false }
        // Most texts are no place: a place ends with a place's last word or code, or starts with a word like `Remote`.
        // The last piece between spaces, commas and slashes (the whole where there is none), read from the end.
        func isSeparator(_ c: Character) -> Bool { c == " " || c == "," || c == "/" }
        var lastEnd = trimmed.endIndex
        while lastEnd > trimmed.startIndex, isSeparator(trimmed[trimmed.index(before: lastEnd)]) { lastEnd = trimmed.index(before: lastEnd) }
        var lastStart = lastEnd
        while lastStart > trimmed.startIndex, !isSeparator(trimmed[trimmed.index(before: lastStart)]) { lastStart = trimmed.index(before: lastStart) }
        let last = lastStart < lastEnd ? String(trimmed[lastStart..<lastEnd]) : trimmed
        let first = trimmed.prefix { $0 != " " && $0 != "," }
        guard placeCodes.contains(last) || placeEnds.contains(last.lowercased()) || placeWords.contains(first.lowercased()) else {
            return false
        }
        if placeCodes.contains(trimmed) { return true }
        let lower = trimmed.lowercased()
        if places.contains(lower) || placeWords.contains(lower) { return true }
        // `City, ST`, `City, Country`, `City ST`: the last part is a place.
        let pieces = trimmed.split(whereSeparator: { $0 == "," || $0 == "/" }).map { String($0).trimmingCharacters(in: "") }
        if pieces.count >= 2, let last = pieces.last, !last.isEmpty,
            placeCodes.contains(last) || places.contains(last.lowercased()) || placeWords.contains(last.lowercased())
        {
            return pieces.dropLast().allSatisfy { MarkdownCues.wordCount($0) <= 4 }
        }
        let words = trimmed.split(separator: " ")
        if words.count >= 2, words.count <= 4, let last = words.last {
            if places.contains(String(last).lowercased()) || placeWords.contains(String(last).lowercased()) {
                return words.allSatisfy { $0.first?.isUppercase ?? false }
            }
        }
        if words.first.map({ placeWords.contains($0.lowercased()) }) == true, words.count <= 3 { return true }
        // `Salem MA`, `Fresno CA`: a town and a US state's code without a comma.
        if words.count >= 2, words.count <= 4, let last = words.last, usStateCodes.contains(String(last)),
            words.dropLast().allSatisfy({ $0.first?.isUppercase ?? false })
        {
            return true
        }
        return false
    }

    /// `isPlace`'s first question on the bytes of an ASCII text (no carriage return, which joins a line feed into one
    /// character): could it be a place at all? False: it is none (its last word no place's end or code, its first no
    /// word like `Remote`); true: `isPlace` reads it whole. Nil: not ASCII, the slow path asks.
    static func mayBePlaceOfASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        var end = b.count
        // A remark in brackets after the place (as `isPlace` drops it).
        if end > 0, b[end - 1] == 0x29, let open = b.lastIndex(of: 0x28), open > 0 { end = open }
        func trimmed(_ x: UInt8) -> Bool {
            x == 0x28 || x == 0x29 || x == 0x5B || x == 0x5D || x == 0x2E || x == 0x2C || x == 0x3B || x == 0x20 || (x >= 0x09 && x <= 0x0D)
        }
        var start = 0
        while start < end, trimmed(b[start]) { start += 1 }
        while end > start, trimmed(b[end - 1]) { end -= 1 }
        guard start < end, end - start <= 60 else { return false }
        // The last piece between spaces, commas and slashes (the whole where there is none).
        func separator(_ x: UInt8) -> Bool { x == 0x20 || x == 0x2C || x == 0x2F }
        var lastEnd = end
        while lastEnd > start, separator(b[lastEnd - 1]) { lastEnd -= 1 }
        var lastStart = lastEnd
        if lastEnd == start {
            (lastStart, lastEnd) = (start, end)
        } else {
            while lastStart > start, !separator(b[lastStart - 1]) { lastStart -= 1 }
        }
        var firstEnd = start
        while firstEnd < end, b[firstEnd] != 0x20, b[firstEnd] != 0x2C { firstEnd += 1 }
        let last = UnsafeBufferPointer(rebasing: b[lastStart..<lastEnd])
        if table.classes(of: last) & Class.placeCode != 0 { return true }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { lower in
            func lowered(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
                for k in from..<to { lower[k - from] = b[k] >= 0x41 && b[k] <= 0x5A ? b[k] + 0x20 : b[k] }
                return UnsafeBufferPointer(rebasing: lower[0..<(to - from)])
            }
            if table.classes(of: lowered(lastStart, lastEnd)) & Class.placeEnd != 0 { return true }
            return table.classes(of: lowered(start, firstEnd)) & Class.placeWord != 0
        }
    }
}
