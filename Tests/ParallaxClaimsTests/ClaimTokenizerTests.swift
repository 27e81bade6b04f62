import ParallaxTesting
import Foundation
import Testing
@testable import ParallaxClaims

/// The byte-level tokenizer against its contract: every token's UTF-16 offsets cut exactly its text
/// out of the input, tokens are ordered and never overlap, and no letter or digit is lost.
@Suite struct ClaimTokenizerTests {
    static let pieces = [
        "Soldaten", "Größe", "über", "14.000", "1,5", "19:00", "€", "%", "–", "—", " ", " ", "\u{202F}", "\n", "-", "'",
        "’", "Ukraine-Krieg", "🇩🇪", "😀", "naïve", "Straße", "F-16", "3.", "(", ")", "„", "“", "x", "é", "日本",
    ]

    @Test func offsetsCutEachTokenOutOfTheText() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<300 {
            let count = Int.random(in: 1...20, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let utf16 = Array(text.utf16)
            let tokens = ClaimTokenizer.tokens(of: text, base: 7)
            var last = 7
            for token in tokens {
                #expect(token.start >= last && token.end > token.start, "seed \(seed): order in \(text)")
                let slice = String(decoding: utf16[(token.start - 7)..<(token.end - 7)], as: UTF16.self)
                #expect(slice == token.text, "seed \(seed): \(token.text) at \(token.start) in \(text)")
                last = token.end
            }
            let kept = tokens.map(\.text).joined().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            let all = text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            #expect(String(String.UnicodeScalarView(kept)) == String(String.UnicodeScalarView(all)), "seed \(seed): \(text)")
        }
    }

    @Test(arguments: [
        ("14.000 Soldaten", ["14.000", "Soldaten"]),
        ("Ukraine-Krieg: 1,5 Mio.", ["Ukraine-Krieg", ":", "1,5", "Mio", "."]),
        ("Größe 3 m²", ["Größe", "3", "m", "²"]),
        ("don't stop", ["don't", "stop"]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(ClaimTokenizer.tokens(of: text).map(\.text) == expected)
    }
}
