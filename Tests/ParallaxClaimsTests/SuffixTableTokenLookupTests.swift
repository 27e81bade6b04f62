import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// A suffix table's look-up of a token (round 25: a first test on ``ClaimToken/lastPair``) answers as the look-up of its
/// lower-case word — for the language packs' descriptor and place-descriptor tables, on written words and on seeded random
/// words of ASCII, Latin-1, decomposed umlauts, combining marks and letters outside Latin-1, alone and as compounds ending
/// in a listed noun.
@Suite struct SuffixTableTokenLookupTests {
    static func check(_ text: String, _ pack: LanguagePack, _ note: String) {
        for token in ClaimTokenizer.tokens(of: text) where token.kind == .word {
            let scalars = token.lower.unicodeScalars.map(\.value)
            #expect(pack.descriptors.lookup(token) == pack.descriptors.lookup(token.lower), "\(note): \(scalars)")
            #expect(pack.placeDescriptors.isDescriptor(token) == pack.placeDescriptors.isDescriptor(token.lower), "\(note): \(scalars)")
        }
    }

    @Test(arguments: ["de", "en"])
    func writtenWords(language: String) {
        let pack = LanguagePack.pack(for: language)
        Self.check(
            "Die Polizei im Landkreis Harburg, das Amtsgericht, die Stadtverwaltung, Kreisverwaltungen, the district of Halvor, "
                + "the police department, ministries, Ämter, Ämtern, ÄÖ, ab, amt, Amts, Bürgermeisteramt, Łódź", pack, language)
    }

    @Test(arguments: ["de", "en"])
    func randomWordsAndCompounds(language: String) {
        let pack = LanguagePack.pack(for: language)
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let nouns = ["verwaltung", "behörde", "polizei", "amt", "gericht", "kreis", "bezirk", "ministry", "department", "district"]
        for _ in 0..<3_000 {
            var word = ByteLookupTests.randomWord(&generator, maxPieces: 4)
            if Bool.random(using: &generator), let noun = nouns.randomElement(using: &generator) {
                word += noun + ["", "s", "en", "es", "n"].randomElement(using: &generator)!
            }
            Self.check(word, pack, "seed \(seed), \(language)")
        }
    }
}
