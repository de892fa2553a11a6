/// The fields of one entry (a role, a degree, a project) read from its header lines, whatever their layout:
/// `Title | Company | dates`, `Company — Title`, `Title at Company; Nov18 - now`, `Title, Company, City (dates)`,
/// a heading, a bold line and an italic line, table cells, columns padded with spaces.
///
/// The lines are cut into fragments at the separators people use (cells, `|`, dashes between spaces, `·`,
/// ` at `, commas), the date is taken out, and each fragment is scored by its words: title words, organisation
/// words and suffixes, places, institutions and degrees, plus the layout cues of its line (a link, capitals, a
/// line that names the organisation of several entries).
struct EntryFields: Sendable, Hashable {
    var organisation: String?
    var title: String?
    var dates: DateSpan?
    var location: String?
    var url: String?
    /// Terms of employment beside the title or organisation (`(independent contractor)`, `Part-time`), as written.
    var terms: String?
    /// The layout of the lines the organisation and the title came from (`heading 3`, `text*` …), and whether each
    /// of those lines held only that field: what lets a section's entries agree on one reading of their layout.
    var organisationCue: String?
    var titleCue: String?
    var swappable = false
    /// The title was taken by its place (no word of it reads as a title), and whether the organisation came before it
    /// on one line (nil: on different lines).
    var titleByOrder = false
    /// The organisation was read from the context lines (a heading or line above several entries).
    var organisationFromContext = false
    var organisationFirst: Bool?
    /// Read from a table row whose header names a project column and no organisation column: a project.
    var projectRow = false
    /// Education: no word names the institution; it was taken by its place beside the degree.
    var institutionByOrder = false

    var isEmpty: Bool { organisation == nil && title == nil }

    /// Keeps a header part that was taken for the title by its place alone, once the entry names its title elsewhere
    /// (`Position: Tour Guide` under `**Acme Tours** - Springfield, IL`): a town joins the location, a name beside a
    /// town taken for the organisation takes its place, any other name is a second name of the organisation
    /// (`Research Group - Northtown University`).
    mutating func keepHeaderPart(_ part: String) {
        titleByOrder = false
        if Self.isPlaceWord(part) {
            location = location.map { part + ", " + $0 } ?? part
        } else if let organisation, Self.isPlaceWord(organisation) {
            location = location.map { organisation + ", " + $0 } ?? organisation
            self.organisation = part
        } else {
            organisation = organisation.map { $0 + ", " + part } ?? part
        }
    }

    enum Purpose: Sendable { case roles, education, projects }

    /// One piece of a header line.
    struct Fragment {
        var text: String
        var line: Int
        /// The line is the organisation line of several entries (a heading above theirs).
        var context: Bool
        var emphasised: Bool
        var link: String?
        var caps: Bool
        var afterAt: Bool
        var beforeAt: Bool
        /// The first fragment of its line, and whether its line holds nothing but places.
        var first = false
        var onlyPlaces = false
        /// The line is the upper of two heading levels in the header (`### Company` over `#### Title`): +1; the
        /// lower: -1; 0 otherwise.
        var rank = 0
        /// From a heading, a term or a table row: a line made to name things.
        var strong = false
        /// Cut off by a comma from the part before it (`Globex, Springfield`).
        var afterComma = false
        /// Its title words and organisation words, and whether it names a place (counted once).
        var titleWords = 0
        var organisationWords = 0
        var place = false
        /// Wholly in brackets (`(company folded)`): a remark, no field.
        var remark = false
        /// The field the format says the fragment's cell holds (a LaTeX CV macro's argument).
        var field: EntryFieldHint?
        /// The cell of its line it was cut from (0 on a line without cells).
        var cell = 0
    }

    /// Reads the fields from `lines` (in order), with `context` lines (an organisation heading above them) first.
    static func read(_ lines: [CueLine], context: [CueLine] = [], purpose: Purpose, dates: DateSpan?) -> EntryFields {
        var fields = EntryFields(dates: dates)
        var fragments: [Fragment] = []
        let all = context + lines
        let levels = Set(all.compactMap(\.headingLevel))
        for (n, line) in all.enumerated() {
            var found = Self.fragments(of: line, number: n, context: n < context.count, purpose: purpose, named: !context.isEmpty)
            found = found.filter { !$0.text.isEmpty && $0.text.contains(where: { $0.isLetter }) }
            let onlyPlaces = found.allSatisfy(\.place)
            for k in found.indices {
                found[k].first = k == 0
                found[k].onlyPlaces = onlyPlaces
                switch line.kind {
                case .heading, .term, .row: found[k].strong = true
                default: break
                }
                if levels.count >= 2, let level = line.headingLevel {
                    found[k].rank = level == levels.min() ? 1 : -1
                }
            }
            fragments += found
        }
        fragments = fragments.filter { !$0.text.isEmpty && $0.text.contains(where: { $0.isLetter }) }
        // `### Data Engineering` over `#### Globex 2014 - now: Engineer`: a heading that names fields of work groups
        // posts by theme; it names no organisation where the entry's own lines are dated and name a title and more.
        if purpose == .roles, !context.isEmpty, dates != nil, fragments.filter({ !$0.context && !$0.place }).count >= 2,
            fragments.contains(where: { !$0.context && $0.titleWords > 0 })
        {
            fragments.removeAll { $0.context && WordClasses.namesFieldsOfWork($0.text) }
        }
        fields.url = (context + lines).lazy.flatMap(\.links).first(where: { $0.url.hasPrefix("http") })?.url
        // `**Tide Planner** | *HTML/CSS, JavaScript*`: a project's stack beside its name names no field.
        if purpose == .projects {
            let stack = fragments.indices.filter { Self.namesOnlyTechnology(fragments[$0].text) }
            // (A lone name of a practice, `Open source`, tells what the project is.)
            if !stack.isEmpty, stack.count < fragments.count, stack.count >= 2 || !fragments[stack[0]].text.contains(" ") { fragments = fragments.indices.filter { !stack.contains($0) }.map { fragments[$0] } }
        }
        switch purpose {
        case .roles, .projects: assignRole(fragments, into: &fields, purpose: purpose)
        case .education: assignEducation(fragments, into: &fields)
        }
        if purpose == .roles {
            wholeTitleLine(fragments, all, into: &fields)
            // `Promoted to Lead Developer, 2019` under a post: the new post's title.
            if let t = fields.title, let post = promotedTitle(t) { fields.title = post }
            // `Engineer | Acme | Part-time | 2012 - 2016`: the piece where a place may stand names terms, not a place
            // (`Remote`, `Hybrid` stay places: where the work was done).
            if let place = fields.location, namesTerms(Substring(place)),
                !MarkdownCues.words(place.lowercased()).contains(where: { WordClasses.placeWords.contains($0) })
            {
                fields.location = nil
            }
            fields.terms = termsWritten(fragments, besides: fields)
        }
        if purpose != .education, let row = lines.first(where: { !$0.cellLabels.isEmpty }) { byColumns(row, into: &fields) }
        if let o = fragments.firstIndex(where: { $0.text == fields.organisation }) { fields.organisationFromContext = fragments[o].context }
        if let o = fragments.firstIndex(where: { $0.text == fields.organisation }), let t = fragments.firstIndex(where: { $0.text == fields.title }),
            fragments[o].line == fragments[t].line
        {
            fields.organisationFirst = o < t
        }
        // Where the two fields came from, when each is the only fragment of its own line.
        if let o = fragments.firstIndex(where: { $0.text == fields.organisation }), let t = fragments.firstIndex(where: { $0.text == fields.title }),
            fragments[o].line != fragments[t].line
        {
            func cue(_ f: Fragment) -> String {
                f.context ? "context" : all[f.line].kind.name + (all[f.line].emphasised ? "*" : "")
            }
            fields.organisationCue = cue(fragments[o])
            fields.titleCue = cue(fragments[t])
            let alone = { (f: Fragment) in fragments.filter { $0.line == f.line && !$0.place }.count == 1 }
            fields.swappable = !fragments[o].context && alone(fragments[o]) && alone(fragments[t])
        }
        return fields
    }

    /// `Northfield Dept. of Biology` / `Autumn 2011` / `Lab Tutor - BIO102: Cell Biology`,
    /// `Library Desk Assistant, Evening/Weekend Cover March 2001-June 2005`: with the organisation on a line of
    /// its own, what shares the title's line (two or three pieces, none a place, a link, the name after `at`, a remark
    /// in lower case or in brackets, or terms of employment) completes the title: the course, the team, a second title.
    static func wholeTitleLine(_ fragments: [Fragment], _ lines: [CueLine], into fields: inout EntryFields) {
        guard let title = fields.title, let organisation = fields.organisation,
            let t = fragments.firstIndex(where: { $0.text == title }), let o = fragments.firstIndex(where: { $0.text == organisation }),
            fragments[o].line != fragments[t].line, !fragments[t].context, fragments[t].field == nil
        else { return }
        let same = fragments.indices.filter { fragments[$0].line == fragments[t].line }
        guard same.count >= 2, same.count <= 3, same.allSatisfy({ k in
            let f = fragments[k]
            return k == t || !f.place && !f.remark && f.field == nil && !onlyTerms(f.text) && !f.afterAt && f.text != organisation
                && !(f.afterComma && isPlaceWord(f.text)) && f.link == nil && !startsLowercase(f.text)
        }) else { return }
        let text = lines[fragments[t].line].text
        guard let first = text.byteRange(of: fragments[same.first!].text) else { return }
        let tail = String(text[first.lowerBound...])
        guard let last = tail.byteRange(of: fragments[same.last!].text) else { return }
        let whole = String(tail[..<last.upperBound])
        if let date = lines[fragments[t].line].date?.text, !date.isEmpty, whole.utf8.containsBytes(of: date) { return }
        // A line that ends a sentence (`Team Lead for the Billing Squad.`) tells of the job; its title stays the title.
        guard !PlainTextWords.endsSentence(whole) else { return }
        fields.title = whole
    }

