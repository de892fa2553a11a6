/// Words of the trades that general dictionaries (hunspell's en_GB and en_US) lack, lowercased, by domain.
///
/// Where they come from: the everyday vocabulary of job ads, engineering blogs, standards and tool documentation in
/// each field — the words engineers, designers, scientists, analysts and managers write in a CV to say what they did
/// (`runbook`, `tapeout`, `wireframing`, `backtesting`, `upskilling`), checked to be missing from both dictionaries.
/// Product and tool names live in the skills lexicon (`SkillLexicon`), which the rule also reads; a closed compound
/// of two dictionary words (`floorplan`, `datalake`) needs no entry (see `SpellingRule`). Plurals and the usual verb
/// endings are listed where they are common.
enum TechnicalVocabulary {
    static let software: [String] = [
        "backend", "backends", "frontend", "frontends", "fullstack", "microservice", "microservices", "webhook",
        "webhooks", "plugin", "plugins", "realtime", "serverless", "codebase", "codebases", "codepath", "codepaths",
        "shard", "shards", "sharded", "sharding", "tiering", "middleware", "runtime", "runtimes", "toolchain",
        "toolchains", "toolset", "toolsets", "toolkit", "toolkits", "workflow", "workflows", "namespace", "namespaces",
        "hostname", "hostnames", "localhost", "failover", "failovers", "timestamp", "timestamps", "refactor",
        "refactored", "refactoring", "refactorings", "refactors", "deduplication", "dedupe", "deduplicated", "devops",
        "devsecops", "mlops", "gitops", "async", "cron", "config", "configs", "repo", "repos", "monorepo", "monorepos",
        "linter", "linters", "linting", "subnet", "subnets", "containerised", "containerized", "containerisation",
        "containerization", "containerise", "containerize", "virtualisation", "virtualization", "virtualise",
        "virtualize", "virtualised", "virtualized", "autoscaling", "autoscale", "autoscaler", "chatbot", "chatbots",
        "livestream", "livestreams", "livestreaming", "screencast", "screencasts", "screencasting", "observability",
        "idempotent", "idempotency", "multithreaded", "multithreading", "ecommerce", "precompute", "precomputed",
        "preprocessing", "postprocessing", "preprocess", "preprocessed", "walkthrough", "walkthroughs", "codemod",
        "codemods", "dockerised", "dockerized", "dockerise", "dockerize", "scalability", "performant", "programmatically",
        "signup", "signups", "login", "logins", "logout", "username", "usernames", "filesystem", "filesystems",
        "pipelining", "geolocation", "unmarshal", "marshalling", "stylesheet", "stylesheets", "runbook", "runbooks",
        "transcode", "transcoded", "transcoder", "transcoders", "transcoding", "dotfile", "dotfiles", "symlink",
        "symlinks", "symlinked", "bugfix", "bugfixes", "bugfixing", "hotfix", "hotfixes", "uptime", "downtime",
        "templating", "templated", "memoization", "memoize", "memoized", "memoisation", "syscall", "syscalls", "mmap", "jobserver", "unstake", "unstaking",
        "webapp", "webapps", "mockup", "mockups", "rollout", "rollouts", "chroot", "sandboxed", "sandboxing",
        "dev", "devs", "prod", "sysadmin", "sysadmins", "hackathon", "hackathons", "pentest", "pentests",
        "pentesting", "pentester", "cybersecurity", "infosec", "malware", "ransomware", "phishing", "botnet",
        "exfiltration", "fuzzing", "fuzzer", "fuzzers", "sandbox", "sandboxes", "serialisation", "serialization",
        "deserialisation", "deserialization", "tokenisation", "tokenization", "tokenizer", "tokenizers", "parallelise",
        "parallelize", "parallelised", "parallelized", "parallelisation", "parallelization", "vectorised", "vectorized",
        "vectorisation", "vectorization", "debuggability", "testability", "maintainability", "extensibility",
        "interoperability", "composable", "composability", "accessibility", "i18n", "localisation", "localization",
        "internationalisation", "internationalization", "cacheable", "caching", "precache", "prefetch", "prefetching",
        "prerender", "prerendering", "frontmatter", "changelog", "changelogs", "readme", "readmes", "blogpost",
        "blogposts", "subcommand", "subcommands", "subdomain", "subdomains", "subprocess", "subprocesses",
        "subtree", "subtrees", "submodule", "submodules", "upstream", "upstreamed", "downstream", "opensourced",
        "nginx", "kubernetes", "helm", "terraform", "ansible", "jenkins", "github", "gitlab", "bitbucket", "jira",
        "todo", "todos", "metadata", "dataset", "datasets", "datastore", "datastores", "datatype", "datatypes",
        "roadmap", "roadmaps", "lifecycle", "lifecycles", "backoffice", "backlog", "backlogs", "wireframe",
        "wireframes", "wireframing", "wireframed", "prototyping", "analytics", "blockchain", "crypto", "fintech",
        "insurtech", "regtech", "edtech", "healthtech", "proptech", "npm", "cli", "clis", "gui", "guis", "api", "apis",
        "sdk", "sdks", "jvm", "orm", "orms", "loadtest", "loadtests", "loadtesting", "greenfield", "brownfield",
        "whitepaper", "whitepapers", "onboard", "onboarded", "onboarding", "offboarding", "upskill", "upskilling",
        "upskilled", "reskilling", "standup", "standups", "retro", "retros", "scrum", "kanban", "sprint", "sprints",
        "triage", "triaged", "triaging", "dashboarding", "geospatial", "heatmap", "heatmaps", "lookup", "lookups",
        "failsafe", "hyperparameter", "hyperparameters", "architected", "architecting", "playbook", "playbooks",
    ]

