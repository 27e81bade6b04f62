/// Titles before a name after a verb of saying.
extension AttributionFinder {
    /// The first token after the roles and titles that open at `start`, with their full stops (`Lt. Col.`, `Maj. Gen.`,
    /// `Prof. Dr.`), at most six tokens on; `start` itself when none opens there. A speaker after a verb is looked for a
    /// few tokens past this point, so that two abbreviated titles do not push the name out of reach (round 30: `said Lt.
    /// Col. Mark Dray` had no source).
    func pastTitles(_ tokens: [ClaimToken], from start: Int) -> Int {
        var position = start
        while position < tokens.count, position - start < 6 {
            if position > start, tokens[position].text == "." {
                position += 1
            } else if let role = pack.roles.match(tokens, at: position) {
                position += role.length
            } else {
                break
            }
        }
        return position
    }
}
