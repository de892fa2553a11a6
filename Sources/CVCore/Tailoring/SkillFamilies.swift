/// Skills that stand in for one another when a job ad names one of them: "SQL databases" is met by
/// PostgreSQL, "a time series store like Prometheus" in part by InfluxDB.
/// Each family has a head, the generic skill ("SQL", "Key-value stores"); how far its members and head meet
/// each other depends on the family.
enum SkillFamilies {
    struct Family: Sendable {
        var head: String
        var members: [String]
        /// What a member earns against the head (PostgreSQL for "SQL": 1; caching for "CDN": part).
        var memberMeetsHead: Double = 1
        /// Whether the head earns part against a member ("caching" for Varnish).
        var headMeetsMember = true
        /// Whether members earn part against one another (MySQL for PostgreSQL; not Kafka for a CDN).
        var siblings = true
        /// Whether a member meets a sibling in full: tools that do the same job the same way (one configuration
        /// management tool for another).
        var siblingsInterchangeable = false
    }

    static let families: [Family] = [
        Family(head: "SQL", members: ["PostgreSQL", "MySQL", "Microsoft SQL Server", "Oracle Database", "Amazon Aurora",
                                      "Amazon RDS"]),
        Family(head: "Key-value stores", members: ["Redis", "Memcached", "etcd", "DynamoDB"]),
        Family(head: "NoSQL", members: ["MongoDB", "Cassandra", "CouchDB", "Redis", "DynamoDB", "Elasticsearch"]),
        Family(head: "Time-series databases", members: ["InfluxDB", "Graphite", "Prometheus", "OpenTSDB"]),
        // Declared state pushed or pulled to machines: a user of one does the same work with another.
        Family(head: "Configuration management", members: ["Puppet", "Chef", "Ansible", "SaltStack"],
               siblingsInterchangeable: true),
        Family(head: "Reverse proxies", members: ["Nginx", "OpenResty", "Varnish", "Squid", "HAProxy", "Apache HTTP Server"]),
        Family(head: "Load balancing", members: ["HAProxy", "Nginx", "OpenResty"]),
        Family(head: "Message queues", members: ["Kafka", "RabbitMQ", "NSQ", "Amazon SQS"]),
        Family(head: "Monitoring", members: ["Grafana", "Prometheus", "InfluxDB", "Graphite", "Telegraf", "StatsD",
                                             "collectd", "Nagios", "Amazon CloudWatch"]),
        Family(head: "CI/CD", members: ["Jenkins", "GitHub Actions", "CircleCI", "Travis CI", "GitLab CI", "Bamboo",
                                        "AWS CodeBuild", "Bitbucket Pipelines"]),
        Family(head: "Release engineering", members: ["CI/CD", "Jenkins", "GitHub Actions", "CircleCI", "Travis CI",
                                                      "GitLab CI", "Bamboo", "AWS CodeBuild", "Bitbucket Pipelines"]),
        Family(head: "Linux", members: ["Ubuntu", "Debian", "CentOS", "RHEL"]),
        Family(head: "Version control", members: ["Git", "Subversion", "Mercurial"]),
        // A code host built on Git and the pipelines it runs on a repository's pushes: using them is using Git.
        Family(head: "Git", members: ["GitHub", "GitHub Actions", "GitLab CI", "Bitbucket Pipelines"],
               headMeetsMember: false, siblings: false),
        // Varnish and Squid are caches; caching is part of what they do.
        Family(head: "Caching", members: ["Varnish", "Squid", "Memcached", "Redis"], siblings: false),
        // A CDN is HTTP caching at the edge: caching work is CDN work; the proxies it is built with are related.
        Family(head: "CDN", members: ["Caching", "Amazon CloudFront"], siblings: false),
        Family(head: "CDN", members: ["Varnish", "Squid", "OpenResty", "Nginx"], memberMeetsHead: 0.4, siblings: false),
        // Parts of a whole: Kafka work is distributed-systems work, not the other way round.
        Family(head: "Distributed systems", members: ["Kafka", "Cassandra", "Microservices", "CDN"],
               headMeetsMember: false, siblings: false),
        Family(head: "AWS", members: ["Amazon EC2", "Amazon S3", "Amazon RDS", "Amazon SQS", "Amazon EKS", "Amazon VPC",
                                      "AWS Lambda", "AWS IAM", "Amazon CloudFront", "Amazon CloudWatch", "Amazon Aurora",
                                      "AWS CodeBuild", "DynamoDB"], headMeetsMember: false, siblings: false),
    ]

    /// How well `evidence` (a skill the CV names) meets `wanted` (a skill the ad names): 1 for the same skill,
    /// the family's rules otherwise (`related` standing for a partial credit), 0 when unrelated.
    static func credit(evidence: String, wanted: String, related: Double) -> Double {
        if evidence == wanted { return 1 }
        var best = 0.0
        for family in families {
            let evidenceIsMember = family.members.contains(evidence)
            let wantedIsMember = family.members.contains(wanted)
            if family.head == wanted && evidenceIsMember {
                best = max(best, family.memberMeetsHead >= 1 ? 1 : related)
            } else if family.head == evidence && wantedIsMember && family.headMeetsMember {
                best = max(best, related)
            } else if family.siblings && evidenceIsMember && wantedIsMember {
                best = max(best, family.siblingsInterchangeable ? 1 : related)
            }
        }
        return best
    }

    /// Wanted skill → every skill that earns credit against it, with the credit (the skill itself at 1), at a
    /// related credit of 0.5; precomputed so that matching looks up postings instead of comparing skill pairs.
    static let creditsTo: [String: [(evidence: String, credit: Double)]] = {
        // Only skills sharing a family can earn credit against each other (and a skill against itself).
        var kin: [String: Set<String>] = [:]
        for family in families {
            let all = [family.head] + family.members
            for name in all { kin[name, default: []].formUnion(all) }
        }
        var map: [String: [(evidence: String, credit: Double)]] = [:]
        for (wanted, candidates) in kin {
            map[wanted] = candidates.sorted().compactMap { e in
                let c = credit(evidence: e, wanted: wanted, related: 0.5)
                return c > 0 ? (e, c) : nil
            }
        }
        return map
    }()

    /// The skills meeting `wanted`, with their credit, `related` standing for a partial credit.
    static func evidence(for wanted: String, related: Double) -> [(evidence: String, credit: Double)] {
        guard let list = creditsTo[wanted] else { return [(wanted, 1)] }
        return list.map { ($0.evidence, $0.credit >= 1 ? 1 : related) }
    }
}
