import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A cardinal fused with the noun of occasions (`dreimal`) counts occasions as `drei Mal` does; not below three, not as a
/// factor (`QuantityFinder+FusedFrequency.swift`, `frequency-words.txt`). Sentences written for these tests.
@Suite struct FusedFrequencyTests {
    static func values(_ text: String) -> [Double?] {
        QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.value)
    }

    @Test(arguments: [
        ("Die Fähre war im vergangenen Jahr dreimal in Reparatur.", 3.0),
        ("Viermal sei er an der Grenze abgewiesen worden.", 4.0),
        ("Der Verein ist zwölfmal Meister geworden.", 12.0),
    ])
    func occasions(_ text: String, _ value: Double) {
        #expect(Self.values(text).contains(value))
    }

    @Test(arguments: [
        "Die Werte lagen fünfmal so hoch wie erlaubt.",
        "Das Risiko ist dreimal höher als im Vorjahr.",
        "Ein sechsmal größeres Becken wird gebaut.",
        "Er hat es zweimal versucht.",
        "Diesmal kam niemand, manchmal kommen viele.",
    ])
    func noCount(_ text: String) {
        #expect(Self.values(text).isEmpty)
    }

    @Test func claimWithoutUnit() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Meldung"], ["Der Frachter war in den letzten Jahren siebenmal festgesetzt worden."]], language: "de",
            published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 7 })
        #expect(claim.quantity?.unit == nil)
    }

    @Test func englishListsNoFusedForm() {
        #expect(LanguagePack.pack(for: "en").frequencySuffixes.isEmpty)
        #expect(LanguagePack.pack(for: "de").frequencySuffixes == ["mal"])
    }
}
