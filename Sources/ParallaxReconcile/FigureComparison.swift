import Foundation
import ParallaxModel

/// How two figures compare: the numbers they state, their closeness, units, sources and times.
extension FigureClusters {
    /// Units of measurements rather than counts: two different values one article gives for one measure
    /// at one time, on its own authority, are two things (a dam 48 metres high and a breach 30 metres
    /// wide; a 24-hour strike and four weeks of talks), where two counts are mostly a part and its total.
    /// Years and months, which no exact factor turns into hours, are spans as hours are (round 20): "seven and
    /// a half years" a court imposed beside the "nine years" the prosecutors had demanded.
    static let measurementUnits: Set<String> = ["percent", "kilometre", "hour", "year", "month"]

    /// The number a figure states in its common unit: the value, or a range's bounds' midpoint; `nil` for
    /// a vague bound ("Tausende"), which says too little to identify a figure.
    static func statedValue(_ fact: ClaimFacts) -> Double? {
        guard let quantity = fact.claim.quantity else { return nil }
        let scale = quantity.normalizationScale
        if let value = quantity.value { return value * scale }
        if let low = quantity.low, let high = quantity.high { return (low + high) / 2 * scale }
        return nil
    }

    /// Whether two figures state the same number (within 1 %, after conversion), ranges the same bounds.
    /// A figure converted from another unit states its number to its last digit: "about 22 miles" is 35.4
    /// km give or take 0.8, so it states the "35 km" beside it (the writer rounded the conversion). A figure
    /// restated in another system of units states it to its number's own precision (``statedRounding(_:)``):
    /// "all 190 miles" of a 310-kilometre network (192.6 miles, rounded at the tens).
    static func sameStatedFigure(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard let a = left.claim.quantity, let b = right.claim.quantity else { return false }
        let rounding = a.unit != b.unit && a.unit != nil && b.unit != nil ? statedRounding(a) + statedRounding(b) : 0
        func near(_ x: Double?, _ y: Double?) -> Bool {
            guard let x, let y else { return x == nil && y == nil }
            return abs(x - y) <= max(0.01 * max(abs(x), abs(y)), rounding)
        }
        let (scaleA, scaleB) = (a.normalizationScale, b.normalizationScale)
        return near(a.value.map { $0 * scaleA }, b.value.map { $0 * scaleB })
            && (a.value != nil || (near(a.low.map { $0 * scaleA }, b.low.map { $0 * scaleB })
                && near(a.high.map { $0 * scaleA }, b.high.map { $0 * scaleB })))
    }

    /// What a figure's stated number may have been rounded by, in its common unit, when it is compared with a figure
    /// in another unit: half a unit of its last digit, and for a measurement restated in another system of units
    /// (miles, feet, inches, acres, mph beside metric units) the precision its number is written with — a whole
    /// number ending in zeros is rounded at its last non-zero digit, up to the "about" tolerance
    /// (``StatusJudge/restatementRounding(of:)``, which the status judge compares such figures with).
    static func statedRounding(_ quantity: Quantity) -> Double {
        if StatusJudge.roundedRestatementFactor(quantity) != nil,
            let number = quantity.value ?? quantity.high ?? quantity.low
        {
            return max(0.5 * lastDigit(quantity), StatusJudge.restatementRounding(of: number)) * quantity.normalizationScale
        }
        return 0.5 * lastDigit(quantity) * quantity.normalizationScale
    }

    /// The place of the last digit a figure's numbers state in its own unit: 1 for whole numbers (trailing
    /// zeros of "40,000" are not taken as rounding), 0.1 for "5.6".
    static func lastDigit(_ quantity: Quantity) -> Double {
        let numbers = [quantity.value, quantity.low, quantity.high].compactMap { $0 }
        var step = 1.0
        for number in numbers {
            var place = 1.0
            while place > 0.0001, abs((number / place).rounded() * place - number) > place * 1e-6 { place /= 10 }
            step = min(step, place)
        }
        return step
    }

    /// Whether two figures are shares, sums of money or measurements (not counts, not unitless) with the
    /// same qualifier: "etwa acht Prozent" of the workforce (`affected`) and "about 8%" (`cut`) are one
    /// share, "bis zu neun Kilometer" (`size`) and "up to 9 kilometres" (`distance`) one ash column, where
    /// "12 injured" and "12 missing" are two counts.
    static func isStatedMeasurement(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard left.unitKey != "-", !isCountUnit(left.unitKey), let qualifier = left.claim.quantity?.qualifier else {
            return false
        }
        return qualifier == right.claim.quantity?.qualifier
    }

    /// A number rounded to three significant digits, to find figures stating it.
    static func numberKey(_ value: Double) -> Int {
        guard value > 0 else { return 0 }
        let magnitude = pow(10, floor(log10(value)) - 2)
        return Int((value / magnitude).rounded()) * 1000 + Int(floor(log10(value)))
    }

    /// Numbers that identify a figure: not a whole number below 20.
    static func isDistinctive(_ value: Double) -> Bool {
        value >= 20 || value.rounded() != value
    }

    /// Whether a figure without a measure refers to a day at least two days after every figure of a group and is
    /// clearly smaller than its largest precise figure: a count of something that grew does not shrink, so
    /// "rund 1.700 Menschen" a week after "about 4,800 evacuated" count something else (those allowed home).
    static func isLaterAndSmaller(_ fact: ClaimFacts, than group: [ClaimFacts]) -> Bool {
        guard let day = fact.referenceDay, let value = fact.claim.quantity?.representativeValue,
            let latest = group.compactMap(\.referenceDay).max(), day >= latest + 2
        else { return false }
        let precise = group.filter { [.exact, .about].contains($0.claim.quantity?.qualifier) }
            .compactMap { $0.claim.quantity?.representativeValue }
        guard let largest = precise.max() else { return false }
        return value < largest * (1 - QuantityInterval.aboutTolerance)
    }

