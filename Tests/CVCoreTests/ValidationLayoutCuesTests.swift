import Foundation
import Testing
@testable import CVCore

/// Cues met in real CVs that a careful reader does not call defects, each beside the defect it must still find:
/// an environment a CV's own class closes, one begun in an included header, a name in small letters, a word a
/// two-column PDF breaks at its column's end, place lines under each role, lists that end with `etc.`.
/// Made-up CVs and made-up dictionaries.
@Suite struct ValidationLayoutCuesTests {
    static func findings(_ text: String, format: CVFormat = .markdown, rule: String, checker: (any SpellChecker)? = nil) -> [Finding] {
        Validator.validate(text: text, format: format, today: ruleTestToday, spellChecker: checker).filter { $0.ruleID == rule }
    }

    static func latex(class name: String) -> String {
        """
        \\documentclass[a4paper]{\(name)}
        \\begin{document}
        \\begin{Sheet}
        \\section{Experience}
        \\textbf{Welder}, Harbour Yard \\hfill 2016 -- 2021
        \\end{document}
        """
    }

    @Test func anEnvironmentOpenAtTheEndIsAnErrorOnlyWithAClassOfTheDistribution() {
        #expect(Self.findings(Self.latex(class: "quaysidecv"), format: .latex, rule: "latex-broken").isEmpty)
        let standard = Self.findings(Self.latex(class: "article"), format: .latex, rule: "latex-broken")
        #expect(standard.map(\.message) == ["\\end{document} ends \\begin{Sheet} of line 3"])
        // A brace never closed is an error whatever the class.
        let brace = Self.latex(class: "quaysidecv").replacingOccurrences(of: "\\textbf{Welder}", with: "\\textbf{Welder")
        #expect(!Self.findings(brace, format: .latex, rule: "latex-broken").isEmpty)
    }

    @Test func aDocumentBegunInAnIncludedHeaderIsBalanced() {
        let main = "\\input{top}\n\\section{Experience}\n\\textbf{Welder}, Harbour Yard \\hfill 2016 -- 2021\n\\end{document}\n"
        let header = "\\documentclass{article}\n\\usepackage{geometry}\n\\begin{document}\n"
        let files = LaTeXFiles { name in name == "top.tex" ? .text(header) : .missing }
        let found = Validator.validate(text: main, path: "cv.tex", today: ruleTestToday, files: files).filter { $0.ruleID == "latex-broken" }
        #expect(found.isEmpty)
        // An environment the header begins and nothing ends is still reported.
        let open = LaTeXFiles { name in name == "top.tex" ? .text(header + "\\begin{multicols}{2}\n") : .missing }
        let broken = Validator.validate(text: main, path: "cv.tex", today: ruleTestToday, files: open).filter { $0.ruleID == "latex-broken" }
        #expect(broken.map(\.message) == ["top.tex, line 4:1: \\begin{multicols} is never ended"])
    }

    @Test func aNameInSmallLettersIsAStyleADayOrMonthIsASlip() {
        let checker = WordListSpellChecker(wrong: ["quillberg": ["Quillberg"], "tuesday": ["Tuesday"], "tues": [], "tue": []])
        let text = ValidationGeneralCuesTests.cv(["Signed the quillberg hashes before each release.", "Shipped every tuesday afternoon."])
        #expect(Self.findings(text, rule: "spelling", checker: checker).map(\.message) == [#""tuesday" is misspelt (did you mean "Tuesday"?)"#])
    }

    @Test func aWordBrokenAtTheEndOfAColumnIsAFragmentASlipBesideItIsNot() {
        let text = """
            JANE DOE

            EXPERIENCE

            Welder, Harbour Yard, 2016 - 2021
            Joined the hulls of the ferries and ran the instruc-       Repaired the cranes
            tion of four apprentices in the yard every week.           and their winches.
            Kept the recieve log of the yard.
            """
        let checker = ValidationGeneralCuesTests.checker(["instruc": ["instruct"], "tion": ["ton"]])
        #expect(Self.findings(text, format: .plainText, rule: "spelling", checker: checker).map(\.suggestion) == ["receive"])
    }

