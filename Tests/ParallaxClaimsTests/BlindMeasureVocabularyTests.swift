import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The measure words of round 35 (measure35), drafted blind from knowledge of German and English news usage before any miss
/// was read: burning areas, damage below destruction, injuries by their kind, firefighting and searching, people who must
/// stay away from home, repair bills, aid and allocations, jobs let go and sums injected into a fund or added to it
/// (`zuschießen`), homes in the dark. Sentences written for
/// these tests from general knowledge of both languages.
@Suite struct BlindMeasureVocabularyTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Am Nachmittag brannte der Wald auf rund 300 Hektar.", value: 300, unit: "hectare",
              measure: "burned"),
        .init(language: "de", sentence: "Rund 200 Häuser erlitten Schäden.", value: 200, unit: "house", measure: "damaged"),
        .init(language: "de", sentence: "Drei Menschen erlitten eine Rauchgasvergiftung.", value: 3, unit: "person", measure: "wounded"),
        .init(language: "de", sentence: "Vier Arbeiter wurden mit Brandverletzungen ins Krankenhaus gebracht.", value: 4, unit: "worker",
              measure: "wounded"),
        .init(language: "de", sentence: "Rund 120 Feuerwehrleute löschten den Brand in der Lagerhalle.", value: 120, unit: "firefighter",
              measure: "deployed"),
        .init(language: "de", sentence: "Mehr als 200 Polizisten durchkämmten den Wald.", value: 200, unit: "person", measure: "deployed"),
        .init(language: "de", sentence: "Wegen des Hochwassers wurden 400 Bewohner ausquartiert.", value: 400, unit: "person",
              measure: "evacuated"),
        .init(language: "de", sentence: "Rund 14.000 Menschen verließen ihre Häuser.", value: 14000, unit: "person", measure: "evacuated"),
        .init(language: "de", sentence: "Etwa 300 Bewohner können nicht in ihre Häuser zurück.", value: 300, unit: "person",
              measure: "evacuated"),
        .init(language: "de", sentence: "Die Behörden ordneten die Räumung von neun Dörfern an.", value: 9, unit: nil, measure: "evacuated"),
        .init(language: "de", sentence: "Beim Sturm wurden 14 Häuser teilweise zerstört.", value: 14, unit: "house", measure: "damaged"),
        .init(language: "de", sentence: "Der Bund sagte eine Finanzhilfe von 20 Millionen Euro zu.", value: 20_000_000, unit: "eur",
              measure: "pledged"),
        .init(language: "de", sentence: "Die Stadt muss der Kasse 20 Millionen Euro zuschießen.", value: 20_000_000, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Rund 5.000 Haushalte saßen im Dunkeln.", value: 5000, unit: "household", measure: "affected"),
        .init(language: "en", sentence: "About 10,000 residents remain under evacuation orders.", value: 10000, unit: "person",
              measure: "evacuated"),
        .init(language: "en", sentence: "Twelve houses went up in flames overnight.", value: 12, unit: "house", measure: "destroyed"),
        .init(language: "en", sentence: "More than 2,000 cars were dented by hailstones.", value: 2000, unit: "vehicle", measure: "damaged"),
        .init(language: "en", sentence: "Three workers were electrocuted at the plant.", value: 3, unit: "worker", measure: "killed"),
        .init(language: "en", sentence: "About 300 firefighters fought the blaze overnight.", value: 300, unit: "firefighter",
              measure: "deployed"),
        .init(language: "en", sentence: "The operator laid on 120 extra buses.", value: 120, unit: "vehicle", measure: "deployed"),
        .init(language: "en", sentence: "Some 14,000 residents were still unable to return.", value: 14000, unit: "person",
              measure: "evacuated"),
        .init(language: "en", sentence: "About 500 people took shelter in the school.", value: 500, unit: "person", measure: "evacuated"),
        .init(language: "en", sentence: "Twelve people were in evacuation centres on Sunday.", value: 12, unit: "person",
              measure: "displaced"),
        .init(language: "en", sentence: "The repair bill of €3 million will be paid by the city.", value: 3_000_000, unit: "eur",
              measure: "cost"),
        .init(language: "en", sentence: "The government announced €2 billion in funding for the region.", value: 2_000_000_000,
              unit: "eur", measure: "pledged"),
        .init(language: "en", sentence: "The state will allocate €40 million to the farmers.", value: 40_000_000, unit: "eur",
              measure: "pledged"),
        .init(language: "en", sentence: "The firm let go 300 workers last year.", value: 300, unit: "worker", measure: "cut"),
        .init(language: "en", sentence: "The city will inject up to €150m into the fund.", value: 150_000_000, unit: "eur",
              measure: "paid"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low, \.high], headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}
