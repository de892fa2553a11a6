import Foundation

/// Skills written outside a skills section: labelled lines in the header or a summary
/// (`**Fluent:** Go, Rust`, `Languages: Java, C++`, `Tools: Make · Docker`), and skill tables
/// (`| Category | Skills |`). A line counts when its label is a word of the skills vocabulary and its
/// items are a list: two or more short items, none of them a sentence. Spoken languages are not skills.
enum SkillLines {
    /// Words of a label that names skills (lowercase): kinds of tools, and levels of knowing them.
    static let labelWords: Set<String> = [
        "skills", "skill", "languages", "language", "tools", "tooling", "technologies", "technology", "tech", "stack",
        "frameworks", "framework", "libraries", "databases", "platforms", "cloud", "devops", "infrastructure",
        "programming", "software", "os", "ides", "editors", "testing", "frontend", "front-end", "backend", "back-end",
        "fluent", "proficient", "familiar", "expert", "experienced", "competent", "knowledgeable", "comfortable",
        "expertise", "competencies", "toolbox", "toolkit", "learning", "exposure", "core", "technical",
    ]

    static func isSkillLabel(_ label: String) -> Bool {
        let words = MarkdownCues.words(label)
        guard !words.isEmpty, words.count <= 4 else { return false }
        return words.contains { labelWords.contains($0) }
    }

    /// `Programming Languages – Python, C`, `Databases - SQL`: a label of the skills vocabulary, a spaced dash, then a
    /// list (no sentence, its first item three words or fewer): the dash's range. `Testing - any kind, as long as …`
    /// is a skill and what it covers (nil).
    static func dashAfterLabel(_ text: String) -> Range<String.Index>? {
        guard text.utf8.count <= 300, let dash = text.firstSpacedDash() else { return nil }
        let label = String(text[..<dash.lowerBound])
        let rest = String(text[dash.upperBound...])
        guard !label.contains(","), !label.contains(":"), !label.contains("("), isSkillLabel(label), !ProseSkillLists.applies(rest),
            let firstPiece = rest.split(separator: ",").first, MarkdownCues.wordCount(String(firstPiece)) <= 3
        else { return nil }
        return dash
    }

    /// The items of a labelled line, when it is a list of skills.
    /// `afterSkills`: the line goes on a paragraph whose line above listed skills (`**Proficient:** Go, Rust` then
    /// `**Others:** Kafka, Redis` after a `<br>`): any short label will do when two of its items or more are known
    /// technologies (not `Hobbies: chess, hiking`).
    static func items(label: String, rest: String, source: SourceRange, afterSkills: Bool = false) -> [Skill]? {
        let known = isSkillLabel(label)
        guard known || afterSkills && MarkdownCues.wordCount(label) <= 3, !SkillLexicon.looksLikeSpokenLanguages(rest) else { return nil }
        let skills = MarkdownSkillReader.split(rest, source: source)
        guard skills.count >= 2, skills.allSatisfy({ MarkdownCues.wordCount($0.text) <= 4 }) else { return nil }
        if !known, skills.filter({ SkillLexicon.canonical($0.text) != nil }).count < 2 { return nil }
        return skills
    }

    /// Labelled lines and skill tables among Markdown blocks.
    static func read(_ blocks: [MarkdownBlock]) -> [SkillCategory] {
        var categories: [SkillCategory] = []
        @discardableResult
        func line(_ l: MarkdownLine, afterSkills: Bool = false) -> Bool {
            // Cheap test first: a colon within the first bytes, where a short label ends.
            guard l.text.utf8.prefix(64).contains(0x3A) else { return false }
            guard let (label, rest) = MarkdownSkillReader.labelled(l.text),
                let skills = items(label: label, rest: rest, source: l.source, afterSkills: afterSkills)
            else { return false }
            categories.append(SkillCategory(name: label, skills: skills, source: l.source))
            return true
        }
        for block in blocks {
            switch block {
            case .paragraph(let lines):
                var afterSkills = false
                for l in lines { afterSkills = line(l, afterSkills: afterSkills) }
            case .list(let items):
                for item in items {
                    guard var merged = item.lines.first else { continue }
                    merged.text = item.text
                    line(merged)
                }
            case .table(let rows, let header):
                // A table whose head names skills (`| Category | Skills |`).
                guard header, let head = rows.first, head.contains(where: { isSkillLabel($0.text) }) else { continue }
                categories += MarkdownSkillReader.read([block])
            default:
                break
            }
        }
        return categories
    }

    /// A list of skills written as a YAML value (`skills: [Go, Rust]`, `skills: Go, Rust`, or a mapping of
    /// categories to lists), from the front matter.
    static let frontMatterKeys: Set<String> = ["skills", "skill", "technologies", "tech", "stack", "tech_stack", "tools", "expertise", "competencies"]

    /// The names of skills sections, in every language the section table knows, without accents (keys are
    /// often written without them: `competences`).
    static let foldedSkillNames: Set<String> = Set(SectionClassifier.table.filter { $0.0 == .skills }.flatMap(\.1).map(fold))

    static func fold(_ s: String) -> String { s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) }

    /// Whether a front matter key names skills: `skills`, `tech_stack`, or a skills section's name in any
    /// language the section table knows (`competences`, `kenntnisse`).
    static func isFrontMatterSkillKey(_ key: String) -> Bool {
        if frontMatterKeys.contains(key) { return true }
        let words = key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return foldedSkillNames.contains(fold(words))
    }
}

extension SkillLines {
    /// Skill categories of the front matter: its lists under skills keys, or a `skills: Go, Rust` value.
    static func frontMatter(_ matter: MarkdownFrontMatter) -> [SkillCategory] {
        var categories: [SkillCategory] = []
        for list in matter.skillLists {
            let source = matter.range(of: list.key) ?? SourceRange(lines: 1, matter.endLine)
            let skills = list.items.flatMap { item in
                item.contains(",") ? MarkdownSkillReader.split(item, source: source) : [MarkdownSkillReader.skill(item, source: source)]
            }
            if !skills.isEmpty { categories.append(SkillCategory(name: list.name, skills: skills, source: source)) }
        }
        for key in ["skills", "technologies", "tech_stack", "stack"] {
            guard let value = matter.values[key], let source = matter.range(of: key) else { continue }
            let skills = MarkdownSkillReader.split(value, source: source)
            if skills.count >= 2 { categories.append(SkillCategory(name: nil, skills: skills, source: source)) }
        }
        return categories
    }
}

extension MarkdownCVParser {
    /// Skills outside skills sections: labelled lines and skill tables in the header, summary and unnamed
    /// sections; and the front matter's lists when the body has no skills.
    static func skillsOutsideSections(_ sections: [Section], matter: MarkdownFrontMatter?, read: [SkillCategory]) -> [SkillCategory] {
        var found: [SkillCategory] = []
        for (n, section) in sections.enumerated() where n == 0 || section.kind == .summary || section.kind == .other {
            found += SkillLines.read(Array(section.blocks))
        }
        if read.isEmpty, found.isEmpty, let matter { found += SkillLines.frontMatter(matter) }
        return found
    }
}
