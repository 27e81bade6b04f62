import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A vague determiner before a round multiplier counts at least two of it (`vague-numbers.txt`, completed by category in
/// round 19): every German determiner (`wenige`, `etliche`, `viele`, `einige`, `mehrere`, `ein paar`, declined) and every
/// English one (`a few`, `several`, `a couple of`, `many`, `some`) before `hundert`/`tausend`/`zehntausend`/
/// `hunderttausend`/`millionen`/`milliarden` and their English words. Sentences written for these tests.
@Suite struct VagueDeterminerAmountTests {
    static func first(_ language: String, _ text: String) -> Quantity? {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).first?.quantity
    }

    @Test(arguments: [
        ("de", "Nur wenige hundert Meter entfernt brannte ein Stall.", 200.0),
        ("de", "Vor etlichen tausend Zuschauern verlor die Mannschaft.", 2000.0),
        ("de", "Mehrere zehntausend Menschen zogen durch die Stadt.", 20000.0),
        ("de", "Erwartet werden einige hunderttausend Pilger.", 200000.0),
        ("de", "Abertausende Menschen flohen vor dem Feuer.", 2000.0),
        ("de", "Der Umbau kostet ein paar Millionen Euro.", 2000000.0),
        ("en", "Several hundred thousand people fled the region.", 200000.0),
        ("en", "The repairs will cost a few million dollars.", 2000000.0),
        ("en", "Many thousands of homes lost power.", 2000.0),
        ("en", "The crash site lies a couple of hundred metres away.", 200.0),
    ])
    func countsAtLeastTwoOfTheMultiplier(language: String, text: String, low: Double) {
        let quantity = Self.first(language, text)
        #expect(quantity?.low == low)
        #expect(quantity?.qualifier == .atLeast)
    }
}
