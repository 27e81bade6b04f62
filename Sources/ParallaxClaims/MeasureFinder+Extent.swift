import ParallaxModel

/// An area, a volume or a weight followed by an adjective of size (`das rund 1.800 Quadratmeter große Dach`, `den 70 Kilo
/// schweren Körper`, `das 50.000 Tonnen schwere Schiff`; round 21) describes the noun that adjective qualifies: its size,
/// whatever the clause's verb does to that noun (`gab etwa die Hälfte des rund 4.000 Quadratmeter großen Daches nach`
/// read `nachgeben` as a fall). Lengths have their own rows (`lang`, `hoch`, `breit`: ``dimension(of:tokens:)``); these
/// are the adjectives the other measurements take, German `groß` and `schwer` in every inflection, English `in size`,
/// `in area`, `heavy` (`dimension-words.txt`, `extent-after`).
extension MeasureFinder {
    /// `size` when an adjective of size follows an area, volume or weight right after its unit, else `nil`.
    /// - Complexity: O(1): one phrase look-up after the figure.
    func extentSize(of mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard let unit = mention.quantity.unit, pack.extentUnits.contains(unit), mention.end < tokens.count,
            tokens[mention.end].kind == .word, pack.extentAdjectives.match(tokens, at: mention.end) != nil
        else { return nil }
        return "size"
    }
}
