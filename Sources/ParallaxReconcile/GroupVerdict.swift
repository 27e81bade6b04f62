import ParallaxModel

/// The status of one group and the reasons behind it, before they are put into words.
struct GroupVerdict: Sendable {
    var status: ClaimGroup.Status
    /// Claims explained as a part of a total another article gives: (part, addition, total).
    var parts: [(part: ClaimFacts, addition: ClaimFacts, total: ClaimFacts)] = []
    /// Claims explained as earlier figures.
    var earlier: [ClaimFacts] = []
    /// Of the earlier figures, those that state the value a sentence says the count rose from, by claim id: the
    /// figure it rose to ("has risen to 17, from 14"; ``ClaimFacts/risesTo``).
    var risenFrom: [String: ClaimFacts] = [:]
    /// The latest day on which a figure of the group starts (days since 1970-01-01): the day the earlier
    /// figures precede, which their explanation names.
    var latestStartDay: Int?
    /// Further batches ("weitere 1.500") beside the totals, which add to them rather than rival them.
    var further: [ClaimFacts] = []
    /// Bounds and vague figures that allow the others but state a clearly different number
    /// ("Hunderte" beside 350, "more than 1,000" beside 1,200).
    var looser: [ClaimFacts] = []
    /// Figures of a combined measure that includes the group's ("killed or wounded" beside "killed").
    var otherMeasures: [ClaimFacts] = []
    /// Two claims that cannot both be true, when the status is `conflicting`.
    var conflict: (ClaimFacts, ClaimFacts)?
    /// Assertions and denials, when the status is `disputed`.
    var assertions: [ClaimFacts] = []
    var denials: [ClaimFacts] = []
}

/// Judges a group: agreed, compatible, conflicting, disputed or single-source.
///
/// Quantities are compared through the intervals their qualifiers allow. Before a disagreement counts as
/// a conflict, two explanations are tried: a figure that, with a further batch the same article reports,
/// adds up to another article's total is a part; a figure that refers to a clearly earlier time and is
/// smaller is an earlier figure (never a duration: a length of time does not grow). What is left must
/// share a common value to be agreed (or compatible, when something was explained away).
struct StatusJudge: Sendable {
    /// Days by which a figure must precede the latest figures to count as an earlier figure. Two days: a
    /// count given on the day of an event and a larger one two days or more later is an update (4,500
    /// evacuated, then more than 6,000; 1,800 hectares burnt, then 5,600), as the dev and dev3 writers
    /// annotated it, while two tolls a day apart — one day's news told again by a paper the next morning
    /// — are still compared (12 injured against "at least 20"). Fourteen days until 2026-11-22; with the
    /// grouping of that day, two days raised status accuracy on dev (0.714 → 0.833), dev2 and dev3, and
    /// one day lowered dev's again (0.786).
    var earlierByDays = 2
    /// Days by which a figure must precede the latest figures when both days are times the articles state
    /// ("drei Tote" on Saturday, "four have now died" on Sunday): one. The two days above guard against
    /// the publication day, which a paper's next-morning retelling of the same day's count carries.
    var earlierByStatedDays = 1

