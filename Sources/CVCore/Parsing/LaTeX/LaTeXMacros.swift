/// The macro table: what each command of LaTeX and of the common CV classes means for a reader.
extension LaTeXLayout {
    /// Commands whose arguments are layout, not text: how many brace groups each takes (optional ones are skipped
    /// anyway). Their arguments are dropped.
    static let layoutCommands: [String: Int] = [
        "vspace": 1, "hspace": 1, "vskip": 0, "hskip": 0, "color": 1, "pagecolor": 1, "setlength": 2, "addtolength": 2,
        "usepackage": 1, "RequirePackage": 1, "documentclass": 1, "pagestyle": 1, "thispagestyle": 1, "geometry": 1,
        "newgeometry": 1, "definecolor": 3, "colorlet": 2, "label": 1, "fontsize": 2,
        "setmainfont": 1, "setsansfont": 1, "setmonofont": 1, "newfontfamily": 2, "moderncvstyle": 1, "moderncvcolor": 1,
        "moderncvtheme": 1, "moderncvicons": 1, "nocite": 1, "bibliography": 1, "bibliographystyle": 1, "addbibresource": 1,
        "photo": 1, "titleformat": 5, "titlespacing": 5, "hypersetup": 1, "setcounter": 2, "addtocounter": 2, "rule": 2,
        "linespread": 1, "setlist": 1, "markboth": 2, "pdfbookmark": 2, "hyphenation": 1, "newlength": 1,
        "newcounter": 1, "setsecnumdepth": 1, "titlerule": 0, "fancyhf": 1, "fancyhead": 1, "fancyfoot": 1, "lhead": 1,
        "rhead": 1, "chead": 1, "lfoot": 1, "rfoot": 1, "cfoot": 1, "raggedright": 0, "centering": 0, "cvfooter": 3,
        "footer": 3, "makecvfooter": 3, "quote": 1, "recipient": 2, "letterdate": 1, "lettertitle": 1, "letteropening": 1,
        "letterclosing": 1, "letterenclosure": 1, "extrainfo": 1, "address": 3, "setuptextfont": 1, "faIcon": 1,
        "icon": 1, "cvtagline": 0, "sethlcolor": 1, "fontspec": 1, "urlstyle": 1, "setfont": 1, "renewenvironment": 3,
        "newenvironment": 3, "newsavebox": 1, "setbox": 0, "DeclareMathOperator": 2, "pgfmathsetmacro": 2,
        "tikz": 0, "draw": 0, "fill": 0, "node": 0, "printbibliography": 0, "bibitem": 1, "cite": 1,
        "ifthenelse": 1, "AtBeginDocument": 1, "graphicspath": 1, "columnratio": 1,
        "addtocontents": 2, "addcontentsline": 3, "setmainlanguage": 1, "selectlanguage": 1, "babelfont": 2,
        "newcolumntype": 2, "arrayrulecolor": 1, "rowcolor": 1, "cellcolor": 1, "cvskillbar": 1, "marginpar": 0,
        "personalinfoicon": 0, "namefont": 0, "Huge": 0, "huge": 0, "LARGE": 0, "Large": 0, "large": 0,
        "normalsize": 0, "small": 0, "footnotesize": 0, "scriptsize": 0, "tiny": 0, "selectfont": 0, "noindent": 0,
        "indent": 0, "clearpage": 0, "newpage": 0, "pagebreak": 0, "maketitle": 0, "makecvtitle": 0, "makecvheader": 0,
        "bigskip": 0, "medskip": 0, "smallskip": 0, "protect": 0, "relax": 0, "leavevmode": 0, "normalfont": 0,
        "rmfamily": 0, "sffamily": 0, "ttfamily": 0, "mdseries": 0, "upshape": 0, "scshape": 0, "fontseries": 1, "fontfamily": 1,
        "fontshape": 1, "nopagebreak": 0, "vfill": 0, "hrule": 0, "hline": 0, "toprule": 0, "midrule": 0,
        "bottomrule": 0, "cline": 1, "cmidrule": 1, "null": 0, "strut": 0, "linebreak": 0, "MakeUppercase": 0,
        "headerfirstnamestyle": 1, "headerlastnamestyle": 1, "sectionstyle": 1, "entrytitlestyle": 1,
        "extracolsep": 1, "arraystretch": 0, "tabcolsep": 0, "textwidth": 0, "linewidth": 0, "columnsep": 0,
        "rowspace": 0, "today": 0, "vphantom": 1, "hphantom": 1, "phantom": 1, "hyperlink": 1, "hypertarget": 1,
        "ecvdigitalcompetence": 5, "ecvpersonalinfo": 0, "ecvlanguageheader": 0, "ecvlanguagefooter": 0,
        "ecvfootnote": 1, "write": 0, "immediate": 0, "openout": 0, "closeout": 0, "read": 0, "catcode": 0, "makeatletter": 0, "makeatother": 0,
    ]

    /// Commands that set their last argument as text and drop the ones before (`\textcolor{red}{text}`).
    static let wrappers: [String: Int] = [
        "textcolor": 1, "colorbox": 1, "fcolorbox": 2, "parbox": 1, "raisebox": 1, "resizebox": 2, "scalebox": 1,
        "multicolumn": 2, "multirow": 2, "mbox": 0, "makebox": 0, "fbox": 0, "textsc": 0, "textrm": 0, "textsf": 0,
        "texttt": 0, "textnormal": 0, "textup": 0, "textmd": 0, "underline": 0, "uline": 0, "uppercase": 0, "lowercase": 0,
        "centerline": 0, "hbox": 0, "vbox": 0, "footnote": 0, "sout": 0, "hl": 0, "mathrm": 0, "mathbf": 0, "text": 0,
        "textsuperscript": 0, "textsubscript": 0, "ensuremath": 0, "cvtag": 0, "MakeLowercase": 0, "mathit": 0,
        "hspace*": 1, "tabto": 1,
    ]

