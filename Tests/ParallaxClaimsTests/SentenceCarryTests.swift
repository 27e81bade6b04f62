import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A measure carried into the next sentence stops at a count of a noun of its own, unless the sentence refers back to the
/// count before — the same counted noun (or, in German, a compound ending in it), a part opener, or the same number restated
/// (round 18, measure18b). Sentences written for these tests from general knowledge of both languages.
@Suite struct SentenceCarryTests {
    static let cases: [ClaimCase] = [
        // A new count with its own noun and verb: not the toll, the injured or the arrested of the sentence before.
        .init(language: "de", sentence: "Bei dem Brand kamen vier Menschen ums Leben. Zur Zeit des Feuers hielten sich rund 120 Gäste im Hotel auf.",
              value: 120, unit: "person", measure: nil),
        .init(language: "de", sentence: "Bei dem Brand kamen vier Menschen ums Leben. Das Hotel hatte zu dieser Zeit rund 120 Gäste.",
              value: 120, unit: "person", measure: nil),
        .init(language: "de", sentence: "Die Polizei nahm 14 Demonstranten fest. Insgesamt beteiligten sich rund 3.000 Menschen an dem Protest.",
              value: 3000, unit: "person", measure: nil),
        .init(language: "en", sentence: "Four people were killed in the fire. The hotel had about 120 guests at the time.",
              value: 120, unit: "person", measure: nil),
        // A part of the count before (part opener) still undergoes what it underwent.
        .init(language: "de", sentence: "Bei dem Unglück kamen 31 Menschen ums Leben. Unter ihnen waren auch acht Kinder.",
              value: 8, unit: "person", measure: "killed"),
        .init(language: "en", sentence: "At least 31 people were killed in the attack. Among them were eight children.",
              value: 8, unit: "person", measure: "killed"),
        // Another figure for the same things is a second account of the same event.
        .init(language: "de", sentence: "Die Polizei nahm 14 Demonstranten fest. Nach Angaben der Veranstalter waren es 20 Demonstranten.",
              value: 20, unit: "person", measure: "arrested"),
        .init(language: "en", sentence: "Police arrested 14 protesters on Saturday. Organisers said 20 protesters had been held.",
              value: 20, unit: "person", measure: "arrested"),
        .init(language: "de", sentence: "Bei dem Feuer wurden 40 Wohnungen zerstört. Die Versicherung zählt 55 Mietwohnungen.",
              value: 55, measure: "destroyed"),
    ]

    @Test(arguments: cases) func carries(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        if let unit = expected.unit { #expect(claim.quantity?.unit == unit) }
        #expect(claim.measure == expected.measure)
    }
}
