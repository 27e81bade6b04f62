import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 26 (measure26): a promise in the zu-infinitive (`… zur Verfügung zu stellen`, `bereitzustellen`, `zuzusagen`,
/// `zuzusichern`) is `pledged`, as its other forms are (`de/measures.txt`); an offer (`anbieten`) names no pledge, since it is
/// as often a price asked. Sentences written for these tests from knowledge of German.
@Suite struct PledgeInfinitiveMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Der Bund plant, den Gemeinden jährlich 300 Millionen Euro zur Verfügung zu stellen.",
              value: 300_000_000, unit: "eur", measure: "pledged"),
        .init(language: "de", sentence: "Die Regierung beschloss, für den Wiederaufbau 2 Milliarden Euro bereitzustellen.",
              value: 2_000_000_000, unit: "eur", measure: "pledged"),
        .init(language: "de", sentence: "Die Geberländer erklärten sich bereit, weitere 45 Millionen Euro zuzusagen.",
              value: 45_000_000, unit: "eur", measure: "pledged"),
        .init(language: "de", sentence: "Das Land versuchte, den Bauern 12 Millionen Euro zuzusichern.",
              value: 12_000_000, unit: "eur", measure: "pledged"),
        // An offer at a price is no promise.
        .init(language: "de", sentence: "Die Tickets werden ab 49 Euro angeboten.", value: 49, unit: "eur", measure: nil),
    ]

    @Test(arguments: cases) func measure(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Meldung")
        #expect(claim.measure == expected.measure)
    }
}