    /// Symbols written as commands.
    static let symbols: [String: String] = [
        "textbullet": "•", "bullet": "•", "cdotp": "·", "cdot": "·", "ldots": "…", "dots": "…", "cdots": "…",
        "textellipsis": "…", "LaTeX": "LaTeX", "TeX": "TeX", "XeLaTeX": "XeLaTeX", "LuaLaTeX": "LuaLaTeX",
        "textendash": "–", "textemdash": "—", "textbar": "|", "vert": "|", "mid": "|", "lvert": "|", "rvert": "|",
        "textasciitilde": "~", "sim": "~", "times": "×", "textregistered": "®", "copyright": "©", "textcopyright": "©",
        "texttrademark": "™", "slash": "/", "textbackslash": "\\", "S": "§", "pounds": "£", "euro": "€", "EUR": "€",
        "textquoteright": "’", "textquoteleft": "‘", "rightarrow": "→", "to": "→", "longrightarrow": "→",
        "Rightarrow": "⇒", "leftarrow": "←", "pm": "±", "le": "≤", "ge": "≥", "leq": "≤", "geq": "≥", "approx": "≈",
        "degree": "°", "textdegree": "°", "textperiodcentered": "·", "textasciicircum": "^", "textunderscore": "_",
        "lbrack": "[", "rbrack": "]", "textless": "<", "textgreater": ">", "textdollar": "$", "checkmark": "✓",
        "quad": " ", "qquad": " ", "enskip": " ", "enspace": " ", "thinspace": " ", "space": " ", "newline": "\n",
        "ss": "ß", "dag": "†", "ddag": "‡", "textdagger": "†", "star": "*", "ast": "*", "infty": "∞", "alpha": "α",
        "beta": "β", "mu": "µ", "lambda": "λ", "sharp": "#", "textsharp": "#", "CPP": "C++", "Cpp": "C++", "CC": "C++",
    ]

    static let headingLevels: [String: Int] = [
        "part": 2, "chapter": 2, "section": 2, "cvsection": 2, "ecvsection": 2, "sectionTitle": 2, "Section": 2, "sect": 2,
        "subsection": 3, "cvsubsection": 3, "subsubsection": 4, "paragraph": 4, "cvsubsubsection": 4,
    ]

    /// The CV macros the table knows and how many arguments each takes (a user definition with another count is
    /// expanded instead: it is not this macro).
    static let cvMacroArity: [String: Int] = [
        "cventry": 6, "cvevent": 4, "entry": 4, "resumeSubheading": 4, "resumeSubSubheading": 2, "resumeProjectHeading": 2,
        "resumeItem": 1, "resumeSubItem": 2, "cvitem": 2, "cvitemwithcomment": 3, "cvdoubleitem": 4, "cvlistitem": 1,
        "cvlistdoubleitem": 2, "cvskill": 2, "cvhonor": 4, "cvachievement": 3, "cvline": 2, "datedsubsection": 2,
        "cvsubentry": 4, "ecvtitle": 2, "ecvtitlelevel": 3, "ecvitem": 2, "ecvblueitem": 2, "ecvworkexperience": 5,
        "ecveducation": 5, "ecvlanguage": 6, "ecvlastlanguage": 6,
    ]

    /// The byte counts and first letters of the CV macros' names (bit `n` set: some name has `n` bytes; bit `c - 64`:
    /// some name starts with the letter `c`), so most commands are told apart from them without a comparison.
    static let cvMacroLengths: UInt64 = cvMacroArity.keys.reduce(0) { $0 | (1 << UInt64(min($1.utf8.count, 63))) }
    static let cvMacroFirstLetters: UInt64 = cvMacroArity.keys.reduce(0) { $0 | (1 << UInt64(($1.utf8.first! &- 64) & 63)) }

    /// Whether `name` may be one of `cvMacroArity`'s (false: it is none of them).
    @inline(__always)
    static func mayBeCVMacro(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let first = utf8.first, first >= 64, first < 128 else { return false }
        return cvMacroLengths & (1 << UInt64(min(utf8.count, 63))) != 0 && cvMacroFirstLetters & (1 << UInt64((first - 64) & 63)) != 0
    }

    /// What the tables above say of one name: one lookup a command instead of one a table.
    struct KnownCommand {
        var headingLevel: Int?
        var layoutArguments: Int?
        var wrapperSkipped: Int?
        var symbol: String?
    }

    /// `headingLevels`, `layoutCommands`, `wrappers` and `symbols` in one table.
    static let knownCommands: [String: KnownCommand] = {
        var table: [String: KnownCommand] = [:]
        // Sized once (it was resized nine times on the way, a third of its one-time cost).
        table.reserveCapacity(headingLevels.count + layoutCommands.count + wrappers.count + symbols.count)
        for (name, level) in headingLevels { table[name, default: KnownCommand()].headingLevel = level }
        for (name, count) in layoutCommands { table[name, default: KnownCommand()].layoutArguments = count }
        for (name, count) in wrappers { table[name, default: KnownCommand()].wrapperSkipped = count }
        for (name, symbol) in symbols { table[name, default: KnownCommand()].symbol = symbol }
        return table
    }()

