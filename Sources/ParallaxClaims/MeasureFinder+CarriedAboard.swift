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

/// The place after the last of two listed counts is the first's too (round 22): `Insgesamt befinden sich 2.860 Gäste und
/// 1.140 Crewmitglieder an Bord` places both on board, so the first, like the second, continues no earlier figure's measure
/// (dev16's `2.860 Gäste` took the wounded of the sentence before, `Neun Gäste werden im Klinikum … behandelt`).
extension MeasureFinder {
    /// True when a list joiner (`function-words.txt`, `list-joiner`: und, sowie, and) follows the count, then another figure
    /// within two words, then at most three words of its noun and a phrase that places it on board.
    /// - Complexity: O(1): at most nine tokens.
    func isAboardWithNextCount(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        let joiner = mention.end
        guard joiner + 2 < tokens.count, pack.listJoiners.contains(tokens[joiner]) else { return false }
        guard let number = ((joiner + 1)..<min(tokens.count, joiner + 4)).first(where: { tokens[$0].kind == .number }),
            !tokens[(joiner + 1)..<number].contains(where: { $0.kind != .word })
        else { return false }
        var position = number + 1
        while position < tokens.count, position - number <= 4, tokens[position].kind == .word {
            if pack.aboardPhrases.match(tokens, at: position) != nil { return true }
            position += 1
        }
        return false
    }
}
