/// Competencies that job ads name in words and CVs show in other words: "highly-available sites" is shown by
/// "failover" or "redundant", "24/7 operations" by "incident" or "on call". Each word of a concept adds, beside
/// its own stem, the concept's token (`~name`), so a requirement and a CV line that share a concept share a
/// term. Words are matched after Snowball stemming, like every other term; only words that mostly carry the
/// concept are listed (not "load", which is also a load balancer's).
enum ConceptLexicon {
    static let concepts: [(name: String, words: [String])] = [
        // Systems that stay up.
        ("availability", ["available", "availability", "redundancy", "redundant", "failover", "resilient", "resilience", "uptime", "reliability", "reliable", "reliably", "outage", "disaster", "robust", "robustness", "stability", "stable", "fault-tolerant"]),
        // Much traffic, data or growth.
        ("scale", ["scale", "scalable", "scalability", "scaling", "volume", "volumes", "throughput", "billions",
                   "billion", "millions", "million", "trillion", "trillions", "traffic", "peaks", "spikes", "massive",
                   "huge", "concurrent", "concurrency", "growth", "growing", "sharding"]),
        ("performance", ["performance", "latency", "tuning", "tuned", "optimise", "optimize", "optimised",
                         "optimized", "optimisation", "optimization", "optimising", "optimizing", "profiling",
                         "speed", "bottleneck", "bottlenecks", "efficient", "efficiency", "faster", "throughput"]),
        // Running production: incidents, on-call, escalations.
        ("operations", ["incident", "incidents", "outages", "pager", "oncall", "on-call", "escalation",
                        "escalations", "postmortem", "postmortems", "24x7", "24-7", "operational", "operations", "operator", "operators",
                        "live", "rota", "out-of-hours", "on-calls",
                        // Site reliability engineering is the running of production as a craft.
                        "sre", "sres", "site-reliability"]),
        ("troubleshooting", ["troubleshoot", "troubleshooting", "debug", "debugging", "debugged", "diagnose",
                             "diagnosing", "diagnosed", "investigate", "investigated", "investigating", "triage",
                             "triaging", "crashes", "bugs", "fixed", "fixing", "resolved", "resolving", "trace",
                             // Tracking a fault down, not a tracking system or a track record.
                             "tracked-down", "tracking-down", "track-down"]),
        // Developing people: mentoring, leading, hiring, teaching.
        ("leadership", ["mentor", "mentoring", "mentored", "coaching", "coached", "leadership", "led", "lead",
                        "leading", "leader", "manager", "managed", "supervise", "supervised", "hire", "hiring",
                        "interviewing", "interviews", "train", "trained", "training", "teach", "teaching", "taught",
                        "onboarding", "sponsor", "guide", "guidance", "line-manager", "line-management", "coordinator",
                        "coordinated", "coordinating",
                        // A project manager leads a project's work (the compound: "manage" alone is generic;
                        // "project management software" names tools).
                        "project-manager", "project-managers", "programme-manager",
                        "program-manager"] + trainedOthers),
        // Developing people: helping others grow, shown by mentoring, coaching and teaching them (`examples`); leading a
        // team or hiring for it does not show it.
        ("mentoring", ["developing-people", "develop-people", "people-development"]),
        // Work under rules set from outside: regulators, laws and the standards they enforce.
        ("regulation", ["regulated", "regulatory", "regulation", "regulations", "regulator", "regulators", "compliance",
                        "compliant", "legislation", "statutory", "gdpr", "hipaa", "pci-dss", "sox", "fedramp"]),
        ("security", ["security", "secure", "securing", "vulnerability", "vulnerabilities", "hardening", "penetration", "threat", "threats", "exploit", "exploits", "audit", "audits", "compliance", "risk", "risks", "privacy", "cryptography"]),
        ("testing", ["test", "tests", "testing", "tested", "tdd", "qa", "quality", "unittest"]),
        // Shipping: CI/CD, automation, provisioning, configuration management.
        ("delivery", ["deployment", "deployments", "deploy", "deployed", "deploying", "pipeline", "pipelines",
                      "release", "releases", "automation", "automate", "automated", "automating",
                      "provisioning", "provision", "provisioned", "ci", "cd", "devops", "templates",
                      // Not "continuous" alone: Snowball stems it as "continue" and "continued".
                      "continuous-integration", "continuous-delivery", "continuous-deployment"]),
        // Infrastructure written as code: a practice of its own, shown by the tools that do it (`skillConcepts`). Its
        // words are read whole (`wholeCompounds`): the code of "infrastructure as code" is no programming.
        ("infracode", ["infrastructure-as-code", "iac", "configuration-as-code", "gitops"]),
        ("distributed", ["distributed", "cluster", "clusters", "clustered", "clustering", "consensus", "replication", "sharding", "sharded", "partitioning", "queueing", "queues", "queue", "microservices", "multi-region"]),
        ("monitoring", ["monitoring", "monitor", "monitors", "logging", "logs", "alerting", "alerts", "metrics",
                        "observability", "telemetry", "dashboards", "dashboard", "tracing", "graphing"]),
        ("networking", ["networking", "network", "networks", "routing", "router", "internetworking", "protocol", "protocols", "internet"]),
        // Machines and the rooms they stand in.
        ("datacenter", ["datacenter", "datacentre", "datacenters", "hardware", "servers", "physical", "bare-metal", "storage"]),
        ("coding", ["scripting", "scripts", "script", "coding", "programming", "code", "programmer",
                    "wrote", "implemented", "language", "languages"]),
        ("databases", ["database", "databases", "sql", "db", "schema", "queries", "query", "olap", "datastore"]),
        // Keeping code's history: version control, shown by the tools that do it (`skillConcepts`).
        ("versioncontrol", ["version-control", "versioning", "source-control", "revision-control"]),
        // Virtual machines, containers, cloud.
        ("virtualisation", ["virtualization", "virtualisation", "virtualised", "virtualized", "virtual", "vm",
                            "vms", "hypervisor"]),
        ("containers", ["container", "containers", "containerized", "containerised", "orchestration"]),
        ("cloud", ["cloud", "instances", "serverless"]),
        ("frontend", ["frontend", "front-end", "ui", "ux", "user-facing", "accessibility", "accessible", "browser",
                      "website", "css", "interface", "interfaces", "interactive", "usability",
                      // Building for the web: a web developer or designer makes the pages a browser shows.
                      "web-developer", "web-developers", "web-development", "web-design", "web-designer",
                      "web-designers", "web-page", "web-pages", "web-frontend", "web-ui", "user-interface",
                      "user-interfaces"]),
        // Both sides of a web application: a full-stack engineer builds and runs whole web applications.
        ("fullstack", ["full-stack", "fullstack", "web-application", "web-applications", "web-app", "web-apps"]),
        ("apis", ["api", "apis", "endpoints", "endpoint"]),
        ("systems", ["administration", "sysadmin", "administrator", "os", "operating-system", "operating-systems",
                     "daemon", "daemons"]),
        ("architecture", ["architecture", "architectural", "architect", "architected", "design", "designed",
                          "designing", "specs", "specification", "specifications", "trade-offs", "tradeoffs"]),
        // Written and spoken: docs, blog posts, talks.
        ("communication", ["communicate", "communication", "communicating", "communicator", "documentation", "documented", "document", "docs", "blog", "blogs", "talks", "talk",
                           "presented", "presentation", "presentations", "speaker", "conference", "verbal",
                           "explain", "english", "outreach"]),
        ("collaboration", ["collaborate", "collaboration", "collaborating", "collaborative", "cross-functional",
                           "together", "community", "communities",
                           "relationship", "connections", "cross-team",
                           "contributor", "contributors", "contributed", "contribute", "contributing", "contributions",
                           "colleagues", "closely", "partners", "relationships", "team-player", "teamwork",
                           // Work with or for the teams beside one's own.
                           "other-teams", "other-team", "another-team", "multiple-teams", "across-teams",
                           "different-teams"]),
        // Written for others to read: documentation, blog posts, articles, write-ups, guides. ("written" asks for it
        // in an ad, `askedWords`: in a CV it is said of code as often.)
        ("writing", ["documentation", "documented", "documenting", "document", "docs", "blog", "blogs", "blogged",
                     "blogging", "article", "articles", "write-up", "write-ups", "writeup", "writeups", "wiki", "wikis",
                     "tutorial", "tutorials", "technical-writing", "readme", "newsletter", "newsletters"]),
        // Spoken to others: talks, presentations, lectures, workshops, teaching.
        ("speaking", ["verbal", "spoken", "oral", "speaker", "speaking", "spoke", "talks", "presented", "presenting",
                      "presentation", "presentations", "lecture", "lectures", "lectured", "lecturing", "workshop",
                      "workshops", "slides", "slidedecks", "meetup", "meetups", "webinar", "webinars", "podcast",
                      "podcasts", "public-speaking"]),
        // Taking things on: founded, led, introduced, started.
        ("ownership", ["ownership", "owned", "self-driven", "initiative", "initiated", "founded", "introduced",
                       "started", "autonomy", "autonomous", "autonomously", "independently", "drove", "proactive",
                       "pro-active", "self-sufficiency", "self-sufficient", "responsible", "responsibility",
                       "sole", "own", "self-starter", "self-starting", "self-motivated", "self-directed",
                       "self-sufficient", "single-handedly"]),
        // Working away from an office: a CV says so where it names remote work or working from home.
        // A team that collaborates online works remotely.
        ("remote", ["remote", "remotely", "home-based", "telecommute", "telecommuting", "distributed-team",
                    "collaboration-online", "collaborate-online", "collaborating-online"]),
        // Trying things and measuring them: experiments, A/B tests, proofs of concept, prototypes.
        ("experimentation", ["experiment", "experiments", "experimenting", "experimentation", "multivariate",
                             "proof-of-concept", "poc", "prototype", "prototypes", "prototyped", "prototyping"]),
        // Shipping in small steps: iterations, increments, agile ways of working.
        ("iteration", ["iterate", "iterating", "iteration", "iterations", "iterative", "iteratively", "incremental",
                       "incrementally", "agile", "kanban", "scrum", "mvp", "cycle", "cycles"]),
        // Software others extend: plugins, extensions, add-ons.
        // Bindings let another language call a library: a language's extension modules.
        ("extensibility", ["plugin", "plugins", "extension", "extensions", "extensible", "extensibility", "add-on",
                           "add-ons", "addon", "addons", "bindings", "binding", "ffi", "module", "modules"]),
        // The web as a platform: sites and services reached over HTTP, the servers, proxies and CDNs that serve them.
        // "Web" alone ("web applications", "the web's architecture") names the platform, not the client side.
        ("web", ["web", "website", "websites", "web-site", "web-sites", "web-server", "web-servers",
                 "webserver", "webservers", "web-services", "web-service", "http", "https", "cdn", "cdns",
                 "web-scale", "web-architecture"]),
        // Issues a CV tells of ("performance issues", "digging into issues") are problems met.
        ("problems", ["problem", "problems", "solving", "solve", "solved", "solver", "creative", "creativity",
                      "resourceful", "curious", "curiosity", "ideas", "inventive", "issue", "issues"]),
        ("strategy", ["strategy", "strategic", "planning", "roadmap", "roadmaps", "prioritise", "prioritize",
                      "prioritization", "prioritisation", "priorities", "goals", "vision", "long-term", "big-picture"]),
        // ("direction" is not among its words: Snowball stems it as "direct", "directs" and "directly".)
        ("customers", ["customer", "customers", "client", "clients", "stakeholder", "stakeholders", "users",
                       "user", "isps", "partners", "support"]),
        ("procurement", ["procurement", "contracts", "contract", "vendor", "vendors", "supplier", "suppliers",
                         "purchasing", "tender", "tenders", "sourcing", "buy", "buying"]),
        // Tracking is what a product measures of its users ("click tracking", "tracking what users do").
        ("data", ["analytics", "statistics", "statistical", "retention", "conversion", "modelling",
                  "modeling", "forecasting", "tracking"]),
    ]

