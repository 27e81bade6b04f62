import Testing

@testable import ParallaxFraming

/// Structures of word formation that reach loaded words no entry lists (round 33): the German particle "herum-"/"rum-"
/// on verbs of clumsy, aimless or rough activity ("herumgeballert", "pfuscht … herum"), "Todes-" as an open first part
/// of a closed compound ("Todesmanöver") with the plain compounds of law and medicine as neutral uses, germs and dirt
/// before a place of everyday life ("Keimklinik", "germ hospital") and shame after a named institution ("care home
/// shame") — with plain neighbours: walking about, the cause of death, a bug hotel, "it is a shame"
/// (`Fixtures/word-formation-structure-terms.txt`).
@Suite struct WordFormationStructureTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("word-formation-structure-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 25)
        #expect(Self.lines.filter { $0.expected.isEmpty }.count >= 10)
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
