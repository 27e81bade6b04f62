import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A plural noun of number standing alone counts a crowd of people (`Tausende demonstrieren`, `Thousands protest`,
/// `sickens hundreds`), while one with a noun, a partitive, a determiner or a target preposition does not (round 25,
/// quantity25: `QuantityFinder+VagueCrowd.swift`, `vague-numbers.txt` `people`). Sentences written for these tests.
@Suite struct VagueCrowdTests {
    static func quantities(_ text: String, _ language: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("Tausende demonstrieren in Lindau gegen das neue Kraftwerk.", "de", 2000.0),
        ("Zehntausende bei Mahnwache für die Opfer", "de", 20000.0),
        ("Am Abend flohen Hunderte aus der Stadt.", "de", 200.0),
        ("Thousands rally against closure of children's hospital", "en", 2000.0),
        ("Food poisoning at wedding sickens dozens", "en", 24.0),
        ("Tens of thousands marched through the capital on Sunday.", "en", 20000.0),
    ])
    func countsPeople(_ text: String, _ language: String, _ low: Double) {
        let found = Self.quantities(text, language)
        #expect(found.contains { $0.low == low && $0.unit == "person" }, "\(found)")
    }

    @Test(arguments: [
        ("Die Schäden gehen in die Tausende.", "de"),
        ("Tausende neue Dokumente wurden veröffentlicht.", "de"),
        ("Die Zahl der Fälle stieg auf Hunderte.", "de"),
        ("Thousands of files were leaked on Friday.", "en"),
        ("Repair bills ran into the thousands.", "en"),
        ("Im Labor werden Tausende bis Millionen Atome gekühlt.", "de"),
        ("Mit Abertausenden kleiner und großer Schritte entsteht das Werk.", "de"),
        ("Thousands or even millions of files were copied.", "en"),
    ])
    func countsNoCrowd(_ text: String, _ language: String) {
        let found = Self.quantities(text, language)
        #expect(!found.contains { $0.unit == "person" }, "\(found)")
    }
}
