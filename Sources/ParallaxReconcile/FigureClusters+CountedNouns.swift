import Foundation
import ParallaxModel

/// The counted noun as evidence where a label is missing: a count of people of any role ("Menschen", "people") left
/// without a measure does not join a count of people the story names by their role.
extension FigureClusters {
    /// The nouns that count people of any role (`generic-noun` in `parts.tsv`: "Menschen", "people"), as
    /// ``ClaimGrouper/nounAfterNumber(_:)`` gives them (their first five letters).
    static let genericNouns = Set(ReconcileLexicon.partWords("generic-noun").map { String($0.prefix(5)) })

    /// Whether a figure without a measure that counts people with a generic noun would join a group of a measure
    /// that counts people by their role (``ReconcileLexicon/roleCountedMeasures``: `deployed`) whose figures, in
    /// the other reports of the figure's language, all name another noun after their number — and none states the
    /// figure's number.
    ///
    /// News counts the people sent to an event or on duty by their role ("Rund 90 Einsatzkräfte", "some 2,400
    /// officers", "mehr als 200 Helfer"), and the claims stage reads the measure from that noun. "Menschen" and
    /// "people" counted beside them, of the same size and left without a measure, are the other people of the scene:
    /// "Über 100 Menschen" at a vigil are not the rescuers, "Einige Tausend Menschen" marching are not the police.
    /// Reports in another language name the role with other words and give no evidence either way, and one number
    /// stated twice is mostly one thing named twice ("rund 350 Menschen", "Rund 350 Zuschauer und Spieler"), so both
    /// still join. Measures of what befalls people (killed, wounded, captured) are not role counts: "neun Menschen
    /// in seine Gewalt gebracht" are the hostages. A specific noun of another role was tried too (round 21: "Some
    /// 310 inmates" moved beside "38 officers" on duty) and left out: that figure then chose the next group of its
    /// size, another wrong one.
    /// - Complexity: O(m) in the group's size (nouns are read once, in ``init(_:)``).
    func namesOnlyOtherNouns(_ fact: ClaimFacts, _ index: Int) -> Bool {
        guard Self.isCountUnit(fact.unitKey), let own = countedNouns[fact.claim.id], Self.genericNouns.contains(own) else {
            return false
        }
        var otherNoun = false
        for member in groups[index] where member.article.id != fact.article.id && member.article.language == fact.article.language {
            if Self.sameStatedFigure(member, fact) { return false }
            guard let noun = countedNouns[member.claim.id] else { continue }
            if noun == own || !ReconcileLexicon.roleCountedMeasures.contains(member.measureKey) { return false }
            otherNoun = true
        }
        return otherNoun
    }
}