    @Test func placeLinesUnderEachRoleAreNoListButARepeatedSkillIs() {
        let places = "JANE DOE\n\nEXPERIENCE\n\nWelder, Harbour Yard, 2016 - 2021\nJoined the hulls of the ferries.\n\nTOOLS\n\nPorto, Portugal\n\nBraga, Portugal\n"
        #expect(Self.findings(places, format: .plainText, rule: "duplicate-bullet").isEmpty)
        let tools = "JANE DOE\n\nEXPERIENCE\n\nWelder, Harbour Yard, 2016 - 2021\nJoined the hulls of the ferries.\n\nTOOLS\n\nLathe, Grinder, Portugal\n\nBraga, Portugal\n"
        #expect(Self.findings(tools, format: .plainText, rule: "duplicate-bullet").map(\.message) == [#""Portugal" is listed twice in this list"#])
    }

    static func workshop(_ items: [String]) -> String {
        """
        \\documentclass{article}
        \\begin{document}
        \\section{Experience}
        \\textbf{Welder}, Harbour Yard \\hfill 2016 -- 2021
        \\begin{itemize}
        \\item Joined the hulls of the ferries.
        \\end{itemize}
        \\section{Skills}
        \\subsection*{Workshop}
        \\begin{itemize}

        """ + items.map { "\\item " + $0 }.joined(separator: "\n") + "\n\\end{itemize}\n\\end{document}\n"
    }

    @Test func twoListsThatEndWithEtcNameNothingTwice() {
        let etc = Self.workshop(["\\textbf{Strong at} welding, rigging, painting, sanding, etc.", "\\textbf{Good at} drilling, cutting, etc."])
        #expect(Self.findings(etc, format: .latex, rule: "duplicate-bullet").isEmpty)
        let twice = Self.workshop(["\\textbf{Strong at} welding, rigging, painting, sanding, etc.", "\\textbf{Good at} drilling, painting, cutting."])
        #expect(Self.findings(twice, format: .latex, rule: "duplicate-bullet").map(\.message) == [#""painting" is listed twice in this list"#])
    }

    @Test func aToolNameInSmallLettersAloneInBoldIsANameInProseItIsChecked() {
        let checker = ValidationGeneralCuesTests.checker(["quillmux": ["quillmix"]])
        let bold = ValidationGeneralCuesTests.cv(["Kept the night shift's sessions in **quillmux** between reboots."])
        #expect(Self.findings(bold, rule: "spelling", checker: checker).isEmpty)
        let tex = "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\textbf{Welder}, Harbour Yard \\hfill 2016 -- 2021\n\\begin{itemize}\n\\item Kept the night shift's sessions in \\texttt{quillmux} between reboots.\n\\end{itemize}\n\\end{document}\n"
        #expect(Self.findings(tex, format: .latex, rule: "spelling", checker: checker).isEmpty)
        let plain = ValidationGeneralCuesTests.cv(["Kept the night shift's sessions in quillmux between reboots."])
        #expect(Self.findings(plain, rule: "spelling", checker: checker).map(\.suggestion) == ["quillmix"])
        let phrase = ValidationGeneralCuesTests.cv(["Kept the night shift's sessions **in quillmux** between reboots."])
        #expect(Self.findings(phrase, rule: "spelling", checker: checker).map(\.suggestion) == ["quillmix"])
    }

    @Test func aDecomposedAccentKeepsItsWordWhole() {
        // `Brønnick` written as `o` + U+0308 (as PDF text has it): one name, not `Bro` and `nnick`.
        let checker = ValidationGeneralCuesTests.checker(["nnick": ["nick"]])
        let text = ValidationGeneralCuesTests.cv(["Trained the crew with Ingrid Bro\u{0308}nnick on the night shift.", "Fixed the till so it could recieve card payments."])
        #expect(Self.findings(text, rule: "spelling", checker: checker).map(\.suggestion) == ["receive"])
    }

