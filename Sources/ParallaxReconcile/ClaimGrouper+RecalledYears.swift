import ParallaxModel

/// A figure in a clause that recalls a past year's event: "the deadliest crash since 2019, when nine people died",
/// "das schwerste Unglück seit 1994, als sieben Menschen ums Leben kamen". News writing measures an event against
/// a precedent so — a year, a comma and a temporal conjunction (`when`, `als`) opening a clause on that year — and
/// the precedent's figures are another event's, neither rivals of the story's count nor an earlier state of it.
extension ClaimGrouper {
    /// Whether the figure's clause opens with a conjunction of `when-after-year` (`Lexicons/<lang>/distinctions.tsv`)
    /// right after a year (four digits) before its article's publication year — any such year when the article is
    /// undated. Only the clause the conjunction opens: "In 2019, when the plant opened, 300 people worked there"
    /// gives the 300 in the next clause, which this does not mark.
    /// - Parameters:
    ///   - clauseBefore: the words of the figure's clause up to its number (``clauseWords(of:)``).
    ///   - sentenceBefore: the words of its sentence up to its number.
    /// - Complexity: O(w) in the words of the sentence before the figure.
    static func recallsPastYear(clauseBefore: String, sentenceBefore: String, of fact: ClaimFacts, cues: DistinctionCues) -> Bool {
        guard !cues.whenAfterYear.isEmpty else { return false }
        let clause = clauseBefore.split(separator: " ")
        guard let opening = clause.first, cues.whenAfterYear.contains(String(opening)) else { return false }
        let sentence = sentenceBefore.split(separator: " ")
        // The sentence's words before the clause end with the year.
        guard sentence.count > clause.count, sentence.suffix(clause.count).elementsEqual(clause) else { return false }
        let word = sentence[sentence.count - clause.count - 1]
        guard word.count == 4, word.allSatisfy(\.isNumber), let year = Int(word), (1900...2100).contains(year) else { return false }
        guard let published = fact.article.published, let publicationYear = Int(published.prefix(4)) else { return true }
        return year < publicationYear
    }
}
