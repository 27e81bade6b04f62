import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A German bound parted from its figure by a particle of contrast (`mindestens aber`, `höchstens jedoch`) or written with a
/// noun of amount before `von` (`bis zur Höhe von`) is the bound of `mindestens`, `höchstens`, `bis zu` (round 27,
/// quantity27: `de/qualifiers.txt`). Sentences written for these tests.
@Suite struct PartedBoundPhraseTests {
    static func quantities(_ text: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("Verlangt werden vier Prozent, mindestens aber 150 Euro im Monat.", 150.0, "eur", Quantity.Qualifier.atLeast),
        ("Die Stadt zahlt die Hälfte, mindestens jedoch 2.000 Euro.", 2000.0, "eur", .atLeast),
        ("Die Strafe beträgt höchstens jedoch drei Jahre Haft.", 3.0, "year", .upTo),
        ("Der Bund haftet bis zur Höhe von 40 Millionen Euro.", 40_000_000.0, "eur", .upTo),
        ("Erstattet werden Kosten bis zum Betrag von 800 Euro.", 800.0, "eur", .upTo),
    ])
    func readsPartedBound(_ text: String, _ value: Double, _ unit: String, _ qualifier: Quantity.Qualifier) {
        let found = Self.quantities(text)
        #expect(found.contains { $0.value == value && $0.unit == unit && $0.qualifier == qualifier }, "\(found)")
    }

    @Test(arguments: [
        "Die Rechnung belief sich auf eine Höhe von 300 Euro.",
        "Aber 500 Euro waren es nicht.",
    ])
    func leavesAmountsWithoutBoundExact(_ text: String) {
        let found = Self.quantities(text)
        #expect(!found.isEmpty && found.allSatisfy { $0.qualifier == .exact }, "\(found)")
    }
}
