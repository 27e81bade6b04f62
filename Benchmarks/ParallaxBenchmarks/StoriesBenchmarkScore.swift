import ParallaxModel

/// Linear-time pairwise agreement of benchmark stories with the generator's gold stories, and the
/// share of the generator's copies that were reported as rewrites.
struct StoriesBenchmarkScore {
    var precision: Double
    var recall: Double
    var f1: Double
    var rewriteRecall: Double

    /// - Parameters:
    ///   - gold: gold story number per article (also encoded in the ids, `st<story>-<n>`).
    ///   - copies: (original, copy) id pairs.
    init(stories: [Story], gold: [Int32], copies: [(String, String)]) {
        var byID: [String: Int32] = [:]
        for (number, story) in stories.enumerated() { for id in story.articles { byID[id] = Int32(number) } }
        var goldCounts: [Int32: Int] = [:]
        var predictedCounts: [Int32: Int] = [:]
        var jointCounts: [Int64: Int] = [:]
        for story in stories {
            for id in story.articles {
                let goldStory = Int32(id.split(separator: "-").first!.dropFirst(2))!
                let predictedStory = byID[id]!
                goldCounts[goldStory, default: 0] += 1
                predictedCounts[predictedStory, default: 0] += 1
                jointCounts[Int64(goldStory) << 32 | Int64(predictedStory), default: 0] += 1
            }
        }
        func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }
        let truePairs = jointCounts.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedCounts.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldCounts.values.reduce(0) { $0 + pairs($1) }
        precision = predictedPairs == 0 ? 1 : truePairs / predictedPairs
        recall = goldPairs == 0 ? 1 : truePairs / goldPairs
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        let found = Set(stories.flatMap(\.rewrites).map { $0.articles.sorted().joined(separator: "|") })
        let hits = copies.filter { found.contains([$0.0, $0.1].sorted().joined(separator: "|")) }.count
        rewriteRecall = copies.isEmpty ? 1 : Double(hits) / Double(copies.count)
    }
}
