/// A small hand-written reader of TeX source into a tree of groups, commands and text.
///
/// No Swift library reads TeX into a tree a CV reader can use (TeX has no grammar: what a command takes is decided
/// by its definition at run time), so this reader only knows what every LaTeX document shares: `{}` groups,
/// `[]` optional arguments right after a command, `%` comments (not `\%`), `\verb` and `verbatim`, escapes
/// (`\&`, `\%`, `\$`, `\#`, `\_`), dashes (`--`, `---`), `~` as a space, `\\` as a line break, accents (`\'e`,
/// `\"o`, `{\'e}`, `\c{c}`) and the math shift `$`, which is dropped. Which groups are the arguments of a
/// command is left to the reader of the tree (`LaTeXLayout`), which knows the macros.
///
/// It works on UTF-8 bytes in one pass; every node keeps the byte offset it starts at. Bad input never stops it:
/// an unmatched `}` is dropped, an unclosed group ends at the end of the text, and groups nested deeper than
/// `maximumDepth` are read flat (10,000 nested braces cost nothing but time linear in their count).
enum LaTeXSyntax {
    enum Node: Sendable, Equatable {
        /// Plain text (escapes, dashes and accents already decoded), at a byte offset.
        case text(String, Int)
        /// Whitespace inside a paragraph (spaces, one newline, `~`).
        case space(Int)
        /// A blank line (or `\par`): the paragraph ends.
        case par(Int)
        /// A control word or symbol without its backslash (`textbf`, `section*`, `\` for `\\`).
        case command(String, Int)
        case group([Node], Int)
        /// `[...]` right after a command.
        case optional([Node], Int)
        /// `&`: a table cell ends.
        case cell(Int)
        /// `#1` … `#9` inside a macro definition.
        case parameter(Int, Int)

        var offset: Int {
            switch self {
            case .text(_, let o), .space(let o), .par(let o), .command(_, let o), .group(_, let o), .optional(_, let o), .cell(let o),
                .parameter(_, let o):
                return o
            }
        }
    }

    /// Commands whose first group is followed by optional arguments of their own (the number of parameters).
    static let definers: Set<String> = [
        "newcommand", "renewcommand", "providecommand", "newcommand*", "renewcommand*", "providecommand*", "DeclareRobustCommand",
        "newenvironment", "renewenvironment", "newenvironment*",
    ]

    /// Groups nested deeper than this are read as if their braces were not there.
    static let maximumDepth = 64

