import Foundation
import ParallaxModel

/// A denial's sentence that cites a figure the story agrees on.
extension ClaimGrouper {
    /// Whether a denial's sentence gives only a figure that the story states undisputed: its figure's group
    /// holds a figure of another article outside any denial's sentence, and every figure of the group outside a
    /// denial's sentence states the same number as the figures of the denial's sentence. A denier who cites an
    /// agreed fact ("WOS rejects that, saying it is investing €23 million", the €23 million two other reports
    /// give) contests something else — the accusation — not that figure; the denial is then placed as a denial
    /// that names no figure (an accusation group, another denial group, or one of its own) and the figure's
    /// group keeps the status of its figures. A counter-figure — another number than the group's figures
    /// outside denials ("90 Minuten" against "sechs Stunden"), or a figure only denials give — still disputes
    /// its group as before.
    /// - Complexity: O(m) in the size of the figure's group.
    static func citesAgreedFigure(_ denial: ClaimFacts, group: [ClaimFacts]) -> Bool {
        // Plain loops: the closures' form of this test crashed the Swift 6.3.1 optimiser (SIL verification in
        // `OwnershipModelEliminator`) in release builds.
        var cited: [ClaimFacts] = []
        var undisputed: [ClaimFacts] = []
        for fact in group {
            if fact.sentenceKey == denial.sentenceKey { cited.append(fact) }
            if !fact.inDenialSentence { undisputed.append(fact) }
        }
        guard !cited.isEmpty else { return false }
        var otherArticle = false
        for fact in undisputed where fact.article.id != denial.article.id { otherArticle = true }
        guard otherArticle else { return false }
        for figure in cited {
            for fact in undisputed where !(FigureClusters.sameValue(fact, figure) || FigureClusters.sameStatedFigure(fact, figure)) {
                return false
            }
        }
        return true
    }
}
