import Yams

/// `.cvtrack.yml`: which files are CVs and the options of each capability.
///
/// ```yaml
/// cvs:            # the tracked CV files; auto-detected when empty
///   - cv.md
/// language: en_GB # spelling dictionary
/// tailor:
///   branch-prefix: tailored/
/// rules:          # validation: off | on | error | warning | info, or a mapping with severity and options
///   overlap: off
///   bullet-length: { severity: warning, max: 60 }
/// spelling:
///   language: en_GB                    # overrides the top-level `language:`
///   words: [Kubernetes, OpenResty]     # personal words
///   words-file: .cvtrack-words.txt     # one word a line, read by the CLI
/// ```
public struct CVTrackConfig: Sendable, Hashable, Decodable {
    public static let fileName = ".cvtrack.yml"

    public struct Tailor: Sendable, Hashable, Decodable {
        public var branchPrefix: String?

        enum CodingKeys: String, CodingKey { case branchPrefix = "branch-prefix" }

        public init(branchPrefix: String? = nil) { self.branchPrefix = branchPrefix }
    }

    /// One entry of `rules:`: `off`, `on`, a severity, or `{ severity: warning, enabled: true, <option>: value }`.
    public struct RuleSetting: Sendable, Hashable, Decodable {
        public var enabled: Bool?
        public var severity: Severity?
        public var options: [String: RuleOptionValue]

        public init(enabled: Bool? = nil, severity: Severity? = nil, options: [String: RuleOptionValue] = [:]) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        static let expected = "expected off, on, error, warning, info or a mapping (severity:, options)"

