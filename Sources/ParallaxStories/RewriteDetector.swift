public import ParallaxModel
import Foundation

/// Finds pairs of articles where one rewrites the other, or both rewrite one source text.
///
/// Two kinds of evidence count: wording (the MinHash estimate of shared word-pair shingles; lightly
/// edited copies share most of them) and facts told in the same order (figures and names of the
/// pair that appear in the same sequence in both). A pair rewrites on facts when it tells at least
/// three facts in the same order, a figure among them, and either at least two of them are
/// distinctive (facts that nearly every article of the story states are common knowledge of the
/// story, not evidence of copying) or they make up most of the shorter article's facts. Only
/// articles in the same language are compared: a translation tells the same facts by necessity.
struct RewriteDetector {
    /// Shingle Jaccard from which a pair is a copy or light edit on wording alone.
    var copyJaccard = 0.5
    /// Distinctive shared facts, in the same order, from which a pair is a rewrite on facts.
    var minimumOrderedFacts = 3
    /// Of those, facts the rest of the story does not commonly state, at least.
    var minimumDistinctiveFacts = 2
    /// Or: share of the shorter fact list told in the same order (the same sequence of facts).
    var minimumCoverage = 0.5
    /// Of those, figures at least: the same sequence of figures is what a rewrite keeps; two
    /// figures every report of an event states (the dead, the injured) are not enough.
    var minimumFigures = 1
    /// Score a rewrite on facts needs: a few shared facts in order happen by chance when reports
    /// follow the same chronology; a rewrite keeps most of them.
    var minimumFactScore = 0.3
    /// Share of the story's articles from which a fact counts as common to the story.
    var commonShare = 0.75

    /// Rewrite pairs among `members` (features of one story's articles), best first.
    func rewrites(among members: [ArticleFeatures]) -> [Story.Rewrite] {
        guard members.count >= 2 else { return [] }
        var storyFrequency: [UInt64: Int] = [:]
        for member in members {
            for key in Set(member.facts.map(\.key)) { storyFrequency[key, default: 0] += 1 }
        }
        let commonLimit = max(3, Int((Double(members.count) * commonShare).rounded(.up)))
        var result: [Story.Rewrite] = []
        for i in members.indices {
            for j in members.indices where j > i {
                if let rewrite = rewrite(members[i], members[j], storyFrequency: storyFrequency, commonLimit: commonLimit) {
                    result.append(rewrite)
                }
            }
        }
        return result.sorted { $0.score > $1.score }
    }

    private func rewrite(
        _ left: ArticleFeatures, _ right: ArticleFeatures, storyFrequency: [UInt64: Int], commonLimit: Int
    ) -> Story.Rewrite? {
        // A translation tells the same facts by necessity; rewriting is a matter of one language.
        guard left.language == right.language else { return nil }
        let jaccard = left.sketch.jaccard(right.sketch)
        let rightKeys = Set(right.facts.map(\.key))
        let leftKeys = Set(left.facts.map(\.key))
        let leftShared = left.facts.filter { rightKeys.contains($0.key) }
        let rightShared = right.facts.filter { leftKeys.contains($0.key) }
        let isDistinctive = { (fact: ArticleFeatures.Fact) in (storyFrequency[fact.key] ?? 0) < commonLimit }
        let ordered = Self.longestCommonSubsequence(leftShared, rightShared) { isDistinctive($0) ? 1 : 0.25 }
        let distinctive = ordered.filter(isDistinctive)
        let figures = distinctive.filter { $0.key & 3 == ArticleFeatures.Kind.figure.rawValue }
        let byWording = jaccard >= copyJaccard
        let coverage = Double(ordered.count) / Double(max(1, min(leftKeys.count, rightKeys.count)))
        let orderedFigures = ordered.filter { $0.key & 3 == ArticleFeatures.Kind.figure.rawValue }
        let byFacts =
            ordered.count >= minimumOrderedFacts
            && ((distinctive.count >= minimumDistinctiveFacts && figures.count >= minimumFigures)
                || (coverage >= minimumCoverage && orderedFigures.count >= minimumFigures))
        let factScore = min(
            1, max(coverage, (Double(distinctive.count) + 0.25 * Double(ordered.count - distinctive.count)) / 5))
        let score = min(1, max(jaccard, 0.4 * jaccard + 0.6 * factScore))
        guard byWording || (byFacts && score >= minimumFactScore) else { return nil }
        let overlap = String(format: "%.2f", jaccard)
        let evidence =
            ordered.isEmpty
            ? "\(overlap) shingle overlap"
            : "shares \(ordered.map(\.label).joined(separator: " / ")) in the same order; \(overlap) shingle overlap"
        return Story.Rewrite(articles: [left.id, right.id], score: (score * 100).rounded() / 100, evidence: evidence)
    }

    /// The heaviest sequence of facts that appears in the same order in both lists (by key).
    static func longestCommonSubsequence(
        _ left: [ArticleFeatures.Fact], _ right: [ArticleFeatures.Fact],
        weight: (ArticleFeatures.Fact) -> Double = { _ in 1 }
    ) -> [ArticleFeatures.Fact] {
        guard !left.isEmpty, !right.isEmpty else { return [] }
        var table = [[Double]](repeating: [Double](repeating: 0, count: right.count + 1), count: left.count + 1)
        for i in stride(from: left.count - 1, through: 0, by: -1) {
            for j in stride(from: right.count - 1, through: 0, by: -1) {
                table[i][j] =
                    left[i].key == right[j].key
                    ? table[i + 1][j + 1] + weight(left[i]) : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [ArticleFeatures.Fact] = []
        var (i, j) = (0, 0)
        while i < left.count && j < right.count {
            if left[i].key == right[j].key && table[i][j] == table[i + 1][j + 1] + weight(left[i]) {
                result.append(left[i])
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
