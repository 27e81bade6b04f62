import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The measure vocabulary written out label by label (round 17): verbs, participles, nouns and the clause idioms of news
/// reports in German (Austrian usage included) and English name the measure of the figure they govern. Sentences written
/// for these tests from general knowledge of both languages.
@Suite struct MeasureVocabularyTests {
    static let cases: [ClaimCase] = [
        // killed
        .init(language: "de", sentence: "Bei dem Busunglück in den Bergen konnten vier Insassen nur noch tot geborgen werden.", value: 4,
              unit: "person", measure: "killed"),
        .init(language: "de", sentence: "Nach der Explosion sind mindestens sechs Menschen tot.", value: 6, unit: "person", measure: "killed"),
        .init(language: "de", sentence: "Bei dem Unglück kamen sieben Menschen zu Tode.", value: 7, unit: "person", measure: "killed"),
        .init(language: "de", sentence: "Drei Bergsteiger sind ihren Verletzungen erlegen.", value: 3, unit: "person", measure: "killed"),
        .init(language: "en", sentence: "Four climbers were found dead near the summit on Sunday.", value: 4, unit: "person",
              measure: "killed"),
        .init(language: "en", sentence: "Five children are dead after the house fire, officials said.", value: 5, unit: "child",
              measure: "killed"),
        // wounded
        .init(language: "de", sentence: "Nach dem Zusammenstoß mussten zwölf Fahrgäste ins Spital gebracht werden.", value: 12,
              unit: "passenger", measure: "wounded"),
        .init(language: "de", sentence: "Der Fahrer ist seinen schweren Verletzungen erlegen, zwei Beifahrer wurden verletzt.", value: 2,
              unit: "person", measure: "wounded"),
        .init(language: "en", sentence: "Seven workers were rushed to hospital after the blast.", value: 7, unit: "worker",
              measure: "wounded"),
        // deployed, evacuated
        .init(language: "de", sentence: "Rund 150 Feuerwehrleute rückten zu dem Großbrand aus.", value: 150, unit: "firefighter",
              measure: "deployed"),
        .init(language: "en", sentence: "More than 1,000 troops have been redeployed to the border.", value: 1000, unit: "soldier",
              measure: "deployed"),
        .init(language: "en", sentence: "Nearly 400 residents were forced to leave their homes as the river rose.", value: 400,
              unit: "person", measure: "evacuated"),
        // arrested, missing, captured
        .init(language: "de", sentence: "Die Polizei nahm nach der Kundgebung 23 Demonstranten in Polizeigewahrsam.", value: 23,
              unit: "person", measure: "arrested"),
        .init(language: "en", sentence: "Police said 31 protesters had been taken into police custody.", value: 31, unit: "person",
              measure: "arrested"),
        .init(language: "de", sentence: "Nach Angaben der Behörden sind im Bezirk noch drei Wanderer abgängig.", value: 3, unit: "person",
              measure: "missing"),
        .init(language: "en", sentence: "Officials said 12 hikers have disappeared in the canyon.", value: 12, unit: "person",
              measure: "missing"),
        .init(language: "de", sentence: "Der Zoll hat am Grenzübergang 40 Kilogramm Kokain sichergestellt.", value: 40, unit: "kilogram",
              measure: "captured"),
        .init(language: "en", sentence: "Customs officers confiscated 200 kilograms of cocaine at the port.", value: 200,
              unit: "kilogram", measure: "captured"),
        .init(language: "en", sentence: "Three hostages were held captive for two weeks.", value: 3, unit: "person", measure: "captured"),
        // affected, destroyed, damaged, burned
        .init(language: "en", sentence: "About 60,000 households were left without electricity after the storm.", value: 60000,
              unit: "household", measure: "affected"),
        .init(language: "en", sentence: "The tornado demolished 18 homes on the edge of town.", value: 18, unit: "house",
              measure: "destroyed"),
        .init(language: "de", sentence: "Beim Unwetter wurden 35 Häuser in Mitleidenschaft gezogen.", value: 35, unit: "house",
              measure: "damaged"),
        .init(language: "en", sentence: "The wildfire has consumed 3,400 acres of forest.", value: 3400, unit: "acre", measure: "burned"),
        // cost, paid, raised
        .init(language: "de", sentence: "Bei dem Brand entstand ein Sachschaden von rund 200.000 Euro.", value: 200_000, unit: "eur",
              measure: "cost"),
        .init(language: "de", sentence: "Das Land hat dem Verein bereits 1,5 Millionen Euro ausbezahlt.", value: 1_500_000, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Der Verband zahlte den Geschädigten 2,5 Millionen Euro aus.", value: 2_500_000, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Der Verein erhielt eine Ablöse von 12 Millionen Euro für den Stürmer.", value: 12_000_000,
              unit: "eur", measure: "paid"),
        .init(language: "en", sentence: "The bank agreed to a severance of $40 million for its former chief.", value: 40_000_000,
              unit: "usd", measure: "paid"),
        .init(language: "de", sentence: "Die Besucher der Gala spendeten mehr als 80.000 Euro.", value: 80000, unit: "eur",
              measure: "raised"),
        .init(language: "en", sentence: "The charity gala collected more than $90,000 for the shelter.", value: 90000, unit: "usd",
              measure: "raised"),
        // increase, decrease, cut
        .init(language: "de", sentence: "Die Zahl der Nächtigungen ist im Sommer um 4,5 Prozent angestiegen.", value: 4.5,
              unit: "percent", measure: "increase"),
        .init(language: "de", sentence: "Die Regierung will die Pensionen um 1,8 Prozent anheben.", value: 1.8, unit: "percent",
              measure: "increase"),
        .init(language: "de", sentence: "Der Umsatz des Händlers schrumpfte im dritten Quartal um 2,3 Prozent.", value: 2.3,
              unit: "percent", measure: "decrease"),
        .init(language: "de", sentence: "Die Zahl der Arbeitslosen nahm im Mai um 3,2 Prozent ab.", value: 3.2, unit: "percent",
              measure: "decrease"),
        .init(language: "en", sentence: "Exports plummeted 14% in the second quarter.", value: 14, unit: "percent", measure: "decrease"),
        // Round 18: present forms of headlines and market reports, culling, buckling, falling ill.
        .init(language: "en", sentence: "Airline shares slump 9% after profit warning", value: 9, unit: "percent", measure: "decrease"),
        .init(language: "en", sentence: "Copper prices soar 12% on supply fears", value: 12, unit: "percent", measure: "increase"),
        .init(language: "de", sentence: "Der Strompreis springt im Jänner um 15 Prozent.", value: 15, unit: "percent",
              measure: "increase"),
        .init(language: "de", sentence: "Die Aktie des Konzerns ist am Freitag um 23 Prozent abgestürzt.", value: 23, unit: "percent",
              measure: "decrease"),
        .init(language: "en", sentence: "About 1,500 sheep have been culled to stop the outbreak.", value: 1500, unit: "animal",
              measure: "killed"),
        .init(language: "de", sentence: "Unter der Eislast sind 14 Strommasten eingeknickt.", value: 14, unit: nil, measure: "destroyed"),
        .init(language: "de", sentence: "Rund 300 Beschäftigte haben mit der Schließung ihren Job verloren.", value: 300, unit: "worker",
              measure: "cut"),
        .init(language: "en", sentence: "About 2,000 workers will lose their jobs when the plant closes.", value: 2000, unit: "worker",
              measure: "cut"),
        // vaccinated, produced
        .init(language: "de", sentence: "Im Frühjahr wurden im Land 1,2 Millionen Dosen verimpft.", value: 1_200_000, unit: nil,
              measure: "vaccinated"),
        .init(language: "en", sentence: "The company manufactured 2.4 million vehicles last year.", value: 2_400_000, unit: "vehicle",
              measure: "produced"),
        // `zusammen` before a figure is the adverb `in all`, no particle of `zusammenkommen` (left out, see the lexicon).
        .init(language: "de", sentence: "Tausende Anleger kommen nicht mehr an ihre Einlagen von zusammen 1,4 Mrd. Euro.",
              value: 1_400_000_000, unit: "eur", measure: nil),
        // Round 19: an illness named by its noun or by poisoning, flooding in colloquial German, rescue ashore.
        .init(language: "de", sentence: "Nach dem Grillfest meldet das Gesundheitsamt 64 Erkrankte.", value: 64, unit: "patient",
              measure: "infected"),
        .init(language: "de", sentence: "Mehr als 80 Gäste haben sich mit verdorbenem Fisch vergiftet.", value: 80, unit: "person",
              measure: "infected"),
        .init(language: "en", sentence: "More than 80 guests were poisoned by contaminated fish.", value: 80, unit: "person",
              measure: "infected"),
        .init(language: "de", sentence: "Nach dem Dammbruch sind rund 300 Keller abgesoffen.", value: 300, unit: nil, measure: "flooded"),
        .init(language: "de", sentence: "Die Seenotretter haben 58 Menschen an Land gebracht.", value: 58, unit: "person",
              measure: "rescued"),
        .init(language: "en", sentence: "Some 58 people were brought ashore by lifeboat crews.", value: 58, unit: "person",
              measure: "rescued"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low], headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}
