/// Word forms a dictionary cannot judge one word at a time, for the `spelling` rule: compounds the style guides write
/// another way, degree abbreviations in the wrong case, and well-known tool names.
enum SpellingForms {
    /// Closed compounds that English usage guides (Merriam-Webster, Oxford, AP, Chicago) write open or hyphenated,
    /// and fused phrases; hunspell lacks them, but they split into two dictionary words, which the compound rule
    /// otherwise accepts. Lowercase, with the usual form.
    /// (Pairs, searched by `closedForm`: a small table needs no hashing of every word asked.)
    static let closed: [(String, String)] = [
        ("opensource", "open-source"), ("fulltime", "full-time"), ("parttime", "part-time"), ("alot", "a lot"),
        ("aswell", "as well"), ("atleast", "at least"), ("eachother", "each other"), ("infact", "in fact"),
        ("inspite", "in spite"), ("incase", "in case"), ("everytime", "every time"), ("thankyou", "thank you"),
    ]

    /// Hyphenated forms the dictionaries and usage guides write closed. Both halves are words, so no word-by-word
    /// check sees them. Lowercase, with the usual form.
    static let hyphenated: [String: String] = [
        "on-going": "ongoing", "on-boarding": "onboarding",
    ]

    /// Open forms of words written closed: the two words, the closed form, and a next word that makes the open form
    /// right (a name: the `World Wide Web`).
    static let open: [String: (form: String, unless: String?)] = [
        "world wide": ("worldwide", "web"), "through out": ("throughout", nil),
    ]

    /// The first words of the hyphenated and open forms (a word that is none needs no look at what follows it).
    static let firstHalves: [String] = Array(Set((Array(hyphenated.keys) + Array(open.keys)).compactMap {
        $0.split(whereSeparator: { $0 == "-" || $0 == " " }).first.map(String.init)
    }))

    /// The usual form of a closed compound of `closed` (`opensource` → `open-source`): a key of the same length, then
    /// the same text.
    static func closedForm(_ lower: String) -> String? {
        let count = lower.utf8.count
        for (key, form) in closed where key.utf8.count == count && key == lower { return form }
        return nil
    }

    /// One of `firstHalves` (compared as `closedForm` compares).
    static func isFirstHalf(_ lower: String) -> Bool {
        let count = lower.utf8.count
        return firstHalves.contains { $0.utf8.count == count && $0 == lower }
    }

    /// Academic degree abbreviations (three letters or more) in their usual case, by their lowercase form. The
    /// all-capital form (`BSC`, `PHD`) is a house style, and a capitalised form may be a word or a name (`March`,
    /// `Meng`); a capital after the first letter in the wrong place (`BsC`, `PHd`) is a slip.
    static let degrees: [String: String] = Dictionary(uniqueKeysWithValues: [
        "BSc", "MSc", "BEng", "MEng", "MPhil", "DPhil", "PhD", "MBA", "BBA", "LLB", "LLM", "MRes", "BTech", "MTech",
        "BCom", "MCom", "BArch", "MArch", "EdD", "DSc", "BFA", "MFA", "BSBA", "MSEE", "BSEE", "MSCS", "BSCS",
    ].map { ($0.lowercased(), $0) })

    /// Tools and products that CVs in engineering, design and science name and the skills lexicon (`SkillLexicon`,
    /// also read) lacks, spelt as their makers spell them. A word one letter from one of them (`Solidwokrs`) is a
    /// slip on that name.
    static let products: [String] = [
        "SolidWorks", "AutoCAD", "LabVIEW", "Arduino", "Simulink", "Photoshop", "InDesign", "KiCad", "Altium",
        "Jupyter", "Salesforce", "WordPress", "PowerPoint", "IntelliJ", "Bitbucket", "GitLab", "GitHub", "PyTorch",
        "TensorFlow", "NumPy", "SciPy", "Matplotlib", "Django", "Laravel", "Symfony", "Webpack", "Heroku", "Firebase",
        "Databricks", "BigQuery", "Redshift", "Kinesis", "CloudFormation", "CloudWatch", "CloudFront", "Postman",
        "Storybook", "Raspberry", "Wireshark", "Hadoop", "Tableau", "Kubeflow", "Airflow", "Xamarin", "Unreal",
        "Firestore", "Tkinter", "Slurm",
    ]