    /// - Complexity: O(n log n) in the size of the group.
    func judge(_ group: [ClaimFacts], additions: [ClaimFacts], denialsBySentence: [String: ClaimFacts] = [:]) -> GroupVerdict {
        let denials = group.filter(\.isDenial)
        if !denials.isEmpty {
            return GroupVerdict(status: .disputed, assertions: group.filter { !$0.isDenial }, denials: denials)
        }
        if let counter = Self.counterFigures(in: group, denialsBySentence: denialsBySentence) {
            return GroupVerdict(status: .disputed, assertions: counter.asserted, denials: counter.denials)
        }
        if Set(group.map(\.article.id)).count < 2 {
            return GroupVerdict(status: .singleSource)
        }
        guard group.first?.claim.kind == .quantity else { return GroupVerdict(status: .agreed) }

        var verdict = GroupVerdict(status: .agreed)
        // A combined measure ("killed or injured nine") beside the narrower one ("four dead") counts more
        // than they do: another measure, set aside rather than compared.
        // A sum restated in another currency is the same figure, not compared in its own unit.
        // A figure restated in another system of units allows what rounds to its number (``widenedForConversion(_:)``).
        var compared = Self.widenedForConversion(group.filter { $0.equivalentOf == nil })
        if compared.contains(where: { !$0.broaderMeasure }) {
            verdict.otherMeasures = compared.filter(\.broaderMeasure)
            compared.removeAll(where: \.broaderMeasure)
        }
        var residual: [ClaimFacts] = []
        // Earlier figures larger than the latest ones, which a remainder allows ("vier werden noch vermisst", then
        // "zwei werden weiterhin vermisst"): still compared among themselves, day by day.
        var fallenFrom: [ClaimFacts] = []
        let totals = TotalsIndex(compared)
        let additionsByArticle = Dictionary(grouping: additions, by: \.article.id)
        // The values a sentence says the count rose from are earlier figures, never the latest ones, whatever day
        // their report dates them by.
        let rises = Self.rises(in: compared)
        let latest = LatestFigures(rises.isEmpty ? compared : compared.filter { Self.risenTo($0, rises: rises) == nil })
        verdict.latestStartDay = latest.latestStartDay
        // What a figure may add up with: a further batch of its article, or another figure its article
        // gives in the group ("2.100 am Boden und 1.300 in Cockpit und Kabine" beside another's 3,400).
        // A group of further batches only (the reinforcements several articles report) is judged as figures.
        let group = compared.allSatisfy { $0.scope == .additional } ? compared.map(Self.asFigure) : compared
        let groupByArticle = Dictionary(grouping: group.filter { $0.scope != .additional }, by: \.article.id)
        func partners(_ fact: ClaimFacts) -> [ClaimFacts] {
            (additionsByArticle[fact.article.id] ?? [])
                + (groupByArticle[fact.article.id] ?? []).filter { !FigureClusters.sameValue($0, fact) }
        }
        let explanations = group.filter { $0.scope != .additional }.compactMap { fact in
            partExplanation(fact, totals: totals, additions: partners(fact))
        }
        let usedPartners = Set(explanations.map(\.addition.claim.id))
        let explainedParts = Dictionary(explanations.map { ($0.part.claim.id, $0) }, uniquingKeysWith: { a, _ in a })
        for fact in group {
            if fact.scope == .additional {
                if !usedPartners.contains(fact.claim.id) { verdict.further.append(fact) }
            } else if let part = explainedParts[fact.claim.id] {
                verdict.parts.append(part)
            } else if usedPartners.contains(fact.claim.id) {
                continue
            } else if let risen = Self.risenTo(fact, rises: rises) {
                verdict.earlier.append(fact)
                verdict.risenFrom[fact.claim.id] = risen
            } else if fact.measureKey != "duration",  // a length of time does not grow as a toll does
                latest.isEarlier(fact, byDays: earlierByDays, byStatedDays: earlierByStatedDays) {
                verdict.earlier.append(fact)
                if latest.exceeds(fact) { fallenFrom.append(fact) }
            } else {
                residual.append(fact)
            }
        }
        if let conflict = Self.widestConflict(in: residual)
            ?? Self.estimatesApart(in: residual) ?? Self.sameDayConflict(in: fallenFrom) {
            verdict.status = .conflicting
            verdict.conflict = conflict
        } else {
            verdict.looser = Self.looserFigures(in: residual)
            let explained = !verdict.parts.isEmpty || !verdict.earlier.isEmpty || !verdict.looser.isEmpty
                || !verdict.further.isEmpty || !verdict.otherMeasures.isEmpty
            verdict.status = explained ? .compatible : .agreed
        }
        return verdict
    }

