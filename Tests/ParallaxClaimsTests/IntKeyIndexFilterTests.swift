import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``IntKeyIndex``'s filter grows with its keys (round 21): large indices — as large as the pack's index of every phrase
/// table's first words, and past the filter's size limit — still answer every hit and every miss as a dictionary does,
/// with values kept beside their keys.
@Suite struct IntKeyIndexFilterTests {
    @Test(arguments: [300, 20_000, 150_000])
    func largeIndexAgreesWithADictionary(size: Int) {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        var expected: [Int: Int] = [:]
        while expected.count < size {
            // Hash-like keys (word keys) and small packed ones (three-character keys, tails).
            let key = Bool.random(using: &generator)
                ? Int.random(in: 0...Int.max, using: &generator) : Int.random(in: 0...(size * 4), using: &generator)
            expected[key] = Int.random(in: 0...Int(Int32.max), using: &generator)
        }
        let index = IntKeyIndex(expected.map { (key: $0.key, value: $0.value) })
        for (key, value) in expected { #expect(index.value(for: key) == value, "seed \(seed): key \(key) of \(size)") }
        for _ in 0..<20_000 {
            let probe = Bool.random(using: &generator)
                ? Int.random(in: 0...Int.max, using: &generator) : Int.random(in: 0...(size * 8), using: &generator)
            #expect(index.value(for: probe) == expected[probe], "seed \(seed): probe \(probe) of \(size)")
            #expect(index.contains(probe) == (expected[probe] != nil), "seed \(seed): probe \(probe) of \(size)")
        }
    }

    @Test func keysOnlyIndexHoldsEveryKey() {
        let keys: [Int] = (0..<50_000).map { (number: Int) -> Int in number &* 0x9E37_79B9 }
        let index = IntKeyIndex(keys: keys)
        #expect(keys.allSatisfy { index.contains($0) })
        #expect(!index.contains(1))
        #expect(!index.contains(-5))
    }
}
