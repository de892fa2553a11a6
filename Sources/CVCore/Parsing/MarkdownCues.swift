/// The general cues a careful reader uses to tell the parts of a CV entry apart: words typical of job
/// titles, of organisations, of degrees; separators; sub-headings that label content ("Accomplishments").
enum MarkdownCues {
    static let titleWords: Set<String> = [
        "engineer", "engineers", "developer", "developers", "manager", "lead", "leader", "intern", "internship",
        "consultant", "architect", "director", "analyst", "programmer", "researcher", "scientist", "designer",
        "administrator", "admin", "head", "officer", "specialist", "coordinator", "assistant", "associate",
        "president", "vp", "founder", "co-founder", "cofounder", "cto", "ceo", "cio", "coo", "principal", "senior",
        "junior", "staff", "contractor", "freelancer", "freelance", "professor", "lecturer", "teacher", "tutor",
        "student", "owner", "partner", "technician", "tester", "sre", "maintainer", "contributor", "member",
        "chief", "executive", "editor", "writer", "fellow", "trainee", "apprentice", "instructor", "advisor",
        "adviser", "mentor", "devops", "programmer", "roles", "positions", "role", "position", "postdoc",
        "assistant", "representative", "strategist", "evangelist", "advocate", "supervisor", "captain",
        "technologist", "webmaster", "guru", "hacker", "expert", "practitioner", "chair", "secretary",
    ]
    static let organisationWords: Set<String> = [
        "inc", "llc", "ltd", "limited", "corp", "corporation", "company", "plc", "gmbh", "ag", "sa", "sarl", "bv",
        "university", "college", "school", "institute", "group", "labs", "lab", "technologies", "solutions",
        "agency", "studio", "studios", "bank", "foundation", "ministry", "department", "council", "hospital",
        "pty", "oy", "ab", "as", "srl", "spa", "kg", "co",
    ]
    static let degreeWords: Set<String> = [
        "bachelor", "bachelors", "master", "masters", "bsc", "ba", "bs", "msc", "ms", "ma", "mba", "phd",
        "doctorate", "degree", "diploma", "certificate", "hnd", "gcse", "gcses", "levels", "beng", "meng",
        "licence", "license", "licentiate", "associate", "bachelor's", "master's", "b", "m", "abitur", "baccalaureate",
    ]
    static let institutionWords: Set<String> = [
        "university", "college", "school", "institute", "academy", "polytechnic", "universidad", "universität",
        "université", "hochschule", "lycée", "gymnasium",
    ]
    /// Headings and bold labels that name a part of an entry, not a new organisation or role.
    static let subheadings: Set<String> = [
        "accomplishments", "key accomplishments", "achievements", "key achievements", "selected achievements",
        "responsibilities", "key responsibilities", "main responsibilities", "duties", "highlights", "projects",
        "key projects", "notable projects", "selected projects", "technologies", "technologies used",
        "technology", "tech stack", "stack", "tools", "tools used", "environment", "tasks", "main tasks",
        "results", "impact", "skills", "skills used", "description", "overview", "contributions", "achievements and responsibilities",
        "responsibilities and achievements", "what i did", "key results", "key contributions", "role", "summary",
    ]

