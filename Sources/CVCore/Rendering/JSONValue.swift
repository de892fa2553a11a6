/// A JSON value written by hand: deterministic output (sorted keys or the order given), two-space
/// indentation, correct string escaping, no `\/`. Used by the JSON renderers.
public enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Keys in the order given; `render(sortedKeys: true)` sorts them.
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let s): hasher.combine(s)
        case .int(let i): hasher.combine(i)
        case .bool(let b): hasher.combine(b)
        case .null: hasher.combine(0)
        case .array(let a): hasher.combine(a)
        case .object(let o): for (k, v) in o { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// Pretty JSON ending in a newline.
    public func render(sortedKeys: Bool) -> String {
        var out = ""
        write(into: &out, indent: 0, sortedKeys: sortedKeys)
        out += "\n"
        return out
    }

    func write(into out: inout String, indent: Int, sortedKeys: Bool) {
        switch self {
        case .string(let s): JSONValue.escape(s, into: &out)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (n, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(into: &out, indent: indent + 1, sortedKeys: sortedKeys)
                out += n + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            let ordered = sortedKeys ? pairs.sorted { $0.0 < $1.0 } : pairs
            out += "{\n"
            for (n, (key, value)) in ordered.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                JSONValue.escape(key, into: &out)
                out += ": "
                value.write(into: &out, indent: indent + 1, sortedKeys: sortedKeys)
                out += n + 1 < ordered.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Building objects that leave out what is absent.
struct JSONObject {
    var pairs: [(String, JSONValue)] = []

    mutating func set(_ key: String, _ value: String?) {
        if let value { pairs.append((key, .string(value))) }
    }

    mutating func set(_ key: String, _ value: Int?) {
        if let value { pairs.append((key, .int(value))) }
    }

    mutating func set(_ key: String, _ value: JSONValue?) {
        if let value { pairs.append((key, value)) }
    }

    /// Arrays are left out when empty.
    mutating func set(_ key: String, nonEmpty values: [JSONValue]) {
        if !values.isEmpty { pairs.append((key, .array(values))) }
    }

    var value: JSONValue { .object(pairs) }
}
