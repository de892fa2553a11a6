/// A job ad read for tailoring: its title and company, its requirements (must-haves weighing more than
/// nice-to-haves), and the skills and stemmed key terms it asks for, with weights. Boilerplate (company blurb,
/// benefits, equal-opportunity text, "click to apply") weighs little or nothing.
public struct JobAd: Sendable, Hashable, Codable {
    public var title: String?
    public var company: String?
    public var requirements: [JobRequirement]
    /// Canonical skill → weight (the sum of the weights of the requirements naming it).
    public var skills: [String: Double]
    /// Snowball stem → weight, the query used to rank the CV's bullets.
    public var terms: [String: Double]

    public init(title: String? = nil, company: String? = nil, requirements: [JobRequirement] = [],
                skills: [String: Double] = [:], terms: [String: Double] = [:]) {
        self.title = title
        self.company = company
        self.requirements = requirements
        self.skills = skills
        self.terms = terms
    }

    /// Reads a job ad written as Markdown or plain text.
    public init(parsing text: String) {
        self = JobAdReader(text).read()
    }

    /// Skills named anywhere in the requirements, heaviest first.
    public var skillsByWeight: [String] {
        skills.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