    /// Named things that show a competency in a CV ("BGP" shows networking, "PKI" security) but, asked for by
    /// an ad, ask for themselves: a CV line about networking does not show BGP.
    static let examples: [String: [String]] = [
        // A firewall is a network's gate as much as its guard: firewall work shows both, an ad asking for firewalls
        // asks for them.
        "infracode": ["cloudformation"],
        "networking": ["dns", "tcp", "udp", "ip", "bgp", "packet", "packets", "vpn", "http", "smtp", "peering", "routers",
                       "switches", "firewall", "firewalls"],
        "security": ["pki", "tls", "ssl", "certificates", "firewall", "firewalls", "encryption", "encrypted", "authentication"],
        "datacenter": ["san", "pdus", "ups", "rack", "racks"],
        "distributed": ["cdn", "caching", "cache", "messaging", "pub-sub", "pubsub"],
        "apis": ["rest", "graphql", "rpc", "sdk", "sdks"],
        // The servers and proxies the web runs on; an ad asking for one asks for it.
        "web": ["nginx", "apache", "haproxy", "varnish", "openresty", "squid", "reverse-proxy", "proxies"],
        "systems": ["linux", "unix", "kernel", "posix", "syscalls"],
        "availability": ["ha", "retrying"],
        // Open-source work is public collaboration; an ad asking for open source asks for it.
        "collaboration": ["open-source", "opensource"],
        // Teaching and presenting to others is spoken communication shown; an ad asking for mentoring asks for it.
        // A full-stack developer builds the front end too.
        "frontend": ["full-stack"],
        "communication": ["mentoring", "mentored", "mentor", "teaching", "taught", "presented", "presenting",
                          "advising"] + trainedOthers,
        "mentoring": ["mentor", "mentors", "mentoring", "mentored", "coach", "coaching", "coached", "teach", "teaching",
                      "taught"] + trainedOthers,
        // Teaching a class or one's colleagues is speaking to them; an ad asking for teaching asks for it.
        "speaking": ["teaching", "taught", "trained-staff"] + trainedOthers,
        // Troubleshooting is problem solving at work; an ad asking for troubleshooting asks for it.
        "problems": ["troubleshoot", "troubleshooting", "debugging", "debugged", "diagnose", "diagnosed",
                     "diagnosing", "resolve", "resolved", "resolving", "digging-into", "dig-into", "dug-into"],
    ]