    /// The byte counts of the heading names plus one: only a name of such a length can be a heading name with one
    /// more letter (`headingLevels[String(base.dropLast())]`).
    static let headingLengthsPlusOne: UInt64 = headingLevels.keys.reduce(0) { $0 | (1 << UInt64(min($1.utf8.count + 1, 63))) }

    mutating func command(_ name: String, at offset: Int, _ nodes: [Node], _ k: inout Int) {
        // User definitions come first, but for the CV macros the table knows with the same number of arguments.
        if !macros.isEmpty, let macro = macros[name] {
            if let arity = Self.cvMacroArity[name], arity == macro.arity || name == "cventry" && macro.arity == 5 {
                cvMacro(name, at: offset, nodes, &k, fields: false)
            } else {
                expand(macro, at: offset, nodes, &k)
            }
            return
        }
        if cvMacro(name, at: offset, nodes, &k, fields: true) { return }
        let named = Self.knownCommands[name]
        let base = name.utf8.last == UInt8(ascii: "*") && named?.headingLevel == nil ? String(name.dropLast()) : name
        let known = base == name ? named : Self.knownCommands[base]
        let length = base.utf8.count
        if let level = known?.headingLevel
            ?? (length < 63 && Self.headingLengthsPlusOne & (1 << UInt64(length)) != 0 ? Self.headingLevels[String(base.dropLast())] : nil)
        {
            let opts = Self.optionals(nodes, &k)
            let args = Self.arguments(nodes, &k, count: 1)
            heading(level: level, args.first ?? [], at: offset)
            // altacv: `\cvsection[sidebar]{Title}` sets the file `sidebar` beside the section.
            if name == "cvsection", let file = opts.first.map(Self.raw), !file.isEmpty { include(file, at: offset) }
            return
        }
        if base == "write" || base == "openout" || base == "openin" {
            // `\write18{…}` (shell escape) and file writes: read past, never run.
            if k < nodes.count, case .text(let t, _) = nodes[k], t.first?.isNumber == true { k += 1 }
            _ = Self.arguments(nodes, &k, count: 1)
            return
        }
        if base == "documentclass" {
            _ = Self.optionals(nodes, &k)
            documentClass = Self.arguments(nodes, &k, count: 1).first.map(Self.raw)?.lowercased() ?? ""
            return
        }
        if base == "cvtag" {
            // altacv: tags side by side, one skill each.
            if let a = Self.arguments(nodes, &k, count: 1).first {
                if !line.isEmpty { append(",", at: offset) }
                line.pendingSpace = true
                styled(a, style)
            }
            return
        }
        if base == "includegraphics" || base.hasPrefix("fa") && base.count > 2 && base.dropFirst(2).first?.isUppercase == true {
            // An image or an icon between words (a rating, a symbol) sets them apart like a comma.
            _ = Self.arguments(nodes, &k, count: base == "includegraphics" || base == "faIcon" ? 1 : 0)
            if !line.isEmpty, line.text.last != 0x2C { line.text.append(0x2C) }
            return
        }
        if base == "newenvironment" || base == "renewenvironment" {
            defineEnvironment(nodes, &k)
            return
        }
        if let count = known?.layoutArguments {
            _ = Self.arguments(nodes, &k, count: count)
            if base == "newline" || base == "linebreak" { lineBreak() }
            return
        }
        if let skipped = known?.wrapperSkipped {
            let args = Self.arguments(nodes, &k, count: skipped + 1)
            if args.count == skipped + 1 { styled(args[skipped], Style(bold: style.bold, italic: style.italic)) }
            return
        }
        if let symbol = known?.symbol {
            if symbol == "\n" { lineBreak() } else if symbol == " " { line.pendingSpace = true } else { append(symbol, at: offset) }
            return
        }
        // `\setulcolor{cyan}`, `\setcellcolor{gray}`: a command of no known package that sets a colour takes the colour's
        // name as its argument, no text.
        if known == nil, base.hasSuffix("color") || base.hasSuffix("colour") {
            _ = Self.optionals(nodes, &k)
            _ = Self.arguments(nodes, &k, count: 1)
            return
        }
        switch base {
        case "\\":
            lineBreak()
        case "par":
            paragraphBreak()
        case "textbf", "textit", "emph", "textsl", "mathit":
            let args = Self.arguments(nodes, &k, count: 1)
            var s = style
            if base == "textbf" { s.bold = true } else { s.italic = true }
            if let a = args.first { styled(a, s) }
        case "bf", "bfseries", "textbfseries":
            style.bold = true
        case "it", "itshape", "sl", "slshape", "em":
            style.italic = true
        case "rm", "normalfont", "upshape":
            style = Style()
        case "href":
            let args = Self.arguments(nodes, &k, count: 2)
            guard args.count == 2 else { return }
            link(args)
        case "url":
            let args = Self.arguments(nodes, &k, count: 1)
            guard let a = args.first else { return }
            let url = Self.raw(a)
            append(url, at: offset)
            line.links.append(MarkdownLink(text: url, url: url))
        case "hfill", "hfil", "dotfill", "hss", "hfilll", "tab":
            separate(at: offset)
        case "item":
            let label = Self.optionals(nodes, &k).first.map { inlineText($0) }
            item(label: label, at: offset)
        case "begin":
            begin(nodes, &k, at: offset)
        case "end":
            end(nodes, &k, at: offset)
        case "newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "newcommand*", "renewcommand*":
            define(nodes, &k)
        case "def", "gdef", "edef", "xdef", "let":
            defineTeX(nodes, &k, isLet: base == "let")
        case "input", "include", "subfile", "import", "subimport", "includefrom", "inputfrom":
            var args = Self.arguments(nodes, &k, count: base.hasSuffix("import") || base.hasSuffix("from") ? 2 : 1)
            if args.isEmpty, k < nodes.count, case .space = nodes[k], k + 1 < nodes.count, case .text(let t, _) = nodes[k + 1] {
                // `\input file`: TeX's own syntax, the name up to a space.
                args = [[.text(String(t.prefix(while: { $0 != " " })), offset)]]
                k += 2
            }
            let file = args.map(Self.raw).joined(separator: args.count == 2 && !(Self.raw(args[0]).hasSuffix("/")) ? "/" : "")
            include(file, at: offset)
        case "documentclass":
            break
        case "name":
            let args = Self.arguments(nodes, &k, count: 2)
            person.offset = offset
            if args.count == 2 {
                person.first = inlineText(args[0])
                person.last = inlineText(args[1])
            } else if let a = args.first {
                person.first = inlineText(a)
            }
        case "firstname":
            person.first = Self.arguments(nodes, &k, count: 1).first.map { inlineText($0) }
            person.offset = offset
        case "familyname", "lastname", "surname":
            person.last = Self.arguments(nodes, &k, count: 1).first.map { inlineText($0) }
        case "header":
            // friggeri: `\header{first}{last}{headline}`.
            let args = Self.arguments(nodes, &k, count: 3)
            person.offset = offset
            if args.count >= 2 {
                person.first = inlineText(args[0])
                person.last = inlineText(args[1])
            }
            if args.count == 3 { person.label = inlineText(args[2]) }
        case "position", "tagline", "jobtitle":
            if let a = Self.arguments(nodes, &k, count: 1).first { person.label = inlineText(a) }
        case "ecvname":
            // Europass: `\ecvname{First Last}`, `\ecvposition{Job applied for}{Post}`.
            person.first = Self.arguments(nodes, &k, count: 1).first.map { inlineText($0) }
            person.offset = offset
        case "ecvposition":
            let args = Self.arguments(nodes, &k, count: 2)
            if args.count == 2 { person.label = inlineText(args[1]) }
        case "email", "mailaddress", "ecvemail":
            if let a = Self.arguments(nodes, &k, count: 1).first {
                // (Europass lists several addresses in one argument, `\ecvemail{a@x.org b@y.org}`: the first is read.)
                let mail = base == "ecvemail" ? String(inlineText(a).split(separator: " ").first ?? "") : Self.raw(a)
                if suppressed || person.contacts.isEmpty && blocks.isEmpty {
                    person.contacts.append((mail, MarkdownLink(text: mail, url: "mailto:" + mail)))
                } else {
                    append(mail, at: offset)
                    line.links.append(MarkdownLink(text: mail, url: "mailto:" + mail))
                }
            }
        case "phone", "mobile", "mobilenumber", "phonenumber", "ecvmobile", "ecvtelephone":
            if let a = Self.arguments(nodes, &k, count: 1).first {
                let phone = inlineText(a)
                if suppressed || blocks.isEmpty { person.contacts.append((phone, nil)) } else { append(phone, at: offset) }
            }
        case "homepage", "github", "linkedin", "gitlab", "twitter", "social", "website", "stackoverflow", "orcid", "ecvhomepage":
            if let a = Self.arguments(nodes, &k, count: 1).first {
                let handle = Self.raw(a)
                let url = handle.hasPrefix("http") ? handle
                    : base == "github" ? "https://github.com/" + handle
                    : base == "linkedin" ? "https://www.linkedin.com/in/" + handle
                    : base == "homepage" || base == "website" ? "https://" + handle : handle
                if suppressed || blocks.isEmpty {
                    person.contacts.append((handle, MarkdownLink(text: handle, url: url)))
                } else {
                    append(handle, at: offset)
                    line.links.append(MarkdownLink(text: handle, url: url))
                }
            }
        case "location":
            if let a = Self.arguments(nodes, &k, count: 1).first, !suppressed { styled(a, style) }
        case "personalinfo":
            if let a = Self.arguments(nodes, &k, count: 1).first {
                let saved = suppressed
                suppressed = true
                run(a)
                suppressed = saved
            }
        case "title", "subtitle", "author", "date":
            if let a = Self.arguments(nodes, &k, count: 1).first, base == "author", person.first == nil {
                person.first = inlineText(a)
                person.offset = offset
            }
        default:
            // An unknown command: its name is no text; the groups after it are read as text where they stand. One whose
            // first group is an address and that has a second (`\chref{https://…}{blog}`, a link macro left undefined)
            // is a link, read as `\href` is: its text, not its address.
            var probe = k
            let args = Self.arguments(nodes, &probe, count: 2)
            if args.count == 2, case let url = Self.raw(args[0]), url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("mailto:") {
                k = probe
                link(args)
                return
            }
            // One with three groups or more (`\resumeSubheadingCompact{School}{Town}{Degree}{2027}{Courses …}`, an entry
            // macro defined in a file not at hand) is an entry: its first four groups are cells of one row, not words run
            // together, and the groups after them its description lines.
            var more = k
            let groups = Self.arguments(nodes, &more, count: 8)
            // One with two groups, a date in the second only (`\entry{Research Intern}{June 2017 -- July 2018}`, from a
            // class file not at hand): a row of two cells, not the title run into the month.
            if Self.isNameOverDates(groups) {
                k = more
                entry(groups.map { ($0, nil) }, description: nil, fields: false, at: offset)
                return
            }
            if groups.count >= 3 {
                k = more
                entry(groups.prefix(4).map { ($0, nil) }, description: nil, fields: false, at: offset)
                for g in groups.dropFirst(4) {
                    run(g)
                    endLine()
                }
                if groups.count > 4, lists.isEmpty { flushParagraph() }
            }
        }
    }

