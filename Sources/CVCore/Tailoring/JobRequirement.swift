/// One thing a job ad says, as written: a list item under "Requirements", "Bonus Points", "What you'll do", a
/// sentence (or a clause of one) of its prose, or the job title itself. Its kind comes from the section it is
/// read under and from cue words in it ("nice to have", "a plus"; "only hire in"; "we offer").
public struct JobRequirement: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case title
        case mustHave = "must-have"
        case responsibility
        case niceToHave = "nice-to-have"
        /// A sentence of the ad's prose outside its requirement sections ("good working knowledge of routing, Linux
        /// and DNS" in "About the role").
        case context
        /// Where the holder must live or be allowed to work ("applicants must be based in Canada"): reported,
        /// never covered (a CV rarely says), and not weighed.
        case eligibility = "location-eligibility"
        /// What the employer offers ("we offer", salary, perks): reported, not weighed.
        case benefit
        /// Company blurb, how to apply, equal-opportunity text: reported, not weighed.
        case boilerplate

        /// How much covering it counts: must-haves above responsibilities above nice-to-haves.
        public var weight: Double {
            switch self {
            // The title is what a reader matches first: the CV's recent roles doing the same job.
            case .title: return 4
            case .mustHave: return 3
            case .responsibility: return 2
            case .niceToHave: return 1
            // Prose about the company and team says less about the job than its lists.
            case .context: return 0.5
            case .eligibility, .benefit, .boilerplate: return 0
            }
        }

        /// Whether the CV is asked to show it: not where to live, what is offered, or company blurb.
        public var isAsked: Bool { weight > 0 }
    }

    /// The text as written, markup removed.
    public var text: String
    public var kind: Kind
    public var weight: Double
    /// The heading of the ad's section it was read under.
    public var section: String?
    /// 1-based line of the ad.
    public var line: Int
    /// Canonical skills it names, in order.
    public var skills: [String]
    /// Stemmed key terms (stop words and job-ad filler such as "experience", "strong" left out).
    public var terms: [String]
    /// "for example Nomad, Consul or Vault": one of the skills is enough.
    public var anyOfSkills: Bool
    /// The terms of its examples ("a manager or coordinator, perhaps in retail or hospitality"; "such as …"):
    /// they illustrate what it asks, any one of them shows them all, and none of them is asked for itself.
    public var exampleTerms: [String]
    /// Its skills are all examples of a competency it names before them ("DevOps (Terraform, GitHub)", "cloud
    /// platforms such as AWS"): the competency is what is asked, any of them shows it.
    public var skillsAreExamples: Bool
    /// Words that name one thing with a competency they stand beside ("security libraries", "IP networks", "rapid
    /// provisioning"): each of them → the competencies of its neighbour. Such a word is shown where the
    /// competency is, not by a line that uses it of something else.
    public var partners: [String: [String]] = [:]
    /// The alternatives of a clause offering two ("… expanding what we offer, or in helping it scale"): meeting
    /// either meets it.
    public var alternatives: [JobRequirement] = []

    public init(
        text: String, kind: Kind, weight: Double? = nil, section: String? = nil, line: Int, skills: [String] = [],
        terms: [String] = [], anyOfSkills: Bool = true, exampleTerms: [String] = [],
        skillsAreExamples: Bool = false
    ) {
        self.text = text
        self.kind = kind
        self.weight = weight ?? kind.weight
        self.section = section
        self.line = line
        self.skills = skills
        self.terms = terms
        self.anyOfSkills = anyOfSkills
        self.exampleTerms = exampleTerms
        self.skillsAreExamples = skillsAreExamples
    }
}
