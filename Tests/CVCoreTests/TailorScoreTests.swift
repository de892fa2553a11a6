import Foundation
import Testing
@testable import CVCore

/// The match score (`TailorScore`), calibrated by design on made-up CVs and an ad: every must-have covered with
/// the ad's stack in a recent role scores at least 80, none under 15; a long CV of ordinary words does not outscore
/// a short one with the ad's stack; an old role shows less than a current one.
@Suite struct TailorScoreTests {
    static let job = """
        # Backend Engineer (Go)

        ## Requirements

        - Go in production
        - PostgreSQL schema design and tuning
        - Kafka or another message queue
        - Docker and Kubernetes
        - Clear written communication

        ## Nice to have

        - Terraform

        ## What we offer

        - Generous holidays and a learning budget
        """

    /// Shows every must-have in a current role.
    static let fit = """
        # Robin Example

        ## Experience

        ### Quayside Payments

        Backend Engineer • Jan 2022 – Present

        - Wrote Go services that consume payment events from Kafka.
        - Designed the PostgreSQL schema and tuned its slowest queries.
        - Shipped every service in Docker containers on Kubernetes.
        - Wrote the design documents and runbooks for the team.

        ## Skills

        - Go, PostgreSQL, Kafka, Docker, Kubernetes, Terraform
        """

    /// Shows about half of them: Go and PostgreSQL, in a current Go role.
    static let half = """
        # Sam Example

        ## Experience

        ### Harbour Ledger

        Backend Engineer • Jan 2022 – Present

        - Wrote Go services for the ledger.
        - Designed the PostgreSQL schema and tuned its slowest queries.

        ## Skills

        - Go, PostgreSQL
        """

    /// A gardener: none of them.
    static let none = """
        # Alex Example

        ## Experience

        ### Green Acres

        Head Gardener • Mar 2015 – Present

        - Planted and pruned the orchard every season.
        - Trained the apprentices in hedge laying.

        ## Skills

        - Pruning, grafting, composting
        """

    /// A long CV of ordinary words the ad shares ("design", "production", "team", "services", "written"), none
    /// of its stack.
    static let long: String = {
        var text = """
            # Jo Example

            ## Experience

            """
        let lines = [
            "Designed the production schedule for the print team.", "Wrote clear written guides for new staff.",
            "Ran the design reviews of the shop's services.", "Tuned the workflow of the production floor.",
            "Led the team that moved the warehouse to a new site.", "Wrote weekly written reports for the board.",
        ]
        for (n, year) in (2008...2025).reversed().enumerated() {
            text += "\n### Example Works \(n)\n\nProduction Coordinator • Jan \(year) – Dec \(year)\n\n"
            for line in lines { text += "- \(line)\n" }
        }
        return text
    }()

    static func score(_ cv: String) throws -> Int {
        let document = try CVReader.parse(text: cv, path: "cv.md")
        return Tailor.match(document: document, job: JobAd(parsing: job), referenceYear: 2026).score
    }

    @Test func aCVCoveringEveryMustHaveScoresAtLeast80() throws {
        #expect(try Self.score(Self.fit) >= 80)
    }

    @Test func aCVCoveringNoneScoresUnder15() throws {
        #expect(try Self.score(Self.none) < 15)
    }

    @Test func halfTheMustHavesScoreAboutHalf() throws {
        let score = try Self.score(Self.half)
        #expect(score >= 35 && score <= 65, "\(score)")
    }

    @Test func aLongCVOfOrdinaryWordsDoesNotOutscoreAShortOneWithTheStack() throws {
        let long = try Self.score(Self.long)
        #expect(long < 25, "\(long)")
        #expect(long < (try Self.score(Self.half)))
    }

    /// The same work ten years ago counts less than today.
    @Test func anOldRoleShowsLessThanACurrentOne() throws {
        let old = Self.fit.replacingOccurrences(of: "Jan 2022 – Present", with: "Jan 2012 – Dec 2015")
        #expect(try Self.score(old) < (try Self.score(Self.fit)))
    }