    /// A space or a paragraph break between arguments.
    static func isBlank(_ node: Node) -> Bool {
        switch node {
        case .space, .par: true
        default: false
        }
    }

    /// Two groups, a date in the second only (`{Research Intern}{June 2017 -- July 2018}`): a name and its dates.
    /// (`\Datestamp{Aug}{ `17}`: a month and its year, one date read together, are no name over dates.)
    static func isNameOverDates(_ groups: [[Node]]) -> Bool {
        guard groups.count == 2 else { return false }
        let first = raw(groups[0]).trimmingCharacters(in: " ")
        let second = raw(groups[1])
        guard DateParser.hasDate(second), !DateParser.hasDate(first) else { return false }
        let joined = first + " " + second.trimmingCharacters(in: " ")
        if first.utf8.count <= 10, let m = DateParser.findSpan(in: joined), m.range.lowerBound == joined.startIndex { return false }
        return true
    }

    /// `\href{url}{text}`: the text where it stands, linked to the address.
    mutating func link(_ args: [[Node]]) {
        let url = Self.withoutBackslashes(Self.raw(args[0]))
        let before = line.text.count
        styled(args[1], style)
        // (As first written: as many characters dropped as the line had bytes.)
        let written = String(decoding: line.text, as: UTF8.self)
        let text = String(written.dropFirst(min(before, written.count)))
        line.links.append(MarkdownLink(text: Self.collapse(text.trimmingCharacters(in: " |")), url: url))
    }

