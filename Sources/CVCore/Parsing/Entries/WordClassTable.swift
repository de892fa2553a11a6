/// A table of words looked up by their UTF-8 bytes, without making a `String` of each word a text is cut into:
/// each word carries the classes it belongs to (`WordClasses.Class` bits), so one lookup answers every class.
/// Open addressing over an FNV-1a hash of the bytes; the words' bytes are kept in one buffer.
///
/// Keys are compared byte for byte, which is `String` equality only for ASCII: callers look non-ASCII words up in
/// the `Set<String>`s (canonical equivalence) and use this table for ASCII words.
struct WordClassTable: Sendable {
    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var classes: UInt32
    }
    private var storage: [UInt8] = []
    private var entries: [Entry] = []
    /// Index + 1 into `entries`; 0 is an empty slot.
    private var slots: [Int32]
    private let mask: Int

    /// A table of the ASCII words of `sets`, each set with its class bits.
    init(_ sets: [(Set<String>, UInt32)]) {
        var words: [String: UInt32] = [:]
        for (set, bits) in sets {
            for word in set where word.utf8.allSatisfy({ $0 < 0x80 }) { words[word, default: 0] |= bits }
        }
        var size = 16
        while size < words.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        for (word, bits) in words.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            entries.append(Entry(start: Int32(storage.count), length: Int32(bytes.count), classes: bits))
            storage += bytes
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries.count)
        }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The class bits of the word `bytes` (0: in no class).
    func classes(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var slot = Self.hash(bytes) & mask
        return storage.withUnsafeBufferPointer { store in
            while true {
                let index = Int(slots[slot])
                if index == 0 { return 0 }
                let entry = entries[index - 1]
                if Int(entry.length) == bytes.count {
                    let start = Int(entry.start)
                    var same = true
                    for k in 0..<bytes.count where store[start + k] != bytes[k] {
                        same = false
                        break
                    }
                    if same { return entry.classes }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
