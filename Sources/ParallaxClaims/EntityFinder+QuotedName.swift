/// A body's name in quotation marks right after the noun of its kind (`die Bürgerinitiative „Sicherer Deich Senn“`, `the
/// campaign group “Safe Streets Now”`).
extension EntityFinder {
    /// Opening quotation marks of German and English news text: German low-9 (`„`, `‚`), guillemets either way (`»`, `«`),
    /// English curly (`“`, `‘`) and straight (`"`, `'`) marks.
    static let openingQuotes: Set<String> = ["„", "‚", "»", "«", "“", "‘", "\"", "'"]
    /// Closing quotation marks of both languages (German closes `„…“` with the English opening mark).
    static let closingQuotes: Set<String> = ["“", "‘", "”", "’", "«", "»", "\"", "'"]

    /// The end (after the closing mark) and lower-case name of a name quoted at `start`, or nil.
    ///
    /// News writing names a group, campaign or initiative in quotation marks after its kind: the whole quoted phrase is the
    /// body's name, adjectives and all (`„Sicherer Deich Senn“` — `Sicherer` is an adjective, so the run of name-like words
    /// the descriptor reads would stop before it, and a later finder read only `Deich Senn`). The quoted phrase must open with a
    /// capitalised word, hold words only (hyphens, `&` and `.` inside a name allowed) and close within eight tokens; a longer
    /// quotation or one with a comma, a number or a sentence mark is a quotation, not a name.
    /// - Complexity: O(1): at most ten tokens read.
    func quotedName(_ tokens: [ClaimToken], at start: Int) -> (end: Int, name: String)? {
        guard start + 2 < tokens.count, tokens[start].kind == .punctuation, Self.openingQuotes.contains(tokens[start].text),
            tokens[start + 1].kind == .word, tokens[start + 1].isCapitalized
        else { return nil }
        var cursor = start + 1
        while cursor < tokens.count, cursor - start <= 8 {
            let token = tokens[cursor]
            if token.kind == .punctuation {
                if Self.closingQuotes.contains(token.text) {
                    guard cursor > start + 1 else { return nil }
                    let name = tokens[(start + 1)..<cursor].map(\.lower).joined(separator: " ")
                    return (cursor + 1, name)
                }
                guard token.text == "-" || token.text == "&" || token.text == "." else { return nil }
            } else if token.kind != .word {
                return nil
            }
            cursor += 1
        }
        return nil
    }
}
