import Foundation
import Testing
@testable import CVCore

/// What the focused variant must keep and what it may leave out, beyond the lines cited as evidence: a line
/// showing a competency of a covered requirement in its own words stays; a school's grades go once the CV lists
/// a degree. Made-up CVs and ads.
@Suite struct TailorKeepTests {
    static let job = """
        # Security Engineer

        ## Requirements

        - Securing production systems
        - Python scripting
        """

    static let cv = """
        # Kim Example

        ## Experience

        ### Lantern Bank

        Engineer • Jan 2021 – Present

        - Ran security reviews of the payment systems in production.
        - Wrote Python scripts that rotate the signing keys.
        - Organised the office quiz night.
        - Patched vulnerabilities within a day of their disclosure.

        ## Education

        ### University of Somewhere

        BSc Computer Science • 2014 – 2018

        ### Hillside High School

        A-Levels • 2012 – 2014

        - Maths (A), Physics (A), Art (B)
        - Prize for the best grades of the year
        """

    static func variant(_ cv: String = cv, options: TailorOptions = TailorOptions()) throws -> String {
        let document = try CVReader.parse(text: cv, path: "cv.md")
        var options = options
        options.referenceYear = 2026
        return Tailor.variant(text: cv, document: document, job: job, options: options).text
    }

    /// "Patched vulnerabilities" shares no word with the ad, but shows security, which the ad asks for and the
    /// CV covers: a reader keeps it. The quiz night serves nothing and goes.
    @Test func aLineShowingACoveredCompetencyInOtherWordsIsKept() throws {
        let text = try Self.variant()
        #expect(text.contains("Patched vulnerabilities within a day of their disclosure."))
        #expect(text.contains("Ran security reviews"))
        #expect(!text.contains("quiz night"))
    }

    /// A way of working (communication, teamwork) is not such a competency: every line shows some.
    @Test func onlyCraftCompetenciesCount() {
        #expect(VariantFocus.isCraftConcept(ConceptLexicon.prefix + "security"))
        #expect(!VariantFocus.isCraftConcept(ConceptLexicon.prefix + "communication"))
        #expect(!VariantFocus.isCraftConcept("secur"))
    }

    @Test func aSchoolKeepsItsHeadingWhenTheCVListsADegree() throws {
        let text = try Self.variant()
        #expect(text.contains("Hillside High School"))
        #expect(text.contains("BSc Computer Science"))
        #expect(!text.contains("Prize for the best grades"))
        #expect(!text.contains("Maths (A)"))
        let all = try Self.variant(options: TailorOptions(focus: false))
        #expect(all.contains("Prize for the best grades"))
    }

    @Test func aSchoolAloneKeepsItsLines() throws {
        let schoolOnly = Self.cv.replacingOccurrences(
            of: "### University of Somewhere\n\nBSc Computer Science • 2014 – 2018\n\n", with: "")
        #expect(!schoolOnly.contains("University of Somewhere"))
        #expect(try Self.variant(schoolOnly).contains("Prize for the best grades"))
    }
}
