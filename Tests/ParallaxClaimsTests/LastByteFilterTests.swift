import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``LastByteFilter`` is a first test in front of `String.hasSuffix` (round 24): a word it rejects ends in none of the
/// suffixes by `String.hasSuffix` — on written words and on seeded random words and suffixes of ASCII, Latin-1, decomposed
/// umlauts and combining marks.
@Suite struct LastByteFilterTests {
    @Test(arguments: [
        ("hauptstraße", true), ("bahnhofstr.", true), ("ring", true), ("haus", false), ("regierung", false), ("zehn", false),
    ] as [(String, Bool)])
    func streetWords(word: String, endsInOne: Bool) {
        let suffixes = ["straße", "strasse", "str.", "gasse", "weg", "allee", "platz", "ring"]
        let filter = LastByteFilter(suffixes)
        #expect(suffixes.contains { word.hasSuffix($0) } == endsInOne)
        if endsInOne { #expect(filter.mayEnd(word)) }
        #expect(filter.mayEnd("") && filter.mayEnd("café"), "non-ASCII last bytes are let through")
    }

    @Test func randomWordsAndSuffixes() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let suffixes = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                String(ByteLookupTests.randomWord(&generator, maxPieces: 3).lowercased().suffix(Int.random(in: 0...5, using: &generator)))
            }
            let filter = LastByteFilter(suffixes)
            for _ in 0..<200 {
                var word = ByteLookupTests.randomWord(&generator, maxPieces: 6).lowercased()
                if let suffix = suffixes.randomElement(using: &generator), Bool.random(using: &generator) { word += suffix }
                if suffixes.contains(where: { word.hasSuffix($0) }) {
                    #expect(filter.mayEnd(word), "seed \(seed): \(word.debugDescription) against \(suffixes)")
                }
            }
        }
    }
}
