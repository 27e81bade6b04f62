import Testing

@testable import ParallaxFraming

/// Breadth of the loaded-term lexicons by category (round 32): closed families of the tabloid, partisan and propaganda
/// writer in both languages — the money trap and the death compound ("Kassenfalle", "Todeskurve", "killer lake",
/// "death bend"), the firm that steals from its customers and the gangster state ("bestiehlt seine Kunden",
/// "narco-state"), the diminutive and the sneer name ("Grüppchen", "Pappnasen", "nutters"), riot talked down
/// ("unschöne Szenen") and a party's framing taken over as fact ("NATO-Aggression", "gun grab") — and their plain
/// neighbours: a camera trap, the death penalty, a thief and a passer-by, a pack of hounds, a killer whale, the death
/// toll, and praise of the sports page that counts only in the heightened register
/// (`Fixtures/breadth-by-category-terms.txt`).
@Suite struct LoadedBreadthByCategoryTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("breadth-by-category-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 40)
        #expect(Self.lines.filter { $0.expected.isEmpty }.count >= 12)
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
        #expect(LoadedTermFixture.categories(of: Self.lines) == LoadedTermFixture.allCategories)
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
