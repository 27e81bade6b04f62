import ParallaxModel
import Foundation

/// Finds pairs of articles where one rewrites the other, or both rewrite one source text.
///
/// Two kinds of evidence count: wording (the MinHash estimate of shared word-pair shingles; lightly
/// edited copies share most of them) and facts told in the same order (figures and names of the
/// pair that appear in the same sequence in both). A pair rewrites on facts when it tells at least
/// three facts in the same order, a figure among them, and either at least two of them are
/// distinctive (facts that nearly every article of the story states are common knowledge of the
/// story, not evidence of copying) or they make up most of the shorter article's facts; and its
/// figures must agree: at least two, most of the figures of the article with fewer, told in the same
/// order (independent reports share the headline figures among figures of their own). A pair with
/// at most one figure in common counts only when three distinctive facts are in the same order and
/// the two stand out in the story as each other's closest article (two rewrites of one source that round or update its figures differently). Only
/// articles in the same language are compared: a translation tells the same facts by necessity.
/// A pair where one credits the other's outlet, or both credit one agency ("Quelle: KPA"), needs only
/// `minimumCreditedFacts` facts in order; two items of one outlet are a rewrite only on wording.
/// A rewrite takes its figures from its source: a later report that states as many figures of its own
/// as figures of the earlier one is a follow-up, not a rewrite on facts (`laterReportAddsFigures`).
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
    /// Figures a rewrite on facts tells in the same order as the other article, at least: a
    /// rewrite keeps the source's sequence of figures.
    var minimumFiguresInOrder = 2
    /// Share of the figures of the article with fewer figures that the other tells in the same
    /// order, at least. Independent reports of one event share a few figures (the dead, the
    /// result) among figures of their own; a rewrite keeps nearly all of the source's figures.
    var minimumFigureCoverage = 0.75
    /// Score a rewrite on facts needs: a few shared facts in order happen by chance when reports
    /// follow the same chronology; a rewrite keeps most of them.
    var minimumFactScore = 0.3
    /// Share of the story's articles from which a fact counts as common to the story.
    var commonShare = 0.75

    /// Names and figures a credited pair (see `credit(_:_:)`) tells in the same order, at least: a
    /// rewrite that names its source keeps some of the source's facts, however short.
    var minimumCreditedFacts = 2

    /// Figures of its own the later of two reports states at least, as many as it shares with the
    /// earlier, to be a follow-up rather than a rewrite on facts (see `laterReportAddsFigures`).
    var minimumOwnFigures = 2

    /// How many times the similarity of each article to its next closest article of the same
    /// language a pair must reach to stand out as siblings (see `rewrites(among:similarity:)`).
    var siblingMargin = 1.2

    /// Rewrite pairs among `members` (features of one story's articles), best first.
    ///
    /// A pair whose figures neither agree nor conflict (at most one figure in common, as when two
    /// rewrites of one source round or update its figures differently) rewrites on facts only when
    /// the two are siblings: each is the other's most similar article of the same language in the
    /// story, by `siblingMargin` over the next, with at least one other article to compare against.
    /// - Parameter similarity: the story similarity of two articles; without it no pair is siblings.
    /// - Complexity: O(m²) pairs for m members, each an LCS over at most 32 facts.
    func rewrites(
        among members: [ArticleFeatures], similarity: ((ArticleFeatures, ArticleFeatures) -> Double)? = nil
    ) -> [Story.Rewrite] {
        guard members.count >= 2 else { return [] }
        var storyFrequency: [UInt64: Int] = [:]
        for member in members {
            for key in Set(member.facts.map(\.key)) { storyFrequency[key, default: 0] += 1 }
        }
        let commonLimit = max(3, Int((Double(members.count) * commonShare).rounded(.up)))
        let siblings = similarity.map { Self.siblings(among: members, similarity: $0, margin: siblingMargin) } ?? []
        var result: [Story.Rewrite] = []
        for i in members.indices {
            for j in members.indices where j > i {
                let pair = Self.Pair(i, j)
                if let rewrite = rewrite(
                    members[i], members[j], storyFrequency: storyFrequency, commonLimit: commonLimit,
                    siblings: siblings.contains(pair))
                {
                    result.append(rewrite)
                }
            }
        }
        return result.sorted { $0.score > $1.score }
    }

    /// Two member positions, the lower first.
    struct Pair: Hashable {
        var first: Int
        var second: Int
        init(_ a: Int, _ b: Int) {
            first = min(a, b)
            second = max(a, b)
        }
    }

    /// The pairs of members in one language that are each other's most similar article by
    /// `margin` over the next of that language (each needs another article of its language).
    static func siblings(
        among members: [ArticleFeatures], similarity: (ArticleFeatures, ArticleFeatures) -> Double, margin: Double
    ) -> Set<Pair> {
        var best = [(score: Double, other: Int, next: Double)](repeating: (-1, -1, -1), count: members.count)
        for i in members.indices {
            for j in members.indices where j > i && members[i].language == members[j].language {
                let score = similarity(members[i], members[j])
                for (one, other) in [(i, j), (j, i)] {
                    if score > best[one].score {
                        best[one] = (score, other, best[one].score)
                    } else if score > best[one].next {
                        best[one].next = score
                    }
                }
            }
        }
        var result: Set<Pair> = []
        for i in members.indices {
            let j = best[i].other
            guard j > i, best[j].other == i, best[i].next >= 0, best[j].next >= 0 else { continue }
            let next = max(best[i].next, best[j].next)
            if best[i].score >= margin * next && best[i].score > 0 { result.insert(Pair(i, j)) }
        }
        return result
    }

    private func rewrite(
        _ left: ArticleFeatures, _ right: ArticleFeatures, storyFrequency: [UInt64: Int], commonLimit: Int,
        siblings: Bool
    ) -> Story.Rewrite? {
        // A translation tells the same facts by necessity; rewriting is a matter of one language.
        guard left.language == right.language else { return nil }
        // Two items of one outlet (a radio's bulletins of two days) share its house style and standing
        // lines, not copy spreading between outlets: only wording can make them a rewrite.
        let sameOutlet = Self.sameOutlet(left, right)
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
        let figureOrder = Self.figureOrder(left.facts, right.facts)
        // Figures agree when the pair tells most of them in the same order; a pair with fewer
        // figures in common has no figure evidence either way: it must stand out as siblings and
        // tell at least `minimumOrderedFacts` distinctive facts in the same order.
        let figuresAgree = figureOrder.count >= minimumFiguresInOrder && figureOrder.coverage >= minimumFigureCoverage
        let figuresSilent = figureOrder.count < minimumFiguresInOrder
        let byFacts =
            ordered.count >= minimumOrderedFacts
            && (figuresAgree || (figuresSilent && siblings && distinctive.count >= minimumOrderedFacts))
            && ((distinctive.count >= minimumDistinctiveFacts && figures.count >= minimumFigures)
                || (coverage >= minimumCoverage && orderedFigures.count >= minimumFigures))
        let factScore = min(
            1, max(coverage, (Double(distinctive.count) + 0.25 * Double(ordered.count - distinctive.count)) / 5))
        let score = min(1, max(jaccard, 0.4 * jaccard + 0.6 * factScore))
        // A rewrite tells what its source told: the later report of a pair that adds as many figures of
        // its own as it shares is a follow-up with reporting of its own, however alike the order of what
        // both tell (wording or a credit still make it a copy).
        let factual =
            !sameOutlet && byFacts && score >= minimumFactScore
            && !Self.laterReportAddsFigures(left, right, minimum: minimumOwnFigures)
        // A pair where one credits the other's outlet, or both credit one agency, is copy of one source
        // when it keeps some of its facts in order (an aggregator's three lines keep few).
        let credit = sameOutlet ? nil : Self.credit(left, right)
        let credited = credit != nil && ordered.count >= minimumCreditedFacts
        guard byWording || factual || credited else { return nil }
        let overlap = String(format: "%.2f", jaccard)
        let standing = factual && !byWording && !figuresAgree ? "; each other's closest article in the story" : ""
        let credits = credit.map { "; \($0)" } ?? ""
        let evidence =
            ordered.isEmpty
            ? "\(overlap) shingle overlap\(credits)"
            : "shares \(ordered.map(\.label).joined(separator: " / ")) in the same order; \(overlap) shingle overlap\(standing)\(credits)"
        return Story.Rewrite(articles: [left.id, right.id], score: (score * 100).rounded() / 100, evidence: evidence)
    }

    /// True when the later of two reports states at least `minimum` numbers the earlier does not, and
    /// no fewer than it shares with it (its quantity claims' values, `ArticleFeatures.statedValues`).
    ///
    /// A rewrite, or a second rewrite of one source, takes its figures from the text before it and may
    /// drop some; it does not find new ones. A later report of an event that states as many figures of its
    /// own as figures of the earlier one (the cost beside the area, the duration beside the number
    /// affected) did reporting of its own, even when the figures and names both tell come in the same
    /// order, as the chronology of one event makes them. The earlier report's own figures say nothing: a
    /// rewrite condenses. Reports are put in order by their times of publication, or by their days when
    /// either gives no time; `false` when neither orders them.
    static func laterReportAddsFigures(_ left: ArticleFeatures, _ right: ArticleFeatures, minimum: Int) -> Bool {
        guard let leftIsEarlier = isEarlier(left, right) else { return false }
        let (earlier, later) = leftIsEarlier ? (left, right) : (right, left)
        let earlierValues = Set(earlier.statedValues)
        let own = later.statedValues.count { !earlierValues.contains($0) }
        return own >= minimum && own >= later.statedValues.count - own
    }

    /// Whether `left` was published before `right`: by their times when both give one, else by their days;
    /// `nil` when they are not known to differ.
    static func isEarlier(_ left: ArticleFeatures, _ right: ArticleFeatures) -> Bool? {
        if let one = left.publishedMinute, let other = right.publishedMinute {
            return one == other ? nil : one < other
        }
        if let one = left.day, let other = right.day, one != other { return one < other }
        return nil
    }

    /// True when both articles' outlets are known and the same.
    static func sameOutlet(_ left: ArticleFeatures, _ right: ArticleFeatures) -> Bool {
        guard let one = left.publisherNames.first, let other = right.publisherNames.first else { return false }
        return one == other
    }

    /// The credit linking two articles, in words: one credits the other's outlet ("credits kpa (publisher
    /// of a3)"), or both credit one agency ("both credit kpa"); `nil` when neither.
    static func credit(_ left: ArticleFeatures, _ right: ArticleFeatures) -> String? {
        for (one, other) in [(left, right), (right, left)] {
            if let name = one.credits.first(where: other.publisherNames.contains) {
                return "\(one.id) credits \(name) (publisher of \(other.id))"
            }
        }
        if let name = left.credits.first(where: right.credits.contains) { return "both credit \(name)" }
        return nil
    }

    /// The figures two fact lists tell in the same order, and their share of the shorter list of
    /// figures (0 when either has none).
    static func figureOrder(
        _ left: [ArticleFeatures.Fact], _ right: [ArticleFeatures.Fact]
    ) -> (count: Int, coverage: Double) {
        let isFigure = { (fact: ArticleFeatures.Fact) in fact.key & 3 == ArticleFeatures.Kind.figure.rawValue }
        let leftFigures = left.filter(isFigure)
        let rightFigures = right.filter(isFigure)
        guard !leftFigures.isEmpty, !rightFigures.isEmpty else { return (0, 0) }
        let count = longestCommonSubsequence(leftFigures, rightFigures).count
        return (count, Double(count) / Double(min(leftFigures.count, rightFigures.count)))
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
