import Testing
@testable import CVCore

@Suite struct SkillLexiconTests {
    @Test(arguments: [
        ("Postgres", "PostgreSQL"), ("postgresql", "PostgreSQL"), ("k8s", "Kubernetes"), ("golang", "Go"),
        ("Apache Kafka", "Kafka"), ("NodeJS", "Node.js"), ("Nestjs", "NestJS"), ("TailwindCSS", "Tailwind CSS"),
        ("Github Actions", "GitHub Actions"), ("Microsoft .NET", ".NET"), ("Typescript", "TypeScript"),
        ("  Amazon   Web Services ", "AWS"),
    ])
    func aliasesReadAsTheirCanonicalName(alias: String, canonical: String) {
        #expect(SkillLexicon.canonical(alias) == canonical)
    }

    @Test func unknownSkillsKeepTheirSpelling() {
        #expect(SkillLexicon.canonical("Zig") == nil)
        #expect(SkillLexicon.canonicalOrSelf("  Zig  ") == "Zig")
    }

    @Test func everyAliasBelongsToOneCanonicalName() {
        var owner: [String: String] = [:]
        for (canonical, aliases) in SkillLexicon.entries {
            for alias in aliases + [canonical] {
                let key = SkillLexicon.key(alias)
                if let other = owner[key] { #expect(other == canonical, "\(alias) is claimed by \(other) and \(canonical)") }
                owner[key] = canonical
            }
        }
    }

    @Test(arguments: [
        ("Spanish: Native, English: Basic", true), ("English (C1), German (B2)", true), ("French, Mandarin", true),
        ("Python, Go, Rust", false), ("JavaScript, TypeScript", false), ("", false),
    ])
    func spokenLanguagesAreToldFromProgrammingLanguages(text: String, spoken: Bool) {
        #expect(SkillLexicon.looksLikeSpokenLanguages(text) == spoken)
    }
}
