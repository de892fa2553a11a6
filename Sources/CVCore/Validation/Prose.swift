/// The words of a CV's prose (bullets, paragraphs, summary, section items, role titles and
/// organisations), each with its position in the source, read from the source text inside each
/// element's range. Markup is skipped: HTML tags, `code spans`, fenced code, Markdown link
/// targets, entities, JSON escapes. Chunks holding a URL, an e-mail address or a dotted name
/// (`globex.io`, `Node.js`, `e.g.`) or an address written to fool spammers (`name[at]example[dot]com`)
/// give no words. Shared by `spelling` and `word-confusion`.
struct Prose {
    /// `organisation` is also a project's name and its line beside the name (`KVManage | Ansible roles`): names,
    /// which `spelling` does not check.
    enum Kind: Sendable { case text, title, organisation }

    struct Segment {
        var kind: Kind
        /// The role the text belongs to (index into `document.roles`).
        var roleIndex: Int?
        /// A bullet point (not a paragraph).
        var isBullet: Bool
        var words: Range<Int>
    }

    struct Word {
        var text: String
        var lower: String
        var range: SourceRange
        /// First word of the element or after `.`, `!`, `?`, `:`, a dash or a bullet sign.
        var sentenceStart: Bool
        /// Punctuation (other than a hyphen or emphasis) separates it from the previous word.
        var breakBefore: Bool
        var segment: Int
    }

    private(set) var segments: [Segment] = []
    private(set) var words: [Word] = []

    /// JSON and YAML: keys (`"summary":`, `highlights:`) are not prose.
    private let structured: Bool
    /// LaTeX: command names (`\\cventry`) and comments are not prose.
    private let latex: Bool

    init(document: CVDocument?, source: SourceText, format: CVFormat) {
        structured = format == .jsonResume || format == .renderCV
        latex = format == .latex
        guard let document else { return }
        for (index, role) in document.roles.enumerated() {
            if let title = role.title, let r = source.locate(title, in: role.source) {
                scan(r, kind: .title, role: index, isBullet: false, source: source)
            }
            if let organisation = role.organisation, let r = source.locate(organisation, in: role.source) {
                scan(r, kind: .organisation, role: index, isBullet: false, source: source)
            }
            for bullet in role.text { scan(bullet, role: index, isBullet: false, source: source) }
            for bullet in role.bullets { scan(bullet, role: index, isBullet: true, source: source) }
        }
        if let summary = document.summary { scan(summary, role: nil, isBullet: false, source: source) }
        for project in document.projects {
            for name in [project.name, project.role ?? ""] where !name.isEmpty {
                if let r = source.locate(name, in: project.source) { scan(r, kind: .organisation, role: nil, isBullet: false, source: source) }
            }
            for bullet in project.text { scan(bullet, role: nil, isBullet: false, source: source) }
            for bullet in project.bullets { scan(bullet, role: nil, isBullet: true, source: source) }
        }
        for education in document.education {
            for bullet in education.bullets { scan(bullet, role: nil, isBullet: true, source: source) }
        }
        for section in document.sections where section.kind != .skills {
            for bullet in section.items { scan(bullet, role: nil, isBullet: true, source: source) }
        }
    }

    /// The next word of the same element, when no punctuation separates them.
    func next(after i: Int) -> Word? {
        let j = i + 1
        guard j < words.count, words[j].segment == words[i].segment, !words[j].breakBefore else { return nil }
        return words[j]
    }

    /// The previous word of the same element, when no punctuation separates them.
    func previous(before i: Int) -> Word? {
        let j = i - 1
        guard j >= 0, words[j].segment == words[i].segment, !words[i].breakBefore else { return nil }
        return words[j]
    }

    private mutating func scan(_ bullet: Bullet, role: Int?, isBullet: Bool, source: SourceText) {
        for b in bullet.walk {
            var bounds = source.indices(of: b.source)
            // A bullet's nested bullets are scanned on their own: stop before the first one.
            if let child = b.children.first {
                let childStart = source.index(of: child.source.start)
                if childStart > bounds.lowerBound, childStart < bounds.upperBound { bounds = bounds.lowerBound..<childStart }
            }
            scan(bounds, kind: .text, role: role, isBullet: isBullet, source: source)
        }
    }

    private mutating func scan(_ range: SourceRange, kind: Kind, role: Int?, isBullet: Bool, source: SourceText) {
        scan(source.indices(of: range), kind: kind, role: role, isBullet: isBullet, source: source)
    }