    /// `text.replacing("\\", with: "")` on the bytes when every scalar is a character of its own (the generic
    /// `replacing` costs some 20,000 instructions a call); any other text the generic way.
    static func withoutBackslashes(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        guard UTF8Scan.isSimple(text) else { return text.replacing("\\", with: "") }
        return String(decoding: text.utf8.filter { $0 != 0x5C }, as: UTF8.self)
    }

    mutating func lineBreak() {
        if !tables.isEmpty { endRow() } else { endLine() }
    }

    /// Nodes set in a style, the style ending with them.
    mutating func styled(_ nodes: [Node], _ s: Style) {
        let saved = style
        style = s
        let before = line.text.count
        run(nodes)
        if style.emphasised || saved.emphasised, style != saved {
            line.styledGroupEnded = true
            if style.emphasised { noteRun(from: before) }
        }
        style = saved
    }

    mutating func heading(level: Int, _ nodes: [Node], at offset: Int) {
        guard !suppressed else { return }
        guard var l = inline(nodes) else { return }
        l.text = l.text.trimmingCharacters(in: " :|")
        guard !l.text.isEmpty else { return }
        emit(.heading(level: level, line: l))
        previousOrganisation = nil
        europassEntryOpen = false
    }

    // MARK: - Environments

    mutating func begin(_ nodes: [Node], _ k: inout Int, at offset: Int) {
        guard let nameNodes = Self.arguments(nodes, &k, count: 1).first else { return }
        let name = Self.raw(nameNodes)
        switch name {
        case "document":
            suppressed = false
        case "itemize", "enumerate", "description", "cvitems", "compactitem", "compactenum", "itemize*", "enumerate*",
            "easylist":
            _ = Self.optionals(nodes, &k)
            beginList()
        case "tabular", "tabularx", "tabular*", "tabulary", "longtable", "tabu", "supertabular", "xtabular", "array":
            _ = Self.optionals(nodes, &k)
            _ = Self.arguments(nodes, &k, count: name == "tabular" || name == "longtable" || name == "tabu" || name == "array" ? 1 : 2)
            beginTable()
        case "minipage", "multicols", "multicols*", "paracol", "wrapfigure", "adjustbox":
            _ = Self.optionals(nodes, &k)
            _ = Self.arguments(nodes, &k, count: 1)
        case "rSection", "cvsection", "section":
            // `\begin{rSection}{Experience}`: the environment's argument names the section.
            if let title = Self.arguments(nodes, &k, count: 1).first { heading(level: 2, title, at: offset) }
        case "rSubsection":
            let args = Self.arguments(nodes, &k, count: 4)
            if !args.isEmpty {
                entry(
                    [(args[0], .organisation), (args.count > 2 ? args[2] : [], .title), (args.count > 3 ? args[3] : [], .location),
                     (args.count > 1 ? args[1] : [], .dates)],
                    description: nil, fields: true, at: offset)
            }
            beginList()
        case "comment":
            skipEnvironment("comment", nodes, &k)
        case "tikzpicture", "figure", "picture", "thebibliography", "filecontents", "filecontents*":
            skipEnvironment(name, nodes, &k)
        default:
            // The user's own environment: its begin code with the arguments put in, read where it stands.
            guard let environment = environments[name] else { break }
            environmentStyles.append((name, style))
            expand(environment.begin, at: offset, nodes, &k)
        }
    }

    mutating func end(_ nodes: [Node], _ k: inout Int, at offset: Int) {
        guard let nameNodes = Self.arguments(nodes, &k, count: 1).first else { return }
        let name = Self.raw(nameNodes)
        switch name {
        case "document":
            endLine()
            stopped = true
        case "itemize", "enumerate", "description", "cvitems", "compactitem", "compactenum", "itemize*", "enumerate*", "easylist",
            "rSubsection":
            endList()
        case "tabular", "tabularx", "tabular*", "tabulary", "longtable", "tabu", "supertabular", "xtabular", "array":
            endTable()
        case "minipage", "center", "flushleft", "flushright", "multicols", "multicols*", "cvparagraph", "aside", "rSection":
            paragraphBreak()
        default:
            guard let environment = environments[name] else { break }
            var j = 0
            expand(Macro(arity: 0, defaultArgument: nil, body: environment.end), at: offset, [], &j)
            if let open = environmentStyles.last, open.name == name {
                style = open.style
                environmentStyles.removeLast()
            }
        }
    }

