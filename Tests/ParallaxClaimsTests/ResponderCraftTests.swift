import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Responders' vehicles, boats and aircraft are deployed when no verb of their own says otherwise (`units.txt`, weak
/// `deployed?`), and machines take no measure of the body (`machine-units.txt`). Sentences written for these tests.
@Suite struct ResponderCraftTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Die Wasserwacht suchte mit zwei Rettungsbooten nach dem Schwimmer.", value: 2, unit: "boat",
              measure: "deployed"),
        .init(language: "de", sentence: "Fünf Löschfahrzeuge standen vor dem Lagerhaus.", value: 5, unit: "vehicle", measure: "deployed"),
        .init(language: "de", sentence: "Seit Montag versorgen acht Tankwagen die Dörfer mit Trinkwasser.", value: 8, unit: "vehicle",
              measure: "deployed"),
        .init(language: "en", sentence: "Coastguards searched the bay with three lifeboats.", value: 3, unit: "boat", measure: "deployed"),
        .init(language: "en", sentence: "Two air ambulances flew casualties to hospitals in the capital.", value: 2, unit: "aircraft",
              measure: "deployed"),
        .init(language: "en", sentence: "Nine water tankers now supply the hill villages.", value: 9, unit: "vehicle", measure: "deployed"),
        // A verb of the clause still wins, and machines can be destroyed.
        .init(language: "en", sentence: "Four fire trucks were destroyed by the blaze.", value: 4, unit: "vehicle", measure: "destroyed"),
        // Not an ordinary boat or bus.
        .init(language: "de", sentence: "Im Hafen lagen drei Boote.", value: 3, unit: "boat", measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    /// No count of machines is wounded, infected or vaccinated; people still are.
    @Test(arguments: ["vehicle", "boat", "ship", "aircraft", "tank", "drone"])
    func machinesTakeNoMeasureOfTheBody(_ unit: String) {
        for label in ["wounded", "infected", "vaccinated", "killed or wounded"] {
            #expect(!MeasureFinder.admitsBody(label, unit: unit))
        }
        #expect(MeasureFinder.admitsBody("destroyed", unit: unit))
        #expect(MeasureFinder.admitsBody("wounded", unit: "person"))
    }
}
