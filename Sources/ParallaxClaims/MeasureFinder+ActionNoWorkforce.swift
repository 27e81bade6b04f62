import ParallaxModel

/// Workers counted in a sentence of a strike or a protest (round 23).
///
/// `Beschäftigte`, `staff` and a verb of work (`stopped work`) make a count of workers a workforce (`employed`). In a
/// sentence that names industrial action (`industrial-action.txt`) or a protest (`measure-governors.txt`, `protest`) the
/// workers counted are those who strike or protest (`Hunderte Beschäftigte protestierten vor dem Werkstor`, `About 900 dock
/// workers stopped work in a 24-hour strike`): what they do is no measure of docs/VOCABULARY.md, and how many a firm
/// employs is not what the sentence says. The rule only drops `employed`; a whole's size (`knapp 3.000 der rund 6.000
/// Beschäftigten`) comes from the rules of wholes.
extension MeasureFinder {
    /// True when `found` is `employed` and the sentence names a strike or a protest.
    /// - Complexity: O(n · p) in the tokens and the handful of word starts, and only for a figure found `employed`.
    func isWorkforceInAction(_ found: String?, tokens: [ClaimToken]) -> Bool {
        guard found == "employed" else { return false }
        if pack.industrialAction.isNamed(in: tokens) { return true }
        let starts = MeasureGovernors.of(pack.language).protestStarts
        return tokens.contains { token in token.kind == .word && starts.contains { token.lower.hasPrefix($0) } }
    }
}
