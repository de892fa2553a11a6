import Testing
@testable import CVCore

@Suite struct TailorJobAdTests {
    static let ad = """
        # [Site Reliability Engineer](https://example.com/apply/sre)
        ### Acme
        #### `🌎 Remote`

        **About the Role**

        We run a global network. You will operate our edge platform with Go and Python.

        **Requirements**

          * Linux systems experience
          * Experience with Postgres or another SQL database

        **Nice to have**

          * Apache Kafka
          * Configuration management such as Saltstack or Chef

        **Benefits**

          * Health insurance and 401k

        Acme is an equal opportunity employer and does not discriminate.

        ## CLICK TO [APPLY](https://example.com/apply)
        """

    @Test func titleAndCompanyComeFromTheFirstHeadings() {
        let job = JobAd(parsing: Self.ad)
        #expect(job.title == "Site Reliability Engineer")
        #expect(job.company == "Acme")
    }

    @Test func mustHavesWeighMoreThanNiceToHaves() throws {
        let job = JobAd(parsing: Self.ad)
        let linux = try #require(job.requirements.first { $0.text == "Linux systems experience" })
        let kafka = try #require(job.requirements.first { $0.text == "Apache Kafka" })
        #expect(linux.kind == .mustHave)
        #expect(kafka.kind == .niceToHave)
        #expect(linux.weight > kafka.weight)
        #expect(kafka.skills == ["Kafka"])
        let postgres = try #require(job.requirements.first { $0.text.hasPrefix("Experience with Postgres") })
        #expect(postgres.skills.contains("PostgreSQL"))
    }

    /// Benefits, equal-opportunity text and "click to apply" are reported with their kind and weigh nothing.
    @Test func boilerplateIsReportedButNotWeighed() {
        let job = JobAd(parsing: Self.ad)
        let boilerplate = job.requirements.filter {
            $0.text.contains("Health insurance") || $0.text.contains("equal opportunity") || $0.text.uppercased().contains("CLICK")
        }
        #expect(boilerplate.allSatisfy { !$0.kind.isAsked && $0.weight == 0 })
    }

    /// A hedge between commas starts a wish of its own (a nice-to-have); a purpose after "to further", "going to"
    /// (when, not what), "even" and "a vast majority" (how much) are not asked.
    @Test func hedgesPurposesAndTenseAreNotAsked() throws {
        let job = JobAd(parsing: """
            # Storage Engineer

            ## Requirements

            - Some years of backup operations, if possible, with a focus on tape libraries
            - Talk with the users as well as the operators to further refine our roadmap
            - You are going to shape retention policies
            - We have even small tenants storing petabytes
            - A vast majority of the planning is written down
            """)
        let backup = try #require(job.requirements.first { $0.text.hasPrefix("Some years of backup") })
        #expect(backup.kind == .mustHave)
        #expect(!backup.text.contains("tape"))
        let tape = try #require(job.requirements.first { $0.text.hasPrefix("if possible, with a focus on tape") })
        #expect(tape.kind == .niceToHave)
        let stem = { (word: String) in TermScanner().stem(word) }
        let talk = try #require(job.requirements.first { $0.text.hasPrefix("Talk with the users") })
        #expect(talk.terms.contains(stem("operators")))
        #expect(!talk.terms.contains(stem("refine")) && !talk.terms.contains(stem("roadmap")))
        let shape = try #require(job.requirements.first { $0.text.hasPrefix("You are going to") })
        #expect(!shape.terms.contains(stem("going")) && shape.terms.contains(stem("retention")))
        let tenants = try #require(job.requirements.first { $0.text.hasPrefix("We have even") })
        #expect(!tenants.terms.contains(stem("even")))
        let planning = try #require(job.requirements.first { $0.text.hasPrefix("A vast majority") })
        #expect(!planning.terms.contains(stem("vast")) && !planning.terms.contains(stem("majority")))
    }

    @Test func proseAboutTheRoleNamingSkillsIsARequirement() throws {
        let job = JobAd(parsing: Self.ad)
        let prose = try #require(job.requirements.first { $0.text.hasPrefix("You will operate") })
        #expect(prose.skills.contains("Go"))
        #expect(prose.skills.contains("Python"))
        #expect(prose.skills.contains("CDN"))
    }

    @Test(arguments: [
        ("Moved from Postgres to Apache Kafka", ["PostgreSQL", "Kafka"]),
        ("C/C++, Java, or Go", ["C", "C++", "Java", "Go"]),
        ("nginx/OpenResty, HAProxy", ["Nginx", "OpenResty", "HAProxy"]),
        ("Graphite or other time series databases", ["Graphite", "Time-series databases"]),
        ("Key/Value stores", ["Key-value stores"]),
        ("when a go-ahead had to be given", []),
        ("everyone else on the team", []),
        ("offices in Salt Lake City and Denver", []),
        ("Puppet, then a move to Salt Stack", ["Puppet", "SaltStack"]),
        ("R&D built an ARM prototype", []),
        ("fluent in either Python or R", ["Python", "R"]),
    ])
    func skillsAreFoundByTheLexiconNotByCommonWords(text: String, skills: [String]) {
        #expect(TermScanner().scan(text).orderedSkills == skills)
    }

    @Test func wordsAreStemmedBySnowball() {
        let bag = TermScanner().scan("Running databases; automation and automated deployments")
        // A word of a competency (`ConceptLexicon`) adds the competency's token after its stem.
        #expect(bag.orderedStems == ["run", "databas", "~databases", "autom", "~delivery", "deploy"])
        // Where Snowball joins words of other meanings, one keeps a stem of its own: a course set is not a request
        // sent somewhere.
        let scanner = TermScanner()
        #expect(scanner.stem("direction") != scanner.stem("directs") && scanner.stem("directs") == scanner.stem("directly"))
    }

    @Test func plainTextAdsWithCRLFAreRead() {
        let job = JobAd(parsing: "Backend Engineer\r\n\r\nRequirements:\r\n- Go\r\n- Kafka\r\n")
        #expect(job.title == "Backend Engineer")
        #expect(job.requirements.filter { $0.kind == .mustHave }.map(\.skills) == [["Go"], ["Kafka"]])
    }
}
