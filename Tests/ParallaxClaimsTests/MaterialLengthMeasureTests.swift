import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 32 (measure32): the English pseudo-partitive of a length and a material (`metres of cable`) measures how much of the
/// material there is — its clause's verb decides, else `size`, never `distance`; a stretch of the land or of a way (`miles of
/// river`, `of the Elmar`-like names, `of line 4`) stays a distance. A distance is a length only: an area removed is none.
/// A bracket restating a figure in words (`(eight centimetres)`) is stepped over. Sentences written for these tests from
/// general knowledge of both languages.
@Suite struct MaterialLengthMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "en", sentence: "Thieves took 600 metres of copper wire from the signal box.", value: 600, unit: "metre",
              measure: "size"),
        .init(language: "en", sentence: "Vandals had stolen about 2.5 kilometres (1.6 miles) of cable overnight.", value: 2.5,
              unit: "kilometre", measure: "size"),
        .init(language: "en", sentence: "The theft of nearly a mile of fencing went unnoticed for days.", value: 1, unit: "mile",
              measure: "size"),
        .init(language: "en", sentence: "The contractor will lay 14 kilometres of new pipe next year.", value: 14,
              unit: "kilometre", measure: "size"),
        .init(language: "en", sentence: "An oil slick spread along 30 miles of coastline.", value: 30, unit: "mile",
              measure: "distance"),
        .init(language: "en", sentence: "The authority closed 6 km of line 4 for repairs.", value: 6, unit: "kilometre",
              measure: "distance"),
        .init(language: "en", sentence: "The frost left the pond covered by ice just two inches (five centimetres) thick.", value: 2,
              unit: "inch", measure: "size"),
        .init(language: "de", sentence: "Rund 1.900 Quadratmeter Dachpappe müssen entfernt werden.", value: 1900,
              unit: "square metre", measure: nil),
        .init(language: "de", sentence: "Das Dorf liegt 12 Kilometer entfernt.", value: 12, unit: "kilometre", measure: "distance"),
    ]

    @Test(arguments: cases) func materialLength(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
        #expect(claim.quantity?.unit == expected.unit)
    }
}
