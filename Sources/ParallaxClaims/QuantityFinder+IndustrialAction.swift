import ParallaxModel

/// People counted by their trade in a sentence of industrial action (round 22; `IndustrialAction.swift`).
extension QuantityFinder {
    /// True when the counted noun ending at `end` opens a list of kinds of people (`Several hundred teachers and parents`),
    /// whose figure counts persons: a connector or comma follows, then a word of another stem. Paired forms of one trade are
    /// no list (`Lehrerinnen und Lehrer`, `Pilotinnen und Piloten`: the same first four letters).
    /// - Complexity: O(1): three tokens are read.
    func opensListOfKinds(_ tokens: [ClaimToken], end: Int) -> Bool {
        guard end > 0, end + 1 < tokens.count, tokens[end - 1].kind == .word, tokens[end + 1].kind == .word,
            tokens[end].text == "," || tokens[end].kind == .word && pack.numberConnectors.contains(tokens[end].lower)
        else { return false }
        return tokens[end - 1].lower.prefix(4) != tokens[end + 1].lower.prefix(4)
    }
}
