import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 30 (measure30): a sum promised by a separable verb whose particle `zu` closes the clause (zusagen, zusichern: `sagte …
/// zu`, `sicherte … zu`) is `pledged` (`separable-measures.txt`); a particle after a comma belongs to another verb, and an
/// abbreviation's point does not end the clause. Sentences written for these tests from general knowledge of German.
@Suite struct SeparablePledgeMeasureTests {
    static let pledged: [ClaimCase] = [
        .init(language: "de", sentence: "Das Land sagte der Gemeinde am Freitag 3,5 Millionen Euro zu.", value: 3_500_000, unit: "eur",
              measure: "pledged"),
        .init(language: "de", sentence: "Der Bund sagte Soforthilfen von 40 Millionen Euro zu, damit die Betriebe öffnen können.",
              value: 40_000_000, unit: "eur", measure: "pledged"),
        .init(language: "de", sentence: "Die Ministerin sicherte den Bauern Hilfen von fünf Millionen Euro zu.", value: 5_000_000,
              unit: "eur", measure: "pledged"),
        .init(language: "de", sentence: "Nach Angaben der Regierung sagen die Länder weitere 12 Millionen Euro zu.", value: 12_000_000,
              unit: "eur", measure: "pledged"),
    ]

    /// Particles of another verb: after the comma of a verb of saying, and a clause whose abbreviation's point stands before `zu`.
    static let otherVerb: [ClaimCase] = [
        .init(language: "de", sentence: "Der Sprecher sagte, die Zahl der Anträge nahm um neun Prozent zu.", value: 9, unit: "percent",
              measure: "increase"),
        .init(language: "de", sentence: "Der Gewinn legte um acht Prozent auf 412 Mio. Euro zu.", value: 8, unit: "percent",
              measure: "increase"),
    ]

    @Test(arguments: pledged + otherVerb) func separablePledge(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Meldung")
        #expect(claim.measure == expected.measure)
    }
}
