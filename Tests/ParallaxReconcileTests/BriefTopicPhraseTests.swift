import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 33: the brief names what a group of figures counts in a phrase of its language ("die Zahl der Getöteten",
/// "the death toll"), not as "unit – measure" ("Personen – getötet", "hours – duration"); measures the data does not
/// list, groups without a measure and groups with neither read through generic phrases. Invented figures.
@Suite struct BriefTopicPhraseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var measure: String?
        var unit: String?
        var phrase: String
        var testDescription: String { "\(language) \(measure ?? "-") \(unit ?? "-")" }
    }

    @Test(arguments: [
        // A measure of people: the figures name the unit ("5 Soldaten").
        Case(language: "de", measure: "killed", unit: "person", phrase: "die Zahl der Getöteten"),
        Case(language: "en", measure: "killed", unit: "soldier", phrase: "the death toll"),
        Case(language: "de", measure: "evacuated", unit: nil, phrase: "die Zahl der Evakuierten"),
        Case(language: "en", measure: "wounded", unit: "person", phrase: "the number injured"),
        // A measurement: the values show the unit.
        Case(language: "de", measure: "cost", unit: "eur", phrase: "die Kosten"),
        Case(language: "en", measure: "cost", unit: "gbp", phrase: "the cost"),
        Case(language: "de", measure: "duration", unit: "hour", phrase: "die Dauer"),
        Case(language: "en", measure: "duration", unit: "hour", phrase: "the duration"),
        Case(language: "de", measure: "size", unit: "metre", phrase: "die Größe"),
        Case(language: "en", measure: "distance", unit: "kilometre", phrase: "the distance"),
        // The German templates set the topic in the accusative.
        Case(language: "de", measure: "decrease", unit: "percent", phrase: "den Rückgang"),
        // Figures that count things name them.
        Case(language: "de", measure: "destroyed", unit: "house", phrase: "die Zahl der zerstörten Häuser"),
        Case(language: "en", measure: "deployed", unit: "vehicle", phrase: "the number of vehicles deployed"),
        Case(language: "de", measure: "destroyed", unit: "hectare", phrase: "das Ausmaß der Zerstörung"),
        // No measure: the unit's plural, or a unit row where the template would decline it wrongly.
        Case(language: "de", measure: nil, unit: "person", phrase: "die Zahl der Personen"),
        Case(language: "en", measure: nil, unit: "person", phrase: "the number of people"),
        Case(language: "de", measure: nil, unit: "worker", phrase: "die Zahl der Beschäftigten"),
        Case(language: "de", measure: nil, unit: "tonne", phrase: "Angaben in Tonnen"),
        Case(language: "en", measure: nil, unit: "percent", phrase: "figures in percent"),
        Case(language: "de", measure: nil, unit: nil, phrase: "eine Zahl ohne Einheit"),
        Case(language: "en", measure: nil, unit: nil, phrase: "a figure without a unit"),
        // A measure topics.tsv does not list: a generic phrase with its display word, never the dash form.
        Case(language: "de", measure: "rerouted", unit: "person", phrase: "Angaben zu rerouted"),
        Case(language: "en", measure: "rerouted", unit: "flight", phrase: "figures for rerouted"),
    ])
    func topicPhrase(_ example: Case) {
        let writer = BriefWriter(language: example.language)
        #expect(writer.topicPhrase(measure: example.measure, unit: example.unit) == example.phrase)
    }

    /// Every measure of one language's topics.tsv has a topic in the other, so no brief falls back for want of data.
    @Test func bothLanguagesNameTheSameMeasures() {
        let german = Set(ReconcileLexicon.forLanguage("de").topics["measure"]?.keys ?? [:].keys)
        let english = Set(ReconcileLexicon.forLanguage("en").topics["measure"]?.keys ?? [:].keys)
        #expect(!german.isEmpty)
        #expect(german == english, "\(german.symmetricDifference(english).sorted())")
    }

    @Test(arguments: [
        ("de", "Für die Zahl der Getöteten nennen die Berichte widersprüchliche Zahlen: 5 Personen (Quelle: Polizei), "
            + "9 Personen (Quelle: ungenannte Quellen)."),
        ("en", "The reports conflict on the death toll: 5 people (according to the police), 9 people (according to unnamed sources)."),
    ])
    func sentencesReadAsProse(language: String, expected: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: language), b = story.article(publisher: "Daily", language: language)
        story.quantity(a, 5, unit: "person", measure: "killed", subject: nil, source: "police")
        story.quantity(b, 9, unit: "person", measure: "killed", subject: nil, source: "sources")
        let result = reconcile(story, language: language)
        let texts = result.brief.map(\.text)
        #expect(texts.contains(expected), "\(texts)")
        #expect(!texts.contains { $0.contains(" – ") }, "\(texts)")
    }

    @Test(arguments: [
        ("de", "Nur Wire nennt die Zahl der Getöteten (Ostravia, weitere Teilzahl): 3 Soldaten (ohne Quellenangabe)."),
        ("en", "Only Wire reports the death toll (Ostravia, a further batch): 3 soldiers (no source named)."),
    ])
    func aFurtherBatchIsNotedBesideTheSubject(language: String, expected: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: language)
        let further = language == "de" ? "Weitere " : "A further "
        story.quantity(a, 3, unit: "soldier", measure: "killed", lead: further)
        let texts = reconcile(story, language: language).brief.map(\.text)
        #expect(texts.contains(expected), "\(texts)")
    }
}
