import Foundation
import ParallaxModel

/// Vague amounts: a magnitude word without a number ("Tausende", "thousands of litres", "dozens of towers"), which
/// the claims stage gives as its lower bound alone (24, 200, 2,000, 20,000).
extension FigureClusters {
    /// How far above its lower bound a vague amount reaches: up to the next magnitude word ("Hunderte" from 200 up
    /// to the 2,000 where "Tausende" starts; "dozens" from 24 below 240).
    static let magnitudeSpan = 10.0

    /// Whether a figure is a vague amount: no number, a lower bound alone.
    static func isVagueAmount(_ fact: ClaimFacts) -> Bool {
        guard let quantity = fact.claim.quantity else { return false }
        return quantity.value == nil && quantity.high == nil && quantity.low != nil
    }

    /// Whether a vague amount allows another figure's number: the number lies in the vague amount's order of
    /// magnitude, from its lower bound up to ``magnitudeSpan`` times it ("Tausende" allows 9,000, not 25,000).
    static func allowsByMagnitude(_ vague: ClaimFacts, _ other: ClaimFacts) -> Bool {
        guard isVagueAmount(vague), !isVagueAmount(other), let low = stated(vague)?.low, let number = statedValue(other)
        else { return false }
        return number >= low && number < low * magnitudeSpan
    }

    /// Joins each group of vague amounts to the one group that holds a figure the vague amount's own article states
    /// further down and the vague amount allows, when other reports give that group's figures too: a report that
    /// says "Tausende" in its headline and "rund 9.000 Menschen" in its body, or "thousands of litres" in its lead and
    /// then "about 8,000 litres", names the story's figure loosely first and then exactly. The report itself tells
    /// what its vague amount stands for, which no other report can (round 27 measured the looser form — a vague
    /// amount beside any figure of its size — joining things of one size that were different things).
    ///
    /// The figure must stand in a later sentence (a vague amount after an exact figure mostly counts something
    /// else: "2.100 Beschäftigte am Boden und 1.300 im Cockpit … Hunderte Beschäftigte protestierten"), have the vague
    /// amount's unit and measure (both none, or the same), and not be a part ("some 3,000 of them", "rund 400 der
    /// Flüchtlinge"), a further batch or one of a sum's parts; its group must hold another article's figure (in a story
    /// one report tells, "Tausende Migranten" on the islands and the ferry's "fast 2.000" are mostly two things). A
    /// vague amount whose article gives allowed figures in two groups joins neither.
    /// - Complexity: O(n) for n figures (figures indexed by article); the sentence cues are read only for figures
    ///   a vague amount allows.
    static func joiningVagueAmounts(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        let vagueGroups = groups.indices.filter { groups[$0].allSatisfy(isVagueAmount) }
        guard !vagueGroups.isEmpty else { return groups }
        let articles = Set(vagueGroups.flatMap { groups[$0].map(\.article.id) })
        var figuresOfArticle: [String: [(group: Int, fact: ClaimFacts)]] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group where articles.contains(fact.article.id) && !fact.subset && !fact.sharedFurther
                && fact.scope != .additional && statedValue(fact) != nil
            {
                figuresOfArticle[fact.article.id, default: []].append((index, fact))
            }
        }
        var sets = GroupUnion(count: groups.count)
        var joined = false
        for index in vagueGroups {
            var targets = Set<Int>()
            for vague in groups[index] {
                guard let opening = sentenceNumber(vague) else { continue }
                for entry in figuresOfArticle[vague.article.id] ?? [] where entry.group != index
                    && entry.fact.unitKey == vague.unitKey && entry.fact.measureKey == vague.measureKey
                    && (sentenceNumber(entry.fact) ?? 0) > opening && allowsByMagnitude(vague, entry.fact)
                    && groups[entry.group].contains(where: { $0.article.id != vague.article.id })
                    && !ClaimGrouper.hasSubsetCue(entry.fact) && !ClaimGrouper.hasDefinitePartitive(entry.fact)
                {
                    targets.insert(entry.group)
                }
            }
            guard targets.count == 1, let target = targets.first else { continue }
            sets.join(index, target)
            joined = true
        }
        return joined ? sets.merging(groups) : groups
    }
}

extension FigureClusters {
    /// Joins each group of vague amounts that ``joiningVagueAmounts(_:)`` left alone to the one group of the story
    /// whose figures of its unit it allows (``allowsByMagnitude(_:_:)``: its order of magnitude), when that group holds
    /// a figure of the vague amount's measure (both none, or the same) and figures of two reports at least — a figure
    /// the story's reports agree on — and no article tells the two apart (round 33).
    /// A report that gives a magnitude word alone ("Hunderte Freiwillige", "dozens of patients", "Tausende Fans")
    /// names the story's figure of that size loosely, where other reports give it exactly ("rund 1.200 Helfer",
    /// "43 Patienten", "rund 12.000 Besucher"). The story must hold one such figure only: a vague amount that allows
    /// figures in two groups of its unit, of any measure ("dozens of people" beside 100 evacuated and 150 injured),
    /// names neither surely and joins none; nor does one whose measure the group's figures do not share ("Thousands
    /// gathered" beside "3,000 officers were deployed"), nor one beside a single report's number ("Tausende" at a
    /// vigil beside another report's "15.200 Bürger" who came to a councillor's office since April 2012). Round 27's
    /// rule B let a vague amount choose the nearest of several groups of its size, and the checking half fell. Parts,
    /// further batches and a sum's parts are not the figure a vague amount stands for.
    /// - Complexity: O(v · n) for v groups of vague amounts and n figures (a story holds few vague amounts).
    static func joiningVagueAmountsToTheOnlyFigure(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        let vagueGroups = groups.indices.filter { groups[$0].allSatisfy(isVagueAmount) }
        guard !vagueGroups.isEmpty else { return groups }
        var sets = GroupUnion(count: groups.count)
        var joined = false
        for index in vagueGroups {
            let vagueAmounts = groups[index]
            let allowing = groups.indices.filter { other in
                other != index && groups[other].contains { fact in
                    !isVagueAmount(fact) && !fact.subset && !fact.sharedFurther && fact.scope != .additional
                        && vagueAmounts.contains { $0.unitKey == fact.unitKey && allowsByMagnitude($0, fact) }
                }
            }
            guard allowing.count == 1, let target = allowing.first, Set(groups[target].map(\.article.id)).count > 1,
                groups[target].contains(where: { fact in
                    vagueAmounts.contains { $0.measureKey == fact.measureKey }
                }),
                !articlesTellApart(vagueAmounts, groups[target])
            else { continue }
            sets.join(index, target)
            joined = true
        }
        return joined ? sets.merging(groups) : groups
    }
}