    private mutating func scan(_ bounds: Range<String.Index>, kind: Kind, role: Int?, isBullet: Bool, source: SourceText) {
        guard !bounds.isEmpty else { return }
        let segmentIndex = segments.count
        let first = words.count
        let start = source.lines.position(of: bounds.lowerBound)
        let s = Self.scalars(of: source.text, bounds)
        var lineOf = [Int](repeating: 0, count: s.count)
        var columnOf = [Int](repeating: 0, count: s.count)
        var line = start.line
        var column = start.column
        for i in s.indices {
            lineOf[i] = line
            columnOf[i] = column
            if s[i] == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        var chunkStart: Int?
        var bytes: [UInt8] = []
        var fenced = false
        var gap = Gap()
        var sawWord = false

        func endChunk(_ end: Int) {
            if let b = chunkStart { addChunk(b, end) }
            chunkStart = nil
        }

        func addChunk(_ b: Int, _ e: Int) {
            if Self.isSkippedChunk(s, b, e) {
                gap.add("/")
                return
            }
            // A dash standing alone (`Cache tiering – this feature`) ends a sentence.
            if e - b == 1, s[b] == "-" { gap.sentence = true }
            var i = b
            while i < e {
                if Self.isLetter(s[i]) || Self.isDigit(s[i]) || (latex && Self.latexAccent(s, i, e) != nil) {
                    var j = i
                    // The word's UTF-8 bytes, made a `String` once (the same text as appending its scalars one by one).
                    bytes.removeAll(keepingCapacity: true)
                    while j < e {
                        if latex, let (letter, length) = Self.latexAccent(s, j, e) {
                            bytes.append(contentsOf: letter.utf8)
                            j += length
                            continue
                        }
                        if Self.isLetter(s[j]) || Self.isDigit(s[j]) {
                            Self.appendNormalised(s[j], to: &bytes)
                            j += 1
                            continue
                        }
                        if Self.isApostrophe(s[j]), j + 1 < e, Self.isLetter(s[j + 1]) {
                            Self.appendNormalised(s[j], to: &bytes)
                            j += 1
                            continue
                        }
                        break
                    }
                    let text = String(decoding: bytes, as: UTF8.self)
                    let sentenceStart = !sawWord || gap.sentence
                    let breakBefore = gap.breaks
                    words.append(Word(
                        text: text, lower: text.lowercased(),
                        range: SourceRange(line: lineOf[i], column: columnOf[i], endLine: lineOf[j - 1], endColumn: columnOf[j - 1]),
                        sentenceStart: sentenceStart, breakBefore: breakBefore || !sawWord, segment: segmentIndex))
                    sawWord = true
                    gap = Gap()
                    i = j
                } else {
                    gap.add(s[i])
                    i += 1
                }
            }
        }

        var i = 0
        while i < s.count {
            let c = s[i]
            if structured, i == 0 || s[i - 1] == "\n", let j = Self.yamlKeyEnd(s, i) {
                endChunk(i)
                gap.add(" ")
                i = j + 1
                continue
            }
            if structured, c == "\"", let j = Self.jsonKeyEnd(s, i) {
                endChunk(i)
                gap.add(" ")
                i = j + 1
                continue
            }
            if i == 0 || s[i - 1] == "\n" {
                var k = i
                while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
                let fence = k + 2 < s.count && ((s[k] == "`" && s[k + 1] == "`" && s[k + 2] == "`") || (s[k] == "~" && s[k + 1] == "~" && s[k + 2] == "~"))
                if fence || fenced {
                    if fence { fenced.toggle() }
                    endChunk(i)
                    while i < s.count, s[i] != "\n" { i += 1 }
                    gap.add("\n")
                    i += 1
                    continue
                }
            }
            if latex, c == "\\", i + 1 < s.count, Self.isLetter(s[i + 1]) {
                endChunk(i)
                var j = i + 1
                while j < s.count, Self.isLetter(s[j]) { j += 1 }
                gap.add(" ")
                i = j
                continue
            }
            // LaTeX math (`$x^2$`, `$$…$$`, `\(…\)`, `\[…\]`) is no prose.
            if latex, let end = Self.latexMathEnd(s, i) {
                endChunk(i)
                gap.add(" ")
                i = end
                continue
            }
            if latex, c == "%", i == 0 || s[i - 1] != "\\" {
                endChunk(i)
                while i < s.count, s[i] != "\n" { i += 1 }
                gap.add(" ")
                continue
            }
            if c == "<", i + 1 < s.count, Self.isLetter(s[i + 1]) || s[i + 1] == "/" || s[i + 1] == "!" {
                endChunk(i)
                var j = i + 1
                while j < s.count, s[j] != ">" { j += 1 }
                gap.add(" ")
                i = j + 1
                continue
            }
            if c == "`" {
                endChunk(i)
                var j = i + 1
                while j < s.count, s[j] != "`" { j += 1 }
                gap.add("/")
                i = j + 1
                continue
            }
            if c == "]", i + 1 < s.count, s[i + 1] == "(" {
                endChunk(i)
                var j = i + 2
                while j < s.count, s[j] != ")", s[j] != "\n" { j += 1 }
                gap.add(" ")
                i = j + 1
                continue
            }
            if c == "&", let j = Self.entityEnd(s, i) {
                endChunk(i)
                gap.add(" ")
                i = j + 1
                continue
            }
            if c == "\\", i + 1 < s.count, s[i + 1].properties.isAlphabetic {
                endChunk(i)
                gap.add(" ")
                i += s[i + 1] == "u" ? 6 : 2
                continue
            }
            if c == " " || c == "\n" || c == "\t" || c == "\u{A0}" {
                endChunk(i)
                gap.add(" ")
                i += 1
                continue
            }
            if chunkStart == nil { chunkStart = i }
            i += 1
        }
        endChunk(s.count)
        segments.append(Segment(kind: kind, roleIndex: role, isBullet: isBullet, words: first..<words.count))
    }

    /// What lies between two words: does it end a sentence, does it separate them?
    struct Gap {
        var sentence = false
        var breaks = false

        mutating func add(_ c: Unicode.Scalar) {
            switch c {
            case " ", "\n", "\t", "-", "*", "_", "\u{A0}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}": return
            case ".", "!", "?", ":", "•", "–", "—", "|": sentence = true; breaks = true
            default: breaks = true
            }
        }
    }

    /// A YAML key at the start of a line (`  - summary:`): the index of its colon.
    static func yamlKeyEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        while j < s.count, s[j] == " " || s[j] == "-" || s[j] == "\t" { j += 1 }
        let start = j
        while j < s.count, isLetter(s[j]) || isDigit(s[j]) || s[j] == "_" || s[j] == "-" { j += 1 }
        return j > start && j < s.count && s[j] == ":" ? j : nil
    }

