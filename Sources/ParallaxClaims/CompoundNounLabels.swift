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

    init(_ labels: [String: String]) {
        self.labels = labels
        byLength = labels.keys.filter { !$0.contains(" ") }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0 < $1
        }
        counts = byLength.map(\.count)
    }

    var isEmpty: Bool { labels.isEmpty }

    /// The label of `phrase` as listed (one word or two).
    subscript(phrase: String) -> String? { labels[phrase] }

    /// The label of `word`, or of the longest noun it ends in when `compounds` (a modifier of three letters or more before it).
    func label(of word: String, compounds: Bool) -> String? {
        if let label = labels[word] { return label }
        guard compounds else { return nil }
        // The word's length once; the nouns' from `counts`; the same tests in the same order as before.
        let wordCount = word.count
        for (position, noun) in byLength.enumerated() where wordCount >= counts[position] + 3 && word.hasSuffix(noun) {
            return labels[noun]
        }
        return nil
    }
}
