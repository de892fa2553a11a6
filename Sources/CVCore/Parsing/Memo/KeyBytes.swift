/// The bytes of a memo key (`MarkdownParseMemo.ContentKey`) as they are built: texts copied whole from their UTF-8
/// storage, each closed by a 0 byte, and numbers as four bytes. A plain struct (no closures capturing the array,
/// no generic appends per number): building the keys of a section's parts and headers is on `log`'s hot path.
struct KeyBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// A text and a 0 byte after it (a text holds no 0 byte where it comes from a line of a CV; the texts of a key
    /// are in a fixed order, each after its marker byte).
    mutating func append(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: text.utf8) }
        bytes.append(0)
    }

    /// A number as four bytes (little end first).
    mutating func append(number n: Int) {
        let v = UInt32(truncatingIfNeeded: n)
        bytes.append(UInt8(truncatingIfNeeded: v))
        bytes.append(UInt8(truncatingIfNeeded: v >> 8))
        bytes.append(UInt8(truncatingIfNeeded: v >> 16))
        bytes.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    var key: MarkdownParseMemo.ContentKey { bytes.withUnsafeBufferPointer { MarkdownParseMemo.ContentKey($0) } }
}
