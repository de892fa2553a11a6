/// Whether a LaTeX file's braces and environments are balanced, as LaTeX would see them: a `}` that closes
/// nothing, a `{` never closed, an `\end{x}` that closes `\begin{y}` or nothing, a `\begin{x}` never ended. One
/// pass over the bytes, no tree: escapes (`\{`, `\%`), comments, `\verb|…|` and the verbatim environments are
/// skipped; the bodies of definitions (`\newcommand{\start}{\begin{itemize}}`) may open an environment another
/// definition closes, so environments are not matched inside them; the first argument of `\url` and `\href` is
/// read as LaTeX reads it there (a `%` is a character). Reading stops at `\end{document}`.
public enum LaTeXBalance {
    public struct Problem: Sendable, Hashable {
        public var message: String
        /// 1-based line and column (in Unicode scalars) of the sign at fault.
        public var line: Int
        public var column: Int
    }

    /// Environments whose body is not read as LaTeX.
    static let verbatim: Set<String> = ["verbatim", "verbatim*", "Verbatim", "lstlisting", "minted", "comment", "filecontents"]
    /// Definitions and how many brace groups they take after the command (the name's group counted when braced).
    static let definitions: [String: Int] = [
        "newcommand": 2, "renewcommand": 2, "providecommand": 2, "DeclareRobustCommand": 2,
        "newenvironment": 3, "renewenvironment": 3, "NewDocumentCommand": 3, "RenewDocumentCommand": 3,
        "NewDocumentEnvironment": 4, "def": 1, "gdef": 1, "edef": 1, "xdef": 1,
    ]

    /// At most this many problems are named (a file that is not LaTeX would give one per brace).
    static let maximumProblems = 20

    /// What is open: its line and byte offsets (columns are counted only for what is reported).
    private enum Open {
        /// A brace; `definition`: a group of a definition (environments inside are not matched).
        case brace(line: Int, at: Int, lineStart: Int, definition: Bool)
        case environment(String, line: Int, at: Int, lineStart: Int)
    }