    @Test func anEndingWrittenAsAnAlternativeOrAHyphenatedTradeWordIsNoSlip() {
        let checker = ValidationGeneralCuesTests.checker(["ies": ["ise"], "thon": ["thin"], "recieve": ["receive"]])
        let text = ValidationGeneralCuesTests.cv([
            "Listed the licence category/-ies of every driver on the rota.",
            "Won the county hack-a-thon with the route planner.",
            "Wrote the recieve step of the route planner.",
        ])
        #expect(Self.findings(text, rule: "spelling", checker: checker).map(\.suggestion) == ["receive"])
    }

    @Test func aSlipOnAWordOfTheTradeIsFoundWhenTheDictionaryLacksTheWord() {
        // The dictionary (as en_US's) has no `microcontrollers`: its suggestions for the slips are far.
        let checker = ValidationGeneralCuesTests.checker([
            "microcontrolers": ["controllerships"], "quillographers": ["calligraphers"],
        ])
        let text = ValidationGeneralCuesTests.cv([
            "Wired the microcontrolers of the cranes to the yard's network.",
            "Hired two quillographers for the signs of the yard.",
        ])
        #expect(Self.findings(text, rule: "spelling", checker: checker).map(\.suggestion) == ["microcontrollers"])
    }

    @Test func theSameToolsUnderTwoJobsAreHonestTheSameDutyIsASlip() {
        let text = """
            # Jane Doe

            ## Experience

            ### Harbour Yard

            Welder • 2019 – 2021

            - Tools used: arc welder, plasma cutter, grinder and crane
            - Repaired the hulls of the ferries before each summer season.

            ### Quayside Docks

            Welder • 2016 – 2019

            - Tools used: arc welder, plasma cutter, grinder and crane
            - Repaired the hulls of the ferries before each summer season.
            """
        let found = Self.findings(text, rule: "duplicate-bullet")
        #expect(found.map(\.position.line) == [17])
    }

    @Test func anInitialBeforeACommaBelongsToTheNameBeforeIt() {
        func cv(_ second: String) -> String {
            Self.workshop(["Welding"]).replacingOccurrences(of: "\\end{document}\n", with: "") + """
                \\section{Publications}
                \\begin{itemize}
                \\item Orlev~A., Pimbrook~J., Tassel~K. Tides of the north quay. 2021.
                \\item \(second) Cranes at night. 2022.
                \\item Pimbrook~J., Tassel~K. Rust on the hulls. 2020.
                \\end{itemize}
                \\end{document}

                """
        }
        let checker = ValidationGeneralCuesTests.checker()
        // Two people: J. Pimbrook and A. Pimbrok (the A before Pimbrook is Orlev's).
        #expect(Self.findings(cv("Jacobs~M., Pimbrok~A., Zedler~R."), format: .latex, rule: "spelling", checker: checker).isEmpty)
        // One person spelt two ways: J. Pimbrook twice, J. Pimbrok once.
        let one = Self.findings(cv("Jacobs~M., Pimbrok~J., Zedler~R."), format: .latex, rule: "spelling", checker: checker)
        #expect(one.map(\.suggestion) == ["Pimbrook"])
    }

    @Test func aWellKnownProductOneLetterFromAWordIsANameASlipOnItIsNot() {
        let checker = ValidationGeneralCuesTests.checker(["firestore": ["firestone"], "firestroe": ["firestone"]])
        let named = ValidationGeneralCuesTests.cv(["Moved the shop's orders from the old database to Firestore last spring."])
        #expect(Self.findings(named, rule: "spelling", checker: checker).isEmpty)
        let slip = ValidationGeneralCuesTests.cv(["Moved the shop's orders from the old database to Firestroe last spring."])
        #expect(Self.findings(slip, rule: "spelling", checker: checker).map(\.suggestion) == ["Firestore"])
    }
}
