import ParallaxModel

/// A person's age written as an apposition between commas after the name (round 18, realqty18): `Kenia Avila, 35, said`,
/// `Sen. John McCain, 81, of Arizona`, `said Maria Lopez, 42.` News writing in English (and German wire copy) gives ages
/// this way; docs/VOCABULARY.md leaves ages out, as `35 years old` and `(35)`.
extension QuantityFinder {
    /// True when a plain integer of at most three digits below 120 stands right after a comma that follows a capitalised word
    /// (the name) and right before a comma, a full stop or a closing bracket or dash: an age, no count. A figure with a noun
    /// (`Texas, 40 people, …`) or a qualifier runs on past the number and is kept.
    /// - Complexity: O(1).
    func isAgeApposition(_ tokens: [ClaimToken], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isPlainInteger, token.text.utf8.count <= 3, let age = Int(token.text), (1..<120).contains(age),
            index >= 2, tokens[index - 1].text == ",", tokens[index - 2].kind == .word, tokens[index - 2].isCapitalized,
            index + 1 < tokens.count
        else { return false }
        return Self.appositionClosers.contains(tokens[index + 1].text)
    }

    /// Marks that close an apposition.
    static let appositionClosers: Set<String> = [",", ".", ")", "–", "—", ";"]
}