    /// Words that ask for a competency in an ad but do not show it in a CV: "written communication" asks for
    /// writing, where a CV's "written in C" says what code was written in.
    static let askedWords: [String: [String]] = [
        "writing": ["written"],
    ]

    /// Training one's colleagues is teaching them (not a course taken): it shows leadership and, on a CV's side,
    /// spoken communication ("trained my colleagues", "trained the team").
    static let trainedOthers: [String] = ["colleagues", "team", "staff", "others", "engineers", "developers", "users"]
        .flatMap { ["trained-\($0)", "trained-my-\($0)", "trained-the-\($0)", "trained-our-\($0)"] }

    /// Words that carry a concept only in some contexts: "design" is a UI's as often as an architecture's,
    /// "users" a product's as often as customers served, "contracted" a job's terms as often as procurement,
    /// "trained" a course taken as often as people taught. A CV line that shows a concept by such words alone
    /// shows it weakly (half): the concept's other words, and the named things of `examples`, show it fully.
    static let weakWords: [String: [String]] = [
        "scale": ["growth", "growing", "huge", "massive"],
        "leadership": ["manager", "managed", "train", "trained", "training", "guide", "guidance", "sponsor",
                       "coordinated", "coordinating"],
        "security": ["risk", "risks", "compliance"],
        "delivery": ["release", "releases", "templates"],
        "architecture": ["design", "designed", "designing", "specs"],
        "customers": ["user", "users", "support", "partners"],
        "procurement": ["contract", "contracts", "buy", "buying", "vendor", "vendors"],
        "datacenter": ["physical", "storage"],
        // An interface is a program's as often as a screen's. A website or a UI is a product's: naming it does not
        // show building its client side (its pages, scripts, styles, components).
        "frontend": ["interface", "interfaces", "website", "ui", "ux"],
        // A virtual private network, a virtual team or event are not virtual machines.
        "virtualisation": ["virtual"],
        // A switch is a network's as often as a change of course ("switching origins", "switched to Go").
        "networking": ["switches"],
        // A daemon is a program that runs in the background, whatever it does.
        "systems": ["daemon", "daemons"],
        // "Live" is where one lives as often as a live service.
        // An operator is a telephone network's or a machine's as often as a service's; operations are a program's
        // ("complex operations on sharded clusters", CRUD operations) as often as a service's running, and all of
        // them share one stem with "operating" (an operating system).
        "operations": ["live", "operator", "operators", "operations", "operational"],
        // ("paging" is not among its words: its stem is a man page's.)
        "experimentation": ["prototype", "prototypes", "prototyped", "prototyping"],
        // A cycle is a release's or a sprint's as often as a processor's.
        "iteration": ["cycle", "cycles"],
        // Documentation is written communication, but "Rust Documentation" names a project as often.
        "communication": ["document", "documented", "documentation", "docs"],
        // A community is a product's audience ("an online community of artists") as often as people one works with.
        "collaboration": ["community", "communities"],
        // A blog is a platform one builds or runs as often as posts one writes.
        "writing": ["blog", "blogs", "blogging", "wiki", "wikis"],
        // A module is a program's part as often as a language's extension.
        "extensibility": ["module", "modules"],
        // Compliance is a security team's word as often as a regulator's.
        "regulation": ["compliance", "compliant"],
        // A model is a statistician's as often as a mental model, a data model or a threat model; tracking is a
        // product's measuring of its users as often as a parcel's or a bug's.
        "data": ["modelling", "modeling", "tracking"],
    ]

