/// Roles listed newest first.
public struct ChronologyRule: Rule {
    public static let description = RuleDescription(
        identifier: "chronology", name: "Chronology",
        summary: "A role listed out of order in a section otherwise listed newest first, or a \"Last updated\" date earlier than a role's start.",
        severity: .warning,
        details: """
            Each role is compared with the dated role listed before it in the same section, by start date (then \
            end date) at the precision both have; a role that starts later but ends earlier is in order (lists \
            sorted by end date are newest first too). One break in a section otherwise listed newest first is a \
            warning; several breaks are noted as info, and a section listed oldest first gets one info. Side \
            roles (volunteering, teaching, founders, freelance and consulting work, students, side projects: see \
            `overlap`) are left out: they are often listed apart from the jobs. A stamp saying when the CV was \
            last changed (`Last updated: March 2018`, `Latest update - 2018`, `Last modified`, `Updated on`) \
            dated before a role (that has started by today) starts is stale, or one of the two dates is wrong: \
            one warning at the stamp.
            """,
        nonTriggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Engineer • Mar 2015 – present

                ### Initech

                Developer • 2012 – 2015
                """),
            Example("""
                # Jane Doe

                *Last updated: June 2024*

                ## Experience

                ### Acme

                Engineer • Mar 2015 – present
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                ### Acme

                Staff Engineer • 2018 – present

                ### Initech

                Developer • 2012 – 2015

                ### Globex

                Developer • ↓2016 – 2017

                ### Umbrella

                Developer • 2008 – 2012
                """),
            // Info: a section listed oldest first.
            Example("""
                ## Experience

                ### Initech

                Developer • 2012 – 2015

                ### Acme

                Engineer • ↓Mar 2015 – present
                """),
            Example("""
                # Jane Doe

                *↓Latest update - March, 2018*

                ## Experience

                ### Acme

                Engineer • Sep 2018 – present

                ### Initech

                Developer • 2012 – 2018
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let document = context.document else { return [] }
        var sections: [String: [Role]] = [:]
        var sectionOrder: [String] = []
        for (index, role) in document.roles.enumerated() {
            guard let start = role.start, start.isPossible else { continue }
            guard !context.isSideRole(index) else { continue }
            let section = role.section ?? ""
            if sections[section] == nil { sectionOrder.append(section) }
            sections[section, default: []].append(role)
        }
        var findings: [Finding] = []
        if let stale = Self.staleStamp(context, document) { findings.append(stale) }
        for section in sectionOrder {
            guard let roles = sections[section], roles.count > 1 else { continue }
            var breaks: [(role: Role, before: Role)] = []
            var newestFirst = 0
            for (before, role) in zip(roles, roles.dropFirst()) {
                let order = Self.order(role, after: before)
                if order > 0 { breaks.append((role, before)) } else if order < 0 { newestFirst += 1 }
            }
            guard !breaks.isEmpty else { continue }
            if breaks.count > newestFirst {
                // Listed oldest first (or in no order): a choice of the author, said once.
                var finding = context.finding(
                    "the roles of this section are listed oldest first; most readers expect the newest first",
                    at: context.datesRange(of: breaks[0].role))
                finding.severity = .info
                findings.append(finding)
                continue
            }
            // One break in a section otherwise listed newest first is likely a slip; several are the author's order.
            let slip = breaks.count == 1 && newestFirst >= 2
            for (role, before) in breaks {
                let start = role.start.map { "\($0)" } ?? "?"
                let beforeStart = before.start.map { "\($0)" } ?? "?"
                var finding = context.finding(
                    "\(context.name(of: role)) starts (\(start)) after \(context.name(of: before)) (\(beforeStart)) but is listed after it; list roles newest first",
                    at: context.datesRange(of: role))
                if !slip { finding.severity = .info }
                findings.append(finding)
            }
        }
        return findings
    }

    /// Positive when `role` is newer than the role listed before it: it starts later and does not end
    /// earlier (a list ordered by end date, with the current role first, is newest first too).
    /// The phrases of a stamp saying when the CV was last changed, lowercase ASCII.
    static let stampPhrases: [[UInt8]] = ["last updated", "last update", "latest update", "last modified", "last revised", "updated on"]
        .map { Array($0.utf8) }

    /// A "Last updated" stamp dated before the latest start of a role that has started by today: the stamp is
    /// stale (or a date is wrong). Read on each line's bytes: the phrase, ASCII letters folded, then a date.
    static func staleStamp(_ context: RuleContext, _ document: CVDocument) -> Finding? {
        // Most CVs have no stamp: one byte search for the words' stems first.
        let source = context.source
        guard source.containsASCII("pdate") || source.containsASCII("odified") || source.containsASCII("evised")
            || source.containsASCII("PDATE") || source.containsASCII("ODIFIED") || source.containsASCII("EVISED") else { return nil }
        let started = document.roles.compactMap { role -> (Role, PartialDate)? in
            guard let start = role.start, start.isPossible, PartialDate.compareAtCommonPrecision(start, context.today) <= 0 else { return nil }
            return (role, start)
        }
        guard let (newest, newestStart) = started.max(by: { $0.1 < $1.1 }) else { return nil }
        for n in stride(from: 1, through: context.lineCount, by: 1) {
            let line = Array(context.line(n).utf8)
            guard let (at, end) = firstPhrase(stampPhrases, in: line) else { continue }
            let rest = String(decoding: line[end...].prefix(40), as: UTF8.self)
            guard let stamp = DateParser.parseDate(rest), stamp.isPossible,
                  PartialDate.compareAtCommonPrecision(stamp, newestStart) < 0 else { continue }
            let column = String(decoding: line[..<at], as: UTF8.self).unicodeScalars.count + 1
            return context.finding(
                "the CV says it was last updated \(stamp), before \(context.name(of: newest)) starts (\(newestStart)); update the stamp",
                at: SourceRange(line: n, column: column, endLine: n, endColumn: column + end - at - 1))
        }
        return nil
    }

    /// The first of `phrases` in a line (ASCII letters compared without case), as byte offsets of its start and end.
    static func firstPhrase(_ phrases: [[UInt8]], in line: [UInt8]) -> (Int, Int)? {
        guard line.count >= 11 else { return nil }
        for i in 0..<line.count {
            let b = line[i] | 0x20
            guard b == 0x6C || b == 0x75 else { continue }  // `l`ast/`l`atest, `u`pdated
            for phrase in phrases where i + phrase.count <= line.count && phrase[0] == b {
                var k = 1
                while k < phrase.count, (line[i + k] >= 0x41 && line[i + k] <= 0x5A ? line[i + k] | 0x20 : line[i + k]) == phrase[k] { k += 1 }
                if k == phrase.count { return (i, i + k) }
            }
        }
        return nil
    }

    static func order(_ role: Role, after before: Role) -> Int {
        guard let start = role.start, let beforeStart = before.start else { return 0 }
        let starts = PartialDate.compareAtCommonPrecision(start, beforeStart)
        let ends = endOrder(role.end, before.end)
        if starts == 0 { return ends ?? 0 }
        if starts > 0, let ends, ends < 0 { return 0 }
        return starts
    }

    /// Compares two ends (present is the latest); nil when either is missing.
    static func endOrder(_ a: DateEnd?, _ b: DateEnd?) -> Int? {
        switch (a, b) {
        case (.present?, .present?): return 0
        case (.present?, .date?): return 1
        case (.date?, .present?): return -1
        case (.date(let x)?, .date(let y)?): return PartialDate.compareAtCommonPrecision(x, y)
        default: return nil
        }
    }
}
