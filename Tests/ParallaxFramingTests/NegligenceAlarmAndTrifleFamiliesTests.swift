import Testing

@testable import ParallaxFraming

/// The word families of the categories the unseen writer of round 28 showed unreached, written out from general
/// knowledge of German and English journalism (round 29): the negligence and sloth of an office ("Schlendrian",
/// "verschlampt"), hypocrisy ("Krokodilstränen", "crocodile tears"), the tabloid's hyphenated alarm and food scare
/// ("Salmonellen-Alarm", "Gammelfleisch", "killer salad"), the climate as catastrophe, the trifle mocked ("Ein bisschen
/// Nebel, und schon …", "a dusting of snow and suddenly …") and the mock ministry — each family with a plain neighbour
/// (`Fixtures/negligence-alarm-trifle-terms.txt`).
@Suite struct NegligenceAlarmAndTrifleFamiliesTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("negligence-alarm-trifle-terms")

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