    /// Words that carry a concept in an ad only in some contexts: an ad's "support" is of applications, systems or
    /// rotas as often as of customers. (An ad's users are its product's: caring about them is caring for customers.)
    /// A requirement naming the concept only by these asks for it as a word, not as a competency
    /// (`TailorMatcher.askedByWeakWords`).
    static let adWeakWords: [String: [String]] = [
        "customers": ["support", "supported", "supporting"],
    ]

    /// Concept token → the stems of its `adWeakWords`.
    static let adWeakStemsOf: [String: Set<String>] = {
        let scanner = TermScanner()
        var table: [String: Set<String>] = [:]
        for (name, words) in adWeakWords { table[prefix + name] = Set(words.map { scanner.stem($0) }) }
        return table
    }()

    /// Weak words that name making a thing or a kind of thing ("design", "prototype", "UI"): said of other things in
    /// an ad ("design wireframes", "UI design"), they ask for those things; the competency they carry is not asked
    /// by itself.
    static let objectWords: [String] = ["design", "designed", "designing", "designs", "specs", "prototype", "prototypes",
                                        "prototyped", "prototyping", "ui", "ux", "interface", "interfaces"]

    /// The stems of `objectWords`.
    static let objectStems: Set<String> = {
        let scanner = TermScanner()
        return Set(objectWords.map(scanner.stem))
    }()

