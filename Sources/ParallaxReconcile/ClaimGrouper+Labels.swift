import Foundation
import ParallaxModel

/// Labels that do not fit each other: a measure and a unit the extractor read from different words.
extension ClaimGrouper {
    /// The kind of thing a unit counts or measures (`count`, `share`, `money`, `length`, `area`, `time`,
    /// `measurement`), as `Lexicons/measure-units.tsv` names them; `nil` for a figure without a unit.
    static func unitKind(_ unit: String) -> String? {
        guard unit != "-" else { return nil }
        if unit == "percent" { return "share" }
        if FigureClusters.currencies.contains(unit) { return "money" }
        switch ReconcileLexicon.unitConversions[unit]?.base ?? unit {
        case "kilometre", "metre", "centimetre", "millimetre", "mile": return "length"
        case "square kilometre", "square metre": return "area"
        case "hour", "year", "month", "second": return "time"
        default: break
        }
        if unit.contains(" per ") || !FigureClusters.isCountUnit(unit) { return "measurement" }
        return "count"
    }

    /// Whether a figure's measure and unit fit each other (`Lexicons/measure-units.tsv`): people are not
    /// a distance, a cost is not counted in people, the injured are not measured in metres.
    static func labelsFit(measure: String, unit: String) -> Bool {
        guard let kinds = ReconcileLexicon.measureUnitKinds[measure], let kind = unitKind(unit) else { return true }
        return kinds.contains(kind)
    }

    /// The facts with one of two labels that do not fit each other dropped: the claim's words say which
    /// one the extractor read from the figure itself. A claim that names a noun or a unit after its
    /// number ("23 Bergleute", "mindestens 19 Menschen", "between $1.8 billion and $2.6 billion") keeps its
    /// unit and loses the measure read from the clause around it ("840 Metern Tiefe" nearby made the miners
    /// a distance; "das Leben gekostet" a cost; "killed or wounded" of the sentence before a range of
    /// dollars); a bare number ("zwölf" injured, read in metres) keeps its measure — the verb of its
    /// clause — and loses the unit, which then comes from the story (``completingUnitlessCounts(_:)``).
    /// Either way the figure is grouped by what is left, as a figure the extractor labelled only in part.
    /// - Complexity: O(n).
    static func droppingMisfitLabels(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        var facts = facts
        for index in facts.indices {
            let fact = facts[index]
            guard fact.claim.kind == .quantity, fact.measureKey != "-",
                !labelsFit(measure: fact.claim.measure ?? fact.measureKey, unit: fact.unitKey)
            else { continue }
            if namesWordAfterNumber(fact.claim.text) {
                facts[index].measureKey = "-"
                facts[index].broaderMeasure = false
            } else {
                // The number is as written: a conversion of the dropped unit ("zwölf" metres as 0.012 km) goes.
                facts[index].unitKey = "-"
                facts[index].claim.quantity?.normalized = nil
                facts[index].interval = facts[index].claim.quantity.flatMap(QuantityInterval.init)
                facts[index].stated = facts[index].claim.quantity.flatMap(FigureClusters.stated)
            }
        }
        return facts
    }

    /// Whether a claim's text names a word after its number (a noun, a unit, a scale word): the unit was
    /// read from the figure itself.
    static func namesWordAfterNumber(_ text: String) -> Bool {
        aroundNumber(text).after.contains(where: \.isLetterFast)
    }
}
