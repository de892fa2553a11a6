/// Expands a `.dic` word list with the `.aff` rules into every word form, as unmunch does: each
/// root, its suffixed and prefixed forms, and prefix+suffix cross products. It also adds hunspell's
/// hidden capitalised roots (`iPhone` → `Iphone`, `CIA/M` → `Cia`, `Cia's`), which hunspell accepts
/// only when the word is not written with just an initial capital.
struct DictionaryExpander {
    let rules: AffixRules
    private(set) var main = Set<[UInt8]>()
    private(set) var upperOnly = Set<[UInt8]>()
    /// The forms of entries flagged NOSUGGEST (also in `main`: right, but never suggested).
    private(set) var noSuggest = Set<[UInt8]>()
    /// Set when the .dic uses a feature the table cannot mirror.
    private(set) var unsupported: [String] = []

    init(rules: AffixRules) {
        self.rules = rules
    }

    mutating func expand(dictionary text: String) {
        // Lines are cut on the bytes (a line break is a grapheme boundary, so these are the lines a split on
        // `Character`s gives). A plain line (ASCII, no tab, space or backslash: nearly every line of the English
        // dictionaries) is `word/FLAGS` read on its bytes; any other goes through `parseEntry` (checked against it in
        // `DictionaryExpanderTests`).
        let bytes = Array(text.utf8)
        var first = true
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            defer { start = end + 1 }
            guard end > start else { continue }
            let line = bytes[start..<end]
            if first {
                first = false
                // The first line is the (approximate) word count.
                if String(decoding: line, as: UTF8.self).allSatisfy({ $0.isNumber || $0 == "\u{FEFF}" || $0 == " " }) { continue }
            }
            if let (word, flags) = Self.parsePlainEntry(line) {
                addEntry(word: word, flags: flags)
                continue
            }
            guard let (word, flags) = Self.parseEntry(String(decoding: line, as: UTF8.self)[...]), !word.isEmpty else { continue }
            addEntry(word: word, flags: flags)
        }
    }

    /// `word/FLAGS` on the bytes of a line of ASCII with no tab, space or backslash (no morphology, no escape): nil for
    /// any other line, and for an empty word.
    static func parsePlainEntry(_ line: ArraySlice<UInt8>) -> ([Unicode.Scalar], [UInt8])? {
        var slash: Int?
        for index in line.indices {
            let byte = line[index]
            if byte >= 0x80 || byte == 0x09 || byte == 0x20 || byte == 0x5C { return nil }
            // A slash opening the line belongs to the word (as in `parseEntry`).
            if byte == 0x2F, slash == nil, index > line.startIndex { slash = index }
        }
        let wordEnd = slash ?? line.endIndex
        guard wordEnd > line.startIndex else { return nil }
        let word = line[..<wordEnd].map { Unicode.Scalar($0) }
        let flags = slash.map { Array(line[($0 + 1)...]) } ?? []
        return (word, flags)
    }

    /// `word/FLAGS<tab>morphology` → (word, flag bytes). `\/` escapes a slash inside the word.
    static func parseEntry(_ line: Substring) -> ([Unicode.Scalar], [UInt8])? {
        var entry = line
        if let tab = entry.firstIndex(of: "\t") {
            entry = entry[..<tab]
        } else if let morphology = morphologyStart(entry) {
            entry = entry[..<morphology]
        }
        while entry.last == " " { entry = entry.dropLast() }
        var word: [Unicode.Scalar] = []
        var flags: [UInt8] = []
        var scalars = entry.unicodeScalars[...]
        var previousBackslash = false
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "/" && !word.isEmpty {
                if previousBackslash {
                    word.removeLast()
                    word.append(scalar)
                    previousBackslash = false
                    continue
                }
                flags = Array(String(scalars).utf8)
                break
            }
            previousBackslash = scalar == "\\"
            word.append(scalar)
        }
        return (word, flags)
    }

    /// hunspell's rule for a dictionary line without a tab: morphology starts at a space followed by
    /// a two-letter field name and a colon (`po:noun`).
    private static func morphologyStart(_ line: Substring) -> Substring.Index? {
        var index = line.startIndex
        while let space = line[index...].firstIndex(of: " ") {
            let rest = line[line.index(after: space)...]
            if rest.count >= 3, rest[rest.index(rest.startIndex, offsetBy: 2)] == ":" { return space }
            index = line.index(after: space)
        }
        return nil
    }

    private mutating func addEntry(word: [Unicode.Scalar], flags: [UInt8]) {
        if let onlyInCompound = rules.onlyInCompound, flags.contains(onlyInCompound) { return }
        if !rules.compoundRuleFlags.isEmpty, flags.contains(where: rules.compoundRuleFlags.contains),
            !word.contains(where: { ("0"..."9").contains($0) })
        {
            // A compound of such words need not contain a digit; lookups assume it does.
            if !unsupported.contains("COMPOUNDRULE") { unsupported.append("COMPOUNDRULE") }
        }
        expand(root: word, flags: flags, hidden: false)
        let form = CaseForm(word)
        if form == .mixed || form == .mixedWithInitialCapital || (form == .allCapitals && !flags.isEmpty) {
            expand(root: CaseForm.initialCapital(CaseForm.lowercased(word)), flags: flags, hidden: true)
        }
    }

    private mutating func expand(root: [Unicode.Scalar], flags: [UInt8], hidden: Bool) {
        var forms: [[Unicode.Scalar]] = []
        let unsuggested = rules.noSuggest.map(flags.contains) ?? false
        let needsAffix = rules.needAffix.map(flags.contains) ?? false
        if !needsAffix { forms.append(root) }
        var crossSuffixed: [[Unicode.Scalar]] = []
        for flag in flags {
            guard let suffixClass = rules.suffixes[flag] else { continue }
            for entry in suffixClass.entries where suffixApplies(entry, to: root) {
                let form = Array(root.dropLast(entry.strip.count)) + entry.affix
                forms.append(form)
                if suffixClass.crossProduct { crossSuffixed.append(form) }
            }
        }
        for flag in flags {
            guard let prefixClass = rules.prefixes[flag] else { continue }
            for entry in prefixClass.entries {
                if prefixApplies(entry, to: root) {
                    forms.append(entry.affix + root.dropFirst(entry.strip.count))
                }
                guard prefixClass.crossProduct else { continue }
                for suffixed in crossSuffixed where prefixApplies(entry, to: suffixed) {
                    forms.append(entry.affix + suffixed.dropFirst(entry.strip.count))
                }
            }
        }
        for form in forms {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(form.count + 4)
            for scalar in form { bytes.append(contentsOf: scalar.utf8) }
            if hidden { upperOnly.insert(bytes) } else { main.insert(bytes) }
            if unsuggested { noSuggest.insert(bytes) }
        }
    }

    private func suffixApplies(_ entry: AffixRules.Entry, to root: [Unicode.Scalar]) -> Bool {
        guard root.count > entry.strip.count || (rules.fullStrip && root.count == entry.strip.count),
            root.count >= entry.condition.count, root.suffix(entry.strip.count).elementsEqual(entry.strip)
        else { return false }
        var index = root.count - entry.condition.count
        for element in entry.condition {
            if !element.matches(root[index]) { return false }
            index += 1
        }
        return true
    }

    private func prefixApplies(_ entry: AffixRules.Entry, to root: [Unicode.Scalar]) -> Bool {
        guard root.count > entry.strip.count || (rules.fullStrip && root.count == entry.strip.count),
            root.count >= entry.condition.count, root.prefix(entry.strip.count).elementsEqual(entry.strip)
        else { return false }
        for (index, element) in entry.condition.enumerated() where !element.matches(root[index]) { return false }
        return true
    }
}
