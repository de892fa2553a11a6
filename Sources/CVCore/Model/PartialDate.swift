/// A date as CVs write them: a year, maybe a month, rarely a day.
/// Values are kept as read (month 13 stays 13) so that validation can report impossible dates.
public struct PartialDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Month 1-12 and a day that exists in that month (29 February only in leap years).
    public var isPossible: Bool {
        if year < 1 { return false }  // there is no year 0
        if let month, !(1...12).contains(month) { return false }
        if let day {
            guard let month, day >= 1 else { return false }
            return day <= PartialDate.daysIn(month: month, year: year)
        }
        return true
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Orders by year, then month, then day; a missing part sorts before any given one.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// A number of months since year 0, taking a missing month as `defaultMonth`.
    public func monthIndex(defaultMonth: Int = 1) -> Int { year * 12 + (month ?? defaultMonth) - 1 }

    /// ISO 8601 spelling of what is known: `2013`, `2013-06`, `2013-06-01`.
    public var description: String {
        var s = String(format4: year)
        if let month { s += "-" + String(pad2: month) }
        if let month = month, let day { _ = month; s += "-" + String(pad2: day) }
        return s
    }
}

/// The end of a role: a date, or "present" (still there).
public enum DateEnd: Sendable, Hashable, Codable, CustomStringConvertible {
    case date(PartialDate)
    case present

    public var date: PartialDate? {
        if case .date(let d) = self { return d }
        return nil
    }

    public var isPresent: Bool { self == .present }

    public var description: String {
        switch self {
        case .date(let d): return d.description
        case .present: return "present"
        }
    }
}

/// A span of time as read from a CV: either bound may be unknown (nil).
public struct DateSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: PartialDate?
    public var end: DateEnd?
    /// The text as written in the CV (`June 2013 &#151; Present`), trimmed.
    public var text: String
    public var source: SourceRange?

    public init(start: PartialDate?, end: DateEnd?, text: String, source: SourceRange? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.source = source
    }

    public var isEmpty: Bool { start == nil && end == nil }

    public var description: String {
        "\(start?.description ?? "?") – \(end?.description ?? "?")"
    }
}

extension String {
    init(pad2 n: Int) { self = n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
    init(format4 n: Int) {
        let s = "\(n)"
        self = n >= 0 && s.count < 4 ? String(repeating: "0", count: 4 - s.count) + s : s
    }
}
