import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 33 (measure33): who undergoes a measure verb. A scheduled service or operation called off or disturbed names no measure
/// whatever the verb (German compounds by their head); responders and troops that control an infinitive clause do its act and
/// stay `deployed`; the English present participles of the measure verbs govern the figure after them. Sentences written for
/// these tests from general knowledge of both languages.
@Suite struct ScheduledServiceMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Der Sturm legte den Flughafen lahm und störte 85 Flüge.", value: 85, unit: nil, measure: nil),
        .init(language: "de", sentence: "Die Klinik verschob rund 600 Operationen.", value: 600, unit: nil, measure: nil),
        .init(language: "de", sentence: "Wegen des Streiks fielen am Montag 340 Fernzüge aus.", value: 340, unit: nil, measure: nil),
        .init(language: "en", sentence: "The airline axed about 250 flights over the weekend.", value: 250, unit: nil, measure: nil),
        .init(language: "en", sentence: "The hospital has cancelled nearly 900 operations.", value: 900, unit: nil, measure: nil),
    ]

    /// Trains as vehicles and jobs keep their measure.
    static let kept: [ClaimCase] = [
        .init(language: "de", sentence: "Bei dem Unwetter wurden 12 Züge beschädigt.", value: 12, unit: nil, measure: "damaged"),
        .init(language: "de", sentence: "Die Bahn streicht 300 Stellen.", value: 300, unit: nil, measure: "cut"),
    ]

    @Test(arguments: cases + kept) func measureOfScheduledService(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

@Suite struct ControlledInfinitiveMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Rund 60 Bergretter brauchten die ganze Nacht, um die Kletterer zu befreien.", value: 60,
              unit: nil, measure: "deployed"),
        .init(language: "de", sentence: "Mehr als 200 Helfer versuchten tagelang, die verletzten Robben zu retten.", value: 200,
              unit: nil, measure: "deployed"),
        .init(language: "de", sentence: "150 Soldaten halfen, die Bewohner des Dorfes zu evakuieren.", value: 150, unit: nil,
              measure: "deployed"),
        .init(language: "de", sentence: "Hunderte Freiwillige halfen beim Befüllen der Sandsäcke.", value: 200, unit: nil,
              measure: "deployed"),
        .init(language: "en", sentence: "Some 70 volunteers spent the weekend trying to rescue the stranded seals.", value: 70,
              unit: nil, measure: "deployed"),
        .init(language: "en", sentence: "About 90 firefighters worked for hours to evacuate the tower block.", value: 90, unit: nil,
              measure: "deployed"),
    ]

    /// A count inside the infinitive clause is its object and undergoes it.
    static let object: [ClaimCase] = [
        .init(language: "de", sentence: "Die Behörden begannen am Abend, rund 3.000 Anwohner zu evakuieren.", value: 3000, unit: nil,
              measure: "evacuated"),
    ]

    @Test(arguments: cases + object) func measureOfInfinitiveController(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low], headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

@Suite struct PresentParticipleMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "en", sentence: "The blizzard closed the airport, stranding about 4,000 travellers.", value: 4000, unit: nil,
              measure: "affected"),
        .init(language: "en", sentence: "The floods swept through the delta, displacing some 60,000 villagers.", value: 60000,
              unit: nil, measure: "displaced"),
        .init(language: "en", sentence: "The tornado crossed the town, razing 35 houses.", value: 35, unit: nil, measure: "destroyed"),
        .init(language: "en", sentence: "Gunmen stormed the market, massacring 19 people.", value: 19, unit: nil, measure: "killed"),
    ]

    @Test(arguments: cases) func measureOfPresentParticiple(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Report")
        #expect(claim.measure == expected.measure)
    }
}