    /// A JSON key (`"summary":`): the index of its colon.
    static func jsonKeyEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i + 1
        while j < s.count, s[j] != "\"", s[j] != "\n" {
            if s[j] == "\\" { j += 1 }
            j += 1
        }
        guard j < s.count, s[j] == "\"" else { return nil }
        j += 1
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        return j < s.count && s[j] == ":" ? j : nil
    }

    /// Curly apostrophes become straight ones, ligatures (`ﬁ`) their letters.
    static func appendNormalised(_ c: Unicode.Scalar, to text: inout String) {
        switch c.value {
        case 0x2019: text += "'"
        case 0xFB00: text += "ff"
        case 0xFB01: text += "fi"
        case 0xFB02: text += "fl"
        case 0xFB03: text += "ffi"
        case 0xFB04: text += "ffl"
        case 0xFB05, 0xFB06: text += "st"
        default: text.unicodeScalars.append(c)
        }
    }

    /// `appendNormalised` on a word's UTF-8 bytes.
    static func appendNormalised(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
        switch c.value {
        case 0x00..<0x80: bytes.append(UInt8(c.value))
        case 0x2019: bytes.append(0x27)
        case 0xFB00...0xFB06:
            var text = ""
            appendNormalised(c, to: &text)
            bytes.append(contentsOf: text.utf8)
        default: bytes.append(contentsOf: UTF8.encode(c)!)
        }
    }

    /// A LaTeX accent on a letter inside a word (`G\\"orlitz`, `\\'{e}`, `{\\^o}`): the accented letter and how many
    /// scalars the accent takes.
    static func latexAccent(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> (Character, Int)? {
        var k = i
        let braced = s[k] == "{"
        if braced { k += 1 }
        guard k + 2 < end, s[k] == "\\", s[k + 1].isASCII,
            let table = LaTeXSyntax.accents[UInt8(s[k + 1].value)], !isLetter(s[k + 1])
        else { return nil }
        k += 2
        var argument = false
        if k < end, s[k] == "{" {
            argument = true
            k += 1
        }
        guard k < end, let letter = table[Character(s[k])] else { return nil }
        k += 1
        for closing in [argument, braced] where closing {
            guard k < end, s[k] == "}" else { return nil }
            k += 1
        }
        return (letter, k - i)
    }

    /// Where LaTeX math opening at `i` ends (after its closing delimiter); nil when none opens there or it is not
    /// closed within the text, or within 2,000 signs (then the sign is read as any other).
    static func latexMathEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let limit = min(s.count, i + 2000)
        let escaped = i > 0 && s[i - 1] == "\\"
        if s[i] == "$", !escaped {
            let display = i + 1 < s.count && s[i + 1] == "$"
            var j = i + (display ? 2 : 1)
            while j < limit {
                if s[j] == "\\" { j += 2; continue }
                if s[j] == "$" { return display ? (j + 1 < s.count && s[j + 1] == "$" ? j + 2 : nil) : j + 1 }
                j += 1
            }
            return nil
        }
        guard s[i] == "\\", !escaped, i + 1 < s.count, s[i + 1] == "(" || s[i + 1] == "[" else { return nil }
        let close: Unicode.Scalar = s[i + 1] == "(" ? ")" : "]"
        var j = i + 2
        while j + 1 < limit {
            if s[j] == "\\" {
                if s[j + 1] == close { return j + 2 }
                j += 2
                continue
            }
            j += 1
        }
        return nil
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        // A combining accent is part of its letter (`a` + U+0308 is the `ä` of a decomposed `Däniken`, as PDF
        // extraction writes it), not a break between two words.
        return (v >= 0x300 && v <= 0x36F) || c.properties.isAlphabetic
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

    /// `&amp;`, `&#151;`, `&#x2014;`: the index of the `;`.
    static func entityEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i + 1
        while j < s.count, j - i <= 10, isLetter(s[j]) || isDigit(s[j]) || s[j] == "#" { j += 1 }
        return j < s.count && j > i + 1 && s[j] == ";" ? j : nil
    }

    /// URLs, e-mail addresses, domains and dotted names (`pypip.in`, `Node.js`, `e.g.`).
    /// The scalars of `text[bounds]`: an ASCII run straight from its bytes (each byte a scalar), any other through
    /// the scalar view (the view's decoding was a quarter of the prose reading).
    static func scalars(of text: String, _ bounds: Range<String.Index>) -> [Unicode.Scalar] {
        let utf8 = text.utf8[bounds]
        let ascii: [Unicode.Scalar]?? = utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for index in 0..<bytes.count { (buffer.baseAddress! + index).initialize(to: Unicode.Scalar(bytes[index])) }
                count = bytes.count
            }
        }
        if let ascii = ascii ?? nil { return ascii }
        return Array(text.unicodeScalars[bounds])
    }

    static func isSkippedChunk(_ s: [Unicode.Scalar], _ b: Int, _ e: Int) -> Bool {
        var k = b
        while k < e {
            let c = s[k]
            if c == "@" { return true }
            if c == ":", k + 2 < e, s[k + 1] == "/", s[k + 2] == "/" { return true }
            if c == ".", k > b, k + 1 < e {
                let before = s[k - 1]
                let after = s[k + 1]
                if (Self.isLetter(before) || isDigit(before)) && (Self.isLetter(after) || isDigit(after)) { return true }
            }
            k += 1
        }
        if e - b >= 4 {
            // `www.example.com`, and addresses written to fool spammers: `name[at]example[dot]com`.
            let www = (s[b] == "w" || s[b] == "W") && (s[b + 1] == "w" || s[b + 1] == "W") && (s[b + 2] == "w" || s[b + 2] == "W") && s[b + 3] == "."
            if www { return true }
            if s[b..<e].contains(where: { $0 == "[" || $0 == "(" }) {
                // An ASCII chunk on its scalars, lowercased (its characters are its scalars); any other as text.
                if s[b..<e].allSatisfy({ $0.value < 0x80 && $0 != "\r" }) {
                    let lower = s[b..<e].map { $0.value >= 0x41 && $0.value <= 0x5A ? UInt8($0.value + 0x20) : UInt8($0.value) }
                    return lower.withUnsafeBufferPointer { h in
                        func holds(_ pattern: StaticString) -> Bool {
                            UTF8Scan.contains(h, UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount))
                        }
                        return holds("[at]") || holds("(at)") || holds("[dot]")
                    }
                }
                let chunk = String(String.UnicodeScalarView(s[b..<e])).lowercased()
                if chunk.contains("[at]") || chunk.contains("(at)") || chunk.contains("[dot]") { return true }
            }
        }
        return false
    }
}