    static func parse(_ text: String) -> [Node] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { buffer in
            var reader = Reader(bytes: buffer)
            return reader.nodes(depth: 0, closing: nil)
        } ?? []
    }

    /// Accented letters by accent command and base letter: `accents[UInt8(ascii: "'")]?["e"]` is `é`.
    static let accents = Accents()

    /// The accent commands and what each makes of a base letter, looked up without hashing: a dictionary keyed by
    /// byte and by `Character` costs two conformance searches and its generic storage on first use.
    struct Accents: Sendable {
        /// One accent: its base letters (ASCII) and, at the same place, the accented letters.
        struct Accent: Sendable {
            let bases: StaticString
            let letters: String

            subscript(base: Character) -> Character? {
                guard base.unicodeScalars.count == 1, let v = base.unicodeScalars.first, v.isASCII else { return nil }
                let b = bases.withUTF8Buffer { $0 }
                guard let k = b.firstIndex(of: UInt8(v.value)) else { return nil }
                return letters[letters.index(letters.startIndex, offsetBy: k)]
            }
        }

        subscript(command: UInt8) -> Accent? {
            switch command {
            case UInt8(ascii: "'"): Accent(bases: "aeiouycnszAEIOUYCSZ", letters: "áéíóúýćńśźÁÉÍÓÚÝĆŚŹ")
            case UInt8(ascii: "`"): Accent(bases: "aeiouAEIOU", letters: "àèìòùÀÈÌÒÙ")
            case UInt8(ascii: "\""): Accent(bases: "aeiouyAEIOU", letters: "äëïöüÿÄËÏÖÜ")
            case UInt8(ascii: "^"): Accent(bases: "aeiouAEIOU", letters: "âêîôûÂÊÎÔÛ")
            case UInt8(ascii: "~"): Accent(bases: "anoANO", letters: "ãñõÃÑÕ")
            case UInt8(ascii: "="): Accent(bases: "aeiou", letters: "āēīōū")
            case UInt8(ascii: "."): Accent(bases: "zeZ", letters: "żėŻ")
            case UInt8(ascii: "c"): Accent(bases: "cCsSt", letters: "çÇşŞţ")
            case UInt8(ascii: "v"): Accent(bases: "cszrenCSZR", letters: "čšžřěňČŠŽŘ")
            case UInt8(ascii: "u"): Accent(bases: "agAG", letters: "ăğĂĞ")
            case UInt8(ascii: "H"): Accent(bases: "ouOU", letters: "őűŐŰ")
            case UInt8(ascii: "r"): Accent(bases: "auA", letters: "åůÅ")
            default: nil
            }
        }
    }

    /// Letters written as control words (`\o`, `\ss`).
    static let letters: [String: String] = [
        "o": "ø", "O": "Ø", "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł",
        "i": "ı", "j": "ȷ",
    ]

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Bytes that end a run of plain text.
        static func isSpecial(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "%"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "\\"), 0x20, 0x09, 0x0D, 0x0A,
                UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "^"), UInt8(ascii: "_"),
                UInt8(ascii: "-"), UInt8(ascii: "`"), UInt8(ascii: "'"):
                return true
            default:
                return false
            }
        }

        static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x40 }

        /// Whether the text read so far ends at byte `j` (the end, or a byte `nodes` flushes the text at before
        /// anything else): no dash, quote, math sign, comment, stray brace or bracket carries it on.
        static func ends(at j: Int, _ bytes: UnsafeBufferPointer<UInt8>, closing: UInt8?) -> Bool {
            guard j < bytes.count else { return true }
            switch bytes[j] {
            case UInt8(ascii: "{"), UInt8(ascii: "\\"), 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "#"):
                return true
            case UInt8(ascii: "}"):
                return closing != nil
            case UInt8(ascii: "]"):
                return closing == UInt8(ascii: "]")
            default:
                return false
            }
        }

        /// Nodes up to `closing` (`}` or `]`) or the end. `]` closes only at the group level it opened at.
        mutating func nodes(depth: Int, closing: UInt8?) -> [Node] {
            var out: [Node] = []
            var pending: [UInt8] = []
            var pendingStart = i
            func flush(_ out: inout [Node]) {
                if !pending.isEmpty {
                    out.append(.text(String(decoding: pending, as: UTF8.self), pendingStart))
                    pending.removeAll(keepingCapacity: true)
                }
            }
            func add(_ text: [UInt8], at offset: Int) {
                if pending.isEmpty { pendingStart = offset }
                pending.append(contentsOf: text)
            }
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "%"):
                    // A comment runs to the end of the line and takes the newline and the next line's indentation.
                    while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                    if i < bytes.count { i += 1 }
                    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                case UInt8(ascii: "{"):
                    flush(&out)
                    let start = i
                    i += 1
                    if depth >= maximumDepth {
                        continue
                    }
                    let inner = nodes(depth: depth + 1, closing: UInt8(ascii: "}"))
                    out.append(.group(inner, start))
                    // `\newcommand{\name}[2][default]{…}`: the optional arguments follow the name's group.
                    // `\\begin{tabular*}{\\textwidth}[t]{lr}`: so do the arguments of `\\begin`.
                    if let head = out.dropLast().last(where: {
                        if case .group = $0 { return false }
                        if case .optional = $0 { return false }
                        return true
                    }), case .command(let name, _) = head, LaTeXSyntax.definers.contains(name) || name == "begin" {
                        optionals(depth: depth, &out)
                    }
                case UInt8(ascii: "}") where closing == UInt8(ascii: "]"):
                    // An optional argument never crosses the end of its group.
                    flush(&out)
                    return out
                case UInt8(ascii: "}"):
                    i += 1
                    if closing == UInt8(ascii: "}") {
                        flush(&out)
                        return out
                    }
                // A stray `}` (or one closing a group read flat) is dropped.
                case UInt8(ascii: "]") where closing == UInt8(ascii: "]"):
                    i += 1
                    flush(&out)
                    return out
                case UInt8(ascii: "\\"):
                    flush(&out)
                    command(depth: depth, &out)
                case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "~"):
                    flush(&out)
                    let start = i
                    var newlines = 0
                    while i < bytes.count {
                        let c = bytes[i]
                        if c == 0x0A {
                            newlines += 1
                        } else if c == UInt8(ascii: "%") && newlines > 0 {
                            // A comment line between two lines is no blank line.
                            while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                            continue
                        } else if c != 0x20 && c != 0x09 && c != 0x0D && c != UInt8(ascii: "~") {
                            break
                        }
                        i += 1
                    }
                    out.append(newlines >= 2 ? .par(start) : .space(start))
                case UInt8(ascii: "&"):
                    flush(&out)
                    out.append(.cell(i))
                    i += 1
                case UInt8(ascii: "#"):
                    flush(&out)
                    if i + 1 < bytes.count, bytes[i + 1] >= 0x31, bytes[i + 1] <= 0x39 {
                        out.append(.parameter(Int(bytes[i + 1] - 0x30), i))
                        i += 2
                    } else {
                        i += 1
                    }
                case UInt8(ascii: "$"), UInt8(ascii: "^"), UInt8(ascii: "_"):
                    // Math shifts and sub/superscripts are markup; their content is read as text.
                    i += 1
                case UInt8(ascii: "-"):
                    var n = 0
                    let start = i
                    while i < bytes.count, bytes[i] == UInt8(ascii: "-"), n < 3 { i += 1; n += 1 }
                    add(n == 1 ? [0x2D] : n == 2 ? [0xE2, 0x80, 0x93] : [0xE2, 0x80, 0x94], at: start)
                case UInt8(ascii: "`") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "`"):
                    add([0xE2, 0x80, 0x9C], at: i)
                    i += 2
                case UInt8(ascii: "'") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "'"):
                    add([0xE2, 0x80, 0x9D], at: i)
                    i += 2
                default:
                    // A run of plain bytes at once.
                    var j = i + 1
                    while j < bytes.count, !Self.isSpecial(bytes[j]) { j += 1 }
                    if pending.isEmpty, Self.ends(at: j, bytes, closing: closing) {
                        // A word on its own (most are): its text straight from the bytes, as `flush` would make it.
                        out.append(.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self), i))
                        i = j
                        continue
                    }
                    if pending.isEmpty { pendingStart = i }
                    pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                    i = j
                }
            }
            flush(&out)
            return out
        }

        /// A control sequence at `i` (a backslash): escapes and accents become text, `\verb` and `verbatim` are
        /// read raw, other commands become `.command` followed by their optional arguments.
        mutating func command(depth: Int, _ out: inout [Node]) {
            let start = i
            i += 1
            guard i < bytes.count else { return }
            let b = bytes[i]
            if Self.isLetter(b) {
                var end = i
                while end < bytes.count, Self.isLetter(bytes[end]) { end += 1 }
                var name = String(decoding: bytes[i..<end], as: UTF8.self)
                i = end
                if i < bytes.count, bytes[i] == UInt8(ascii: "*") {
                    name += "*"
                    i += 1
                }
                if name == "verb" || name == "verb*" {
                    verb(start, &out)
                    return
                }
                if name == "begin", let raw = verbatim(start) {
                    out.append(.text(raw, start))
                    return
                }
                if name.utf8.count <= 2, let letter = LaTeXSyntax.letters[name] {
                    out.append(.text(letter, start))
                    // A control word eats the spaces after it (`Stra\ss e`); `\o{}` is the letter.
                    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
                    emptyGroup()
                    return
                }
                if name.utf8.count == 1, let table = LaTeXSyntax.accents[name.utf8.first!] {
                    accent(table, start, &out)
                    return
                }
                out.append(.command(name, start))
                optionals(depth: depth, &out)
                return
            }
            i += 1
            switch b {
            case UInt8(ascii: "\\"):
                out.append(.command("\\", start))
                // `\\[4pt]`: the spacing is no text.
                optionals(depth: depth, &out)
            case UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "{"),
                UInt8(ascii: "}"):
                out.append(.text(String(UnicodeScalar(b)), start))
            case 0x20, 0x0A, 0x09, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"):
                out.append(.space(start))
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "@"):
                break
            default:
                if let table = LaTeXSyntax.accents[b] {
                    accent(table, start, &out)
                } else {
                    out.append(.command(String(UnicodeScalar(b)), start))
                }
            }
        }

        /// `\'e`, `\'{e}`, `\c c`: the accented letter (the letter alone when the pair is unknown).
        mutating func accent(_ table: Accents.Accent, _ start: Int, _ out: inout [Node]) {
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            var braced = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "{") {
                braced = true
                i += 1
            }
            // `\'\i` is a dotless i with the accent.
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "i") {
                i += 2
                out.append(.text(String(table["i"] ?? "i"), start))
            } else if i < bytes.count, bytes[i] < 0x80, bytes[i] != UInt8(ascii: "}") {
                let c = Character(UnicodeScalar(bytes[i]))
                i += 1
                out.append(.text(String(table[c] ?? c), start))
            }
            if braced {
                while i < bytes.count, bytes[i] == 0x20 { i += 1 }
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1 }
            }
        }

        mutating func emptyGroup() {
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "}") { i += 2 }
        }

        /// `[...]` groups right after a command (spaces between allowed).
        mutating func optionals(depth: Int, _ out: inout [Node]) {
            var count = 0
            while count < 4 {
                var j = i
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "[") else { return }
                let start = j
                i = j + 1
                let inner = nodes(depth: min(depth + 1, maximumDepth), closing: UInt8(ascii: "]"))
                out.append(.optional(inner, start))
                count += 1
            }
        }

        /// `\verb|text|`: the text as it is written.
        mutating func verb(_ start: Int, _ out: inout [Node]) {
            guard i < bytes.count else { return }
            let delimiter = bytes[i]
            i += 1
            let from = i
            while i < bytes.count, bytes[i] != delimiter, bytes[i] != 0x0A { i += 1 }
            out.append(.text(String(decoding: bytes[from..<i], as: UTF8.self), start))
            if i < bytes.count { i += 1 }
        }

        /// `\begin{verbatim}` … `\end{verbatim}` (or `lstlisting`, `minted`): the text as it is written, nil for any
        /// other environment (the reader is left after `\begin`).
        mutating func verbatim(_ start: Int) -> String? {
            let names = ["verbatim", "verbatim*", "lstlisting", "minted"]
            for name in names {
                let open = Array(("{" + name + "}").utf8)
                guard i + open.count <= bytes.count, Array(bytes[i..<(i + open.count)]) == open else { continue }
                let close = Array(("\\end{" + name + "}").utf8)
                var j = i + open.count
                let from = j
                while j + close.count <= bytes.count {
                    if bytes[j] == UInt8(ascii: "\\"), Array(bytes[j..<(j + close.count)]) == close {
                        i = j + close.count
                        return String(decoding: bytes[from..<j], as: UTF8.self)
                    }
                    j += 1
                }
                i = bytes.count
                return String(decoding: bytes[from...], as: UTF8.self)
            }
            return nil
        }
    }
}