    /// `| Employer | Position | Dates |` over `| Acme | Engineer | 2019 – 2021 |`: the header row says which cell is the
    /// organisation and which the title, whatever the words in them; a project column without an organisation column
    /// makes the row a project.
    static func byColumns(_ row: CueLine, into fields: inout EntryFields) {
        var organisation: String?
        var title: String?
        var project: String?
        for (label, cell) in zip(row.cellLabels, row.cells) {
            let text = clean(cell)
            guard !text.isEmpty, DateParser.findSpan(in: text) == nil else { continue }
            if WordClasses.organisationLabels.contains(label) || label == "employer / client" {
                organisation = organisation ?? text
            } else if WordClasses.titleLabels.contains(label) {
                title = title ?? text
            } else if WordClasses.projectLabels.contains(label) {
                project = project ?? text
            }
        }
        if let organisation { fields.organisation = organisation }
        if let title { fields.title = title }
        if organisation == nil, let project {
            fields.organisation = project
            fields.projectRow = true
        }
        if organisation != nil || title != nil {
            fields.titleByOrder = false
            fields.swappable = false
        }
    }

    // MARK: - Fragments

    static let strongSeparators = [" | ", "|", " — ", " – ", " -- ", " - ", " · ", " • ", " ⋅ ", "\t", " ∙ ", " ◦ ", " ― ", " // ", ": "]