    /// The closeness a figure without a measure needs to join a group: the group's size (within a factor of
    /// three) when it counts people, things or money; the same number (within the "about" tolerance) when it is
    /// a measurement, a share or a bare number without a unit, whether or not the group has a measure — a
    /// percentage without a measure (70 % of claims rejected) is not any other percentage (a 38.5 % fall in
    /// shares), "more than 1,500" tremors are not "about 1,700" evacuated, and a bare 14 (mines to be
    /// inspected) is not a bare 23 (miners trapped) nor "mehr als 60" (ambulances) a bare 46 (hospitals
    /// attacked) — round 10: such numbers say nothing of what they count, only their number can tie them.
    /// (``boundsMeet(_:_:closeness:)`` lets a bound meet the figure it allows nearby.)
    static func measurelessCloseness(_ fact: ClaimFacts, joining group: [ClaimFacts]) -> Double {
        let countLike = isCountUnit(fact.unitKey) || currencies.contains(fact.unitKey)
        return countLike ? 0.33 : QuantityInterval.aboutCloseness
    }

    /// Units of money (ISO 4217, lower-case).
    static let currencies: Set<String> = ["eur", "usd", "gbp", "chf", "jpy", "cny", "sek", "nok", "dkk", "pln", "czk", "huf"]

    /// Whether a unit counts people or things (not a measurement, money, a share or unknown).
    static func isCountUnit(_ unit: String) -> Bool {
        unit != "-" && unit != "percent" && !measurementUnits.contains(unit) && !currencies.contains(unit)
            && !unitsOfMeasurement.contains(unit) && ReconcileLexicon.unitConversions[unit] == nil
    }

    /// Units of measurement the conversions do not list.
    static let unitsOfMeasurement: Set<String> = [
        "tonne", "litre", "barrel", "megawatt", "gigawatt", "kilowatt hour", "year", "month", "degree",
        "millimetre", "centimetre", "knot", "square metre",
    ]

    /// The numbers a figure states, in its common unit: one number for a value or a bound ("more than 150
    /// million" states 150 million), both ends for a range. Closeness between figures is measured on these
    /// rather than on the values a bound allows, which reach to infinity and would make "more than 150
    /// million" as close to 1.2 billion as to 150 million.
    static func stated(_ fact: ClaimFacts) -> QuantityInterval? { fact.stated }

    static func stated(_ quantity: Quantity) -> QuantityInterval? {
        let scale = quantity.normalizationScale
        if let value = quantity.value { return QuantityInterval(low: value * scale, high: value * scale) }
        switch (quantity.low, quantity.high) {
        case let (low?, high?): return QuantityInterval(low: low * scale, high: high * scale)
        case let (low?, nil): return QuantityInterval(low: low * scale, high: low * scale)
        case let (nil, high?): return QuantityInterval(low: high * scale, high: high * scale)
        default: return nil
        }
    }

    /// 1 when two intervals overlap, else the ratio of the nearer bounds (0 when either is missing).
    static func closeness(_ left: QuantityInterval?, _ right: QuantityInterval?) -> Double {
        guard let left, let right else { return 0 }
        if left.intersection(right) != nil { return 1 }
        let (lower, upper) = left.high < right.low ? (left.high, right.low) : (right.high, left.low)
        guard lower > 0, upper > 0 else { return 0 }
        return min(lower, upper) / max(lower, upper)
    }

    /// Whether two figures give the same numbers.
    static func sameValue(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard let a = left.claim.quantity, let b = right.claim.quantity else { return false }
        func same(_ x: Double?, _ y: Double?) -> Bool {
            switch (x, y) {
            case (nil, nil): true
            case let (x?, y?): abs(x - y) <= 0.005 * max(abs(x), abs(y))
            default: false
            }
        }
        return same(a.value, b.value) && same(a.low, b.low) && same(a.high, b.high)
    }

    /// Whether two claims name two different sources (a claim without a source names none). A sentence
    /// with a denial sets a counter-figure against the figure denied ("wies dies zurück: … nach 90
    /// Minuten"; "waited six hours, a claim the ministry rejected, saying … within 90 minutes"), so a
    /// figure in it counts as from another source than the article's other figures.
    static func differentSources(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        if left.inDenialSentence || right.inDenialSentence { return true }
        guard let a = left.claim.attribution?.source, let b = right.claim.attribution?.source else { return false }
        return a != b
    }

    /// Whether two claims are dated to different days (an earlier figure and its update).
    static func differentTimes(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard let a = left.claim.time?.end, let b = right.claim.time?.end else { return false }
        return a != b
    }

    /// The words of a claim's sentence that can tell two figures apart: capitalised words of at least
    /// four letters (names, and German nouns), cut to six letters so that inflected forms meet, and the
    /// claim's subject.
    static func contextWords(_ fact: ClaimFacts) -> Set<String> {
        let sentence = fact.sentenceText
        var words = Set(
            sentence.split { !$0.isLetterFast }.filter { $0.count >= 4 && $0.first?.isUppercase == true }
                .map { String($0.lowercased().prefix(6)) })
        if let subject = fact.claim.subject { words.formUnion(ClaimGrouper.tokens(subject)) }
        return words
    }
}