    /// The figures a denial sets against the group's other figures: a figure in the sentence of a denial that
    /// stands in another group (the denial of the accusation it answers: "Die Küstenwache wies das zurück:
    /// Sie … habe binnen 40 Minuten ein Boot geschickt" beside "mehr als sechs Stunden") and states another
    /// number than a figure of the group from outside that sentence. The group is one disputed figure — the
    /// same as when the denial names no statement and stands in the figure's group itself ("six hours",
    /// residents said; "90 minutes", the ministry replied). `nil` when no such counter-figure stands there.
    static func counterFigures(
        in group: [ClaimFacts], denialsBySentence: [String: ClaimFacts]
    ) -> (asserted: [ClaimFacts], denials: [ClaimFacts])? {
        guard !denialsBySentence.isEmpty, group.first?.claim.kind == .quantity else { return nil }
        var counters: [ClaimFacts] = []
        var denials: [ClaimFacts] = []
        for fact in group where fact.inDenialSentence {
            let sentence = fact.sentenceKey
            guard let denial = denialsBySentence[sentence],
                group.contains(where: { other in
                    other.sentenceKey != sentence && !FigureClusters.sameValue(other, fact)
                        && !other.inDenialSentence
                })
            else { continue }
            counters.append(fact)
            if !denials.contains(where: { $0.claim.id == denial.claim.id }) { denials.append(denial) }
        }
        guard !counters.isEmpty else { return nil }
        let counterIDs = Set(counters.map(\.claim.id))
        return (group.filter { !counterIDs.contains($0.claim.id) }, denials)
    }

    /// The rises the group tells: each figure a sentence names as the value a count rose from
    /// (``ClaimFacts/risesTo``), with the figure it rose to, when the group holds both.
    static func rises(in group: [ClaimFacts]) -> [(from: ClaimFacts, to: ClaimFacts)] {
        guard group.contains(where: { $0.risesTo != nil }) else { return [] }
        return group.compactMap { fact in
            guard let id = fact.risesTo, let to = group.first(where: { $0.claim.id == id }) else { return nil }
            return (fact, to)
        }
    }

    /// The figure a count rose to from the number `fact` states, when a sentence of the group tells that rise: the
    /// earlier value of the count, wherever the story gives it (the "14 Verletzte" of the first reports beside a
    /// later report's "has risen to 17, from 14 on Tuesday"), not a rival of the new value.
    static func risenTo(_ fact: ClaimFacts, rises: [(from: ClaimFacts, to: ClaimFacts)]) -> ClaimFacts? {
        guard !rises.isEmpty, let value = FigureClusters.statedValue(fact) else { return nil }
        return rises.first { rise in
            (FigureClusters.sameValue(fact, rise.from) || FigureClusters.sameStatedFigure(fact, rise.from))
                && FigureClusters.statedValue(rise.to).map { value < $0 } == true
        }?.to
    }

    private static func asFigure(_ fact: ClaimFacts) -> ClaimFacts {
        var figure = fact
        figure.scope = nil
        return figure
    }

    /// The figures whose stated number lies more than the "about" tolerance (10 %) from the precise
    /// figures' median: different numbers that need not contradict, which the contract calls compatible
    /// rather than agreed. "gut 22 Prozent" beside 22.3 % agrees; "Hunderte" beside 350 is compatible, and so is a
    /// vague amount at its own lower bound ("Tausende" beside "rund 2.000", round 32: a magnitude word names no number). A
    /// range counts among the precise figures with both its ends, so a bound at one end of it says less
    /// ("bis zu 180 Millionen" beside "150 bis 180 Millionen"). When every figure is a bound, bounds that
    /// state different numbers ("more than 1,000" beside "more than 1,100") are looser than the median one.
    static func looserFigures(in facts: [ClaimFacts]) -> [ClaimFacts] {
        func stated(_ fact: ClaimFacts) -> [Double] {
            guard let quantity = fact.claim.quantity else { return [] }
            let scale = quantity.normalizationScale
            if let value = quantity.value { return [value * scale] }
            switch (quantity.low, quantity.high) {
            case let (low?, high?): return [low * scale, high * scale]
            case let (low?, nil): return [low * scale]
            case let (nil, high?): return [high * scale]
            default: return []
            }
        }
        let preciseQualifiers: [Quantity.Qualifier] = [.exact, .about, .range]
        func isPrecise(_ fact: ClaimFacts) -> Bool {
            guard let qualifier = fact.claim.quantity?.qualifier else { return false }
            return preciseQualifiers.contains(qualifier)
        }
        /// The median of `values` with what it may have been rounded by.
        func median(_ values: [(value: Double, rounding: Double)]) -> (value: Double, rounding: Double)? {
            let sorted = values.sorted { $0.value < $1.value }
            return sorted.isEmpty ? nil : sorted[sorted.count / 2]
        }
        /// A bound restated in another system of units is as far from the reference as its rounding lets it be
        /// ("up to 20 feet" beside "bis zu sechs Meter", "more than 43 mph" beside "mehr als 70 km/h").
        func differs(_ value: Double, from reference: Double, by tolerance: Double, rounding: Double = 0) -> Bool {
            reference != 0 && (abs(value - reference) - rounding) / abs(reference) > tolerance
        }
        let precise = facts.filter(isPrecise)
        if precise.isEmpty {
            // Bounds only: the median bound is the reference; bounds of other numbers say less.
            let bounds = facts.compactMap { fact in stated(fact).first.map { ($0, fact.restatementRounding) } }
            guard let reference = median(bounds) else { return [] }
            return facts.filter { fact in
                guard let value = stated(fact).first else { return false }
                return differs(
                    value, from: reference.value, by: QuantityInterval.exactTolerance,
                    rounding: reference.rounding + fact.restatementRounding)
            }
        }
        // Beside precise figures a bound is looser only when more than the "about" tolerance from them, which
        // already spans a restatement's rounding.
        let points = precise.flatMap { fact -> [(value: Double, rounding: Double)] in
            let values = stated(fact)
            guard let first = values.first, let last = values.last else { return [] }
            return fact.claim.quantity?.qualifier == .range ? values.map { ($0, 0) } : [((first + last) / 2, 0)]
        }
        guard let reference = median(points)?.value else { return [] }
        let rangeEnds = precise.filter { $0.claim.quantity?.qualifier == .range }.flatMap(stated)
        return facts.filter { fact in
            guard !isPrecise(fact), let value = stated(fact).first else { return false }
            // A vague amount ("Tausende", "thousands") names no number: beside a number it says less, even at its lower bound.
            return FigureClusters.isVagueAmount(fact) || differs(value, from: reference, by: QuantityInterval.aboutTolerance)
                || rangeEnds.contains { differs($0, from: value, by: QuantityInterval.aboutTolerance) }
        }
    }

