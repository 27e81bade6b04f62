import Testing

@testable import ParallaxFraming

/// The word families of every loaded-language category, written out again from general knowledge of German and
/// English journalism for writers not yet seen (round 28): a crowd as a mob with a political label, cheats of sport
/// and tax, bodies pumped full of drugs, rights trodden underfoot, the camps' labels for each other, prices that
/// explode, excuses and muddling through, lives saved, dismissal as parting, the debt union — each family with a plain
/// neighbour (`Fixtures/word-families-terms.txt`).
@Suite struct LoadedWordFamiliesTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("word-families-terms")

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
