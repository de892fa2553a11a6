import Testing
@testable import CVCore

/// How a requirement's words lean on the competency beside them, read as a careful reader does: "security
/// libraries" are libraries of security, not any library; "a Go coder who knows storage" asks for storage too,
/// which Go alone does not show. Made-up ads and CVs.
struct TailorNamedWithTests {
    static func requirement(_ ad: String, _ text: String) throws -> JobRequirement {
        try #require(JobAd(parsing: ad).requirements.first { $0.text == text }, "no requirement \(text)")
    }

    /// A word right beside a competency's word, with only a space between, names one thing with it; a word beyond
    /// punctuation or another word does not, unless the "and" joins two competencies that both qualify it.
    @Test func wordsBesideACompetencyAreReadWithIt() throws {
        let ad = """
            # Platform Engineer

            ## Requirements

            - Knowledge of security libraries
            - Rapid provisioning of build hosts
            - Make sound design and prioritization choices
            - Security audits with libraries for parsing
            """
        let stem = TermScanner().stem
        let libraries = try Self.requirement(ad, "Knowledge of security libraries")
        #expect(libraries.partners[stem("libraries")] == ["~security"])
        let rapid = try Self.requirement(ad, "Rapid provisioning of build hosts")
        #expect(rapid.partners[stem("rapid")] == ["~delivery"])
        // "of" stands between provisioning and the hosts: they are asked apart.
        #expect(rapid.partners[stem("hosts")] == nil)
        let choices = try Self.requirement(ad, "Make sound design and prioritization choices")
        #expect(Set(choices.partners[stem("choices")] ?? []) == ["~strategy", "~architecture"])
        let apart = try Self.requirement(ad, "Security audits with libraries for parsing")
        #expect(apart.partners.isEmpty)
    }

    /// The skills in a parenthesis after a competency illustrate it ("databases (we run …)"), and so do the
    /// parenthesis's other words: what the employer runs is not asked for itself.
    @Test func wordsOfAnIllustratingParenthesisAreExamples() throws {
        let ad = "# Data Engineer\n\n## Requirements\n\n- Storage and databases (we run Cassandra and a homegrown ledger) matter here\n"
        let stem = TermScanner().stem
        let databases = try Self.requirement(ad, "Storage and databases (we run Cassandra and a homegrown ledger) matter here")
        #expect(databases.skillsAreExamples)
        #expect(databases.exampleTerms.contains(stem("homegrown")))
        #expect(databases.exampleTerms.contains(stem("ledger")))
        #expect(!databases.exampleTerms.contains(stem("matter")))
    }

    /// A clause offering two alternatives (", or" before a preposition or a verb in -ing) is met by either; the
    /// last item of a list (", or Ruby") offers none.
    @Test func eitherAlternativeOfAClauseMeetsIt() throws {
        #expect(JobAdReader.alternatives("You would help us widen the catalogue we sell, or in keeping it fast at peak")
            == ["You would help us widen the catalogue we sell", "in keeping it fast at peak"])
        #expect(JobAdReader.alternatives("Write services in Python, Go, or Ruby").isEmpty)
        let cv = """
            # Ines Amara

            ## Experience

            ### Harbour Parcels

            **Engineer** • Jan 2020 – Present

            - Tuned the checkout service to keep latency low at peak traffic.
            """
        let ad = "# Engineer\n\n## What you will do\n\nYou would help us widen the catalogue we sell, or in keeping it fast at peak.\n"
        let report = Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
        let match = try #require(report.requirements.first { $0.requirement.text.hasPrefix("You would help us") })
        #expect(match.isCovered)
        #expect(match.evidence.first?.evidence.text.contains("latency") == true)
    }

    /// Words that are filler only together: "a track record" says how well a thing is shown, "out of the box" from
    /// when; apart, tracking is work and a box a thing.
    @Test func phrasesAreFillerOnlyWhole() throws {
        let ad = """
            # Analyst

            ## Requirements

            - Solid track record in shipping reports
            - Event tracking for the mobile app
            - Dashboards that work out of the box
            """
        let stem = TermScanner().stem
        #expect(try !Self.requirement(ad, "Solid track record in shipping reports").terms.contains(stem("track")))
        #expect(try Self.requirement(ad, "Event tracking for the mobile app").terms.contains(stem("tracking")))
        #expect(try !Self.requirement(ad, "Dashboards that work out of the box").terms.contains(stem("box")))
    }

    /// A CV line naming a competency only as a topic ("some …", "… considerations", among subjects advised on) shows
    /// it for a requirement asking for that alone, not for one asking for work within it.
    @Test func aTopicLineShowsTheTopicNotWorkWithinIt() throws {
        let scanner = TermScanner()
        #expect(TopicMentions.concepts(in: "Contract work covering databases and some network security.", scanner: scanner)
            .contains("~security"))
        #expect(TopicMentions.concepts(in: "Kept security considerations in mind.", scanner: scanner).contains("~security"))
        #expect(TopicMentions.concepts(in: "Coached interns on topics like testing and security.", scanner: scanner)
            .contains("~security"))
        #expect(TopicMentions.concepts(in: "Ran security audits of some services.", scanner: scanner).isEmpty)
        let cv = """
            # Noor Haddad

            ## Experience

            ### Larchmont Bakeries

            **Developer** • Feb 2019 – Present

            - Security considerations during sprint planning.
            - Wrote the stock-taking app in Kotlin.
            """
        let ad = """
            # Security Engineer

            ## Requirements

            - Experience with security
            - Deep knowledge of security libraries and hardware tokens
            """
        let report = Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: ad), referenceYear: 2026)
        func covered(_ text: String) throws -> Bool {
            try #require(report.requirements.first { $0.requirement.text == text }).isCovered
        }
        #expect(try covered("Experience with security"))
        #expect(try !covered("Deep knowledge of security libraries and hardware tokens"))
    }

    static let goCoder = """
        # Tomas Lindqvist

        ## Experience

        ### Quillwork Labs

        **Backend Developer** • Mar 2017 – Present

        - Wrote the invoice importer in Go.
        - Ported the PDF renderer to C++.
        """

    static let ad = """
        # Backend Developer

        ## Requirements

        - A Go coder who knows IP networks well (C or C++ people welcome too)
        """

    static func covered(_ cv: String) throws -> Bool {
        let report = Tailor.match(document: try CVReader.parse(text: cv, path: "cv.md"), job: JobAd(parsing: Self.ad),
                                  referenceYear: 2026)
        let match = try #require(report.requirements.first { $0.requirement.text.hasPrefix("A Go coder") })
        return match.isCovered
    }

    /// The skills alone do not meet a requirement that also asks for a competency no line of the CV shows.
    @Test func skillsAloneLeaveAnUnshownCompetencyAGap() throws {
        #expect(try !Self.covered(Self.goCoder))
        // The same CV with a line showing networking: the skills and the competency together meet it.
        let withNetworks = Self.goCoder + "\n- Ran the office IP network: its routers, VLANs and the VPN.\n"
        #expect(try Self.covered(withNetworks))
    }
}