    /// `\newenvironment{name}[n][default]{begin}{end}`: a user's environment, its begin code taking the arguments.
    mutating func defineEnvironment(_ nodes: [Node], _ k: inout Int) {
        guard let nameNodes = Self.arguments(nodes, &k, count: 1).first else { return }
        let name = Self.raw(nameNodes).trimmingCharacters(in: " ")
        let opts = Self.optionals(nodes, &k)
        let bodies = Self.arguments(nodes, &k, count: 2)
        guard !name.isEmpty, bodies.count == 2 else { return }
        let arity = opts.first.flatMap { Int(Self.raw($0).trimmingCharacters(in: " ")) } ?? 0
        environments[name] = (Macro(arity: min(arity, 9), defaultArgument: opts.count > 1 ? opts[1] : nil, body: bodies[0]), bodies[1])
    }

    /// Skips to `\end{name}` among the siblings.
    mutating func skipEnvironment(_ name: String, _ nodes: [Node], _ k: inout Int) {
        while k < nodes.count {
            if case .command("end", _) = nodes[k] {
                var j = k + 1
                if let n = Self.arguments(nodes, &j, count: 1).first, Self.raw(n) == name {
                    k = j
                    return
                }
            }
            k += 1
        }
    }

    // MARK: - Definitions

    /// `\newcommand{\name}[n][default]{body}` (or `\newcommand\name…`).
    mutating func define(_ nodes: [Node], _ k: inout Int) {
        var j = k
        while j < nodes.count, case .space = nodes[j] { j += 1 }
        var name: String?
        if j < nodes.count, case .group(let c, _) = nodes[j] {
            for n in c { if case .command(let s, _) = n { name = s; break } }
            j += 1
        } else if j < nodes.count, case .command(let s, _) = nodes[j] {
            name = s
            j += 1
        }
        let opts = Self.optionals(nodes, &j)
        var body = Self.arguments(nodes, &j, count: 1)
        k = j
        guard let name, let b = body.popLast() else { return }
        let arity = opts.first.flatMap { Int(Self.raw($0)) } ?? 0
        macros[name] = Macro(arity: min(arity, 9), defaultArgument: opts.count > 1 ? opts[1] : nil, body: b)
    }

    /// `\def\name#1#2{body}`; `\let\a\b` copies a definition.
    mutating func defineTeX(_ nodes: [Node], _ k: inout Int, isLet: Bool) {
        var j = k
        while j < nodes.count, case .space = nodes[j] { j += 1 }
        guard j < nodes.count, case .command(let name, _) = nodes[j] else { return }
        j += 1
        if isLet {
            while j < nodes.count, case .space = nodes[j] { j += 1 }
            if j < nodes.count, case .text(let t, _) = nodes[j], t.hasPrefix("=") { j += 1 }
            while j < nodes.count, case .space = nodes[j] { j += 1 }
            if j < nodes.count, case .command(let other, _) = nodes[j] {
                j += 1
                if let m = macros[other] { macros[name] = m }
            }
            k = j
            return
        }
        var arity = 0
        while j < nodes.count {
            if case .parameter(let n, _) = nodes[j] { arity = max(arity, n); j += 1; continue }
            if case .space = nodes[j] { j += 1; continue }
            break
        }
        guard j < nodes.count, case .group(let body, _) = nodes[j] else { k = j; return }
        k = j + 1
        macros[name] = Macro(arity: arity, defaultArgument: nil, body: body)
    }

    /// A user macro: its body with the arguments put in, read where the call stands.
    mutating func expand(_ macro: Macro, at offset: Int, _ nodes: [Node], _ k: inout Int) {
        budget.expansions += 1
        guard depth < 24, !budget.exhausted, !budget.expansionsExhausted else { return }
        var args: [[Node]] = []
        var count = macro.arity
        if let d = macro.defaultArgument {
            if k < nodes.count, case .optional(let c, _) = nodes[k] {
                args.append(c)
                k += 1
            } else {
                args.append(d)
            }
            count -= 1
        }
        args += Self.arguments(nodes, &k, count: count)
        while args.count < macro.arity { args.append([]) }
        // What the expansion holds counts against the budget before it is built (`\\def\\y#1{\\y{#1#1}}` doubles).
        let size = Self.size(macro.body, limit: Budget.maximumNodes) + args.reduce(0) { $0 + Self.size($1, limit: Budget.maximumNodes) }
        budget.nodes += size
        guard !budget.exhausted else { return }
        let body = Self.substitute(macro.body, args, at: offset)
        depth += 1
        run(body)
        depth -= 1
    }

    /// The number of nodes in a tree, counted up to `limit`.
    static func size(_ nodes: [Node], limit: Int) -> Int {
        var n = 0
        for node in nodes {
            n += 1
            if n > limit { return n }
            switch node {
            case .group(let c, _), .optional(let c, _): n += size(c, limit: limit - n)
            default: break
            }
        }
        return n
    }

