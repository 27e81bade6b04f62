import Testing
import ParallaxModel
@testable import ParallaxClaims

/// `über` after a noun of an offer, programme, order, grant or guarantee names its amount (`ein Angebot über vier Prozent`),
/// and after a verb that governs it (`verfügt über`, `verhandeln über`) introduces the object; neither is "more than"
/// (`qualifier-blockers.txt`, round 19). `über` elsewhere stays more-than. Sentences written for these tests.
@Suite struct AmountPrepositionTests {
    static func first(_ text: String) -> Quantity? {
        QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: text)).first?.quantity
    }

    @Test(arguments: [
        "Die Arbeitgeber legten ein Angebot über drei Prozent vor.",
        "Das Land beschloss ein Förderprogramm über 400 Millionen Euro.",
        "Die Airline gab eine Bestellung über 40 Flugzeuge auf.",
        "Der Bund gab eine Garantie über zwei Milliarden Euro.",
        "Die Partei verfügt über 23 Mandate.",
        "Die Tarifparteien verhandeln über 6 Prozent mehr Lohn.",
    ])
    func readsTheAmountExactly(text: String) {
        #expect(Self.first(text)?.qualifier == .exact)
    }

    @Test(arguments: [
        "Über 400 Menschen kamen zur Kundgebung.",
        "Der Schaden liegt bei über zwei Millionen Euro.",
    ])
    func keepsMoreThan(text: String) {
        #expect(Self.first(text)?.qualifier == .moreThan)
    }
}
