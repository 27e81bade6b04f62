/// Average-link agglomerative clustering over a sparse similarity graph.
///
/// Pairs without an edge count as similarity 0, so the average between two groups is the sum of
/// their edges over the product of their sizes. Groups merge, best average first, while the best
/// average reaches the threshold. Edges marked `forced` (near-duplicates) merge their groups first,
/// whatever the averages.
struct AverageLinkClustering {
    /// An edge between two items (indices into the item list).
    struct Edge {
        var first: Int
        var second: Int
        var score: Double
        var forced: Bool
        /// The pair's similarity itself; `score` may be raised above it by the relative rule.
        var similarity: Double = 0
    }

    /// Groups of item indices, each sorted, groups ordered by their first item.
    /// - Complexity: O(m × e) for m merges and e edges between groups.
    static func clusters(count: Int, edges: [Edge], threshold: Double) -> [[Int]] {
        var groupOf = Array(0..<count)
        var groups: [Int: [Int]] = Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, [$0]) })
        for edge in edges where edge.forced {
            merge(groupOf[edge.first], groupOf[edge.second], groups: &groups, groupOf: &groupOf)
        }
        while true {
            var sums: [Pair: Double] = [:]
            for edge in edges {
                let (a, b) = (groupOf[edge.first], groupOf[edge.second])
                guard a != b else { continue }
                sums[Pair(a, b), default: 0] += edge.score
            }
            var best: (average: Double, pair: Pair)? = nil
            for (pair, sum) in sums {
                let average = sum / Double(groups[pair.low]!.count * groups[pair.high]!.count)
                guard average >= threshold else { continue }
                if let current = best,
                    (current.average, current.pair.high, current.pair.low) >= (average, pair.high, pair.low)
                {
                    continue
                }
                best = (average, pair)
            }
            guard let chosen = best else { break }
            merge(chosen.pair.low, chosen.pair.high, groups: &groups, groupOf: &groupOf)
        }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    private struct Pair: Hashable {
        var low: Int
        var high: Int
        init(_ a: Int, _ b: Int) {
            low = min(a, b)
            high = max(a, b)
        }
    }

    private static func merge(_ a: Int, _ b: Int, groups: inout [Int: [Int]], groupOf: inout [Int]) {
        guard a != b, let moving = groups[max(a, b)] else { return }
        let target = min(a, b)
        for item in moving { groupOf[item] = target }
        groups[target]!.append(contentsOf: moving)
        groups[max(a, b)] = nil
    }
}
