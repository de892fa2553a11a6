import Testing
@testable import CVCore

/// How ads written in shapes the corpus does not use are read: a TOML front matter, section headings worded as
/// the candidate's fit or the employer's blurb, hedges in parentheses or at the end, lists of short names inside
/// one phrase, board tags. Every ad here is made up.
@Suite struct TailorAdReadingTests {
    static let ad = """
        +++
        title = "Platform Reliability Lead"
        organization = "Quillmoor Freight"
        salary = "$90k"
        +++
        #### `💰 $90k` `🌎 Remote`

        ### About Quillmoor Freight

        Quillmoor moves parcels for half the towns on the coast. You will keep our dispatch services up at night.

        ### What Sets You Up Well Here

          * Building tools that let Billing, Support, and Routing plan their shifts
          * Running message queues, tuning databases, and wiring fast, actionable alerts
          * Deep knowledge of cloud hosting (ideally on more than one provider)
          * Writing Kubernetes operators is a huge plus

        What you'll get

        Four weeks off and a yearly gear budget.

        #LI-Remote #Hiring
        """

    static func requirement(_ job: JobAd, _ prefix: String) -> JobRequirement? {
        job.requirements.first { $0.text.hasPrefix(prefix) }
    }

    @Test func aTOMLFrontMatterGivesTheTitleAndTheEmployer() {
        let job = JobAd(parsing: Self.ad)
        #expect(job.title == "Platform Reliability Lead")
        #expect(job.company == "Quillmoor Freight")
        #expect(!job.requirements.contains { $0.text.contains("+++") || $0.text.contains("$90k") })
    }

    @Test func theEmployersBlurbWeighsNothingButWhatItSaysOfTheJob() throws {
        let job = JobAd(parsing: Self.ad)
        #expect(try #require(Self.requirement(job, "Quillmoor moves parcels")).kind == .boilerplate)
        #expect(try #require(Self.requirement(job, "You will keep our dispatch")).kind == .context)
    }

    @Test func aHeadingAboutTheCandidatesFitListsMustHaves() throws {
        let job = JobAd(parsing: Self.ad)
        #expect(try #require(Self.requirement(job, "Running message queues")).kind == .mustHave)
        // A hedge in parentheses hedges what they hold, not the requirement.
        #expect(try #require(Self.requirement(job, "Deep knowledge of cloud hosting")).kind == .mustHave)
        // "… is a huge plus": wished for.
        #expect(try #require(Self.requirement(job, "Writing Kubernetes operators")).kind == .niceToHave)
    }

    @Test func shortNamesInsideOnePhraseAreOneRequirementAndTheListEndsAtItsAnd() {
        let job = JobAd(parsing: Self.ad)
        let texts = job.requirements.map(\.text)
        #expect(texts.contains("Building tools that let Billing, Support, and Routing plan their shifts"))
        #expect(texts.contains("Running message queues"))
        #expect(texts.contains("and wiring fast, actionable alerts") || texts.contains("wiring fast, actionable alerts"))
    }

    @Test func aStandaloneBenefitHeadingAndBoardTagsAskNothing() throws {
        let job = JobAd(parsing: Self.ad)
        #expect(try #require(Self.requirement(job, "Four weeks off")).kind == .benefit)
        #expect(!job.requirements.contains { $0.text.contains("LI-Remote") })
    }

    @Test func aTitlesAbbreviationEndsNoSentence() {
        let job = JobAd(parsing: "# Data Engineer\n\n## The role\n\nAs a Sr. Data Engineer you will own our nightly loads.\n")
        #expect(job.requirements.contains { $0.text == "As a Sr. Data Engineer you will own our nightly loads." })
    }

    @Test func anAdPastedTwiceSaysEachThingOnce() {
        let body = "## Requirements\n\n* Five years of Rust\n"
        let job = JobAd(parsing: "# Rust Developer\n\n" + body + "\n" + body)
        #expect(job.requirements.filter { $0.text == "Five years of Rust" }.count == 1)
    }
}
