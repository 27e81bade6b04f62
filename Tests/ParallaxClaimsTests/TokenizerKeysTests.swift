import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// The tokenizer reads a token's lower-case form and both look-up keys in one pass over its bytes (round 21,
/// ``ClaimTokenizer/loweredWithKeys(_:text:)``): each equals what ``ClaimTokenizer/lowercased(_:text:)``,
/// ``ClaimToken/key(of:length:)`` and ``ClaimToken/wordKey(of:)`` give for the lower-case string — for ASCII, Latin-1
/// and other words, with and without capitals.
@Suite struct TokenizerKeysTests {
    static func check(_ word: String) {
        var copy = word
        copy.withUTF8 { bytes in
            let lowered = ClaimTokenizer.loweredWithKeys(bytes, text: word)
            let (lower, isASCII) = ClaimTokenizer.lowercased(bytes, text: word)
            #expect(lowered.lower == lower, "\(word)")
            #expect(Array(lowered.lower.utf8) == Array(lower.utf8), "\(word)")
            #expect(lowered.isASCII == isASCII, "\(word)")
            #expect((lowered.key ?? ClaimToken.key(of: lower)) == ClaimToken.key(of: lower), "\(word)")
            #expect((lowered.wordKey ?? ClaimToken.wordKey(of: lower)) == ClaimToken.wordKey(of: lower), "\(word)")
        }
    }

    @Test(arguments: [
        "Bundesverfassungsgerichtspräsident", "ÖSTERREICH", "Ärztekammer", "straße", "ŁÓDŹ", "Ǆemal", "abc", "A", "Ab",
        "ÄÖÜ", "×", "1.500", "US-Präsident", "don't", "Mio", "é\u{301}x", "Zürich", "ÀÞß",
    ])
    func writtenWords(word: String) {
        Self.check(word)
    }

    @Test func randomWords() {
        var generator = SeededGenerator(seed: SeededGenerator.testSeed)
        for _ in 0..<3_000 {
            Self.check(ByteLookupTests.randomWord(&generator, maxPieces: 8))
        }
    }

    /// Tokens made by the tokenizer carry the keys their initialiser would compute from their lower-case text.
    @Test func tokensCarryTheKeysOfTheirLowerCaseText() {
        let text = "Der ÖSTERREICHISCHE Bundespräsident sagte am Montag, 1.500 Łódźer Bürger hätten „Ja“ gesagt."
        for token in ClaimTokenizer.tokens(of: text) {
            #expect(token.key == ClaimToken.key(of: token.lower), "\(token.text)")
            #expect(token.wordKey == ClaimToken.wordKey(of: token.lower), "\(token.text)")
            #expect(token.lower == token.text.lowercased(), "\(token.text)")
        }
    }
}
