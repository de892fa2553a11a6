/// Where the bytes of a CV come from.
public enum CVSource: Sendable, Hashable, CustomStringConvertible {
    /// A file on disk, outside or inside a repository (path as given).
    case file(String)
    /// `REV:PATH`: the file as committed at a revision.
    case revision(String, path: String)
    /// `:PATH`: the file as staged in the index.
    case index(path: String)

    /// Reads `REV:PATH`, `:PATH` (staged), `:0:PATH`, or a plain file path.
    public static func parse(_ argument: String) -> CVSource {
        if argument.hasPrefix(":0:") { return .index(path: String(argument.dropFirst(3))) }
        if argument.hasPrefix(":") { return .index(path: String(argument.dropFirst())) }
        if let colon = argument.firstIndex(of: ":"), !argument[..<colon].contains("/") {
            return .revision(String(argument[..<colon]), path: String(argument[argument.index(after: colon)...]))
        }
        return .file(argument)
    }

    public var path: String {
        switch self {
        case .file(let p), .revision(_, let p), .index(let p): return p
        }
    }

    public var description: String {
        switch self {
        case .file(let p): return p
        case .revision(let r, let p): return "\(r):\(p)"
        case .index(let p): return ":\(p)"
        }
    }

    public var needsRepository: Bool {
        if case .file = self { return false }
        return true
    }
}