    /// Concept token → the stems that show it fully (its words but the weak ones, and its named things).
    static let strongStems: [String: [String]] = {
        let scanner = TermScanner()
        var strong: [String: [String]] = [:]
        for concept in concepts {
            let weak = Set(weakWords[concept.name] ?? [])
            var stems: Set<String> = []
            for word in concept.words where !weak.contains(word) { stems.insert(scanner.stem(word)) }
            for word in examples[concept.name] ?? [] where !weak.contains(word) { stems.insert(scanner.stem(word)) }
            strong[prefix + concept.name] = stems.sorted()
        }
        return strong
    }()

    /// Whether a piece of text (its bag) shows a concept by more than its weak words (by a strong word, a named
    /// thing or a skill): 1 if so, ½ if only by them, 0 if not at all. A weak word the requirement itself uses ("remote" asked, "remote" shown) is the
    /// thing asked, not a weak link to it.
    static func strength(_ token: String, in bag: TermBag, asked: [String]) -> Double {
        guard bag.stems[token] != nil else { return 0 }
        guard let stems = strongStems[token] else { return 1 }
        if stems.contains(where: { bag.stems[$0] != nil }) { return 1 }
        if bag.skills.keys.contains(where: { skillConcepts[$0]?.contains(token) == true }) { return 1 }
        let same = asked.contains { bag.stems[$0] != nil && conceptsOfStem[$0]?.contains(token) == true }
        return same ? 1 : 0.5
    }

