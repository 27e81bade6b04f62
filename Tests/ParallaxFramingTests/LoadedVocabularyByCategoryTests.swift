import Testing

@testable import ParallaxFraming

/// Loaded vocabulary written category by category from general knowledge of German and English (round 17,
/// docs/framing.md): verbs of saying that characterise the speaker, disparaging nouns for groups, war similes,
/// euphemisms, war and crime metaphors for politics, moralising adjectives, scandal compounds, populist words and
/// the lulling of the public. Each category has a sentence in the writer's voice and, where the word has a literal
/// or official neighbour, a plain sentence that must stay plain (`Fixtures/vocabulary-by-category.txt`).
@Suite struct LoadedVocabularyByCategoryTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("vocabulary-by-category")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 30)
        #expect(Self.lines.contains { $0.expected.isEmpty })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
