/// Roles a CV lists twice: an overview (a table of periods and employers, a short list) followed by a section
/// that tells each role in detail. A careful reader reads each role once, from its details.
enum RepeatedRoles {
    /// `roles` without the sections that only repeat roles another section details: a section (a run of roles
    /// with one section heading) at least two of whose roles, and two in three, have a role in another section
    /// with the same dates that names the same organisation (one's name inside the other's organisation or
    /// title, spaces aside), and whose roles hold fewer bullets and paragraphs than those they repeat. The
    /// overview goes whole: its other rows (a school among the jobs) are a summary too.
    static func droppingOverviews(_ roles: [Role]) -> [Role] {
        let runs = sectionRuns(roles)
        guard runs.count >= 2 else { return roles }
        var dropped = Set<Int>()
        for (r, run) in runs.enumerated() where run.count >= 2 {
            var repeated = 0
            var ownBody = 0
            var theirBody = 0
            for i in run {
                guard let twin = twin(of: roles[i], in: roles, outside: run) else { continue }
                repeated += 1
                ownBody += body(roles[i])
                theirBody += body(roles[twin])
            }
            if repeated >= 2, repeated * 3 >= run.count * 2, ownBody < theirBody {
                dropped.insert(r)
            }
        }
        guard !dropped.isEmpty else { return roles }
        return runs.enumerated().filter { !dropped.contains($0.offset) }.flatMap { $0.element.map { roles[$0] } }
    }

    /// The indices of the roles, in runs of consecutive roles read under one section heading.
    static func sectionRuns(_ roles: [Role]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var start = 0
        for i in roles.indices.dropFirst() where roles[i].section != roles[i - 1].section {
            runs.append(start...(i - 1))
            start = i
        }
        if !roles.isEmpty { runs.append(start...(roles.count - 1)) }
        return runs
    }

    /// A role outside `run` with the same dates as `role` that names the same organisation.
    static func twin(of role: Role, in roles: [Role], outside run: ClosedRange<Int>) -> Int? {
        guard let dates = role.dates, dates.start != nil else { return nil }
        let mine = [role.organisation, role.title].compactMap { $0.map(squeezed) }.filter { !$0.isEmpty }
        return roles.indices.first { j in
            guard !run.contains(j), let other = roles[j].dates, other.start == dates.start, other.end == dates.end else { return false }
            let theirs = [roles[j].organisation, roles[j].title].compactMap { $0.map(squeezed) }.filter { !$0.isEmpty }
            // An organisation of one inside the organisation or title of the other.
            let names = { (role: Role) in role.organisation.map(squeezed).map { $0.count >= 2 ? [$0] : [] } ?? [] }
            return names(roles[j]).contains { n in mine.contains { $0.contains(n) } }
                || names(role).contains { n in theirs.contains { $0.contains(n) } }
        }
    }

    /// Lower-cased text without spaces of any width (`株式会社　サンプル` and `株式会社 サンプル` are one name).
    static func squeezed(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// How much a role tells besides its header.
    static func body(_ role: Role) -> Int { role.bullets.count + role.text.count }
}