    /// The same for an item of the index, whose weakly shown concepts were found once (`shownWeakly`).
    static func strength(_ token: String, in bag: TermBag, weakOnly: Set<String>, asked: [String]) -> Double {
        guard bag.stems[token] != nil else { return 0 }
        guard weakOnly.contains(token) else { return 1 }
        // A product's UI named is not its client side built, whatever word the ad uses (`productsOwn`).
        if productsOwn.contains(token) { return 0.5 }
        return asked.contains { bag.stems[$0] != nil && conceptsOfStem[$0]?.contains(token) == true } ? 1 : 0.5
    }

    /// The concept tokens a bag shows only by weak words.
    static func shownWeakly(in bag: TermBag) -> Set<String> {
        var weak: Set<String> = []
        for stem in bag.orderedStems where isConcept(stem) && weakTokens.contains(stem) {
            if strength(stem, in: bag, asked: []) < 1 { weak.insert(stem) }
        }
        return weak
    }

    /// Per word of a bag that carries competencies, the concept tokens it carries. A compound ("trained my
    /// colleagues") is one word with its own words that carry them ("trained"): counted through those.
    static func carriers(in bag: TermBag) -> [[String]] {
        var words: [(stem: String, concepts: [String])] = []
        for stem in bag.orderedStems where !isConcept(stem) {
            if let concepts = conceptsOfStem[stem] { words.append((stem, concepts)) }
        }
        return words.filter { w in
            guard w.stem.contains("-") else { return true }
            let parts = w.stem.split(separator: "-")
            return !words.contains { c in !c.stem.contains("-") && parts.contains { $0.hasPrefix(c.stem) } }
        }.map(\.concepts)
    }

    /// The stems of every weak word.
    static let weakStems: Set<String> = {
        let scanner = TermScanner()
        return Set(weakWords.values.joined().map { scanner.stem($0) })
    }()

    /// Concept token → the stems of its weak words.
    static let weakStemsOf: [String: Set<String>] = {
        let scanner = TermScanner()
        var table: [String: Set<String>] = [:]
        for (name, words) in weakWords { table[prefix + name] = Set(words.map { scanner.stem($0) }) }
        return table
    }()

    /// Competencies a product has rather than its makers: a sentence about the employer naming its product's UI or
    /// websites shows them only in part (`TailorMatcher.shownStrength`), and so does a line showing them by their weak
    /// words even where the ad uses the same word (an ad's "UI" work and a CV's "the admin UI" share a word, not the
    /// work).
    static let productsOwn: Set<String> = [prefix + "frontend"]

    /// The tokens of the concepts that have weak words.
    static let weakTokens: Set<String> = Set(weakWords.keys.map { prefix + $0 })

