/// Nouns mapped to a label (a measure), looked up as written or, for a compound, by the longest listed noun the word ends in
/// (`Sachschaden` → `Schaden`, `Lohnerhöhung` → `Erhöhung`). Shared by the head-noun lexicons of the measure finder
/// (`nominal-measures.txt`, `sum-nouns.txt`).
struct CompoundNounLabels: Sendable {
    /// Noun (or two-word noun) → label.
    let labels: [String: String]
    /// The one-word nouns, longest first (then alphabetical, for a stable answer), for the compound test.
    private let byLength: [String]

    init(_ labels: [String: String]) {
        self.labels = labels
        byLength = labels.keys.filter { !$0.contains(" ") }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0 < $1
        }
    }

    var isEmpty: Bool { labels.isEmpty }

    /// The label of `phrase` as listed (one word or two).
    subscript(phrase: String) -> String? { labels[phrase] }

    /// The label of `word`, or of the longest noun it ends in when `compounds` (a modifier of three letters or more before it).
    func label(of word: String, compounds: Bool) -> String? {
        if let label = labels[word] { return label }
        guard compounds else { return nil }
        for noun in byLength where word.count >= noun.count + 3 && word.hasSuffix(noun) { return labels[noun] }
        return nil
    }
}