    /// The body with `#n` replaced by the arguments (each in a group), the body's own nodes moved to the call.
    static func substitute(_ body: [Node], _ args: [[Node]], at offset: Int) -> [Node] {
        var out: [Node] = []
        out.reserveCapacity(body.count)
        for node in body {
            switch node {
            case .parameter(let n, _):
                if n >= 1, n <= args.count { out.append(.group(args[n - 1], args[n - 1].first?.offset ?? offset)) }
            case .group(let c, _): out.append(.group(substitute(c, args, at: offset), offset))
            case .optional(let c, _): out.append(.optional(substitute(c, args, at: offset), offset))
            case .text(let t, _): out.append(.text(t, offset))
            case .space: out.append(.space(offset))
            case .par: out.append(.par(offset))
            case .command(let s, _): out.append(.command(s, offset))
            case .cell: out.append(.cell(offset))
            }
        }
        return out
    }

    // MARK: - Includes

    mutating func include(_ file: String, at offset: Int) {
        guard let files else { return }
        let source = range(offset, offset)
        switch files.resolve(file) {
        case .refused(let why):
            notes.append(ParseNote(kind: .other, message: "\\input{\(file)} is not read: \(why)", source: source))
        case .text(let path, let text):
            // What is broken in the included file is named with its file and line, at the `\input`.
            for problem in LaTeXBalance.problems(in: text) {
                notes.append(ParseNote(kind: .latexBroken, message: "\(path), line \(problem.line):\(problem.column): \(problem.message)", source: source))
            }
            files.stack.append(path)
            let saved = (fixedLine, suppressed, stopped)
            fixedLine = source.start.line
            if text.utf8.containsBytes(of: "\\begin{document}") { suppressed = true }
            run(LaTeXSyntax.parse(text))
            (fixedLine, suppressed, stopped) = saved
            files.stack.removeLast()
        }
    }

    // MARK: - CV classes

