/// A variant of a CV for one job: the base's own text with lines removed and list items reordered (nothing
/// added or reworded), the match report, and what was cut.
public struct TailoredVariant: Sendable, Hashable {
    public var text: String
    public var report: TailorReport
    /// What was left out or moved, with the base's lines (also in `report.cuts`).
    public var cuts: [TailorCut] { report.cuts }

    public init(text: String, report: TailorReport) {
        self.text = text
        self.report = report
    }
}
