import Foundation
import Testing
@testable import CVCore

/// The TeX tree reader: escapes, comments, accents, groups and bad input.
@Suite struct LaTeXSyntaxTests {
    /// The text of a document's body as the layout reads it (one line a paragraph line).
    static func lines(_ body: String) -> [String] {
        var layout = LaTeXLayout(text: body, files: nil)
        layout.read(body)
        return layout.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(_, let l), .term(let l): return [l.text]
            case .paragraph(let ls): return ls.map(\.text)
            case .list(let items): return items.map(\.text)
            case .table(let rows, _): return rows.map { $0.map(\.text).joined(separator: " | ") }
            case .rule: return []
            }
        }
    }

    /// A macro defined in a file not at hand: a link macro (`\\xhref{url}{text}`) shows its text; an entry macro with three
    /// groups or more sets them apart as cells, the groups after the fourth as lines under it.
    @Test func undefinedLinkAndEntryMacros() {
        #expect(Self.lines("Tool (\\xhref{https://example.org/blog}{blog}, \\xhref{https://example.org/code}{code})") == ["Tool (blog, code)"])
        #expect(Self.lines("\\myEntry{Northtown University}{Northtown}{BSc Physics}{2020}{Courses: Optics, Waves}")
            == ["Northtown University | Northtown | BSc Physics | 2020", "Courses: Optics, Waves"])
    }

    @Test func escapesDashesAndSpaces() {
        #expect(Self.lines("R\\&D at Acme~Corp, 50\\% faster, \\$5 \\#1 a\\_b") == ["R&D at Acme Corp, 50% faster, $5 #1 a_b"])
        #expect(Self.lines("2019--2021 and a---b, ``quoted''") == ["2019–2021 and a—b, “quoted”"])
    }

    @Test func commentsEndAtTheLineButNotAtAnEscapedPercent() {
        #expect(Self.lines("Grew sales 20\\% % a remark\nin a year") == ["Grew sales 20% in a year"])
        #expect(Self.lines("% \\section{Hidden}\nShown") == ["Shown"])
    }

    @Test func accentsInEveryWriting() {
        #expect(Self.lines("Caf\\'e, {\\'e}t{\\'e}, G\\\"orlitz, \\c{c}a, \\v{S}koda, \\o, Stra\\ss e") == ["Café, été, Görlitz, ça, Škoda, ø, Straße"])
    }

    @Test func lineBreaksAndParagraphs() {
        #expect(Self.lines("one\\\\two\n\nthree") == ["one", "two", "three"])
    }

    @Test func unbalancedBracesEndAtTheEnd() {
        #expect(Self.lines("\\textbf{open and never closed") == ["open and never closed"])
        #expect(Self.lines("closed} too often}") == ["closed too often"])
        #expect(Self.lines("\\item[never closed text") .isEmpty == false)
    }

    @Test func tenThousandNestedGroupsAreReadFlat() {
        let text = String(repeating: "{", count: 10_000) + "deep" + String(repeating: "}", count: 10_000)
        #expect(Self.lines(text) == ["deep"])
    }

    @Test func aMacroThatCallsItselfStops() throws {
        let text = "\\def\\a{\\a\\a}\\newcommand{\\b}{x\\b}\\a\\b done"
        let lines = Self.lines(text)
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix("done") == true)
    }

    @Test func verbatimIsTextAsWritten() {
        #expect(Self.lines("\\verb|\\textbf{x}| y") == ["\\textbf{x} y"])
    }

    @Test func nothingIsExecuted() {
        #expect(Self.lines("\\immediate\\write18{rm -rf x}Text") == ["Text"])
    }

    /// Seeded garbage of TeX's special characters and CV macros: every text is read, quickly, without a crash.
    @Test func garbageIsReadWithoutCrashOrHang() throws {
        let pieces = [
            "{", "}", "[", "]", "\\", "\\\\", "%", "\n", "\n\n", "&", "#1", "$", "~", "--", "\\cventry", "\\item", "\\begin{itemize}",
            "\\end{itemize}", "\\begin{tabular}{ll}", "\\end{tabular}", "\\section", "\\newcommand{\\x}[2]{#1\\x{#2}}", "\\x",
            "\\def\\y#1{\\y{#1#1}}", "\\y", "\\input{a}", "\\'", "\\verb", "Acme", " 2019 - 2020 ", "\\textbf", "\\hfill",
        ]
        var seed: UInt64 = 42
        for _ in 0..<40 {
            var text = ""
            for _ in 0..<400 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            let included = text
            let elapsed = try threadCPUTime {
                _ = try CVReader.parse(text: text, path: "cv.tex", files: LaTeXFiles { _ in .text(included) })
            }
            #expect(elapsed < robustnessLimit)
        }
    }

    @Test func binaryTexIsRefused() {
        #expect(throws: CVParseError.self) { try CVReader.parse([0x5C, 0x00, 0x01], path: "cv.tex") }
    }
}

