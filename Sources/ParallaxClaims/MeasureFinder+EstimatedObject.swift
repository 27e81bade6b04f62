internal import ParallaxModel

/// The measure of an amount given for a noun a participle of measure describes (round 34).
///
/// `Der Weinbauverband schätzt die beschädigte Rebfläche auf 1.800 Hektar`, `The agency puts the damaged timber at 1.8 million
/// cubic metres`, `Die verbrannte Fläche wuchs auf 300 Hektar`: the figure after `auf`/`at`/`to` (`target-prepositions.txt`) is
/// the amount of the noun before it in its clause, and a participle of measure attributive to that noun (``isAttributive(at:
/// length:isNoun:tokens:)``, left out of the clause's verbs) says what that amount underwent. German and English build the
/// estimate the same way: the verb (`schätzen`, `beziffern`, `put`, `estimate`), its object with the participle, the preposition
/// and the figure. Only for counts and measurements: a sum (`Den Schaden an den beschädigten Häusern beziffert die Versicherung
/// auf …`) is the cost its own nouns name, and a share is a level.
extension MeasureFinder {
    /// The measure of the nearest participle of measure attributive to a noun before the figure in its clause, when a target
    /// preposition stands right before the figure and no other figure between; nil otherwise, and for a participle of change.
    /// - Complexity: O(n) phrase look-ups over the clause's words before the figure, only for a figure after such a preposition.
    func estimatedObjectMeasure(of mention: QuantityMention, clause: Range<Int>, tokens: [ClaimToken]) -> String? {
        guard let unit = mention.quantity.unit, unit != "percent", !pack.currencyCodes.contains(unit), mention.first >= 3,
            pack.targetPrepositions.contains(tokens[mention.first - 1])
        else { return nil }
        var index = mention.first - 2
        while index >= clause.lowerBound, tokens[index].kind != .number {
            // A change is the figure's level, never what the noun underwent (`a boat that sank …, bringing the total to 78`).
            if tokens[index].kind == .word, let match = pack.measures.match(tokens, at: index), !match.value.isNoun,
                !Self.changeMeasures.contains(match.value.label),
                isAttributive(at: index, length: match.length, isNoun: false, tokens: tokens),
                admits(match.value.label, unit: unit), fitsDimension(match.value, unit: unit)
            {
                return match.value.label
            }
            index -= 1
        }
        return nil
    }
}
