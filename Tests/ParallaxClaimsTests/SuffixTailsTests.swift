import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``SuffixTails``, the first test of the suffix tables and election cues: it may answer "may end" for a word that ends in
/// no suffix, but never "cannot end" for a word that ends in one of four bytes or more.
@Suite struct SuffixTailsTests {
    @Test(arguments: [
        ("polizeisprecher", ["sprecher"], true), ("Landtagswahlen", ["wahlen"], true), ("election", ["tion"], true),
        ("elections", ["tion"], false), ("Küstenwache", ["wache"], true), ("Wächter", ["wache"], false),
        ("abc", ["abcd"], true),  // under four bytes the test says nothing
    ])
    func writtenWords(word: String, suffixes: [String], mayEnd: Bool) {
        let tails = SuffixTails(suffixes.map { Array($0.utf8) })
        #expect(tails.mayEnd(word) == mayEnd)
    }

    @Test(arguments: [1911, 1912, 1913] as [UInt64])
    func neverRejectsAWordEndingInASuffix(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let suffixes = (0..<200).map { _ in Array(ByteLookupTests.randomWord(&generator, maxPieces: 4).utf8) }
        let tails = SuffixTails(suffixes)
        for _ in 0..<2_000 {
            let word = ByteLookupTests.randomWord(&generator, maxPieces: 6)
                + (Bool.random(using: &generator) ? String(decoding: suffixes.randomElement(using: &generator)!, as: UTF8.self) : "")
            let bytes = Array(word.utf8)
            let ends = suffixes.contains { $0.count >= 4 && bytes.count >= $0.count && bytes.suffix($0.count).elementsEqual($0) }
            if ends { #expect(tails.mayEnd(word), "\(word)") }
        }
    }

    /// Round 23: the last-two-bytes filter in front of the look-ups changes no answer — `mayEnd` is exactly "fewer than four
    /// bytes, or the last four to six bytes are a suffix's last four to six" (its keyed tails), with or without it.
    @Test(arguments: [2301, 2302] as [UInt64])
    func answersExactlyAsTheTailsDo(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let suffixes = (0..<120).map { _ in Array(ByteLookupTests.randomWord(&generator, maxPieces: 4).utf8) }
        // Built from a single-pass sequence: the initialiser reads its suffixes twice.
        let tails = SuffixTails(AnyIterator(suffixes.makeIterator()))
        for _ in 0..<3_000 {
            let word = ByteLookupTests.randomWord(&generator, maxPieces: 6)
                + (Bool.random(using: &generator) ? String(decoding: suffixes.randomElement(using: &generator)!.suffix(5), as: UTF8.self) : "")
            let bytes = Array(word.utf8)
            let expected = bytes.count < 4 || suffixes.contains { suffix in
                let length = min(6, suffix.count)
                return suffix.count >= 4 && bytes.count >= length && bytes.suffix(length).elementsEqual(suffix.suffix(length))
            }
            #expect(tails.mayEnd(word) == expected, "seed \(seed): \(word)")
        }
    }
}
