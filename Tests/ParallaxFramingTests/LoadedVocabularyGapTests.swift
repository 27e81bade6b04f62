import Testing

@testable import ParallaxFraming

/// Gaps in the six categories written out from general knowledge of German and English news language (round 23):
/// bankers as crooks, favourites, usury, strike-breaking, people cheated and left in the rain, class war from above,
/// prices through the roof, policy that kills, patchwork and baby steps, sharks and accounting tricks; English
/// predators of the poor, feathered nests, cash-starved services, trifles, staff let go — each family with a plain
/// neighbour (`Fixtures/category-gaps-terms.txt`).
@Suite struct LoadedVocabularyGapTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("category-gaps-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 20)
        #expect(Self.lines.contains { $0.expected.isEmpty })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
