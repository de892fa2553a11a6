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

    /// A table of the ASCII words of `sets`, each set with its class bits. Filled straight from the sets (a word met
    /// again gets the bits of its other set added in its slot) and sized for all their words counted with repeats: no
    /// dictionary of the words nor sort on the way, which were two thirds of the table's one-time cost.
    init(_ sets: [(Set<String>, UInt32)]) {
        var size = 16
        while size < sets.reduce(0, { $0 + $1.0.count }) * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        for (set, bits) in sets {
            for var word in set {
                word.withUTF8 { bytes in
                    guard bytes.allSatisfy({ $0 < 0x80 }) else { return }
                    let slot = slot(of: bytes)
                    if slots[slot] != 0 {
                        entries[Int(slots[slot]) - 1].classes |= bits
                    } else {
                        entries.append(Entry(start: Int32(storage.count), length: Int32(bytes.count), classes: bits))
                        storage.append(contentsOf: bytes)
                        slots[slot] = Int32(entries.count)
                    }
                }
            }
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
        let index = Int(slots[slot(of: bytes)])
        return index == 0 ? 0 : entries[index - 1].classes
    }

    /// The slot holding the word `bytes`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var slot = Self.hash(bytes) & mask
        return storage.withUnsafeBufferPointer { store in
            while true {
                let index = Int(slots[slot])
                if index == 0 { return slot }
                let entry = entries[index - 1]
                if Int(entry.length) == bytes.count {
                    let start = Int(entry.start)
                    var same = true
                    for k in 0..<bytes.count where store[start + k] != bytes[k] {
                        same = false
                        break
                    }
                    if same { return slot }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