    /// The CV class macros: entries as rows whose cells carry their fields, items, `Label: text` lines. False when
    /// `name` is none of them.
    @discardableResult
    mutating func cvMacro(_ name: String, at offset: Int, _ nodes: [Node], _ k: inout Int, fields: Bool) -> Bool {
        guard Self.mayBeCVMacro(name) else { return false }
        switch name {
        case "cventry":
            _ = Self.optionals(nodes, &k)
            let a = Self.greedyArguments(nodes, &k, maximum: 6)
            if a.count >= 6 || documentClass.contains("moderncv") && a.count >= 5 {
                // moderncv: {dates}{title}{employer}{city}{grade}{description}.
                entry(
                    [(a[2], .organisation), (a[1], .title), (a[3], .location), (a[4], nil), (a[0], .dates)],
                    description: a.count > 5 ? a[5] : nil, fields: fields, at: offset)
            } else if a.count >= 4 {
                // Awesome-CV: {title}{organisation}{location}{dates}{description}.
                entry([(a[1], .organisation), (a[0], .title), (a[2], .location), (a[3], .dates)], description: a.count > 4 ? a[4] : nil,
                      fields: fields, at: offset)
            } else {
                entry(a.map { ($0, nil) }, description: nil, fields: false, at: offset)
            }
        case "cvsubentry":
            // Awesome-CV: {organisation (empty)}{title}{dates}{description}.
            let a = Self.greedyArguments(nodes, &k, maximum: 4)
            guard a.count >= 3 else { return true }
            entry([(a[0], .organisation), (a[1], .title), (a[2], .dates)], description: a.count > 3 ? a[3] : nil, fields: fields, at: offset)
        case "cvevent":
            // altacv: {title}{organisation}{dates}{location}.
            let a = Self.greedyArguments(nodes, &k, maximum: 4)
            guard a.count >= 3 else { return true }
            entry([(a[1], .organisation), (a[0], .title), (a.count > 3 ? a[3] : [], .location), (a[2], .dates)], description: nil,
                  fields: fields, at: offset)
        case "entry":
            // friggeri: {dates}{title}{organisation, location}{description}.
            let a = Self.greedyArguments(nodes, &k, maximum: 4)
            guard a.count >= 3 else {
                // `\entry{Research Intern}{June 2017 -- July 2018}` (a class's own two-argument entry): the post and
                // its dates, cells of a row, not words run together.
                if Self.isNameOverDates(a) {
                    entry([(a[0], .title), (a[1], .dates)], description: nil, fields: false, at: offset)
                    return true
                }
                for g in a { run(g) }
                return true
            }
            entry([(a[2], .organisation), (a[1], .title), (a[0], .dates)], description: a.count > 3 ? a[3] : nil, fields: fields, at: offset)
        case "resumeSubheading":
            // Jake's resume: {organisation}{dates}{title}{location}.
            let a = Self.greedyArguments(nodes, &k, maximum: 4)
            guard a.count >= 2 else { return true }
            entry([(a[0], .organisation), (a.count > 2 ? a[2] : [], .title), (a.count > 3 ? a[3] : [], .location), (a[1], .dates)],
                  description: nil, fields: fields, at: offset)
        case "resumeSubSubheading":
            // Jake's resume: a further post {title}{dates} at the organisation of the `\resumeSubheading` above (an
            // empty organisation's cell, which the entry above fills).
            let a = Self.greedyArguments(nodes, &k, maximum: 2)
            guard !a.isEmpty else { return true }
            entry([([], .organisation), (a[0], .title), (a.count > 1 ? a[1] : [], .dates)], description: nil, fields: fields, at: offset)
        case "resumeProjectHeading", "datedsubsection":
            let a = Self.greedyArguments(nodes, &k, maximum: 2)
            guard !a.isEmpty else { return true }
            entry([(a[0], nil), (a.count > 1 ? a[1] : [], .dates)], description: nil, fields: false, at: offset)
        case "resumeItem", "cvlistitem":
            // sb2nov's first `\resumeItem` takes a title and a description (`\resumeItem{Website}{Built it with …}`),
            // later versions one text: two groups in a row are both arguments, one item `Title: description`.
            let a = name == "resumeItem" ? Self.greedyArguments(nodes, &k, maximum: 2) : Self.arguments(nodes, &k, count: 1)
            if a.count == 2 { labelledItem(a, at: offset) } else { listItem(a.first ?? [], at: offset) }
        case "resumeSubItem", "cvachievement":
            let a = Self.arguments(nodes, &k, count: name == "cvachievement" ? 3 : 2)
            let parts = name == "cvachievement" ? Array(a.dropFirst()) : a
            guard !parts.isEmpty else { return true }
            labelledItem(parts, at: offset)
        case "cvlistdoubleitem":
            for a in Self.arguments(nodes, &k, count: 2) { listItem(a, at: offset) }
        case "ecvtitle", "ecvtitlelevel":
            // Europass (2013): `\ecvtitle{dates}{post}` (`\ecvtitlelevel` adds a level), the employer or school and its
            // address in the first `\ecvitem{}{…}` under it, the address after a line break.
            let a = Self.arguments(nodes, &k, count: name == "ecvtitle" ? 2 : 3)
            guard a.count >= 2 else { return true }
            var organisation: [Node] = []
            var address: [Node] = []
            var j = k
            while j < nodes.count, Self.isBlank(nodes[j]) { j += 1 }
            if j < nodes.count, case .command("ecvitem", _) = nodes[j] {
                j += 1
                _ = Self.optionals(nodes, &j)
                let item = Self.arguments(nodes, &j, count: 2)
                if item.count == 2, Self.raw(item[0]).trimmingCharacters(in: " ").isEmpty {
                    let cut = item[1].firstIndex { if case .command(let c, _) = $0 { c == "newline" || c == "\\" } else { false } }
                    organisation = cut.map { Array(item[1][..<$0]) } ?? item[1]
                    address = cut.map { Array(item[1][($0 + 1)...]) } ?? []
                    k = j
                }
            }
            entry([(organisation, .organisation), (a[1], .title), (address, .location), (a[0], .dates)], description: nil, fields: fields,
                  at: offset)
            europassEntryOpen = true
        case "ecvworkexperience", "ecveducation":
            // europecv2013: {dates}{post or qualification}{employer or school}{address}{description}.
            let a = Self.arguments(nodes, &k, count: 5)
            guard a.count >= 3 else { return true }
            entry([(a[2], .organisation), (a[1], .title), (a.count > 3 ? a[3] : [], .location), (a[0], .dates)],
                  description: a.count > 4 ? a[4] : nil, fields: fields, at: offset)
        case "ecvlanguage", "ecvlastlanguage":
            // `\ecvlanguage{French}{C1}{C2}{B2}{C1}{C2}`: the language; its grid of levels is no text.
            let a = Self.arguments(nodes, &k, count: 6)
            if let first = a.first { listItem(first, at: offset) }
        case "cvitem", "cvline", "ecvitem", "ecvblueitem":
            _ = Self.optionals(nodes, &k)
            let a = Self.arguments(nodes, &k, count: 2)
            guard a.count == 2 else { return true }
            // Under a Europass entry, an unlabelled line (`\ecvitem{}{Planned the berths}`) is one line of its text.
            if europassEntryOpen, name == "ecvitem", Self.raw(a[0]).trimmingCharacters(in: " ").isEmpty,
                !a[1].contains(where: { if case .command("begin", _) = $0 { true } else { false } })
            {
                listItem(a[1], at: offset)
                return true
            }
            labelled(a[0], a[1], at: offset)
        case "cvitemwithcomment":
            let a = Self.arguments(nodes, &k, count: 3)
            guard a.count >= 2 else { return true }
            let comment = a.count == 3 && !Self.raw(a[2]).isEmpty
            labelled(a[0], comment ? a[1] + [.text(", ", offset)] + a[2] : a[1], at: offset)
        case "cvdoubleitem":
            let a = Self.arguments(nodes, &k, count: 4)
            if a.count >= 2 { labelled(a[0], a[1], at: offset) }
            if a.count == 4 { labelled(a[2], a[3], at: offset) }
        case "cvskill":
            let a = Self.arguments(nodes, &k, count: 2)
            guard a.count == 2 else { return true }
            let second = Self.raw(a[1])
            if !second.isEmpty, second.allSatisfy({ $0.isNumber || $0 == "." }) {
                // altacv: `\cvskill{name}{rating}`: the rating is no skill.
                listItem(a[0], at: offset)
            } else {
                labelled(a[0], a[1], at: offset)
            }
        case "cvhonor":
            let a = Self.arguments(nodes, &k, count: 4)
            endLine()
            for (n, part) in a.enumerated() {
                if n > 0 { separate(at: offset) }
                run(part)
            }
            paragraphBreak()
        default:
            return false
        }
        return true
    }

    /// `label: text` inside the current line.
    /// A list item of its own holding `label: text` (two parts) or the one part's text.
    mutating func labelledItem(_ parts: [[Node]], at offset: Int) {
        let standalone = lists.isEmpty
        if standalone { beginList() }
        item(label: nil, at: offset)
        if parts.count == 2 { labelledInline(parts[0], parts[1], at: offset) } else { run(parts[0]) }
        endLine()
        if standalone { endList() }
    }

    mutating func labelledInline(_ label: [Node], _ text: [Node], at offset: Int) {
        let l = inlineText(label)
        if !l.isEmpty {
            append(l.hasSuffix(":") ? l : l + ":", at: offset)
            line.pendingSpace = true
        }
        run(text)
    }
}