    /// The names a misspelt word is compared with: the lexicon's canonical names and the products above, single
    /// words of letters only, six letters or more, lowercase with their written form.
    static let names: [(lower: String, name: String)] = {
        var seen = Set<String>()
        return (SkillLexicon.knownNames + products).compactMap { name in
            let lower = name.lowercased()
            guard lower.utf8.count >= 6, lower.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), seen.insert(lower).inserted else { return nil }
            return (lower, name)
        }
    }()

    /// The names' bytes, in the order of `names`.
    static let nameBytes: [[UInt8]] = names.map { Array($0.lower.utf8) }

    /// The names' lowercase forms.
    static let nameSet: Set<String> = Set(names.map(\.lower))

    /// The tool name `lower` (a lowercase word of letters) is one letter from, and not a plural of: `terrafrom` →
    /// `Terraform`, `solidwokrs` → `SolidWorks`. A word the skills lexicon knows (a name or one of its usual
    /// spellings, `nodejs`) is no slip. The first such name in the lists' order; the names are few (about a hundred),
    /// so each is compared on its bytes, the lengths first.
    static func closeName(_ lower: String) -> String? {
        guard lower.utf8.count >= 6, lower.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
            SkillLexicon.canonical(lower) == nil
        else { return nil }
        let word = Array(lower.utf8)
        for (i, name) in nameBytes.enumerated() where abs(name.count - word.count) <= 1 && isCloseEdit(word, name) && !isPlural(lower, names[i].lower)
            // A letter put before a name names another tool built on it (`CPython`, `JRuby`): a slip is inside a word.
            && !(word.count == name.count + 1 && word.dropFirst().elementsEqual(name))
        {
            return names[i].name
        }
        return nil
    }

    /// `SpellingRule.isCloseEdit` on the bytes of two lowercase ASCII words (no space or hyphen in `y`): one insertion,
    /// deletion, substitution or transposition apart.
    static func isCloseEdit(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        SpellingRule.oneEditApart(x, y)
    }

    /// A tool name the lists know as it is written (case aside).
    static func isKnownName(_ lower: String) -> Bool {
        nameSet.contains(lower)
    }

    /// `a` and `b` differ by a plural ending (`githubs`, `djangos`).
    static func isPlural(_ a: String, _ b: String) -> Bool {
        a == b + "s" || b == a + "s"
    }

    /// An ASCII capital after the first byte (a loop on the bytes: no slice of the view made).
    static func hasInnerCapital(_ text: String) -> Bool {
        func inner(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 1
            while index < bytes.count {
                if bytes[index] >= 0x41 && bytes[index] <= 0x5A { return true }
                index += 1
            }
            return false
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable(inner) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(inner)
    }

    /// A degree abbreviation in the wrong case, alone (`Phd`) or at the end of a word a PDF extraction joined to the
    /// one before (`RoboticsBsC`): the scalar offset where it starts, as written, and its usual form.
    static func misspeltDegree(_ text: String) -> (offset: Int, written: String, form: String)? {
        // Most words have no capital after their first letter: no degree in the wrong case.
        guard hasInnerCapital(text) else { return nil }
        let s = Array(text.unicodeScalars)
        guard s.count >= 3 else { return nil }
        var starts = [0]
        for i in 1..<s.count where s[i].properties.isUppercase && s[i - 1].properties.isLowercase { starts.append(i) }
        for start in starts where s.count - start >= 3 && s.count - start <= 5 {
            let tail = String(String.UnicodeScalarView(s[start...]))
            guard let form = degrees[tail.lowercased()], tail != form, tail != tail.uppercased(),
                tail.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase })
            else { continue }
            return (start, tail, form)
        }
        return nil
    }
}
