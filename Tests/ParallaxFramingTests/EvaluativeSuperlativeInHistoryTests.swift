import Testing

@testable import ParallaxFraming

/// The evaluative superlative measured against all of history (round 31): a superlative of an adjective of gloom,
/// sorrow, bitterness or shame before a noun of an episode, then a frame that ranks the episode against the history of
/// a body or place ("der schwärzeste Tag in der Geschichte des Vereins", "der Vereinsgeschichte", "seit
/// Menschengedenken"; "the darkest day in the history of", "in its history", "ever", "in living memory") is the
/// writer's hyperbole, alarmist. Superlatives of measurable dimensions (the largest order, the hottest day) and the
/// calendar or a life as frame (the darkest day of the year, the blackest day of a life) stay plain
/// (`Fixtures/superlative-history-terms.txt`).
@Suite struct EvaluativeSuperlativeInHistoryTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("superlative-history-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 30)
        #expect(Self.lines.filter { $0.expected.isEmpty }.count >= 10)
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
