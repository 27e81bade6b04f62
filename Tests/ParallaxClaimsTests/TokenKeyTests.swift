import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``ClaimToken/key(of:length:)`` and ``ClaimToken/wordKey(of:)`` read contiguous bytes where a string has them (round 20):
/// they give what the scalar and byte loops of round 18 gave, for ASCII, Latin-1 and other words, short and long.
@Suite struct TokenKeyTests {
    static func scalarKey(_ word: String, length: Int) -> Int {
        var key = 0
        var count = 0
        for scalar in word.unicodeScalars {
            key = key &* 0x110000 &+ Int(scalar.value)
            count += 1
            if count == length { break }
        }
        return key
    }

    static func byteKey(_ word: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash & UInt64(Int.max))
    }

    @Test(arguments: ["", "a", "ab", "abc", "abcd", "äbc", "aäb", "abä", "ŁÓDŹ", "straße", "Bundesverfassungsgerichtspräsident", "é\u{301}x"])
    func writtenWords(word: String) {
        for length in [0, 1, 2, 3, 4] {
            #expect(ClaimToken.key(of: word, length: length) == Self.scalarKey(word, length: length), "\(word) \(length)")
        }
        #expect(ClaimToken.wordKey(of: word) == Self.byteKey(word))
    }

    @Test func randomWords() {
        var generator = SeededGenerator(seed: SeededGenerator.testSeed)
        for _ in 0..<3_000 {
            let word = ByteLookupTests.randomWord(&generator, maxPieces: 8)
            #expect(ClaimToken.key(of: word) == Self.scalarKey(word, length: 3), "\(word)")
            #expect(ClaimToken.wordKey(of: word) == Self.byteKey(word), "\(word)")
        }
    }
}
