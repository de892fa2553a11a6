#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A layer around `MarkdownSegments.split` for the memo (`MarkdownParseMemo`): the segments of a text found from those
/// of the text read before it (most versions of a CV differ from the last in a few lines in one place), with which
/// segments kept their bytes. The same segments as `split(bytes:)` by construction:
/// - the scan that cuts a text is a pass from its start whose state at a cut is always the same (after a blank line,
///   outside any fence and comment); a cut whose line, with its line end, lies in the bytes both texts start with is
///   therefore a cut of both, and so is every cut before it, at the same offsets and lines;
/// - the scan resumes at the last such cut, and stops at the first cut it finds in the bytes both texts end with that was
///   a cut of the last text too (at the same distance from the end): from there on both scans see the same bytes from
///   the same state, so they make the same cuts, moved by the difference in length and in lines;
/// - `refusesCuts` is asked of the whole text, as `split` asks it.
extension MarkdownSegments {
    /// The segments of `b` (what `split(bytes: b)` gives), found from `old`'s (`oldSegments`, what `split` gave for it),
    /// with, per segment, the index of `old`'s segment of the same bytes (moved or not) where it is one.
    static func split(
        bytes b: UnsafeBufferPointer<UInt8>, after old: UnsafeBufferPointer<UInt8>, segments oldSegments: [Segment]
    ) -> (segments: [Segment], same: [Int?])? {
        let n = b.count
        let m = old.count
        guard n > 0, !refusesCuts(b) else { return nil }
        guard let nb = b.baseAddress, let ob = old.baseAddress, oldSegments.count >= 2,
            oldSegments.last?.bytes.upperBound == m
        else {
            return split(bytes: b).map { ($0, Array(repeating: nil, count: $0.count)) }
        }
        // The bytes both start with (p) and end with (s), not overlapping: compared a block at a time (memcmp), then
        // a byte at a time in the first block that differs.
        let limit = Swift.min(n, m)
        let block = 256
        var p = 0
        while p + block <= limit, memcmp(nb + p, ob + p, block) == 0 { p += block }
        while p < limit, nb[p] == ob[p] { p += 1 }
        var s = 0
        while s + block <= limit - p, memcmp(nb + (n - s - block), ob + (m - s - block), block) == 0 { s += block }
        while s < limit - p, nb[n - s - 1] == ob[m - s - 1] { s += 1 }
        // The old segments kept whole: those before the last cut whose line ends (at its line feed) in the common start.
        var j = 0
        while j + 1 < oldSegments.count {
            guard let e = find(0x0A, ob, oldSegments[j + 1].bytes.lowerBound, m), e < p else { break }
            j += 1
        }
        var segments = Array(oldSegments[0..<j])
        var same: [Int?] = []
        same.reserveCapacity(oldSegments.count + 1)
        for o in 0..<j { same.append(o) }
        let delta = n - m
        var k = j + 1
        var synced: Int?
        let last = scan(
            b, from: j == 0 ? 0 : oldSegments[j].bytes.lowerBound, line: j == 0 ? 1 : oldSegments[j].firstLine, into: &segments
        ) { q in
            // A cut in the common end that was a cut of the old text at the same distance from the end.
            guard q >= n - s else { return false }
            while k < oldSegments.count, oldSegments[k].bytes.lowerBound < q - delta { k += 1 }
            guard k < oldSegments.count, oldSegments[k].bytes.lowerBound == q - delta else { return false }
            synced = k
            return true
        }
        same += repeatElement(nil, count: segments.count - same.count)
        if let i = synced {
            let lines = last.line - oldSegments[i].firstLine
            for o in i..<oldSegments.count {
                let r = oldSegments[o].bytes
                segments.append(Segment(bytes: (r.lowerBound + delta)..<(r.upperBound + delta), firstLine: oldSegments[o].firstLine + lines))
                same.append(o)
            }
            return (segments, same)
        }
        guard !segments.isEmpty else { return nil }
        segments.append(Segment(bytes: last.start..<n, firstLine: last.line))
        same.append(nil)
        return (segments, same)
    }
}
