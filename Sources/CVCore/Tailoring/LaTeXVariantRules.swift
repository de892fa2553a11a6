/// What a variant of a LaTeX CV must keep so that it still compiles when its base does: a removed block of lines
/// holds whole groups and environments (`\item`s, `\cventry{…}` calls), and a list whose items are all removed goes
/// with them (LaTeX stops on an empty `itemize`: "missing \item"), whether it is written `\begin{itemize}` …
/// `\end{itemize}` or with the user's own macros for them (`\newcommand{\listStart}{\begin{itemize}}`).
struct LaTeXVariantRules {
    /// Macros (without their backslash) whose body opens an environment without closing it, and those that close
    /// one without opening it: `\listStart` / `\listEnd` stand for `\begin{itemize}` / `\end{itemize}`.
    private(set) var openers: [String: String] = [:]
    private(set) var closers: [String: String] = [:]

    init(text: String) {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\\") else { i += 1; continue }
            var e = i + 1
            while e < bytes.count, Self.isLetter(bytes[e]) { e += 1 }
            let command = String(decoding: bytes[(i + 1)..<e], as: UTF8.self)
            i = max(e, i + 1)
            guard ["newcommand", "renewcommand", "providecommand", "def"].contains(command) else { continue }
            if i < bytes.count, bytes[i] == UInt8(ascii: "*") { i += 1 }
            // The name: `{\name}` or `\name`.
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            let braced = i < bytes.count && bytes[i] == UInt8(ascii: "{")
            if braced { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\\") else { continue }
            var n = i + 1
            while n < bytes.count, Self.isLetter(bytes[n]) { n += 1 }
            let name = String(decoding: bytes[(i + 1)..<n], as: UTF8.self)
            i = n
            if braced {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "}") else { continue }
                i += 1
            }
            // Skip `[n]`, `[default]` and `#1#2`, then read the body's group.
            while i < bytes.count, bytes[i] != UInt8(ascii: "{"), bytes[i] != 0x0A { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{"), let end = Self.groupEnd(bytes, i) else { continue }
            let body = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            i = end + 1
            let begins = Self.environments(after: "\\begin{", in: body)
            let ends = Self.environments(after: "\\end{", in: body)
            if let env = begins.first, begins.count == 1, ends.isEmpty { openers[name] = env }
            if let env = ends.first, ends.count == 1, begins.isEmpty { closers[name] = env }
        }
    }

    /// Whether these lines may go as one block: every group and environment in them closes in them, and none
    /// includes a file (what an included file holds is read at its `\input` line, which stands for all of it).
    static func isWholeBlock(_ lines: [Substring]) -> Bool {
        !lines.contains(where: includesFile) && LaTeXBalance.problems(in: lines.joined(separator: "\n")).isEmpty
    }

    /// Whether a line includes a file (`\input{…}`, `\include{…}`, `\subfile{…}`, `\import{…}{…}`).
    static func includesFile(_ line: Substring) -> Bool {
        let t = code(of: line)
        guard t.contains("\\") else { return false }
        return ["\\input{", "\\input ", "\\include{", "\\subfile{", "\\import{", "\\subimport{", "\\subinputfrom{"].contains { t.contains($0) }
    }

    /// The environment a line opens, and whether the line holds nothing else (`\begin{itemize}[leftmargin=*]`,
    /// `\listStart`) so that it can go; `\cventry{…}{\begin{itemize}` opens one but stays.
    func opens(_ line: Substring) -> (environment: String, whole: Bool)? {
        let t = Self.code(of: line)
        if t.hasPrefix("\\"), let env = openers[String(t.dropFirst())] { return (env, true) }
        guard let begin = t.ranges(of: "\\begin{").last, let close = t[begin.upperBound...].firstIndex(of: "}") else { return nil }
        let rest = t[t.index(after: close)...]
        guard !rest.contains("\\end{") else { return nil }
        let whole = begin.lowerBound == t.startIndex && !rest.contains("\\begin") && !rest.contains("\\item")
        return (String(t[begin.upperBound..<close]), whole)
    }

    /// The environment a line closes, and whether the line holds nothing else (`\end{itemize}`, `\listEnd`);
    /// `\end{itemize}}` closes one but stays.
    func closes(_ line: Substring) -> (environment: String, whole: Bool)? {
        let t = Self.code(of: line)
        if t.hasPrefix("\\"), let env = closers[String(t.dropFirst())] { return (env, true) }
        guard let end = t.firstRange(of: "\\end{"), let close = t[end.upperBound...].firstIndex(of: "}"),
            !t[..<end.lowerBound].contains("\\begin{")
        else { return nil }
        return (String(t[end.upperBound..<close]), end.lowerBound == t.startIndex && t.index(after: close) == t.endIndex)
    }

    /// Whether a line holds no LaTeX that typesets anything: blank, a comment, or only spacing (`\vspace{-4pt}`).
    static func isEmpty(_ line: Substring) -> Bool {
        let t = code(of: line)
        return t.isEmpty || ((t.hasPrefix("\\vspace") || t.hasPrefix("\\smallskip") || t.hasPrefix("\\medskip")) && !t.contains("\\item"))
    }

    /// A line without its comment and surrounding spaces.
    static func code(of line: Substring) -> Substring {
        var end = line.endIndex
        var previous: Character = " "
        for i in line.indices {
            if line[i] == "%" && previous != "\\" {
                end = i
                break
            }
            previous = line[i]
        }
        return line[..<end].trimmingWhitespace()
    }

    static func environments(after opening: String, in body: String) -> [String] {
        var found: [String] = []
        var rest = body[...]
        while let r = rest.firstRange(of: opening) {
            rest = rest[r.upperBound...]
            guard let close = rest.firstIndex(of: "}") else { break }
            found.append(String(rest[..<close]))
            rest = rest[close...]
        }
        return found
    }

    /// The index of the `}` closing the group opened at `start` (escapes skipped); nil when it is not closed.
    static func groupEnd(_ bytes: [UInt8], _ start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "@") }
}
