import Clibgit2

/// A git object id (SHA-1), formatted in Swift (not with libgit2's thread-local buffer).
public struct ObjectID: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The libgit2 value (a plain struct: no allocation, implicitly Sendable).
    let raw: git_oid

    init(_ oid: git_oid) {
        raw = oid
    }

    init(_ pointer: UnsafePointer<git_oid>) {
        self.init(pointer.pointee)
    }

    /// Parses a full 40-digit hexadecimal id (either case). Returns nil for anything else.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 40 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(20)
        var index = 0
        while index < 40 {
            guard let high = Self.nibble(utf8[index]), let low = Self.nibble(utf8[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { buffer in
            for (index, byte) in out.enumerated() { buffer[index] = byte }
        }
        raw = oid
    }

    /// The 20 raw bytes.
    public var bytes: [UInt8] { withUnsafeBytes(of: raw.id) { Array($0) } }

    public static func == (lhs: ObjectID, rhs: ObjectID) -> Bool {
        withUnsafeBytes(of: lhs.raw.id) { l in withUnsafeBytes(of: rhs.raw.id) { r in l.elementsEqual(r) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: raw.id) { hasher.combine(bytes: $0) }
    }

    /// 40 lowercase hexadecimal digits.
    public var hex: String { digits(40) }

    /// The first 7 hexadecimal digits (git's default abbreviation, without the uniqueness check).
    public var short: String { digits(7) }

    /// The first `count` hexadecimal digits, written straight into the string (no table or byte array made for each
    /// id: `log` asks for thousands).
    private func digits(_ count: Int) -> String {
        withUnsafeBytes(of: raw.id) { raw in
            String(unsafeUninitializedCapacity: count) { out in
                for k in 0..<count {
                    let byte = raw[k / 2]
                    let n = k % 2 == 0 ? byte >> 4 : byte & 0x0F
                    out[k] = n < 10 ? 0x30 + n : 0x57 + n
                }
                return count
            }
        }
    }

    public var description: String { hex }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        withUnsafeBytes(of: lhs.raw.id) { l in withUnsafeBytes(of: rhs.raw.id) { r in l.lexicographicallyPrecedes(r) } }
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
