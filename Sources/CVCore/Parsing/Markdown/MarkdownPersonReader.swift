/// Reads who the CV is about: the name (front matter `name`, the first top-level heading that is not a
/// section, front matter `title`, or a short top line), the headline, and contact details (mailto:, tel:,
/// URLs, written emails and phone numbers) from the header area and contact sections.
enum MarkdownPersonReader {
    static let genericTitles: Set<String> = ["resume", "résumé", "cv", "curriculum vitae", "vita", "my resume", "my cv", "home", "about"]

    /// Splits `Jane Doe - Data Analyst CV` into the name and the headline, dropping "CV"/"Resume".
    static func splitName(_ text: String) -> (name: String?, label: String?) {
        let parts = MarkdownCues.splitParts(text, allowComma: false)
        let cleaned = parts.map(stripGeneric).filter { !$0.isEmpty }
        guard let first = cleaned.first else { return (nil, nil) }
        let label = cleaned.count > 1 ? cleaned.dropFirst().joined(separator: " | ") : nil
        return (first, label)
    }

    /// Drops "CV", "Resume", "Curriculum Vitae" words from the ends of a title.
    static func stripGeneric(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        func isGeneric(_ w: String) -> Bool {
            let l = w.lowercased().trimmingCharacters(in: "'’s:")
            return ["cv", "resume", "résumé", "vita", "vitae", "curriculum"].contains(l)
        }
        while let l = words.last, isGeneric(l) { words.removeLast() }
        while let f = words.first, isGeneric(f) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    static func applyFrontMatter(_ matter: MarkdownFrontMatter, to person: inout Person) {
        let v = matter.values
        if let name = v["name"] ?? v["author"], !name.isEmpty {
            person.name = name
            person.sources[.name] = matter.range(of: v["name"] != nil ? "name" : "author")
        } else if let first = v["firstname"] ?? v["first_name"] ?? v["givenname"], !first.isEmpty,
            let last = v["lastname"] ?? v["last_name"] ?? v["surname"] ?? v["familyname"], !last.isEmpty
        {
            // `firstname: Jane` / `lastname: Doe` (pandoc CV templates): the name in two keys.
            person.name = first + " " + last
            person.sources[.name] = matter.range(of: v["firstname"] != nil ? "firstname" : v["first_name"] != nil ? "first_name" : "givenname")
        } else if let title = v["title"], !genericTitles.contains(title.lowercased()),
            // `title: Profile` / `title: Experience`: a page named as a section names no one.
            SectionClassifier.classify(title) == .other
        {
            let (name, label) = splitName(title)
            if let name, !genericTitles.contains(name.lowercased()) {
                person.name = name
                person.sources[.name] = matter.range(of: "title")
                if let label, person.label == nil {
                    person.label = label
                    person.sources[.label] = matter.range(of: "title")
                }
            }
        }
        for key in ["label", "headline", "position", "jobtitle", "job_title", "subtitle", "role"] {
            if let value = v[key], !value.isEmpty {
                person.label = value
                person.sources[.label] = matter.range(of: key)
                break
            }
        }
        for (key, field) in [("email", Person.Field.email), ("phone", .phone), ("location", .location), ("address", .location)] {
            if let value = v[key], !value.isEmpty {
                switch field {
                case .email: person.email = deobfuscate(value)
                case .phone: person.phone = value
                default: person.location = value
                }
                person.sources[field] = matter.range(of: key)
            }
        }
        for key in ["website", "url", "homepage", "github", "linkedin", "twitter"] {
            if let value = v[key], value.contains(".") || value.contains("/") {
                person.links.append(Link(label: key, url: value, source: matter.range(of: key)))
            }
        }
        // `github: jdoe`, `github_username: jdoe`: a user name on a network, its profile's address.
        for (network, base) in profileBases {
            for key in [network, network + "_username", network + "_user", network + "_handle"] {
                guard let value = v[key], !value.isEmpty, !value.contains("."), !value.contains("/"), !value.contains(" ") else { continue }
                let handle = value.hasPrefix("@") ? String(value.dropFirst()) : value
                let url = base + handle
                if !person.links.contains(where: { $0.url == url }) {
                    person.links.append(Link(label: network, url: url, source: matter.range(of: key)))
                }
            }
        }
    }

    /// Networks whose user names front matter gives, and the address of a user's profile.
    static let profileBases: [(String, String)] = [
        ("github", "https://github.com/"), ("gitlab", "https://gitlab.com/"), ("linkedin", "https://www.linkedin.com/in/"),
        ("twitter", "https://twitter.com/"),
    ]

    /// `jane[at]example[dot]org` → `jane@example.org`.
    static func deobfuscate(_ email: String) -> String {
        var s = email
        for at in ["[at]", "(at)", "{at}", " [at] ", " (at) "] { s = s.replacingAll(at, with: "@") }
        for dot in ["[dot]", "(dot)", "{dot}", " [dot] ", " (dot) "] { s = s.replacingAll(dot, with: ".") }
        return HTMLText.collapseWhitespace(s).replacingAll(" ", with: "")
    }

    /// Contact details in lines: links by scheme, written emails and phone numbers, and the location
    /// part of a contact line (`Xi'an, Shaanxi | <me@x.com> | [github](...)`).
    static func readContacts(_ lines: [MarkdownLine], into person: inout Person) {
        for line in lines {
            var lineHasContact = false
            // Links inside prose (a summary naming an employer) are not the person's.
            let prose = MarkdownCues.wordCount(line.text) >= 16 && line.links.count < 2
            for link in line.links where !prose || link.url.lowercased().hasPrefix("mailto:") {
                let url = link.url
                let lower = url.lowercased()
                if lower.hasPrefix("mailto:") {
                    lineHasContact = true
                    if person.email == nil {
                        person.email = deobfuscate(String(url.dropFirst(7)))
                        person.sources[.email] = line.source
                    }
                } else if lower.hasPrefix("tel:") {
                    lineHasContact = true
                    if person.phone == nil {
                        person.phone = String(url.dropFirst(4))
                        person.sources[.phone] = line.source
                    }
                } else if lower.hasPrefix("http") || lower.hasPrefix("www.") {
                    lineHasContact = true
                    if !person.links.contains(where: { $0.url == url }) {
                        person.links.append(Link(label: link.text.isEmpty ? nil : link.text, url: url, source: line.source))
                    }
                }
            }
            for word in line.text.split(whereSeparator: { $0.isWhitespace || $0 == "|" || $0 == "<" || $0 == ">" }) {
                let w = String(word).trimmingCharacters(in: ",;()[]")
                if person.email == nil, let at = w.firstIndex(of: "@"), at != w.startIndex, w[at...].contains("."), !w.hasPrefix("http") {
                    person.email = deobfuscate(w)
                    person.sources[.email] = line.source
                    lineHasContact = true
                }
            }
            if person.phone == nil, let phone = findPhone(line.text) {
                person.phone = phone
                person.sources[.phone] = line.source
                lineHasContact = true
            }
            if lineHasContact && person.location == nil {
                let parts = MarkdownCues.splitParts(line.text, allowComma: false)
                if parts.count >= 2, let place = parts.first(where: { p in
                    !p.contains("@") && !line.links.contains(where: { $0.text == p }) && findPhone(p) == nil
                        && p.rangeOfDigits == nil && MarkdownCues.wordCount(p) <= 5
                }) {
                    person.location = place
                    person.sources[.location] = line.source
                }
            }
        }
    }

    /// A phone number: 9 to 15 digits with `+`, spaces, dashes, dots or parentheses between them.
    static func findPhone(_ text: String) -> String? {
        var best = ""
        var current = ""
        var digits = 0
        func end() {
            if digits >= 9 && digits <= 15 && best.isEmpty { best = current.trimmingCharacters(in: " -.") }
            current = ""
            digits = 0
        }
        for c in text {
            if c.isASCII && c.isNumber {
                current.append(c)
                digits += 1
            } else if c == "+" && (current.isEmpty || current == "(") || (!current.isEmpty && (c == " " || c == "-" || c == "." || c == "(" || c == ")")) {
                current.append(c)
            } else if c == "(" && current.isEmpty {
                current.append(c)
            } else {
                end()
            }
        }
        end()
        return best.isEmpty ? nil : best
    }
}

extension StringProtocol {
    var rangeOfDigits: Int? {
        var n = 0
        for c in self where c.isNumber { n += 1 }
        return n >= 4 ? n : nil
    }
}