    /// Titles at one employer listed newest first, the body once under the oldest: the body is the whole stay's,
    /// as current as the newest title. At two employers it is the old role's alone.
    @Test func aBodyUnderTheLastOfOneEmployersTitlesIsAsRecentAsTheFirst() throws {
        let old = Self.fit.replacingOccurrences(of: "Backend Engineer • Jan 2022 – Present", with: "Backend Engineer • Jan 2012 – Dec 2015")
        let chain = old.replacingOccurrences(of: "### Quayside Payments\n", with: """
            ### Quayside Payments

            Staff Engineer • Jan 2019 – Present

            ### Quayside Payments

            Senior Engineer • Jan 2016 – Dec 2018

            ### Quayside Payments

            """)
        let elsewhere = chain.replacingOccurrences(of: "### Quayside Payments\n\nBackend", with: "### Dockside Ledger\n\nBackend")
        let document = try CVReader.parse(text: chain, path: "cv.md")
        #expect(document.roles.count == 3 && document.roles[2].bullets.count == 4, "\(document.roles.map(\.title))")
        let (chained, apart, current, past) = (try Self.score(chain), try Self.score(elsewhere), try Self.score(Self.fit), try Self.score(old))
        #expect(chained > apart, "\(chained) \(apart)")
        #expect(chained > past, "\(chained) \(past)")
        #expect(chained <= current, "\(chained) \(current)")
    }

    /// A title of the same craft ("Web Developer" for "Frontend Engineer") is nearer the job than one sharing only
    /// the word any job has ("Engineer").
    @Test func aTitleOfTheSameCraftIsNearerTheJobThanTheGenericWord() throws {
        let ad = JobAd(parsing: """
            # Frontend Engineer

            ## Requirements

            - Accessible interfaces
            - Clear written communication
            """)
        func similarity(_ title: String) throws -> Double {
            let cv = """
                # Kim Example

                ## Experience

                ### Lantern Studio

                \(title) • Jan 2021 – Present

                - Wrote the release notes every month.
                """
            let index = TailorIndex(document: try CVReader.parse(text: cv, path: "cv.md"), referenceYear: 2026)
            let title = try #require(ad.requirements.first { $0.kind == .title })
            return TailorScore.titleSimilarity(index, titleStems: TailorScore.contentStems(title.terms), title: title.text)
        }
        let web = try similarity("Web Developer"), engineer = try similarity("Engineer"), same = try similarity("Frontend Engineer")
        #expect(web > engineer, "\(web) \(engineer)")
        #expect(same > web, "\(same) \(web)")
        #expect(try similarity("Head Gardener") == 0)
    }

    /// Benefits ask nothing: adding them to an ad does not change a score.
    @Test func benefitsWeighNothing() throws {
        let document = try CVReader.parse(text: Self.half, path: "cv.md")
        let plain = Self.job.components(separatedBy: "## What we offer").first ?? Self.job
        let with = Tailor.match(document: document, job: JobAd(parsing: Self.job), referenceYear: 2026).score
        let without = Tailor.match(document: document, job: JobAd(parsing: plain), referenceYear: 2026).score
        #expect(with == without)
    }

    /// A nice-to-have naming the ad's stack stays a nice-to-have: the ad says the job is done without it, so a CV
    /// that meets every must-have but not it is still a strong fit.
    @Test func aNiceToHaveNamingTheStackIsNotCore() throws {
        let job = """
            # Go Developer

            ## Requirements

            - PostgreSQL schema design and tuning
            - Kafka or another message queue
            - Docker and Kubernetes

            ## Nice to have

            - Go is not a hard requirement: experience with it is a plus
            """
        let noGo = Self.fit.replacingOccurrences(of: "Wrote Go services", with: "Wrote Java services")
            .replacingOccurrences(of: "- Go, PostgreSQL", with: "- Java, PostgreSQL")
        let document = try CVReader.parse(text: noGo, path: "cv.md")
        let score = Tailor.match(document: document, job: JobAd(parsing: job), referenceYear: 2026).score
        #expect(score >= 60, "\(score)")
    }

