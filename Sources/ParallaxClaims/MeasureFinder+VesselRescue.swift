import ParallaxModel

/// People evacuated from a vessel are rescued (round 22).
///
/// `Die 23 Besatzungsmitglieder wurden ausgeflogen`, `Die 23 Seeleute an Bord wurden von Hubschraubern ausgeflogen`, `All 219
/// people on board were brought to safety`, `in einem Boot mit 522 Menschen an Bord, die in Sicherheit gebracht wurden`: the
/// verbs of evacuation (`ausgeflogen`, `in Sicherheit gebracht`, `brought to safety`) name a rescue when those they move are a
/// vessel's company — counted as its crew, placed on board, or taken off it (`von Bord geholt`). Residents moved to safety
/// stay evacuated (`Rund 250 Menschen … wurden in Sicherheit gebracht`), and so do people a ferry carries away (`ferry crews
/// … carry hundreds of islanders to safety`: the crew are the movers, not the moved). Writers agree: dev13, dev16 and
/// `real`'s annotators give such figures `rescued`, every writer gives residents `evacuated`.
extension MeasureFinder {
    /// `rescued` for an `evacuated` figure that counts a vessel's company: its counted noun is a crew noun
    /// (`measure-governors.txt`, `crew`: a word of the noun that starts with one of the stems, or ends in one where nouns
    /// are capitalised and compounded), the words right after it place it on board, or a phrase of its clause takes people
    /// off a vessel (`offboard`); else `found` unchanged.
    /// - Complexity: O(n) in the clause's tokens, once per figure a verb of evacuation measures.
    func vesselRescue(_ found: String?, mention: QuantityMention, clause: Range<Int>, tokens: [ClaimToken]) -> String? {
        guard found == "evacuated" else { return found }
        let governors = MeasureGovernors.of(pack.language)
        let noun = (mention.number + 1)..<mention.end
        let crew = noun.contains { index in
            let word = tokens[index].lower
            return governors.crewStems.contains {
                word.hasPrefix($0) || (pack.capitalizesNouns && word.hasSuffix($0) && word.count > $0.count + 2)
            }
        }
        if crew || isAboard(mention, tokens: tokens) { return "rescued" }
        if clause.contains(where: { tokens[$0].kind == .word && governors.offboard.match(tokens, at: $0) != nil }) {
            return "rescued"
        }
        return found
    }
}
