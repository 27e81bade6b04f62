import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// The look-up structures under the finders answer exactly as a dictionary would: `IntKeyIndex` for
/// random key sets (hits, misses, colliding keys), `SuffixTable` for whole words and compound heads
/// of every length, including words shorter than the three-byte tails it groups stems by.
@Suite struct LookupTableTests {
    @Test func intKeyIndexAgreesWithADictionary() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for size in [0, 1, 2, 7, 100, 3_000] {
            var expected: [Int: Int] = [:]
            while expected.count < size {
                // Keys spread wide and keys packed close together (as three-character keys are).
                let key = Bool.random(using: &generator) ? Int.random(in: 0...Int.max, using: &generator) : Int.random(in: 0...5_000, using: &generator)
                expected[key] = expected.count
            }
            let index = IntKeyIndex(expected.map { (key: $0.key, value: $0.value) })
            for (key, value) in expected { #expect(index.value(for: key) == value, "seed \(seed): key \(key) of \(size)") }
            for _ in 0..<2_000 {
                let probe = Int.random(in: 0...10_000, using: &generator)
                #expect(index.value(for: probe) == expected[probe], "seed \(seed): probe \(probe) of \(size)")
            }
        }
    }

    @Test func laterPairsReplaceEarlierOnes() {
        let index = IntKeyIndex([(key: 5, value: 1), (key: 5, value: 2), (key: 6, value: 3)])
        #expect(index.value(for: 5) == 2)
        #expect(index.value(for: 6) == 3)
        #expect(index.value(for: 7) == nil)
    }

    @Test(arguments: [
        ("granate", "shell"), ("granaten", "shell"), ("artilleriegranaten", "shell"), ("km", "kilometre"),
        ("öl", "oil"), ("x", nil), ("ra", nil), ("nichts", nil), ("soldat", "soldier"), ("soldaten", "soldier"),
    ] as [(String, String?)])
    func suffixTableFindsWholeWordsAndCompoundHeads(word: String, expected: String?) {
        let table = SuffixTable(
            ["granate": "shell", "km": "kilometre", "öl": "oil", "soldat": "soldier"], endings: ["en", "n"], compounds: true)
        #expect(table.lookup(word) == expected)
    }
}
