import Testing
@testable import CVCore

/// Session 17: a leader asked ("an experienced manager or team leader") is shown first by a line leading people, a
/// project manager by a line leading projects, not by managing a service or mentoring; a skills category's paragraph of
/// prose is evidence in its own words. Made-up CV and ad.
struct TailorLeadingTests {
    static let cv = """
        # Tomas Ekwueme

        ## Experience

        ### Harrowgate Labs

        **Senior Developer** • 2020 – Present

        - Managed the mail domains of our customers.
        - Mentored two interns through their first year.
        - Led a team of four developers building the booking engine.
        - Tech lead on three projects to replace the payment gateway.

        ## Skills

        ### Leadership

        I am comfortable taking charge of delivery and setting the direction of a product's roadmap.

        ### Languages

        Python, Go
        """

    static let ad = """
        # Delivery Lead

        ## Requirements

        - An experienced manager or team leader.
        - Solid project manager.
        - Thinks strategically and sets long-term roadmaps.
        """

    static func requirement(_ prefix: String) throws -> RequirementMatch {
        try #require(try TailorFixture(cv: cv, ad: ad).requirement(prefix))
    }

    static func lines(_ m: RequirementMatch) -> [Int] { TailorFixture.lines(m) }

    /// Leading a team (line 11) before managing mail domains (9) or mentoring (10).
    @Test func aLeaderIsShownByLeadingPeople() throws {
        let m = try Self.requirement("An experienced manager")
        #expect(m.isCovered)
        #expect(Self.lines(m).first == 11)
    }

    /// Leading three projects (line 12) first.
    @Test func aProjectManagerIsShownByLeadingProjects() throws {
        let m = try Self.requirement("Solid project manager")
        #expect(m.isCovered)
        #expect(Self.lines(m).first == 12)
    }

    /// The Leadership category's sentence about setting a roadmap (line 18) shows strategy.
    @Test func aSkillsParagraphIsEvidence() throws {
        let m = try Self.requirement("Thinks strategically")
        #expect(m.isCovered)
        #expect(Self.lines(m).contains(18))
    }

    @Test func whatIsLed() {
        #expect(TailorIndex.leads("Led a team of four developers", kind: .bullet) == [.people])
        #expect(TailorIndex.leads("Tech lead on three projects", kind: .bullet) == [.projects])
        #expect(TailorIndex.leads("Managed the mail domains of our customers", kind: .bullet).isEmpty)
        #expect(TailorIndex.leads("Lead Engineer at Acme", kind: .role) == [.people, .projects])
    }
}
