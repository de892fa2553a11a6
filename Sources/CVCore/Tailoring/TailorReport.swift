/// One piece of CV evidence that meets a requirement, and how.
public struct EvidenceMatch: Sendable, Hashable, Codable {
    public var evidence: CVEvidence
    /// 0...1: how fully this piece meets the requirement (recency counted).
    public var strength: Double
    /// The ad's skills it meets (canonical names): the skill itself or a kind of it (PostgreSQL for SQL).
    public var skills: [String]
    /// The ad's skills it meets only in part, through a related skill (InfluxDB for Graphite).
    public var related: [String]
    /// The ad's key terms it shares (stems).
    public var terms: [String]
    /// For a piece of several lines (a wrapped bullet or sentence): the line holding what it shows, when found.
    public var line: Int?

    public init(evidence: CVEvidence, strength: Double, skills: [String], related: [String] = [], terms: [String]) {
        self.evidence = evidence
        self.strength = strength
        self.skills = skills
        self.related = related
        self.terms = terms
    }
}

/// A requirement of the ad with the CV evidence that covers it (none: an honest gap).
public struct RequirementMatch: Sendable, Hashable, Codable {
    public var requirement: JobRequirement
    /// 0...1.
    public var coverage: Double
    /// The strongest evidence first.
    public var evidence: [EvidenceMatch]

    public init(requirement: JobRequirement, coverage: Double, evidence: [EvidenceMatch]) {
        self.requirement = requirement
        self.coverage = coverage
        self.evidence = evidence
    }

    /// Covered when the evidence meets at least half of it.
    public var isCovered: Bool { coverage >= 0.5 }
}

/// What the variant left out of the base CV, with the base's lines.
public struct TailorCut: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A bullet (with its sub-bullets) dropped from a role.
        case bullet
        /// A role reduced to its heading lines.
        case roleCollapsed = "role-collapsed"
        /// A project dropped.
        case project
        /// A section dropped whole, heading and all (interests and hobbies, references on request).
        case section
        /// A skills line with its items reordered (nothing removed).
        case skillsReordered = "skills-reordered"
        /// A role's bullets put in order of relevance (nothing removed).
        case bulletsReordered = "bullets-reordered"
    }

    public var kind: Kind
    /// What was cut, in a few words ("bullet: Security considerations during development.").
    public var text: String
    /// Where it was in the base CV.
    public var source: SourceRange

    public init(kind: Kind, text: String, source: SourceRange) {
        self.kind = kind
        self.text = text
        self.source = source
    }
}

/// How a CV meets a job ad: the match score, each requirement with its evidence, the gaps, and (for a
/// variant) what was cut.
public struct TailorReport: Sendable, Hashable, Codable {
    public var jobTitle: String?
    public var company: String?
    /// 0-100: the weighted share of the ad's requirements covered by CV evidence (must-haves weigh most).
    public var score: Int
    public var requirements: [RequirementMatch]
    public var cuts: [TailorCut]

    public init(jobTitle: String?, company: String?, score: Int, requirements: [RequirementMatch], cuts: [TailorCut] = []) {
        self.jobTitle = jobTitle
        self.company = company
        self.score = score
        self.requirements = requirements
        self.cuts = cuts
    }

    /// Requirements with enough evidence.
    public var covered: [RequirementMatch] { requirements.filter(\.isCovered) }
    /// Requirements nothing in the CV covers: the honest gaps.
    public var gaps: [RequirementMatch] { requirements.filter { !$0.isCovered } }
}
