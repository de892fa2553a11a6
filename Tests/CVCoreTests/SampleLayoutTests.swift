import Testing
@testable import CVCore

/// The project's own CVs in layouts real CVs use (`samples/layouts/`), read as their author meant them: the shared
/// reader on plain text with space-padded columns and a bare heading among underlined ones, on Markdown headings
/// that start with their dates in French, and on a table of roles.
@Suite struct SampleLayoutTests {
    static func read(_ name: String) throws -> CVDocument {
        let text = try #require(MarkdownTestCorpus.file(MarkdownTestCorpus.repository + "/samples/layouts/" + name))
        return try CVReader.parse(text: text, path: name)
    }

    static func rows(_ document: CVDocument) -> [String] {
        document.roles.map { "\($0.organisation ?? "-") | \($0.title ?? "-") | \($0.start?.description ?? "-") | \($0.end?.description ?? "-")" }
    }

    @Test func columnsPaddedWithSpaces() throws {
        let document = try Self.read("columns.txt")
        #expect(document.format == .plainText)
        #expect(Self.rows(document) == [
            "Fernhill Analytics | Senior Data Engineer | 2021-03 | present",
            "Fernhill Analytics | Data Engineer | 2018-06 | 2021-02",
            "Harbour Systems Ltd. | Analyst | 2016 | 2016",
        ])
        #expect(document.roles.first?.location == "London, UK")
        #expect(document.roles.map(\.bullets.count) == [2, 1, 1])
        #expect(document.education.map(\.institution) == ["University of Leeds", "University of York"])
        #expect(document.education.map(\.qualification) == ["MSc Data Science", "BSc Mathematics"])
        #expect(document.allSkills.map(\.name).contains("Kafka"))
    }

    @Test func frenchHeadingsThatStartWithTheirDates() throws {
        let document = try Self.read("dates-first.md")
        #expect(Self.rows(document) == [
            "Atelier Numérique | Développeuse Go | 2021 | present",
            "Studio Lumière SARL | Développeuse PHP | 2018-03 | 2021-06",
        ])
        #expect(document.education.map(\.institution) == ["Université de Lyon", "Université de Lyon"])
        #expect(document.allSkills.map(\.name).contains("Kubernetes"))
    }

    @Test func aTableOfRolesAndAVolunteeringTrap() throws {
        let document = try Self.read("table.md")
        #expect(Self.rows(document) == [
            "Northgate Bank | Site Reliability Engineer | 2022-01 | present",
            "Coastline Hosting Ltd | Systems Administrator | 2019-09 | 2021-12",
            "Riverside College | IT Support Technician | 2017 | 2019",
        ])
        // Three employers, three groups; the volunteering line is no role.
        #expect(Set(document.roles.map(\.group)).count == 3)
        #expect(document.allSkills.map(\.name).contains("Terraform"))
    }
}
