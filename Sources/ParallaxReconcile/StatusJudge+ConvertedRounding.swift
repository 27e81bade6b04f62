import Foundation
import ParallaxModel

extension StatusJudge {
    /// The group with the intervals of figures stated in another system of units widened by the rounding of
    /// their last stated digit, when the group also holds a figure stated in another unit.
    ///
    /// News writing restates a measurement in the reader's other system of units and rounds the restatement:
    /// "a 1.2-mile (2-kilometre) radius", "a 1.9-mile (3-km) protection zone", "within two miles" of a
    /// three-kilometre zone. Converted back, 1.2 miles are 1.93 km, which an exact "2 km" (±0.5 %) excludes,
    /// so one radius given in two units read as conflicting. A number written "1.2" stands for anything that
    /// rounds to it (1.15 … 1.25 miles), and that is what it allows once converted. Only figures whose stated
    /// unit converts by a factor that is no power of ten (miles, acres, square miles, miles per hour, knots)
    /// and only beside a figure stated in another unit: two figures both in miles keep the exact tolerance, and
    /// durations (minutes, days, weeks to hours) are calendar arithmetic, not a rounded restatement.
    /// - Complexity: O(n) in the size of the group.
    static func widenedForConversion(_ group: [ClaimFacts]) -> [ClaimFacts] {
        let statedUnitsByKey = Dictionary(grouping: group.compactMap { fact -> (String, String)? in
            guard let unit = fact.claim.quantity?.unit else { return nil }
            return (fact.unitKey, unit)
        }, by: \.0).mapValues { Set($0.map(\.1)) }
        return group.map { fact in
            guard let quantity = fact.claim.quantity, let unit = quantity.unit,
                (statedUnitsByKey[fact.unitKey]?.count ?? 0) > 1,
                let interval = fact.interval,
                let factor = roundedRestatementFactor(quantity),
                let number = quantity.value ?? quantity.high ?? quantity.low,
                unit != quantity.normalized?.unit
            else { return fact }
            let rounding = restatementRounding(of: number) * factor
            var widened = fact
            widened.restatementRounding = rounding
            widened.interval = QuantityInterval(
                low: interval.low > 0 ? max(0, interval.low - rounding) : interval.low,
                high: interval.high.isFinite ? interval.high + rounding : interval.high)
            return widened
        }
    }

    /// What a number restated in another system of units may have been rounded by, in its own unit: half a unit of
    /// its last stated digit (1.2 → 0.05, 43 → 0.5, just under it: 1.2 and 1.3 miles stay apart), and for a whole
    /// number ending in zeros, which is rounded at its last non-zero digit ("a 200-foot crane" for one of 60 metres,
    /// 197 feet; "20 feet" for six metres), half a unit of that digit up to the "about" tolerance (10 %) of the number.
    /// The precision is the number's own, the same in every language and system of units.
    static func restatementRounding(of number: Double) -> Double {
        let lastDigit = 0.5 * pow(10, -Double(decimalPlaces(of: number)))
        var zerosPlace = 1.0
        while number >= zerosPlace * 10, (number / (zerosPlace * 10)).rounded() * zerosPlace * 10 == number {
            zerosPlace *= 10
        }
        guard zerosPlace > 1 else { return lastDigit * (1 - 1e-9) }
        return max(lastDigit, min(0.5 * zerosPlace, QuantityInterval.aboutTolerance * number)) * (1 - 1e-9)
    }

    /// The factor from a quantity's stated unit to its normalised one when that conversion is a restatement in
    /// another system of units (no power of ten, no unit of time), else `nil`.
    static func roundedRestatementFactor(_ quantity: Quantity) -> Double? {
        guard let normalized = quantity.normalized, normalized.unit != "hour" else { return nil }
        let factor = quantity.normalizationScale
        guard factor > 0, factor != 1 else { return nil }
        let exponent = log10(factor)
        return abs(exponent - exponent.rounded()) < 1e-9 ? nil : factor
    }

    /// The decimal places a stated number is written with (1.2 → 1, 2 → 0), up to three.
    private static func decimalPlaces(of number: Double) -> Int {
        for places in 0...3 {
            let scaled = number * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) < 1e-6 { return places }
        }
        return 3
    }
}
