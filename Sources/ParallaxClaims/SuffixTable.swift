/// Stems looked up by a word's compound head: `Artilleriegranaten` finds `granate`.
///
/// A word matches a stem when, after one inflection ending is removed, it equals the stem or, in a
/// language that writes compounds as one word, ends with it (stems of at least four letters). Stems of three
/// bytes or more are kept in a trie of their bytes read backwards (round 18): a word is walked from its end, one
/// integer look-up a byte, and meets exactly the stems it ends with, however many others share its last letters
/// (round 17's counted nouns had lengthened the groups of stems sharing three last bytes, which were scanned).
struct SuffixTable<Value: Sendable>: Sendable {
    private struct Ending: Sendable {
        var bytes: [UInt8]
        var count: Int
    }

    private var stems: [String: Value]
    /// The trie's edges: the child of node `n` by byte `b` is `children.value(for: n << 8 | b)`; node 0 is the root.
    private var children: IntKeyIndex
    /// For each node, the stem spelled (backwards) from the root to it, as an index into `stemCounts` and `stemValues`;
    /// -1 for none.
    private var nodeStems: [Int32]
    /// Each stem's length in characters (Unicode scalars) and value.
    private var stemCounts: [Int]
    private var stemValues: [Value]
    private var endings: [Ending]
    private var compounds: Bool

    /// A table of `stem → value`, with the language's inflection endings (longest first).
    /// - Parameter compounds: true when a stem may be the head of a longer word.
    init(_ stems: [String: Value], endings: [String], compounds: Bool) {
        self.stems = stems
        var edges: [Int: Int] = [:]
        var nodeStems: [Int32] = [-1]
        var stemCounts: [Int] = []
        var stemValues: [Value] = []
        // Shorter stems are compared whole (`wholeWord`, `subscript`) or not at all: a word's look-up starts at three
        // characters.
        for (text, value) in stems where text.utf8.count >= 3 {
            var node = 0
            for byte in text.utf8.reversed() {
                let edge = node << 8 | Int(byte)
                if let next = edges[edge] {
                    node = next
                } else {
                    nodeStems.append(-1)
                    edges[edge] = nodeStems.count - 1
                    node = nodeStems.count - 1
                }
            }
            nodeStems[node] = Int32(stemCounts.count)
            stemCounts.append(text.unicodeScalars.count)
            stemValues.append(value)
        }
        self.children = IntKeyIndex(edges.map { (key: $0.key, value: $0.value) })
        self.nodeStems = nodeStems
        self.stemCounts = stemCounts
        self.stemValues = stemValues
        self.endings = ([""] + endings).map { Ending(bytes: Array($0.utf8), count: $0.unicodeScalars.count) }
        self.compounds = compounds
    }

    /// The value of the stem the whole word equals, as it stands or after one inflection ending is removed — never a
    /// compound's head (`Jahr`, `Jahren` → year; `Elfmeter` is no metre).
    /// - Complexity: O(e) dictionary look-ups for e endings; allocates one string per ending the word ends with.
    func wholeWord(_ word: String) -> Value? {
        if let value = stems[word] { return value }
        let bytes = Array(word.utf8)
        for ending in endings where !ending.bytes.isEmpty && ending.bytes.count < bytes.count
            && bytes.suffix(ending.bytes.count).elementsEqual(ending.bytes)
        {
            if let value = stems[String(decoding: bytes.dropLast(ending.bytes.count), as: UTF8.self)] { return value }
        }
        return nil
    }

    /// The value of the longest stem the word's head matches, or `nil`.
    /// - Complexity: O(e·k) for e endings and k stems sharing the word's last three bytes; compares
    ///   UTF-8 bytes, without allocating.
    func lookup(_ word: String) -> Value? {
        var bytes = word
        if let value = bytes.withUTF8({ lookup(bytes: $0) }) { return value }
        // The byte path below compares words of three or more characters; shorter ones are looked up whole.
        // More than eight bytes are at least three scalars (a scalar has at most four bytes).
        let bytesCount = word.utf8.count
        return bytesCount < 3 || (bytesCount <= 8 && ByteSuffix.scalarCount(word) < 3) ? stems[word] : nil
    }

    private func lookup(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
        for ending in endings where ending.bytes.count <= bytes.count && Self.ends(bytes, at: bytes.count, with: ending.bytes) {
            let end = bytes.count - ending.bytes.count
            let length = scalars - ending.count
            guard length >= 3 else { continue }
            // The stems the word (without the ending) ends with, shortest first: the longest that is the whole word or,
            // in a compounding language, a head of four characters or more.
            var found: Int32 = -1
            var node = 0
            var position = end
            while position > 0, let next = children.value(for: node << 8 | Int(bytes[position - 1])) {
                node = next
                position -= 1
                let stem = nodeStems[node]
                guard stem >= 0 else { continue }
                let count = stemCounts[Int(stem)]
                if count == length || (compounds && count >= 4 && count < length) { found = stem }
            }
            if found >= 0 { return stemValues[Int(found)] }
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
}
