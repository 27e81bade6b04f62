import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 14 (mechanisms cross-checked on splits they were not made from): adjectives compounded of a number and a unit
/// of time (`zweitägigen`, `seven-hour`), hundredths of a currency (`30 Cent`), fact-box figures (`Geiseln: 9`), parts
/// of a group with its number or a possessive (`Sieben der zehn Wagen`, `all six of its hospitals`), parts of the body
/// as a unit family, and capacities as sizes (`für 450 Passagiere zugelassen`, `holds 640`). Sentences written for
/// these tests (`Fixtures/number-unit-adjectives-subunits-fact-boxes.json`), negative cases marked `absent` or with a
/// null measure.
@Suite struct NumberUnitAdjectiveSubunitAndFactBoxTests {
    static let cases = FigureCase.load("number-unit-adjectives-subunits-fact-boxes")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 41)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}