    /// An ad written as prose: the sentences that ask for a skill or a competency are its requirements, the
    /// company's story is not, so adding story does not sink a CV that shows what the prose asks.
    @Test func aProseAdIsReadForWhatItAsks() throws {
        let asks = """
            # Backend Engineer

            We are looking for someone with a strong background in PostgreSQL and Kafka. You will run services
            in Docker on Kubernetes. Go is what we write them in.
            """
        let story = asks + """

            Our two founders met at a rowing club and started the company in a spare room. Today the team is
            spread over six cities and meets twice a year by a lake. Our office dog has his own chair. We answer
            every letter we get by hand. Lunch is on Fridays and everyone takes turns to cook.
            """
        let document = try CVReader.parse(text: Self.fit, path: "cv.md")
        let plain = Tailor.match(document: document, job: JobAd(parsing: asks), referenceYear: 2026).score
        let told = Tailor.match(document: document, job: JobAd(parsing: story), referenceYear: 2026).score
        #expect(plain >= 60, "\(plain)")
        #expect(told >= plain - 10, "\(told) with the story, \(plain) without")
    }

    @Test func seniorityIsReadFromTitles() {
        #expect(Seniority.level("Senior Backend Engineer") == 3)
        #expect(Seniority.level("Principal Engineer") == 5)
        #expect(Seniority.level("Backend Engineer") == nil)
    }

    /// The job a title names, without its team, place or asides.
    @Test func aTitlesHeadIsTheJobItNames() {
        #expect(TailorScore.titleHead("Data Analyst, Member Growth") == "Data Analyst")
        #expect(TailorScore.titleHead("Network Engineer - Backbone") == "Network Engineer")
        #expect(TailorScore.titleHead("Opening: Payroll Clerk (m/f/d)").trimmingCharacters(in: .whitespaces) == "Payroll Clerk")
        #expect(TailorScore.titleHead("Kitchen Porter @ Example Bistro").trimmingCharacters(in: .whitespaces) == "Kitchen Porter")
    }

    /// A CV that shows nothing of the job a title names (its job word named nowhere) keeps half the score its shared
    /// words would give it; one that names the job, or shows the craft of its telling word, does not lose it.
    @Test func aCVOfAnotherJobKeepsHalfItsScore() throws {
        let ad = """
            # Data Analyst, Member Growth

            ## Requirements

            - Write clear reports for the product team
            - Work with engineers to improve the data pipelines
            - Communicate results to the business
            """
        let engineer = """
            # Ali Example

            ## Experience

            ### Northgate Tools

            Software Engineer • Jan 2021 – Present

            - Wrote clear reports on the data pipelines for the product team.
            - Worked with engineers to improve the build.
            """
        let analyst = engineer.replacingOccurrences(of: "Software Engineer", with: "Data Analyst")
        func title(_ text: String) -> JobRequirement? {
            JobAd(parsing: "# \(text)\n\n## Requirements\n\n- Clear reports\n").requirements.first { $0.kind == .title }
        }
        func index(_ text: String) throws -> TailorIndex {
            TailorIndex(document: try CVReader.parse(text: text, path: "cv.md"), referenceYear: 2026)
        }
        #expect(!TailorScore.showsTitleCraft(try index(engineer), title: title("Data Analyst, Member Growth")))
        #expect(TailorScore.showsTitleCraft(try index(analyst), title: title("Data Analyst, Member Growth")))
        // The telling word's craft shown by a line: "reliability" by failover work.
        let failover = engineer.replacingOccurrences(of: "Worked with engineers to improve the build.",
                                                     with: "Built the failover of the payment gateway.")
        #expect(!TailorScore.showsTitleCraft(try index(engineer), title: title("Reliability Engineer")))
        #expect(TailorScore.showsTitleCraft(try index(failover), title: title("Reliability Engineer")))
        // A title of generic words is any maker's.
        #expect(TailorScore.showsTitleCraft(try index(engineer), title: title("Software Developer")))
        let job = JobAd(parsing: ad)
        let other = Tailor.match(document: try CVReader.parse(text: engineer, path: "cv.md"), job: job, referenceYear: 2026).score
        let same = Tailor.match(document: try CVReader.parse(text: analyst, path: "cv.md"), job: job, referenceYear: 2026).score
        #expect(other < 25 && other * 2 <= same + 1, "\(other) \(same)")
    }

