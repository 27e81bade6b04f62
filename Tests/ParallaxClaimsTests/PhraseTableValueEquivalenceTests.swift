import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// Round 16's `PhraseTable.value(of:)` (a word whose ASCII key starts no phrase is answered before a
/// token is made) against round 15's definition, the match of a one-word token: on random words of
/// ASCII, Latin-1, decomposed umlauts and letters outside Latin-1 (``ByteLookupTests/randomWord(_:maxPieces:)``),
/// capitalised or not, on the tables' own words, and for the role and gazetteer tables of every
/// language pack.
@Suite struct PhraseTableValueEquivalenceTests {
    static func roundFifteenValue<Value>(_ table: PhraseTable<Value>, _ word: String) -> Value? {
        table.match([ClaimToken(text: word, kind: .word, start: 0, end: 0, spaceBefore: true)], at: 0)?.value
    }

    static func words(_ generator: inout SeededGenerator) -> [String] {
        var result = ["", "a", "A", "Ab", "ABC", "İx", "Σσ", "ÄRZTIN", "Arzt", "arzt", "Minister", "MINISTERIN", "x-y"]
        for _ in 0..<3_000 {
            let word = ByteLookupTests.randomWord(&generator, maxPieces: 6)
            result.append(word)
            result.append(word.prefix(1).uppercased() + word.dropFirst())
            result.append(word.uppercased())
        }
        return result
    }

    @Test(arguments: [1601, 1602] as [UInt64])
    func syntheticTableAnswersAsRound15(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let table = PhraseTable<Int>([
            ("Arzt", 1), ("ärzt*", 2), ("Minister*", 3), ("über den", 4), ("İx", 5), ("ab", 6), ("a", 7), ("zäh", 8),
            ("σσ", 9), ("Kk", 10), ("e-k*", 11),
        ])
        for word in Self.words(&generator) {
            #expect(table.value(of: word) == Self.roundFifteenValue(table, word), "seed \(seed): \(word)")
        }
    }

    @Test(arguments: ["de", "en"])
    func languagePackTablesAnswerAsRound15(language: String) {
        var generator = SeededGenerator(seed: SeededGenerator.testSeed)
        let pack = LanguagePack.pack(for: language)
        let words = Self.words(&generator)
            + ["Sprecher", "Sprecherin", "Polizeisprecher", "Bürgermeister", "Wien", "spokesman", "Berlin", "PRÄSIDENT"]
        for word in words {
            #expect(pack.roles.value(of: word) == Self.roundFifteenValue(pack.roles, word), "\(language): \(word)")
            #expect(
                pack.gazetteer.value(of: word).map { "\($0)" } == Self.roundFifteenValue(pack.gazetteer, word).map { "\($0)" },
                "\(language): \(word)")
        }
    }
}
