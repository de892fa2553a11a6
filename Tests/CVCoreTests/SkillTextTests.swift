import Testing
@testable import CVCore

@Suite struct SkillTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let name: String
        let level: String?
        let years: Int?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "C (proficient) (19 years)", name: "C", level: "proficient", years: 19),
        Case(text: "C++ (C++17, ranges, fmt) (proficient) (5 years)", name: "C++", level: "proficient", years: 5),
        Case(text: "Python (beginner)", name: "Python", level: "beginner", years: nil),
        Case(text: "Go: 3 years", name: "Go", level: nil, years: 3),
        Case(text: "golang - 5+ yrs", name: "Go", level: nil, years: 5),
        Case(text: "Postgres (Expert)", name: "PostgreSQL", level: "Expert", years: nil),
        Case(text: "Rust: intermediate", name: "Rust", level: "intermediate", years: nil),
        Case(text: "Kotlin (2 years, advanced)", name: "Kotlin", level: "advanced", years: 2),
        Case(text: "Terraform", name: "Terraform", level: nil, years: nil),
        Case(text: "Microsoft .NET", name: ".NET", level: nil, years: nil),
        Case(text: "C/C++", name: "C/C++", level: nil, years: nil),
        Case(text: "CI/CD (GitHub Actions, Jenkins)", name: "CI/CD", level: nil, years: nil),
        Case(text: "Java (1 year)", name: "Java", level: nil, years: 1),
    ]

    @Test(arguments: cases)
    func readsNameLevelAndYears(_ c: Case) {
        let source = SourceRange(lines: 1, 1)
        let skill = SkillText.parse(c.text, source: source)
        #expect(skill.text == c.text)
        #expect(skill.name == c.name)
        #expect(skill.level == c.level)
        #expect(skill.years == c.years)
        #expect(skill.source == source)
    }

    @Test func whitespaceIsCollapsedInTheText() {
        let skill = SkillText.parse("  Python   (beginner) ", source: SourceRange(lines: 1, 1))
        #expect(skill.text == "Python (beginner)")
        #expect(skill.name == "Python")
    }
}
