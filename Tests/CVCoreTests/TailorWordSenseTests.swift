import Testing
@testable import CVCore

/// Session 17: words an ad uses in more than one sense. "Supported applications" and "our users" ask for no customer
/// support; examples in a parenthesis end at its bracket ("posts (e.g. …), and … outreach"); outreach is
/// communication in general, so a talk shows it beside the documents that show the writing. Made-up CV and ad.
struct TailorWordSenseTests {
    static let cv = """
        # Mira Castellane

        ## Experience

        ### Dunlow Freight

        **Platform Engineer** • Mar 2019 – Present

        - Wrote the runbook documentation for the shipment tracking service.
        - Gave a talk on queue back-pressure at a local developer meetup.
        - Built and maintained the parcel scanner app and the services behind it.
        - Handled customer escalations from the account managers.
        - Took part in the weekly on-call rotation for the tracking service.

        ## Skills

        Go, PostgreSQL
        """

    static let ad = """
        # Platform Engineer

        ## Responsibilities

        - Write blog posts (e.g. deep dives, postmortem summaries), and maximize the outreach of your work.
        - Take part in operational support rotas, including an out-of-hours on-call rota.
        - Has built and supported apps, ideally in Go or Rust.
        """

    static func requirement(_ prefix: String) throws -> RequirementMatch {
        try #require(try TailorFixture(cv: cv, ad: ad).requirement(prefix))
    }

    static func lines(_ m: RequirementMatch) -> [Int] { TailorFixture.lines(m) }

    /// The examples end at the bracket: "outreach" is asked, not an example; the talk (line 10) shows it beside the
    /// documentation (line 9) that shows the writing.
    @Test func examplesEndAtTheirBracket() throws {
        let m = try Self.requirement("Write blog posts")
        let outreach = TermScanner().stem("outreach")
        #expect(m.requirement.terms.contains(outreach))
        #expect(!m.requirement.exampleTerms.contains(outreach))
        #expect(m.isCovered)
        #expect(Self.lines(m).contains(9))
        #expect(Self.lines(m).contains(10))
    }

    /// "Operational support rotas … on-call rota": the on-call line (13) first, not the customer escalations (12).
    @Test func supportBesideOperationsIsNoCustomerSupport() throws {
        let m = try Self.requirement("Take part in operational support")
        #expect(m.isCovered)
        #expect(Self.lines(m).first == 13)
    }

    /// "Supported applications" is not met by handling customers (line 12).
    @Test func supportedApplicationsAreNoCustomers() throws {
        let m = try Self.requirement("Has built and supported")
        #expect(!Self.lines(m).contains(12))
    }

    /// "Written communication" still asks for writing only: the word the kind qualifies is no general ask.
    @Test func writtenCommunicationStaysWriting() throws {
        let requirement = JobAd(parsing: "# Writer\n\n## Requirements\n\n- Strong written communication.\n").requirements
            .first { $0.text.hasPrefix("Strong written") }
        let reading = AskedReading(try #require(requirement))
        #expect(reading.notAsked.contains(ConceptLexicon.prefix + "communication"))
    }

    /// "Customers" are people served, not things made to order: a custom processor (line 9) shows no customer work.
    @Test func aCustomPartIsNoCustomer() throws {
        let cv = """
            # Ilse Marchetti

            ## Experience

            ### Corvane Systems

            **Firmware Engineer** • 2019 – Present

            - Wrote the firmware for a custom signal processor.
            - Answered customer questions about the firmware by e-mail.
            """
        let ad = "# Firmware Engineer\n\n## Requirements\n\n- Experience working directly with customers.\n"
        let m = try #require(try TailorFixture(cv: cv, ad: ad).requirement("Experience working directly"))
        #expect(m.isCovered)
        #expect(Self.lines(m) == [10])
    }

    /// A fault tracked down is troubleshooting; a product's click tracking is measuring its users, no troubleshooting.
    @Test func trackingDownIsNotTracking() {
        let scanner = TermScanner(conceptExamples: true)
        let troubleshooting = ConceptLexicon.prefix + "troubleshooting", data = ConceptLexicon.prefix + "data"
        let fault = scanner.scan("Tracked down a memory leak in the image cache.")
        let clicks = scanner.scan("Built the click tracking pipeline for the mobile app.")
        #expect(fault.stems[troubleshooting] != nil)
        #expect(fault.stems[data] == nil)
        #expect(clicks.stems[troubleshooting] == nil)
        #expect(clicks.stems[data] != nil)
    }

    /// A requirement opening with a name in capitals asks for it ("BIM coordination" is not met by coordinating
    /// anything); SRE is running production, a craft the lexicon knows, not a name to find.
    @Test func aNameInCapitalsFirstIsAsked() throws {
        let cv = """
            # Oskar Brennholt

            ## Experience

            ### Fenmoor Rail

            **Operations Engineer** • 2018 – Present

            - Coordinated the weekly releases of four teams.
            - Took part in the on-call rotation for the timetable service.
            """
        let ad = "# Engineer\n\n## Requirements\n\n- BIM coordination.\n- SRE experience and on-call.\n"
        let fixture = try TailorFixture(cv: cv, ad: ad)
        let bim = try #require(fixture.requirement("BIM"))
        let sre = try #require(fixture.requirement("SRE"))
        #expect(!bim.isCovered)
        #expect(sre.isCovered)
    }

    /// Code versioning is version control, shown by its tools (Mercurial, line 10), not by coding nor by a release's
    /// version number (line 9).
    @Test func codeVersioningIsVersionControl() throws {
        let cv = """
            # Greta Ilunga

            ## Experience

            ### Tallowmere Games

            **Tools Programmer** • 2017 – Present

            - Wrote the code for version 2 of the level editor in C++.
            - Moved the studio's repositories from Mercurial to a new host.
            """
        let ad = "# Programmer\n\n## Requirements\n\n- Knows code versioning tools such as Git or SVN.\n"
        let m = try #require(try TailorFixture(cv: cv, ad: ad).requirement("Knows code versioning"))
        #expect(m.isCovered)
        #expect(TailorFixture.lines(m).first == 10)
        #expect(!TailorFixture.lines(m).contains(9))
    }
}
