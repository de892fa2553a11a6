/// Skills that stand in for one another when a job ad names one of them: "SQL databases" is met by
/// PostgreSQL, "time series databases such as Graphite" by InfluxDB (related, not the same).
/// Each family has a head, the generic skill ("SQL", "Key-value stores"), which any member meets in full;
/// a member meets another member in part.
enum SkillFamilies {
    static let families: [(head: String, members: [String])] = [
        ("SQL", ["PostgreSQL", "MySQL", "Microsoft SQL Server", "Oracle Database", "Amazon Aurora", "Amazon RDS"]),
        ("Key-value stores", ["Redis", "Memcached", "etcd", "DynamoDB"]),
        ("NoSQL", ["MongoDB", "Cassandra", "CouchDB", "Redis", "DynamoDB", "Elasticsearch"]),
        ("Time-series databases", ["InfluxDB", "Graphite", "Prometheus", "OpenTSDB"]),
        ("Configuration management", ["Puppet", "Chef", "Ansible", "SaltStack"]),
        ("Reverse proxies", ["Nginx", "OpenResty", "Varnish", "Squid", "HAProxy", "Apache HTTP Server"]),
        ("Load balancing", ["HAProxy", "Nginx", "OpenResty"]),
        ("Caching", ["Varnish", "Squid", "Memcached", "Redis", "CDN"]),
        ("CDN", ["Caching", "Amazon CloudFront", "Varnish"]),
        ("Message queues", ["Kafka", "RabbitMQ", "NSQ", "Amazon SQS", "Celery"]),
        ("Monitoring", ["Grafana", "Prometheus", "InfluxDB", "Graphite", "Telegraf", "StatsD", "collectd", "Nagios",
                        "Amazon CloudWatch"]),
        ("CI/CD", ["Jenkins", "GitHub Actions", "CircleCI", "Travis CI", "GitLab CI", "Bamboo", "AWS CodeBuild",
                   "Bitbucket Pipelines"]),
        ("Linux", ["Ubuntu", "Debian", "CentOS", "RHEL"]),
        ("Distributed systems", ["Kafka", "Cassandra", "Microservices", "CDN"]),
        ("Release engineering", ["CI/CD", "Jenkins", "GitHub Actions", "CircleCI", "Travis CI", "GitLab CI", "Bamboo",
                                 "AWS CodeBuild", "Bitbucket Pipelines"]),
        ("AWS", ["Amazon EC2", "Amazon S3", "Amazon RDS", "Amazon SQS", "Amazon EKS", "Amazon VPC", "AWS Lambda",
                 "AWS IAM", "Amazon CloudFront", "Amazon CloudWatch", "Amazon Aurora", "AWS CodeBuild", "DynamoDB"]),
        ("Version control", ["Git", "Subversion", "Mercurial"]),
    ]

    /// Skill → the heads of its families.
    static let headsOf: [String: Set<String>] = {
        var map: [String: Set<String>] = [:]
        for (head, members) in families {
            for m in members { map[m, default: []].insert(head) }
        }
        return map
    }()

    /// Families whose members do one job and stand in for one another (one SQL database for another);
    /// in the others ("Distributed systems", "AWS") a member only meets the head.
    static let interchangeable: Set<String> = [
        "SQL", "Key-value stores", "NoSQL", "Time-series databases", "Configuration management", "Reverse proxies",
        "Load balancing", "Caching", "Message queues", "Monitoring", "CI/CD", "Release engineering", "Linux",
    ]

    /// Skill → the other members of its families (siblings), and the heads.
    static let relatives: [String: Set<String>] = {
        var map: [String: Set<String>] = [:]
        for (head, members) in families where interchangeable.contains(head) {
            for m in members {
                for other in members where other != m { map[m, default: []].insert(other) }
                map[head, default: []].insert(m)
            }
        }
        return map
    }()

    /// How well `evidence` (a skill the CV names) meets `wanted` (a skill the ad names): 1 for the same skill
    /// or a member of the wanted family (PostgreSQL for "SQL"), `related` for a sibling (InfluxDB for Graphite)
    /// or the family's head, 0 otherwise.
    static func credit(evidence: String, wanted: String, related: Double = 0.5) -> Double {
        if evidence == wanted { return 1 }
        if headsOf[evidence]?.contains(wanted) == true { return 1 }
        if relatives[wanted]?.contains(evidence) == true || headsOf[wanted]?.contains(evidence) == true {
            return related
        }
        return 0
    }

    /// Wanted skill → every skill that earns credit against it, with the credit (the skill itself at 1),
    /// precomputed so that matching looks up postings instead of comparing skill pairs.
    static let creditsTo: [String: [(evidence: String, credit: Double)]] = {
        var names: Set<String> = []
        for (head, members) in families { names.insert(head); names.formUnion(members) }
        var membersOf: [String: Set<String>] = [:]
        for (head, members) in families { membersOf[head, default: []].formUnion(members) }
        var map: [String: [(evidence: String, credit: Double)]] = [:]
        for wanted in names {
            var candidates: Set<String> = [wanted]
            candidates.formUnion(membersOf[wanted] ?? [])
            candidates.formUnion(relatives[wanted] ?? [])
            candidates.formUnion(headsOf[wanted] ?? [])
            map[wanted] = candidates.sorted().compactMap { e in
                let c = credit(evidence: e, wanted: wanted, related: 0.5)
                return c > 0 ? (e, c) : nil
            }
        }
        return map
    }()

    /// The skills meeting `wanted`, with their credit, `related` standing for the credit of a relative.
    static func evidence(for wanted: String, related: Double) -> [(evidence: String, credit: Double)] {
        guard let list = creditsTo[wanted] else { return [(wanted, 1)] }
        return list.map { ($0.evidence, $0.credit >= 1 ? 1 : related) }
    }
}
