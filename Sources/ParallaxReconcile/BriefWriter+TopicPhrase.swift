import Foundation

/// How the brief names what a group of figures counts: a phrase of the language's own (round 33).
///
/// Until round 33 the brief joined the unit's and the measure's display words with a dash ("Für Personen – getötet
/// nennen die Berichte …", "Only Dunmore Courier reports hours – duration"), which read as a database row. Each
/// language's `topics.tsv` now names each measure as a noun phrase in the case its templates need ("die Zahl der
/// Getöteten", "the death toll", "die Kosten"); the figures themselves show the unit ("5 Personen", "etwa 30 Meter"),
/// so the phrase leaves it out, except for figures that count things, where a measure's third column names them
/// ("die Zahl der zerstörten Häuser", "the number of vehicles deployed"). What the data does not list reads through
/// the generic templates of brief.tsv, never as raw labels:
/// - a measure not in topics.tsv: `topic.measure` with the measure's display word ("Angaben zu gezahlt");
/// - no measure, a unit that counts: `topic.unit` with its plural ("die Zahl der Personen", "the number of people"),
///   or the unit's own row of topics.tsv where the template would decline it wrongly ("die Zahl der Beschäftigten");
/// - no measure, a unit of measurement: `topic.measurement` ("Angaben in Tonnen", "figures in tonnes");
/// - neither: `topic.none` ("eine Zahl ohne Einheit", "a figure without a unit").
extension BriefWriter {
    /// The topic of figures of `measure` stated in `unit`; either may be missing.
    func topicPhrase(measure: String?, unit: String?) -> String {
        let lexicon = ReconcileLexicon.forLanguage(language)
        let unitWords = unit.map { ["unit": lexicon.word("unit", $0), "units": lexicon.word("unit", $0, plural: true)] } ?? [:]
        guard let measure else {
            guard let unit else { return lexicon.fill("topic.none", [:]) }
            if let topic = lexicon.topics["unit"]?[unit] { return topic.phrase }
            return lexicon.fill(ClaimGrouper.unitKind(unit) == "count" ? "topic.unit" : "topic.measurement", unitWords)
        }
        guard let topic = lexicon.topics["measure"]?[measure] else {
            return lexicon.fill("topic.measure", ["measure": lexicon.word("measure", measure)])
        }
        if let unit, let things = topic.countedThings, Self.countsThings(unit) {
            return things.replacingOccurrences(of: "{units}", with: unitWords["units"] ?? unit)
        }
        return topic.phrase
    }

    /// Whether a unit counts things rather than people or a measurement (`house`, `vehicle`; not `person`, `metre`,
    /// `eur`, `percent`).
    static func countsThings(_ unit: String) -> Bool {
        ClaimGrouper.unitKind(unit) == "count" && !ReconcileLexicon.peopleUnits.contains(unit)
    }
}