    /// `named`: a line above names the organisation already (the part after a title is then a town, not a name).
    static func fragments(of line: CueLine, number: Int, context: Bool, purpose: Purpose = .roles, named: Bool = false) -> [Fragment] {
        var out: [Fragment] = []
        let cells = line.cells.isEmpty ? [line.text] : line.cells
        let caps = PlainTextSections.isUppercase(line.text)
        for (c, cell) in cells.enumerated() {
            let before = out.count
            defer {
                for i in before..<out.count { out[i].cell = c }
                if c < line.cellFields.count, let hint = line.cellFields[c] {
                    for i in before..<out.count where out[i].field == nil { out[i].field = hint }
                }
            }
            // `| … | Technologies |`: a column that tells of the job names no field.
            if c < line.cellLabels.count, WordClasses.detailLabels.contains(line.cellLabels[c]) { continue }
            if c < line.cellFields.count, line.cellFields[c] == .detail { continue }
            var text = cell
            // `### 2.1 Acme`, `## 3. Globex`: a heading's outline number names nothing.
            if c == 0, let unnumbered = unnumberedHeading(text, line) { text = unnumbered }
            // `星河科技，高级工程师`: a full-width comma or bar parts fields as `,` and `|` do.
            if WordClasses.isWide(text), text.contains(where: { $0 == "，" || $0 == "｜" }) {
                text = String(text.replacing("，", with: ", ").replacing("｜", with: " | "))
            }
            // The date is not a field of its own here: cut it out.
            // Where the date is: found on the bytes when the line's date is written as read, else read again.
            let found: Range<String.Index>?
            if let written = line.date?.text, !written.isEmpty, let r = text.byteRange(of: written) {
                found = r
            } else if line.date == nil && !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                found = nil
            } else {
                found = DateParser.findSpan(in: text)?.range
            }
            if let range = found {
                var before = text[..<range.lowerBound]
                var after = text[range.upperBound...]
                // `2001.07 - 2006.12, 2008.04 - 2010.01`: further spans right after the date are more of the dates.
                while after.utf8.first(where: { $0 != 0x20 }).map({ $0 == 0x2C || $0 == 0x3B || $0 == 0x26 }) == true,
                    after.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), let m = DateParser.findSpan(in: String(after))
                {
                    let rest = String(after)
                    guard rest[..<m.range.lowerBound].allSatisfy({ $0 == " " || $0 == "," || $0 == ";" || $0 == "&" }) else { break }
                    after = Substring(rest[m.range.upperBound...])
                }
                // A date in brackets takes its brackets along: `Engineer (June 2019 - 2021. Toronto, ON)`.
                let open = before.lastIndex(where: { $0 == "(" || $0 == "[" })
                if let open, !before[open...].contains(where: { $0 == ")" || $0 == "]" }),
                    let close = after.firstIndex(where: { $0 == ")" || $0 == "]" })
                {
                    before = before[..<open] + " | " + before[before.index(after: open)...]
                    after = after[..<close] + " | " + after[after.index(after: close)...]
                }
                text = String(before) + " | " + String(after)
            }
            // `Ongoing Side Projects`: a leading word that only says "still going" is part of the dates.
            // (The first word without splitting the whole text: a word is told apart from the text by its bytes.)
            let word = text.drop(while: { $0 == " " }).prefix(while: { $0 != " " })
            if !word.isEmpty, word.utf8.count < text.utf8.count, DateParser.isPresent(String(word)) {
                text = String(text.dropFirst(word.count))
            }
            if text.utf8.contains(0x28) || text.utf8.contains(0x5B) {
                text = withoutBracketedAddresses(text)
                // (Only the empty brackets the text holds: a replacement of none copies the text for nothing.)
                for empty in ["()", "( )", "[]"] where text.utf8.containsBytes(of: empty) { text = text.replacing(empty, with: " ") }
            }
            // `Professor at Ecole X - Paris`, `The consulting era at Globex:`: what follows a strong `at` is the
            // organisation, up to the next field; a descriptor before it that names no title is no field.
            // The title argument of a CV macro is the title whole (`Research Assistant, Department of X`).
            if c < line.cellFields.count, line.cellFields[c] == .title {
                // (Split only where a date was cut out: a `|` the title holds is part of it.)
                for piece in found == nil ? [Substring(text)] : text.split(separator: "|") {
                    let p = clean(String(piece))
                    if !p.isEmpty { out.append(fragment(p, line, number, context, caps)) }
                }
                continue
            }
            // The organisation argument (or an argument of unknown field) is one field but for the places in it (`UC Westbury, Canada,
            // Department of X` → `UC Westbury, Department of X` in `Canada`).
            if c < line.cellFields.count, line.cellFields[c] == .organisation || line.cellFields[c] == .argument {
                var name: [String] = []
                for piece in pieces(text) {
                    for (k, part) in commaParts(clean(piece)).enumerated() where !part.isEmpty {
                        // A short capitalised part after a comma is a town in an organisation's argument only.
                        var f = fragment(part, line, number, context, caps)
                        let place = f.place || k > 0 && line.cellFields[c] == .organisation && isPlaceWord(part)
                        if place && !(name.isEmpty && out.count == before) {
                            f.field = .location
                            out.append(f)
                        } else {
                            name.append(part)
                        }
                    }
                }
                if !name.isEmpty { out.insert(fragment(name.joined(separator: ", "), line, number, context, caps), at: before) }
                continue
            }
            if purpose != .education, let (before, after) = splitAtWhole(text) {
                // (`Survey Design & Fieldwork at the Northfield Institute`: a capitalised descriptor of the work is its title.)
                if WordClasses.titleScore(before) > 0 || PlainTextWords.titleCaseRatio(before) >= 0.99 && MarkdownCues.wordCount(before) >= 2,
                    !MarkdownCues.words(clean(before)).contains(where: { WordClasses.timeWords.contains($0) })
                {
                    let left = pieces(before)
                    for (k, piece) in left.enumerated() {
                        for part in commaParts(clean(piece), nameAfterTitle: !named) {
                            out.append(fragment(part, line, number, context, caps, beforeAt: k == left.count - 1))
                        }
                    }
                }
                var organisation: String?
                for piece in pieces(after) {
                    let p = clean(piece)
                    guard !p.isEmpty else { continue }
                    if organisation == nil {
                        organisation = p
                    } else if WordClasses.isPlace(p) || WordClasses.titleScore(p) > 0 {
                        out.append(fragment(p, line, number, context, caps))
                    } else {
                        organisation! += " - " + p
                    }
                }
                if var organisation {
                    // `(Globex, Initech)` after `@(`: one field naming both.
                    if organisation.hasPrefix("("), organisation.hasSuffix(")") { organisation = String(organisation.dropFirst().dropLast()) }
                    // `at the Department of Physics`: the article is no part of the name.
                    if organisation.hasPrefix("the "), organisation.dropFirst(4).first?.isUppercase == true {
                        organisation = String(organisation.dropFirst(4))
                    }
                    var parts = organisation.contains(",") && !after.hasPrefix("(") ? commaParts(organisation, nameAfterTitle: !named) : [organisation]
                    // `the Department of Physics, University of Northtown`: a part that names an institution or an
                    // organisation, and no place, goes on with the name.
                    while parts.count > 1, !WordClasses.isPlace(parts[1]),
                        WordClasses.institutionScore(parts[1]) > 0 || WordClasses.organisationScore(parts[1]) > 0
                    {
                        parts[0] += ", " + parts.remove(at: 1)
                    }
                    out.append(fragment(parts[0], line, number, context, caps, afterAt: true))
                    for part in parts.dropFirst() { out.append(fragment(part, line, number, context, caps)) }
                }
                continue
            }
            for piece in pieces(text).flatMap({ splitSlash($0, purpose: purpose) }).flatMap(splitSentence) {
                let p = clean(piece)
                guard !p.isEmpty else { continue }
                // `Title at Company`, `Title @ Company`, `Title chez Company`.
                if let (before, after, strong) = splitAt(p, purpose: purpose) {
                    out.append(fragment(before, line, number, context, caps, beforeAt: strong))
                    out.append(fragment(after, line, number, context, caps, afterAt: strong))
                    continue
                }
                for (k, part) in commaParts(p, nameAfterTitle: !named).enumerated() {
                    var f = fragment(part, line, number, context, caps)
                    f.afterComma = k > 0
                    out.append(f)
                }
            }
        }
        return out
    }

    /// `Acme - Springfield - IL [www.acme.example]`: a web address in square brackets is a link beside the name, no
    /// part of a field.
    static func withoutBracketedAddresses(_ text: String) -> String {
        var out = text
        var from = out.startIndex
        while let open = out[from...].firstIndex(of: "["), let close = out[open...].firstIndex(of: "]") {
            let inner = out[out.index(after: open)..<close].lowercased()
            if !inner.contains(" "), inner.hasPrefix("www.") || inner.hasPrefix("http") {
                out.replaceSubrange(open...close, with: " ")
                from = out.startIndex
            } else {
                from = out.index(after: open)
            }
        }
        return out
    }

    /// A text cut at the strong separators (outside brackets).
    static func pieces(_ text: String) -> [String] {
        var pieces = [text]
        // A separator no piece holds cuts nothing: skipped without a new array (most lines hold one or two).
        for sep in strongSeparators where pieces.contains(where: { $0.utf8.containsBytes(of: sep) }) {
            pieces = pieces.flatMap { piece in
                let parts = MarkdownCues.splitOutsideParentheses(piece, separator: sep)
                return sep == " - " && parts.count > 1 ? joiningTitles(parts, separator: sep) : parts
            }
        }
        return pieces
    }

    /// `QA Engineer - Grade 3`, `Engineer - Team Lead`: a hyphen between two parts that each name a title
    /// and no organisation or place qualifies one title; it parts no fields.
    static func joiningTitles(_ parts: [String], separator: String) -> [String] {
        var out: [String] = []
        for part in parts {
            if let last = out.last, namesTitleOnly(last), namesTitleOnly(part) {
                out[out.count - 1] = last + separator + part
            } else {
                out.append(part)
            }
        }
        return out
    }

    /// A short part with a title word and no organisation's word, that is no place.
    static func namesTitleOnly(_ part: String) -> Bool {
        let (title, organisation) = WordClasses.titleAndOrganisationScores(part)
        return title > 0 && organisation == 0 && MarkdownCues.wordCount(part) <= 5 && !WordClasses.isPlace(clean(part))
    }

    /// `Acme Digital / Product Developer`, `University of X / Design (BA)`: a slash between spaces separates two fields
    /// when one side names a title (a degree, in education) and the other does not; `Founder / CTO` stays one title.
    static func splitSlash(_ piece: String, purpose: Purpose) -> [String] {
        guard piece.utf8.containsBytes(of: " / ") else { return [piece] }
        let parts = MarkdownCues.splitOutsideParentheses(piece, separator: " / ")
        guard parts.count == 2 else { return [piece] }
        let score: (String) -> Int = purpose == .education
            ? { WordClasses.degreeScore($0) > 0 ? 1 : WordClasses.institutionScore($0) > 0 ? -1 : 0 }
            : { WordClasses.titleScore($0) > 0 ? 1 : 0 }
        let (a, b) = (score(parts[0]), score(parts[1]))
        return a != b && (purpose == .education || a == 0 || b == 0) ? parts : [piece]
    }

    /// `University of Leeds. First class with`: a full stop after a whole word (five letters or more, not in capitals)
    /// ends the name; what follows is another fragment. `Dept. of X`, `Acme Inc. Labs` stay whole.
    static func splitSentence(_ piece: String) -> [String] {
        guard let r = piece.byteRange(of: ". ") else { return [piece] }
        let before = piece[..<r.lowerBound]
        let after = piece[r.upperBound...]
        let last = before.split(separator: " ").last ?? before[...]
        guard last.allSatisfy(\.isLetter), !last.allSatisfy(\.isUppercase), MarkdownCues.wordCount(before) >= 2,
            after.first?.isUppercase == true
        else { return [piece] }
        // A shorter last word ends the name too when a sentence follows (`Harlow Labs. Built the first site.`), unless it
        // is an abbreviation (`Acme Corp. Labs`, `Dept. of X`).
        guard last.count >= 5
            || last.count >= 3 && tellsOfTheWork(String(after)) && !PlainTextWords.companySuffixes.contains(last.lowercased())
                && !["dept", "univ", "inst", "assn", "bros"].contains(last.lowercased())
        else { return [piece] }
        return [String(before), String(after)]
    }

    /// A sentence written beside an entry's names (`Kestrel Freight. Kept the yard's software running.`): five words or
    /// more that end a sentence, all of those after the first in lower case but one. It tells of the work; it names no field.
    static func tellsOfTheWork(_ text: String) -> Bool {
        guard PlainTextWords.endsSentence(text) else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 5 else { return false }
        let lower = words.dropFirst().filter { $0.first?.isLowercase == true }.count
        return lower >= words.count - 2
    }

    /// A line cut at its first ` at ` / ` @ ` (outside brackets) when what precedes names a title, or names neither a
    /// title nor an organisation (`The Cloud era at Acme`); `University of Texas at Austin` stays whole.
    /// `Teaching Assistant, University` (of `University at Buffalo`): ` at ` right after an institution's word, the last
    /// part before it one or two words, is part of the institution's name.
    static func endsWithInstitutionWord(_ before: String) -> Bool {
        guard let last = before.split(separator: ",").last else { return false }
        return MarkdownCues.wordCount(last) <= 2 && WordClasses.institutionScore(last) > 0
    }

    static func splitAtWhole(_ text: String) -> (String, String)? {
        for word in [" at ", " @ ", " chez ", " bei ", " @("] {
            guard let r = text.byteRange(of: word) else { continue }
            let before = String(text[..<r.lowerBound])
            var after = String(text[r.upperBound...])
            // `Contractor @(Globex, Initech)`: the organisations the title was held at, in brackets.
            if word == " @(" {
                guard after.hasSuffix(")"), !after.dropLast().contains(where: { $0 == "(" || $0 == ")" }) else { continue }
                after = String(after.dropLast())
                guard WordClasses.titleScore(before) > 0, after.first?.isUppercase == true else { continue }
                return (before, "(" + after + ")")
            }
            guard before.filter({ $0 == "(" }).count == before.filter({ $0 == ")" }).count else { continue }
            if word == " at ", endsWithInstitutionWord(before) { continue }
            let head = pieces(before).last ?? before
            // `at the Northfield Institute`: the article leads a name.
            let named = after.hasPrefix("the ") && after.dropFirst(4).first?.isUppercase == true
            guard let first = after.first(where: { !$0.isWhitespace }), first.isUppercase || first.isNumber || named
                || MarkdownCues.wordCount(after) <= 3 && after.contains(".")
            else { continue }
            if WordClasses.titleScore(head) > 0 && WordClasses.degreeScore(head) == 0
                && !MarkdownCues.words(clean(head)).contains(where: { WordClasses.timeWords.contains($0) })
            {
                return (before, after)
            }
            // `The Cloud era at Acme`, `My time at Acme`: a span of time at the organisation.
            if MarkdownCues.words(clean(head)).contains(where: { WordClasses.timeWords.contains($0) }), MarkdownCues.wordCount(head) <= 6 {
                return (before, after)
            }
            if WordClasses.organisationScore(head) == 0, WordClasses.institutionScore(head) == 0, !head.contains(where: \.isNumber),
                MarkdownCues.wordCount(head) <= 5
            {
                return (before, after)
            }
        }
        return nil
    }

    /// A heading's text without its outline number (`withoutOutlineNumber`); nil for other lines. (Kept out of
    /// `fragments`, whose code is faster without it inlined.)
    @inline(never)
    static func unnumberedHeading(_ text: String, _ line: CueLine) -> String? {
        guard let lead = text.utf8.first, lead >= 0x30 && lead <= 0x39, line.headingLevel != nil else { return nil }
        return withoutOutlineNumber(text)
    }

    /// `2.1 Acme Freight`, `1. Globex` → the text after its outline number (one or two digits, at least one dot, then a
    /// space and a letter); nil when it has none (`3M Company`, `2019 Acme`).
    static func withoutOutlineNumber(_ text: String) -> String? {
        // (On the bytes, in place: headings that open with a year ask too.)
        let u = text.utf8
        guard let lead = u.first, lead >= 0x30 && lead <= 0x39 else { return nil }
        var i = u.startIndex
        var dots = 0
        while true {
            var j = i
            var digits = 0
            while j != u.endIndex, digits < 3, u[j] >= 0x30 && u[j] <= 0x39 {
                digits += 1
                j = u.index(after: j)
            }
            guard (1...2).contains(digits) else { break }
            i = j
            guard i != u.endIndex, u[i] == 0x2E else { break }
            dots += 1
            i = u.index(after: i)
        }
        guard dots > 0, i != u.endIndex, u[i] == 0x20 else { return nil }
        let after = u.index(after: i)
        guard after != u.endIndex else { return nil }
        let first = u[after]
        guard first >= 0x41 && first <= 0x5A || first >= 0x61 && first <= 0x7A || first >= 0x80 else { return nil }
        return String(text[after...])
    }

    /// `Promoted to Lead Developer`, `Promotion to Team Lead` → the post named after it.
    static func promotedTitle(_ title: String) -> String? {
        guard let lead = title.utf8.first, lead == 0x50 || lead == 0x70 else { return nil }
        let lower = title.lowercased()
        // The longer leads first: `promoted to the role of X` names X, not `the role of X`.
        for lead in ["promoted to the role of ", "promoted to the position of ", "promoted to ", "promoted as ", "promotion to "]
        where lower.hasPrefix(lead) {
            let post = String(title.dropFirst(lead.count)).trimmingCharacters(in: " ,.")
            if WordClasses.titleScore(post) > 0, MarkdownCues.wordCount(post) <= 6 { return post }
        }
        return nil
    }

    static func fragment(
        _ text: String, _ line: CueLine, _ number: Int, _ context: Bool, _ caps: Bool, beforeAt: Bool = false, afterAt: Bool = false
    ) -> Fragment {
        let link = line.links.isEmpty ? nil
            : line.links.first { $0.text == text || text.utf8.containsBytes(of: $0.text) && $0.text.count * 2 >= text.count }?.url
        let cleaned = clean(text)
        var f = Fragment(
            text: cleaned, line: number, context: context, emphasised: line.emphasised, link: link,
            caps: caps || PlainTextSections.isUppercase(text) && text.count > 3, afterAt: afterAt, beforeAt: beforeAt)
        (f.titleWords, f.organisationWords) = WordClasses.titleAndOrganisationScores(cleaned)
        // `Acme (Contractor)`, `Globex (part-time)`: terms of employment in brackets after a name say how the work was
        // held there; they make no title of the name.
        if f.titleWords > 0, cleaned.hasSuffix(")"), let open = cleaned.lastIndex(of: "("), open > cleaned.startIndex,
            namesTerms(cleaned[cleaned.index(after: open)..<cleaned.index(before: cleaned.endIndex)])
        {
            (f.titleWords, f.organisationWords) = WordClasses.titleAndOrganisationScores(cleaned[..<open])
        }
        // `NORTHWIND BANK OF CANADA`: a name with an organisation's word is no place, whatever it ends with.
        f.place = f.organisationWords == 0 && WordClasses.isPlace(cleaned)
        f.remark = cleaned.hasPrefix("(") && cleaned.hasSuffix(")") || tellsOfTheWork(cleaned)
        return f
    }

    /// Trims the punctuation fragments keep at their ends.
    static func clean(_ text: String) -> String {
        // Most fragments start and end with a letter or digit and need nothing done.
        // ASCII scalars answered without a Unicode property lookup (a digit is the only ASCII number).
        func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) : s.properties.isAlphabetic
        }
        if let f = text.unicodeScalars.first, let l = text.unicodeScalars.last, isAlphanumeric(f), isAlphanumeric(l),
            !text.hasPrefix("at "), !text.hasPrefix("and "), !(f.isASCII ? ("0"..."9").contains(f) : text.first?.isNumber ?? false)
        {
            return text
        }
        var t = text.trimmingCharacters(in: ",;:|-–—•·*_→~»")
        // Brackets stay where they close (`Talroo (Formerly Jobs2Careers)`); a lone one at either end goes.
        while let f = t.first, f == "(" || f == "[", !t.contains(f == "(" ? ")" : "]") { t = String(t.dropFirst()).trimmingCharacters(in: ",;:|-–—") }
        while let l = t.last, l == ")" || l == "]", !t.contains(l == ")" ? "(" : "[") { t = String(t.dropLast()).trimmingCharacters(in: ",;:|-–—") }
        while let l = t.last, l == "(" || l == "[" { t = String(t.dropLast()).trimmingCharacters(in: ",;:|-–—") }
        if t.hasPrefix("()") { t = String(t.dropFirst(2)).trimmingCharacters(in: "") }
        // `[Pasadena, CA]`: a text wholly in square brackets (a class's optional argument after a heading) is that text.
        if t.hasPrefix("["), t.hasSuffix("]"), t.dropFirst().firstIndex(of: "[") == nil, t.firstIndex(of: "]") == t.index(before: t.endIndex) {
            t = String(t.dropFirst().dropLast()).trimmingCharacters(in: " ")
        }
        if t.hasPrefix("at ") { t = String(t.dropFirst(3)) }
        if t.hasPrefix("and ") { t = String(t.dropFirst(4)) }
        // `3 years as Data Engineer`, `1 year Intern`: the duration is no part of the title (a text whose first word
        // starts with an ASCII letter or sign is none, and is not split).
        let lead = t.unicodeScalars.first { $0 != " " }
        let words = lead.map { !$0.isASCII || ("0"..."9").contains($0) } ?? false ? t.split(separator: " ", maxSplits: 3) : []
        if words.count >= 3, words[0].allSatisfy(\.isNumber),
            ["year", "years", "yrs", "yr", "month", "months", "ans", "an", "jahre", "años", "anos", "anni"].contains(words[1].lowercased())
        {
            t = String(t.split(separator: " ", maxSplits: 2)[2])
            if t.lowercased().hasPrefix("as ") { t = String(t.dropFirst(3)) }
        }
        return t.trimmingCharacters(in: ",;:|-–— ")
    }


    /// `Data Scientist at Acme`, `Engineer @ Acme`, `Maker chez Acme`, `Waitress in Acme` (a title on the left).
    static func splitAt(_ text: String, purpose: Purpose = .roles) -> (String, String, Bool)? {
        if purpose == .education {
            // `MSc Applied Statistics at Northfield University`, `Cours de danse à la Maison de la danse`.
            for word in [" at ", " @ ", " from ", " à "] {
                guard let r = text.byteRange(of: word) else { continue }
                let before = String(text[..<r.lowerBound])
                let after = String(text[r.upperBound...])
                // `MS, University of Illinois at Springfield`: ` at ` after an institution's name is part of that name.
                if let last = before.split(separator: ",").last, WordClasses.institutionScore(last) > 0 { continue }
                if WordClasses.studyScore(before) > 0 { return (before, after, true) }
            }
            // (`M.Tech, Signal Proc, Westbury Institute of Technology`: comma parts are fragments of their own.)
            return nil
        }
        for word in [" at ", " @ ", " chez ", " bei ", " en ", " in ", " to ", " for ", " with "] {
            guard let r = text.byteRange(of: word) else { continue }
            let before = String(text[..<r.lowerBound])
            var after = String(text[r.upperBound...])
            let strong = word == " at " || word == " @ " || word == " chez " || word == " bei "
            // `Advisor to the (U.K.) Heritage Board`: the article is no part of the name.
            if after.hasPrefix("the "), let f = after.dropFirst(4).first(where: \.isLetter), f.isUppercase { after = String(after.dropFirst(4)) }
            // `Assistant in the chess club "Rook"`: a common noun of an organisation after the article names one.
            let commonName = after.hasPrefix("the ") && WordClasses.organisationScore(after.dropFirst(4)) > 0
            if commonName { after = String(after.dropFirst(4)) }
            // `Web Developer at globex.io`: after a strong word a short name may be in lower case.
            let named = after.first?.isUppercase == true || after.first?.isNumber == true
                || after.first == "(" && after.first(where: \.isLetter)?.isUppercase == true
                || strong && MarkdownCues.wordCount(after) <= 3 && after.contains(".") || commonName
            guard !before.isEmpty, !after.isEmpty, named else { continue }
            if word == " at ", endsWithInstitutionWord(before) { continue }
            // Only a title on the left: `Master in Physics`, `PhD in Biology` stay whole.
            guard WordClasses.titleScore(before) > 0, WordClasses.degreeScore(before) == 0 || strong else { continue }
            if !strong && (WordClasses.isPlace(after) || WordClasses.titleScore(after) > 0) { continue }
            // `Software Engineer in Test`: one word after a weak preposition completes the title.
            // A one-word name shaped as a brand (`Lake-Arena`, `JetBrains`) is one.
            if !strong && MarkdownCues.wordCount(after) < 2 {
                guard isBrandShaped(clean(after)) else { continue }
                after = after.trimmingCharacters(in: ".;")
            }
            return (before, after, strong)
        }
        return nil
    }

    /// A word written as a brand's name: capitalised parts joined by a hyphen (`Lake-Arena`, `Coca-Cola`) or a
    /// capital inside a word with lower-case letters (`JetBrains`, `DreamWorks`); a word alone in capitals is not one.
    static func isBrandShaped(_ word: String) -> Bool {
        let trimmed = word.trimmingCharacters(in: ".,;:")
        guard !trimmed.contains(" "), trimmed.first?.isUppercase == true, trimmed.contains(where: \.isLowercase) else { return false }
        let hyphenated = trimmed.split(separator: "-")
        if hyphenated.count >= 2 { return hyphenated.allSatisfy { $0.first?.isUppercase == true } }
        return trimmed.dropFirst().contains(where: \.isUppercase)
    }

    /// Comma-separated parts, keeping company suffixes (`Acme, Inc.`) and `City, ST` places whole.
    /// A name written as a brand, not a town: a word with a capital after three small letters or more
    /// (`ParcelHive`, `BrightloomX`; not `McKinney`, `DeKalb`), or an acronym of three capitals or more beside other
    /// words that is no place's code (`QRS LendCo`; alone, `CDMX` may be a town's).
    static func looksLikeBrand(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        for word in words {
            var small = 0
            var capitals = 0
            var letters = 0
            for c in word {
                guard c.isLetter else { small = 0; continue }
                letters += 1
                if c.isUppercase {
                    capitals += 1
                    if small >= 3 { return true }
                    small = 0
                } else {
                    small += 1
                }
            }
            if words.count >= 2, letters >= 3, capitals == letters, !WordClasses.placeCodes.contains(String(word)) { return true }
        }
        return false
    }

    static func commaParts(_ text: String, nameAfterTitle: Bool = true) -> [String] {
        guard text.contains(",") else { return [text] }
        let raw = MarkdownCues.splitOutsideParentheses(text, separator: ",").map { clean($0) }.filter { !$0.isEmpty }
        var out: [String] = []
        for part in raw {
            let lower = part.lowercased().trimmingCharacters(in: ".")
            // `Designer, Senior Engineer & Team Lead`, `Co-founder, partner`: a list of titles is one title; so are
            // two parts that each end with a title word (`Visiting Lecturer, Curriculum Design & Tutor`).
            if let last = out.last, WordClasses.titleScore(last) > 0, WordClasses.titleScore(part) > 0,
                max(WordClasses.titleScore(last), WordClasses.titleScore(part)) >= 2 || endsWithTitleWord(last) && endsWithTitleWord(part) && MarkdownCues.wordCount(part) >= 2,
                WordClasses.organisationScore(last) == 0, WordClasses.organisationScore(part) == 0, !WordClasses.isPlace(part)
            {
                out[out.count - 1] = last + ", " + part
                continue
            }
            // `Lead engineer, smart contracts and backend services`, `Lead analyst, risk team`: words in lower case
            // after a title say what the post covers (names are capitalised); they are part of the title.
            if let last = out.last, part.first?.isLowercase == true, WordClasses.titleScore(last) > 0, WordClasses.organisationScore(last) == 0,
                MarkdownCues.wordCount(part) >= 2, !part.contains(where: \.isNumber), !WordClasses.isPlace(part), !onlyTerms(part)
            {
                out[out.count - 1] = last + ", " + part
                continue
            }
            // `Analyst, Software Engineering`, `Intern, Marketing`: a field of work right after a title is the post's
            // department, part of the title (a name is no field: `Consultant, Globex Consulting` stays two parts).
            if let last = out.last, WordClasses.titleScore(last) > 0, WordClasses.organisationScore(last) == 0 || endsWithTitleWord(last),
                WordClasses.namesFieldsOfWork(part)
            {
                out[out.count - 1] = last + ", " + part
                continue
            }
            if let last = out.last, WordClasses.organisationWords.contains(lower) && MarkdownCues.wordCount(part) == 1 {
                out[out.count - 1] = last + ", " + part
                continue
            }
            // `Engineer, Initech, Lima Peru`: the part right after a title is the name, never part of the place.
            let afterTitle = { (k: Int) in nameAfterTitle && k >= 1 && WordClasses.titleScore(out[k - 1]) > 0 }
            if let last = out.last, WordClasses.placeCodes.contains(part) || WordClasses.places.contains(lower) || WordClasses.isPlace(part),
                WordClasses.isPlace(last + ", " + part) && !WordClasses.isPlace(last) && MarkdownCues.wordCount(last) <= 3
                    && (WordClasses.titleScore(last) == 0 || WordClasses.placeCodes.contains(part) && !namesPostAtEdge(last))
                    && WordClasses.organisationScore(last) == 0 && !afterTitle(out.count - 1)
                    && !looksLikeBrand(last)
            {
                out[out.count - 1] = last + ", " + part
                // `School, Wokingham, Berkshire, UK`: the parts before a place that read as places too join it (never
                // the first part, which is the name).
                while out.count >= 3, isPlaceWord(out[out.count - 2]), !afterTitle(out.count - 2) {
                    let joined = out[out.count - 2] + ", " + out[out.count - 1]
                    out.removeLast(2)
                    out.append(joined)
                }
                continue
            }
            out.append(part)
        }
        return out
    }

    /// `Head of Sales`, `Lead Engineer`: a title word opens or closes the text (a town's name may hold one inside:
    /// `Hilton Head Island`).
    static func namesPostAtEdge(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        return WordClasses.titleWords.contains(PlainTextWords.bare(first)) || endsWithTitleWord(text)
    }

    /// `Hilton Head, SC`: a town whose name holds a title word inside, before a state's or country's code.
    static func isTownAndCode(_ text: String) -> Bool {
        let pieces = text.split(separator: ",")
        guard pieces.count == 2, pieces[1].first == " " else { return false }
        let town = String(pieces[0])
        return WordClasses.placeCodes.contains(String(pieces[1].dropFirst())) && !namesPostAtEdge(town)
            && WordClasses.organisationScore(town) == 0
    }

    static func endsWithTitleWord(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return WordClasses.titleWords.contains(PlainTextWords.bare(last))
    }

    /// `HTML/CSS`, `JavaScript`, `Rust`: a fragment that is the name of a technology (or several joined by `/`).
    static func namesOnlyTechnology(_ text: String) -> Bool {
        let pieces = text.split(separator: "/")
        return !pieces.isEmpty && pieces.allSatisfy { SkillLexicon.canonical(String($0).trimmingCharacters(in: " ")) != nil }
    }

    /// A short capitalised part that names no title, organisation or institution: a town.
    static func isPlaceWord(_ text: String) -> Bool {
        // `MTS`, `SMTS`: capitals are an acronym, not a town.
        if PlainTextSections.isUppercase(text) || text.count <= 4 && text.allSatisfy({ $0.isUppercase }) { return WordClasses.placeCodes.contains(text) }
        return MarkdownCues.wordCount(text) <= 3 && text.first?.isUppercase == true && !text.contains(where: \.isNumber)
            && WordClasses.titleScore(text) == 0 && WordClasses.organisationScore(text) == 0 && WordClasses.degreeScore(text) == 0
    }

    // MARK: - Assignment

    static func titleScore(_ f: Fragment) -> Double {
        var s = Double(f.titleWords)
        if s > 0 && f.beforeAt { s += 1 }
        if f.afterAt { s -= 2 }
        // A line above several entries names their organisation, unless it names a job and no organisation
        // (`**Researcher**` over `- University A, 2018 – 2024` / `- University B, 2021`).
        if f.context && (f.titleWords == 0 || f.organisationWords > 0 || !f.emphasised) { s -= 1 }
        if s > 0 && f.emphasised { s += 0.25 }
        if s > 0 && f.rank < 0 { s += 0.5 }
        // The argument a CV macro keeps for the title (`\\cventry`), beside its content.
        if f.field == .title { s += 1.5 } else if f.field == .organisation || f.field == .location { s -= 1 }
        // A sentence is not a title.
        if MarkdownCues.wordCount(f.text) > 9 { s -= 1 }
        // `Faculty of Law`, `Department of Physics`: a unit of an organisation named `X of Y` is no post.
        if s > 0, namesUnit(f.text) { s -= 2 }
        // A title ends with its head word (`Academic Tutor`); `Disability support service` only holds a title word.
        if s > 0, let last = f.text.split(separator: " ").last, WordClasses.titleWords.contains(PlainTextWords.bare(last)) { s += 0.5 }
        return s
    }

    static let unitOpenings = ["faculty of ", "department of ", "dept. of ", "school of ", "college of ", "division of "]

    static func namesUnit(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        let lower = text.lowercased()
        return unitOpenings.contains { lower.hasPrefix($0) && lower.count > $0.count + 2 }
    }

    static func organisationScore(_ f: Fragment) -> Double {
        var s = Double(f.organisationWords)
        if f.link != nil { s += 1 }
        // `Title at Org` on the entry's own line says more than a line above it.
        if f.afterAt { s += 2.5 }
        if f.context { s += 2 }
        if f.caps { s += 0.5 }
        if f.rank > 0 { s += 1.5 }
        if f.strong { s += 0.5 }
        if f.titleWords > 0 { s -= 1 }
        if f.field == .organisation { s += 1.5 } else if f.field == .title { s -= 1 } else if f.field == .location { s -= 0.5 }
        // `Lab` in `Institute X - Lab: Y`: one organisation word alone is a label, not a name.
        if f.organisationWords == 1, !f.text.contains(" ") { s -= 2 }
        return s
    }

    /// `employed`, `remote, part-time`: a fragment that only says how the work was held names no field.
    static func onlyTerms(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        return !words.isEmpty && words.allSatisfy { w in
            let word = String(w)
            return (!WordClasses.titleWords.contains(word) && WordClasses.titleQualifiers.contains(word))
                || WordClasses.placeWords.contains(word) || word == "employed" || word == "and"
        }
    }

    /// `Contractor`, `part-time`, `freelance`: words that only name terms of employment (a title's qualifiers, working
    /// for oneself), even those that are titles elsewhere.
    static func namesTerms(_ text: Substring) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        return !words.isEmpty && words.allSatisfy { w in
            WordClasses.titleQualifiers.contains(String(w)) || WordClasses.selfEmploymentWords.contains(String(w))
        }
    }

    /// The terms of employment the entry's own lines write apart from its names: a remark in brackets
    /// (`(independent contractor)`) or a piece of its own (`| Part-time |`) made only of such words.
    /// Read after the names: a piece that became the title or part of it (`Contractor | Acme`, `Developer - Freelance`)
    /// names no terms.
    static func termsWritten(_ fragments: [Fragment], besides fields: EntryFields) -> String? {
        let found = fragments.compactMap { f -> String? in
            guard !f.context,
                f.remark || ![fields.title, fields.organisation, fields.location].contains(where: { $0?.utf8.containsBytes(of: f.text) == true })
            else { return nil }
            let inner = f.remark ? f.text.dropFirst().dropLast() : Substring(f.text)
            return namesTerms(inner) ? String(inner) : nil
        }
        return found.isEmpty ? nil : found.joined(separator: ", ")
    }

    static func assignRole(_ fragments: [Fragment], into fields: inout EntryFields, purpose: Purpose) {
        var rest = fragments.indices.filter { !fragments[$0].remark || fragments.allSatisfy(\.remark) }
        // `### Early Career 1997 - 2001` over `#### Brightmoor`: a period of a working life names no field.
        if rest.count > 1 { rest.removeAll { WordClasses.isPeriodName(fragments[$0].text) } }
        // `**March 2021 - present**; employed`: terms of employment are neither title nor organisation.
        let terms = rest.filter { !fragments[$0].strong && onlyTerms(fragments[$0].text) }
        if !terms.isEmpty, terms.count < rest.count || fragments.allSatisfy({ !$0.strong }) {
            rest.removeAll { terms.contains($0) }
        }
        // Places first: a fragment that is a place is the location (never the only fragment).
        var places: [Int] = []
        if fragments.count > 1 {
            places = rest.filter {
                fragments[$0].field == .location && fragments[$0].titleWords == 0 && fragments[$0].organisationWords == 0
                    || fragments[$0].place && (fragments[$0].titleWords == 0 || isTownAndCode(fragments[$0].text))
                    && fragments[$0].field != .organisation && fragments[$0].field != .title
                    && (!fragments[$0].first || fragments[$0].onlyPlaces)
            }
            if places.count == fragments.count { places.removeFirst() }
            rest.removeAll { places.contains($0) }
        }
        var title: Int?
        var organisation: Int?
        title = best(rest) { titleScore(fragments[$0]) }
        let others = rest.filter { $0 != title }
        if let found = best(others, { organisationScore(fragments[$0]) }) {
            organisation = found
        } else if let first = others.first {
            organisation = first
        }
        if title == nil, purpose != .education, let org = organisation,
            let other = rest.first(where: { $0 != org && !(fragments[$0].afterComma && isPlaceWord(fragments[$0].text)) }),
            // `Globex, and Initech Holdings, Inc.`: a name before an organisation that a comma joins to it is no title.
            !(other < org && fragments[org].afterComma && fragments[org].line == fragments[other].line
                && WordClasses.organisationScore(fragments[org].text) > 0 && MarkdownCues.wordCount(fragments[other].text) == 1)
        {
            // Neither reads as a title: the organisation is the fragment on the line that carries a link or is a
            // heading above; otherwise the order `Company — Title` is the more common one in headings.
            title = other
            fields.titleByOrder = true
        }
        // `### Engineer – Acme Poland` / `Kraków, Poland | 2019 – 2020`: with no organisation else, a place-like name on a
        // line that names more than places is the organisation; so is a name like a place on the heading above several
        // entries (`### Globex 2013 - 2017` / `#### Analyst`), where organisations are named.
        // (Not when the title opens with an organisation's name in capitals: `GLOBEX Analyst ---- Springfield IL`.)
        if organisation == nil, let t = title, purpose != .roles || splitAcronymFromTitle(fragments[t].text) == nil, let p = places.first(where: { !fragments[$0].onlyPlaces && fragments[$0].line != fragments[title!].line || !fragments[$0].onlyPlaces && MarkdownCues.wordCount(fragments[$0].text) >= 2 && !fragments[$0].text.contains(",")
            || (fragments[$0].context || fragments[$0].rank == 1) && MarkdownCues.wordCount(fragments[$0].text) >= 2 && !fragments[$0].text.contains(",") }),
            !WordClasses.places.contains(fragments[p].text.lowercased())
        {
            organisation = p
            places.removeAll { $0 == p }
        }
        if title == nil, organisation != nil, rest.count == 1, purpose == .roles, WordClasses.titleScore(fragments[organisation!].text) > 0 {
            title = organisation
            organisation = nil
        }
        // Whatever is left after the title and organisation on their own lines, and reads as a place, is the location.
        fields.title = title.map { fragments[$0].text }
        // `Research Assistant - Half Time`: a qualifier right after the title on its line belongs to it.
        if let t = title, t + 1 < fragments.count, fragments[t + 1].line == fragments[t].line, t + 1 != organisation,
            WordClasses.titleQualifiers.contains(fragments[t + 1].text.lowercased())
        {
            fields.title = fragments[t].text + " - " + fragments[t + 1].text
        }
        fields.organisation = organisation.map { fragments[$0].text }
        // `**Globex**, Digital Assets` over `Feb 2024 - current, *Lead Developer*`: on a line of two names and nothing
        // else, with the title on another line, the name first is the organisation and the part after the comma its
        // division: both name the employer (`Globex, Digital Assets`).
        if purpose == .roles, let org = organisation, let t = title, org > 0, fragments[org].afterComma,
            fragments[t].line != fragments[org].line, fragments[org - 1].line == fragments[org].line, fragments[org - 1].first,
            fragments.filter({ $0.line == fragments[org].line }).count == 2,
            fragments[org - 1].titleWords == 0, !fragments[org - 1].place, !fragments[org - 1].remark, !fragments[org - 1].context,
            !WordClasses.isPlace(fragments[org - 1].text), fragments[org - 1].text.first?.isUppercase == true
        {
            if WordClasses.placeCodes.contains(fragments[org].text) || WordClasses.isPlace(fragments[org].text) {
                // (`Globex, VN` over the title: a place after the comma is where the work was, no division.)
                organisation = org - 1
                fields.organisation = fragments[org - 1].text
                if !places.contains(org) { places.insert(org, at: 0) }
            } else {
                fields.organisation = fragments[org - 1].text + ", " + fragments[org].text
            }
        }
        // `Faculty of Law, Northfield University`: a unit named right before the organisation on its line is part of it.
        if let org = organisation, org > 0, org - 1 != title, fragments[org - 1].line == fragments[org].line, namesUnit(fragments[org - 1].text) {
            fields.organisation = fragments[org - 1].text + ", " + fragments[org].text
        } else if let org = organisation, org + 1 < fragments.count, org + 1 != title, fragments[org + 1].line == fragments[org].line,
            namesUnit(fragments[org].text), fragments[org + 1].organisationWords > 0
        {
            fields.organisation = fragments[org].text + ", " + fragments[org + 1].text
            places.removeAll { $0 == org + 1 }
        }
        // `Director & Chief Engineer Initech Pty Ltd | 2004 - 2011`: no separator between the title and the name.
        if organisation == nil, purpose == .roles, let t = title, let (head, name) = splitTitleFromName(fragments[t].text) {
            fields.title = head
            fields.organisation = name
        } else if organisation == nil, purpose == .roles, let t = title, let (name, head) = splitAcronymFromTitle(fragments[t].text) {
            // `2021 - now ACME Safety Instructor`: an organisation's acronym before a title of its own.
            fields.title = head
            fields.organisation = name
        }
        if let org = organisation, fields.url == nil { fields.url = fragments[org].link }
        // `Acme Corp, London`: a short capitalised part right after the organisation on its line is where it is.
        if let org = organisation, title != nil || fragments[org + 1 < fragments.count ? org + 1 : org].afterComma, places.isEmpty,
            org + 1 < fragments.count, org + 1 != title,
            fragments[org + 1].line == fragments[org].line, !fragments[org + 1].afterAt,
            MarkdownCues.wordCount(fragments[org + 1].text) <= 3, fragments[org + 1].text.first?.isUppercase == true,
            WordClasses.titleScore(fragments[org + 1].text) == 0, WordClasses.organisationScore(fragments[org + 1].text) == 0,
            !fragments[org + 1].text.contains(where: \.isNumber)
        {
            places = [org + 1]
        }
        // `Globex (Contractor) | Harbour Research Site, FL, USA`: a later cell that opens with a name and ends in places
        // is where the work was (a site, then its state and country); the name alone in an earlier cell of the line,
        // no title and no place, is the organisation.
        if purpose == .roles, let org = organisation, fragments[org].cell > 0, !places.isEmpty,
            places.allSatisfy({ $0 > org && fragments[$0].line == fragments[org].line && fragments[$0].cell == fragments[org].cell }),
            !fragments.contains(where: { $0.line == fragments[org].line && $0.cell == fragments[org].cell && $0.text != fragments[org].text && !$0.place }),
            let name = fragments.indices.last(where: { k in
                k < org && fragments[k].line == fragments[org].line && fragments[k].cell < fragments[org].cell && k != title
            }),
            fragments[name].cell == fragments[org].cell - 1, fragments[name].titleWords == 0, !fragments[name].place, !fragments[name].remark,
            fragments.filter({ $0.line == fragments[name].line && $0.cell == fragments[name].cell }).count == 1
        {
            fields.organisation = fragments[name].text
            places.insert(org, at: 0)
        }
        if !places.isEmpty {
            fields.location = places.map { withoutRemark(fragments[$0].text) }.joined(separator: ", ")
        }
        // `Quillbank, Kentucky, United States` under a title, and no organisation named: the first of three parts or more
        // read as a place, when it is no known town, is the organisation, the rest where it is.
        // (Not under a heading that may name the organisation of several posts: `Quillmark` / `. Leeds, UK / Remote, Europe`.)
        // (On a line of its own: `Engineer (2018 - 2020. Leeds, UK / Remote, Europe)` names where the post was.)
        if purpose == .roles, fields.organisation == nil, fields.title != nil, let location = fields.location,
            !fragments.contains(where: \.context), let t = title, let p = places.first, fragments[p].line != fragments[t].line,
            places.allSatisfy({ fragments[$0].line == fragments[p].line })
        {
            let parts = MarkdownCues.splitOutsideParentheses(location, separator: ", ")
            if parts.count >= 3, !WordClasses.places.contains(parts[0].lowercased()), !WordClasses.placeCodes.contains(parts[0]),
                MarkdownCues.wordCount(parts[0]) <= 4, WordClasses.titleScore(parts[0]) == 0,
                WordClasses.isPlace(parts.dropFirst().joined(separator: ", "))
            {
                fields.organisation = parts[0]
                fields.location = parts.dropFirst().joined(separator: ", ")
            }
        }
        // `Intersquad, VN, Feb 2016 - Feb 2017` over the title: read as the organisation, a name and a place code after
        // its comma (which `commaParts` joined as a town's) are the name and where it is.
        if purpose == .roles, let org = organisation, fields.organisation == fragments[org].text, fragments[org].text.byteRange(of: ", ") != nil {
            let parts = MarkdownCues.splitOutsideParentheses(fragments[org].text, separator: ", ")
            if parts.count == 2, WordClasses.placeCodes.contains(parts[1]), !WordClasses.places.contains(parts[0].lowercased()),
                MarkdownCues.wordCount(parts[0]) <= 3, WordClasses.titleScore(parts[0]) == 0
            {
                fields.organisation = parts[0]
                fields.location = fields.location.map { parts[1] + ", " + $0 } ?? parts[1]
            }
        }
    }

    /// Words that rank a title before its title word (`General Manager`, `Acting Director`).
    static let titleRanks: Set<String> = ["general", "deputy", "acting", "vice", "managing", "assistant", "interim"]

    /// `General Manager Globex Solutions` → (`General Manager`, `Globex Solutions`): a title written in title words
    /// (and `&`/`and` between them) right before a capitalised name that names no title and reads as an organisation
    /// (an organisation word, or a word in capitals).
    static func splitTitleFromName(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 12 else { return nil }
        var end = 0
        for (k, w) in words.enumerated() {
            let b = PlainTextWords.bare(w)
            if WordClasses.titleWords.contains(b) { end = k + 1; continue }
            if titleRanks.contains(b) || w == "&" || b == "and" { continue }
            break
        }
        guard end > 0, end < words.count else { return nil }
        let name = words[end...].joined(separator: " ")
        // (`Analyst, Systems Engineering`: a field of work after the title is its department, no name.)
        guard let first = name.first, first.isUppercase || first.isNumber, WordClasses.titleScore(name) == 0, !WordClasses.namesFieldsOfWork(name),
            WordClasses.organisationScore(name) > 0 || words[end...].contains(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) })
        else { return nil }
        return (words[..<end].joined(separator: " "), name)
    }

    /// Acronyms that name a field of work or a technology before a title (`QA Engineer`, `IT Support Specialist`),
    /// never an employer.
    static let fieldAcronyms: Set<String> = [
        "it", "qa", "qc", "qe", "ux", "ui", "hr", "pr", "ai", "ml", "bi", "soc", "noc", "sre", "pm", "hpc", "gpu", "cpu",
        "erp", "crm", "seo", "sem", "gis", "iot", "ar", "vr", "xr", "nlp", "etl", "api", "ios", "os", "db", "cad", "cae",
        "fpga", "asic", "rf", "hse", "ehs", "sdet", "dsp", "ic", "mep", "ict", "r&d", "cx", "dx", "gtm", "ops", "rpa",
        "mlops", "ci", "cd", "tv", "dj", "mc", "esl", "efl", "ta", "ra", "er", "icu", "bpo", "kyc", "aml", "saas", "b2b",
    ]

    /// `ACME Safety Instructor` → (`ACME`, `Safety Instructor`): a word in capitals (two to fourteen letters) before a title
    /// of two words or more that opens with a capitalised word and ends with a title word; the capitals are neither a
    /// title, a field of work, a place nor a technology.
    static func splitAcronymFromTitle(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ")
        guard words.count >= 3, words.count <= 8 else { return nil }
        let acronym = words[0]
        let lower = acronym.lowercased()
        guard (2...14).contains(acronym.count), acronym.allSatisfy({ $0.isUppercase || $0 == "&" }),
            acronym.contains(where: \.isLetter),
            !WordClasses.titleWords.contains(lower), !fieldAcronyms.contains(lower), !WordClasses.placeCodes.contains(String(acronym)),
            !WordClasses.places.contains(lower), SkillLexicon.canonical(String(acronym)) == nil
        else { return nil }
        let head = words.dropFirst().joined(separator: " ")
        guard let first = words[1].first, first.isUppercase, !words[1].allSatisfy({ $0.isUppercase || !$0.isLetter }),
            endsWithTitleWord(head), WordClasses.organisationScore(head) == 0
        else { return nil }
        return (String(acronym), head)
    }

    /// Title words that rank the post named after them (`Senior`, `Lead`).
    static let seniorityWords: Set<String> = ["senior", "junior", "lead", "principal", "chief", "staff", "head", "associate"]

    /// Words that open a title without being a title's word (`Visiting Scholar`, `Summer intern`).
    static let titleOpeners: Set<String> = [
        "graduate", "undergraduate", "visiting", "summer", "winter", "teaching", "volunteer", "part-time", "full-time",
        "acting", "temporary", "seasonal", "guest", "adjunct", "honorary", "independent",
    ]

    /// `Quarry Lane Senior platform engineer`, `Mossgiel Freight Ltd. Leeds Planning Trainee (Summer)` → the employer and
    /// the title, written one after the other with no separator (a PDF's line). The title is the run of words at the end
    /// that ends with a title word, read back over title words, ranks, fields of work, technologies (`Go and Rust backend
    /// developer`), words in lower case and joiners; a word of an organisation's (`Software`) joins the title only before
    /// a word of one. What is left is the name: capitalised words, none of a title, no place alone. The title must open
    /// with a capital and either go on in lower case (a title in sentence case after a name in title case) or the name
    /// read as an organisation's (a word of one, a brand's shape): `Graduate Teaching Assistant` stays one title.
    static func splitNameFromTitle(_ text: String) -> (String, String)? {
        var core = Substring(text)
        var remark = ""
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            core = text[..<open]
            while core.last == " " { core = core.dropLast() }
            remark = " " + text[open...]
        }
        let words = core.split(separator: " ")
        guard words.count >= 3, words.count <= 12, let last = words.last, WordClasses.titleWords.contains(PlainTextWords.bare(last)) else { return nil }
        func titleShaped(_ w: Substring) -> Bool {
            guard let f = w.first else { return false }
            return f.isLowercase || WordClasses.titleWords.contains(PlainTextWords.bare(w)) || titleRanks.contains(PlainTextWords.bare(w))
                || titleOpeners.contains(PlainTextWords.bare(w))
                || WordClasses.fieldModifiers.contains(PlainTextWords.bare(w)) || WordClasses.disciplineWords.contains(PlainTextWords.bare(w))
        }
        func titlePart(_ w: Substring, before next: Substring?) -> Bool {
            if w == "&" || w == "/" || w == "-" || w == "and" { return true }
            if w.contains("/") { return w.split(separator: "/").allSatisfy { titlePart($0, before: next) } }
            let bare = PlainTextWords.bare(w)
            if WordClasses.organisationWords.contains(bare), w.first?.isUppercase == true {
                return (WordClasses.fieldModifiers.contains(bare) || WordClasses.disciplineWords.contains(bare)) && next.map(titleShaped) == true
            }
            return titleShaped(w) || SkillLexicon.canonical(String(w)) != nil
        }
        var start = words.count
        while start > 0, titlePart(words[start - 1], before: start < words.count ? words[start] : nil) { start -= 1 }
        // The title opens with a capitalised word (not a joiner).
        while start < words.count, words[start].first?.isUppercase != true { start += 1 }
        guard start > 0, start < words.count else { return nil }
        let nameWords = words[..<start]
        let name = nameWords.joined(separator: " ")
        let head = words[start...].joined(separator: " ")
        guard nameWords.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || $0 == "&" }),
            WordClasses.titleScore(name) == 0,
            !WordClasses.isPlace(name), !WordClasses.placeCodes.contains(name),
            !nameWords.allSatisfy({ WordClasses.fieldModifiers.contains(PlainTextWords.bare($0)) || WordClasses.disciplineWords.contains(PlainTextWords.bare($0)) })
        else { return nil }
        // (`Depot Engineer/IT support engineer`: a title that opens with its noun may be named for the word before it.)
        let opening = PlainTextWords.bare(words[start].split(separator: "/").first ?? words[start])
        let opensWithNoun = WordClasses.titleWords.contains(opening) && !titleRanks.contains(opening) && !seniorityWords.contains(opening)
        let sentenceCase = words[(start + 1)...].contains { $0.first?.isLowercase == true && $0 != "and" && $0 != "of" }
        guard WordClasses.organisationScore(name) > 0 || (sentenceCase || looksLikeBrand(name)) && !opensWithNoun else { return nil }
        return (name, head + remark)
    }

    /// `Gloucester, UK (Now part of Acme)` → `Gloucester, UK`.
    static func withoutRemark(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return text }
        return String(text[..<open]).trimmingCharacters(in: ",;")
    }

    /// The index with the highest positive score (the first on a tie).
    static func best(_ indices: [Int], _ score: (Int) -> Double) -> Int? {
        var found: (index: Int, score: Double)?
        for i in indices {
            let s = score(i)
            if s > 0, s > (found?.score ?? 0) { found = (i, s) }
        }
        return found?.index
    }

    static func assignEducation(_ fragments: [Fragment], into fields: inout EntryFields) {
        var rest = Array(fragments.indices)
        // `Expected Graduation: May 2020`, `GPA: 3.9`: what is left of a date's or a grade's label names neither the
        // school nor the degree.
        let labels = rest.filter { isGrade(fragments[$0].text) || isDateLabel(fragments[$0].text) }
        if !labels.isEmpty, labels.count < rest.count { rest.removeAll { labels.contains($0) } }
        var places: [Int] = []
        if fragments.count > 1 {
            places = rest.filter {
                fragments[$0].field == .location && WordClasses.institutionScore(fragments[$0].text) == 0
                    || WordClasses.isPlace(fragments[$0].text) && WordClasses.institutionScore(fragments[$0].text) == 0
                    && fragments[$0].field != .organisation && fragments[$0].field != .title
                    && (!fragments[$0].first || fragments[$0].onlyPlaces)
            }
            if places.count == fragments.count { places.removeFirst() }
            rest.removeAll { places.contains($0) }
        }
        let institution = rest.max { a, b in
            let sa = institutionScore(fragments[a]), sb = institutionScore(fragments[b])
            return sa < sb || sa == sb && a > b
        }.flatMap { institutionScore(fragments[$0]) > 0 ? $0 : nil }
        // (`Northfield University - The State Engineering University`: a second name of the school is no degree.)
        let qualification = rest.filter {
            $0 != institution && !fragments[$0].context
                && !(institution != nil && namesSchoolOnly(fragments[$0].text))
        }.max { a, b in
            let sa = WordClasses.studyScore(fragments[a].text), sb = WordClasses.studyScore(fragments[b].text)
            return sa < sb || sa == sb && a > b
        }
        var inst = institution
        var qual = qualification
        // With no school named by its words, the school is the first other fragment, but never a grade's label or value
        // (`Grade: Distinction`) nor a remark in lower case (`in cooperation with Acme`) while another is left.
        let named = rest.filter { $0 != qual && !places.contains($0) && !isGrade(fragments[$0].text) && !startsLowercase(fragments[$0].text) }
        if inst == nil, let q = qual, let other = named.first ?? rest.first(where: { $0 != q && !places.contains($0) }) {
            if WordClasses.studyScore(fragments[q].text) > 0 { inst = other } else { inst = q; qual = other }
            fields.institutionByOrder = true
        } else if inst == nil, let q = qual, rest.count == 1, WordClasses.degreeScore(fragments[q].text) == 0 {
            inst = q
            qual = nil
            fields.institutionByOrder = true
        }
        fields.organisation = inst.map { fragments[$0].text }
        // `School of Earth Studies, Northfield University`: institutions a comma joins on one line are one name.
        if let i = inst, institution != nil {
            let joins = { (k: Int) in
                k != qual && !places.contains(k) && fragments[k].line == fragments[i].line && WordClasses.institutionScore(fragments[k].text) > 0
            }
            var first = i
            var last = i
            while first > 0, fragments[first].afterComma, joins(first - 1) { first -= 1 }
            while last + 1 < fragments.count, fragments[last + 1].afterComma, joins(last + 1) { last += 1 }
            if first < last { fields.organisation = fragments[first...last].map(\.text).joined(separator: ", ") }
        }
        fields.title = qual.map { fragments[$0].text }
        if let q = qual, WordClasses.degreeScore(fragments[q].text) > 0 {
            // `Master of Arts, Economic History`: the field of study follows the degree on its line.
            let field = rest.filter { $0 > q && $0 != inst && fragments[$0].line == fragments[q].line && !places.contains($0) }
            if !field.isEmpty, field == Array((q + 1)...(field.last!)) {
                fields.title = ([q] + field).map { fragments[$0].text }.joined(separator: ", ")
            }
        }
        if !places.isEmpty { fields.location = places.map { fragments[$0].text }.joined(separator: ", ") }
    }

    /// A name with a school's word that names no post and no degree (`The State Engineering University`, not
    /// `College Degree` nor `Guest Lecturer in the School of Music`).
    static func namesSchoolOnly(_ text: String) -> Bool {
        guard WordClasses.institutionScore(text) > 0, WordClasses.titleScore(text) == 0 else { return false }
        return !text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "." && $0 != "'" }).contains {
            WordClasses.degreeNames.contains(String($0)) || ["bachelor", "master", "doctor", "associate"].contains(String($0))
        }
    }

    /// `Grade`, `Distinction`, `GPA 3.8`: a fragment that only gives a grade.
    static func isGrade(_ text: String) -> Bool {
        let words = MarkdownCues.words(text)
        return !words.isEmpty && words.allSatisfy { WordClasses.gradeWords.contains($0) || $0.allSatisfy(\.isNumber) }
    }

    /// `Expected Graduation`, `Grad Date`: a fragment that only labels a date taken out of it.
    static func isDateLabel(_ text: String) -> Bool {
        let words = MarkdownCues.words(text)
        return !words.isEmpty && words.allSatisfy { WordClasses.dateLabelWords.contains($0) } && words.contains { $0 != "of" && $0 != "to" && $0 != "from" }
    }

    /// `in cooperation with Acme`: a fragment that opens with a word in lower case qualifies the one before it.
    static func startsLowercase(_ text: String) -> Bool {
        text.first?.isLowercase == true && text.first(where: { $0 == " " }) != nil
    }

    static func institutionScore(_ f: Fragment) -> Double {
        var s = Double(WordClasses.institutionScore(f.text)) * 2 + Double(WordClasses.organisationScore(f.text))
        if f.link != nil { s += 1 }
        // `Master degree at SUPAERO`: the name after `at` is the school.
        if f.afterAt { s += 2.5 }
        if startsLowercase(f.text) { s -= 2 }
        // `Member of the Northfield Graduate School`, `Guest Lecturer in the School of X`: a phrase that opens with
        // a job's word tells what was done there; the school it names is another fragment's to give.
        if let first = f.text.split(separator: " ", maxSplits: 1).first, WordClasses.titleWords.contains(PlainTextWords.bare(first)),
            WordClasses.degreeScore(first) == 0
        {
            s -= 3
        }
        if f.context { s += 1 }
        if WordClasses.studyScore(f.text) > 0 && WordClasses.institutionScore(f.text) == 0 { s -= 2 }
        if f.field == .organisation { s += 1.5 } else if f.field == .title { s -= 1 }
        return s
    }
}