    /// A Designer's craft is not an engineer's "designed the schema", a kindred Architect title, or the employer's
    /// web product: a role titled so shows it.
    @Test func aDesignersCraftIsShownByARoleTitledSo() throws {
        let engineer = """
            # Sam Example

            ## Experience

            ### Pebble Mail

            Pebble Mail runs websites and apps for small shops.

            Integration Architect • Jan 2020 – Present

            - Designed the message schema and the retry queue.
            - Designed the billing service's storage.
            """
        let designer = engineer.replacingOccurrences(of: "Integration Architect", with: "Product Designer")
        func title(_ text: String) -> JobRequirement? {
            JobAd(parsing: "# \(text)\n\n## Requirements\n\n- Wireframes\n").requirements.first { $0.kind == .title }
        }
        func index(_ text: String) throws -> TailorIndex {
            TailorIndex(document: try CVReader.parse(text: text, path: "cv.md"), referenceYear: 2026)
        }
        #expect(!TailorScore.showsTitleCraft(try index(engineer), title: title("Senior UI/UX Designer")))
        #expect(TailorScore.showsTitleCraft(try index(designer), title: title("Senior UI/UX Designer")))
    }

    /// Families of job titles a recruiter reads as one craft; a word before "Systems Engineer" that names another
    /// craft keeps it out, and a business's operations are not a production system's.
    @Test func jobTitlesFallIntoFamilies() {
        #expect(JobFamily.of("Lead Systems Engineer") == [.operations])
        #expect(JobFamily.of("Site Reliability Engineer") == [.operations])
        #expect(JobFamily.of("Infrastructure Engineer").isEmpty)
        #expect(JobFamily.of("Linux Systems Administrator") == [.operations])
        #expect(JobFamily.of("Distributed Systems Engineer").isEmpty)
        #expect(JobFamily.of("Embedded Systems Engineer").isEmpty)
        #expect(JobFamily.of("Club Operations Lead").isEmpty)
        #expect(JobFamily.of("Web Developer") == [.frontend, .backend])
        #expect(JobFamily.of("Frontend Engineer").isDisjoint(with: JobFamily.of("Backend Engineer")))
        #expect(JobFamily.of("Software Engineer").isEmpty)
    }

    /// A role in the ad title's family ("Systems Administrator" for "Site Reliability Engineer") is nearer the job
    /// than one sharing only the word every job has, and a role of another craft gets nothing of it.
    @Test func aTitleOfTheSameFamilyIsNearerTheJob() throws {
        let ad = JobAd(parsing: "# Site Reliability Engineer\n\n## Requirements\n\n- Linux in production\n")
        func similarity(_ title: String) throws -> Double {
            let cv = """
                # Lee Example

                ## Experience

                ### Marsh Hosting

                \(title) • Jan 2020 – Present

                - Kept the mail servers patched.
                """
            let index = TailorIndex(document: try CVReader.parse(text: cv, path: "cv.md"), referenceYear: 2026)
            let title = try #require(ad.requirements.first { $0.kind == .title })
            return TailorScore.titleSimilarity(index, titleStems: TailorScore.contentStems(title.terms), title: title.text)
        }
        let admin = try similarity("Systems Administrator"), engineer = try similarity("Engineer")
        #expect(admin >= TailorScore.familyTitle && admin > engineer, "\(admin) \(engineer)")
        #expect(try similarity("Frontend Developer") <= engineer)
    }

    /// An ad asking for one skill in several requirements ("Kubernetes in production", "Kubernetes upgrades")
    /// asks it once: a CV without it loses less by the repeats than by as many asks of skills not asked before.
    @Test func aSkillAskedAgainCountsLessThanANewAsk() throws {
        let base = """
            # Platform Engineer

            ## Requirements

            - Kubernetes in production
            - Linux administration
            - Python scripting for automation
            - PostgreSQL backups and restores
            """
        let repeated = base + "\n- Kubernetes upgrades\n- Kubernetes operators\n"
        let new = base + "\n- Kafka topics\n- Terraform modules\n"
        let cv = """
            # Ira Example

            ## Experience

            ### Fenwick Data

            Platform Engineer • Jan 2020 – Present

            - Ran the Linux administration of forty build servers.
            - Wrote Python scripts for the automation of backups.
            - Ran PostgreSQL backups and restores every night.

            ## Skills

            - Linux, Python, PostgreSQL
            """
        let document = try CVReader.parse(text: cv, path: "cv.md")
        func score(_ ad: String) -> Int { Tailor.match(document: document, job: JobAd(parsing: ad), referenceYear: 2026).score }
        #expect(score(repeated) > score(new), "\(score(repeated)) \(score(new))")
    }

