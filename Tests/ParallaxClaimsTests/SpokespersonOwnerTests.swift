import Testing
@testable import ParallaxClaims

/// A spokesperson given by the bare role speaks for the party named right after it — in the genitive or after a preposition
/// of belonging (`nach Angaben eines Sprechers der Hafenbehörde`, `a spokesman for the district office`, `Der Sprecher der
/// Landesrätin sagte`) — not as `sprecher`/`spokesman` (`Fixtures/spokesperson-owner.json`, invented sentences).
@Suite struct SpokespersonOwnerTests {
    static let cases = FigureCase.load("spokesperson-owner")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 6)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}
