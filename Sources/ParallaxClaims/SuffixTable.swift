/// Stems looked up by a word's compound head: `Artilleriegranaten` finds `granate`.
///
/// A word matches a stem when, after one inflection ending is removed, it equals the stem or, in a
/// language that writes compounds as one word, ends with it (stems of at least four letters). Stems
/// are grouped by their last three letters, so a word is compared only with stems it could end in.
struct SuffixTable<Value: Sendable>: Sendable {
    private struct Stem: Sendable {
        var text: String
        var count: Int
        var value: Value
    }

    private var stems: [String: Value]
    private var byTail: [Int: [Stem]]
    private var endings: [String]
    private var compounds: Bool

    /// A table of `stem → value`, with the language's inflection endings (longest first).
    /// - Parameter compounds: true when a stem may be the head of a longer word.
    init(_ stems: [String: Value], endings: [String], compounds: Bool) {
        self.stems = stems
        var byTail: [Int: [Stem]] = [:]
        for (text, value) in stems {
            byTail[Self.tail(Substring(text)), default: []].append(Stem(text: text, count: text.count, value: value))
        }
        self.byTail = byTail.mapValues { $0.sorted { $0.count > $1.count } }
        self.endings = [""] + endings
        self.compounds = compounds
    }

    /// The value of the longest stem the word's head matches, or `nil`.
    /// - Complexity: O(e·k) for e endings and k stems sharing the word's last three letters.
    func lookup(_ word: String) -> Value? {
        if let value = stems[word] { return value }
        let count = word.count
        for ending in endings where word.hasSuffix(ending) {
            let candidate = Substring(word).dropLast(ending.count)
            let length = count - ending.count
            guard length >= 3, let group = byTail[Self.tail(candidate)] else { continue }
            for stem in group where stem.count <= length {
                if stem.count == length ? candidate == stem.text : compounds && stem.count >= 4 && candidate.hasSuffix(stem.text) {
                    return stem.value
                }
            }
        }
        return nil
    }

    /// The exact entry for `word`.
    subscript(word: String) -> Value? { stems[word] }

    /// The last three characters packed into an integer.
    private static func tail(_ word: Substring) -> Int {
        var key = 0
        for scalar in word.unicodeScalars.suffix(3) { key = key &* 0x110000 &+ Int(scalar.value) }
        return key
    }
}
