/// A named body after noun adjuncts (round 32, source32): English classifies a kind's noun by nouns written before it
/// (`airport operator FHG`, `the dockers' union Hafenbund`, `the stage workers' union …`), where German writes one
/// compound (`des Flughafenbetreibers FHG`). The adjuncts name no party of their own: the kind's noun and the name after
/// it — the entity finder's descriptor and name — are the party.
extension AttributionFinder {
    /// The party named after lower-case noun adjuncts that open at `start`: the first entity of `window` that is no generic
    /// party and no person, starting one to three tokens after `start`, with only lower-case words (no source stop) and
    /// possessive marks (`dockers'`) between; nil otherwise.
    /// - Complexity: O(window) with at most three tokens read per party; once per `after` cue in languages that do not
    ///   capitalise nouns.
    func adjunctNamedParty(_ tokens: [ClaimToken], from start: Int, among window: [EntityMention]) -> EntityMention? {
        guard start < tokens.count, tokens[start].kind == .word, !tokens[start].isCapitalized else { return nil }
        return window.first { party in
            guard party.first > start, party.first <= start + 3, party.kind != "generic", party.kind != "person",
                party.end > party.first, tokens[party.first..<party.end].contains(where: \.isCapitalized)
            else { return false }
            return tokens[start..<party.first].indices.allSatisfy { index in
                let token = tokens[index]
                if token.kind == .word { return !token.isCapitalized && !pack.sourceStops.contains(token) }
                // A plural possessive's mark right after its noun (`dockers'`).
                return index > start && (token.text == "'" || token.text == "\u{2019}") && tokens[index - 1].lower.hasSuffix("s")
            }
        }
    }
}