    static let hardware: [String] = [
        "tapeout", "tapeouts", "floorplan", "floorplans", "floorplanning", "signoff", "netlist", "netlists",
        "testbench", "testbenches", "synthesisable", "synthesizable", "microcontroller", "microcontrollers",
        "microprocessor", "firmware", "bootloader", "bootloaders", "busbar", "busbars", "precharge", "inverter",
        "inverters", "optoelectronic", "optoelectronics", "photonics", "photonic", "mixed-signal", "postlayout",
        "prelayout", "timing", "clocking", "multicore", "manycore", "chiplet", "chiplets", "wafer", "wafers",
        "lithography", "nanofabrication", "microfabrication", "cleanroom", "mechatronics", "mechatronic",
        "actuator", "actuators", "servo", "servos", "teleoperation", "powertrain", "drivetrain", "baseband",
        "basestation", "basestations", "transceiver", "transceivers", "beamforming", "downlink", "uplink",
        "backhaul", "telemetry", "avionics", "pcb", "pcbs", "fpga", "fpgas", "asic", "asics", "soc", "socs",
        "rtl", "verilog", "systemverilog", "vhdl", "simulink", "cad", "cae", "cnc", "prototyped",
        // robotics and autonomy
        "odometry", "lidar", "lidars", "quadcopter", "quadcopters",
    ]

    static let science: [String] = [
        "regrid", "regridded", "regridding", "autorouter", "autorouting", "acyclicity", "silicene", "germanene",
        "photovoltaic", "photovoltaics", "renewables", "decarbonisation", "decarbonization", "decarbonise",
        "decarbonize", "prosumer", "prosumers", "geothermal", "biomass", "biofuel", "biofuels", "microgrid",
        "microgrids", "genomics", "proteomics", "transcriptomics", "metabolomics", "bioinformatics", "biomarker",
        "biomarkers", "assay", "assays", "immunoassay", "microfluidic", "microfluidics", "spectroscopy",
        "interpretability", "explainability", "visuomotor", "neuroimaging", "electrophysiology", "psychometrics",
        "psychometric", "econometrics", "econometric", "postdoc", "postdocs", "postdoctoral", "preprint",
        "preprints", "coauthor", "coauthored", "coauthors", "metaanalysis", "geospatial", "hydrological",
        "reproducibility", "mentee", "mentees", "mentorship", "eigenvalue", "eigenvalues", "multivariate",
        "nonlinear", "stochastic", "bayesian", "heuristics", "dataflow", "workstream", "workstreams",
    ]

    static let businessAndDesign: [String] = [
        "stakeholder", "stakeholders", "cofounder", "cofounders", "cofounded", "bootcamp", "bootcamps",
        "slidedeck", "slidedecks", "courseware", "brochureware", "backtest", "backtests", "backtesting",
        "fintech", "crowdfunding", "ecommerce", "omnichannel", "remarketing", "retargeting", "martech", "adtech",
        "influencer", "influencers", "upsell", "upselling", "cross-sell", "onsite", "offsite", "webinar", "webinars",
        "storyboard", "storyboards", "storyboarding", "moodboard", "moodboards", "typesetting", "usability",
        "microcopy", "skeuomorphic", "prototyped", "gamification", "gamified", "freelancing", "freelanced",
        "outsourced", "nearshore", "offshoring", "headcount", "payroll", "paralegal", "subcontractor",
        "subcontractors", "procurement", "benchmarking", "rebranding", "rebrand", "rebranded", "copywriting",
        "copywriter", "ghostwriting", "livestreamed", "podcast", "podcasts", "podcasting", "vlog", "vlogs",
        "datalake", "kpi", "kpis", "okr", "okrs", "roi", "saas", "paas", "iaas", "crm", "erp", "seo", "sem", "ux", "ui",
    ]

