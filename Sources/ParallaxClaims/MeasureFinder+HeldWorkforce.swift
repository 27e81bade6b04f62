import ParallaxModel

/// The workforce a firm has (round 24).
///
/// `Nordwerk, which has 40 branches and about 900 employees`, `The group has some 2,300 staff`, `Die Reederei hat rund 900
/// Mitarbeiter`: a count of workers a verb of having governs (`measure-governors.txt`, `have`) is how many the firm employs. Every writer who annotates such counts gives them `employed` (dev4, dev6, dev17); `staff` and
/// `employees` carry no measure of their own, since workers are counted in strikes, accidents and lay-offs too. Only when no
/// other word of the clause names a measure: `hat 400 Beschäftigte entlassen` is a cut, and a sentence of a strike or a protest
/// still drops `employed` afterwards.
extension MeasureFinder {
    /// `employed` when the figure counts workers and a verb of having stands right before it (`has about 900 employees`,
    /// `hat rund 900 Mitarbeiter`) or before a list of the firm's other figures joined to it (`has 40 branches and about 900
    /// employees`: a number, its words, `and`); nil otherwise. Any other word between is taken for a verb or an adverb the
    /// figure may belong to (`have questioned 40 staff`).
    /// - Complexity: O(1): at most eight tokens, only for counts of workers without a measure.
    func heldWorkforce(_ mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard mention.quantity.unit == "worker", mention.first > 0 else { return nil }
        let governors = MeasureGovernors.of(pack.language)
        if governors.haves.contains(tokens[mention.first - 1].lower) { return "employed" }
        // A list before the figure: the verb of having, a number and up to three words, a joining word.
        guard mention.first >= 3, governors.haveJoins.contains(tokens[mention.first - 1].lower) else { return nil }
        for have in max(0, mention.first - 6)..<(mention.first - 2) where governors.haves.contains(tokens[have].lower) {
            let between = tokens[(have + 1)..<(mention.first - 1)]
            if between.first?.kind == .number, between.dropFirst().allSatisfy({ $0.kind == .word }) { return "employed" }
        }
        return nil
    }
}
