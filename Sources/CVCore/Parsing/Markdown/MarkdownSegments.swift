#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cuts a Markdown body into pieces that CommonMark parses independently: each piece after the first starts
/// at an ATX heading in column 1 that follows a blank line, outside any fenced code block and HTML comment.
///
/// Why such a line is a safe cut: a blank line closes paragraphs, tables and HTML blocks of kinds 6 and 7; a
/// heading in column 1 is never a lazy continuation line, so it closes every open list item and block quote;
/// indented code needs four spaces. What could still reach across the line is tracked (fences, comments) or
/// turns the cut off for the whole text (link reference and footnote definitions, which any part of the text
/// may use; the HTML blocks that only end at their own end tag, `<script>`, `<pre>`, `<style>`, `<textarea>`,
/// `<?` and `<!`). HTML elements left open across a cut are caught after reading (`MarkdownBlockReader`),
/// which then reads the whole text at once. Written by hand: cmark-gfm has no incremental or partial parse.
enum MarkdownSegments {
    struct Segment {
        /// Byte offsets in the body's UTF-8.
        var bytes: Range<Int>
        /// The 1-based line the segment starts on.
        var firstLine: Int
    }

    /// The segments of `body`, or nil when it cannot be cut (or has no cut).
    static func split(_ body: String) -> [Segment]? {
        var body = body
        return body.withUTF8 { split(bytes: $0) }
    }

    static func split(bytes b: UnsafeBufferPointer<UInt8>) -> [Segment]? {
        guard b.count > 0, !refusesCuts(b) else { return nil }
        var segments: [Segment] = []
        let last = scan(b, from: 0, line: 1, into: &segments) { _ in false }
        guard !segments.isEmpty else { return nil }
        segments.append(Segment(bytes: last.start..<b.count, firstLine: last.line))
        return segments
    }

    /// Scans `b` from `from`, the start of line `line` where a segment starts (the text's start, or a cut: after a blank
    /// line, outside any fence and comment), appending each segment that ends at a cut, to the end or to the first cut
    /// `stop` (given the cut's offset) says to stop at. Returns where the segment that is not appended (the last, or the
    /// one from the cut stopped at) starts, its line, and whether it stopped.
    @discardableResult
    static func scan(
        _ b: UnsafeBufferPointer<UInt8>, from origin: Int, line firstLine: Int, into segments: inout [Segment], stop: (Int) -> Bool
    ) -> (start: Int, line: Int, stopped: Bool) {
        let n = b.count
        guard let base = b.baseAddress else { return (origin, firstLine, false) }
        var segmentStart = origin
        var segmentLine = firstLine
        var line = firstLine
        var start = origin
        var previousBlank = true
        var fence: (char: UInt8, count: Int)?
        var inComment = false
        while start < n {
            let end = find(0x0A, base, start, n) ?? n
            // This line: [start, end). Most lines start with a letter or a list marker and need no more look.
            let first = start < end ? b[start] : 0x0A
            // (`start > segmentStart`: the first line of the scan is never a cut; from the text's start, `start > 0`.)
            if first == 0x23, start > segmentStart, previousBlank, fence == nil, !inComment, isATXHeading(b, start, end) {
                segments.append(Segment(bytes: segmentStart..<start, firstLine: segmentLine))
                if stop(start) { return (start, line, true) }
                segmentStart = start
                segmentLine = line
            }
            // Fences (up to three spaces of indentation).
            if first == 0x20 || first == 0x60 || first == 0x7E {
                var i = start
                while i < end && i - start < 3 && b[i] == 0x20 { i += 1 }
                if i < end, b[i] == 0x60 || b[i] == 0x7E {
                    let c = b[i]
                    var k = i
                    while k < end && b[k] == c { k += 1 }
                    let count = k - i
                    if count >= 3 {
                        if let open = fence {
                            var rest = k
                            while rest < end && (b[rest] == 0x20 || b[rest] == 0x09 || b[rest] == 0x0D) { rest += 1 }
                            if c == open.char && count >= open.count && rest == end { fence = nil }
                        } else {
                            fence = (c, count)
                        }
                    }
                }
            }
            // HTML comments: `<!--` opens, `-->` closes, in order along the line.
            if fence == nil, let from = find(inComment ? 0x2D : 0x3C, base, start, end) {
                var j = from
                while j < end {
                    if !inComment, j + 3 < end, b[j] == 0x3C, b[j + 1] == 0x21, b[j + 2] == 0x2D, b[j + 3] == 0x2D {
                        inComment = true
                        j += 4
                    } else if inComment, j + 2 < end, b[j] == 0x2D, b[j + 1] == 0x2D, b[j + 2] == 0x3E {
                        inComment = false
                        j += 3
                    } else {
                        j += 1
                    }
                }
            }
            if first == 0x20 || first == 0x09 || first == 0x0D || first == 0x0A {
                previousBlank = b[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            } else {
                previousBlank = false
            }
            start = end + 1
            line += 1
        }
        return (segmentStart, segmentLine, false)
    }

    /// The first `byte` in `from..<to` (memchr).
    @inline(__always)
    static func find(_ byte: UInt8, _ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        guard from < to, let p = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }

    /// `#` to `######` in column 1, then a space, a tab or the line's end.
    static func isATXHeading(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end && b[i] == 0x23 && i - start < 7 { i += 1 }
        let level = i - start
        guard level >= 1 && level <= 6 else { return false }
        return i == end || b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D
    }

    /// Text with constructs that reach across any cut: `]:` (link reference and footnote definitions), `<?`,
    /// `<!` other than a comment, and the elements whose HTML blocks end only at their end tag.
    static func refusesCuts(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard let base = b.baseAddress else { return false }
        var i = 0
        while let j = find(0x5D, base, i, n) {
            if j + 1 < n, b[j + 1] == 0x3A { return true }
            i = j + 1
        }
        i = 0
        while let j = find(0x3C, base, i, n) {
            i = j + 1
            guard j + 1 < n else { break }
            let d = b[j + 1]
            if d == 0x3F { return true }
            if d == 0x21, !(j + 3 < n && b[j + 2] == 0x2D && b[j + 3] == 0x2D) { return true }
            for name in rawElements where j + 1 + name.count <= n {
                var same = true
                for (k, ch) in name.enumerated() where b[j + 1 + k] | 0x20 != ch {
                    same = false
                    break
                }
                if same { return true }
            }
        }
        return false
    }

    static let rawElements: [[UInt8]] = ["script", "pre", "style", "textarea"].map { Array($0.utf8) }
}
