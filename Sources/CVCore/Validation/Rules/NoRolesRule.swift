/// A CV without a single role.
public struct NoRolesRule: Rule {
    public static let description = RuleDescription(
        identifier: "no-roles", name: "No roles",
        summary: "The CV has no experience at all: no role could be read.",
        severity: .error,
        details: """
            An error when nothing of a CV could be read (no role, school, project, skill or summary): an emptied or \
            mangled file. A CV with education, projects, skills or a summary but no role is noted as info: a \
            student's or a first CV often has no job yet, and an academic CV may list none.
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Jan 2020 – Mar 2021
                """),
        ],
        triggeringExamples: [
            Example("""
                ↓# Jane Doe

                ## Interests

                - Sailing
                """),
            // Info: a student's CV with a school and projects but no job yet.
            Example("""
                ↓# Jane Doe

                ## Education

                **Northfield College** — BSc Computing, 2021 – 2024

                ## Projects

                - **Tidewatch**: a harbour timetable viewer
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document, document.roles.isEmpty else { return [] }
        var first = 1
        while first < context.lineCount, context.line(first).allSatisfy(\.isWhitespace) { first += 1 }
        let at = context.start(of: SourceRange(lines: first, first))
        guard document.education.isEmpty, document.projects.isEmpty, document.allSkills.isEmpty, document.summary == nil else {
            var note = context.finding("no roles found: no job could be read (a CV without jobs yet, or an experience section laid out in a way cvtrack cannot read)", at: at)
            note.severity = .info
            return [note]
        }
        return [context.finding("no roles found: the CV has no experience section that can be read", at: at)]
    }
}