    /// Lowercase words of a text (letters, digits, inner `'` and `-`).
    static func words(_ text: some StringProtocol) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func push() {
            // No leading or trailing `'` / `-`.
            while let l = current.last, l == "-" || l == "'" { current.removeLast() }
            if !current.isEmpty { out.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    current.append(scalar)
                } else if v >= 0x41 && v <= 0x5A {
                    current.append(Unicode.Scalar(v + 0x20) ?? scalar)
                } else if (scalar == "'" || scalar == "-") && !current.isEmpty {
                    current.append(scalar)
                } else {
                    push()
                }
            } else if scalar == "’" {
                if !current.isEmpty { current.append("'") }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(lower) }
            } else {
                push()
            }
        }
        push()
        return out
    }

    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    static func titleScore(_ text: String) -> Int {
        words(text).reduce(0) { $0 + (titleWords.contains($1) ? 1 : 0) }
    }

    static func organisationScore(_ text: String) -> Int {
        words(text).reduce(0) { $0 + (organisationWords.contains($1) ? 1 : 0) }
    }

    static func degreeScore(_ text: String) -> Int {
        words(text).reduce(0) { $0 + (degreeWords.contains($1) ? 1 : 0) }
    }

    static func institutionScore(_ text: String) -> Int {
        words(text).reduce(0) { $0 + (institutionWords.contains($1) ? 1 : 0) }
    }

    static func isSubheading(_ text: String) -> Bool {
        let normal = words(text).joined(separator: " ")
        return subheadings.contains(normal)
    }

    /// `Austin, TX`, `Remote`, `London, UK`: a short place.
    static func looksLikeLocation(_ text: String) -> Bool {
        let w = wordCount(text)
        guard w >= 1, w <= 5, !text.hasSuffix("."), titleScore(text) == 0 else { return false }
        let lower = text.lowercased()
        if lower == "remote" || lower.hasPrefix("remote ") || lower.hasSuffix(" remote") { return true }
        return text.contains(",")
    }

    /// Separators between the parts of an entry line, strongest first.
    static let separators = [" | ", " • ", " · ", " — ", " – ", " - ", " -- ", ", "]

    /// Splits at the first separator kind that occurs outside parentheses.
    static func splitParts(_ text: String, allowComma: Bool = true) -> [String] {
        for sep in separators where allowComma || sep != ", " {
            let parts = splitOutsideParentheses(text, separator: sep)
            if parts.count >= 2 { return parts }
        }
        return [text]
    }

    static func splitOutsideParentheses(_ text: String, separator: String) -> [String] {
        guard text.utf8.containsBytes(of: separator) else { return [text] }
        var parts: [String] = []
        var depth = 0
        var current = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = Swift.max(0, depth - 1) }
            if depth == 0, text[i...].hasPrefix(separator) {
                parts.append(current)
                current = ""
                i = text.index(i, offsetBy: separator.count)
                continue
            }
            current.append(c)
            i = text.index(after: i)
        }
        parts.append(current)
        return parts.map { trimSeparators($0) }.filter { !$0.isEmpty }
    }

    /// `Principal Engineer at DeviantArt` → (`Principal Engineer`, `DeviantArt`), outside parentheses.
    static func splitAt(_ text: String) -> (title: String, organisation: String)? {
        for sep in [" at ", " @ ", " At "] {
            let parts = splitOutsideParentheses(text, separator: sep)
            if parts.count == 2 { return (parts[0], parts[1]) }
        }
        return nil
    }

    /// Trims whitespace and separator punctuation from both ends; drops empty `()` and `[]`.
    static func trimSeparators(_ text: String) -> String {
        var s = text
        if s.utf8.contains(0x28) || s.utf8.contains(0x5B) {
            for empty in ["()", "( )", "[]", "[ ]", "(  )"] { s = s.replacingAll(empty, with: " ") }
        }
        let trimmable: Set<Character> = ["•", "|", "-", "–", "—", ",", ":", ";", "·", "/", "~"]
        var sub = s[...]
        while let f = sub.first, f.isWhitespace || trimmable.contains(f) { sub = sub.dropFirst() }
        while let l = sub.last, l.isWhitespace || trimmable.contains(l) { sub = sub.dropLast() }
        // Collapse inner runs of whitespace.
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in sub.unicodeScalars {
            if MarkdownSource.isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, utf8.containsBytes(of: target) else { return self }
        var out = ""
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) {
                out += replacement
                i = index(i, offsetBy: target.count)
            } else {
                out.append(self[i])
                i = index(after: i)
            }
        }
        return out
    }
}


extension String.UTF8View {
    /// Whether the UTF-8 bytes of `needle` occur (a plain byte search, no Foundation bridging).
    func containsBytes(of needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        var i = startIndex
        while let hit = self[i...].firstIndex(of: first) {
            var j = hit
            var k = 0
            while k < n.count, j < endIndex, self[j] == n[k] {
                j = index(after: j)
                k += 1
            }
            if k == n.count { return true }
            i = index(after: hit)
        }
        return false
    }
}