        public init(from decoder: any Decoder) throws {
            options = [:]
            if let c = try? decoder.container(keyedBy: Key.self) {
                for key in c.allKeys {
                    switch key.stringValue {
                    case "severity":
                        let name = try c.decode(String.self, forKey: key)
                        guard let severity = Severity(rawValue: name.lowercased()) else {
                            throw DecodingError.dataCorrupted(.init(
                                codingPath: c.codingPath + [key], debugDescription: "expected error, warning or info"))
                        }
                        self.severity = severity
                    case "enabled":
                        enabled = try c.decode(Bool.self, forKey: key)
                    default:
                        options[key.stringValue] = try c.decode(RuleOptionValue.self, forKey: key)
                    }
                }
                return
            }
            let c = try decoder.singleValueContainer()
            if let flag = try? c.decode(Bool.self) {
                enabled = flag
                return
            }
            guard let word = try? c.decode(String.self) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: Self.expected))
            }
            switch word.lowercased() {
            case "off", "false", "no", "disabled": enabled = false
            case "on", "true", "yes", "enabled": enabled = true
            default:
                guard let severity = Severity(rawValue: word.lowercased()) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: Self.expected))
                }
                self.severity = severity
            }
        }
    }

    /// `spelling:`: the dictionary and the personal words.
    public struct Spelling: Sendable, Hashable, Decodable {
        public var language: String?
        public var words: [String]
        /// A file of personal words (one a line, `#` comments), relative to the repository; read by the CLI.
        public var wordsFile: String?

        enum CodingKeys: String, CodingKey { case language, words, wordsFile = "words-file" }

        public init(language: String? = nil, words: [String] = [], wordsFile: String? = nil) {
            self.language = language
            self.words = words
            self.wordsFile = wordsFile
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            language = try c.decodeIfPresent(String.self, forKey: .language)
            words = try c.decodeIfPresent([String].self, forKey: .words) ?? []
            wordsFile = try c.decodeIfPresent(String.self, forKey: .wordsFile)
        }
    }

    public var cvs: [String]
    public var language: String?
    public var tailor: Tailor?
    /// Rule identifier → setting (validated against `allRules` by `parse`).
    public var rules: [String: RuleSetting]
    public var spelling: Spelling?

    public init(
        cvs: [String] = [], language: String? = nil, tailor: Tailor? = nil, rules: [String: RuleSetting] = [:],
        spelling: Spelling? = nil
    ) {
        self.cvs = cvs
        self.language = language
        self.tailor = tailor
        self.rules = rules
        self.spelling = spelling
    }

    enum CodingKeys: String, CodingKey { case cvs, language, tailor, rules, spelling }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cvs = try c.decodeIfPresent([String].self, forKey: .cvs) ?? []
        language = try c.decodeIfPresent(String.self, forKey: .language)
        tailor = try c.decodeIfPresent(Tailor.self, forKey: .tailor)
        rules = try c.decodeIfPresent([String: RuleSetting].self, forKey: .rules) ?? [:]
        spelling = try c.decodeIfPresent(Spelling.self, forKey: .spelling)
    }

    /// The spelling dictionary: `spelling.language`, else the top-level `language`.
    public var spellingLanguage: String? { spelling?.language ?? language }

    /// Personal words written in the configuration (`spelling.words`).
    public var personalWords: Set<String> { Set(spelling?.words ?? []) }

    /// The validation settings of `rules:`.
    public var validation: ValidationConfiguration { ValidationConfiguration(self) }

    public var branchPrefix: String { tailor?.branchPrefix ?? "tailored/" }

    /// Reads the configuration text; a broken file names the line and the key.
    public static func parse(_ text: String) throws -> CVTrackConfig {
        if text.allSatisfy(\.isWhitespace) { return CVTrackConfig() }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic).map(Self.resolvingPlainScalars)
        } catch let error as YamlError {
            throw CVParseError.fromYams(error)
        }
        guard let node else { return CVTrackConfig() }
        guard node.mapping != nil else {
            throw CVParseError("expected a mapping of settings (cvs:, language:, tailor:, rules:, spelling:)", line: node.mark?.line ?? 1, column: node.mark?.column)
        }
        if let simple = simpleConfig(node) { return simple }
        let config: CVTrackConfig
        do {
            config = try YAMLDecoder().decode(CVTrackConfig.self, from: node)
        } catch let error as DecodingError {
            let (message, path) = Self.describe(error)
            let mark = Self.node(at: path, in: node)?.mark
            throw CVParseError(message, line: mark?.line, column: mark?.column)
        }
        try checkRules(in: node)
        return config
    }

    /// The usual file, `cvs:` (a list of names) and `language:` only, read straight from the nodes, as the
    /// decoder would read it; nil for anything else, which the decoder reads (and explains when wrong). Yams'
    /// Codable decoder costs about 1 ms of reflection on its first use in a process, more than a `cvtrack show`.
    static func simpleConfig(_ node: Node) -> CVTrackConfig? {
        guard let mapping = node.mapping else { return nil }
        func text(_ node: Node) -> String? {
            // A string: untagged, `!`, or `!!str` (plain nulls and booleans are tagged by resolvingPlainScalars).
            guard case .scalar(let scalar) = node, ["", "!", Tag.Name.str.rawValue].contains(scalar.tag.rawValue) else { return nil }
            return scalar.string
        }
        var config = CVTrackConfig()
        for (key, value) in mapping {
            switch text(key) {
            case "cvs":
                guard let items = value.sequence else { return nil }
                var names: [String] = []
                for item in items {
                    guard let name = text(item) else { return nil }
                    names.append(name)
                }
                config.cvs = names
            case "language":
                guard let language = text(value) else { return nil }
                config.language = language
            default:
                return nil
            }
        }
        return config
    }

    /// Tags plain booleans (`true`, `no`, `off` … as YAML 1.1 spells them) and nulls (`~`, `null`, nothing) as
    /// Yams' default resolver does; every other scalar stays a string, which the decoder reads as a number
    /// where one is expected. The default resolver compiles a dozen regular expressions on first use (ICU's
    /// regex engine: about 2 ms, more than the rest of a `cvtrack show`); these two checks need none.
    static func resolvingPlainScalars(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar):
            guard scalar.style == .plain || scalar.style == .any else { return node }
            switch scalar.string {
            case "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
                "on", "On", "ON", "off", "Off", "OFF":
                scalar.tag = Tag(.bool, .basic, .default)
            case "", "~", "null", "Null", "NULL":
                scalar.tag = Tag(.null, .basic, .default)
            default:
                return node
            }
            return .scalar(scalar)
        case .mapping(let mapping):
            let pairs = mapping.map { (resolvingPlainScalars($0.key), resolvingPlainScalars($0.value)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(resolvingPlainScalars), sequence.tag, sequence.style, sequence.mark))
        case .alias:
            return node
        }
    }

    /// Every key of `rules:` names a rule, and every option is one the rule has, of the right kind.
    static func checkRules(in root: Node) throws {
        guard let rules = root.mapping?["rules"]?.mapping else { return }
        for (key, value) in rules {
            let id = key.string ?? "\(key)"
            guard let rule = RuleRegistry.rule(id) else {
                throw CVParseError(
                    "unknown rule '\(id)' in rules: (see `cvtrack rules` or docs/rules.md)",
                    line: key.mark?.line, column: key.mark?.column)
            }
            guard let options = value.mapping else { continue }
            let description = rule.description
            for (optionKey, optionValue) in options {
                let name = optionKey.string ?? "\(optionKey)"
                if name == "severity" || name == "enabled" { continue }
                guard let option = description.option(name) else {
                    let known = description.options.map(\.name)
                    let list = known.isEmpty ? "it has no options" : "its options: " + known.joined(separator: ", ")
                    throw CVParseError(
                        "key 'rules.\(id).\(name)': rule '\(id)' has no option '\(name)' (\(list))",
                        line: optionKey.mark?.line, column: optionKey.mark?.column)
                }
                let decoded = try? YAMLDecoder().decode(RuleOptionValue.self, from: optionValue)
                guard let decoded, decoded.sameKind(as: option.defaultValue) else {
                    throw CVParseError(
                        "key 'rules.\(id).\(name)': expected \(option.defaultValue.kindName)",
                        line: optionValue.mark?.line, column: optionValue.mark?.column)
                }
            }
        }
    }

    /// The node a coding path leads to (as far as it exists), for the line of a decoding error.
    static func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current = root
        for key in path {
            if let index = key.intValue, let seq = current.sequence, index < seq.count {
                current = seq[index]
            } else if let map = current.mapping, let next = map[key.stringValue] {
                current = next
            } else {
                break
            }
        }
        return current
    }

    static func describe(_ error: DecodingError) -> (String, [any CodingKey]) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let ctx):
            return ("key '\(path(ctx.codingPath))': expected \(Self.typeName(type))", ctx.codingPath)
        case .valueNotFound(let type, let ctx):
            return ("key '\(path(ctx.codingPath))': missing \(Self.typeName(type))", ctx.codingPath)
        case .keyNotFound(let key, let ctx):
            return ("key '\(path(ctx.codingPath + [key]))' is missing", ctx.codingPath)
        case .dataCorrupted(let ctx):
            return ("key '\(path(ctx.codingPath))': \(ctx.debugDescription)", ctx.codingPath)
        @unknown default:
            return ("\(error)", [])
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch "\(type)" {
        case "Array<String>", "Sequence": return "a list of file names"
        case "String": return "a text value"
        default: return "\(type)"
        }
    }

    /// The configuration text with the `cvs:` list set to `paths`, everything else kept as written.
    public static func settingCVs(_ paths: [String], in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let block = paths.isEmpty ? ["cvs: []"] : ["cvs:"] + paths.map { "  - \(yamlScalar($0))" }
        if let start = lines.firstIndex(where: { $0.hasPrefix("cvs:") }) {
            var end = start + 1
            while end < lines.count, lines[end].hasPrefix(" ") || lines[end].hasPrefix("-") || lines[end].isEmpty {
                if lines[end].isEmpty, end + 1 < lines.count, !(lines[end + 1].hasPrefix(" ") || lines[end + 1].hasPrefix("-")) { break }
                end += 1
            }
            lines.replaceSubrange(start..<end, with: block)
        } else {
            lines.insert(contentsOf: block, at: lines.firstIndex(where: { !$0.hasPrefix("#") }) ?? lines.count)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A scalar quoted when YAML would read it as something else.
    static func yamlScalar(_ s: String) -> String {
        let plain = s.allSatisfy { $0.isLetter || $0.isNumber || "._/-+@ ".contains($0) } && !s.hasPrefix("-") && !s.hasSuffix(" ") && !s.isEmpty
        if plain { return s }
        return "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// The file `cvtrack init` writes.
    /// `language`: the spelling variety `cvtrack init` read from the CVs (`en_GB`, `en_US`); nil leaves it unset, so
    /// that `validate` reads it from each CV.
    public static func initialText(cvs: [String], language: String? = nil) -> String {
        let languageLine = language.map { "language: \($0)" } ?? "# language: en_GB"
        return settingCVs(cvs, in: """
            # cvtrack configuration: see `cvtrack --help` and README.md.
            # cvs: the CV files cvtrack tracks; when empty, files named like cv.md or resume.json are found automatically.
            cvs: []
            # language: the spelling dictionary (en_US or en_GB); unset, each CV is checked in the variety it is written in.
            \(languageLine)
            tailor:
              # Tailored variants are committed on branches under this prefix.
              branch-prefix: tailored/

            """)
    }
}

extension CVParseError {
    /// A Yams error as a one-line message with its line and column.
    static func fromYams(_ error: YamlError) -> CVParseError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return CVParseError("malformed YAML: \(what)", line: mark.line, column: mark.column)
        case .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return CVParseError("malformed YAML: \(what)", line: mark.line, column: mark.column)
        case .reader(let problem, let offset, _, _):
            return CVParseError("unreadable YAML: \(problem) at byte \(offset ?? 0)")
        default:
            return CVParseError("malformed YAML: \(error)")
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
