import ParallaxModel

/// A count on board is the vessel's company only after `mit`/`with` (round 22).
///
/// `eine Fähre mit 412 Menschen an Bord sank`, `a tour boat with 58 people on board capsized`: the count hangs on the vessel by
/// the companion preposition, and the clause's verb tells what happened to the vessel (round 9). A count on board that is
/// itself the subject or object of its clause (`Derzeit sind 243 Personen an Bord erkrankt`, `Die 23 Seeleute an Bord wurden
/// ausgeflogen`, `More than 240 people on board were ill`, `All 219 people on board were brought to safety`) undergoes its
/// clause's verb like any count: `an Bord` only says where they are. Five writers' gold reads it so (dev13, dev16; dev5,
/// dev6, dev10, dev11, dev14 annotate the counts after `mit`/`with` and the bare `waren an Bord` without a measure, which
/// neither reading changes).
extension MeasureFinder {
    /// True when a companion preposition (`function-words.txt`, `companion`: mit, with) stands before the count, at most two
    /// words before its first token (`mit fast 500 Menschen`, `with some 75 people`), with no punctuation between.
    /// - Complexity: O(1): at most three tokens.
    func isCarriedAboard(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        var position = mention.first - 1
        while position >= 0, mention.first - position <= 3 {
            let token = tokens[position]
            guard token.kind == .word else { return false }
            if pack.companionPrepositions.contains(token) { return true }
            position -= 1
        }
        return false
    }
}
