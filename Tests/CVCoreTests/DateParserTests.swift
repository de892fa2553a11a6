import Testing
@testable import CVCore

@Suite struct DateParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let start: String?
        let end: String?
        var testDescription: String { text }
    }

    // Each spelling as a careful reader reads it (start, end; "present" for ongoing; nil when not given).
    static let cases: [Case] = [
        Case(text: "June 2013 &#151; Present", start: "2013-06", end: "present"),
        Case(text: "June 2013 — Present", start: "2013-06", end: "present"),
        Case(text: "Aug. '19 –", start: "2019-08", end: "present"),
        Case(text: "Oct. '14 – Jan. '15", start: "2014-10", end: "2015-01"),
        Case(text: "Apr. '07 – Aug. '09", start: "2007-04", end: "2009-08"),
        Case(text: "2007 - present", start: "2007", end: "present"),
        Case(text: "May 2003 May 2007", start: "2003-05", end: "2007-05"),
        Case(text: "October 2005 May 2007", start: "2005-10", end: "2007-05"),
        Case(text: "Sept 2021 - Aug 2022", start: "2021-09", end: "2022-08"),
        Case(text: "2020-05", start: "2020-05", end: nil),
        Case(text: "2016-04-11", start: "2016-04-11", end: nil),
        Case(text: "1995 1999", start: "1995", end: "1999"),
        Case(text: "2015 to today", start: "2015", end: "present"),
        Case(text: "from 2015 to today", start: "2015", end: "present"),
        Case(text: "since 2019", start: "2019", end: "present"),
        Case(text: "Summer 1996, 1997, 1998", start: "1996", end: "1998"),
        Case(text: "March 2015 present", start: "2015-03", end: "present"),
        Case(text: "January 2013 - August 2013", start: "2013-01", end: "2013-08"),
        Case(text: "June – August 2011", start: "2011-06", end: "2011-08"),
        Case(text: "2014 &mdash; Current", start: "2014", end: "present"),
        Case(text: "2010 – Now", start: "2010", end: "present"),
        Case(text: "2018 - Ongoing", start: "2018", end: "present"),
        Case(text: "05/2020 - 11/2021", start: "2020-05", end: "2021-11"),
        Case(text: "2019-20", start: "2019", end: "2020"),
        Case(text: "2020-13", start: "2020-13", end: nil),
        Case(text: "Jun 1842 – Present", start: "1842-06", end: "present"),
        Case(text: "Jan 1840 – May 1842", start: "1840-01", end: "1842-05"),
    ]

    @Test(arguments: cases)
    func readsSpelling(_ c: Case) throws {
        let span = try #require(DateParser.parseSpan(c.text))
        #expect(span.start?.description == c.start)
        #expect(span.end?.description == c.end)
    }

    @Test func findsSpanInsideTitleLine() throws {
        let line = "Lead Engineer (June 2014 - March 2015),"
        let m = try #require(DateParser.findSpan(in: line))
        #expect(m.span.start == PartialDate(year: 2014, month: 6))
        #expect(m.span.end == .date(PartialDate(year: 2015, month: 3)))
        #expect(String(line[line.startIndex..<m.range.lowerBound]).trimmingCharacters(in: "(") == "Lead Engineer")
    }

    @Test func findsSpanAfterBulletSeparator() throws {
        let m = try #require(DateParser.findSpan(in: "Engineer • Aug. '19 –"))
        #expect(m.span.start == PartialDate(year: 2019, month: 8))
        #expect(m.span.end == .present)
    }

    @Test func proseWithoutYearsHasNoSpan() {
        #expect(DateParser.findSpan(in: "MessageLabs, Gloucester, UK (Now Symantec Email Security.cloud)") == nil)
        #expect(DateParser.findSpan(in: "received over 10,000 downloads") == nil)
        #expect(DateParser.findSpan(in: "Lua 5.1 virtual machine") == nil)
        #expect(DateParser.parseSpan("present") == nil)
    }

    @Test func impossibleDatesAreKeptForValidation() throws {
        let d = try #require(DateParser.parseDate("2021-02-31"))
        #expect(d == PartialDate(year: 2021, month: 2, day: 31))
        #expect(!d.isPossible)
        #expect(PartialDate(year: 2024, month: 2, day: 29).isPossible)
        #expect(!PartialDate(year: 2023, month: 2, day: 29).isPossible)
    }

    @Test func aSpanWrittenFromPresentBackwardsIsOneSpan() throws {
        let match = try #require(DateParser.findSpan(in: "Present – 2019"))
        #expect(match.span.start == PartialDate(year: 2019))
        #expect(match.span.end == nil)
        #expect(DateParser.startsWithPresent(match.span.text))
        // Without the dash it stays prose.
        #expect(DateParser.findSpan(in: "Current 2021 roadmap").map { DateParser.startsWithPresent($0.span.text) } != true)
        #expect(PartialDate(year: 0, month: 1).isPossible == false)
    }
}
