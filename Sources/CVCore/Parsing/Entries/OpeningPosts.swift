/// Posts still held, dated by the month they began: `Associate Librarian \hfill July 2019` over `Lecturer \hfill
/// January 2014 - June 2014`. At the top of a section listed newest first, a careful reader reads a role dated by one
/// month, above the first role with a span, as a post held since that month. A lone year stays that year (`Junior
/// Analyst, 2009`), a lone month below a span stays that month, and a section whose roles are not newest first is
/// left as written.
enum OpeningPosts {
    /// `roles` with the lone start months of each section's opening posts read as `month – present`.
    static func readingOpenPosts(_ roles: [Role]) -> [Role] {
        var roles = roles
        for run in RepeatedRoles.sectionRuns(roles) {
            var opening: [Int] = []
            for i in run {
                guard let month = loneMonth(roles[i].dates) else { break }
                // Newest first: each post began no later than the one above it.
                if let above = opening.last, let before = roles[above].dates?.start, month > before { opening = []; break }
                opening.append(i)
            }
            guard !opening.isEmpty, let last = opening.last else { continue }
            // Two or more roles with spans below, newest first, the first begun no later than the last opening post.
            let starts = run.filter { $0 > last }.compactMap { i -> PartialDate? in
                guard let span = roles[i].dates, let start = span.start, let end = span.end, end != .date(start) else { return nil }
                return start
            }
            guard starts.count >= 2, starts.count * 2 >= run.count - opening.count,
                let lastStart = roles[last].dates?.start, starts[0] <= lastStart, zip(starts, starts.dropFirst()).allSatisfy(>=)
            else { continue }
            for i in opening { roles[i].dates?.end = .present }
        }
        return roles
    }

    /// The month of a span that is one month alone (`July 2019`), nil for anything else.
    private static func loneMonth(_ span: DateSpan?) -> PartialDate? {
        guard let span, let start = span.start, start.month != nil, span.end == .date(start) || span.end == nil else { return nil }
        return start
    }
}