    /// A requirement met in part (the work it names done, with another tool than the one it names) counts some:
    /// replicas run and tuned in MySQL are nearer "PostgreSQL replicas" than nothing.
    @Test func workDoneWithAnotherToolCountsInPart() throws {
        let ad = """
            # Database Engineer

            ## Requirements

            - Run PostgreSQL replicas and tune their slow queries
            - Linux administration
            - Backups and restores tested every month
            """
        let other = """
            # Noor Example

            ## Experience

            ### Brightwell Clinics

            Database Engineer • Jan 2020 – Present

            - Ran MySQL replicas and tuned their slow queries.
            - Ran the Linux administration of the database hosts.
            - Tested backups and restores every month.
            """
        let without = other.replacingOccurrences(of: "- Ran MySQL replicas and tuned their slow queries.\n", with: "")
        let job = JobAd(parsing: ad)
        let withOther = try #require(Tailor.match(document: try CVReader.parse(text: other, path: "cv.md"), job: job, referenceYear: 2026).requirements.first { $0.requirement.text.contains("replicas") })
        #expect(!withOther.isCovered && withOther.coverage >= TailorMatcher.partial, "\(withOther.coverage)")
        let a = Tailor.match(document: try CVReader.parse(text: other, path: "cv.md"), job: job, referenceYear: 2026).score
        let b = Tailor.match(document: try CVReader.parse(text: without, path: "cv.md"), job: job, referenceYear: 2026).score
        #expect(a > b, "\(a) \(b)")
    }

    /// A role whose title names no craft ("Engineer") is read by the career it continues: after years of system
    /// administration, a bare "Engineer" who handles the incidents is in operations; one who writes release notes
    /// is not. A title naming another craft does not inherit it.
    @Test func aBareTitleContinuesTheCareerItsWorkShows() throws {
        func families(_ current: String, _ bullet: String) throws -> [Set<JobFamily>] {
            let cv = """
                # Pat Example

                ## Experience

                ### Tideway Broadcasting

                \(current) • Mar 2019 – Present

                - \(bullet)

                ### Orchard Hosting

                Systems Administrator • Jan 2011 – Feb 2019

                - Kept two hundred Linux hosts patched.
                """
            return JobFamily.ofRoles(TailorIndex(document: try CVReader.parse(text: cv, path: "cv.md"), referenceYear: 2026))
        }
        let incidents = "Handled the incidents of the streaming platform and ran the on-call rota."
        #expect(try families("Engineer", incidents) == [[.operations], [.operations]])
        #expect(try families("Engineer", "Wrote the release notes of every version.")[0].isEmpty)
        #expect(try families("Data Analyst", incidents)[0] == [.data])
    }

    /// Years in the job or its family make the rest of the domain: a dozen years of system administration reads as
    /// more of a site reliability engineer than two, the current role being the same.
    @Test func yearsInTheJobsFamilyCount() throws {
        let ad = JobAd(parsing: "# Site Reliability Engineer\n\n## Requirements\n\n- Linux in production\n")
        let title = try #require(ad.requirements.first { $0.kind == .title })
        func years(_ start: Int) throws -> Double {
            let cv = """
                # Robin Example

                ## Experience

                ### Orchard Hosting

                Systems Administrator • Jan \(start) – Present

                - Kept two hundred Linux hosts patched.
                """
            let index = TailorIndex(document: try CVReader.parse(text: cv, path: "cv.md"), referenceYear: 2026)
            return TailorScore.titleReading(index, titleStems: TailorScore.contentStems(title.terms), title: title.text).years
        }
        let long = try years(2014), short = try years(2025)
        #expect(long >= 12 && short <= 2, "\(long) \(short)")
    }
}
