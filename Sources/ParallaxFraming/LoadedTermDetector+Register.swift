/// News idiom made the writer's evaluation by its use (round 26). Words that wire copy itself writes when it reports
/// (`@opinion` in `loaded-terms.txt`: "Skandal", "Katastrophe", "Chaos", "Trauerspiel", "disaster", "drama") count in
/// the writer's voice only in the headline or an opinion sentence. Two forms of use make them loaded in any sentence
/// of the writer's voice, without a longer list:
/// - **An intensifier right before the word** (round 9's kind `intensifier` of `opinion-cues.txt`: "völlig", "total",
///   "absolut", "komplett", "utterly", "totally"; with the language's endings also the adjectives "totales Chaos",
///   "die absolute Katastrophe", "das komplette Desaster"): the writer heightens the label, which wire copy does not
///   do. The term then runs from the intensifier.
/// - **The shouting register** (round 21: an article whose writer exclaims at least twice in the own voice): the
///   register, not the sentence, tells the writer's colour from the wire's report ("Im Rathaus herrscht seit Wochen
///   Chaos" in a piece that shouts). Not when a capitalised word follows the idiom directly: a genre before a title
///   ("dem Trauerspiel Kabale und Liebe", "the drama Succession") names a work.
/// Both leave the usage rules as they are (a quotation or a verb of saying still hands the word to its speaker) and
/// look only at a match of such a pattern that is `used`, so they add no pass over any sentence.
extension LoadedTermDetector {
    /// Why news idiom in the writer's voice counts outside a headline or an opinion sentence, with the index of the
    /// intensifier the term then opens with, or `nil` when it counts only there.
    /// - Parameters:
    ///   - match: a match of a pattern of context ``opinionOnlyContext``.
    ///   - topics: the article's topics (``shoutingRegister`` when the writer shouts).
    func idiomInWritersUse(
        _ match: PhraseMatcher.Match, in evidence: SentenceEvidence, topics: Set<String>
    ) -> (reason: String, intensifier: Int?)? {
        guard let first = match.wordIndices.first, let last = match.wordIndices.last else { return nil }
        if first > 0,
            evidence.opinionCues.contains(where: { $0.pattern.label == "intensifier" && $0.wordIndices.last == first - 1 })
        {
            return ("intensified news idiom", first - 1)
        }
        guard topics.contains(Self.shoutingRegister) else { return nil }
        if last + 1 < evidence.words.count, evidence.tokens.written(last + 1).first?.isUppercase == true,
            !evidence.text.utf8.dropFirst(evidence.words[last].source.upperBound)
                .prefix(evidence.words[last + 1].source.lowerBound - evidence.words[last].source.upperBound)
                .contains(where: { $0 != UInt8(ascii: " ") })
        {
            return nil
        }
        return ("news idiom in the shouting register", nil)
    }
}
