/// Competencies that job ads name in words and CVs show in other words: "highly-available sites" is shown by
/// "failover" or "redundant", "24/7 operations" by "incident" or "on call". Each word of a concept adds, beside
/// its own stem, the concept's token (`~name`), so a requirement and a CV line that share a concept share a
/// term. Words are matched after Snowball stemming, like every other term; only words that mostly carry the
/// concept are listed (not "load", which is also a load balancer's).
enum ConceptLexicon {
    static let concepts: [(name: String, words: [String])] = [
        ("availability", ["available", "availability", "redundancy", "redundant", "failover", "resilient",
                          "resilience", "uptime", "reliability", "reliable", "outage", "disaster"]),
        ("scale", ["scale", "scalable", "scalability", "scaling", "volume", "volumes", "throughput", "billions",
                   "millions", "traffic", "peaks", "spikes", "massive"]),
        ("performance", ["performance", "latency", "tuning", "tuned", "optimise", "optimize", "optimisation",
                         "optimization", "profiling", "speed"]),
        ("operations", ["incident", "incidents", "outages", "pager", "paging", "oncall", "escalation", "postmortem",
                        "postmortems", "24x7"]),
        ("leadership", ["mentor", "mentoring", "mentored", "coaching", "coached", "leadership", "led", "lead",
                        "leading"]),
        ("security", ["security", "secure", "securing", "vulnerability", "vulnerabilities", "encryption",
                      "firewall", "firewalls", "authentication", "hardening", "penetration", "threat"]),
        ("testing", ["test", "tests", "testing", "tested", "tdd", "qa"]),
        ("delivery", ["deployment", "deployments", "deploy", "pipeline", "pipelines", "continuous", "release",
                      "releases"]),
        ("distributed", ["distributed", "cluster", "clusters", "clustering", "consensus", "replication",
                         "sharding", "partitioning", "queueing", "queues"]),
        ("monitoring", ["monitoring", "monitor", "logging", "logs", "alerting", "alerts", "metrics",
                        "observability", "telemetry", "dashboards"]),
        ("networking", ["networking", "network", "networks", "routing", "router", "routers", "switches",
                        "internetworking", "peering", "datacenter", "datacentre"]),
        ("coding", ["scripting", "scripts", "script", "coding", "programming", "code", "programmer"]),
    ]

    static let prefix = "~"

    /// Stem → the concept tokens it carries, stemmed with `stem` (the scanner's stemmer).
    static func table(stem: (String) -> String) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for concept in concepts {
            let token = prefix + concept.name
            for word in concept.words {
                let s = stem(word)
                if table[s]?.contains(token) != true { table[s, default: []].append(token) }
            }
        }
        return table
    }

    static func isConcept(_ term: String) -> Bool { term.hasPrefix(prefix) }
}
