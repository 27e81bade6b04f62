import Testing
@testable import ParallaxClaims

/// A body named before and referred back to after a prepositional cue: a back-reference noun standing alone after the cue
/// (`laut Reederei`, `laut Unternehmen`) is the body of its kind the article named (with none named, the kind's label stays),
/// and a spokesperson compound in the genitive (`nach Angaben eines Polizeisprechers`) speaks for its body as the nominative
/// does (`Fixtures/body-after-cue.json`, invented sentences).
@Suite struct BodyAfterCueTests {
    static let cases = FigureCase.load("body-after-cue")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 5)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    /// A noun's genitive is the same noun; a word without a genitive ending is only itself.
    @Test(arguments: [
        ("polizeisprechers", ["polizeisprechers", "polizeisprecher"]),
        ("amtes", ["amtes", "amt", "amte"]),
        ("sprecher", ["sprecher"]),
    ])
    func withoutGenitive(_ word: String, _ expected: [String]) {
        #expect(EntityFinder.withoutGenitive(word, endings: ["es", "s"]) == expected)
    }
}
