import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Flight from war is displacement, flight from a fire or a flood an evacuation (`MeasureFinder+FlightCause.swift`,
/// `flight-causes.txt`; round 19). Sentences written for these tests from general knowledge of both languages.
@Suite struct FlightCauseTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Mehr als 40.000 Menschen flohen vor den Kämpfen in die Berge.", value: 40_000, unit: "person",
              measure: "displaced"),
        .init(language: "de", sentence: "Seit Jahresbeginn sind rund 90.000 Menschen vor dem Bürgerkrieg geflüchtet.", value: 90_000,
              unit: "person", measure: "displaced"),
        .init(language: "en", sentence: "More than 40,000 people have fled the fighting in the border region.", value: 40_000,
              unit: "person", measure: "displaced"),
        // A fire or a flood: an evacuation.
        .init(language: "de", sentence: "Rund 300 Anwohner flüchteten vor den Flammen auf die Straße.", value: 300, unit: "person",
              measure: "evacuated"),
        .init(language: "en", sentence: "About 300 residents fled their homes as the river rose.", value: 300, unit: "person",
              measure: "evacuated"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}
