import ParallaxModel

/// A participle of measure between a determiner and its noun is an adjective of that noun, not the verb of its clause
/// (`the affected schools`, `die betroffenen Schulen`; round 11). Round 21 widens the determiners to those that quantify
/// (`each affected household`, `alle evakuierten Bewohner`, `jede betroffene Familie`; `function-words.txt`,
/// `quantifier`) and lets adverbs of degree stand between (`in der voll besetzten Halle`, `the most badly damaged
/// homes`; `degree`): dev15 read `The town is paying each affected household €2,000` as affected and `fast 500 Zuschauer in
/// der voll besetzten Halle` as controlled.
extension MeasureFinder {
    /// True when the one-word participle at `index` stands after a determiner, perhaps with adverbs of degree between,
    /// and before a noun (capitalised where nouns are, else a word that is no function word).
    /// - Complexity: O(1): at most three words before it and one after.
    func isAttributive(at index: Int, length: Int, isNoun: Bool, tokens: [ClaimToken]) -> Bool {
        let next = index + length
        guard !isNoun, length == 1, index > 0, next < tokens.count, tokens[next].kind == .word,
            pack.capitalizesNouns ? tokens[next].isCapitalized : !pack.commonWords.contains(tokens[next].lower)
        else { return false }
        var start = index - 1
        while start > 0, index - start <= 2, pack.degreeWords.contains(tokens[start]) { start -= 1 }
        return pack.sourceSkips.contains(tokens[start]) || pack.quantifierDeterminers.contains(tokens[start])
    }
}
