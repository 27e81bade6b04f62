/// Nouns mapped to a label (a measure), looked up as written or, for a compound, by the longest listed noun the word ends in
/// (`Sachschaden` → `Schaden`, `Lohnerhöhung` → `Erhöhung`). Shared by the head-noun lexicons of the measure finder
/// (`nominal-measures.txt`, `sum-nouns.txt`).
struct CompoundNounLabels: Sendable {
    /// Noun (or two-word noun) → label.
    let labels: [String: String]
    /// The one-word nouns, longest first (then alphabetical, for a stable answer), for the compound test.
    private let byLength: [String]
    /// `byLength`'s lengths in characters, at the same positions (round 22: the compound test counted the characters of
    /// the word and of every listed noun for every noun it tried — `String.count`, grapheme by grapheme, about 1.7 % of
    /// the claims stage by callgrind, 49,000 calls in 150 articles).
    private let counts: [Int]
    /// `byLength`'s UTF-8 bytes, at the same positions, when every noun is Latin-1 without control characters (round 24b:
    /// `String.hasSuffix` per noun was most of the compound test's cost); `nil` otherwise.
    private let latin1Bytes: [[UInt8]]?
    /// The nouns' last bytes: a first test of the compound loop.
    private let ends: LastByteFilter

    init(_ labels: [String: String]) {
        self.labels = labels
        byLength = labels.keys.filter { !$0.contains(" ") }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0 < $1
        }
        counts = byLength.map(\.count)
        latin1Bytes = byLength.allSatisfy { $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0xC4 } } ? byLength.map { Array($0.utf8) } : nil
        ends = LastByteFilter(byLength)
    }

    var isEmpty: Bool { labels.isEmpty }

    /// The label of `phrase` as listed (one word or two).
    subscript(phrase: String) -> String? { labels[phrase] }

    /// The label of `word`, or of the longest noun it ends in when `compounds` (a modifier of three letters or more before it).
    func label(of word: String, compounds: Bool) -> String? {
        if let label = labels[word] { return label }
        guard compounds, ends.mayEnd(word) else { return nil }
        if let latin1Bytes, let found = word.utf8.withContiguousStorageIfAvailable({ Self.longestNoun(in: $0, nouns: latin1Bytes, counts: counts) }),
            let found
        {
            return found.map { labels[byLength[$0]] } ?? nil
        }
        // The word's length once; the nouns' from `counts`; the same tests in the same order as before.
        let wordCount = word.count
        for (position, noun) in byLength.enumerated() where wordCount >= counts[position] + 3 && word.hasSuffix(noun) {
            return labels[noun]
        }
        return nil
    }

    /// The compound loop of ``label(of:compounds:)`` on a word's bytes: the position of the first noun (longest first) the
    /// word ends in after three characters or more, `.some(nil)` when there is none, `nil` when the word has a byte the
    /// test does not answer for (a character outside Latin-1, or a carriage return).
    ///
    /// Exact for Latin-1 words and nouns: Latin-1 text is NFC and holds no combining or joining character, so each scalar is
    /// one character (the carriage return, which joins a line feed, excepted) and a word ends in a noun exactly when its
    /// bytes end in the noun's bytes.
    /// - Complexity: O(b + n·m) for a word of b bytes and n nouns of at most m bytes.
    static func longestNoun(in bytes: UnsafeBufferPointer<UInt8>, nouns: [[UInt8]], counts: [Int]) -> Int?? {
        var wordCount = 0
        for byte in bytes {
            if byte >= 0xC4 || byte == 0x0D { return nil }
            if byte & 0xC0 != 0x80 { wordCount += 1 }
        }
        for position in nouns.indices where wordCount >= counts[position] + 3 && ByteSuffix.hasSuffix(bytes, nouns[position]) {
            return .some(position)
        }
        return .some(nil)
    }
}