    /// `fact` plus a further batch from its own article adds up (within "about") to a larger total that
    /// another article gives.
    private func partExplanation(
        _ fact: ClaimFacts, totals: TotalsIndex, additions: [ClaimFacts]
    ) -> (part: ClaimFacts, addition: ClaimFacts, total: ClaimFacts)? {
        guard let value = fact.claim.quantity?.representativeValue else { return nil }
        for addition in additions where addition.unitKey == fact.unitKey
            && (addition.measureKey == fact.measureKey || addition.measureKey == "-" || fact.measureKey == "-")
        {
            guard let extra = addition.claim.quantity?.representativeValue else { continue }
            if let total = totals.total(near: value + extra, above: value, notIn: fact.article.id) {
                return (fact, addition, total)
            }
        }
        return nil
    }

    /// The pair of claims from different articles that names the conflict: if any two exclude each other,
    /// the pair furthest apart among figures of the same day, else the pair furthest apart overall. For
    /// intervals on a line, pairwise overlap means one common value (Helly), so no pair apart means the
    /// figures agree. A same-day pair is the one a reader can check: "5 dead" and "at least 7 dead" on the
    /// same Monday cannot both be true, while the widest pair may set Saturday's 3 against Monday's 7, which
    /// a reader would take for a rising toll (the status is the same either way).
    /// - Complexity: O(n log n).
    static func widestConflict(in facts: [ClaimFacts]) -> (ClaimFacts, ClaimFacts)? {
        guard let overall = widestPair(in: facts, at: facts.indices) else { return nil }
        // The widest pair already of one day needs no search by day.
        if overall.lower.referenceDay == overall.upper.referenceDay { return (overall.lower, overall.upper) }
        let chosen = widestSameDayPair(in: facts) ?? overall
        return (chosen.lower, chosen.upper)
    }

    /// The widest pair of one day among `facts` (``widestPair(in:at:)`` day by day), if any two of one day exclude each
    /// other; ties go to the earliest day.
    private static func widestSameDayPair(in facts: [ClaimFacts]) -> (lower: ClaimFacts, upper: ClaimFacts, gap: Double)? {
        // Positions by day rather than copies of the facts: a story of a thousand articles has groups of thousands.
        var positionsByDay: [Int: [Int]] = [:]
        for (position, fact) in facts.enumerated() {
            if let day = fact.referenceDay { positionsByDay[day, default: []].append(position) }
        }
        var sameDay: (lower: ClaimFacts, upper: ClaimFacts, gap: Double)?
        for day in positionsByDay.keys.sorted() {  // in order of days: ties go to the earliest
            if let pair = widestPair(in: facts, at: positionsByDay[day]!), pair.gap > (sameDay?.gap ?? 0) { sameDay = pair }
        }
        return sameDay
    }

