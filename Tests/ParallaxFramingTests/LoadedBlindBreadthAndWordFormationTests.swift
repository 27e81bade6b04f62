import Testing

@testable import ParallaxFraming

/// Round 34: loaded words of every category written blind from general knowledge of the register, and four structures
/// of word formation — the shabby first part before an everyday head ("Schrottbus", "Gammelschule"), theft from a named
/// public ("Steuerklau", "pension heist"), the affliction participle ("pannengeplagt", "chaos-hit"), a stretch of time
/// named after its misery ("night of shame") — with their plain neighbours and attributed or quoted uses
/// (`Fixtures/blind-breadth-and-word-formation-terms.txt`).
@Suite struct LoadedBlindBreadthAndWordFormationTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("blind-breadth-and-word-formation-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 50)
        #expect(Self.lines.filter { $0.expected.isEmpty }.count >= 12)
        #expect(Self.lines.contains { $0.expected.contains { $0.usage == "reported" } })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
        #expect(LoadedTermFixture.categories(of: Self.lines) == LoadedTermFixture.allCategories)
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
