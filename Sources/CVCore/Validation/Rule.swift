/// A check of a CV. Each rule carries its description (identifier, summary, default severity,
/// options and the examples that document and test it) and returns findings as data.
///
/// Rules read the `RuleContext` (source text, parsed document, today's date, options) and never
/// print, read files or keep state between runs. They are listed once, in `allRules`.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: RuleContext) -> [Finding]
}
