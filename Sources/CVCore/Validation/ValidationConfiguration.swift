/// Which rules run, at which severity, with which options: read from `.cvtrack.yml` `rules:`.
public struct ValidationConfiguration: Sendable, Hashable {
    public struct RuleSetting: Sendable, Hashable {
        /// Nil: the rule's default (on, unless it is opt-in).
        public var enabled: Bool?
        /// Nil: the rule's default severity.
        public var severity: Severity?
        public var options: [String: RuleOptionValue]

        public init(enabled: Bool? = nil, severity: Severity? = nil, options: [String: RuleOptionValue] = [:]) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
        }
    }

    /// Rule identifier → setting.
    public var rules: [String: RuleSetting]

    public init(rules: [String: RuleSetting] = [:]) {
        self.rules = rules
    }

    /// The `rules:` of a configuration file.
    public init(_ config: CVTrackConfig) {
        var rules: [String: RuleSetting] = [:]
        for (id, setting) in config.rules {
            rules[id] = RuleSetting(enabled: setting.enabled, severity: setting.severity, options: setting.options)
        }
        self.rules = rules
    }

    public func isEnabled(_ description: RuleDescription) -> Bool {
        if let enabled = rules[description.identifier]?.enabled { return enabled }
        if rules[description.identifier]?.severity != nil { return true }
        return !description.isOptIn
    }

    public func severity(of description: RuleDescription) -> Severity {
        rules[description.identifier]?.severity ?? description.severity
    }

    public func options(of description: RuleDescription) -> [String: RuleOptionValue] {
        rules[description.identifier]?.options ?? [:]
    }
}
