import Testing

@testable import ParallaxFraming

/// The general vocabulary of loaded language, written by category and device from general knowledge of German and
/// English journalism (round 25): closed "Todes-" and "Gift-" compounds, the greedy as vultures, plagues of animals,
/// loaded person nouns before a closed head, letting people die, money burnt, paltry sums, the surveillance state,
/// people herded and left to die, services bled dry — each family with a plain neighbour
/// (`Fixtures/general-vocabulary-terms.txt`).
@Suite struct LoadedGeneralVocabularyTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("general-vocabulary-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 40)
        #expect(Self.lines.contains { $0.expected.isEmpty })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
