/// A pronoun as the subject of a verb of saying after a colon that a person's sentence opened (round 35, carry35): `Die
/// Insolvenzverwalterin Ines Vogler zeichnete ein anderes Bild: Es fehlen 600 Millionen Euro, sagte sie.`, `Administrator
/// Ines Vogler painted a different picture: 600 million euros are missing, she said.` The person is named in the same sentence,
/// so the article's last person (``SpeakerContext/lastPerson``, recorded after each sentence) is not yet that person.
extension AttributionFinder {
    /// The person named before the last colon ahead of the verb cue at `cue`, when a pronoun stands right before or after the
    /// verb (`sagte sie`, `she said`) and no other person stands between the colon and the verb; nil otherwise.
    /// - Complexity: O(n) in the tokens before the cue, only for a verb cue that nothing else gave a source.
    func colonIntroducedPerson(_ tokens: [ClaimToken], cue: Range<Int>, speakers: [EntityMention]) -> String? {
        let index = cue.lowerBound
        guard tokens[max(0, index - 2)..<min(tokens.count, cue.upperBound + 2)].contains(where: { pack.pronouns.contains($0) }),
            let colon = tokens[..<index].lastIndex(where: { $0.text == ":" }),
            !speakers.contains(where: { $0.kind == "person" && $0.first > colon && $0.first < index }),
            let person = speakers.last(where: { $0.kind == "person" && $0.end <= colon })
        else { return nil }
        return person.name
    }
}
