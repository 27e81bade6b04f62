import ParallaxModel

/// A denier's counter-figure where the claims stage read no measure (round 25).
///
/// ``joiningCounterFigures()`` joins a denial's figure to the figure it answers when both carry one measure (or changes
/// the other way). What a party is accused of storing, using or receiving mostly has no verb the claims stage knows
/// ("rund 45 Tonnen Feuerwerkskörper gelagert" — "Die Firma bestreitet das und spricht von etwa 17 Tonnen"; "put
/// agriculture's share at more than 60 percent" — "denied the charge, citing … about 15 percent"), so both figures
/// stand without a measure, each in the group of its own number. The unit and the order of the sentences still say
/// what the denial answers: the denier gives the number of the thing just claimed.
extension FigureClusters {
    /// Sentences before a denial's sentence in which the figure it answers may stand: the denial answers what was
    /// just said ("… wirft der Firma vor, 45 Tonnen gelagert zu haben. Die Firma bestreitet das: …").
    static let answeredSentenceDistance = 2

    /// Joins the group of a denial's counter-figure to the group of the figure it answers when one of the two has no
    /// measure: the first figure of a unit in a denial's sentence (a later one is mostly a comparison: "unter dem
    /// Landesdurchschnitt von elf Prozent") answers the first figure of that unit in the latest sentence before it,
    /// within ``answeredSentenceDistance`` sentences, that gives one outside a denial's sentence ("rund 45 Tonnen
    /// gelagert …, obwohl nur 20 Tonnen erlaubt seien": the 45), when that figure is claimed by a party
    /// (``isClaimedByAParty(_:)``) and states another number. Figures without a unit (bare numbers), parts and further
    /// batches keep their groups, and so does a counter-figure whose group already holds a figure its own article
    /// gives outside the denial (it answers that one, as in ``joiningCounterFigures()``).
    /// - Complexity: O(n log n) for n figures (figures indexed by article, each denial's figures sorted).
    static func joiningMeasurelessCounterFigures(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        struct Entry {
            var group: Int
            var fact: ClaimFacts
            var position: Int
        }
        var byArticle: [String: [Entry]] = [:]
        var anyCounter = false
        for (index, group) in groups.enumerated() {
            for fact in group where fact.unitKey != "-" && !fact.subset && !fact.sharedFurther {
                guard let position = sentenceNumber(fact) else { continue }
                byArticle[fact.article.id, default: []].append(Entry(group: index, fact: fact, position: position))
                if fact.inDenialSentence && fact.measureKey == "-" { anyCounter = true }
            }
        }
        guard anyCounter else { return groups }
        var sets = GroupUnion(count: groups.count)
        var joined = false
        for entries in byArticle.values where entries.contains(where: \.fact.inDenialSentence) {
            let ordered = entries.sorted { ($0.position, $0.fact.claim.start ?? 0) < ($1.position, $1.fact.claim.start ?? 0) }
            var answeredUnits = Set<String>()
            for counter in ordered where counter.fact.inDenialSentence {
                guard answeredUnits.insert("\(counter.position)|\(counter.fact.unitKey)").inserted,
                    !groups[counter.group].contains(where: {
                        $0.article.id == counter.fact.article.id && !$0.inDenialSentence
                    })
                else { continue }
                // The latest sentence before the denial that gives a figure of the unit, and in it the first such figure.
                let before = ordered.filter { entry in
                    !entry.fact.inDenialSentence && entry.position < counter.position
                        && counter.position - entry.position <= answeredSentenceDistance
                        && entry.fact.unitKey == counter.fact.unitKey
                }
                let answered = before.last.flatMap { latest in before.first { $0.position == latest.position } }
                guard let answered, counter.fact.measureKey == "-" || answered.fact.measureKey == "-",
                    isClaimedByAParty(answered.fact), !sameValue(answered.fact, counter.fact),
                    sets.root(answered.group) != sets.root(counter.group)
                else { continue }
                sets.join(answered.group, counter.group)
                joined = true
            }
        }
        return joined ? sets.merging(groups) : groups
    }
}