    /// Stem → the concept tokens it carries (both sides' words: named things and the words only ads ask by
    /// included).
    static let conceptsOfStem: [String: [String]] = {
        let scanner = TermScanner()
        return table(stem: scanner.stem, examples: true).merging(table(stem: scanner.stem, examples: false)) {
            cv, ad in cv + ad.filter { !cv.contains($0) }
        }
    }()

    /// Skills (canonical names) that show a competency in a CV, as `examples` do for words: a line naming
    /// Docker shows containers work, one naming Go coding. An ad naming the skill asks for the skill itself.
    static let skillConcepts: [String: [String]] = {
        let groups: [(String, [String])] = [
            ("coding", ["Go", "JavaScript", "TypeScript", "C#", "C++", "Objective-C", "Python", "Java", "Kotlin",
                        "Swift", "Rust", "PHP", "Perl", "Ruby", "Scala", "C", "Lua", "Shell scripting", "R"]),
            ("containers", ["Docker", "Kubernetes", "Podman", "Helm", "Amazon EKS", "Nomad"]),
            ("virtualisation", ["VMware", "Xen", "OpenStack"]),
            // A CDN is infrastructure run as a service at many sites: running one is cloud infrastructure work.
            ("cloud", ["AWS", "GCP", "Azure", "OpenStack", "Amazon EC2", "AWS Lambda", "CDN", "Amazon CloudFront"]),
            // A CDN exists to serve much traffic from many sites: running one shows scale.
            ("scale", ["CDN", "Amazon CloudFront"]),
            ("databases", ["PostgreSQL", "MySQL", "Microsoft SQL Server", "Oracle Database", "Amazon Aurora",
                           "Amazon RDS", "MongoDB", "Cassandra", "CouchDB", "DynamoDB", "SQL", "NoSQL", "Redis",
                           "Elasticsearch", "InfluxDB"]),
            ("monitoring", ["Grafana", "Prometheus", "InfluxDB", "Graphite", "Telegraf", "StatsD", "collectd",
                            "Nagios", "Amazon CloudWatch", "OpenTSDB"]),
            ("delivery", ["CI/CD", "Jenkins", "GitHub Actions", "CircleCI", "Travis CI", "GitLab CI", "Bamboo",
                          "AWS CodeBuild", "Bitbucket Pipelines", "Ansible", "Puppet", "Chef", "SaltStack",
                          "Terraform", "Pulumi", "Configuration management", "Release engineering"]),
            ("infracode", ["Terraform", "Pulumi", "Ansible", "Puppet", "Chef", "SaltStack", "Configuration management"]),
            ("frontend", ["JavaScript", "TypeScript", "React", "Vue", "Angular", "HTML", "CSS", "Sass", "Next.js",
                          "Tailwind CSS", "Storybook"]),
            ("distributed", ["Kafka", "RabbitMQ", "NSQ", "Cassandra", "Microservices", "Distributed systems",
                             "Message queues", "etcd", "Consul"]),
            ("networking", ["BGP", "TCP/IP", "DNS", "MPLS", "IPv6", "HTTP", "SMTP", "SNMP", "Load balancing"]),
            ("security", ["TLS", "Vault", "AWS IAM", "AWS WAF"]),
            ("web", ["HTTP", "CDN", "Nginx", "HAProxy", "Varnish", "OpenResty", "Squid", "Apache HTTP Server",
                     "Amazon CloudFront"]),
            ("systems", ["Linux", "Ubuntu", "Debian", "CentOS", "RHEL", "macOS"]),
            ("testing", ["Jest", "Cypress", "Playwright", "A/B testing"]),
            ("versioncontrol", ["Git", "Subversion", "Mercurial", "Version control", "GitHub", "GitLab", "Bitbucket"]),
        ]
        var table: [String: [String]] = [:]
        for (concept, skills) in groups {
            for skill in skills { table[skill, default: []].append(prefix + concept) }
        }
        return table
    }()

    static let prefix = "~"

