import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 23 (measure23): a share followed by the whole it is part of is no change by that share, unless a verb of losing or
/// gaining takes it as its object (`MeasureFinder+ShareOfWhole.swift`); adjectives of dimension measure only lengths, areas,
/// volumes and weights; money a court awards or a claimant is owed is paid; a thing's value names no cost; workers counted in a
/// sentence of a strike or a protest are no workforce (`MeasureFinder+ActionNoWorkforce.swift`). Sentences
/// written for these tests from general knowledge of both languages.
@Suite struct ShareDimensionWorkforceMeasureTests {
    static let shares: [ClaimCase] = [
        // A share of a whole as the subject of a verb of falling or giving way: a part, no change.
        .init(language: "de", sentence: "Am Montag fielen zwei Drittel der Regionalzüge wegen des Sturms aus.", value: 66.7, unit: "percent",
              measure: nil),
        .init(language: "de", sentence: "In der Nacht gab etwa ein Viertel des alten Deiches nach.", value: 25, unit: "percent", measure: nil),
        .init(language: "de", sentence: "Rund 40 Prozent der Anträge fielen in diesem Jahr durch.", value: 40, unit: "percent", measure: nil),
        // A share of one's own, or one a verb of losing takes, stays a change.
        .init(language: "de", sentence: "Die Aktie verlor binnen einer Woche 60 Prozent ihres Werts.", value: 60, unit: "percent",
              measure: "decrease"),
        .init(language: "de", sentence: "Der Konzern verlor im Herbst ein Drittel des Börsenwerts.", value: 33.3, unit: "percent",
              measure: "decrease"),
        .init(language: "en", sentence: "The coin lost half of its value within a week.", value: 50, unit: "percent", measure: "decrease"),
        // A change by a share without a whole keeps its measure.
        .init(language: "de", sentence: "Der Umsatz fiel im dritten Quartal um zwölf Prozent.", value: 12, unit: "percent",
              measure: "decrease"),
    ]

    static let dimensions: [ClaimCase] = [
        // An adjective of dimension near a count of people or a share names no size of it.
        .init(language: "de", sentence: "Rund 200 Fans feierten den Aufstieg bis tief in die Nacht.", value: 200, unit: "person", measure: nil),
        .init(language: "de", sentence: "Besonders hoch ist der Anteil mit 17,5 Prozent bei den Pendlern.", value: 17.5, unit: "percent",
              measure: nil),
        // A length keeps it.
        .init(language: "de", sentence: "Die neue Schleuse ist 190 Meter lang.", value: 190, unit: "metre", measure: "size"),
        .init(language: "en", sentence: "The new tower is 212 metres tall.", value: 212, unit: "metre", measure: "size"),
    ]

    static let sums: [ClaimCase] = [
        // Money a court awards, or damages for pain owed, is paid.
        .init(language: "de", sentence: "Das Landgericht hat der Klägerin 8.000 Euro zugesprochen.", value: 8_000, unit: "eur", measure: "paid"),
        .init(language: "de", sentence: "Den Opfern steht ein Schmerzensgeld von bis zu 4.000 Euro zu.", value: 4_000, unit: "eur",
              measure: "paid"),
        .init(language: "en", sentence: "The jury awarded the former driver $75,000.", value: 75_000, unit: "usd", measure: "paid"),
        // A thing's value is no cost.
        .init(language: "de", sentence: "Die Zöllner stellten Zigaretten im Wert von 90.000 Euro sicher.", value: 90_000, unit: "eur",
              measure: nil),
    ]

    static let workforces: [ClaimCase] = [
        // Workers counted in a sentence of a strike or a protest take part in it: no workforce.
        .init(language: "de", sentence: "Rund 700 Beschäftigte protestierten am Montag vor dem Rathaus gegen die Schließung.", value: 700,
              unit: "worker", measure: nil),
        .init(language: "de", sentence: "Am Warnstreik beteiligten sich nach Angaben der Gewerkschaft rund 2.300 Beschäftigte.", value: 2_300,
              unit: "worker", measure: nil),
        .init(language: "en", sentence: "About 900 bus drivers stopped work on Friday in a one-day strike over pay.", value: 900, unit: "worker",
              measure: nil),
        // A workforce without a strike or a protest keeps its measure.
        .init(language: "de", sentence: "Die Brauerei hat rund 640 Beschäftigte.", value: 640, unit: "worker", measure: "employed"),
        .init(language: "en", sentence: "The brewery employs about 640 people.", value: 640, unit: "worker", measure: "employed"),
    ]

    @Test(arguments: workforces) func workforce(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: shares) func shareOfWhole(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: dimensions) func dimension(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: sums) func sum(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}
