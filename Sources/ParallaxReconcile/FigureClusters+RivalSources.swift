import Foundation
import ParallaxModel

/// Two named sources as evidence where the measure is missing: an article that gives one count twice, on the word of
/// two different sources ("Die Küstenwache geht von mindestens 1.200 Tonnen aus … Die Reederei spricht dagegen von
/// rund 400 Tonnen"; "more than 18,000 teachers, according to the union … the ministry counted about 11,500"), sets
/// two rival figures of one thing against each other.
extension FigureClusters {
    /// Whether `fact`, a figure left without a measure, has a rival among its own article's figures of a group: a
    /// figure of another number, within a factor of three (``rivalCloseness``), in the same sentence or in the sentence
    /// before one that sets it against it (``setsAgainst(_:)``), whose named source is another than the fact's (both sources named, neither figure in a denial's sentence,
    /// where ``joiningCounterFigures()`` decides).
    ///
    /// A figure without a measure beside another number its own article gives a group is otherwise another thing
    /// ("68 of the 150 seats", a credit beside the sum paid), and must state the group's number closely. News
    /// writing names a second source for a second number of the same thing right where it gives it ("spricht
    /// dagegen von", "the ministry counted", "nach Angaben der Gewerkschaft"): the two numbers are rival counts, one
    /// group whose status is conflicting. Figures with a measure already join so (``closestGroup`` exempts different
    /// sources); this carries the same evidence to figures whose measure the claims stage could not read — the
    /// source, beyond the unit. Figures of one source, of the writer's own voice, far apart in the article ("a ransom
    /// of €5 million" and the damage of "up to €50 million") or far apart in size ("26 Besatzungsmitglieder" beside
    /// "sieben Tote") still tell two things apart.
    /// - Complexity: O(m) in the number of the article's figures in the group.
    static func hasNamedRival(_ fact: ClaimFacts, among mates: [ClaimFacts]) -> Bool {
        guard fact.measureKey == "-", !fact.inDenialSentence, let own = fact.claim.attribution?.source,
            let position = sentenceNumber(fact)
        else { return false }
        return mates.contains { mate in
            guard !mate.inDenialSentence, let other = mate.claim.attribution?.source, other != own,
                let matePosition = sentenceNumber(mate),
                matePosition == position || (abs(matePosition - position) == 1 && setsAgainst(matePosition > position ? mate : fact))
            else { return false }
            return !sameValue(mate, fact) && closeness(stated(fact), stated(mate)) >= rivalCloseness
        }
    }

    /// Adversative connectives (`contrast` in `parts.tsv`: "dagegen", "jedoch", "however", "while").
    static let contrastWords = ReconcileLexicon.partWords("contrast")

    /// Whether a figure's sentence sets it against the sentence before with an adversative connective ("Die Reederei
    /// spricht dagegen von rund 400 Tonnen"). Two sources in two neighbouring sentences without one mostly speak of
    /// two things ("rund 7.000 Flüchtlinge" who travelled on, the police said; "mehr als 7.300" who arrived elsewhere,
    /// a ministry said).
    static func setsAgainst(_ fact: ClaimFacts) -> Bool {
        fact.sentenceText.lowercased().split { !$0.isLetter }.contains { contrastWords.contains(String($0)) }
    }

    /// Closeness of two rival figures of one thing: within a factor of three, as figures without a measure that count
    /// join a group (``measurelessCloseness(_:joining:)``).
    static let rivalCloseness = 0.33

    /// The position of a figure's sentence in its article (sentence ids end in `.s<number>`), or `nil`.
    static func sentenceNumber(_ fact: ClaimFacts) -> Int? {
        let id = fact.claim.sentence
        guard let dot = id.lastIndex(of: "."), id[id.index(after: dot)...].first == "s" else { return nil }
        return Int(id[id.index(dot, offsetBy: 2)...])
    }
}

extension FigureClusters {
    /// Joins two groups that hold an article's rival figures (``hasNamedRival(_:among:)``): the figure without a
    /// measure may have chosen the group of its own number, which other reports give alone ("about 11,500" the
    /// ministry counted, in three reports), while its article sets it against the union's "more than 18,000" in the
    /// same sentence. The article says the two numbers count one thing, so their groups are one, conflicting.
    /// - Complexity: O(n · k) for n figures and k figures of one article in one unit.
    static func joiningRivalGroups(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        var byArticleAndUnit: [String: [(group: Int, fact: ClaimFacts)]] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group where fact.claim.attribution?.source != nil && !fact.sharedFurther {
                byArticleAndUnit[fact.article.id + "|" + fact.unitKey, default: []].append((index, fact))
            }
        }
        var sets = GroupUnion(count: groups.count)
        var joined = false
        for entries in byArticleAndUnit.values where entries.count > 1 {
            for entry in entries where entry.fact.measureKey == "-" {
                for other in entries where other.group != entry.group && sets.root(other.group) != sets.root(entry.group)
                    && hasNamedRival(entry.fact, among: [other.fact])
                {
                    sets.join(entry.group, other.group)
                    joined = true
                }
            }
        }
        return joined ? sets.merging(groups) : groups
    }
}
