/// Canonical names for skills, with the aliases people write (`Postgres` → `PostgreSQL`,
/// `k8s` → `Kubernetes`, `golang` → `Go`, `Apache Kafka` → `Kafka`).
/// Used by every parser (skills get a canonical name), the differ (a respelling is a rename, not
/// remove + add), validation (`skill-unlisted`, spelling) and tailoring (the CV meets the job ad).
public enum SkillLexicon {
    /// Canonical name → aliases (lowercase). The canonical name is also matched, case-insensitively.
    static let entries: [(String, [String])] = [
        ("PostgreSQL", ["postgres", "postgresql", "psql", "pgsql", "postgre"]),
        ("Kubernetes", ["k8s", "kube"]),
        ("Go", ["golang", "go lang"]),
        ("Kafka", ["apache kafka"]),
        ("JavaScript", ["js", "javascript", "ecmascript", "es6", "java script"]),
        ("TypeScript", ["ts", "typescript"]),
        ("Node.js", ["node", "nodejs", "node js", "node.js"]),
        ("React", ["react.js", "reactjs", "react js"]),
        ("Vue", ["vue.js", "vuejs"]),
        ("Angular", ["angularjs", "angular.js"]),
        ("NestJS", ["nestjs", "nest.js"]),
        ("Express", ["express.js", "expressjs"]),
        ("C#", ["c sharp", "csharp"]),
        ("C++", ["cpp", "c plus plus"]),
        ("Objective-C", ["objective c", "objc", "obj-c"]),
        (".NET", ["dotnet", "microsoft .net", ".net framework"]),
        (".NET Core", ["dotnet core", "asp.net core"]),
        ("Python", ["python3", "python 3", "py"]),
        ("Ruby on Rails", ["rails", "ror", "ruby on rails"]),
        ("AWS", ["amazon web services", "aws"]),
        ("GCP", ["google cloud", "google cloud platform"]),
        ("Azure", ["microsoft azure"]),
        ("Microsoft SQL Server", ["ms sql server", "mssql", "sql server", "ms sql"]),
        ("MySQL", ["mysql"]),
        ("MongoDB", ["mongo", "mongodb"]),
        ("Redis", ["redis"]),
        ("Elasticsearch", ["elastic search", "elasticsearch", "elk"]),
        ("Docker", ["docker"]),
        ("Terraform", ["terraform"]),
        ("Ansible", ["ansible"]),
        ("Git", ["git"]),
        ("Subversion", ["svn", "subversion"]),
        ("Mercurial", ["hg", "mercurial"]),
        ("Linux", ["gnu/linux", "linux"]),
        ("Shell scripting", ["shell", "bash", "shell scripting", "bash shell scripting", "sh"]),
        ("CI/CD", ["ci/cd", "ci cd", "continuous integration", "continuous deployment", "continuous delivery"]),
        ("Lua", ["lua", "luajit"]),
        ("Nginx", ["nginx", "engine x"]),
        ("OpenResty", ["openresty"]),
        ("HAProxy", ["haproxy"]),
        ("Varnish", ["varnish"]),
        ("InfluxDB", ["influx", "influxdb"]),
        ("Grafana", ["grafana"]),
        ("Prometheus", ["prometheus"]),
        ("Jenkins", ["jenkins"]),
        ("GitHub Actions", ["github actions"]),
        ("REST", ["rest", "restful", "rest api", "rest apis", "api rest"]),
        ("GraphQL", ["graphql"]),
        ("gRPC", ["grpc"]),
        ("DynamoDB", ["dynamo", "dynamodb"]),
        ("SQL", ["sql"]),
        ("HTML", ["html", "html5"]),
        ("CSS", ["css", "css3"]),
        ("Sass", ["sass", "scss"]),
        ("Java", ["java"]),
        ("Kotlin", ["kotlin"]),
        ("Swift", ["swift"]),
        ("Rust", ["rust", "rustlang"]),
        ("PHP", ["php"]),
        ("Perl", ["perl"]),
        ("Ruby", ["ruby"]),
        ("Scala", ["scala"]),
        ("R", ["r"]),
        ("C", ["c", "ansi c"]),
        ("BGP", ["bgp", "border gateway protocol"]),
        ("TCP/IP", ["tcp/ip", "tcp"]),
        ("TLS", ["tls", "ssl", "ssl/tls"]),
        ("HTTP", ["http", "http/1.1", "http 1.1", "http/2"]),
        ("Machine learning", ["ml", "machine learning"]),
        ("OpenStack", ["openstack"]),
        ("VMware", ["vmware"]),
        ("Puppet", ["puppet"]),
        ("SaltStack", ["salt", "salt stack", "saltstack"]),
        ("Cassandra", ["cassandra", "apache cassandra"]),
        ("Spark", ["apache spark", "spark"]),
        ("Hadoop", ["apache hadoop", "hadoop"]),
        ("Airflow", ["apache airflow", "airflow"]),
        ("Tableau", ["tableau"]),
        ("Snowflake", ["snowflake"]),
        ("pandas", ["pandas"]),
        ("A/B testing", ["a/b testing", "ab testing", "split testing", "multivariate testing"]),
        ("Next.js", ["nextjs", "next.js", "next js"]),
        ("Tailwind CSS", ["tailwindcss", "tailwind", "tailwind css"]),
        ("RabbitMQ", ["rabbitmq", "rabbit mq"]),
        ("Memcached", ["memcache", "memcached"]),
        ("Helm", ["helm", "helm charts"]),
        ("Jest", ["jest", "jestjs"]),
        ("Cypress", ["cypress", "cypress.io"]),
        ("Playwright", ["playwright"]),
        ("Storybook", ["storybook"]),
        ("Pulumi", ["pulumi"]),
        ("GitHub", ["github"]),
        ("GitLab CI", ["gitlab ci", "gitlab-ci", "gitlab ci/cd"]),
        ("CircleCI", ["circle ci", "circleci"]),
        ("Travis CI", ["travis", "travis ci", "travis-ci"]),
        ("Bitbucket Pipelines", ["bitbucket pipelines"]),
        ("Amazon EC2", ["ec2", "aws ec2", "amazon ec2"]),
        ("Amazon S3", ["s3", "aws s3", "amazon s3"]),
        ("Amazon RDS", ["rds", "aws rds", "amazon rds"]),
        ("Amazon SQS", ["sqs", "aws sqs", "amazon sqs"]),
        ("Amazon EKS", ["eks", "aws eks", "amazon eks"]),
        ("Amazon VPC", ["vpc", "aws vpc", "amazon vpc"]),
        ("AWS Lambda", ["aws lambda", "lambda"]),
        ("AWS IAM", ["iam", "aws iam"]),
        ("Amazon CloudFront", ["cloudfront", "aws cloudfront", "amazon cloudfront"]),
        ("Amazon CloudWatch", ["cloudwatch", "aws cloudwatch", "amazon cloudwatch"]),
        ("Amazon API Gateway", ["api gateway", "aws api gateway", "amazon api gateway"]),
        ("Amazon EventBridge", ["eventbridge", "aws eventbridge", "amazon eventbridge"]),
        ("AWS WAF", ["waf", "aws waf"]),
        ("Microservices", ["microservices", "micro-services", "microservice architecture"]),
        ("Qt", ["qt"]),
        ("Android", ["android"]),
        ("iOS", ["ios"]),
        ("macOS", ["mac", "macos", "os x", "mac os x", "osx"]),
        ("MATLAB", ["matlab"]),
        // Infrastructure, operations and networking, as job ads name them (tailoring meets the CV with these).
        ("Chef", ["chef", "chef infra", "opscode chef"]),
        ("Consul", ["consul", "hashicorp consul"]),
        ("Nomad", ["nomad", "hashicorp nomad"]),
        ("Vault", ["hashicorp vault"]),
        ("DNS", ["dns", "domain name system"]),
        ("Graphite", ["graphite"]),
        ("Squid", ["squid", "squid proxy"]),
        ("OpenTSDB", ["opentsdb"]),
        ("Telegraf", ["telegraf"]),
        ("StatsD", ["statsd"]),
        ("collectd", ["collectd"]),
        ("Nagios", ["nagios"]),
        ("Apache HTTP Server", ["apache", "apache httpd", "httpd", "apache2", "apache http server"]),
        ("Solr", ["solr", "apache solr"]),
        ("Lucene", ["lucene", "apache lucene"]),
        ("Django", ["django"]),
        ("Flask", ["flask"]),
        ("Celery", ["celery"]),
        ("Podman", ["podman"]),
        ("Xen", ["xen"]),
        ("Ubuntu", ["ubuntu"]),
        ("Debian", ["debian"]),
        ("CentOS", ["centos"]),
        ("RHEL", ["red hat enterprise linux", "redhat", "red hat linux"]),
        ("Oracle Database", ["oracle", "oracle db", "oracle database"]),
        ("CouchDB", ["couchdb", "couch", "apache couchdb"]),
        ("Looker", ["looker"]),
        ("NSQ", ["nsq"]),
        ("NoSQL", ["nosql"]),
        ("etcd", ["etcd"]),
        ("Temporal", ["temporal.io"]),
        ("Amazon Aurora", ["aurora", "aws aurora", "amazon aurora"]),
        ("AWS CodeBuild", ["codebuild", "aws codebuild"]),
        ("Bamboo", ["bamboo", "atlassian bamboo"]),
        ("SMTP", ["smtp", "esmtp"]),
        ("SNMP", ["snmp", "snmpv3"]),
        ("MPLS", ["mpls", "multi-protocol label switching"]),
        ("IPv6", ["ipv6"]),
        ("Key-value stores", ["key/value stores", "key/value store", "key-value stores", "key-value store",
                              "key-value", "key/value", "key value stores", "key-value databases"]),
        ("Time-series databases", ["time series databases", "time series database", "time-series database", "tsdb"]),
        ("Configuration management", ["configuration management", "config management",
                                      "configuration management systems"]),
        ("Load balancing", ["load balancing", "load balancer", "load balancers", "load-balancing"]),
        ("Reverse proxies", ["reverse proxy", "reverse proxies", "reverse-proxy"]),
        ("Caching", ["cache", "caching", "caches", "cache tiering", "caching layer"]),
        ("CDN", ["cdn", "cdns", "content delivery network", "content delivery networks", "edge network", "edge networks",
                 "edge platform"]),
        ("Message queues", ["message queue", "message queues", "message queueing", "message broker",
                            "message brokers", "queueing systems"]),
        ("Distributed systems", ["distributed systems", "distributed system", "distributed software systems"]),
        ("Open source", ["open source", "opensource", "open-source", "open source software"]),
        ("Release engineering", ["release engineering", "rapid release engineering", "continuous release"]),
        ("Causal inference", ["causal inference"]),
    ]

