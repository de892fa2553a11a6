/// The paragraphs and bullets of plain-text lines outside entries (a summary, the top of the file, a section the model
/// keeps as it is): a bullet runs on to the next bullet or blank line, a paragraph until a blank line or a short last
/// line after a finished sentence; a date line inside a paragraph (PDF extraction) does not end it.
struct PlainTextBody {
    let lines: [PlainTextLine]
    let body: Range<Int>
    let textLines: PlainTextRanges
    /// The longest line of the section, to tell a paragraph's short last line.
    private let longest: Int

    init(lines: [PlainTextLine], body: Range<Int>, textLines: PlainTextRanges) {
        self.lines = lines
        self.body = body
        self.textLines = textLines
        var longest = 0
        for i in body { longest = max(longest, lines[i].text.utf8.count) }
        self.longest = longest
    }

    func readBody(_ range: ClosedRange<Int>, skipping skip: Set<Int>) -> (text: [Bullet], bullets: [Bullet]) {
        var text: [Bullet] = []
        var bullets: [Bullet] = []
        // The paragraph or bullet being read.
        var words: [String] = []
        var first = 0
        var last = 0
        var isBullet = false
        func flush() {
            guard !words.isEmpty else { return }
            let joined = PlainTextWords.clean(words.joined(separator: " "))
            if !joined.isEmpty {
                let b = Bullet(text: joined, source: textLines.range(lines: lines[first].number, lines[last].number))
                if isBullet { bullets.append(b) } else { text.append(b) }
            }
            words.removeAll()
        }
        for i in range where i >= body.lowerBound && i < body.upperBound {
            let line = lines[i]
            // `* RubyConf - 2014, 2017,` / `  2018, 2019`: years wrapped onto the next line (read as a date of their own
            // or into the date of the line above) after a line left open by its comma are still words of its item.
            if line.isDateOnly, !words.isEmpty, last == i - 1, line.absorbed || lines[i - 1].text.hasSuffix(",") {
                words.append(line.text)
                last = i
                continue
            }
            // A date line inside a paragraph (PDF extraction) does not end it.
            if line.isDateOnly, i > range.lowerBound, !lines[i - 1].isBlank, i + 1 < body.upperBound, !lines[i + 1].isBlank,
                !lines[i + 1].isBullet
            {
                continue
            }
            if line.isBlank || line.isDateOnly || skip.contains(i) {
                flush()
                continue
            }
            if let b = line.bulletText {
                flush()
                words.append(b)
                first = i
                last = i
                isBullet = true
                continue
            }
            if !words.isEmpty {
                let prev = lines[last].text
                let newParagraph = !isBullet && PlainTextWords.endsSentence(prev) && prev.utf8.count * 10 < longest * 7
                if !newParagraph {
                    words.append(line.text)
                    last = i
                    continue
                }
                flush()
            }
            words.append(line.text)
            first = i
            last = i
            isBullet = false
        }
        flush()
        return (text, bullets)
    }
}
