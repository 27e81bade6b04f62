import Foundation
import ParallaxModel

/// Counts whose noun the writer left out: the unit they count in, read from the story.
extension ClaimGrouper {
    /// Measures whose figures a count without a noun can take a unit from: what happens to people or things
    /// ("Dutzende wurden verletzt", "Hunderte werden noch vermisst", "zwei festgenommen"), listed in the
    /// language-neutral `Lexicons/unitless-count-measures.tsv`. Not sizes, spans, distances, sums or changes,
    /// whose numbers need their unit to mean anything.
    static var unitlessCountMeasures: Set<String> { ReconcileLexicon.unitlessCountMeasures }

    /// The facts with a count that names no noun but a measure ("Dutzende wurden verletzt", "mehr als 80
    /// wurden verletzt", "Hunderte werden noch vermisst") counting in the unit the story's other figures of
    /// that measure count in, when they all count in one (people, say): the writer left the noun out, the
    /// verb says what is counted. A measure whose figures count several units (soldiers and tanks
    /// destroyed), or none, leaves the count as it is; so does a count completed from its sentence before.
    /// - Complexity: O(n).
    static func completingUnitlessCounts(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        var units: [String: Set<String>] = [:]
        for fact in facts where fact.claim.kind == .quantity && fact.unitKey != "-" && unitlessCountMeasures.contains(fact.measureKey) {
            units[fact.measureKey, default: []].insert(fact.unitKey)
        }
        guard !units.isEmpty else { return facts }
        return facts.map { fact in
            guard fact.claim.kind == .quantity, fact.unitKey == "-", let found = units[fact.measureKey], found.count == 1,
                let unit = found.first, FigureClusters.isCountUnit(unit)
            else { return fact }
            var completed = fact
            completed.unitKey = unit
            return completed
        }
    }
}
