import Testing

@testable import ParallaxFraming

/// Loaded vocabulary written out by kind of word (round 22): agony in the writer's voice, officials as sleepwalkers
/// and by the policy blamed on them, the slogan of priorities, a ship as a plague's carrier, the nation as a fortress,
/// helpers as a place's angels, total failure — German and English, each family with a plain neighbour
/// (`Fixtures/vocabulary-by-kind-terms.txt`).
@Suite struct LoadedVocabularyByKindTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("vocabulary-by-kind-terms")

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
