/// CVCore: the semantic model of a CV, its parsers, and what is built on them. No git here.
public enum CVCoreInfo {
    public static let version = "0.1.0"
}
