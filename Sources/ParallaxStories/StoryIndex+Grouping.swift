import Foundation

/// How a `StoryIndex` turns its links into story groups.
extension StoryIndex {
    /// Article positions grouped into stories, each group in order of addition, groups by first member.
    ///
    /// Links are re-scored with the final document frequencies. Each article gets a local scale: the
    /// similarity of its `neighbourRank`-th best link (at least 0.02). A link counts when its
    /// similarity reaches `linkThreshold`, or when it is at least `relativeRatio` times the geometric
    /// mean of the two local scales, the two share an entity and were published at most
    /// `relativeGapDays` apart (then it counts as `storyThreshold` at least, more with more shared
    /// names: `linkValue`); near-duplicates
    /// always count. Groups connected by links of at least `storyThreshold` are then split by average
    /// link at `storyThreshold` over all their counted links.
    /// - Complexity: O(l) in the number of links, plus average link inside each group.
    public func storyGroups() -> [[Int]] {
        storyGroups(scorer: scorer())
    }

    func storyGroups(scorer: SimilarityScorer) -> [[Int]] {
        let (edges, pairs, scale) = scoredEdges(scorer: scorer)
        var parent = Array(articles.indices)
        func root(_ item: Int) -> Int {
            var current = item
            while parent[current] != current {
                parent[current] = parent[parent[current]]
                current = parent[current]
            }
            return current
        }
        // Two groups can only reach an average of `storyThreshold` if some edge between them does,
        // so only such edges (and near-duplicates) connect groups.
        for edge in edges where edge.forced || edge.score >= configuration.storyThreshold {
            let (a, b) = (root(edge.first), root(edge.second))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var members: [Int: [Int]] = [:]
        for position in articles.indices { members[root(position), default: []].append(position) }
        var edgesByRoot: [Int: [AverageLinkClustering.Edge]] = [:]
        for edge in edges where root(edge.first) == root(edge.second) {
            edgesByRoot[root(edge.first), default: []].append(edge)
        }
        var result: [[Int]] = []
        for (componentRoot, component) in members {
            result += split(component, edges: edgesByRoot[componentRoot] ?? [])
        }
        let growth = StoryGrowth(
            averageBar: configuration.growthAverage, bestBar: configuration.growthBest,
            relativeBar: configuration.relativeRatio)
        return growth.grow(result, count: articles.count, pairs: pairs, scale: scale)
    }

    /// Story groups of one connected group of articles: average link at `storyThreshold` over its
    /// counted links. A group larger than `averageLinkLimit` (average link costs the square of its size)
    /// is first cut by single link over the links whose similarity itself reaches `storyThreshold` (and
    /// near-duplicates): links raised to that value by the relative rule are weak evidence, and a chain
    /// of them through a large varied corpus glued hundreds of unrelated articles into one story (round
    /// 10, 10kGNAD). Each piece is then split the same way.
    func split(_ component: [Int], edges: [AverageLinkClustering.Edge]) -> [[Int]] {
        guard component.count > 1 else { return [component] }
        let threshold = configuration.storyThreshold
        let local = Dictionary(uniqueKeysWithValues: component.enumerated().map { ($1, $0) })
        let localEdges = edges.map { edge in
            var moved = edge
            moved.first = local[edge.first]!
            moved.second = local[edge.second]!
            return moved
        }
        guard component.count > configuration.averageLinkLimit else {
            return AverageLinkClustering.clusters(count: component.count, edges: localEdges, threshold: threshold)
                .map { $0.map { component[$0] } }
        }
        let strong = localEdges.map { edge in
            var cut = edge
            cut.forced = edge.forced || edge.similarity >= threshold
            return cut
        }
        let pieces = AverageLinkClustering.clusters(count: component.count, edges: strong, threshold: .infinity)
        // A piece as large as the group (one chain of strong links) stays as it is: nothing weaker to cut.
        guard pieces.count > 1 else { return [component] }
        var pieceOf = [Int](repeating: 0, count: component.count)
        for (number, piece) in pieces.enumerated() { for item in piece { pieceOf[item] = number } }
        var pieceEdges = [[AverageLinkClustering.Edge]](repeating: [], count: pieces.count)
        for edge in edges where pieceOf[local[edge.first]!] == pieceOf[local[edge.second]!] {
            pieceEdges[pieceOf[local[edge.first]!]].append(edge)
        }
        return pieces.enumerated().flatMap { number, piece in
            split(piece.map { component[$0] }, edges: pieceEdges[number])
        }
    }

    /// The weight a link counts with in the average link, 0 when it does not count (see
    /// `storyGroups()`): its score when that reaches `linkThreshold`; when it stands out against the two
    /// articles' neighbourhoods (`relativeRatio`), shares a rare name and is at most `relativeGapDays`
    /// old, at least `storyThreshold` — raised by `sharedNameBonus` of it for each further rare name the
    /// two share, up to `sharedNameCap`, since more names in common are more evidence: when an article is
    /// as close by this rule to two stories, the one it shares more names with wins the average link.
    static func linkValue(
        score: Double, relative: Double, sharedEntities: Int, gap: Double, configuration: Configuration
    ) -> Double {
        if score >= configuration.linkFloor && relative >= configuration.relativeRatio && sharedEntities > 0
            && gap <= configuration.relativeGapDays
        {
            let furtherNames = Double(min(sharedEntities - 1, configuration.sharedNameCap))
            return max(score, configuration.storyThreshold * (1 + configuration.sharedNameBonus * furtherNames))
        }
        return score >= configuration.linkThreshold ? score : 0
    }

    /// The links that count, with their clustering scores (see `storyGroups()`).
    private func scoredEdges(
        scorer: SimilarityScorer
    ) -> ([AverageLinkClustering.Edge], [StoryGrowth.Pair], [Double]) {
        let norms = articles.map { scorer.norms(of: $0) }
        let rescored = links.map { link in
            let (first, second) = (Int(link.first), Int(link.second))
            return (
                link,
                scorer.comparison(articles[first], articles[second], leftNorms: norms[first], rightNorms: norms[second])
            )
        }
        var best = [[Double]](repeating: [], count: articles.count)
        for (link, comparison) in rescored {
            best[Int(link.first)].append(comparison.score)
            best[Int(link.second)].append(comparison.score)
        }
        let rank = configuration.neighbourRank
        let scale = best.map { scores -> Double in
            guard scores.count >= rank else { return 0.02 }
            return max(0.02, scores.sorted(by: >)[rank - 1])
        }
        var edges: [AverageLinkClustering.Edge] = []
        var pairs: [StoryGrowth.Pair] = []
        pairs.reserveCapacity(rescored.count)
        for (link, comparison) in rescored {
            let score = comparison.score
            let (first, second) = (Int(link.first), Int(link.second))
            // A copy shares the wording and the names; shared boilerplate alone is not a copy.
            let forced =
                Double(link.jaccard) >= configuration.duplicateThreshold
                && (comparison.sharedEntities > 0 || Double(link.jaccard) >= 0.8)
            let relative = score / (scale[first] * scale[second]).squareRoot()
            let gap = scorer.dayGap(articles[first], articles[second])
            pairs.append(
                StoryGrowth.Pair(
                    first: first, second: second, score: score, sharedEntities: comparison.sharedEntities,
                    relative: relative, gap: gap))
            let value = Self.linkValue(
                score: score, relative: relative, sharedEntities: comparison.sharedEntities, gap: gap ?? 0,
                configuration: configuration)
            if value > 0 || forced {
                edges.append(
                    AverageLinkClustering.Edge(
                        first: first, second: second, score: value, forced: forced, similarity: score))
            }
        }
        return (edges, pairs, scale)
    }
}

extension StoryIndex {
    /// One pair of articles as the grouping sees it (see `pairDiagnostics()`).
    package struct PairDiagnostic {
        package var first: String
        package var second: String
        package var score: Double
        package var sharedEntities: Int
        /// The score over the geometric mean of the two articles' local scales.
        package var relative: Double
        /// The keys both articles have (in a pair of two languages, the language-neutral ones).
        package var sharedKeys: [UInt64]
    }

    /// Every pair of articles with its final similarity, the rare entities and keys it shares and
    /// how it stands against the two local scales: a diagnostic for small corpora (quadratic), used
    /// by the evaluation's debug output.
    package func pairDiagnostics() -> [PairDiagnostic] {
        let scorer = scorer()
        let scale = scoredEdges(scorer: scorer).2
        var result: [PairDiagnostic] = []
        for i in articles.indices {
            for j in articles.indices where j > i {
                let comparison = scorer.comparison(articles[i], articles[j])
                let neutralOnly = articles[i].language != articles[j].language
                let keys = Set(articles[j].terms.map(\.key))
                let shared = articles[i].terms.map(\.key).filter {
                    keys.contains($0) && !(neutralOnly && $0 & 3 == ArticleFeatures.Kind.stem.rawValue)
                }
                result.append(
                    PairDiagnostic(
                        first: articles[i].id, second: articles[j].id, score: comparison.score,
                        sharedEntities: comparison.sharedEntities,
                        relative: comparison.score / (scale[i] * scale[j]).squareRoot(), sharedKeys: shared))
            }
        }
        return result
    }
}
