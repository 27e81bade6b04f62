import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// `SuffixTable.lookup` (round 17: the word's scalars counted only once a stem group shares its tail) answers as its
/// plain definition: after removing one ending (none first, then the endings in order), the stem of at least three
/// bytes the rest equals (same length in scalars) or, with compounds, the longest stem of four scalars or more it ends
/// with, the rest at least three scalars long; failing that, a word of fewer than three scalars is looked up whole —
/// on random stems, endings and words of ASCII, Latin-1, decomposed umlauts and letters outside Latin-1.
@Suite struct SuffixTableLookupTests {
    static func scalars(_ bytes: some Collection<UInt8>) -> Int { bytes.filter { $0 & 0xC0 != 0x80 }.count }

    static func reference(_ stems: [String: Int], endings: [String], compounds: Bool, _ word: String) -> Int? {
        let bytes = Array(word.utf8)
        for ending in [""] + endings {
            let tail = Array(ending.utf8)
            guard tail.count <= bytes.count, bytes.suffix(tail.count).elementsEqual(tail) else { continue }
            let rest = bytes.dropLast(tail.count)
            let length = scalars(bytes) - scalars(tail)
            guard length >= 3 else { continue }
            var best: (count: Int, value: Int)?
            for (stem, value) in stems {
                let stemBytes = Array(stem.utf8)
                let count = scalars(stemBytes)
                guard stemBytes.count >= 3, stemBytes.count <= rest.count, rest.suffix(stemBytes.count).elementsEqual(stemBytes) else { continue }
                let fits = count == length ? stemBytes.count == rest.count : compounds && count >= 4 && count < length
                if fits, best == nil || count > best!.count { best = (count, value) }
            }
            if let best { return best.value }
        }
        return bytes.count < 3 || (bytes.count <= 8 && scalars(bytes) < 3) ? stems[word] : nil
    }

    @Test(arguments: [(1711, true), (1712, false), (1713, true)] as [(UInt64, Bool)])
    func lookupAgreesWithThePlainDefinition(seed: UInt64, compounds: Bool) {
        var generator = SeededGenerator(seed: seed)
        var stems: [String: Int] = [:]
        while stems.count < 150 { stems[ByteLookupTests.randomWord(&generator, maxPieces: 7).lowercased()] = stems.count }
        let endings = ["en", "n", "e", "s", "es", "ä", "ern"]
        let table = SuffixTable(stems, endings: endings, compounds: compounds)
        let known = Array(stems.keys).sorted()
        for _ in 0..<5_000 {
            var word = ByteLookupTests.randomWord(&generator, maxPieces: 8).lowercased()
            if Bool.random(using: &generator) { word = word.prefix(Int.random(in: 0...3, using: &generator)) + known.randomElement(using: &generator)! }
            if Bool.random(using: &generator) { word += endings.randomElement(using: &generator)! }
            #expect(table.lookup(word) == Self.reference(stems, endings: endings, compounds: compounds, word), "seed \(seed): \(Array(word.utf8))")
        }
    }
}
