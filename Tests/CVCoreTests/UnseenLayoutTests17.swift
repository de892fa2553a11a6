import Testing
@testable import CVCore

private func parseText(_ text: String) throws -> CVDocument { try PlainTextCVParser().parse(text) }
private func role(_ r: Role) -> String { "\(r.organisation ?? "-") | \(r.title ?? "-")" }

/// The employer and the title one after the other on one PDF line, no separator between them.
@Suite struct NameBeforeTitleTests {
    @Test func employerThenTitleOnOneLine() throws {
        let doc = try parseText("""
            Odile Marchetti
            odile@example.org

            WORK EXPERIENCE

            Brackenfold Labs Senior platform engineer                                       2020–current
             • Ran the deploy pipeline for nine product teams.

            Tallow Creek Systems Kotlin and Rust backend developer (contract)                 2017–2020
             • Wrote the billing service.

            Quenby Linux systems administrator                                                2014–2017
             • Kept forty servers patched.

            Harrowgate Freight Ltd. Programmer Trainee (Summer)                               2013–2013
             • Built reports for the depot.

            EDUCATION

            Eastvale University   BSc Computing   2010 – 2013
            """)
        #expect(doc.roles.map(role) == [
            "Brackenfold Labs | Senior platform engineer",
            "Tallow Creek Systems | Kotlin and Rust backend developer (contract)",
            "Quenby | Linux systems administrator",
            "Harrowgate Freight Ltd. | Programmer Trainee (Summer)",
        ])
    }

    @Test func aTitleAloneStaysWhole() throws {
        #expect(EntryFields.splitNameFromTitle("Graduate Teaching Assistant") == nil)
        #expect(EntryFields.splitNameFromTitle("Senior Software Engineer") == nil)
        #expect(EntryFields.splitNameFromTitle("Undergraduate Research assistant") == nil)
        #expect(EntryFields.splitNameFromTitle("Warehouse Engineer/IT support engineer") == nil)
        #expect(EntryFields.splitNameFromTitle("Visiting Scholar") == nil)
    }
}
