import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 34 (measure34): a figure in a subordinate clause takes neither the main clause's verb nor, by continuation, the measure
/// of a figure before that clause — English opens such a clause without a comma (`when`, `while`, `because`: `clause-openers.txt`,
/// `bare`), German after one (`nachdem`, `als`, `weil`: `subordinate`). Sentences written for these tests from general knowledge of
/// both languages.
@Suite struct SubordinateClauseMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "en", sentence: "Police arrested 12 people when about 300 protesters blocked the road.", value: 300, unit: nil,
              measure: nil),
        .init(language: "en", sentence: "Twelve people were rescued while 40 others waited on the roof.", value: 40, unit: nil,
              measure: nil),
        .init(language: "en", sentence: "Nine people were injured when a coach carrying 30 tourists overturned.", value: 30, unit: nil,
              measure: nil),
        .init(language: "en", sentence: "Five people were killed because 2,000 soldiers had left the town.", value: 2000, unit: nil,
              measure: "deployed"),
        .init(language: "de", sentence: "Neun Menschen wurden verletzt, als ein Reisebus mit 30 Touristen umkippte.", value: 30,
              unit: nil, measure: nil),
        .init(language: "de", sentence: "Die Polizei nahm 12 Menschen fest, nachdem rund 300 Demonstranten die Straße blockiert hatten.",
              value: 300, unit: nil, measure: nil),
    ]

    /// The main clause's figures keep their verbs, a subordinate clause's figure its own, and a part its whole's measure.
    static let kept: [ClaimCase] = [
        .init(language: "en", sentence: "Police arrested 12 people when about 300 protesters blocked the road.", value: 12, unit: nil,
              measure: "arrested"),
        .init(language: "en", sentence: "At least 30 people were killed and 200 injured when the quake struck.", value: 200, unit: nil,
              measure: "wounded"),
        .init(language: "en", sentence: "More than 300 homes were left without power after the storm brought down 40 pylons.", value: 40,
              unit: nil, measure: "destroyed"),
        .init(language: "de", sentence: "Bei dem Unfall wurden 30 Menschen verletzt, zwölf davon schwer.", value: 12, unit: nil,
              measure: "wounded"),
    ]

    @Test(arguments: cases + kept) func measureAcrossSubordinateClause(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

/// Round 34 (measure34): an amount after `auf`/`at`/`to` of a noun that a participle of measure describes underwent what the
/// participle says (`schätzt die beschädigte Rebfläche auf 1.800 Hektar`).
@Suite struct EstimatedObjectMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Der Weinbauverband schätzt die beschädigte Rebfläche auf 1.800 Hektar.", value: 1800,
              unit: nil, measure: "damaged"),
        .init(language: "de", sentence: "Das Forstamt schätzt die zerstörte Waldfläche auf rund 2.000 Hektar.", value: 2000, unit: nil,
              measure: "destroyed"),
        .init(language: "de", sentence: "Die Zahl der evakuierten Bewohner stieg auf 4.000.", value: 4000, unit: nil,
              measure: "evacuated"),
        .init(language: "en", sentence: "The agency puts the damaged timber at 1.8 million cubic metres.", value: 1_800_000, unit: nil,
              measure: "damaged"),
        .init(language: "en", sentence: "The ministry put the destroyed farmland at 1,200 hectares.", value: 1200, unit: nil,
              measure: "destroyed"),
    ]

    /// A sum keeps its own noun's cost, and a change is no participle of the noun (the level a total reaches).
    static let kept: [ClaimCase] = [
        .init(language: "de", sentence: "Die Versicherung beziffert den Schaden an den beschädigten Häusern auf 3 Millionen Euro.",
              value: 3_000_000, unit: nil, measure: "cost"),
        .init(language: "en", sentence: "Divers recovered 47 more bodies from the wreck of a boat that sank last week, bringing the total to 78.",
              value: 78, unit: nil, measure: "killed"),
    ]

    @Test(arguments: cases + kept) func measureOfEstimatedObject(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

/// Round 34 (measure34): a credit to an account (`Gutschrift`) is a payment of its sum, as `Gutschein` is
/// (`nominal-measures.txt`).
@Suite struct CreditPaymentMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Die Stadtwerke kündigten eine Gutschrift von 50 Euro pro Haushalt an.", value: 50, unit: nil,
              measure: "paid"),
        .init(language: "de", sentence: "Der Versorger kündigte eine Gutschrift von 80 Euro an.", value: 80, unit: nil,
              measure: "paid"),
    ]

    @Test(arguments: cases) func measureOfCredit(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Meldung")
        #expect(claim.measure == expected.measure)
    }
}

/// Round 34 (measure34): a participle right after the infinitive a count of responders or troops controls describes the
/// infinitive's object (`to reach trapped residents`), not the count, which stays `deployed`.
@Suite struct InfinitiveObjectParticipleTests {
    static let cases: [ClaimCase] = [
        .init(language: "en", sentence: "About 200 firefighters worked for hours to reach trapped residents.", value: 200, unit: nil,
              measure: "deployed"),
        .init(language: "en", sentence: "Around 120 soldiers worked all day to clear damaged roads.", value: 120, unit: nil,
              measure: "deployed"),
        .init(language: "en", sentence: "Some 80 rescuers struggled to free injured climbers.", value: 80, unit: nil,
              measure: "deployed"),
    ]

    /// A count that is no responders' keeps its own verb.
    static let kept: [ClaimCase] = [
        .init(language: "en", sentence: "Police arrested 40 people who tried to loot damaged shops.", value: 40, unit: nil,
              measure: "arrested"),
    ]

    @Test(arguments: cases + kept) func measureOfInfinitiveController(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Report")
        #expect(claim.measure == expected.measure)
    }
}
