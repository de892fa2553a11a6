import Testing
@testable import CVCore

/// How the clauses of an ad are read into what they ask: examples after "including", asides about what the
/// reader would do, one-word headings, verbs sharing one object. Every ad here is made up.
@Suite struct TailorAdClauseTests {
    static func requirement(_ job: JobAd, _ prefix: String) -> JobRequirement? {
        job.requirements.first { $0.text.hasPrefix(prefix) }
    }

    @Test func skillsAfterIncludingIllustrateTheCompetencyBeforeThem() throws {
        let job = JobAd(parsing: """
            # Network Engineer

            ## Requirements

            * Experience running cloud networking, including DNS, CDNs and load balancers.
            * Deep knowledge of Postgres, including replication and backups.
            """)
        let networking = try #require(Self.requirement(job, "Experience running cloud networking"))
        // Any of them shows the networking asked; none is asked for itself.
        #expect(networking.skillsAreExamples)
        #expect(networking.skills.contains("DNS"))
        // A skill before "including" is what is asked: what follows are parts of it, not examples of a competency.
        let postgres = try #require(Self.requirement(job, "Deep knowledge of Postgres"))
        #expect(!postgres.skillsAreExamples)
    }

    @Test func aHedgeAfterACommaKeepsTheListItPrefersInOneRequirement() {
        let job = JobAd(parsing: """
            # Platform Engineer

            ## Requirements

            * Scripting experience, ideally with Ruby, Lua or Perl.
            """)
        let texts = job.requirements.map(\.text)
        // One ask with the languages it prefers, not "Scripting experience", "ideally with Ruby" and a must-have "Lua or Perl".
        #expect(texts.contains("Scripting experience, ideally with Ruby, Lua or Perl."))
        #expect(!texts.contains { $0.hasPrefix("Lua or Perl") })
    }

    @Test func aListItemEndingInAColonOverIndentedItemsIntroducesThem() throws {
        let job = JobAd(parsing: """
            # Data Platform Engineer

            ## What you'll do

              * You will help run the platforms for:
                * Streaming ingestion of tide gauge readings.
                * Nightly model retraining.
              * Storage:
                * Ceph clusters
              * Keep these in mind:
              * Answer pages from the harbour office.
              * Tune the berth scheduler for busy tides. A few things you might pick up:
                * Crane telemetry
            """)
        let texts = job.requirements.map(\.text)
        // The lead-ins ask nothing of their own; what they introduce is asked.
        #expect(!texts.contains("You will help run the platforms for:"))
        #expect(!texts.contains("Storage:"))
        #expect(texts.contains("Streaming ingestion of tide gauge readings."))
        #expect(try #require(Self.requirement(job, "Ceph clusters")).kind == .responsibility)
        // An item ending in a colon over an item of its own depth introduces nothing: it stays.
        #expect(texts.contains("Keep these in mind:"))
        #expect(texts.contains("Answer pages from the harbour office."))
        // Only the sentence that introduces them is a lead-in: the one before it in the item is asked.
        #expect(texts.contains("Tune the berth scheduler for busy tides."))
        #expect(!texts.contains { $0.contains("A few things you might pick up") })
    }

    @Test func whatTheReaderWouldLearnOrSwitchToIsNotAsked() throws {
        let job = JobAd(parsing: """
            # Backend Developer

            ## Requirements

            * C or C++ developers willing to switch to Go are welcome
            * Happy to learn Elixir on the job
            * A background in routing (Java, C#, or another typed language, willing to switch)
            * Five years of Kotlin
            """)
        let switching = try #require(Self.requirement(job, "C or C++ developers"))
        #expect(switching.skills.contains("C"))
        #expect(!switching.skills.contains("Go"))
        // Only the learning is said: the language is not asked.
        #expect(Self.requirement(job, "Happy to learn Elixir").map { $0.skills.isEmpty && !$0.terms.contains { $0.hasPrefix("elixir") } } ?? true)
        // The aside in parentheses asks for no switching (of networks or anything else); the routing stays asked.
        let routing = try #require(Self.requirement(job, "A background in routing"))
        #expect(!routing.terms.contains { $0.hasPrefix("switch") })
        #expect(routing.terms.contains { $0.hasPrefix("rout") })
        #expect(try #require(Self.requirement(job, "Five years of Kotlin")).skills == ["Kotlin"])
    }