    public static func problems(in text: String) -> [Problem] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { problems(bytes: $0) } ?? Array(text.utf8).withUnsafeBufferPointer { problems(bytes: $0) }
    }

    /// `definitions` on bytes: a command's name is compared with these (length first), no `String` made.
    static let definitionNames: [(name: [UInt8], groups: Int)] = definitions.map { (Array($0.key.utf8), $0.value) }

    /// Whether the bytes are those of `name`.
    @inline(__always)
    static func equals(_ b: UnsafeBufferPointer<UInt8>.SubSequence, _ name: StaticString) -> Bool {
        b.count == name.utf8CodeUnitCount && b.elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    static func problems(bytes: UnsafeBufferPointer<UInt8>) -> [Problem] {
        var problems: [Problem] = []
        var stack: [Open] = []
        // Groups of a definition still to come, and the depth they open at.
        var pendingDefinitionGroups = 0
        var pendingDepth = 0
        var definitionDepth = 0  // open groups that belong to a definition
        let n = bytes.count
        var i = 0
        var line = 1
        var lineStart = 0

        func column(_ at: Int, from start: Int? = nil) -> Int {
            var c = 1
            var k = start ?? lineStart
            while k < at {
                if bytes[k] & 0xC0 != 0x80 { c += 1 }
                k += 1
            }
            return c
        }
        func report(_ message: String, _ l: Int, _ c: @autoclosure () -> Int) {
            if problems.count < maximumProblems { problems.append(Problem(message: message, line: l, column: c())) }
        }
        func newline(at k: Int) {
            line += 1
            lineStart = k + 1
        }
        /// `{name}` at `k` (spaces before it allowed): the name and the index after the `}`.
        func bracedName(_ k: Int) -> (String, Int)? {
            var j = k
            while j < n, bytes[j] == 0x20 { j += 1 }
            guard j < n, bytes[j] == UInt8(ascii: "{") else { return nil }
            var e = j + 1
            while e < n, bytes[e] != UInt8(ascii: "}"), bytes[e] != 0x0A, e - j < 80 { e += 1 }
            guard e < n, bytes[e] == UInt8(ascii: "}") else { return nil }
            return (String(decoding: bytes[(j + 1)..<e], as: UTF8.self), e + 1)
        }
        /// Moves `i` past the text up to and including `end` (counting lines); false when it never comes.
        func skip(to end: [UInt8]) -> Bool {
            while i < n {
                if bytes[i] == 0x0A { newline(at: i) }
                if bytes[i] == end[0], i + end.count <= n, bytes[i..<(i + end.count)].elementsEqual(end) {
                    i += end.count
                    return true
                }
                i += 1
            }
            return false
        }
        var inDefinition: Bool { definitionDepth > 0 }

        while i < n {
            let b = bytes[i]
            switch b {
            case 0x0A:
                newline(at: i)
                i += 1
            case UInt8(ascii: "%"):
                while i < n, bytes[i] != 0x0A { i += 1 }
            case UInt8(ascii: "{"):
                let definition = inDefinition || (pendingDefinitionGroups > 0 && stack.count == pendingDepth)
                if pendingDefinitionGroups > 0 && stack.count == pendingDepth { pendingDefinitionGroups -= 1 }
                stack.append(.brace(line: line, at: i, lineStart: lineStart, definition: definition))
                if definition { definitionDepth += 1 }
                i += 1
            case UInt8(ascii: "}"):
                // A `}` with no `{` open at all is one stray brace: the environments open around it (`\begin{document}`)
                // stay open, not reported as cut short by it and then again at their `\end`.
                if !stack.contains(where: { if case .brace = $0 { return true } else { return false } }) {
                    report("a } that closes no {", line, column(i))
                    i += 1
                    break
                }
                // Environments left open inside this group (outside definitions) are reported with it.
                while case .environment(let name, let l, let at, let start)? = stack.last, !inDefinition {
                    report("\\begin{\(name)} is not ended before the } on line \(line) closes its group", l, column(at, from: start))
                    stack.removeLast()
                }
                if case .brace(_, _, _, let definition)? = stack.last {
                    stack.removeLast()
                    if definition { definitionDepth -= 1 }
                } else {
                    report("a } that closes no {", line, column(i))
                }
                i += 1
            case UInt8(ascii: "\\"):
                let start = i
                i += 1
                guard i < n else { break }
                guard Self.isLetter(bytes[i]) else {
                    if bytes[i] == 0x0A { newline(at: i) }
                    i += 1  // an escape: \{ \} \% \\ \$ …
                    break
                }
                var e = i
                while e < n, Self.isLetter(bytes[e]) { e += 1 }
                if e < n, bytes[e] == UInt8(ascii: "*") { e += 1 }
                // The name on its bytes: a `String` only for a name a definition may have.
                let name = bytes[i..<e]
                i = e
                if equals(name, "verb") || equals(name, "verb*") {
                    guard i < n, bytes[i] != 0x0A else { break }
                    let delimiter = bytes[i]
                    i += 1
                    while i < n, bytes[i] != delimiter, bytes[i] != 0x0A { i += 1 }
                    if i < n, bytes[i] == delimiter { i += 1 }
                } else if equals(name, "url") || equals(name, "href") {
                    // The address: braces counted, `%` and `#` are characters.
                    var j = i
                    while j < n, bytes[j] == 0x20 { j += 1 }
                    guard j < n, bytes[j] == UInt8(ascii: "{") else { break }
                    var depth = 0
                    var k = j
                    while k < n {
                        if bytes[k] == UInt8(ascii: "\\") { k += 2; continue }
                        if bytes[k] == 0x0A { break }
                        if bytes[k] == UInt8(ascii: "{") { depth += 1 }
                        if bytes[k] == UInt8(ascii: "}") {
                            depth -= 1
                            if depth == 0 { break }
                        }
                        k += 1
                    }
                    if k < n, bytes[k] == UInt8(ascii: "}") { i = k + 1 }
                } else if equals(name, "begin") {
                    guard let (env, after) = bracedName(i) else { break }
                    i = after
                    if inDefinition { break }
                    if Self.verbatim.contains(env) {
                        let (l, c) = (line, column(start))
                        if !skip(to: Array("\\end{\(env)}".utf8)) { report("\\begin{\(env)} is never ended", l, c) }
                        break
                    }
                    stack.append(.environment(env, line: line, at: start, lineStart: lineStart))
                } else if equals(name, "end") {
                    guard let (env, after) = bracedName(i) else { break }
                    let (l, c) = (line, column(start))
                    i = after
                    if inDefinition { break }
                    if case .environment(let open, let ol, _, _)? = stack.last {
                        stack.removeLast()
                        if open != env { report("\\end{\(env)} ends \\begin{\(open)} of line \(ol)", l, c) }
                    } else if let index = stack.lastIndex(where: { if case .environment(env, _, _, _) = $0 { return true } else { return false } }) {
                        // Braces opened since the \begin are never closed.
                        for open in stack[(index + 1)...] {
                            if case .brace(let bl, let at, let start, _) = open {
                                report("a { not closed before \\end{\(env)} on line \(l)", bl, column(at, from: start))
                            }
                        }
                        stack.removeSubrange(index...)
                    } else {
                        report("\\end{\(env)} ends no \\begin{\(env)}", l, c)
                    }
                    if env == "document" { return problems }
                } else if equals(name, "iffalse") {
                    // Commented out the TeX way: up to the matching \fi.
                    _ = skip(to: Array("\\fi".utf8))
                } else {
                    let base = name.last == UInt8(ascii: "*") ? name.dropLast() : name
                    if let groups = definitionNames.first(where: { $0.name.count == base.count && base.elementsEqual($0.name) })?.groups {
                        var j = i
                        while j < n, bytes[j] == 0x20 { j += 1 }
                        // `\newcommand\name{…}`: the name is no group.
                        let bracedNameGroup = j < n && bytes[j] == UInt8(ascii: "{")
                        pendingDefinitionGroups = groups == 1 || bracedNameGroup ? groups : groups - 1
                        pendingDepth = stack.count
                    }
                }
            default:
                i += 1
            }
        }
        for open in stack.reversed() {
            switch open {
            case .brace(let l, let at, let start, _): report("a { that is never closed", l, column(at, from: start))
            case .environment(let env, let l, let at, let start): report("\\begin{\(env)} is never ended", l, column(at, from: start))
            }
        }
        return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "@") }
}
