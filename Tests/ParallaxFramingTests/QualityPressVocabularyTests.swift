import Testing

@testable import ParallaxFraming

/// Loaded vocabulary of the quality press, written category by category from general knowledge of German and English
/// (round 18, docs/framing.md "Round 18 (framing18)"): manner words that sneer ("süffisant", "petulantly"), the dubious
/// and the notorious, verbs that paint an act as steamrolling or squandering, accusation labels of party politics,
/// stigmatising labels, heroising praise outside reviews, tabloid first parts and gangs around a hyphen, politics as
/// games, partisan labels and metaphors of bleeding. Each category has a sentence in the writer's voice and, where the
/// word has a literal or plain neighbour, a plain sentence that must stay plain
/// (`Fixtures/quality-press-vocabulary.txt`). The accusation in a verb-final clause ("weil sie … eine Blockadehaltung
/// … vorwirft") is the accuser's word, not the writer's.
@Suite struct QualityPressVocabularyTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("quality-press-vocabulary")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 25)
        #expect(Self.lines.contains { $0.expected.isEmpty })
        #expect(Self.lines.contains { $0.expected.contains { $0.usage == "reported" } })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