    /// Machine learning and AI: the terms of the major frameworks' documentation and of the field's textbooks
    /// (training, model and data words).
    static let machineLearning: [String] = [
        "agentic", "finetune", "finetuned", "finetuning", "pretrain", "pretrained", "pretraining", "multimodal",
        "autoencoder", "autoencoders", "overfitting", "underfitting", "overfit", "backpropagation", "dataloader",
        "dataloaders", "quantization", "quantisation", "quantized", "quantised", "reranking", "reranker", "rerankers",
        "inferencing", "embeddings", "featurization", "featurisation", "dimensionality", "regressor", "regressors",
        "explainable", "interpretable", "tokenized", "tokenised", "transductive", "corpuses", "hyperparameter",
        "hyperparameters", "denoising",
    ]

    /// Computer graphics, games and imaging: the vocabulary of the graphics APIs' specifications and of rendering
    /// and imaging textbooks.
    static let graphics: [String] = [
        "voxel", "voxels", "voxelization", "voxelisation", "texel", "texels", "shader", "shaders", "mipmap", "mipmaps",
        "mipmapping", "raytracing", "raytracer", "raycasting", "raycast", "rasterization", "rasterisation",
        "rasterizer", "rasteriser", "framebuffer", "framebuffers", "keyframe", "keyframes", "upscaling", "upscaler",
        "antialiasing", "denoising", "denoiser", "photogrammetry", "tilemap", "tilemaps", "spritesheet", "gameplay",
        "playtesting", "playtest", "playtested", "worldbuilding", "artifacting", "colorimetry", "tonemapping",
    ]

    /// Finance and blockchain: market words of finance glossaries and the terms of the Ethereum glossary.
    static let finance: [String] = [
        "forex", "fintech", "neobank", "neobanks", "chargeback", "chargebacks", "microfinance", "underwriter",
        "stablecoin", "stablecoins", "tokenomics", "defi", "dapp", "dapps", "onchain", "offchain", "multisig",
        "altcoin", "altcoins", "cryptocurrencies", "cryptocurrency", "blockchains", "rollup", "rollups", "sidechain",
        "sidechains", "testnet", "testnets", "mainnet", "airdrop", "airdrops", "staking", "memecoin",
    ]

    /// Latin and its abbreviations, as CVs write them (`cum laude`, `etc`, `et al`, `lingua franca`).
    static let latin: [String] = [
        "etc", "al", "cf", "viz", "vs", "ca", "approx", "laude", "summa", "magna", "cum", "franca", "lingua",
        "vice", "versa", "alma", "mater", "annum", "bono", "vitae", "curriculum", "quo", "hoc", "honoris", "causa",
        "alia", "facto", "priori", "posteriori", "vivo", "vitro", "silico", "situ", "ibid",
    ]

    /// Word-forming prefixes written apart or before a hyphen (`pre-sales`, `co-founded`, `multi-cloud`, `opto-`),
    /// and before a dictionary word (`precharge`, `multithreading`, `nanofabrication`).
    static let prefixes: [String] = [
        "pre", "re", "co", "multi", "non", "un", "sub", "inter", "intra", "nano", "micro", "macro", "meta", "auto",
        "cyber", "bio", "geo", "eco", "opto", "agri", "agro", "photo", "hyper", "post", "anti", "semi", "mid", "de",
        "over", "under", "cross", "mis", "out", "super", "ultra", "mega", "tele", "electro", "thermo", "hydro",
        "neuro", "psycho", "socio", "techno", "omni", "poly", "mono", "tri", "bi", "quasi", "pseudo", "proto",
        // More combining forms of the dictionaries' lists of English word-forming elements (`ethnopolitical`,
        // `astroparticle`, `cryoprotectant`), and `on-`/`off-` before a noun (`onchain`, `offboard`).
        "ethno", "astro", "aero", "cardio", "cryo", "endo", "exo", "extra", "infra", "iso", "neo", "paleo", "palaeo",
        "petro", "radio", "retro", "spectro", "trans", "immuno", "chemo", "magneto", "pico", "femto", "giga", "on", "off",
    ]

    /// Built once, sized for all the lists (no concatenated copies, no growth).
    static let words: Set<String> = {
        let lists = [software, hardware, science, businessAndDesign, machineLearning, graphics, finance, latin, prefixes]
        var set = Set<String>(minimumCapacity: lists.reduce(0) { $0 + $1.count })
        for list in lists {
            for word in list { set.insert(word) }
        }
        return set
    }()
    static let prefixSet: Set<String> = Set(prefixes)

    /// Whether the vocabulary holds `lower` (a lowercase word).
    static func contains(_ lower: String) -> Bool { words.contains(lower) }
}
