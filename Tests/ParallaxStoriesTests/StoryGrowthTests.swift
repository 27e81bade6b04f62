import Testing

@testable import ParallaxStories

/// The growth pass: groups merge through weak but consistent links, look-alikes stay apart.
@Suite("Story growth")
struct StoryGrowthTests {
    let growth = StoryGrowth(averageBar: 0.065, bestBar: 0.09, relativeBar: 1.5)
    /// Local scales of six articles: a varied corpus with a low background.
    let scale = [Double](repeating: 0.02, count: 6)

    func pair(_ a: Int, _ b: Int, _ score: Double, shared: Int = 2, gap: Double? = 1) -> StoryGrowth.Pair {
        StoryGrowth.Pair(first: a, second: b, score: score, sharedEntities: shared, relative: score / 0.02, gap: gap)
    }

    @Test("a tabloid retelling weakly like every member of its story joins it")
    func singletonJoins() {
        let groups = growth.grow([[0, 1, 2], [3]], count: 4, pairs: [pair(0, 3, 0.11), pair(1, 3, 0.09), pair(2, 3, 0.04)], scale: scale)
        #expect(groups == [[0, 1, 2, 3]])
    }

    @Test(
        "look-alikes stay apart",
        arguments: [
            // Strong enough on average, but the best pair shares only one name.
            [(0.12, 1, 1.0), (0.10, 1, 1.0), (0.10, 1, 1.0)],
            // One good pair, but the average over the three pairs is low (one pair weak, two missing).
            [(0.12, 3, 1.0), (0.0, 0, 1.0), (0.0, 0, 1.0)],
            // Six weeks apart with two shared names: a person back in the news, not the same story.
            [(0.12, 2, 45.0), (0.10, 2, 45.0), (0.10, 2, 45.0)],
        ])
    func lookAlikesStayApart(links: [(Double, Int, Double)]) {
        let pairs = links.enumerated().map { offset, link in pair(offset, 3, link.0, shared: link.1, gap: link.2) }
        let groups = growth.grow([[0, 1, 2], [3]], count: 4, pairs: pairs, scale: scale)
        #expect(groups == [[0, 1, 2], [3]])
    }

    @Test("weeks apart, a story grows when its events share many names")
    func distantEventsWithManyNames() {
        let pairs = [pair(0, 3, 0.19, shared: 9, gap: 40), pair(1, 3, 0.16, shared: 9, gap: 40), pair(2, 3, 0.05, shared: 3, gap: 40)]
        #expect(growth.grow([[0, 1, 2], [3]], count: 4, pairs: pairs, scale: scale) == [[0, 1, 2, 3]])
    }

    @Test("on a narrow topic the background raises the bar")
    func backgroundRaisesTheBar() {
        let high = [Double](repeating: 0.12, count: 4)
        let pairs = [pair(0, 3, 0.2, shared: 3), pair(1, 3, 0.15, shared: 3), pair(2, 3, 0.12, shared: 3)].map { pair in
            var scaled = pair
            scaled.relative = scaled.score / 0.12
            return scaled
        }
        #expect(growth.grow([[0, 1, 2], [3]], count: 4, pairs: pairs, scale: high) == [[0, 1, 2], [3]])
    }
}
