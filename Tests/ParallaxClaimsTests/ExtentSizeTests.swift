import Testing
import ParallaxModel
@testable import ParallaxClaims

/// An area, volume or weight followed by an adjective of size is the size of the noun it describes, whatever the
/// clause's verb does to that noun (`MeasureFinder+Extent.swift`). Sentences written for these tests.
@Suite struct ExtentSizeTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Das rund 900 Quadratmeter große Dach brach ein.", value: 900, unit: "square metre", measure: "size"),
        .init(language: "de", sentence: "Die Lagerhalle ist rund 2.500 Quadratmeter groß.", value: 2500, unit: "square metre", measure: "size"),
        .init(language: "de", sentence: "Der 40 Tonnen schwere Kran stürzte um.", value: 40, unit: "tonne", measure: "size"),
        .init(language: "en", sentence: "The warehouse, some 2,500 square metres in size, collapsed.", value: 2500, unit: "square metre",
              measure: "size"),
        // Without an adjective of size the verb still names the measure.
        .init(language: "de", sentence: "Bei dem Brand verbrannten rund 40 Hektar Wald.", value: 40, unit: "hectare", measure: "burned"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}
