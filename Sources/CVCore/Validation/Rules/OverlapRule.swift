/// Roles over the same months: a warning where it looks like a slip, info where it is a normal career.
public struct OverlapRule: Rule {
    public static let description = RuleDescription(
        identifier: "overlap", name: "Overlapping roles",
        summary: "Two roles overlap in time where it looks like a mistake; concurrent and side roles are noted as info.",
        severity: .warning,
        options: [RuleOption("tolerance-months", default: .int(1), "months of overlap accepted (a job change within one month)")],
        details: """
            A year without a month is read in the role's favour (a start as December, an end as January), so \
            `2005 – 2014` and `2014 – today` do not overlap. Roles of one organisation block never overlap. An \
            overlap is a warning only where it looks like a slip: two roles of the same organisation listed \
            apart (a forgotten end date), a role inside another with the same title and the same start or end \
            (listed twice), or, in a CV whose other jobs follow one another, an end date six months or more \
            after the next job's start (a mistyped year; a shorter overlap is a notice period, a handover or a \
            job held while studying). Other overlaps are noted as info: several jobs held at once, and side \
            roles (volunteering, advisory and board seats, teaching, founders and owners, a company named after \
            the author, freelance, consulting and contract work, students, interns, co-ops, fellows, members, \
            side projects and roles of sections that are not work experience). Reported at the role listed later.
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Mar 2015 – present

                ### Initech

                Developer • Jun 2014 – Mar 2015
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Mar 2015 – present

                ### Initech

                Developer • ↓Jun 2014 – Dec 2015
                """),
            // Info: a teaching role beside a job.
            Example("""
                ## Experience

                ### Acme

                Engineer • Mar 2015 – present

                ### City College

                Adjunct Lecturer • ↓Sep 2016 – Jun 2019
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        let tolerance = context.options.int("tolerance-months")
        let todayIndex = context.today.monthIndex(defaultMonth: 12)
        struct Interval { var role: Role; var start: Int; var end: Int; var organisation: String; var title: String; var side: Bool }
        var intervals: [Interval] = []
        for (index, role) in document.roles.prefix(500).enumerated() {
            guard let start = role.start, let end = role.end else { continue }
            let startIndex = start.month == nil ? start.year * 12 + 11 : start.monthIndex()
            let endIndex: Int
            switch end {
            case .present: endIndex = todayIndex
            case .date(let d): endIndex = d.month == nil ? d.year * 12 : d.monthIndex()
            }
            guard endIndex >= startIndex else { continue }
            intervals.append(Interval(
                role: role, start: startIndex, end: endIndex, organisation: Self.key(role.organisation),
                title: Self.key(role.title), side: context.isSideRole(index)))
        }
        struct Pair { var earlier: Int; var later: Int; var months: Int }
        var pairs: [Pair] = []
        for j in intervals.indices {
            for i in 0..<j {
                let a = intervals[i]
                let b = intervals[j]
                if let ga = a.role.group, ga == b.role.group { continue }
                let months = min(a.end, b.end) - max(a.start, b.start)
                guard months > tolerance else { continue }
                pairs.append(Pair(earlier: i, later: j, months: months))
                break
            }
        }
        // A CV that otherwise lists one job at a time: only one overlap between roles that are not side roles.
        let mainOverlaps = pairs.filter { !intervals[$0.earlier].side && !intervals[$0.later].side }.count
        return pairs.map { pair in
            let a = intervals[pair.earlier]
            let b = intervals[pair.later]
            let mistake = Self.looksLikeMistake(
                (a.start, a.end, a.organisation, a.title, a.side), (b.start, b.end, b.organisation, b.title, b.side),
                months: pair.months, onlyOverlap: mainOverlaps == 1)
            var finding = context.finding(
                "\(context.name(of: b.role)) overlaps \(context.name(of: a.role)) by \(pair.months) months"
                    + (mistake ? "" : " (concurrent roles are common: a side role, or a CV that lists several at once)"),
                at: context.datesRange(of: b.role))
            if !mistake { finding.severity = .info }
            return finding
        }
    }

    typealias Span = (start: Int, end: Int, organisation: String, title: String, side: Bool)

    /// An overlap that looks like a slip (never one with a side role: see `SideRoles`) rather than two jobs held at once: two roles at the same
    /// organisation listed apart (a forgotten end date), a role inside another with the same title and the
    /// same start or end (listed twice, one date edited), or, in a CV whose other jobs follow one another, an end date at least six months after the
    /// next job's start while that job lasts longer (a mistyped end year; a few months' overlap is a notice period or a
    /// handover).
    static func looksLikeMistake(_ a: Span, _ b: Span, months: Int, onlyOverlap: Bool) -> Bool {
        guard !a.side, !b.side else { return false }
        if !a.organisation.isEmpty, a.organisation == b.organisation { return true }
        let inside = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)
        if !a.title.isEmpty, a.title == b.title, inside, a.start == b.start || a.end == b.end { return true }
        guard onlyOverlap, months >= 6 else { return false }
        let (first, second) = a.start <= b.start ? (a, b) : (b, a)
        return first.end < second.end
    }

    static func key(_ organisation: String?) -> String {
        String((organisation ?? "").lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57) })
    }
}
