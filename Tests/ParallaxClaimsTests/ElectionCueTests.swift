import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// The election cues' suffix test of round 14 (``ClaimExtractor/ElectionCues``: UTF-8 bytes where token
/// and cues are Latin-1) answers as `cues.contains { token.lower.hasSuffix($0) }`, the code it replaces —
/// on random words of ASCII, Latin-1, decomposed umlauts, combining marks and letters outside Latin-1,
/// against the bundled German cues, cues outside Latin-1 and decomposed cues.
@Suite struct ElectionCueTests {
    static let pieces = [
        "wahl", "wahlen", "wähler", "wa\u{308}hler", "umfrage", "partei", "en", "n", "land", "tags", "a", "e", "ä",
        "Ä", "ß", "é", "\u{301}", "ł", "ж", "-", "ÿ", "µ", "W", "WAHL",
    ]

    @Test(arguments: [
        ["wahl", "wahlen", "wähler", "wählern", "umfrage", "umfragen", "partei", "parteien"],
        ["wa\u{308}hler", "wahl"], ["выборы", "wahl"], ["e\u{301}lection"],
    ])
    func bytesAnswerAsHasSuffix(cues: [String]) {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let election = ClaimExtractor.ElectionCues(cues)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                Self.pieces.randomElement(using: &generator)!
            }.joined()
            for token in ClaimTokenizer.tokens(of: text) + [ClaimToken(text: text, kind: .word, start: 0, end: 0, spaceBefore: true)] {
                let expected = cues.contains { token.lower.hasSuffix($0) }
                #expect(election.isSuffix(of: token) == expected, "seed \(seed): \(token.lower.unicodeScalars.map(\.value))")
            }
        }
    }
}
