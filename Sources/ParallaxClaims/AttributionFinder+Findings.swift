/// A finding as the object of a prepositional cue (round 35, source35; `findings.txt`): `according to the provisional
/// results of the electoral commission` names the commission, `According to the provisional result, Strom won 18,406 votes`
/// and `Nach dem vorläufigen Ergebnis hatte Amtsinhaberin Ilka Strom … erhalten` name no party.
extension AttributionFinder {
    /// The finding an `after` cue ending at `cueEnd` opens: the cue's own last word when it is a finding noun (`nach dem
    /// vorläufigen Ergebnis`), else determiners, modifiers and a finding noun right after the cue (`the provisional result`).
    /// Returns the index of the noun, the index past the finding, and the index past its author link (a link word, or a
    /// participle and a link: `figures released by`), nil when no author follows; nil when the cue opens no finding or, in
    /// a word that may go on with a name follows the noun (`the statistics office`, `Statistik Austria`).
    /// - Complexity: O(1): at most six tokens after the cue.
    func finding(_ tokens: [ClaimToken], cueEnd: Int) -> (noun: Int, end: Int, authorStart: Int?)? {
        guard cueEnd > 0, cueEnd <= tokens.count else { return nil }
        var noun = cueEnd - 1
        if !pack.findings.nouns.contains(tokens[noun]) {
            var index = cueEnd
            while index < tokens.count, index - cueEnd < 5, tokens[index].kind == .word,
                pack.sourceSkips.contains(tokens[index]) || pack.findings.modifiers.contains(tokens[index])
            {
                index += 1
            }
            guard index < tokens.count, tokens[index].kind == .word, pack.findings.nouns.contains(tokens[index]) else { return nil }
            noun = index
        }
        let end = noun + 1
        if end < tokens.count, pack.findings.links.contains(tokens[end]) { return (noun, end, end + 1) }
        if end + 1 < tokens.count, pack.findings.participles.contains(tokens[end]), pack.findings.links.contains(tokens[end + 1]) {
            return (noun, end, end + 2)
        }
        // `according to the statistics office`, `laut Statistik Austria`: a word after the noun may go on with a name, so only a
        // finding that closes its phrase names no party — before punctuation (`the provisional result,`) or, where nouns are
        // capitalised, before a lower-case word (`Nach dem vorläufigen Ergebnis hatte …`).
        guard end == tokens.count || tokens[end].kind != .word || (pack.capitalizesNouns && !tokens[end].isCapitalized) else {
            return nil
        }
        return (noun, end, nil)
    }
}
