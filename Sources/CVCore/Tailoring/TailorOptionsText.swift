/// The options a variant was cut with, written as the command-line flags that chose them
/// (`--max-bullets 3 --order relevance --collapse-before 2015`): the `Cvtrack-Options` trailer of a variant's
/// commit, read back by `cvtrack tailor --refresh`.
extension TailorOptions {
    /// The flags that differ from the defaults, in a fixed order; empty when all are defaults.
    public var commandLine: String {
        var parts: [String] = []
        if let maxBullets { parts.append("--max-bullets \(maxBullets)") }
        if order != .asWritten { parts.append("--order \(order.rawValue)") }
        if let collapseBefore { parts.append("--collapse-before \(collapseBefore)") }
        if !focus { parts.append("--keep-all") }
        return parts.joined(separator: " ")
    }

    /// Reads `commandLine` back. Unknown flags, missing or malformed values are refused (never guessed).
    public init(commandLine text: String) throws(TailorOptionsError) {
        self.init()
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        func value(_ flag: String) throws(TailorOptionsError) -> String {
            guard let v = words.popFirst() else { throw TailorOptionsError("\(flag) has no value") }
            return v
        }
        func number(_ flag: String, _ range: ClosedRange<Int>) throws(TailorOptionsError) -> Int {
            let v = try value(flag)
            guard let n = Int(v), range.contains(n) else { throw TailorOptionsError("\(flag) \(v): not a number in \(range)") }
            return n
        }
        while let flag = words.popFirst() {
            switch flag {
            case "--max-bullets": maxBullets = try number(flag, 1...10_000)
            case "--collapse-before": collapseBefore = try number(flag, 0...9_999)
            case "--keep-all":
                focus = false
                dropProjectsBelow = nil
            case "--order":
                let v = try value(flag)
                guard let o = Order(rawValue: v) else { throw TailorOptionsError("--order \(v): not one of as-written, relevance") }
                order = o
            default: throw TailorOptionsError("unknown option '\(flag)'")
            }
        }
    }
}

/// Stored tailoring options that cannot be read.
public struct TailorOptionsError: Error, CustomStringConvertible, Sendable, Hashable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
