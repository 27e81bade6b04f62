/// Splits one story's articles into events: the distinct happenings the story consists of.
///
/// Average-link agglomerative clustering on the story similarity merges groups whose average
/// similarity reaches `eventThreshold`, or `eventRelativeThreshold` times the story's typical
/// similarity (`typicalSimilarity`) when that is lower (so a group that is clearly less alike than the rest is an event
/// of its own), with a hard rule that articles published more than `eventGapDays` apart do not
/// report one event.
struct EventSplitter {
    let scorer: SimilarityScorer
    let configuration: StoryIndex.Configuration
    /// Stories larger than this are split by publication week only (pairwise cost).
    var pairwiseLimit = 150

    /// Groups of indices into `members`, each group in order, groups by first member.
    func events(of members: [ArticleFeatures]) -> [[Int]] {
        guard members.count > 1 else { return [Array(members.indices)] }
        guard members.count <= pairwiseLimit else { return byWeek(members) }
        var clusters = members.indices.map { [$0] }
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: members.count), count: members.count)
        for i in members.indices {
            for j in members.indices where j > i {
                var score = scorer.similarity(members[i], members[j])
                if let gap = scorer.dayGap(members[i], members[j]), gap > configuration.eventGapDays { score = -1 }
                similarity[i][j] = score
                similarity[j][i] = score
            }
        }
        // The bar is relative to how alike the story's articles typically are: a story told in
        // varied words has low similarities throughout, and only a clearly weaker group is an event
        // of its own.
        let typical = Self.typicalSimilarity(similarity)
        let threshold = min(configuration.eventThreshold, configuration.eventRelativeThreshold * typical)
        while clusters.count > 1 {
            var best = (score: threshold, left: -1, right: -1)
            for left in clusters.indices {
                for right in clusters.indices where right > left {
                    var total = 0.0
                    var vetoed = false
                    for i in clusters[left] {
                        for j in clusters[right] {
                            if similarity[i][j] < 0 { vetoed = true }
                            total += similarity[i][j]
                        }
                    }
                    let average = total / Double(clusters[left].count * clusters[right].count)
                    if !vetoed && average >= best.score { best = (average, left, right) }
                }
            }
            guard best.left >= 0 else { break }
            clusters[best.left] = (clusters[best.left] + clusters[best.right]).sorted()
            clusters.remove(at: best.right)
        }
        clusters = byPublicationRuns(clusters, of: members)
        clusters = absorbingLoneArticles(clusters, of: members, similarity: similarity)
        return clusters.sorted { $0[0] < $1[0] }
    }

    /// How alike a story's articles typically are: the median over its members of each one's mean
    /// similarity to the others (pairs vetoed by date, marked negative, left out). A median over members
    /// rather than the mean over all pairs, so that one loosely joined member (a tabloid retelling that
    /// shares little wording with anyone) does not lower the event bar for all the others (round 10:
    /// with dev7's Korvik tabloid in the story, the mean let the collapse and the rescue a week later
    /// merge into one event).
    static func typicalSimilarity(_ similarity: [[Double]]) -> Double {
        median(
            similarity.indices.compactMap { i -> Double? in
                let others = similarity.indices.filter { $0 != i && similarity[i][$0] >= 0 }.map { similarity[i][$0] }
                return others.isEmpty ? nil : others.reduce(0, +) / Double(others.count)
            })
    }

    /// The median of `values` (0 when empty).
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Events as ISO weeks of publication (undated articles join the first group).
    private func byWeek(_ members: [ArticleFeatures]) -> [[Int]] {
        var groups: [Int32: [Int]] = [:]
        for (index, member) in members.enumerated() { groups[(member.day ?? 0) / 7, default: []].append(index) }
        return groups.values.sorted { $0[0] < $1[0] }
    }
}
