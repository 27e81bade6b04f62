import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 35 (quantity35): of the stems a word matches after each inflection ending, the longest wins (`SuffixTable.lookup`):
/// `Besuchern` less `-ern` is `besuch` (a visit) but less `-n` `besucher` (a visitor), and the reading that keeps more of
/// the word is the word. The German words of a permit and a certificate name a capacity as English `approved` and
/// `certified` do (`capacity-words.txt`). Words and sentences written for these tests from general knowledge of German.
@Suite struct LongestStemReadingTests {
    @Test(arguments: [
        ("besuchern", "person"), ("besucher", "person"), ("besuch", "visit"), ("besuchen", "visit"),
        ("messebesuchern", "person"), ("zuschauern", "person"), ("zuschau", nil),
    ] as [(String, String?)])
    func theLongestStemWins(word: String, expected: String?) {
        let table = SuffixTable(
            ["besuch": "visit", "besucher": "person", "zuschauer": "person"], endings: ["innen", "ern", "nen", "en", "er", "n", "e"],
            compounds: true)
        #expect(table.lookup(word) == expected)
    }

    static let countedNouns: [ClaimCase] = [
        .init(language: "de", sentence: "Das Festival zählte am Wochenende 48.000 Besuchern zufolge einen Rekord.", value: 48_000,
              unit: "person", measure: nil),
        .init(language: "de", sentence: "Mit rund 3.000 Messebesuchern war die Halle voll.", value: 3_000, unit: "person", measure: nil),
        .init(language: "de", sentence: "Das Museum zählte 12.000 Besuche im Juli.", value: 12_000, unit: "visit", measure: nil),
        .init(language: "de", sentence: "Das Gericht hat bisher 30 Entscheidungen veröffentlicht.", value: 30, unit: "decision",
              measure: nil),
    ]

    @Test(arguments: countedNouns) func countedNounUnit(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Meldung")
        #expect(claim.quantity?.unit == expected.unit)
    }

    static let capacities: [ClaimCase] = [
        .init(language: "de", sentence: "Das Gelände ist für 50.000 Besucher genehmigt.", value: 50_000, unit: "person", measure: "size"),
        .init(language: "de", sentence: "Die Halle hat eine Genehmigung für 2.000 Gäste.", value: 2_000, unit: "person", measure: "size"),
        .init(language: "de", sentence: "Der Aufzug ist für acht Personen zertifiziert.", value: 8, unit: "person", measure: "size"),
    ]

    @Test(arguments: capacities) func permitNamesACapacity(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Meldung")
        #expect(claim.measure == expected.measure)
    }
}
