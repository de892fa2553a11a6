/// Every rule cvtrack knows, in the order of `docs/rules.md` and `cvtrack rules`.
public let allRules: [any Rule.Type] = [
    ParseErrorRule.self,
    NoRolesRule.self,
    DateUnreadableRule.self,
    DateImpossibleRule.self,
    DateOrderRule.self,
    DateFutureRule.self,
    MultipleCurrentRule.self,
    OverlapRule.self,
    ChronologyRule.self,
    DateStyleRule.self,
    DuplicateRoleRule.self,
    DuplicateBulletRule.self,
    EmptyRoleRule.self,
    HTMLBrokenRule.self,
    LaTeXBrokenRule.self,
    LinkBrokenRule.self,
    ContactFormatRule.self,
    SpellingRule.self,
    WordConfusionRule.self,
    SkillUnlistedRule.self,
    BulletLengthRule.self,
]

/// Looks rules up by identifier.
public enum RuleRegistry {
    static let byID: [String: any Rule.Type] = {
        var map: [String: any Rule.Type] = [:]
        for rule in allRules { map[rule.description.identifier] = rule }
        return map
    }()

    public static func rule(_ identifier: String) -> (any Rule.Type)? { byID[identifier] }

    public static var identifiers: [String] { allRules.map { $0.description.identifier } }
}
