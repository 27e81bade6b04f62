/// A party named inside a bracketed list of another's parts is not the subject of the verb after the bracket
/// (`United Internet (1&1, GMX, Web.de) rechnet mit …` → united internet, not gmx).
extension AttributionFinder {
    /// The party whose name stands right before the bracketed list holding `party`, or nil when `party` is in no such list.
    ///
    /// The subject before a verb of reckoning or saying is read as the nearest party before the verb; a group named with its
    /// brands in brackets (``BodyMemory/withoutBracketedParts(_:tokens:entities:pack:)``) put its last brand nearest. A single
    /// name in brackets is the speaker's abbreviation (`… Agency (NDMA) said`) and stays the speaker.
    /// - Complexity: O(parties): one scan back for the bracket (at most sixteen tokens) and one for the owner.
    func bracketListOwner(of party: EntityMention, _ tokens: [ClaimToken], among parties: [EntityMention]) -> EntityMention? {
        let floor = max(0, party.first - 16)
        guard party.first > 1, let open = tokens[floor..<party.first].lastIndex(where: { $0.text == "(" || $0.text == ")" }),
            tokens[open].text == "(", let inside = BodyMemory.bracketedList(openingAt: open, tokens, pack: pack),
            party.end <= inside.upperBound
        else { return nil }
        return parties.last { $0.end == open && !$0.isAdjective && $0.kind != "country" && $0.kind != "place" }
    }
}
