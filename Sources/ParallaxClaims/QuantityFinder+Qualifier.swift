import ParallaxModel

/// The words right before a figure that say how it is meant: a qualifier (`rund`, `mehr als`, `about`; `qualifiers.txt`),
/// unless it is a preposition of the word before it (`Überbrückungskredit über`), and a scale word (`Stärke`, `magnitude of`).
extension QuantityFinder {
    /// True when the one-word qualifier at `index` is a preposition or particle of the word before it
    /// (`Überbrückungskredit über 150 Millionen Euro`, `take over 12 of the aircraft`).
    private func isBlockedQualifier(_ tokens: [ClaimToken], at index: Int) -> Bool {
        guard index > 0, !pack.qualifierBlockers.isEmpty, tokens[index - 1].kind == .word else { return false }
        let word = tokens[index].lower, before = tokens[index - 1].lower
        return pack.qualifierBlockers.contains { $0.word == word && before.hasSuffix($0.ending) }
    }

    /// The qualifier that ends right before `index`.
    func qualifierBefore(_ tokens: [ClaimToken], _ index: Int) -> (start: Int, qualifier: Quantity.Qualifier)? {
        for start in max(0, index - 4)..<max(0, index) {
            if let match = pack.qualifiers.match(tokens, at: start), start + match.length == index {
                if isBlockedQualifier(tokens, at: start) { return nil }
                return (start, match.value)
            }
        }
        return nil
    }

    /// A scale word or phrase ending right before `index` (`Stärke`, `magnitude of`).
    func scaleBefore(_ tokens: [ClaimToken], _ index: Int) -> (start: Int, measure: String)? {
        for length in 1...3 where index - length >= 0 {
            if let scale = pack.scales.match(tokens, at: index - length), scale.length == length {
                return (index - length, scale.value)
            }
        }
        return nil
    }
}