    static let byAlias: [String: String] = {
        var map: [String: String] = [:]
        for (canonical, aliases) in entries {
            map[key(canonical)] = canonical
            for a in aliases { map[key(a)] = canonical }
        }
        return map
    }()

    /// Lowercase, whitespace collapsed.
    static func key(_ s: some StringProtocol) -> String {
        ScalarWhitespace.collapse(s).lowercased()
    }

    /// The canonical name of a skill, or nil when the lexicon does not know it.
    public static func canonical(_ name: some StringProtocol) -> String? {
        byAlias[key(name)]
    }

    /// The canonical name, or the name as written (trimmed) when unknown.
    public static func canonicalOrSelf(_ name: some StringProtocol) -> String {
        canonical(name) ?? ScalarWhitespace.collapse(name)
    }

    /// Spoken (human) languages, lowercase: `Languages: Spanish: Native, English: Basic` is not a tech skill.
    static let spokenLanguages: Set<String> = [
        "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "russian", "chinese", "mandarin",
        "cantonese", "japanese", "korean", "arabic", "hindi", "urdu", "bengali", "punjabi", "turkish", "polish",
        "ukrainian", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "hebrew", "persian", "farsi",
        "swedish", "norwegian", "danish", "finnish", "icelandic", "estonian", "latvian", "lithuanian", "serbian",
        "croatian", "bosnian", "slovenian", "albanian", "catalan", "basque", "galician", "irish", "welsh",
        "vietnamese", "thai", "indonesian", "malay", "tagalog", "filipino", "swahili", "afrikaans", "tamil",
        "telugu", "marathi", "gujarati", "kannada", "malayalam", "nepali", "sinhala", "amharic", "yoruba",
        "esperanto", "latin",
    ]

    /// Proficiency words for spoken languages (and CEFR levels).
    static let fluencyWords: Set<String> = [
        "native", "fluent", "bilingual", "mother tongue", "conversational", "basic", "intermediate", "advanced",
        "elementary", "proficient", "professional working proficiency", "limited working proficiency",
        "full professional proficiency", "native speaker", "a1", "a2", "b1", "b2", "c1", "c2",
    ]

    /// Whether a list reads as spoken languages (`Spanish: Native, English: Basic`, `English (C1), German`):
    /// most of its items name a spoken language. Programming languages (`Python, Go`) do not.
    public static func looksLikeSpokenLanguages(_ text: some StringProtocol) -> Bool {
        let items = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "|" || $0 == "\n" })
        var spoken = 0
        var total = 0
        for item in items {
            let words = item.lowercased().split(whereSeparator: { !$0.isLetter })
            guard let first = words.first else { continue }
            total += 1
            if spokenLanguages.contains(String(first)) { spoken += 1 }
        }
        return total > 0 && spoken * 2 > total
    }

    /// Every canonical name the lexicon knows.
    public static var knownNames: [String] { entries.map(\.0) }
}
