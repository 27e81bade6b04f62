/// A finding whose author stands before it in the possessive, as the object of a prepositional cue (round 35, carry35):
/// `according to the interior ministry's estimate`, `according to the island council's latest count`. The owner is the
/// source, read as if it followed the cue alone (`according to the interior ministry`), as `according to figures from the
/// ministry` names the ministry after the finding.
extension AttributionFinder {
    /// The sentence's tokens up to the possessive owner of a finding that follows the cue ending at `cueEnd`, the owner's
    /// possessive ending dropped, and the entities found in them; nil when no owner in the possessive (at most four words
    /// after the cue, words only) is followed by modifiers and a finding noun of `findings.txt`.
    /// - Complexity: O(1) to reject (at most eight tokens after the cue); the entity finder runs over the sentence up to the
    ///   owner only when the shape matches.
    func possessiveFindingOwner(_ tokens: [ClaimToken], cueEnd: Int) -> (tokens: [ClaimToken], entities: [EntityMention])? {
        var owner = cueEnd
        while owner < tokens.count, owner - cueEnd < 4, tokens[owner].kind == .word,
            !EntityFinder.isPossessive(tokens[owner].lower)
        {
            owner += 1
        }
        guard owner < tokens.count, tokens[owner].kind == .word, EntityFinder.isPossessive(tokens[owner].lower) else { return nil }
        var noun = owner + 1
        while noun < tokens.count, noun - owner <= 3, pack.findings.modifiers.contains(tokens[noun]) { noun += 1 }
        guard noun < tokens.count, pack.findings.nouns.contains(tokens[noun]),
            let ending = ClaimExtractor.possessiveEndings.first(where: { tokens[owner].text.hasSuffix($0) })
        else { return nil }
        let word = tokens[owner]
        let bare = ClaimToken(
            text: String(word.text.dropLast(ending.count)), kind: .word, start: word.start, end: word.end,
            spaceBefore: word.spaceBefore)
        let reading = Array(tokens[..<owner]) + [bare]
        return (reading, EntityFinder(pack: pack).find(in: reading))
    }
}
