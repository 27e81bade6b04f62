import Foundation
import ParallaxModel

/// Clusters the figures (quantity claims) of one story into groups that count the same thing.
///
/// Figures are keyed by measure, unit family and scope (a further batch never joins a total). Subjects
/// are not part of the key: extracted subjects are too often a place, a source or a stray name for the
/// same figure. Within a key, an article's own shares tell its things apart: two different percentages
/// one article gives for the same time (41.2 % for one party, 33.8 % for another) are two things, unless
/// two sources give them (the union's figure against the operator's) or they are dated differently (an
/// earlier figure and its update). Counts are not split so: a smaller count beside a larger one in one
/// article is mostly a part of it (38 dead in one town of 97 in all), which the contract calls
/// compatible, in one group. Every other figure joins the group whose values and words are closest.
///
/// A figure without a measure joins the closest group of its unit and scope, whatever the measure, when
/// that group's figures are of its size (within a factor of three; a share, a measurement or a bare number
/// without a unit must state the group's number) and its own article gives the group no other value (`68`
/// beside `150 seats` in "68 of the 150 seats").
///
/// - Complexity: O(n · g) for n figures and g groups per key; each group keeps its figures by article
///   and its context words, so a figure is compared with one article's figures only.
struct FigureClusters {
    /// The groups, in the order of their first figure in the input, each in input order.
    private(set) var groups: [[ClaimFacts]] = []

    /// For each group, its figures by article.
    private(set) var byArticle: [[String: [ClaimFacts]]] = []
    private var wordsOfGroup: [Set<String>] = []
    /// For each group, the articles stating each distinctive number (by ``numberKey(_:)``).
    private(set) var numbersOfGroup: [[Int: Set<String>]] = []
    /// For each group, the kinds its figures count and their family (`passenger` in `person`), for ``kindsApart``.
    private var kindsOfGroup: [Set<Kind>] = []
    private var words: [String: Set<String>] = [:]
    private var buckets: [String: [Int]] = [:]
    /// The noun right after the number of every figure, by claim id (``ClaimGrouper/nounAfterNumber(_:)``; read by
    /// ``namesAnotherNoun(_:_:)`` for figures without a unit and by `FigureClusters+CountedNouns.swift`).
    var countedNouns: [String: String] = [:]
    /// The distinctive numbers (by ``numberKey(_:)``) each article states in each unit: "article|unit" → numbers.
    private(set) var numbersOfArticle: [String: Set<Int>] = [:]

    init(_ facts: [ClaimFacts]) {
        for fact in facts {
            words[fact.claim.id] = Self.contextWords(fact)
            if let noun = ClaimGrouper.nounAfterNumber(fact) { countedNouns[fact.claim.id] = noun }
            if let value = Self.statedValue(fact), Self.isDistinctive(value) {
                numbersOfArticle[fact.article.id + "|" + fact.unitKey, default: []].insert(Self.numberKey(value))
            }
        }
        for fact in Self.seedingOrder(facts.filter { $0.measureKey != "-" }) {
            let key = Self.key(fact, measure: fact.measureKey)
            let index = closestGroup(for: fact, among: buckets[key] ?? [], measureless: false)
            let placed = place(fact, in: index)
            if index == nil { buckets[key, default: []].append(placed) }
        }
        // Figures without a measure seed in the same order: an article that gives several of them in one unit
        // ("386 Passagiere und 26 Besatzungsmitglieder …, zugelassen für 450 Passagiere") tells its numbers
        // apart before another article's lone "450 passengers" chooses among them, whatever the input order.
        for fact in Self.seedingOrder(facts.filter { $0.measureKey == "-" }) {
            let suffix = Self.key(fact, measure: "")
            let candidates = buckets.filter { $0.key.hasSuffix(suffix) }.flatMap(\.value).sorted()
            let index = closestGroup(for: fact, among: candidates, measureless: true)
            let placed = place(fact, in: index)
            if index == nil { buckets[Self.key(fact, measure: "-"), default: []].append(placed) }
        }
        mergeSameFigures()
        groups = Self.joiningComparedFigures(Self.joiningRivalGroups(groups))
        joiningCounterFigures()
        groups = Self.joiningVagueAmountsToTheOnlyFigure(Self.joiningVagueAmounts(groups))
        movingFiguresToTheirMeasure()
        groups = Self.joiningRises(
            Self.splittingPartsByTheirWholes(Self.movingWholesToTheirParts(Self.gatheringFiguresToTheirNumbers(groups))))
        groups = Self.joiningRestatedFigures(groups)
        groups = Self.joiningSummedParts(groups)
        let position = Dictionary(facts.enumerated().map { ($1.claim.id, $0) }, uniquingKeysWith: { a, _ in a })
        for index in groups.indices {
            groups[index].sort { (position[$0.claim.id] ?? 0) < (position[$1.claim.id] ?? 0) }
        }
        groups.sort { left, right in
            (left.compactMap { position[$0.claim.id] }.min() ?? 0) < (right.compactMap { position[$0.claim.id] }.min() ?? 0)
        }
    }

