import Foundation
import Testing
@testable import CVCore

/// Requirements granted only where a careful reader would grant them (session 16): a product's website or UI is not
/// front-end work, a compound's words are the compound, written communication asks for writing, developing people
/// asks for mentoring, and a clause about a craft needs the craft shown.
struct TailorPrecisionTests {
    static func covered(_ cv: String, _ requirement: String) throws -> Bool {
        let ad = """
            # Engineer

            ## Requirements

            - \(requirement)
            """
        let report = Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad),
                                  referenceYear: 2026)
        let m = try #require(report.requirements.first { $0.requirement.text.hasPrefix(String(requirement.prefix(12))) })
        return m.isCovered
    }

    static func cv(_ bullets: String...) -> String {
        """
        # Sam Quill

        ## Experience

        ### Lanternfish Labs

        **Software Engineer** • Mar 2021 – Present

        \(bullets.map { "- " + $0 }.joined(separator: "\n"))
        """
    }

    /// A website or web application built, or a product's UI named, is not front-end work shown; a web developer
    /// or the client side's own words (browser, components, styles) show it.
    @Test func webWordsAloneDoNotShowTheFrontEnd() throws {
        let site = Self.cv("Maintained the booking website and its payment web application in PHP.")
        #expect(try !Self.covered(site, "Front-end development"))
        let client = Self.cv("Rebuilt the checkout pages as browser components with modern CSS.")
        #expect(try Self.covered(client, "Front-end development"))
        let developer = Self.cv("Worked as a web developer on the booking flow.")
        #expect(try Self.covered(developer, "Front-end development"))
        // The ad's own word does not make a product's UI its holder's work.
        #expect(try !Self.covered(Self.cv("Kept the admin UI's server online."), "UI/UX work"))
        #expect(try Self.covered(Self.cv("Built the admin UI's forms with React and CSS."), "UI/UX work"))
    }

    /// Operations on data (a program's) and an operating system are not a service run in production: on-call work
    /// is shown by incidents, pagers and rotas, or by the ad's own word.
    @Test func aProgramsOperationsAreNoOnCall() throws {
        let data = Self.cv("Wrote a storage layer that batches complex operations on sharded tables.",
                           "Ported the agent to three operating systems.")
        #expect(try !Self.covered(data, "Share on-call responsibilities"))
        let pager = Self.cv("Carried the pager on a weekly on-call rota and led the incident reviews.")
        #expect(try Self.covered(pager, "Share on-call responsibilities"))
    }

    /// "Accessible" keeps its own stem: data access and systems accessed through a library are no user interface.
    @Test func dataAccessIsNoAccessibility() throws {
        let access = Self.cv("Wrote a caching layer to speed up data access for the reporting jobs.")
        #expect(try !Self.covered(access, "Improve the accessibility of our product"))
        let a11y = Self.cv("Audited every form for accessibility and fixed the screen-reader labels.")
        #expect(try Self.covered(a11y, "Improve the accessibility of our product"))
    }

    /// A sentence about the employer's product ("… offers an app and a web UI") names the product's interface, not
    /// its holder's work on it.
    @Test func theEmployersProductUIIsNotItsHoldersFrontEnd() throws {
        let text = """
            # Sam Quill

            ## Experience

            ### Lanternfish Labs

            **Software Engineer** • Mar 2021 – Present

            Lanternfish offers an interactive parcel map in every browser.

            - Tuned the routing service's database queries.
            """
        #expect(try !Self.covered(text, "Front-end development"))
        let own = Self.cv("Built an interactive parcel map that runs in every browser.")
        #expect(try Self.covered(own, "Front-end development"))
    }

    /// The words of a competency's compound ("user-facing") are that compound: the competency only one of them carries
    /// ("user": customers) is not asked, and they are not other words the clause leaves unmet.
    @Test func aCompoundsWordsAreTheCompound() throws {
        let job = JobAd(parsing: """
            # Engineer

            ## Requirements

            - Build user-facing screens
            - Turn the designers' mock-ups into UI/UX
            - Solid system design and architecture
            - Clear written communication
            - Written and verbal communication
            """)
        let readings = job.requirements.filter { $0.kind != .title }.map(AskedReading.init)
        #expect(readings[0].compoundParts.isSuperset(of: ["user", "face"]))
        #expect(readings[0].notAsked.contains("~customers"))
        #expect(!readings[0].notAsked.contains("~frontend"))
        // "design" beside UI/UX is the interface's design; beside architecture it is the system's.
        #expect(readings[1].notAsked.contains("~architecture"))
        #expect(!readings[2].notAsked.contains("~architecture"))
        // One kind of communication asks for that kind; both kinds for communication at large.
        #expect(readings[3].notAsked.contains("~communication"))
        #expect(!readings[4].notAsked.contains("~communication"))
    }

    /// Written communication asks for writing: talks and mentoring show speaking, not documents (and a wiki kept tidy
    /// shows writing only in part: a wiki is software as often as pages written).
    @Test func writtenCommunicationAsksForWriting() throws {
        let talks = Self.cv("Mentored two interns and gave talks at the local meetup.", "Kept the team wiki tidy.")
        #expect(try !Self.covered(talks, "Strong written communication skills"))
        let docs = Self.cv("Wrote the onboarding documentation and the team's runbook articles.")
        #expect(try Self.covered(docs, "Strong written communication skills"))
    }

    /// Developing people is shown by mentoring, coaching and teaching others, not by leading a team or hiring for it.
    @Test func developingPeopleAsksForMentoring() throws {
        let lead = Self.cv("Led the payments team and hired four engineers.")
        #expect(try !Self.covered(lead, "An interest in developing people"))
        let mentor = Self.cv("Mentored three junior engineers through their first year.")
        #expect(try Self.covered(mentor, "An interest in developing people"))
    }

    /// A clause about a craft (buying: procurement) is not met by the ideas and business words around it where no
    /// line shows the craft at least half: "contracts" alone (a job's terms as often as buying), in a role of long ago.
    @Test func aCraftClauseNeedsTheCraftShown() throws {
        func cv(_ old: String) -> String {
            """
            # Sam Quill

            ## Experience

            ### Lanternfish Labs

            **Software Engineer** • Mar 2021 – Present

            - Brought creative ideas to every planning meeting.
            - Answered questions from our business customers.

            ### Heron Print

            **Office Clerk** • Feb 1998 – May 2001

            - \(old)
            """
        }
        let ask = "Ideas on procurement for businesses"
        #expect(try !Self.covered(cv("Signed the contracts for the office lease."), ask))
        #expect(try Self.covered(cv("Ran the supplier tenders for the print shop."), ask))
        // Users served and a website kept up: the front end is shown by its weak words only.
        let ux = "Make the app's user experience and accessibility better"
        #expect(try !Self.covered(Self.cv("Kept our customers happy and the website online."), ux))
        #expect(try Self.covered(Self.cv("Made the sign-up pages accessible to screen readers for our customers."), ux))
    }
}

