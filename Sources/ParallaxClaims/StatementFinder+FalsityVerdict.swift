import ParallaxModel

/// A verdict of falsity on a reported claim is a denial (round 29, statements29).
///
/// `Berichte, wonach unsere Kontrollen … gefunden hätten, sind falsch`, `Die Behauptung, …, ist schlicht falsch`, `Reports
/// that the firm knew are false` (``FalsityVerdicts``) deny the claim they name as a verb of denial does, and assert nothing
/// of what the claim's own clause says. The denier is the sentence's speaker; a verdict no one is said to speak is the
/// article's own voice, whose party ``ClaimExtractor/namingVerdictParties(_:analyses:pack:)`` names.
extension StatementFinder {
    /// The denial a verdict of falsity makes, contesting the statement its words share most with
    /// (``deniedStatement(_:among:sentenceBefore:denier:)``); nil when the sentence is no such verdict.
    /// - Complexity: O(1) for a sentence that does not open with a noun of a claim; else O(*n*) in its tokens.
    func falsityVerdictDenial(_ analysis: SentenceAnalysis, candidates: [Claim], sentenceBefore: String?) -> Claim? {
        let tokens = analysis.tokenized.tokens
        guard let verdict = pack.falsityVerdicts.verdict(in: tokens) else { return nil }
        let speaker = analysis.effective.flatMap { effective in effective.source.map { (name: $0, text: effective.text) } }
        let target = deniedStatement(analysis, among: candidates, sentenceBefore: sentenceBefore, denier: speaker?.name)
        let statement = Claim.Statement(
            subject: speaker?.name, predicate: "denies",
            object: target?.statement.map { [$0.predicate, $0.object].compactMap { $0 }.joined(separator: " ") },
            denies: target?.id, deniedBy: speaker?.name)
        let words = analysis.tokenized.slice(verdict.lowerBound, verdict.upperBound)
        // Without a speaker the verdict is the article's own voice: ``ClaimExtractor/namingVerdictParties(_:analyses:pack:)``
        // names its party from the whole article.
        let attribution = speaker.map {
            Attribution(text: $0.text, source: $0.name, hedged: analysis.effective?.hedged ?? false, why: "denial “\(words)”")
        } ?? Attribution(text: words, source: nil, hedged: false, why: "\(ClaimExtractor.partylessVerdictWhy) “\(words)”")
        return claim(analysis, statement: statement, subject: speaker?.name, attribution: attribution)
    }
}