    /// The grouping key of a figure: measure and unit family. A further batch only its own article gives
    /// ("weitere 800") shares the key of the total it adds to: the parts of a sum are reported beside it in
    /// one group, and the status judge explains them instead of counting them as rivals.
    /// A further batch that several articles report ("a further 3,000 soldiers" in two reports) is a figure
    /// in its own right — the reinforcements — and keeps a key of its own, and so does a part its sentence
    /// names of a larger figure ("zwölf Verletzte, zwei davon schwer": the seriously injured).
    static func key(_ fact: ClaimFacts, measure: String) -> String {
        "\(measure)|\(fact.unitKey)" + (fact.sharedFurther ? "|further" : "") + (fact.subset ? "|subset" : "")
            + fact.distinction
    }

    /// Joins groups of different measures that give the same figure: the measure is the extractor's
    /// reading of the words around a number, and two outlets often word one figure differently ("€600m
    /// of cuts" beside "Einsparungen von 600 Millionen Euro", "1.840 Züge fallen aus" beside "1,840 trains
    /// cancelled"). Two groups join when a figure of one and a figure of the other, from different
    /// articles, state the same number in the same unit (after conversion, within 1 %), and no article
    /// gives figures in both groups without one such shared number (an article that gives two different
    /// numbers for the two measures tells them apart). When both groups carry a measure, or the figure has
    /// no unit, the number must also be distinctive — not a whole number below 20 — since "12 injured"
    /// and "12 missing" are different figures of the same size.
    ///
    /// - Complexity: O(n log n) for n figures (sorted by unit and value; within a run of numbers 1 % apart,
    ///   one figure per group and article is compared, and each pair of groups is decided once).
    private mutating func mergeSameFigures() {
        // Entries name their figure by group and position (a figure is read from `groups` where it is compared):
        // sorting and filtering copy three numbers and two strings, not the figure's whole facts.
        struct Entry {
            var group: Int
            var member: Int
            var value: Double
            var unit: String
            var article: String
        }
        var entries: [Entry] = []
        for (index, group) in groups.enumerated() {
            for (member, fact) in group.enumerated() {
                guard let value = Self.statedValue(fact) else { continue }
                entries.append(Entry(group: index, member: member, value: value, unit: fact.unitKey, article: fact.article.id))
            }
        }
        entries.sort { ($0.unit, $0.value) < ($1.unit, $1.value) }
        var sets = GroupUnion(count: groups.count)
        // Each pair of groups is decided once; within a run of equal numbers only the first figure of each
        // group and article is compared, so many copies of one number cost no more than one.
        var decided = Set<[Int]>()
        /// Joins the groups of two entries when their figures are one figure under two measures (see above).
        func consider(_ leftEntry: Entry, _ rightEntry: Entry) {
            guard leftEntry.group != rightEntry.group else { return }
            let pair = [min(leftEntry.group, rightEntry.group), max(leftEntry.group, rightEntry.group)]
            guard !decided.contains(pair), sets.root(leftEntry.group) != sets.root(rightEntry.group),
                leftEntry.article != rightEntry.article
            else { return }
            let left = groups[leftEntry.group][leftEntry.member], right = groups[rightEntry.group][rightEntry.member]
            guard left.measureKey != right.measureKey, Self.sameStatedFigure(left, right) else { return }
            let bothMeasured = left.measureKey != "-" && right.measureKey != "-"
            if (bothMeasured || left.unitKey == "-") && !Self.isDistinctive(leftEntry.value)
                && !Self.isStatedMeasurement(left, right)
            {
                return
            }
            // "rund 1.700 Menschen" allowed home a week later is not the 1,700 evacuated from Korvik.
            if (left.measureKey == "-" && Self.isLaterAndSmaller(left, than: groups[rightEntry.group]))
                || (right.measureKey == "-" && Self.isLaterAndSmaller(right, than: groups[leftEntry.group]))
            {
                return
            }
            decided.insert(pair)
            guard !articlesTellApart(groups[leftEntry.group], groups[rightEntry.group]) else { return }
            sets.join(leftEntry.group, rightEntry.group)
        }
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].unit == entries[start].unit,
                entries[end].value <= entries[start].value * 1.05 + 1e-9
            {
                end += 1
            }
            var seen = Set<String>()
            let window = entries[start..<end].filter { seen.insert("\($0.group)|\($0.article)").inserted }
            for (offset, leftEntry) in window.enumerated() {
                for rightEntry in window[(offset + 1)...] { consider(leftEntry, rightEntry) }
            }
            start = end
        }
        // A measurement restated in another system of units may lie further from its original than the run above
        // reaches ("more than two inches", 51 mm, for 62 litres a square metre): each is compared with the figures of
        // its unit its own rounding reaches (``statedRounding(_:)``).
        for (index, entry) in entries.enumerated() {
            guard let quantity = groups[entry.group][entry.member].claim.quantity,
                StatusJudge.roundedRestatementFactor(quantity) != nil
            else { continue }
            let reach = 2 * Self.statedRounding(quantity) + 0.05 * entry.value
            for other in entries[(index + 1)...].prefix(while: { $0.unit == entry.unit && $0.value <= entry.value + reach }) {
                consider(entry, other)
            }
            for other in entries[..<index].reversed().prefix(while: { $0.unit == entry.unit && $0.value >= entry.value - reach }) {
                consider(other, entry)
            }
        }
        // The size of a whole counts its places whatever noun names them ("42,000-seat" beside "fasst 42.000
        // Zuschauer"; "built for 450 men" beside "built for 450 prisoners"): a distinctive size in one count unit is the
        // same figure as that number in another count unit, as a size or without a measure, from another article.
        var countsByNumber: [Int: [Entry]] = [:]
        for entry in entries where Self.isDistinctive(entry.value) && Self.isCountUnit(entry.unit)
            && ["size", "-"].contains(groups[entry.group][entry.member].measureKey)
        {
            countsByNumber[Self.numberKey(entry.value), default: []].append(entry)
        }
        for run in countsByNumber.values where run.count > 1 {
            for size in run where groups[size.group][size.member].measureKey == "size" {
                for other in run where other.unit != size.unit && other.article != size.article
                    && sets.root(other.group) != sets.root(size.group)
                    && Self.sameValue(groups[size.group][size.member], groups[other.group][other.member])
                    && !articlesTellApart(groups[size.group], groups[other.group])
                {
                    sets.join(size.group, other.group)
                }
            }
        }
        // A figure of a noun no lexicon knows ("Alle 42 Maschinen") is the figure another article gives in a
        // unit when it states that distinctive number and exactly one group of a unit does — with the same
        // measure, or where one of the two was read without one ("mehr als 300.000" affected beside "Über
        // 300.000 Kundinnen" without a verb): a label left out contradicts nothing.
        var unitGroupsByNumber: [Int: Set<Int>] = [:]
        for entry in entries where entry.unit != "-" {
            unitGroupsByNumber[Self.numberKey(entry.value), default: []].insert(entry.group)
        }
        for entry in entries where entry.unit == "-" && Self.isDistinctive(entry.value) {
            let fact = groups[entry.group][entry.member]
            // Groups already joined above count once: "23 Bergleute" read under three measures is one figure.
            let candidates = Set(
                (unitGroupsByNumber[Self.numberKey(entry.value)] ?? []).filter { index in
                    groups[index].contains { other in
                        other.article.id != entry.article && Self.sameStatedFigure(other, fact)
                            && (fact.measureKey == "-" || other.measureKey == "-" || other.measureKey == fact.measureKey)
                    }
                }.map { sets.root($0) })
            guard candidates.count == 1, let target = candidates.first, sets.root(target) != sets.root(entry.group),
                groups[entry.group].allSatisfy({ $0.unitKey == "-" }),
                !articlesTellApart(groups[entry.group], groups[target])
            else { continue }
            sets.join(entry.group, target)
        }
        groups = sets.merging(groups)
    }

    /// Joins the group of a denier's counter-figure to the group of the figure it answers: an article
    /// whose denial sentence gives a figure ("Hallgren rejected the accusation, saying it had notified
    /// emergency services within 40 minutes") and which gives, outside a denial, a different figure of the
    /// same measure (or a change the other way: "cut by 30%" — "up 4%", round 12) and unit in another group
    /// ("accused Hallgren of waiting nine hours") sets the two against
    /// each other — one disputed figure, however far apart (a span the accusers and the accused give
    /// differently). A counter-figure whose group already holds a figure of its own article outside the denial
    /// answers that one, and figures of a part or a further batch keep their groups.
    /// - Complexity: O(n) for n figures (figures indexed by article).
    private mutating func joiningCounterFigures() {
        var sets = GroupUnion(count: groups.count)
        var byArticle: [String: [(group: Int, fact: ClaimFacts)]] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group where !fact.subset && !fact.sharedFurther && fact.measureKey != "-" {
                byArticle[fact.article.id, default: []].append((index, fact))
            }
        }
        var joined = false
        for entries in byArticle.values {
            // A counter-figure already beside a figure of its own article answers that one ("mehr als sechs
            // Stunden" … "binnen 40 Minuten"): its article's other spans ("vier Tage auf See") are other things.
            for counter in entries where counter.fact.inDenialSentence
                && !groups[counter.group].contains(where: { $0.article.id == counter.fact.article.id && !$0.inDenialSentence })
            {
                for answered in entries where !answered.fact.inDenialSentence
                    && sets.root(answered.group) != sets.root(counter.group)
                    && Self.answers(answered.fact, counter.fact)
                    && Self.isClaimedByAParty(answered.fact)
                    && answered.fact.unitKey == counter.fact.unitKey
                    && !Self.sameValue(answered.fact, counter.fact)
                {
                    sets.join(answered.group, counter.group)
                    joined = true
                }
            }
        }
        guard joined else { return }
        groups = sets.merging(groups)
    }

    /// Changes in opposite directions: a denier's counter-figure may give the change the accusation names the
    /// other way ("maintenance staff cut by 30%" — "field technician numbers were up 4%").
    static let oppositeChanges: Set<[String]> = [["cut", "increase"], ["decrease", "increase"]]

    /// Whether a counter-figure can answer a figure by its measure: the same measure, or a change the other
    /// way (``oppositeChanges``) that a party is named for — the accusation the denial answers, not the
    /// article's other changes ("shares fell 11.4%" on the writer's own authority).
    static func answers(_ answered: ClaimFacts, _ counter: ClaimFacts) -> Bool {
        if answered.measureKey == counter.measureKey { return true }
        return oppositeChanges.contains([answered.measureKey, counter.measureKey].sorted())
            && answered.claim.attribution?.source != nil
    }

    /// Moves a figure into the group of another measure when another article states its distinctive number
    /// there as the whole a part in the figure's group is drawn from: that sentence gives a smaller figure
    /// of the figure's group, the article none with this number ("about 410,000 of its 2.5 million
    /// customers" — 2.5 million is the customer base, not those affected; "44 der 120 Sitze" — 120 is the
    /// parliament), and no other article gives the number in the figure's group. (An article that gives
    /// two numbers of two measures in two sentences tells the measures apart, and nothing moves.) "Insgesamt
    /// hat Halvena rund 2,5 Millionen Kundinnen", read as affected, joins the customer base. A figure its
    /// sentence gives as one source's against another's stays: it is in its group as a rival.
    /// - Complexity: O(n log n) for n figures (figures indexed by number).
    private mutating func movingFiguresToTheirMeasure() {
        var byNumber: [Int: [(group: Int, fact: ClaimFacts)]] = [:]
        var articlesOfGroup: [Set<String>] = []
        // The smallest number each article's sentence gives in each group: where a part of a whole stands.
        var smallestInSentence: [[String: Double]] = []
        for (index, group) in groups.enumerated() {
            articlesOfGroup.append(Set(group.map(\.article.id)))
            var smallest: [String: Double] = [:]
            for fact in group {
                guard let value = Self.statedValue(fact) else { continue }
                let sentence = fact.sentenceKey
                smallest[sentence] = min(smallest[sentence] ?? .infinity, value)
                if Self.isDistinctive(value) { byNumber[Self.numberKey(value), default: []].append((index, fact)) }
            }
            smallestInSentence.append(smallest)
        }
        var moves: [(claim: String, from: Int, to: Int)] = []
        for entries in byNumber.values {
            let groupsOfNumber = Dictionary(grouping: entries, by: \.group)
            guard groupsOfNumber.count > 1 else { continue }
            for (index, mine) in groupsOfNumber {
                // Only a number one article alone gives in its group can belong elsewhere.
                guard Set(mine.map(\.fact.article.id)).count == 1 else { continue }
                for entry in mine {
                    // A rival figure its sentence sets against another source's stays with the figure it rivals
                    // ("1.840 Verbindungen, die Gewerkschaft spricht dagegen von mehr als 2.100").
                        guard !groups[index].contains(where: {
                        $0.article.id == entry.fact.article.id && $0.claim.sentence == entry.fact.claim.sentence
                            && Self.differentSources($0, entry.fact)
                    }) else { continue }
                    var targets = Set<Int>()
                    for (target, theirs) in groupsOfNumber where target != index && !articlesOfGroup[target].contains(entry.fact.article.id) {
                        let whole = theirs.contains { other in
                            other.fact.measureKey != entry.fact.measureKey && Self.sameStatedFigure(other.fact, entry.fact)
                                && !mine.contains { $0.fact.article.id == other.fact.article.id }
                                && (smallestInSentence[index][other.fact.sentenceKey] ?? .infinity)
                                    < (Self.statedValue(other.fact) ?? 0)
                        }
                        if whole { targets.insert(target) }
                    }
                    guard targets.count == 1, let target = targets.first else { continue }
                    moves.append((entry.fact.claim.id, index, target))
                }
            }
        }
        for move in moves {
            guard let position = groups[move.from].firstIndex(where: { $0.claim.id == move.claim }),
                groups[move.from].count > 1
            else { continue }
            groups[move.to].append(groups[move.from].remove(at: position))
        }
    }

    /// Whether an article gives figures in both groups and none of them with the same number.
    private func articlesTellApart(_ left: [ClaimFacts], _ right: [ClaimFacts]) -> Bool { Self.articlesTellApart(left, right) }

    private mutating func place(_ fact: ClaimFacts, in index: Int?) -> Int {
        let target = index ?? groups.count
        if target == groups.count {
            groups.append([])
            byArticle.append([:])
            wordsOfGroup.append([])
            numbersOfGroup.append([:])
            kindsOfGroup.append([])
        }
        kindsOfGroup[target].insert(Kind(fact))
        groups[target].append(fact)
        byArticle[target][fact.article.id, default: []].append(fact)
        wordsOfGroup[target].formUnion(words[fact.claim.id] ?? [])
        if let value = Self.statedValue(fact), Self.isDistinctive(value) {
            numbersOfGroup[target][Self.numberKey(value), default: []].insert(fact.article.id)
        }
        return target
    }

    /// Figures in the order they seed groups: within each key, the figures of the articles that give the
    /// most different values first (they tell the things apart), then the rest in input order, so that a
    /// lone figure meets every group before it chooses one.
    static func seedingOrder(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let keys = facts.map { key($0, measure: $0.measureKey) + "|" + $0.article.id }
        var members: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() { members[key, default: []].append(index) }
        var distinct: [String: Int] = [:]
        for (key, indices) in members {
            var values: [Int] = []
            for index in indices where !values.contains(where: { sameValue(facts[$0], facts[index]) }) { values.append(index) }
            distinct[key] = values.count
        }
        let counts = keys.map { distinct[$0] ?? 1 }
        return facts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }.map { facts[$0] }
    }

    /// The group among `indices` that `fact` belongs to, or `nil` for a new one (see the type's summary).
    private func closestGroup(for fact: ClaimFacts, among indices: [Int], measureless: Bool) -> Int? {
        let splitsShares = Self.measurementUnits.contains(fact.unitKey) || Self.isMeasurement(fact.unitKey) || measureless || fact.siblingPart
        let open = indices.filter { index in
            guard splitsShares, let mates = byArticle[index][fact.article.id] else { return true }
            // A figure its article already gives the group is that figure again (in another unit, too:
            // "35 km" beside its own "about 22 miles").
            if measureless && mates.contains(where: {
                Self.sameValue($0, fact) || ($0.claim.quantity?.unit != fact.claim.quantity?.unit && Self.sameStatedFigure($0, fact))
            }) {
                return true
            }
            // Another number its article gives the group on another named source's word is a rival count.
            if measureless && Self.hasNamedRival(fact, among: mates) { return true }
            return !mates.contains { mate in
                // A figure without a measure beside a different number its own article gives the group is
                // another thing, whatever the dates ("150 Millionen Euro" credit beside the 80 million paid).
                Self.statesAnotherValue(mate, fact, measureless: measureless)
                    && (measureless || (!Self.differentTimes(mate, fact) && !Self.differentSources(mate, fact)))
            }
        }
        var candidates = open.filter { index in
            if isOtherTime(fact, than: index) { return false }
            guard measureless else {
                return !isFarApart(fact, from: index) && !isOtherSpan(fact, than: index) && !isOtherEvent(fact, than: index)
                    && !kindsOfGroup[index].contains { Self.kindsApart(Kind(fact), $0) }
            }
            if Self.isLaterAndSmaller(fact, than: groups[index]) { return false }
            if !Self.kindFits(fact, groups[index]) { return false }
            if kindsOfGroup[index].contains(where: { Self.kindsApart(Kind(fact), $0, measureless: true) }) { return false }
            let rival = Self.hasNamedRival(fact, among: byArticle[index][fact.article.id] ?? [])
            if !rival && (givesGroupNumberElsewhere(fact, index) || anotherArticleTellsApart(fact, index)) { return false }
            if namesOnlyOtherNouns(fact, index) { return false }
            if !rival && isAnotherCountBesideARole(fact, index) { return false }
            var required = Self.measurelessCloseness(fact, joining: groups[index])
            if rival || (required < QuantityInterval.aboutCloseness && sharesTheScene(fact, index)) {
                required = Self.farApartCloseness
            }
            return groups[index].contains { member in
                if namesAnotherNoun(fact, member) { return false }
                let closeness = Self.closeness(Self.stated(fact), Self.stated(member))
                return closeness >= required || Self.boundsMeet(fact, member, closeness: closeness)
            }
        }
        // A count a role count of its size refused is other people of the scene: it joins no group of another measure
        // whose numbers it cannot state either ("96 Bewohner" of one home are not the ~140 heat deaths).
        if measureless && open.contains(where: { refusedByARoleCount(fact, $0) }) {
            candidates = candidates.filter { index in
                groups[index].allSatisfy { $0.measureKey == "-" } || couldStateANumber(fact, of: index)
            }
        }
        guard candidates.count > 1 else { return candidates.first }
        let own = words[fact.claim.id] ?? []
        return candidates.max { left, right in
            (affinity(own, fact, left), right) < (affinity(own, fact, right), left)
        }
    }

    /// Whether two figures without a unit from articles of one language state different numbers and name
    /// different nouns after them: "rund 280 Organisationen" the watchdog reviews are not "mehr als 300
    /// Spender" who turned to a law firm, though their numbers meet. The claims stage leaves such a noun out of
    /// the unit when no lexicon knows it; the words themselves still tell the things apart. The same number
    /// under two nouns is mostly one thing named twice ("drei Grundschulen", "drei Schulen"; "violent
    /// criminals", "lags"), and reports in two languages name one thing with two words ("1,300 bridges",
    /// "1.300 Brücken").
    private func namesAnotherNoun(_ fact: ClaimFacts, _ member: ClaimFacts) -> Bool {
        guard member.article.id != fact.article.id, member.article.language == fact.article.language,
            fact.unitKey == "-", member.unitKey == "-",
            let own = countedNouns[fact.claim.id], let other = countedNouns[member.claim.id]
        else { return false }
        return own != other && !Self.sameStatedFigure(fact, member)
    }

    /// Whether a figure without a measure would join a group whose number its own article gives as another
    /// figure: another article states a distinctive number in the group, the figure's article states that
    /// number too (in the figure's unit) but not with this figure, and the group holds no other article's
    /// statement of the figure's own number. The article tells the two numbers apart, so the figure is the
    /// other thing: "built for 450 prisoners and holds 640" beside another report's "640 inmates" — the 450
    /// is not a rival of the 640; "mindestens 600 Millionen Euro" missing beside "rund 420 Millionen Euro"
    /// transferred, where the figure's article gives the 420 million too. Without this, a figure the
    /// extractor left without a measure takes the first group of its size and shuts its own article's
    /// figure of that group's number out of it.
    private func givesGroupNumberElsewhere(_ fact: ClaimFacts, _ index: Int) -> Bool {
        guard let value = Self.statedValue(fact), let own = numbersOfArticle[fact.article.id + "|" + fact.unitKey] else {
            return false
        }
        let key = Self.numberKey(value)
        let numbers = numbersOfGroup[index]
        // The group holds the figure's number from another article, or the figure again from its own.
        if numbers[key]?.contains(where: { $0 != fact.article.id }) == true { return false }
        if byArticle[index][fact.article.id]?.contains(where: { Self.sameValue($0, fact) }) == true { return false }
        return numbers.contains { number, articles in
            number != key && own.contains(number) && articles.contains { $0 != fact.article.id }
        }
    }

    /// Whether two figures of one unit family count two kinds of it that are counted apart (`passenger` beside
    /// `worker`: "nearly 9,000 passengers" and "rund 3.400 Beschäftigte" affected are two counts), though each
    /// joins figures of the family's own unit (`person`). See ``ReconcileLexicon/apartKinds``.
    /// Without a measure, such a kind does not join the family's own unit either: "386 Passagiere" beside "412
    /// people" on board (passengers and crew) are two counts, where "Rund 70 Fahrgäste" and "Rund 70 Menschen"
    /// injured are one.
    static func kindsApart(_ fact: Kind, _ member: Kind, measureless: Bool = false) -> Bool {
        let (own, other) = (fact.kind, member.kind)
        guard own != other, fact.family == member.family else { return false }
        guard measureless || (own != fact.family && other != member.family) else { return false }
        return ReconcileLexicon.apartKinds.contains(own) || ReconcileLexicon.apartKinds.contains(other)
    }

    /// The kind a figure counts and its family (``ClaimFacts/kindUnit``, ``ClaimFacts/unitKey``): a group keeps the
    /// few distinct ones, so that a figure is checked against them rather than against every member.
    struct Kind: Hashable {
        var kind: String
        var family: String
        init(_ fact: ClaimFacts) {
            kind = fact.kindUnit
            family = fact.unitKey
        }
    }

    /// Whether a figure without a measure counts a kind its group counts: its own unit is its family's
    /// (`person`), or some figure of the group counts its kind or the whole family. "6,300 rail workers" the
    /// union represents is no rival of a count of cases or patients, though all three are people; "mehr als
    /// 150 Erkrankte" (patients) joins the ill counted as people ("Über 300 Menschen").
    static func kindFits(_ fact: ClaimFacts, _ group: [ClaimFacts]) -> Bool {
        let kind = fact.kindUnit
        guard kind != fact.unitKey else { return true }
        return group.contains { $0.kindUnit == kind || $0.kindUnit == fact.unitKey }
    }

    /// Closeness at which a figure that must state a group's number (a share, a measurement, a bare
    /// number) still joins it when their qualifiers allow a common value: "Rund 340 geplante Operationen"
    /// beside "Mehr als 300 Eingriffe" (a bound and the figure it allows), where 14 beside 23 or "mehr als
    /// 60" beside 46 allow none.
    static let boundsCloseness = 0.75

    /// Whether two figures' qualifiers allow a common value and their stated numbers lie within
    /// ``boundsCloseness`` of each other.
    static func boundsMeet(_ fact: ClaimFacts, _ member: ClaimFacts, closeness: Double) -> Bool {
        guard closeness >= boundsCloseness, let left = fact.interval, let right = member.interval else { return false }
        return left.intersection(right) != nil
    }

    /// Whether a figure's sentence shares at least half of its context words (at least three) with a
    /// group's sentences: a count of the same scene ("Mehr als 50.000 Menschen zogen am Abend vor die
    /// Wahlkommission" beside the police's "8.000–10.000 Menschen" before the electoral commission that
    /// evening) — a rival count of one event, which may lie up to a factor of ten from the others.
    private func sharesTheScene(_ fact: ClaimFacts, _ index: Int) -> Bool {
        let own = words[fact.claim.id] ?? []
        guard own.count >= 3 else { return false }
        return own.intersection(wordsOfGroup[index]).count * 2 >= own.count
    }

    /// Closeness below which a figure does not join a group of its measure: none of the group's figures is
    /// within a factor of ten of it. "Dutzende Beschäftigte" protesting is not the 30,000 employed, and
    /// compensation "bis zu 600 Euro" is not the 80 million paid; a count and its parts, an earlier toll
    /// and its update, or "Tausende" beside 4,800 stay within that factor. (A further batch is exempt.)
    static let farApartCloseness = 0.1

    /// Whether every stated number of group `index` lies more than a factor of ten from the figure's.
    private func isFarApart(_ fact: ClaimFacts, from index: Int) -> Bool {
        // A further batch ("a further 300") adds to its total, whatever its size.
        guard Self.stated(fact) != nil, fact.scope != .additional else { return false }
        var anyStated = false
        for member in groups[index] where Self.stated(member) != nil {
            anyStated = true
            if Self.closeness(Self.stated(fact), Self.stated(member)) >= Self.farApartCloseness { return false }
        }
        return anyStated
    }

    /// Closeness below which a duration does not join a group of durations: a quarter apart.
    static let spanCloseness = 0.75

    /// Whether a duration states a clearly different length (less than ``spanCloseness``) than every figure
    /// of a group, and no figure of the group is a rival's: a length of time reported differently is mostly
    /// another span — a mayor's seventeen years in office beside the four and a half years of prison
    /// prosecutors seek, a two-month filing deadline beside three months of wages. Rival lengths of one
    /// span come from two named sources or a denial ("six hours", residents said; "90 minutes", the ministry
    /// replied) and still meet.
    private func isOtherSpan(_ fact: ClaimFacts, than index: Int) -> Bool {
        guard fact.measureKey == "duration", Self.stated(fact) != nil else { return false }
        return !groups[index].contains { member in
            Self.closeness(Self.stated(fact), Self.stated(member)) >= Self.spanCloseness
                || Self.rivalSources(member, fact)
        }
    }

    /// Days between two figures' times beyond which a background figure is of another time than the story's.
    static let backgroundGapDays = 30

    /// Whether a figure lies in another time than every figure of a group, one of the two being a background
    /// figure (its stated time ends more than ``backgroundGapDays`` before its article was published) and the
    /// other of the story's own time, and the background figure the larger: "In 2019, five people died when a
    /// bridge … collapsed" beside this week's two dead; "The last comparable outage, in February 2019, left
    /// 640,000 customers without power" beside this storm's 270,000. A past event an article recalls for
    /// comparison is a figure of its own, neither an earlier figure of the story's count (a count that grew
    /// was never larger) nor its rival. A smaller past figure may be an earlier state or a part of the story's
    /// (bribes paid in 2021 and 2022 of the 240,000 euros a mayor is charged with today). Both times must be
    /// stated: a figure another report gives without a time ("6.500 Soldaten" beside "im vergangenen Jahr
    /// rund 6.500 Soldaten") may be the same past figure. Figures of the story's own days — a toll and its
    /// update a week later — still meet.
    private func isOtherTime(_ fact: ClaimFacts, than index: Int) -> Bool {
        guard fact.dayIsStated, let start = fact.startDay, let end = fact.referenceDay, let value = Self.statedValue(fact)
        else { return false }
        let past = fact.isBackground(by: Self.backgroundGapDays)
        return groups[index].allSatisfy { member in
            guard member.dayIsStated, past != member.isBackground(by: Self.backgroundGapDays),
                let otherStart = member.startDay, let otherEnd = member.referenceDay, let other = Self.statedValue(member),
                otherStart - end > Self.backgroundGapDays || start - otherEnd > Self.backgroundGapDays
            else { return false }
            // A past figure smaller than the story's may be its earlier state or a part of it.
            return past ? value > other : other > value
        }
    }

    /// Whether a magnitude (a `size` without a unit: "Stärke 5,8", "magnitude 6.7") is another event's than
    /// every figure of a group: each states a different number and refers to a time at least
    /// ``StatusJudge/earlierByDays`` days apart from it (the days the figures' spans start). An event's
    /// magnitude does not change once it happened, as a toll or a burnt area grows; a different one eleven
    /// days later is an aftershock's, while rival magnitudes of one day (7.1 beside 6.7) still meet.
    private func isOtherEvent(_ fact: ClaimFacts, than index: Int) -> Bool {
        guard fact.measureKey == "size", fact.unitKey == "-", let day = fact.startDay, let interval = fact.interval else {
            return false
        }
        return groups[index].allSatisfy { member in
            guard let other = member.startDay, let otherInterval = member.interval else { return false }
            return abs(other - day) >= StatusJudge().earlierByDays && interval.intersection(otherInterval) == nil
        }
    }

    /// How close `fact` is to a group: the best value closeness to one of its figures (1 for overlapping
    /// values, the ratio of the nearer values otherwise) plus half the share of the claim's context words
    /// the group's sentences hold, plus one half when another article's figure in the group states the
    /// same distinctive number (to three significant digits).
    private func affinity(_ own: Set<String>, _ fact: ClaimFacts, _ index: Int) -> Double {
        let closeness = groups[index].map { Self.closeness(Self.stated(fact), Self.stated($0)) }.max() ?? 0
        let shared = own.isEmpty ? 0 : Double(own.intersection(wordsOfGroup[index]).count) / Double(own.count)
        // A distinctive number another article states (84.5 % beside 84.5 %) names the figure more surely than
        // the words around it, which a report in another language does not share.
        let sameNumber = Self.statedValue(fact).map { value in
            Self.isDistinctive(value) && numbersOfGroup[index][Self.numberKey(value)]?.contains { $0 != fact.article.id } == true
        } == true
        return closeness + 0.5 * shared + (sameNumber ? 0.5 : 0)
    }
}
