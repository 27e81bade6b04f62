import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A fraction of one unit is one figure in that unit (`a quarter of a mile` 0.25 mile; round 20), a span of time in the
/// next smaller unit (`three quarters of an hour` 45 minutes), where the fraction read as a share and the article as one
/// unit before. A fraction of a group stays a share (`a quarter of the residents`). Sentences written for these tests.
@Suite struct FractionOfUnitTests {
    static func quantities(_ language: String, _ text: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("The queue stretched a quarter of a mile along the quay.", 0.25, "mile"),
        ("The smoke drifted some 600 metres (a third of a mile) inland.", 600.0, "metre"),
        ("Ferries waited three quarters of an hour at the pier.", 45.0, "minute"),
        ("The crew needed a quarter of an hour to reach the deck.", 15.0, "minute"),
    ])
    func readsOneFigure(text: String, value: Double, unit: String) {
        let found = Self.quantities("en", text)
        #expect(found.first?.value == value)
        #expect(found.first?.unit == unit)
        #expect(!found.contains { $0.unit == "percent" })
    }

    @Test func theBracketedFractionIsOneFigure() {
        let found = Self.quantities("en", "The smoke drifted some 600 metres (a third of a mile) inland.")
        #expect(found.count == 2)
        #expect(found.last?.unit == "mile")
        #expect(abs((found.last?.value ?? 0) - 0.333) < 0.001)
    }

    @Test func aFractionOfAGroupStaysAShare() {
        let found = Self.quantities("en", "A quarter of the residents left the island.")
        #expect(found.first?.value == 25)
        #expect(found.first?.unit == "percent")
    }
}
