import Testing

@testable import ParallaxFraming

/// The word families of the category the unseen writer of round 29 showed unreached, written out from general
/// knowledge of German and English journalism (round 30): gambling with other people's money ("Zockerbude",
/// "roulette with", "like a casino", "personal piggy bank"), the shabby outfit as a closed compound ("Pfuschertruppe",
/// "Murksladen"), neglect and blame ("geschlampt", "verrotten lassen", "sat on its hands", "was a joke") — each family
/// with a plain neighbour: the casino and the roulette table, a family's Monopoly, an amateur club, a felt maker, a
/// bleeding patient (`Fixtures/gambling-outfit-neglect-terms.txt`).
@Suite struct GamblingAndShabbyOutfitFamiliesTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("gambling-outfit-neglect-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 25)
        #expect(Self.lines.contains { $0.expected.isEmpty })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
