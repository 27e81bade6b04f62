import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 10 (dev7, the eighth writer, studied for mechanisms any writer uses): measures that fit their unit, one
/// figure's counted noun kept from another's clause, a thing's length after `von`/`of`, the inflections of `breit`, the
/// `senken` family, death idioms (`das Leben gekostet`, `jede Hilfe zu spät`), bringing people up alive, `in ruins`,
/// miners as workers and rescuers deployed by default; a body's field after `für`, and `reportedly` citing unnamed
/// others. Sentences written for these tests from general knowledge of both languages (no corpus sentence).
@Suite struct MeasureUnitFitAndDeathIdiomTests {
    static let cases = FigureCase.load("measure-unit-fit-and-death-idioms")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 21)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    /// The unit check is a pure function of the canonical labels: a table of what each kind of unit admits.
    @Test(arguments: [
        ("killed", "metre", false), ("killed", "person", true), ("killed", "percent", true), ("killed", nil, true),
        ("employed", "eur", false), ("won", "eur", true), ("won", "day", false), ("cost", "person", false),
        ("cost", "eur", true), ("distance", "worker", false), ("distance", "metre", true), ("duration", "day", true),
        ("killed", "tonne", true),
    ] as [(String, String?, Bool)])
    func measureFitsUnit(_ label: String, _ unit: String?, _ admitted: Bool) {
        let finder = MeasureFinder(pack: LanguagePack.pack(for: "en"))
        #expect(finder.admits(label, unit: unit) == admitted)
    }
}
