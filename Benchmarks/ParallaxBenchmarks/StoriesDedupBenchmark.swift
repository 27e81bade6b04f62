import Foundation
import ParallaxStories

/// MinHash-LSH near-duplicate detection alone, on the same synthetic articles and with the same
/// parameters as `Benchmarks/datasketch/dedup.py`: word-pair shingles of the lower-cased title and
/// text, 64 permutations, 16 bands of 4 rows, pairs with an estimated Jaccard of at least 0.5.
enum StoriesDedupBenchmark {
    static func run(count: Int, seed: UInt64) {
        var generator = SyntheticCorpus(seed: seed)
        let items = (0..<count).map { _ in generator.next() }
        var pairs = 0
        let start = ContinuousClock.now
        var sketches: [MinHashSketch] = []
        sketches.reserveCapacity(count)
        var buckets: [UInt64: [Int32]] = [:]
        for (position, item) in items.enumerated() {
            let sketch = MinHashSketch(shingles: shingles(of: item.title + " " + item.text))
            var candidates: Set<Int32> = []
            for key in sketch.bandKeys(bands: 16, rows: 4) {
                if let bucket = buckets[key] { candidates.formUnion(bucket) }
                buckets[key, default: []].append(Int32(position))
            }
            for candidate in candidates where sketch.jaccard(sketches[Int(candidate)]) >= 0.5 { pairs += 1 }
            sketches.append(sketch)
        }
        let seconds = (ContinuousClock.now - start).seconds
        print(
            String(
                format: "dedup: parallax %d articles in %.2f s (%.0f articles/s), %d near-duplicate pairs; peak memory %.0f MiB",
                count, seconds, Double(count) / seconds, pairs, BenchmarkClock.peakMemoryMiB))
    }

    /// Hashes of consecutive lower-cased word pairs (words: runs of letters and digits).
    static func shingles(of text: String) -> [UInt64] {
        var words: [UInt64] = []
        var current: [UInt8] = []
        for byte in text.lowercased().utf8 {
            if byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(hash(current))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(hash(current)) }
        guard words.count > 1 else { return words }
        return (0..<(words.count - 1)).map { words[$0] &* 0x9e37_79b9_7f4a_7c15 ^ words[$0 + 1] }.map(mix)
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01b3
        }
        return mix(state)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
