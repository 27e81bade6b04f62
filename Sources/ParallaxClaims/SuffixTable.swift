/// Stems looked up by a word's compound head: `Artilleriegranaten` finds `granate`.
///
/// A word matches a stem when, after one inflection ending is removed, it equals the stem or, in a
/// language that writes compounds as one word, ends with it (stems of at least four letters). Stems
/// are grouped by their last three letters, so a word is compared only with stems it could end in.
struct SuffixTable<Value: Sendable>: Sendable {
    private struct Stem: Sendable {
        var bytes: [UInt8]
        /// Length in characters (Unicode scalars).
        var count: Int
        var value: Value
    }

    private struct Ending: Sendable {
        var bytes: [UInt8]
        var count: Int
    }

    private var stems: [String: Value]
    private var byTail: [Int: [Stem]]
    /// A 4,096-bit filter of the tails in `byTail`, tested before hashing a word's tail.
    private var tailFilter = [UInt64](repeating: 0, count: 64)
    private var endings: [Ending]
    private var compounds: Bool

    /// A table of `stem → value`, with the language's inflection endings (longest first).
    /// - Parameter compounds: true when a stem may be the head of a longer word.
    init(_ stems: [String: Value], endings: [String], compounds: Bool) {
        self.stems = stems
        var byTail: [Int: [Stem]] = [:]
        for (text, value) in stems {
            let bytes = Array(text.utf8)
            let tail = bytes.withUnsafeBufferPointer { Self.tail($0, end: $0.count) }
            byTail[tail, default: []].append(Stem(bytes: bytes, count: text.unicodeScalars.count, value: value))
        }
        self.byTail = byTail.mapValues { $0.sorted { $0.count > $1.count } }
        for tail in byTail.keys {
            let bit = Self.bit(tail)
            tailFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.endings = ([""] + endings).map { Ending(bytes: Array($0.utf8), count: $0.unicodeScalars.count) }
        self.compounds = compounds
    }

    /// The value of the longest stem the word's head matches, or `nil`.
    /// - Complexity: O(e·k) for e endings and k stems sharing the word's last three bytes; compares
    ///   UTF-8 bytes, without allocating.
    func lookup(_ word: String) -> Value? {
        if let value = stems[word] { return value }
        var word = word
        return word.withUTF8 { lookup(bytes: $0) }
    }

    private func lookup(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
        for ending in endings where ending.bytes.count <= bytes.count && Self.ends(bytes, at: bytes.count, with: ending.bytes) {
            let end = bytes.count - ending.bytes.count
            let length = scalars - ending.count
            guard length >= 3 else { continue }
            let tail = Self.tail(bytes, end: end)
            let bit = Self.bit(tail)
            guard tailFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let group = byTail[tail] else { continue }
            for stem in group where stem.count <= length && stem.bytes.count <= end {
                if stem.count == length {
                    if stem.bytes.count == end && Self.ends(bytes, at: end, with: stem.bytes) { return stem.value }
                } else if compounds && stem.count >= 4 && Self.ends(bytes, at: end, with: stem.bytes) {
                    return stem.value
                }
            }
        }
        return nil
    }

    /// The exact entry for `word`.
    subscript(word: String) -> Value? { stems[word] }

    /// True when `bytes[..<end]` ends with `suffix` (the caller checks `suffix.count <= end`).
    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int, with suffix: [UInt8]) -> Bool {
        var offset = 1
        while offset <= suffix.count {
            if bytes[end - offset] != suffix[suffix.count - offset] { return false }
            offset += 1
        }
        return true
    }

    /// The filter bit of a tail (multiplicative hashing into 12 bits).
    private static func bit(_ tail: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(tail)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    /// The last three bytes before `end` packed into an integer.
    private static func tail(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var key = 0
        for index in max(0, end - 3)..<end { key = key << 8 | Int(bytes[index]) }
        return key
    }
}
