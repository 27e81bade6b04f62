import ParallaxModel

/// The workforce a firm has (round 24).
///
/// `Nordwerk, which has 40 branches and about 900 employees`, `The group has some 2,300 staff`, `Die Reederei hat rund 900
/// Mitarbeiter`, `die rund 2.300 Beschäftigte hat`: a count of workers a verb of having governs (`measure-governors.txt`, `have`)
/// is how many the firm employs. Every writer who annotates such counts gives them `employed` (dev4, dev6, dev17); `staff` and
/// `employees` carry no measure of their own, since workers are counted in strikes, accidents and lay-offs too. Only when no
/// other word of the clause names a measure: `hat 400 Beschäftigte entlassen` is a cut, and a sentence of a strike or a protest
/// still drops `employed` afterwards.
extension MeasureFinder {
    /// `employed` when the figure counts workers and a verb of having stands within six words of it in its clause, with no
    /// stop or comma between; nil otherwise.
    /// - Complexity: O(1): at most twelve tokens, only for counts of workers without a measure.
    func heldWorkforce(_ mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard mention.quantity.unit == "worker" else { return nil }
        let haves = MeasureGovernors.of(pack.language).haves
        guard !haves.isEmpty else { return nil }
        var scan = mention.first - 1
        while scan >= 0, mention.first - scan <= 6, tokens[scan].kind != .punctuation {
            if haves.contains(tokens[scan].lower) { return "employed" }
            scan -= 1
        }
        scan = mention.end
        while scan < tokens.count, scan - mention.end <= 2, tokens[scan].kind != .punctuation {
            if haves.contains(tokens[scan].lower) { return "employed" }
            scan += 1
        }
        return nil
    }
}
