import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// The spokesperson-role test's byte reading of a genitive ending (written in round 29, measured and taken in round 30,
/// ``SpeakerRoleEndings/genitiveEndingsAreLatin1``):
/// for a Latin-1 word whose bytes end in a Latin-1 ending's bytes, "has more bytes than the ending" answers as the
/// `String` test it replaced, `word.hasSuffix(ending) && word.count > ending.count`.
@Suite struct GenitiveEndingBytesTests {
    @Test(arguments: LexiconFile.languages)
    func bytesAnswerAsTheStringTest(language: String) {
        let pack = LanguagePack.pack(for: language)
        let endings = pack.speakerRoleEndings
        #expect(endings.genitiveEndingsAreLatin1 == pack.genitiveEndings.allSatisfy(ClaimToken.isLatin1))
        var generator = SeededGenerator(seed: 2929)
        var words = ["s", "es", "'s", "polizeisprechers", "sprecherinnen", "spokesman's", "hauses", "äs", "öles", "ßes", "xs"]
        for _ in 0..<3_000 {
            let piece = ByteLookupTests.randomWord(&generator, maxPieces: 4)
            let ending = (pack.genitiveEndings + [""]).randomElement(using: &generator)!
            words.append(piece + ending)
            words.append(piece.lowercased() + ending)
        }
        for text in words {
            for token in ClaimTokenizer.tokens(of: text) where token.kind == .word && token.isLatin1 {
                let word = token.lower
                for (ending, bytes) in endings.genitiveEndingBytes where ClaimToken.isLatin1(ending) && ByteSuffix.hasSuffix(word, bytes) {
                    #expect((word.utf8.count > bytes.count) == (word.hasSuffix(ending) && word.count > ending.count), "\(language): \(word) \(ending)")
                }
            }
        }
    }

    @Test func anEndingBeyondLatin1TurnsTheReadingOff() {
        #expect(SpeakerRoleEndings(roleBytes: [Array("sprecher".utf8)], genitiveEndings: ["s", "es"]).genitiveEndingsAreLatin1)
        #expect(!SpeakerRoleEndings(roleBytes: [Array("sprecher".utf8)], genitiveEndings: ["s", "ść"]).genitiveEndingsAreLatin1)
    }
}
