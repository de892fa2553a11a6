extension MarkdownCueLines {
    /// The cue lines of the document's blocks `range` (a section's blocks, as read a segment at a time), each line's
    /// date and origin: the lines of `lines(blocks[range])` carrying the date `EntryFinder.lineDate` finds in each (as
    /// the shared reader sets it), with each segment's lines made once per memo (`MarkdownParseMemo.SegmentCues`) and
    /// moved to the lines it now stands at.
    static func lines(
        of range: ClosedRange<Int>, blocks: [MarkdownBlock], layout: MarkdownBlockReader.Layout, memo: MarkdownParseMemo,
        dateMemo: MarkdownDateMemo
    ) -> (lines: [CueLine], dates: [DateSpan?], origins: [MarkdownParseMemo.CueOrigin]) {
        let firstSegment = layout.occurrence[range.lowerBound]
        let lastSegment = layout.occurrence[range.upperBound]
        var known = memo.cues((firstSegment...lastSegment).map { layout.segments[$0].id })
        var made: [(Int, MarkdownParseMemo.SegmentCues)] = []
        var j = range.lowerBound
        while j <= range.upperBound {
            // The segment of block j: its blocks are consecutive in the document, from j minus its index in the segment.
            let k = layout.occurrence[j]
            var end = j
            while end + 1 < layout.occurrence.count, layout.occurrence[end + 1] == k { end += 1 }
            if known[k - firstSegment] == nil {
                let start = j - layout.origins[j].index
                var cues = MarkdownParseMemo.SegmentCues(firstLine: layout.segments[k].firstLine, lines: [], dates: [], starts: [])
                cues.starts.reserveCapacity(end - start + 2)
                for b in start...end {
                    cues.starts.append(cues.lines.count)
                    append(blocks[b], number: b - start, to: &cues.lines)
                }
                cues.starts.append(cues.lines.count)
                cues.dates = cues.lines.map { EntryFinder.lineDate($0, dateMemo: dateMemo) }
                // Each line carries its date, as the shared reader would give it (it then has no line to change).
                for l in cues.lines.indices where cues.dates[l] != nil { cues.lines[l].date = cues.dates[l] }
                // And its measures: a line of an unchanged segment is then not measured again on each pass over its section.
                for l in cues.lines.indices { cues.lines[l].measure() }
                known[k - firstSegment] = cues
                made.append((layout.segments[k].id, cues))
            }
            j = end + 1
        }
        memo.store(cues: made)
        var count = 0
        for j in range {
            guard let cues = known[layout.occurrence[j] - firstSegment] else { continue }
            count += cues.starts[layout.origins[j].index + 1] - cues.starts[layout.origins[j].index]
        }
        var lines: [CueLine] = []
        var dates: [DateSpan?] = []
        lines.reserveCapacity(count)
        dates.reserveCapacity(count)
        var origins: [MarkdownParseMemo.CueOrigin] = []
        origins.reserveCapacity(count)
        var b = range.lowerBound
        while b <= range.upperBound {
            // The blocks of one segment in the range (consecutive in it and in the document): their lines are copied at once.
            let k = layout.occurrence[b]
            var end = b
            while end < range.upperBound, layout.occurrence[end + 1] == k { end += 1 }
            defer { b = end + 1 }
            guard let cues = known[k - firstSegment] else { continue }
            let d = layout.segments[k].firstLine - cues.firstLine
            let index = layout.origins[b].index
            let from = cues.starts[index]
            let to = cues.starts[layout.origins[end].index + 1]
            guard from < to else { continue }
            // Copied whole, then numbered and moved in place (a line's block is its block's position in the segment).
            let start = lines.count
            lines.append(contentsOf: cues.lines[from..<to])
            dates.append(contentsOf: cues.dates[from..<to])
            let shift = b - index - range.lowerBound
            let id = layout.segments[k].id
            for l in start..<lines.count {
                lines[l].block += shift
                origins.append(MarkdownParseMemo.CueOrigin(segment: id, line: from + l - start))
            }
            if d != 0 {
                for l in start..<lines.count {
                    lines[l].source = lines[l].source.shifted(by: d)
                    if dates[l] != nil {
                        dates[l]!.source = dates[l]!.source.shifted(by: d)
                        lines[l].date = dates[l]
                    }
                }
            }
        }
        // What reaches across blocks, as `lines(_:)` does it on the section's blocks.
        var d: [DateSpan?]? = dates
        var o: [MarkdownParseMemo.CueOrigin]? = origins
        acrossBlocks(&lines, dates: &d, origins: &o)
        return (lines, d ?? [], o ?? [])
    }
}