    /// The pair of claims at `positions` of `facts`, from different articles, whose intervals lie furthest apart,
    /// with the gap between them, if any two exclude each other.
    private static func widestPair(
        in facts: [ClaimFacts], at positions: some Sequence<Int>
    ) -> (lower: ClaimFacts, upper: ClaimFacts, gap: Double)? {
        // The two highest lower bounds and the two lowest upper bounds, from different articles.
        var highLows: [ClaimFacts] = []
        var lowHighs: [ClaimFacts] = []
        let higherLow: (ClaimFacts, ClaimFacts) -> Bool = { $0.interval!.low > $1.interval!.low }
        let lowerHigh: (ClaimFacts, ClaimFacts) -> Bool = { $0.interval!.high < $1.interval!.high }
        for position in positions where facts[position].interval != nil {
            let fact = facts[position]
            // A figure no better than the second of two can change neither (the sort of three is stable, so it
            // would come last): most figures are passed without building an array.
            if highLows.count < 2 || higherLow(fact, highLows[1]) { highLows = topTwo(highLows + [fact], by: higherLow) }
            if lowHighs.count < 2 || lowerHigh(fact, lowHighs[1]) { lowHighs = topTwo(lowHighs + [fact], by: lowerHigh) }
        }
        var best: (ClaimFacts, ClaimFacts, Double)?
        for upper in highLows {
            for lower in lowHighs where lower.article.id != upper.article.id {
                let gap = upper.interval!.low - lower.interval!.high
                if gap > 0, gap > (best?.2 ?? 0) { best = (lower, upper, gap) }
            }
        }
        return best.map { (lower: $0.0, upper: $0.1, gap: $0.2) }
    }

    /// The widest pair of one day among `facts` that exclude each other: earlier figures a remainder set aside still
    /// contradict each other when given for the same day ("Vermisste: über 50" and "31 werden noch vermisst" on
    /// the day of the sinking, before "Nineteen people remain missing" a week later).
    static func sameDayConflict(in facts: [ClaimFacts]) -> (ClaimFacts, ClaimFacts)? {
        guard facts.count > 1 else { return nil }
        return widestSameDayPair(in: facts).map { ($0.lower, $0.upper) }
    }

    /// Two rounded estimates from different articles neither of which allows the other's number: "Etwa 250
    /// Einsatzkräfte" against "some 300 firefighters" on the same day. Each "about" allows its own 10 %, so
    /// the two intervals meet (270…275), yet each source puts the figure where the other's tolerance does not
    /// reach: two estimates that disagree, not one figure rounded twice ("about 400" beside "rund 420" agree:
    /// 420 lies within 10 % of 400). VOCABULARY.md, Qualifiers (round 11).
    /// - Complexity: O(n log n).
    static func estimatesApart(in facts: [ClaimFacts]) -> (ClaimFacts, ClaimFacts)? {
        let estimates = facts.filter { $0.claim.quantity?.qualifier == .about && $0.interval != nil }
        let lows = topTwo(estimates, by: { $0.interval!.low < $1.interval!.low })
        let highs = topTwo(estimates, by: { $0.interval!.high > $1.interval!.high })
        for low in lows {
            for high in highs where high.article.id != low.article.id {
                guard let lowValue = low.claim.quantity?.representativeValue,
                    let highValue = high.claim.quantity?.representativeValue
                else { continue }
                if !low.interval!.contains(highValue), !high.interval!.contains(lowValue) { return (low, high) }
            }
        }
        return nil
    }

    /// The best two by `isBetter`, from different articles.
    private static func topTwo(_ candidates: [ClaimFacts], by isBetter: (ClaimFacts, ClaimFacts) -> Bool) -> [ClaimFacts] {
        let sorted = candidates.sorted(by: isBetter)
        guard let first = sorted.first else { return [] }
        guard let second = sorted.dropFirst().first(where: { $0.article.id != first.article.id }) else { return [first] }
        return [first, second]
    }
}