/// A line showing the craft the job's title names ("Full Stack": whole web applications) is the job itself: it keeps
/// an old role's line in the focused variant; for a job of another craft the old role keeps its heading only.
struct TailorTitleCraftFocusTests {
    @Test func anOldLineShowingTheTitlesCraftStays() throws {
        let cv = """
            # Sam Quill

            ## Experience

            ### Lanternfish Labs

            **Platform Engineer** • Mar 2021 – Present

            - Ran the Kafka clusters and their alerting.
            - Cut the build times of the monorepo by half.

            ### Heron Print

            **Developer** • Feb 2004 – May 2008

            - Developing PHP web applications for print shops.
            - Repaired the office printers.
            - Watered the plants.
            """
        let job = """
            # Full Stack Software Engineer

            ## Requirements

            - Run Kafka in production
            """
        let document = try CVReader.parse(text: cv, path: "cv.md")
        let variant = Tailor.variant(text: cv, document: document, job: job, options: TailorOptions(referenceYear: 2026))
        #expect(variant.text.contains("Developing PHP web applications for print shops."))
        // For a job of another craft, the old role keeps its heading only.
        let other = job.replacingOccurrences(of: "Full Stack Software Engineer", with: "Site Reliability Engineer")
        let off = Tailor.variant(text: cv, document: document, job: other, options: TailorOptions(referenceYear: 2026))
        #expect(!off.text.contains("Developing PHP web applications for print shops."))
    }
}

/// Infrastructure as code is a practice of its own: its "code" is no programming, and the tools that write
/// infrastructure down (Terraform, Puppet, CloudFormation) show it.
struct TailorInfraCodeTests {
    @Test func infrastructureAsCodeIsNoProgramming() throws {
        let coder = TailorPrecisionTests.cv("Wrote the billing service's code in Kotlin and reviewed the team's code.")
        #expect(try !TailorPrecisionTests.covered(coder, "Build our infrastructure as code"))
        let tools = TailorPrecisionTests.cv("Described every staging host in Terraform modules kept beside the app.")
        #expect(try TailorPrecisionTests.covered(tools, "Build our infrastructure as code"))
        let named = TailorPrecisionTests.cv("Moved the lab's servers to infrastructure as code, reviewed like any change.")
        #expect(try TailorPrecisionTests.covered(named, "Build our infrastructure as code"))
        // The practice named does not ask for programming, nor does a line naming it show programming.
        #expect(try !TailorPrecisionTests.covered(named, "Strong coding skills"))
    }
}

/// A short clause made of three crafts' words ("debug operational alerts") asks for one piece of work showing them
/// together: one line per craft, pieced together from unrelated work, meets it only in part.
struct TailorPiecedClauseTests {
    @Test func aClauseOfCraftsIsNotPiecedFromUnrelatedLines() throws {
        let pieces = TailorPrecisionTests.cv("Fixed bugs in the invoicing app's export screen.",
                                             "Ran operational chores for the warehouse team.",
                                             "Added logging to the mobile client's sync.")
        #expect(try !TailorPrecisionTests.covered(pieces, "Debug operational alerts"))
        let together = TailorPrecisionTests.cv("Debugged the incidents our alerting raised while on call.")
        #expect(try TailorPrecisionTests.covered(together, "Debug operational alerts"))
        // A list of crafts is met thing by thing.
        #expect(try TailorPrecisionTests.covered(pieces, "Debugging, operational work, logging"))
    }
}

/// A word of making or of a kind ("design", "prototyping", "UI") said of other things asks for those things: a line
/// showing architecture about something else does not meet "design wireframes".
struct TailorMadeThingTests {
    @Test func designingSomethingElseIsNotTheThingAsked() throws {
        let architect = TailorPrecisionTests.cv("Set the architecture of the payments platform and its failover.")
        #expect(try !TailorPrecisionTests.covered(architect, "Design wireframes for our booking app"))
        #expect(try !TailorPrecisionTests.covered(architect, "A portfolio of UX design"))
        let designer = TailorPrecisionTests.cv("Designed the wireframes and mockups of a clinic's booking app.")
        #expect(try TailorPrecisionTests.covered(designer, "Design wireframes for our booking app"))
        // Architecture asked by its own word is met by the architect's line.
        #expect(try TailorPrecisionTests.covered(architect, "Software architecture"))
    }
}
