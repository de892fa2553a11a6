/// Reading CV pieces (dates, bullets, items of kept sections) out of `YAMLNode`s: shared by the
/// JSON Resume and RenderCV parsers.
extension YAMLNode {
    /// Nested highlight lists deeper than this are flattened into their parent.
    static let maximumBulletDepth = 8

    /// A scalar as one bullet (nil when empty).
    var bullet: Bullet? {
        text.map { Bullet(text: $0, source: range) }
    }

    /// A list of highlights: strings become bullets, a nested list becomes the children of the
    /// bullet before it, a mapping becomes one bullet (see `item`). A single string is one bullet.
    func bullets(depth: Int = 0) -> [Bullet] {
        switch value {
        case .scalar: return bullet.map { [$0] } ?? []
        case .mapping: return item(depth: depth).map { [$0] } ?? []
        case .sequence(let nodes):
            var out: [Bullet] = []
            for node in nodes {
                if node.isSequence {
                    let children = depth < YAMLNode.maximumBulletDepth ? node.bullets(depth: depth + 1) : []
                    if out.isEmpty { out.append(contentsOf: children) } else { out[out.count - 1].children += children }
                } else {
                    out.append(contentsOf: node.bullets(depth: depth + 1))
                }
            }
            return out
        }
    }

    /// The keys read as an entry's name, in order of preference.
    static let nameKeys = ["name", "title", "label", "language", "institution", "organization", "company", "bullet"]
    /// Keys read as a short qualifier of the name (`publisher`, `fluency`), joined after it.
    static let qualifierKeys = ["fluency", "level", "position", "details", "awarder", "issuer", "publisher", "journal",
                                "authors", "date", "releaseDate", "startDate", "endDate", "location", "url", "doi"]
    /// Keys read as the entry's longer text, kept as child bullets.
    static let bodyKeys = ["summary", "reference", "description", "highlights", "keywords", "courses"]

    /// An entry of a kept section (award, certificate, publication, language, interest, reference, an
    /// unknown object) as one bullet: `Name, qualifier, qualifier` with its longer texts as children.
    /// Every scalar field is kept; nothing is invented.
    func item(depth: Int = 0) -> Bullet? {
        switch value {
        case .scalar: return bullet
        case .sequence:
            let children = depth < YAMLNode.maximumBulletDepth ? bullets(depth: depth + 1) : []
            guard let first = children.first else { return nil }
            return Bullet(text: first.text, children: Array(children.dropFirst()), source: range)
        case .mapping(let pairs):
            var head: [String] = []
            var children: [Bullet] = []
            let name = YAMLNode.nameKeys.lazy.compactMap { self.string($0) }.first
            if let name { head.append(name) }
            var used: Set<String> = []
            if let nameKey = YAMLNode.nameKeys.first(where: { self.string($0) != nil }) { used.insert(nameKey) }
            for key in YAMLNode.qualifierKeys {
                guard let v = self[key], !used.contains(key) else { continue }
                if let t = v.text {
                    head.append(t)
                    used.insert(key)
                } else if v.isSequence {
                    let names = v.strings.map(\.0)
                    if !names.isEmpty { head.append(names.joined(separator: ", ")) }
                    used.insert(key)
                }
            }
            for key in YAMLNode.bodyKeys {
                guard let v = self[key], !used.contains(key) else { continue }
                used.insert(key)
                if key == "keywords" || key == "courses", v.isSequence {
                    let names = v.strings.map(\.0)
                    if !names.isEmpty { children.append(Bullet(text: names.joined(separator: ", "), source: v.range)) }
                } else if depth < YAMLNode.maximumBulletDepth {
                    children += v.bullets(depth: depth + 1)
                }
            }
            // Any other field is kept too, after the known ones.
            for pair in pairs where !used.contains(pair.key) {
                if let t = pair.value.text {
                    head.append(t)
                } else if depth < YAMLNode.maximumBulletDepth {
                    children += pair.value.bullets(depth: depth + 1)
                }
            }
            guard !head.isEmpty || !children.isEmpty else { return nil }
            if head.isEmpty, let first = children.first {
                return Bullet(text: first.text, children: first.children + children.dropFirst(), source: range)
            }
            return Bullet(text: head.joined(separator: ", "), children: children, source: range)
        }
    }
}

/// Reading dates of structured formats (ISO strings, bare years, `present`) through `DateParser`.
struct StructuredDates {
    var notes: [ParseNote] = []

    /// A span from a start and an end node. A missing end after a start reads as `present` when
    /// `openEndIsPresent` (JSON Resume's convention: no `endDate` means the role is current).
    mutating func span(start: YAMLNode?, end: YAMLNode?, openEndIsPresent: Bool) -> DateSpan? {
        let startText = start?.text
        let endText = end?.text
        guard startText != nil || endText != nil else { return nil }
        let from = startText.flatMap { date($0, at: start?.range) }
        var to: DateEnd?
        if let endText {
            if DateParser.isPresent(endText) {
                to = .present
            } else if let d = date(endText, at: end?.range) {
                to = .date(d)
            }
        } else if openEndIsPresent && from != nil {
            to = .present
        }
        let ranges = [start?.range, end?.range].compactMap { $0 }
        let source = ranges.dropFirst().reduce(ranges.first) { $0?.union($1) }
        let text = [startText, endText].compactMap { $0 }.joined(separator: " – ") + (endText == nil ? " –" : "")
        return DateSpan(start: from, end: to, text: text, source: source)
    }

    /// A single date field that may hold a span (`date: 2019 – 2021`, `date: Fall 2020`).
    mutating func span(of node: YAMLNode?) -> DateSpan? {
        guard let node, let t = node.text else { return nil }
        guard var span = DateParser.parseSpan(t) else {
            notes.append(ParseNote(kind: .dateUnreadable, message: "no date in \"\(t)\"", source: node.range))
            return nil
        }
        span.source = node.range
        // One date (`date: 2021-05`, `date: Fall 2020`) is that date, not ongoing, as in free text.
        span.closeSingleDate()
        return span
    }

    mutating func date(_ text: String, at source: SourceRange?) -> PartialDate? {
        if let d = DateParser.parseDate(text) { return d }
        notes.append(ParseNote(kind: .dateUnreadable, message: "no date in \"\(text)\"", source: source))
        return nil
    }
}