    @Test func aFrontMattersListsAreSectionsAndItsTagsAskNothing() throws {
        let job = JobAd(parsing: """
            ---
            title: "Harbour Systems Engineer"
            description: |
              We're hiring an engineer to keep the port's booking systems running.
            requirements:
              - "4+ years running Linux servers"
              - "Experience with PostgreSQL replication"
            responsibilities:
              - "Own the on-call rota for the booking platform"
            benefits:
              - "Thirty days of paid leave"
            tags:
              - remote-friendly
              - hiring
            ---

            We moor ferries and freighters along the estuary.
            """)
        #expect(job.title == "Harbour Systems Engineer")
        #expect(try #require(Self.requirement(job, "4+ years running Linux")).kind == .mustHave)
        #expect(try #require(Self.requirement(job, "Own the on-call rota")).kind == .responsibility)
        #expect(try #require(Self.requirement(job, "Thirty days of paid leave")).kind == .benefit)
        // A block scalar's mark is no text.
        #expect(try #require(Self.requirement(job, "We're hiring an engineer")).kind == .context)
        #expect(!job.requirements.contains { $0.text.hasPrefix("|") || $0.text.contains("remote-friendly") })
        // The text after the front matter is under none of its sections.
        #expect(try #require(Self.requirement(job, "We moor ferries")).kind == .context)
    }

    @Test func verbsListedBeforeTheirObjectsShareThem() {
        let job = JobAd(parsing: """
            # Payments Engineer

            ## What you'll do

            * You will build, ship and run our ledger, our payouts, and our fraud checks
            * Write unit tests, integration tests, and load tests
            """)
        let texts = job.requirements.map(\.text)
        // One requirement: "You will build" alone asks for nothing built.
        #expect(texts.contains("You will build, ship and run our ledger, our payouts, and our fraud checks"))
        #expect(!texts.contains("You will build"))
        // A list of things, not of verbs, is cut as before.
        #expect(texts.contains("Write unit tests"))
    }

    @Test func aParenthesisHoldingOnlyAHedgeHedgesTheWhole() throws {
        let job = JobAd(parsing: """
            # Firmware Engineer

            ## Requirements

            * Experience shipping firmware for medical pumps (a big plus)
            * Experience with Zephyr (ideally on Nordic chips), C and CMake
            """)
        #expect(try #require(Self.requirement(job, "Experience shipping firmware")).kind == .niceToHave)
        // A hedge in parentheses among other words hedges what they hold only.
        #expect(try #require(Self.requirement(job, "Experience with Zephyr")).kind == .mustHave)
    }

    @Test func aWhyTheEmployerHeadingListsWhatItOffers() throws {
        let job = JobAd(parsing: """
            # Support Engineer

            ## Why Fernbrook?

            * Flexible hours and a yearly book allowance
            """)
        #expect(try #require(Self.requirement(job, "Flexible hours")).kind == .benefit)
    }

    @Test func proseWhoseSubjectIsTheEmployerTellsOfIt() throws {
        let job = JobAd(parsing: """
            # Platform Engineer
            ### Harrowgate

            Harrowgate, a ferry operator, runs forty routes across the bay with Kafka and Postgres.

            Harrowgate is seeking a platform engineer to keep its booking site up. Harrowgate wants you on call one week a month.
            """)
        #expect(job.company == "Harrowgate")
        #expect(try #require(Self.requirement(job, "Harrowgate, a ferry operator")).kind == .boilerplate)
        // What it says of the job, or to the reader, is the ad's prose.
        #expect(try #require(Self.requirement(job, "Harrowgate is seeking")).kind == .context)
        #expect(try #require(Self.requirement(job, "Harrowgate wants you")).kind == .context)
    }

    @Test func skillsJoinedByACapitalAndOrByBothAreAllAsked() throws {
        let job = JobAd(parsing: """
            # Mobile Engineer

            ## Requirements

            * Shipping apps in Kotlin AND Swift
            * Fluent in both Dart and Elm
            * Experience with Kotlin and Swift
            """)
        #expect(try #require(Self.requirement(job, "Shipping apps in Kotlin AND Swift")).anyOfSkills == false)
        #expect(try #require(Self.requirement(job, "Fluent in both Dart and Elm")).anyOfSkills == false)
        // A must-have listing skills plainly is met by any of them, as before.
        #expect(try #require(Self.requirement(job, "Experience with Kotlin and Swift")).anyOfSkills)
    }

    @Test func aDescriptionOfAThingInProseIsNotCutIntoAsks() {
        let job = JobAd(parsing: """
            # Telemetry Engineer

            ## The role

            You will extend the sensor gateway of our weather buoys. It is event-driven, sharded, and fault-tolerant, and feeds storm alerts, tide charts, wave forecasts, and research archives.

            We look for people with async Rust services, gRPC API design, Kafka stream processing, and schema evolution.
            """)
        let texts = job.requirements.map(\.text)
        #expect(texts.contains { $0.hasPrefix("It is event-driven, sharded, and fault-tolerant") })
        #expect(!texts.contains("sharded"))
        // A list of things asked, in prose, is still cut.
        #expect(texts.contains("gRPC API design"))
    }
}
