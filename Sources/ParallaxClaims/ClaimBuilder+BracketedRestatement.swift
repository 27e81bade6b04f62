import ParallaxModel

/// A figure converted in brackets (`about €25 million ($27 million)`, `which covered about 1,800 square metres (about 0.45
/// acres)`) undergoes what the figure it restates undergoes (round 21): the words around the bracket are that figure's,
/// and the measure finder, reading from inside the bracket, often finds none. Every study gold gives both the same
/// measure (`QuantityFinder+BracketedRestatement.swift`). Only a bracket that its own reading leaves without a measure
/// takes the other's: a wrong measure of the first figure (`The twister cut a track about 5.6 miles (9 km)`) is not spread.
extension ClaimBuilder {
    /// True when `mention` restates `previous`, the figure right before it in its sentence, in brackets.
    /// - Complexity: O(1).
    func restatesInBrackets(_ mention: QuantityMention, previous: QuantityMention?, tokens: [ClaimToken]) -> Bool {
        guard let previous else { return false }
        return QuantityFinder.restatesInBrackets(mention, previous, tokens: tokens, pack: pack)
    }
}