/// Made-up CVs in the common classes, read as a careful reader reads them.
@Suite struct LaTeXLayoutTests {
    static func read(_ text: String, files: [String: String] = [:]) throws -> CVDocument {
        let source = LaTeXFiles { path in files[path].map { .text($0) } ?? .missing }
        return try CVReader.parse(text: text, path: "cv.tex", files: source)
    }

    static func roles(_ doc: CVDocument) -> [String] {
        doc.roles.map { "\($0.organisation ?? "-") | \($0.title ?? "-") | \($0.start?.description ?? "-") | \($0.end?.description ?? "present")" }
    }

    /// A class's own macros (defined in a `.cls` file not at hand): `\subsection{Lab, University}[Town]` over a
    /// two-argument `\entry{Post}{Dates}` in a `positions` environment. The post and its dates are two cells (not
    /// `InternJune`), the town in brackets the place.
    @Test func aClassesTwoArgumentEntryUnderASubsectionWithItsTown() throws {
        let doc = try Self.read(#"""
            \documentclass{mycv}
            \begin{document}
            \section{Research Experience}
            \subsection{Harbour Robotics Lab, Eastbrook University}[Eastbrook, CA]
            \begin{positions}
              \entry{Research Intern}{June 2017~--~July 2018}
            \end{positions}
            \begin{itemize}
              \item Built a test rig.
            \end{itemize}
            \end{document}
            """#)
        #expect(doc.roles.map(\.title) == ["Research Intern"])
        #expect(doc.roles.first?.organisation?.hasPrefix("Harbour Robotics Lab") == true)
        #expect(doc.roles.map { "\($0.start?.description ?? "-") | \($0.end?.description ?? "present")" } == ["2017-06 | 2018-07"])
        #expect(doc.roles.map(\.location) == ["Eastbrook, CA"])
    }

    /// One `tabularx` an entry: the post and employer, then the dates, on the first row; a row of one cell of prose
    /// (`\multicolumn`) describes it; a list begun inside a cell gives the entry's bullets, after its rows.
    @Test func tabularxEntriesWithAListOrProseInAMulticolumnCell() throws {
        let doc = try Self.read(#"""
            \documentclass{article}
            \begin{document}
            \section{Work Experience}
            \begin{tabularx}{\linewidth}{ @{}l r@{} }
            \textbf{Harbour Summer Program} & \hfill Mar 2023 - Sep 2023 \\[3.75pt]
            \multicolumn{2}{@{}X@{}}{Chosen for a three-month program that pairs students with open source projects and mentors, and wrote a plugin for it.}
            \end{tabularx}

            \begin{tabularx}{\linewidth}{@{} l r @{}}
            \textbf{Web Developer Intern, Quillon and Partners} & {July 4, 2022 -- August 8, 2022} \\
            \multicolumn{2}{@{}X@{}}{\begin{itemize}[noitemsep] % tight
                \item[--] Built responsive pages with HTML and CSS.
                \item[--] Wrote the booking backend.
            \end{itemize}}
            \end{tabularx}
            \end{document}
            """#)
        #expect(doc.roles.map(\.organisation) == ["Harbour Summer Program", "Quillon and Partners"])
        #expect(doc.roles.last?.title == "Web Developer Intern")
        #expect(doc.roles.first?.text.first?.text.hasPrefix("Chosen for a three-month program") == true)
        #expect(doc.roles.last?.bullets.map(\.text) == ["Built responsive pages with HTML and CSS.", "Wrote the booking backend."])
    }

    static let moderncv = #"""
        \documentclass[11pt]{moderncv}
        \moderncvstyle{banking}
        \name{Ann}{Lee}
        \email{ann@example.org}
        \begin{document}
        \makecvtitle
        \section{Experience}
        \cventry{2019--present}{Senior Engineer}{Acme Widgets}{Springfield}{}{Runs the widget pipeline.}
        \cventry{2016--2019}{Engineer}{}{}{}{
          \begin{itemize}
            \item Built the first pipeline
            \item Cut build times by half
          \end{itemize}}
        \section{Education}
        \cventry{2012--2016}{BSc Computer Science}{Springfield University}{Springfield}{}{}
        \section{Certifications}
        \cventry{2020}{Example Cloud}{Certified Widget Architect}{}{}{}
        \section{Skills}
        \cvitem{Languages}{Swift, Rust, Python}
        \cvitem{Tools}{Git, Docker}
        \end{document}
        """#

    @Test func moderncvEntriesCarryTheirFields() throws {
        let doc = try Self.read(Self.moderncv)
        #expect(doc.format == .latex)
        #expect(doc.person.name == "Ann Lee")
        #expect(doc.person.email == "ann@example.org")
        // The second entry leaves the employer empty: the same employer as the entry above.
        #expect(Self.roles(doc) == ["Acme Widgets | Senior Engineer | 2019 | present", "Acme Widgets | Engineer | 2016 | 2019"])
        #expect(doc.roles[1].bullets.map(\.text) == ["Built the first pipeline", "Cut build times by half"])
        #expect(doc.education.map(\.institution) == ["Springfield University"])
        let skills = doc.skills.flatMap { $0.skills.map(\.name) }
        #expect(skills == ["Swift", "Rust", "Python", "Git", "Docker"])
    }

    /// A LaTeX CV read through a memo (again, and in a version with one entry changed) reads as without one.
    @Test func aMemoChangesNothingInTheReading() throws {
        let changed = Self.moderncv.replacingOccurrences(of: "{Engineer}{}{}{}{", with: "{Staff Engineer}{Globex}{}{}{")
        let memo = MarkdownParseMemo()
        for text in [Self.moderncv, Self.moderncv, changed, Self.moderncv] {
            let alone = try LaTeXCVParser().parse(text)
            let viaMemo = try LaTeXCVParser(memo: memo).parse(text)
            #expect(viaMemo == alone)
        }
        #expect(Self.roles(try LaTeXCVParser(memo: memo).parse(changed))[1] == "Globex | Staff Engineer | 2016 | 2019")
    }

    @Test func anEmployerArgumentThatOnlySaysTheContractGivesWayToTheNextArgument() throws {
        let text = #"""
            \documentclass{moderncv}
            \begin{document}
            \section{Experience}
            \cventry{2017 -- 2020}{Développeur Web}{CDI - 3 ans}{}{Exemple SARL (Lyon)}{}
            \section{Education}
            \cventry{2015}{PhD in widgetry}{}{}{TU Examplestadt, Germany}{}
            \end{document}
            """#
        let doc = try Self.read(text)
        #expect(doc.roles.first?.organisation?.hasPrefix("Exemple SARL") == true)
        #expect(doc.roles.first?.title == "Développeur Web")
        #expect(doc.education.first?.institution?.hasPrefix("TU Examplestadt") == true)
    }

    /// Memberships, a thesis, a semester abroad and volunteering laid out as the jobs are hold no post: they stay as
    /// items of their section, and the jobs around them are roles.
    @Test func entriesThatHoldNoPostAreItemsNotRoles() throws {
        let text = #"""
            \documentclass{moderncv}
            \begin{document}
            \section{Experience}
            \cventry{2020--2022}{Data Engineer}{Globex Widgets}{Springfield}{}{Built the ingest.}
            \cventry{2021}{Member of the programme committee of the Widget Workshop}{}{}{}{Reviewed papers.}
            \cventry{since 2019}{Active member in the Northtown Postdoc Society}{}{}{}{}
            \cventry{2013--2015}{member of the board of the Springfield Brass Band e.V.}{}{}{}{}
            \cventry{2009--2010}{Semester abroad}{}{Northtown University, UK}{}{}
            \cventry{2018}{Graduate Thesis}{Reading widgets from their shadows}{}{}{}
            \cventry{2017}{Développeur Front}{Bénévolat}{}{Exemple Asso}{}
            \cventry{2016--2017}{Member of Technical Staff}{Initech}{}{}{}
            \cventry{2015--2016}{Thesis intern}{Acme Labs}{}{}{}
            \end{document}
            """#
        let doc = try Self.read(text)
        #expect(doc.roles.map(\.title) == ["Data Engineer", "Member of Technical Staff", "Thesis intern"])
        let items = doc.sections.filter { $0.title == "Experience" }.flatMap(\.items).map(\.text)
        #expect(items.count == 6)
        #expect(items.contains { $0.contains("Semester abroad") && $0.contains("Northtown University") })
        #expect(items.contains { $0.contains("Bénévolat") })
        #expect(doc.sections.flatMap(\.items).first { $0.text.contains("programme committee") }?.children.map(\.text) == ["Reviewed papers."])
    }

    @Test func awesomeCVSplitOverInputFiles() throws {
        let main = #"""
            \documentclass[11pt, a4paper]{awesome-cv}
            \name{Bo}{Berg}
            \position{Platform Engineer}
            \begin{document}
            \makecvheader
            \input{resume/experience.tex}
            \input{resume/skills}
            \input{../outside.tex}
            \input{/etc/hostname}
            \input{resume/missing}
            \end{document}
            """#
        let experience = #"""
            \cvsection{Experience}
            \begin{cventries}
              \cventry{Staff Engineer}{Globex Data, Inc.}{Oslo, Norway}{Mar. 2021 - Present}{
                \begin{cvitems}
                  \item {Moved the platform to containers}
                \end{cvitems}}
              \cventry{Engineer}{Initech}{Bergen, Norway}{2018 - 2021}{}
            \end{cventries}
            """#
        let skills = #"""
            \cvsection{Skills}
            \begin{cvskills}
              \cvskill{Languages}{Go, Kotlin, SQL}
            \end{cvskills}
            """#
        let doc = try Self.read(main, files: ["resume/experience.tex": experience, "resume/skills.tex": skills])
        #expect(Self.roles(doc) == ["Globex Data, Inc. | Staff Engineer | 2021-03 | present", "Initech | Engineer | 2018 | 2021"])
        #expect(doc.roles[0].location == "Oslo, Norway")
        #expect(doc.roles[0].bullets.map(\.text) == ["Moved the platform to containers"])
        #expect(doc.skills.flatMap { $0.skills.map(\.name) } == ["Go", "Kotlin", "SQL"])
        #expect(doc.person.label == "Platform Engineer")
        // What is not followed is named, and the rest is read.
        let notes = doc.notes.map(\.message)
        #expect(notes.contains { $0.contains("../outside.tex") && $0.contains("above") })
        #expect(notes.contains { $0.contains("/etc/hostname") && $0.contains("absolute") })
        #expect(notes.contains { $0.contains("resume/missing") && $0.contains("no such file") })
    }

    @Test func anIncludeCycleIsReadOnce() throws {
        let doc = try Self.read(
            "\\begin{document}\\section{Experience}\\input{a}\\end{document}",
            files: ["a.tex": "\\cventry{Engineer}{Acme}{Oslo}{2019 - 2020}{}\\input{b}", "b.tex": "\\input{a}"])
        #expect(doc.roles.count == 1)
        #expect(doc.notes.contains { $0.message.contains("cycle") })
    }

    @Test func jakesResumeWithItsOwnDefinitions() throws {
        // The macros are the user's own: the order of their arguments is his, and the content decides.
        let text = #"""
            \documentclass[letterpaper,11pt]{article}
            \newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
            \newcommand{\resumeSubheading}[4]{
              \vspace{-2pt}\item
                \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
                  \textbf{#1} & #2 \\
                  \textit{\small#3} & \textit{\small #4} \\
                \end{tabular*}\vspace{-7pt}
            }
            \newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
            \newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
            \newcommand{\resumeItemListStart}{\begin{itemize}}
            \newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
            \begin{document}
            \begin{center}
              \textbf{\Huge \scshape Cy Moreau} \\ \vspace{1pt}
              \small 555-0100 $|$ \href{mailto:cy@example.com}{\underline{cy@example.com}}
            \end{center}
            \section{Experience}
              \resumeSubHeadingListStart
                \resumeSubheading
                  {Software Engineer}{June 2020 -- Present}
                  {Umbrella Analytics}{Austin, TX}
                  \resumeItemListStart
                    \resumeItem{Wrote the ingestion service in Go}
                    \resumeItem{Cut query latency by 40\%}
                  \resumeItemListEnd
                \resumeSubheading
                  {Hooli}{May 2019 -- Aug 2019}
                  {Software Engineering Intern}{Palo Alto, CA}
              \resumeSubHeadingListEnd
            \section{Technical Skills}
             \begin{itemize}[leftmargin=0.15in, label={}]
                \small{\item{
                 \textbf{Languages}{: Go, Python, SQL} \\
                 \textbf{Frameworks}{: React, Flask}
                }}
             \end{itemize}
            \end{document}
            """#
        let doc = try Self.read(text)
        #expect(doc.person.name == "Cy Moreau")
        #expect(doc.person.email == "cy@example.com")
        #expect(Self.roles(doc) == ["Umbrella Analytics | Software Engineer | 2020-06 | present", "Hooli | Software Engineering Intern | 2019-05 | 2019-08"])
        #expect(doc.roles[0].bullets.map(\.text) == ["Wrote the ingestion service in Go", "Cut query latency by 40%"])
        #expect(doc.skills.map(\.name) == ["Languages", "Frameworks"])
        #expect(doc.skills.flatMap { $0.skills.map(\.name) } == ["Go", "Python", "SQL", "React", "Flask"])
    }

    /// `{Ground Test Engineer}{Nov 2023 -- Present}` / `{Globex (Contractor)}{Harbour Space Park, FL, USA}` in a macro of
    /// the user's own: terms of employment in brackets make no title of the name, and a cell that opens with a site
    /// and ends in places is where the work was, not the employer.
    @Test func contractorEmployerAndASiteBeforeItsPlaces() throws {
        let text = #"""
            \documentclass{article}
            \newcommand{\job}[4]{
              \item
                \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
                  \textbf{#1} & #2 \\
                  \textit{\small#3} & \textit{\small #4} \\
                \end{tabular*}
            }
            \begin{document}
            \section{Experience}
            \begin{itemize}
              \job{Ground Test Engineer}{Nov 2023 -- Present}{Globex (Contractor)}{Harbour Space Park, FL, USA}
                \begin{itemize}
                  \item{Ran the ground tests of four subsystems.}
                \end{itemize}

              \job{Feature Owner}{Feb 2022 -- Jul 2023}{Initech Motor Company}{Springfield, MI, USA}
                \begin{itemize}
                  \item{Wrote the specifications of new features.}
                \end{itemize}
            \end{itemize}
            \end{document}
            """#
        let doc = try Self.read(text)
        #expect(Self.roles(doc) == ["Globex (Contractor) | Ground Test Engineer | 2023-11 | present", "Initech Motor Company | Feature Owner | 2022-02 | 2023-07"])
        #expect(doc.roles.first?.location == "Harbour Space Park, FL, USA")
    }

    @Test func plainArticleWithSectionsAndColumns() throws {
        let text = #"""
            \documentclass{article}
            \begin{document}
            {\LARGE Dana Whit}

            \section*{Work Experience}
            {\sl Chief Widget Officer} \hfill July 2019 - Present \\
            Widget Works, Springfield, IL

            {\sl Widget Engineer} \hfill March 2015 - June 2019 \\
            Gadget Labs, Springfield, IL

            \section*{Projects}
            \textbf{Widget Finder} \hfill 2018 \\
            A search engine for widgets.

            \section*{Skills}
            \begin{tabular}{ll}
            \textsc{Programming} & C, Haskell, Lua \\
            \textsc{Tools} & Make, Vim \\
            \end{tabular}
            \end{document}
            """#
        let doc = try Self.read(text)
        #expect(Self.roles(doc) == ["Widget Works | Chief Widget Officer | 2019-07 | present", "Gadget Labs | Widget Engineer | 2015-03 | 2019-06"])
        #expect(doc.roles[0].location == "Springfield, IL")
        // The project is no role.
        #expect(doc.projects.map(\.name) == ["Widget Finder"])
        #expect(doc.skills.flatMap { $0.skills.map(\.name) } == ["C", "Haskell", "Lua", "Make", "Vim"])
    }

    @Test func altacvEventsWithSwappedArgumentsAndTags() throws {
        let text = #"""
            \documentclass{altacv}
            \name{Eli Park}
            \tagline{Data Engineer}
            \begin{document}
            \cvsection{Experience}
            \cvevent{Data Engineer}{Northwind Freight}{August 2021 -- Present}{Leeds}
            \cvevent{Contoso Retail}{SQL Developer}{Jan 2018 -- Jul 2021}{}
            \cvsection{Skills}
            \cvtag{Spark}\cvtag{dbt}\cvtag{Airflow}
            \end{document}
            """#
        let doc = try Self.read(text)
        // The second event names its organisation where the title goes: the content decides.
        #expect(Self.roles(doc) == ["Northwind Freight | Data Engineer | 2021-08 | present", "Contoso Retail | SQL Developer | 2018-01 | 2021-07"])
        #expect(doc.skills.flatMap { $0.skills.map(\.name) } == ["Spark", "dbt", "Airflow"])
    }

    @Test func userMacrosAreExpanded() throws {
        let text = #"""
            \documentclass{article}
            \newcommand{\job}[3]{\textbf{#2} \hfill #3 \\ \textit{#1}\par}
            \def\sep{\hfill}
            \begin{document}
            \section{Experience}
            \job{Widget Engineer}{Acme Widgets}{2019 -- 2021}
            \end{document}
            """#
        let doc = try Self.read(text)
        #expect(Self.roles(doc) == ["Acme Widgets | Widget Engineer | 2019 | 2021"])
    }

    /// A file on disk may include files next to it, never a link out of its folder.
    @Test func fileSystemIncludesStayInTheFolder() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("cvtrack-latex-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("cv")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("parts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        try "\\cventry{Engineer}{Acme}{Oslo}{2019 - 2020}{}".write(to: folder.appendingPathComponent("parts/jobs.tex"), atomically: true, encoding: .utf8)
        try "\\cventry{Spy}{Outside}{Oslo}{2010 - 2011}{}".write(to: base.appendingPathComponent("secret.tex"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("parts/link.tex").path, withDestinationPath: base.appendingPathComponent("secret.tex").path)
        let main = folder.appendingPathComponent("cv.tex").path
        let files = LaTeXFiles.fileSystem(mainFile: main)
        #expect(files.read("parts/jobs.tex") != .missing)
        #expect(files.read("parts/link.tex") == .refused("a link out of the CV's folder"))
        #expect(files.read("nothing.tex") == .missing)
        let text = "\\begin{document}\\section{Experience}\\input{parts/jobs}\\input{parts/link}\\input{cv}\\end{document}"
        let doc = try CVReader.parse(text: text, path: main, files: files)
        #expect(Self.roles(doc) == ["Acme | Engineer | 2019 | 2020"])
        #expect(doc.notes.contains { $0.message.contains("parts/link") && $0.message.contains("link out") })
        #expect(doc.notes.contains { $0.message.contains("\\input{cv}") && $0.message.contains("cycle") })
    }

    /// `2020 - 2023 & BSc, \textbf{School}` / `& \hfill GPA: 3.9`: a row with an empty first cell goes on with the
    /// dated row above (its text), and an empty cell stands on its row's line, not the file's first.
    @Test func aRowWithAnEmptyFirstCellGoesOnWithTheRowAbove() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass{article}
            \begin{document}
            \section{Education}
            \begin{tabularx}{\linewidth}{@{}l X@{}}
            2023 - 2026 & Bachelor of Engineering, \textbf{University of Northfield} \\
            & \hfill GPA: 7.62\\
            2020 - 2023 & Diploma in Computer Engineering, \textbf{Northfield Technical Board} \\
            & \hfill Percentage: 79.87\%\\
            \end{tabularx}
            \end{document}
            """#)
        #expect(doc.education.map(\.institution) == ["University of Northfield", "Northfield Technical Board"])
        #expect(doc.education.map { $0.bullets.map(\.text) } == [["GPA: 7.62"], ["Percentage: 79.87%"]])
        #expect(doc.education.map { $0.source.start.line } == [5, 7])
    }

    /// A class's date macro left undefined (`\Stamp{Aug}{ `17}`, LaTeX's opening quote before a two-digit year): a month
    /// and its year, one date, not a name over dates; `University at Westbury` stays one name after a title.
    @Test func aMonthAndABacktickedYearInAnUndefinedMacroAreOneDate() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass{article}
            \begin{document}
            \section{Experience}
            \textbf{Engineer}, Harbour Systems \hfill \Stamp{Aug}{ `17} -- \Stamp{Jan}{ `23}

            \textbf{Teaching Assistant}, University at Westbury \hfill \Stamp{May}{ `15} --
            \Stamp{Jul}{ `17}
            \end{document}
            """#)
        #expect(doc.roles.map { "\($0.organisation ?? "") | \($0.title ?? "") | \($0.start?.description ?? "") | \($0.end?.description ?? "")" } == [
            "Harbour Systems | Engineer | 2017-08 | 2023-01", "University at Westbury | Teaching Assistant | 2015-05 | 2017-07",
        ])
    }

    /// A user's link macro that sets an underline colour first (`\setulcolor{cyan}\ul{#2}`): the colour's name is no text.
    @Test func aColourSetByAnUnknownCommandIsNoText() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass[11pt,a4paper,sans]{moderncv}
            \newcommand{\myhref}[2]{\href{#1}{\setulcolor{teal}\ul{#2}}}
            \begin{document}
            \section{Experience}
            \cventry{2019--2021}{Engineer}{Harbour Systems}{Dover}{}{Wrote the \myhref{https://example.org}{tide planner}.}
            \end{document}
            """#)
        #expect(doc.roles.first?.text.map(\.text).joined().contains("teal") == false)
        #expect(doc.roles.first.map { ($0.text + $0.bullets).map(\.text).joined() }?.contains("Wrote the tide planner.") == true)
    }

    /// Jake's resume, macros defined in the file: `\resumeSubSubheading{Engineer}{dates}` under
    /// `\resumeSubheading{Harbour Systems}…` is a further post at Harbour Systems (a promotion, not a post of nowhere).
    @Test func aFurtherPostUnderTheOrganisationAbove() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass{article}
            \newcommand{\resumeSubheading}[4]{\item\textbf{#1} \hfill #2 \\ \textit{#3} \hfill \textit{#4}}
            \newcommand{\resumeSubSubheading}[2]{\item \textit{#1} \hfill \textit{#2}}
            \begin{document}
            \section{Experience}
            \begin{itemize}
              \resumeSubheading{Harbour Systems}{Jan 2021 -- Present}{Senior Engineer}{Dover, UK}
              \begin{itemize}\item Led the platform team.\end{itemize}
              \resumeSubSubheading{Engineer}{Jun 2018 -- Dec 2020}
              \begin{itemize}\item Built the billing service.\end{itemize}
              \resumeSubheading{Quillfeather}{2016 -- 2018}{Developer}{Leeds, UK}
            \end{itemize}
            \end{document}
            """#)
        #expect(doc.roles.map { "\($0.organisation ?? "") | \($0.title ?? "")" } == [
            "Harbour Systems | Senior Engineer", "Harbour Systems | Engineer", "Quillfeather | Developer",
        ])
    }

    /// `\resumeProjectHeading{\textbf{Tide Planner} $|$ \emph{HTML/CSS, JavaScript}}{dates}`: the project is its name,
    /// not its stack.
    @Test func aProjectIsItsNameNotItsStack() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass{article}
            \newcommand{\resumeProjectHeading}[2]{\item\textbf{#1} \hfill #2}
            \begin{document}
            \section{Projects}
            \begin{itemize}
              \resumeProjectHeading{\textbf{Tide Planner} $|$ \emph{HTML/CSS, JavaScript, Flask}}{June 2020 -- Present}
              \begin{itemize}\item Built a planner for tides.\end{itemize}
              \resumeProjectHeading{\textbf{Quillpad} $|$ \emph{Rust, SQLite}}{2019}
            \end{itemize}
            \end{document}
            """#)
        #expect(doc.projects.map(\.name) == ["Tide Planner", "Quillpad"])
        #expect(doc.projects.map(\.role) == [nil, nil])
    }

    /// A CV set with environments of the user's own (`\newenvironment{org}{\bfseries}{\par}`): each ends its
    /// paragraph as its definition says, its style stays inside it, and its arguments (`\begin{job}{…}{…}`) are read
    /// where its begin code puts them.
    @Test func theUsersOwnEnvironmentsAreReadAsDefined() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass{article}
            \newenvironment{org}{\fontfamily{ppl}\selectfont\bfseries}{\par}
            \newenvironment{post}{\itshape}{\par}
            \newenvironment{when}{\small}{\par}
            \newenvironment{job}[2]{\begin{minipage}{0.7\linewidth}#1\end{minipage}\hfill\begin{minipage}{0.3\linewidth}#2\end{minipage}}{\par}
            \begin{document}
            \section{Experience}
            \begin{job}{\begin{org}Larkspur Freight\end{org}\begin{post}Route Planner\end{post}}{\begin{when}March 2019 - Present\end{when}}\end{job}
            \begin{itemize}\item Planned the routes of twelve vans.\end{itemize}
            \begin{job}{\begin{org}Quillon Labs\end{org}\begin{post}Data Analyst\end{post}}{\begin{when}May 2016 - Feb 2019\end{when}}\end{job}
            \begin{itemize}\item Counted the birds of the bay.\end{itemize}
            \end{document}
            """#)
        #expect(doc.roles.map { "\($0.organisation ?? "") | \($0.title ?? "") | \($0.start?.description ?? "") | \($0.end?.description ?? "")" } == [
            "Larkspur Freight | Route Planner | 2019-03 | present", "Quillon Labs | Data Analyst | 2016-05 | 2019-02",
        ])
        #expect(doc.roles.map { $0.bullets.map(\.text) } == [["Planned the routes of twelve vans."], ["Counted the birds of the bay."]])
    }

    /// Europass (2013 and europecv2013): `\ecvsection` heads a section, `\ecvtitle{dates}{post}` an entry whose employer
    /// and address are the first `\ecvitem{}{…}` under it; `\ecvworkexperience` and `\ecveducation` carry their fields;
    /// the person is `\ecvname`, the post sought `\ecvposition`, the first of several addresses in `\ecvemail`.
    @Test func europassEntriesCarryTheirFields() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass[english,a4paper]{europasscv}
            \ecvname{Tomas Verhoef}
            \ecvemail{tomas@example.org tv@example.net}
            \ecvtelephone{+31 20 555 0100}
            \begin{document}
            \begin{europasscv}
            \ecvpersonalinfo
            \ecvsection{Work experience}
            \ecvtitle{May 2019 -- Present}{Harbour Logistics Planner}
            \ecvitem{}{Dunmore Shipping\newline 4 Quay Road, Rotterdam (Netherlands)}
            \ecvitem{}{Planning the berths of the container quay}

            \ecvtitle{Sep 2016 -- Apr 2019}{Junior Analyst}
            \ecvitem{}{Kelp \& Tide Research, Delft (Netherlands)}
            \ecvworkexperience{2014 -- 2016}{Field Assistant}{Polder Survey Office}{Leiden (Netherlands)}{Counted the birds of the marsh.}
            \ecvsection{Education and training}
            \ecvtitlelevel{2012--2016}{Bachelor of Science in Geography}{EQF level 6}
            \ecvitem{}{University of Westmere, Utrecht (Netherlands)}
            \ecvsection{Personal skills}
            \ecvmothertongue{Dutch}
            \ecvlanguageheader
            \ecvlanguage{Norwegian}{B2}{B2}{B1}{B1}{B2}
            \ecvlanguagefooter
            \end{europasscv}
            \end{document}
            """#)
        #expect(doc.person.name == "Tomas Verhoef")
        #expect(doc.person.email == "tomas@example.org")
        #expect(doc.roles.map { "\($0.organisation ?? "") | \($0.title ?? "") | \($0.start?.description ?? "") | \($0.end?.description ?? "")" } == [
            "Dunmore Shipping | Harbour Logistics Planner | 2019-05 | present", "Kelp & Tide Research | Junior Analyst | 2016-09 | 2019-04",
            "Polder Survey Office | Field Assistant | 2014 | 2016",
        ])
        #expect(doc.roles.first?.bullets.map(\.text) == ["Planning the berths of the container quay"])
        #expect(doc.education.map(\.institution) == ["University of Westmere"])
        #expect(doc.education.first?.qualification == "Bachelor of Science in Geography")
    }

    /// friggeri's `\entry{dates}{title}{employer}{description}`, each argument on a line of its own and the description
    /// set in italics: each description is the text of its own entry (an italic line is no heading of the entry after
    /// it), and dates written `MM/YY-MM/YY` are months of two-digit years.
    @Test func friggeriDescriptionsStayWithTheirEntry() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass[]{friggeri-cv}
            \begin{document}
            \section{experience}
            \begin{entrylist}
              \entry
                {03/19-07/21}
                {Kiln Supervisor}
                {Ashgrove Ceramics, Leeds}
                {\emph{Ran the night firing of three gas kilns.}}
              \entry
                {09/16--02/19}
                {Glaze Technician}
                {Marlow Pottery Works, York}
                {\emph{Mixed glaze batches.}}
              \entry
                {2014--2016}
                {Studio Assistant}
                {Fenwick Clay Studio, Hull}
                {\emph{Loaded the kilns.}}
            \end{entrylist}
            \end{document}
            """#)
        #expect(doc.roles.map { "\($0.organisation ?? "") | \($0.title ?? "") | \($0.start?.description ?? "") | \($0.end?.description ?? "")" } == [
            "Ashgrove Ceramics | Kiln Supervisor | 2019-03 | 2021-07", "Marlow Pottery Works | Glaze Technician | 2016-09 | 2019-02",
            "Fenwick Clay Studio | Studio Assistant | 2014 | 2016",
        ])
        #expect(doc.roles.map { $0.text.map(\.text) } == [
            ["Ran the night firing of three gas kilns."], ["Mixed glaze batches."], ["Loaded the kilns."],
        ])
    }

    /// A one-row tabular per post whose column spec prints the dash between its first two columns
    /// (`@{}l@{\enspace--\enspace}ll`): the start and the end (or `Present`) are one span, not a date and an employer.
    @Test func aDateCellAndAnEndCellAreOneSpan() throws {
        let doc = try LaTeXCVParser().parse(#"""
            \documentclass{article}
            \begin{document}
            \section*{Experience}
            \begin{tabular}{@{}l@{\enspace--\enspace}ll}
            \textbf{2021 Mar.} & Present & Route Planner at \textbf{Larkspur Freight}. \\
            \end{tabular} \\[0.2em]
            Planned the routes of twelve vans. \\[0.4em]
            \begin{tabular}{@{}l@{\enspace--\enspace}ll}
            \textbf{2017 Jan.} & \textbf{2021 Feb.} & Data Analyst at \textbf{Quillon Labs}. \\
            \end{tabular} \\[0.2em]
            Counted the birds of the bay. \\[0.4em]
            \end{document}
            """#)
        #expect(doc.roles.map { "\($0.start?.description ?? "") | \($0.end?.description ?? "")" } == ["2021-03 | present", "2017-01 | 2021-02"])
        #expect(!doc.roles.contains { $0.organisation == "Present" || $0.title == "Present" })
    }

    @Test func theSamplesAreRead() throws {
        let root = MarkdownTestCorpus.repository + "/samples/latex"
        for name in ["cv.tex", "awesome/resume.tex"] {
            let path = root + "/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let doc = try CVReader.parse(text: text, path: path, files: .fileSystem(mainFile: path))
            #expect(doc.roles.count >= 2, "\(name)")
            #expect(!doc.education.isEmpty, "\(name)")
            #expect(!doc.skills.isEmpty, "\(name)")
            #expect(doc.notes.isEmpty, "\(name): \(doc.notes)")
        }
    }

    /// A 16 KB LaTeX CV is read whole, without a hang (CPU time; its speed is measured by the benchmarks, not here).
    @Test func aLongCVIsReadWhole() throws {
        var body = ""
        var n = 0
        while body.utf8.count < 16_000 {
            n += 1
            body += "\\cventry{\(2000 + n % 20)--\(2001 + n % 20)}{Engineer \(n)}{Acme \(n)}{Oslo}{}{\\begin{itemize}\\item Built widget \(n) with \\textbf{Swift}\\end{itemize}}\n"
        }
        let text = "\\documentclass{moderncv}\\begin{document}\\section{Experience}\n" + body + "\\end{document}"
        var document: CVDocument?
        let elapsed = try threadCPUTime { document = try CVReader.parse(text: text, path: "cv.tex") }
        #expect(document?.roles.count == n)
        #expect(elapsed < robustnessLimit)
    }
}
