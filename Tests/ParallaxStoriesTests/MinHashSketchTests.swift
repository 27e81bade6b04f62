import ParallaxTesting
import Testing

@testable import ParallaxStories

/// MinHash estimates against exact Jaccard similarity, on seeded random sets.
@Suite("MinHash sketch")
struct MinHashSketchTests {
    @Test("estimate stays near the exact Jaccard similarity", arguments: [3, 11, 2024, 77_777])
    func estimateMatchesExact(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var totalError = 0.0
        let trials = 40
        for _ in 0..<trials {
            let shared = Int.random(in: 0...200, using: &generator)
            let onlyLeft = Int.random(in: 0...200, using: &generator)
            let onlyRight = Int.random(in: 0...200, using: &generator)
            let common = (0..<shared).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
            let left = common + (0..<onlyLeft).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
            let right = common + (0..<onlyRight).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
            let exact = Set(left).intersection(right).count
            let union = Set(left).union(right).count
            guard union > 0 else { continue }
            let jaccard = Double(exact) / Double(union)
            let estimate = MinHashSketch(shingles: left, count: 128).jaccard(MinHashSketch(shingles: right, count: 128))
            // 128 permutations: standard error at most 0.045; allow four of them per trial.
            #expect(abs(estimate - jaccard) < 0.18, "seed \(seed): exact \(jaccard), estimate \(estimate)")
            totalError += abs(estimate - jaccard)
        }
        #expect(totalError / Double(trials) < 0.05, "seed \(seed): mean error \(totalError / Double(trials))")
    }

    @Test("identical sets estimate 1, disjoint sets about 0")
    func extremes() {
        let set: [UInt64] = (1...50).map { StableHash.mix($0) }
        let other: [UInt64] = (51...100).map { StableHash.mix($0) }
        #expect(MinHashSketch(shingles: set).jaccard(MinHashSketch(shingles: set)) == 1)
        #expect(MinHashSketch(shingles: set).jaccard(MinHashSketch(shingles: other)) < 0.1)
        #expect(MinHashSketch(shingles: []).jaccard(MinHashSketch(shingles: set)) == 0)
    }

    @Test("equal bands for equal signatures")
    func bands() {
        let sketch = MinHashSketch(shingles: (1...30).map { StableHash.mix($0) })
        #expect(sketch.bandKeys(bands: 16, rows: 4) == MinHashSketch(values: sketch.values).bandKeys(bands: 16, rows: 4))
        #expect(MinHashSketch(shingles: []).bandKeys(bands: 16, rows: 4).isEmpty)
    }
}