    /// Work that shows skills it never names: a full-stack web developer writes the browser's side too, in
    /// HTML, CSS and JavaScript (a CV's side only, read by `TermScanner` where the compound stands next to
    /// "web": "full-stack web developer", "web full-stack engineer").
    static let impliedSkills: [String: (beside: String, skills: [String])] = [
        "full-stack": ("web", ["JavaScript", "HTML", "CSS"]),
    ]

    /// Stem → the concept tokens it carries, stemmed with `stem` (the scanner's stemmer).
    /// With `examples`, the named things add their concept too (a CV's side); without, only general words do
    /// (an ad's side).
    static func table(stem: (String) -> String, examples withExamples: Bool) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for concept in concepts {
            let token = prefix + concept.name
            let sideWords = withExamples ? examples[concept.name] ?? [] : askedWords[concept.name] ?? []
            for word in concept.words + sideWords {
                let s = stem(word)
                if table[s]?.contains(token) != true { table[s, default: []].append(token) }
            }
        }
        return table
    }

    static func isConcept(_ term: String) -> Bool { term.hasPrefix(prefix) }

    /// Words of several words ("on-call", "self-starter", "team player" written "team-player"), lowercased and
    /// joined by `-`: the scanner splits words at hyphens, so it finds these on runs of two or three words
    /// (`TermScanner.scan`), written with a hyphen or a space alike.
    static let compoundWords: Set<String> = {
        var words: Set<String> = []
        for concept in concepts { for w in concept.words where w.contains("-") { words.insert(w) } }
        for list in examples.values { for w in list where w.contains("-") { words.insert(w) } }
        return words
    }()

    /// Compounds naming a practice whose words mean something else apart ("infrastructure as code" is not coding):
    /// read as the compound only, on both sides.
    static let wholeCompounds: Set<String> = ["infrastructure-as-code", "configuration-as-code"]

    /// Compounds whose first word is not read on its own there: "operating system" (not operations), its
    /// compound (`compoundWords`) standing for it. First word → the second words that make such a compound.
    /// Collaborating online is how a remote team works, not the collaboration asked for.
    static let maskingCompounds: [String: Set<String>] = [
        "operating": ["system", "systems"], "collaboration": ["online"], "collaborate": ["online"],
        "collaborating": ["online"],
        // Code versioning is version control, not coding.
        "code": ["versioning"],
        // A fault tracked down is troubleshooting, not the tracking a product does of its users.
        "tracked": ["down"], "tracking": ["down"], "track": ["down"],
        // A blogging platform or engine is software one builds, not posts one writes.
        "blog": blogSoftware, "blogging": blogSoftware, "wiki": blogSoftware,
    ]

    static let blogSoftware: Set<String> = ["platform", "platforms", "engine", "engines", "software", "server"]

    /// First words of `compoundWords` and `maskingCompounds`: only these start a lookup.
    static let compoundStarts: Set<String> = Set(compoundWords.compactMap { $0.split(separator: "-").first.map(String.init) })
        .union(maskingCompounds.keys)

    /// Stem → the concept tokens it carries in an ad (general words only, no named things).
    static let adConceptsOfStem: [String: [String]] = {
        let scanner = TermScanner()
        return table(stem: scanner.stem, examples: false)
    }()

    /// The stems of every word that carries a concept (both sides): such a word is met through its concept.
    static let carrierStems: Set<String> = Set(adConceptsOfStem.keys)

    /// Ways of working rather than a craft.
    static let softConcepts: Set<String> = Set(["communication", "writing", "speaking", "collaboration", "ownership", "problems", "strategy",
                                                "customers", "leadership", "mentoring"].map { prefix + $0 })

    /// Whether a requirement names only ways of working: no skill, and each competency it names a soft one.
    static func isSoft(_ terms: [String], skills: [String]) -> Bool {
        guard skills.isEmpty else { return false }
        let concepts = terms.filter(isConcept)
        return !concepts.isEmpty && concepts.allSatisfy(softConcepts.contains)
    }
}
