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
        Case(text: "Sept 2017 - Aug 2018", start: "2017-09", end: "2018-08"),
        Case(text: "2020-05", start: "2020-05", end: nil),
        Case(text: "2016-04-11", start: "2016-04-11", end: nil),
        Case(text: "1995 1999", start: "1995", end: "1999"),
        Case(text: "2015 to today", start: "2015", end: "present"),
        Case(text: "from 2015 to today", start: "2015", end: "present"),
        Case(text: "since 2019", start: "2019", end: "present"),
        Case(text: "Summer 1996, 1997, 1998", start: "1996", end: "1998"),
        Case(text: "March 2015 present", start: "2015-03", end: "present"),
        Case(text: "January 2012 - August 2012", start: "2012-01", end: "2012-08"),
        Case(text: "June – August 2011", start: "2011-06", end: "2011-08"),
        Case(text: "2014 &mdash; Current", start: "2014", end: "present"),
        Case(text: "2010 – Now", start: "2010", end: "present"),
        Case(text: "2018 - Ongoing", start: "2018", end: "present"),
        Case(text: "05/2020 - 11/2021", start: "2020-05", end: "2021-11"),
        Case(text: "2019-20", start: "2019", end: "2020"),
        // A school year across a slash: the year and the next.
        Case(text: "Session 2021/2022", start: "2021", end: "2022"),
        Case(text: "2016/17", start: "2016", end: "2017"),
        Case(text: "2016/05", start: "2016-05", end: nil),
        Case(text: "2020-13", start: "2020-13", end: nil),
        Case(text: "Jun 1842 – Present", start: "1842-06", end: "present"),
        Case(text: "Jan 1840 – May 1842", start: "1840-01", end: "1842-05"),
    ]

    // Spellings from CVs outside the English-speaking world and from CVs with terse date columns.
    static let moreCases: [Case] = [
        // The hyphen (U+2010), the non-breaking hyphen (U+2011) and the full-width hyphen-minus between two dates.
        Case(text: "03/2020 \u{2010} present", start: "2020-03", end: "present"),
        Case(text: "2017 \u{2011} 2019", start: "2017", end: "2019"),
        Case(text: "2015\u{FF0D}2016", start: "2015", end: "2016"),
        // Numeric months with dots and slashes.
        Case(text: "07.2019 - 03.2021", start: "2019-07", end: "2021-03"),
        Case(text: "12.2018 -- present", start: "2018-12", end: "present"),
        Case(text: "2010 -- 11.2018", start: "2010", end: "2018-11"),
        Case(text: "2019.07", start: "2019-07", end: nil),
        Case(text: "2019.07 - 2020.01", start: "2019-07", end: "2020-01"),
        Case(text: "2019.07.15", start: "2019-07-15", end: nil),
        // A one-digit month with the year first, only as an end of a range (alone, `2018.4` is a version more often).
        Case(text: "2016.11 - 2018.4", start: "2016-11", end: "2018-04"),
        Case(text: "2016.9 – 2017.10", start: "2016-09", end: "2017-10"),
        Case(text: "2018.3 ~ now", start: "2018-03", end: "present"),
        Case(text: "Nov, 2016- Feb, 2019", start: "2016-11", end: "2019-02"),
        // Text exported with its line breaks lost: the word for the present glued to the title after it.
        Case(text: "May 2022 - PresentNight Shift Lead", start: "2022-05", end: "present"),
        Case(text: "15.07.2019 – 31.12.2020", start: "2019-07-15", end: "2020-12-31"),
        Case(text: "06/2023 – 06/2024", start: "2023-06", end: "2024-06"),
        Case(text: "6/2021 – 7/2022", start: "2021-06", end: "2022-07"),
        Case(text: "2016. 07. - 2017. 08.", start: "2016-07", end: "2017-08"),
        Case(text: "2017. 08. - 2019. 05", start: "2017-08", end: "2019-05"),
        Case(text: "2020.07.~2021.02.", start: "2020-07", end: "2021-02"),
        Case(text: "2022/04~現在", start: "2022-04", end: "present"),
        Case(text: "2019/03 ～ 至今", start: "2019-03", end: "present"),
        Case(text: "(2023. 06. - 현재)", start: "2023-06", end: "present"),
        // A month with a glued two-digit year, and curly apostrophes.
        Case(text: "Nov18 - now", start: "2018-11", end: "present"),
        Case(text: "Jun18 - Nov18", start: "2018-06", end: "2018-11"),
        Case(text: "Jan18", start: "2018-01", end: nil),
        Case(text: "Dec'22 - Jan'23", start: "2022-12", end: "2023-01"),
        Case(text: "FEB \u{2018}19", start: "2019-02", end: nil),
        Case(text: "OCT \u{2019}16 – MAR \u{2019}17", start: "2016-10", end: "2017-03"),
        // Years in pairs, doubled dashes, arrows.
        Case(text: "[16-17]", start: "2016", end: "2017"),
        Case(text: "[99-01]", start: "1999", end: "2001"),
        Case(text: "2015–16", start: "2015", end: "2016"),
        Case(text: "2012–14", start: "2012", end: "2014"),
        Case(text: "2014-17", start: "2014", end: "2017"),
        Case(text: "2018–", start: "2018", end: "present"),
        Case(text: "2016-–present", start: "2016", end: "present"),
        Case(text: "2019 → 2021", start: "2019", end: "2021"),
        Case(text: "2019 -> 2021", start: "2019", end: "2021"),
        Case(text: "Jun 2014 → Feb 2015", start: "2014-06", end: "2015-02"),
        Case(text: "Mai 2019 → Janvier 2021", start: "2019-05", end: "2021-01"),
        Case(text: "Mars 2025 → Maintenant", start: "2025-03", end: "present"),
        // Seasons, also misspelt or in German.
        Case(text: "Summer 2019", start: "2019", end: nil),
        Case(text: "Sommer 2019", start: "2019", end: nil),
        Case(text: "Autum 2018", start: "2018", end: nil),
        Case(text: "Fall '19", start: "2019", end: nil),
        Case(text: "Fall 2022 – present", start: "2022", end: "present"),
        // Open endings.
        Case(text: "Since May 2020", start: "2020-05", end: "present"),
        Case(text: "2014 to date", start: "2014", end: "present"),
        Case(text: "From July 2023", start: "2023-07", end: "present"),
        Case(text: "depuis juillet 2024", start: "2024-07", end: "present"),
        Case(text: "seit März 2021", start: "2021-03", end: "present"),
        Case(text: "desde 2018", start: "2018", end: "present"),
        Case(text: "2014 to the end of times", start: "2014", end: "present"),
        // A single year is that year, not ongoing.
        Case(text: "Junior Analyst, 2009", start: "2009", end: nil),
        Case(text: "(2011)", start: "2011", end: nil),
        Case(text: "2011", start: "2011", end: nil),
        Case(text: "2011.", start: "2011", end: nil),
    ]

    /// Month and "present" words of other languages, full and abbreviated, with and without accents.
    static let foreignCases: [Case] = [
        Case(text: "janvier 2020 - février 2021", start: "2020-01", end: "2021-02"),
        Case(text: "Fevrier 2019 – Aout 2020", start: "2019-02", end: "2020-08"),
        Case(text: "avril 2021 → août 2021", start: "2021-04", end: "2021-08"),
        Case(text: "janv. 2020 – déc. 2020", start: "2020-01", end: "2020-12"),
        Case(text: "févr. 2018 - juil. 2019", start: "2018-02", end: "2019-07"),
        Case(text: "sept 2016 - juin 2018", start: "2016-09", end: "2018-06"),
        Case(text: "septembre 2015 - aujourd'hui", start: "2015-09", end: "present"),
        Case(text: "octobre 2015 – aujourd\u{2019}hui", start: "2015-10", end: "present"),
        Case(text: "novembre 2016 - présent", start: "2016-11", end: "present"),
        Case(text: "2019 - en cours", start: "2019", end: "present"),
        Case(text: "2019 – actuel", start: "2019", end: "present"),
        Case(text: "Jänner 2019 – Juni 2020", start: "2019-01", end: "2020-06"),
        Case(text: "März 2019 bis heute", start: "2019-03", end: "present"),
        Case(text: "Maerz 2019 – Oktober 2020", start: "2019-03", end: "2020-10"),
        Case(text: "Mär. 2018 – Dez. 2019", start: "2018-03", end: "2019-12"),
        Case(text: "Okt. 2017 - jetzt", start: "2017-10", end: "present"),
        Case(text: "Juli 2016 – laufend", start: "2016-07", end: "present"),
        Case(text: "Dezember 2020 – aktuell", start: "2020-12", end: "present"),
        Case(text: "enero 2018 - diciembre 2019", start: "2018-01", end: "2019-12"),
        Case(text: "ene. 2018 – abr. 2019", start: "2018-01", end: "2019-04"),
        Case(text: "setiembre 2017 - actualidad", start: "2017-09", end: "present"),
        Case(text: "ago. 2016 – dic. 2017", start: "2016-08", end: "2017-12"),
        Case(text: "marzo 2020 - presente", start: "2020-03", end: "present"),
        Case(text: "mayo 2019 - hoy", start: "2019-05", end: "present"),
        Case(text: "junio 2019 – actual", start: "2019-06", end: "present"),
        Case(text: "março 2019 - atual", start: "2019-03", end: "present"),
        Case(text: "fev. 2019 – out. 2020", start: "2019-02", end: "2020-10"),
        Case(text: "set. 2018 - dez. 2019", start: "2018-09", end: "2019-12"),
        Case(text: "outubro 2020 – novembro 2021", start: "2020-10", end: "2021-11"),
        Case(text: "gennaio 2019 - oggi", start: "2019-01", end: "present"),
        Case(text: "gen. 2018 – giu. 2019", start: "2018-01", end: "2019-06"),
        Case(text: "lug. 2017 - ott. 2018", start: "2017-07", end: "2018-10"),
        Case(text: "settembre 2015 – febbraio 2016", start: "2015-09", end: "2016-02"),
        Case(text: "maart 2019 - heden", start: "2019-03", end: "present"),
        Case(text: "mrt. 2018 – okt. 2019", start: "2018-03", end: "2019-10"),
        Case(text: "mei 2020 - nu", start: "2020-05", end: "present"),
        Case(text: "augustus 2014 – december 2016", start: "2014-08", end: "2016-12"),
    ]

    /// Every month spelling, full and abbreviated (with its dot), with and without accents, in any case.
    static let monthSpellings: [(String, Int)] = [
        // French
        ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
        ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12), ("decembre", 12),
        ("janv.", 1), ("févr.", 2), ("avr.", 4), ("juil.", 7), ("sept.", 9), ("oct.", 10), ("nov.", 11), ("déc.", 12),
        // German
        ("Januar", 1), ("Jänner", 1), ("Februar", 2), ("März", 3), ("Maerz", 3), ("April", 4), ("Mai", 5), ("Juni", 6),
        ("Juli", 7), ("August", 8), ("September", 9), ("Oktober", 10), ("November", 11), ("Dezember", 12),
        ("Jan.", 1), ("Feb.", 2), ("Mär.", 3), ("Okt.", 10), ("Dez.", 12),
        // Spanish
        ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8),
        ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
        ("ene.", 1), ("abr.", 4), ("ago.", 8), ("dic.", 12),
        // Portuguese
        ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("abril", 4), ("maio", 5), ("junho", 6), ("julho", 7), ("agosto", 8),
        ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12), ("fev.", 2), ("set.", 9), ("out.", 10), ("dez.", 12),
        // Italian
        ("gennaio", 1), ("febbraio", 2), ("marzo", 3), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7), ("agosto", 8),
        ("settembre", 9), ("ottobre", 10), ("novembre", 11), ("dicembre", 12), ("gen.", 1), ("giu.", 6), ("lug.", 7), ("ott.", 10),
        // Dutch
        ("januari", 1), ("februari", 2), ("maart", 3), ("april", 4), ("mei", 5), ("juni", 6), ("juli", 7), ("augustus", 8),
        ("september", 9), ("oktober", 10), ("november", 11), ("december", 12), ("mrt.", 3), ("okt.", 10),
        // Case and decomposed accents
        ("JANVIER", 1), ("MÄRZ", 3), ("Fe\u{301}vrier", 2), ("AOU\u{302}T", 8),
    ]

    @Test(arguments: monthSpellings)
    func readsMonthName(_ spelling: String, _ month: Int) throws {
        let span = try #require(DateParser.parseSpan("\(spelling) 2020 – \(spelling) 2021"))
        #expect(span.start == PartialDate(year: 2020, month: month))
        #expect(span.end == .date(PartialDate(year: 2021, month: month)))
    }

    /// Every "present" word, after a dash.
    @Test(arguments: [
        "présent", "Présent", "aujourd'hui", "maintenant", "actuel", "en cours", "heute", "jetzt", "laufend", "aktuell",
        "actualidad", "presente", "actual", "hoy", "atual", "oggi", "heden", "nu", "現在", "至今", "今", "현재",
    ])
    func readsPresentWord(_ word: String) throws {
        let span = try #require(DateParser.parseSpan("März 2019 – \(word)"))
        #expect(span.start == PartialDate(year: 2019, month: 3))
        #expect(span.end == .present)
        #expect(span.text.hasSuffix(word))
    }

    @Test(arguments: cases + moreCases + foreignCases)
    func readsSpelling(_ c: Case) throws {
        let span = try #require(DateParser.parseSpan(c.text))
        #expect(span.start?.description == c.start)
        #expect(span.end?.description == c.end)
    }

    @Test func findsSpanInsideTitleLine() throws {
        let line = "Lead Engineer (June 2012 - March 2013),"
        let m = try #require(DateParser.findSpan(in: line))
        #expect(m.span.start == PartialDate(year: 2012, month: 6))
        #expect(m.span.end == .date(PartialDate(year: 2013, month: 3)))
        #expect(String(line[line.startIndex..<m.range.lowerBound]).trimmingCharacters(in: "(") == "Lead Engineer")
    }

    /// A post held twice (`June 2021 - August 2021; June 2022 - August 2022`): one span from the first start to the
    /// last end, its text both; spans with words between them stay apart.
    @Test func spansAListJoinsAreOneSpan() throws {
        let line = "Summer Intern, June 2021 - August 2021; June 2022 - August 2022"
        let m = try #require(DateParser.findSpan(in: line))
        #expect(m.span.start == PartialDate(year: 2021, month: 6))
        #expect(m.span.end == .date(PartialDate(year: 2022, month: 8)))
        #expect(m.span.text == "June 2021 - August 2021; June 2022 - August 2022")
        #expect(String(line[..<m.range.lowerBound]) == "Summer Intern, ")
        #expect(DateParser.findSpan(in: "2015 - 2017, 2019 - present")?.span.end == .present)
        #expect(DateParser.findSpan(in: "2014 - 2015 Analyst, 2016 - 2018 Lead")?.span.end == .date(PartialDate(year: 2015)))
        // The second span must come after the first.
        #expect(DateParser.findSpan(in: "2019 - 2020; 2012 - 2014")?.span.start == PartialDate(year: 2019))
    }

    @Test func findsSpanAfterBulletSeparator() throws {
        let m = try #require(DateParser.findSpan(in: "Engineer • Aug. '19 –"))
        #expect(m.span.start == PartialDate(year: 2019, month: 8))
        #expect(m.span.end == .present)
    }

    @Test func aDashBetweenADateAndAWordPartsFieldsAndOpensNoSpan() throws {
        let m = try #require(DateParser.findSpan(in: "2017 — Waitress in Northtown Diner;"))
        #expect(m.span.start == PartialDate(year: 2017))
        #expect(m.span.end == nil)
        #expect(m.span.text == "2017")
        // Still open: a dash at the end, or words that say so after it.
        #expect(try #require(DateParser.findSpan(in: "Engineer, 2017 –")).span.end == .present)
        #expect(try #require(DateParser.findSpan(in: "2014 to the end of times")).span.end == .present)
    }

    @Test func proseWithoutYearsHasNoSpan() {
        #expect(DateParser.findSpan(in: "Brindlemark, Exeter, UK (Now Part Of Larkspur Mail.cloud)") == nil)
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

    /// Short words that are months or "present" in some language stay words in English prose: the spans
    /// found, as `start – end`.
    @Test(arguments: [
        ("Jan 2019 – set up the lab", ["2019-01 – present"]),
        ("2019 – out of office", ["2019 – present"]),
        ("Mai Nguyen, engineer, 2019", ["2019 – ?"]),
        ("Gen AI lead 2019", ["2019 – ?"]),
        ("mei", []),
        ("set 5 records in 2 years ago", []),
        ("Marco Rossi", []),
        ("Mayo Clinic, 2019", ["2019 – ?"]),
        ("2019 Nu Skin", ["2019 – ?"]),
        ("2019 Cours de Python", ["2019 – ?"]),
    ])
    func shortForeignWordsAreNoDates(_ text: String, _ spans: [String]) {
        #expect(DateParser.findSpans(in: text).map(\.span.description) == spans)
    }

    @Test func numbersThatAreNoDatesStayNumbers() {
        #expect(DateParser.findSpan(in: "doi:10.1145/3520304.3529022") == nil)
        #expect(DateParser.findSpan(in: "scored 3.14 on average") == nil)
        #expect(DateParser.findSpan(in: "IntelliJ IDEA 2018.4, Xcode") == nil)
        #expect(DateParser.findSpan(in: "[12-3] citations") == nil)
        #expect(DateParser.parseSpan("2013 (~6 years) Principal")?.description == "2013 – ?")
        #expect(DateParser.parseSpan("2013 (～6 years) 現在")?.description == "2013 – ?")
        #expect(DateParser.parseSpan("In 2019. 12 engineers joined")?.start == PartialDate(year: 2019))
        #expect(DateParser.parseSpan("https://doi.org/10.5194/2023.11")?.start?.month == nil)
    }

    @Test func aBracketPairLeavesTheTitleOutside() throws {
        let line = "[16-17] Advisor, Acme Inc."
        let m = try #require(DateParser.findSpan(in: line))
        #expect(m.span.text == "16-17")
        #expect(line[m.range.upperBound...].hasPrefix("] Advisor"))
    }

    /// `MM/YY` is a month and a two-digit year in a range of such (`03/99-07/01`, `09/16 – present`); alone it stays a
    /// number (`24/7`, `3/4`).
    @Test func shortMonthYearRanges() {
        #expect(DateParser.parseSpan("03/99-07/01")?.description == "1999-03 – 2001-07")
        #expect(DateParser.parseSpan("Kiln Supervisor 09/16 – 02/19")?.description == "2016-09 – 2019-02")
        #expect(DateParser.parseSpan("1/18 - Present")?.description == "2018-01 – present")
        #expect(DateParser.parseSpan("on call 24/7 for 3/4 of the year") == nil)
        #expect(DateParser.parseSpan("20/10/2019")?.start == PartialDate(year: 2019, month: 10, day: 20))
    }

    /// An end still to come: `Exp.`, `Expected` between the dash and the end date.
    @Test func expectedEnds() {
        #expect(DateParser.parseSpan("Sept. 2019 - Exp. May 2023")?.description == "2019-09 – 2023-05")
        #expect(DateParser.parseSpan("Sep 2023 – Expected June 2027")?.description == "2023-09 – 2027-06")
        #expect(DateParser.parseSpan("2024 - anticipated 2026")?.description == "2024 – 2026")
    }

    /// The year first, its month after it (`2020 Aug.`), and `Todate` written as one word.
    @Test func yearThenMonthAndTodate() {
        #expect(DateParser.parseSpan("2018 Feb. – 2020 Aug.")?.description == "2018-02 – 2020-08")
        #expect(DateParser.parseSpan("2021 Oct - Present")?.description == "2021-10 – present")
        #expect(DateParser.parseSpan("2019 - March 2021")?.description == "2019 – 2021-03")
        #expect(DateParser.parseSpan("06/2021 – Todate")?.description == "2021-06 – present")
    }

    @Test func theFrenchTodayIsOneToken() throws {
        let line = "Mai 2023 → aujourd’hui, Paris"
        let m = try #require(DateParser.findSpan(in: line))
        #expect(m.span.end == .present)
        #expect(line[m.range.upperBound...] == ", Paris")
    }
}
