/// Lets stories grow through their events: merges groups of articles that are weakly but
/// consistently alike.
///
/// Story groups come out of the link pass tight: a tabloid retelling, an early report or the
/// second event of a trial weeks later is often below the link bars against every single member,
/// yet clearly closer to that story than to any other. This pass treats each group as a unit and
/// merges two groups, best first, when the average similarity over all their cross pairs (pairs
/// without a link count 0) reaches `averageBar` and their best cross pair reaches `bestBar` and
/// shares two rare entities and stands out against the two articles' neighbourhoods. Look-alike stories (two fires, a rail and a port strike) stay apart
/// because no pair of them is strong enough and their average is low.
struct StoryGrowth {
    /// A scored pair of articles, compact (a million-article index holds about twelve million).
    struct Pair {
        var first: Int32
        var second: Int32
        var score: Float
        /// The score over the geometric mean of the two articles' local scales (see `StoryIndex`).
        var relative: Float
        /// Days between the two publication dates; negative when either is unknown.
        var gap: Float
        var sharedEntities: UInt8

        /// Creates a pair from its scores.
        init(first: Int, second: Int, score: Double, sharedEntities: Int, relative: Double, gap: Double?) {
            self.first = Int32(first)
            self.second = Int32(second)
            self.score = Float(score)
            self.relative = Float(relative)
            self.gap = Float(gap ?? -1)
            self.sharedEntities = UInt8(min(255, sharedEntities))
        }
    }

    /// Average cross-pair similarity from which two groups merge.
    var averageBar: Double
    /// Best cross-pair similarity (with a shared rare entity) two groups need to merge.
    var bestBar: Double
    /// How many times the local scale of its two articles the best cross pair must reach: in a
    /// corpus on one narrow topic every pair is somewhat alike, and only a clear outlier is evidence.
    var relativeBar: Double
    /// Rare entities the best cross pair must share: one shared name is often a person or place
    /// in two unrelated stories (a minister's budget and a flood).
    var sharedBar = 2
    /// Days apart beyond which the best cross pair must share twice the names: a person in the
    /// news again six weeks later is more often a new story than the same one.
    var gapDays = 28.0
    /// How many times the mean local scale of their members two groups' average must reach.
    var backgroundRatio = 1.5
    /// Groups larger than this neither grow nor absorb others (their averages are meaningless).
    var sizeLimit = 200
    /// Passes over the pairs at most; each merges every group at most once.
    var rounds = 4

    /// True when `pair` is strong enough to be the best pair of two growing groups: enough shared
    /// rare names, standing out against the neighbourhood, and — beyond `gapDays` — twice the names.
    func qualifies(_ pair: Pair) -> Bool {
        let names = Double(pair.gap) <= gapDays ? sharedBar : 2 * sharedBar
        return Int(pair.sharedEntities) >= names && Double(pair.relative) >= relativeBar
    }

    /// The groups after growth, each sorted, ordered by first member.
    /// - Complexity: O(r × p) for r rounds and p pairs.
    func grow(_ groups: [[Int]], count: Int, pairs: [Pair], scale: [Double]) -> [[Int]] {
        var groupOf = [Int](repeating: -1, count: count)
        var members = groups
        for (number, group) in groups.enumerated() {
            for item in group { groupOf[item] = number }
        }
        for _ in 0..<rounds {
            var sums: [Int: (total: Double, best: Double)] = [:]
            for pair in pairs {
                let (a, b) = (groupOf[Int(pair.first)], groupOf[Int(pair.second)])
                guard a != b, a >= 0, b >= 0, members[a].count <= sizeLimit, members[b].count <= sizeLimit else { continue }
                let key = min(a, b) << 32 | max(a, b)
                var entry = sums[key] ?? (0, 0)
                entry.total += Double(pair.score)
                if qualifies(pair) { entry.best = max(entry.best, Double(pair.score)) }
                sums[key] = entry
            }
            var choices: [(average: Double, low: Int, high: Int)] = []
            for (key, entry) in sums where entry.best >= bestBar {
                let (low, high) = (key >> 32, key & 0xFFFF_FFFF)
                let average = entry.total / Double(members[low].count * members[high].count)
                // The background of the two groups: their members' local scales.
                let background = (members[low] + members[high]).reduce(0) { $0 + scale[$1] }
                    / Double(members[low].count + members[high].count)
                if average >= max(averageBar, backgroundRatio * background) { choices.append((average, low, high)) }
            }
            guard !choices.isEmpty else { break }
            choices.sort { ($0.average, $1.low, $1.high) > ($1.average, $0.low, $0.high) }
            var used: Set<Int> = []
            for choice in choices where !used.contains(choice.low) && !used.contains(choice.high) {
                used.insert(choice.low)
                used.insert(choice.high)
                for item in members[choice.high] { groupOf[item] = choice.low }
                members[choice.low] += members[choice.high]
                members[choice.high] = []
            }
        }
        return members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