/// The group's figures sorted by value, to find a total near a sum quickly.
private struct TotalsIndex {
    private let sorted: [(value: Double, fact: ClaimFacts)]

    init(_ group: [ClaimFacts]) {
        sorted = group.compactMap { fact in fact.claim.quantity?.representativeValue.map { ($0, fact) } }
            .sorted { $0.value < $1.value }
    }

    /// A figure from another article within 10 % of `sum` and larger than `part`.
    func total(near sum: Double, above part: Double, notIn article: String) -> ClaimFacts? {
        let lowest = sum / (1 + QuantityInterval.aboutTolerance)
        let highest = sum / (1 - QuantityInterval.aboutTolerance)
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].value < lowest { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < sorted.count, sorted[index].value <= highest {
            let candidate = sorted[index]
            if candidate.fact.article.id != article, candidate.value > part,
                abs(sum - candidate.value) / candidate.value <= QuantityInterval.aboutTolerance
            {
                return candidate.fact
            }
            index += 1
        }
        return nil
    }
}

/// The group's latest figures: those of the latest day any figure refers to.
private struct LatestFigures {
    private var latestDay: Int?
    private var largestLatestValue: Double?
    private var latestIntervals: [QuantityInterval] = []
    /// Whether a figure of the latest day counts what remains (``ClaimFacts/isRemainder``): a count that may have
    /// fallen since the larger figures before it.
    private var latestCountsRemainder = false
    /// The latest day a figure's own stated time names.
    private var latestStatedDay: Int?
    /// The latest day on which a figure's time span starts: a figure inside another's span ("1.840 Züge" on
    /// the first day of a strike beside "more than 2,100" over its three days) is no earlier figure.
    private var latestStart: Int?
    /// The latest day on which a figure's time span starts, which an earlier figure precedes.
    var latestStartDay: Int? { latestStart }

    init(_ group: [ClaimFacts]) {
        latestStatedDay = group.filter(\.dayIsStated).compactMap(\.startDay).max()
        latestStart = group.compactMap(\.startDay).max()
        latestDay = group.compactMap(\.referenceDay).max()
        guard let latestDay else { return }
        let latest = group.filter { $0.referenceDay == latestDay }
        largestLatestValue = latest.compactMap { $0.claim.quantity?.representativeValue }.max()
        latestIntervals = latest.compactMap(\.interval)
        latestCountsRemainder = latest.contains(where: \.isRemainder)
    }

    /// Whether `fact` states more than every latest figure: an earlier figure only beside a remainder.
    func exceeds(_ fact: ClaimFacts) -> Bool {
        guard let largestLatestValue, let value = fact.claim.quantity?.representativeValue else { return false }
        return value > largestLatestValue
    }

    /// The figure refers to a day at least `margin` days before the latest start of the figures' time spans
    /// (one day when both days are stated, see ``StatusJudge/earlierByStatedDays``), does not exceed them
    /// and does not already agree with one of them: an earlier count of something that grew (a toll, a
    /// deployment), not a contradiction. Beside a latest figure that counts what remains ("zwei werden weiterhin
    /// vermisst", "five are still being treated") it may exceed them: a remainder falls as the missing are found
    /// and the injured go home (round 33). (A figure that agrees with the latest needs no explaining: the
    /// same €600m given on the day of the announcement and "by 2028" is one figure.)
    func isEarlier(_ fact: ClaimFacts, byDays margin: Int, byStatedDays statedMargin: Int) -> Bool {
        guard let day = fact.referenceDay, let largestLatestValue, let value = fact.claim.quantity?.representativeValue
        else { return false }
        if let interval = fact.interval, latestIntervals.contains(where: { $0.intersection(interval) != nil }) {
            return false
        }
        let stated = fact.dayIsStated && latestStatedDay.map { day + statedMargin <= $0 } == true
        guard let latestStart else { return false }
        if latestCountsRemainder, value > largestLatestValue {
            // A remainder says itself that the count has fallen ("Four children remain in hospital" the morning after
            // "Fünf Kinder kamen ins Krankenhaus"): a larger figure of any earlier day is the count it fell from, not a
            // retelling of the same day's count, which is what the longer margin guards against.
            return day + statedMargin <= latestStart || stated
        }
        return (day + margin <= latestStart || stated) && (value <= largestLatestValue || latestCountsRemainder)
    }
}
