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

extension FigureClusters {
    /// Whether a figure without a measure that counts would join a group of a role count (a measure of
    /// ``ReconcileLexicon/roleCountedMeasures``: `deployed`, `employed`) that states none of its numbers.
    ///
    /// News counts the people on duty or on a payroll by their role, and the claims stage reads the measure from that
    /// role ("rund 1.200 Beamtinnen und Beamte" deployed, "gut 6.300 Beschäftigte" employed). A count of the same scene
    /// left without a measure and of another size is other people: the crowd beside the police ("thousands of fans"
    /// beside "some 1,200 officers"), the people on board beside the rescuers, the inmates moved beside the officers on
    /// duty, one plant's or one trade's staff beside the whole workforce. The same number stated again is the role count
    /// named without its role ("Rund 1.200 Einsatzkräfte", "1,200 people"), and a rival another named source sets against
    /// it in the same article (``hasNamedRival(_:among:)``) is the role count disputed; both still join. Unlike
    /// ``namesOnlyOtherNouns(_:_:)`` this reads no noun, so it holds across languages and for nouns of any role.
    /// - Complexity: O(m) in the group's size.
    func isAnotherCountBesideARole(_ fact: ClaimFacts, _ index: Int) -> Bool {
        guard Self.isCountUnit(fact.unitKey),
            groups[index].contains(where: { ReconcileLexicon.roleCountedMeasures.contains($0.measureKey) })
        else { return false }
        return !couldStateANumber(fact, of: index)
    }

    /// Whether some figure of group `index` states a number `fact` could state too: within a tenth
    /// (``QuantityInterval/aboutTolerance``) or by bounds that allow a common value (``boundsMeet(_:_:closeness:)``).
    /// - Complexity: O(m) in the group's size.
    func couldStateANumber(_ fact: ClaimFacts, of index: Int) -> Bool {
        groups[index].contains { member in
            let closeness = Self.closeness(Self.stated(fact), Self.stated(member))
            return closeness >= QuantityInterval.aboutCloseness || Self.boundsMeet(fact, member, closeness: closeness)
        }
    }

    /// Whether group `index` is a role count of `fact`'s size (within the closeness a figure without a measure joins at,
    /// ``measurelessCloseness(_:joining:)``) that ``isAnotherCountBesideARole(_:_:)`` keeps `fact` out of, no rival
    /// excepted. Such a figure counts other people of the scene, and ``closestGroup`` then lets it join only a group
    /// without a measure or one whose numbers it could state: refused by the police on duty, "96 Bewohner" of one care
    /// home would otherwise take the next group of its size, the ~140 heat deaths.
    /// - Complexity: O(m) in the group's size.
    func refusedByARoleCount(_ fact: ClaimFacts, _ index: Int) -> Bool {
        guard isAnotherCountBesideARole(fact, index),
            !Self.hasNamedRival(fact, among: byArticle[index][fact.article.id] ?? [])
        else { return false }
        let required = Self.measurelessCloseness(fact, joining: groups[index])
        return groups[index].contains { Self.closeness(Self.stated(fact), Self.stated($0)) >= required }
    }
}
