import ParallaxModel

/// A figure given again in brackets in another unit of the same kind (`about €25 million ($27 million)`, `rund 4.000
/// Quadratmeter (about one acre)`, `up to 130 km/h (80 mph)`, `bis zu 46 Mrd. Dollar (41,2 Mrd. Euro)`; round 21) is the same
/// figure converted: it is as approximate as the figure it restates and undergoes what that figure undergoes. News
/// writing puts the qualifier once, before the first figure; the conversion in brackets leaves it out.
///
/// Six writers' gold reads the bracket so (dev3, dev12, dev13, dev14, dev15 and the independent annotators of `real`).
/// Three (dev6, dev9, dev11) leave a length's conversion exact after `about` (`about 22 miles (35 km)`), against dev14's
/// `some 400 metres (a quarter of a mile)`: for lengths only the bounds (`up to`, `more than`) carry, a convention noted in
/// docs/claims.md.
extension QuantityFinder {
    /// Gives each figure that restates the one before it in brackets the qualifier of that figure, when it has none of its own.
    /// - Complexity: O(n) in the number of mentions.
    func inheritingBracketedQualifiers(_ mentions: [QuantityMention], tokens: [ClaimToken]) -> [QuantityMention] {
        guard mentions.count > 1 else { return mentions }
        var result = mentions
        for index in 1..<result.count {
            let restated = result[index - 1]
            guard Self.restatesInBrackets(result[index], restated, tokens: tokens, pack: pack),
                result[index].quantity.qualifier == .exact, restated.quantity.qualifier != .exact,
                restated.quantity.qualifier != .range
            else { continue }
            if restated.quantity.qualifier == .about, let unit = restated.quantity.unit, pack.lengthUnits.contains(unit) { continue }
            // A frame (`within half a mile (800 metres) of the site`) places the figure; it bounds neither of the two.
            if pack.frameQualifiers.contains(tokens[restated.first]) { continue }
            result[index].quantity.qualifier = restated.quantity.qualifier
        }
        return result
    }

    /// True when `mention` stands in brackets right after `previous` (`€2,000 (about $2,160)`) and converts it into another
    /// unit of the same kind: both sums of money, or both measurements (`measurement-units.txt`), or both weights.
    /// - Complexity: O(1).
    static func restatesInBrackets(
        _ mention: QuantityMention, _ previous: QuantityMention, tokens: [ClaimToken], pack: LanguagePack
    ) -> Bool {
        guard mention.first >= 1, previous.end == mention.first - 1, tokens[mention.first - 1].text == "(",
            let unit = mention.quantity.unit, let previousUnit = previous.quantity.unit
        else { return false }
        // The same unit in brackets gives a vaguer figure exactly (`Mehr als jeder Zweite (68 Prozent)`): no conversion.
        guard unit != previousUnit else { return false }
        func kind(_ unit: String) -> Int {
            if pack.currencyCodes.contains(unit) { return 1 }
            if MeasureFinder.measurementUnits.contains(unit) { return 2 }
            if weightUnits.contains(unit) { return 3 }
            return 0
        }
        return kind(unit) != 0 && kind(unit) == kind(previousUnit)
    }

    /// Units of weight (`weight-units.txt`, shared by every language), which `measurement-units.txt` leaves out of the
    /// measurements (it says why).
    static let weightUnits: Set<String> = Set(LexiconFile.rows("weight-units.txt", in: LexiconFile.root).map { $0[0] })
}
