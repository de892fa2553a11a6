import CStemmer

/// The Snowball English stemmer (libstemmer), with a cache of the words it has seen.
/// One per analysis: a stemmer is not thread-safe, so it is never shared between tasks.
final class SnowballStemmer {
    private let handle: OpaquePointer?
    private var cache: [String: String] = [:]

    init() {
        handle = sb_stemmer_new("english", "UTF_8")
    }

    deinit {
        if let handle { sb_stemmer_delete(handle) }
    }

    /// The stem of a lowercase word (`automation` → `autom`); the word itself when libstemmer is unavailable.
    func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        guard let handle else { return word }
        var word = word
        let stemmed: String = word.withUTF8 { bytes in
            guard let base = bytes.baseAddress,
                  let out = sb_stemmer_stem(handle, base, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: max(0, length)), as: UTF8.self)
        }
        cache[word] = stemmed
        return stemmed
    }
}
