/// A town's administration as a speaker (round 21, attribution21): `nach Angaben der Stadt`, `Die Stadt schätzt den Schaden
/// auf …`, `the town said`, `according to the town authorities`. With no body named, the label read from the words was the
/// bare noun (`stadt`, `town`); the writers who annotate such a speaker (dev13, dev15) and `docs/VOCABULARY.md` (round 17's
/// generic sources) call it `city authorities`.
extension AttributionFinder {
    /// Each language's words for a municipal administration → its canonical label (`Lexicons/<lang>/municipal-bodies.txt`).
    static let municipalBodies: [String: [String: String]] = LexiconFile.perLanguage("municipal-bodies.txt") { rows in
        Dictionary(rows.filter { $0.count >= 2 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
    }

    /// The canonical label of a source label that is a municipal word alone (`stadt` → city authorities); any other label
    /// unchanged — a named town (`Die Stadt Wien`) or a body resolved from the word keeps its name.
    /// - Complexity: one dictionary look-up, once per source found.
    func municipalLabel(_ label: String) -> String {
        Self.municipalBodies[pack.language]?[label] ?? label
    }
}
