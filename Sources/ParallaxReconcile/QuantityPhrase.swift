import ParallaxModel

/// Writes a quantity in words for explanations and briefs: qualifier, number in the language's digit
/// grouping, unit.
struct QuantityPhrase: Sendable {
    var lexicon: ReconcileLexicon
    var language: String

    /// "about 14,000 soldiers" / "etwa 14.000 Soldaten".
    func phrase(_ quantity: Quantity) -> String {
        let unit = quantity.unit.map { lexicon.word("unit", $0, plural: (quantity.representativeValue ?? 2) != 1) }
        var words: [String] = []
        switch quantity.qualifier {
        case .exact:
            words.append(number(quantity.value ?? quantity.representativeValue ?? 0))
        case .range:
            words.append(number(quantity.low ?? 0))
            words.append(lexicon.word("qualifier", "range"))
            words.append(number(quantity.high ?? 0))
        default:
            words.append(lexicon.word("qualifier", quantity.qualifier.rawValue))
            words.append(number(quantity.value ?? quantity.representativeValue ?? 0))
        }
        if let unit { words.append(unit) }
        return words.joined(separator: " ")
    }

    /// The number as the language writes it: `14,000` / `14.000`, `1.5` / `1,5`.
    func number(_ value: Double) -> String {
        let grouping = language == "en" ? "," : (language == "de" ? "." : "\u{202F}")
        let decimal = language == "en" ? "." : ","
        let rounded = (value * 100).rounded() / 100
        let whole = Int(rounded.rounded(.towardZero))
        var digits = String(abs(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = grouping + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = (whole < 0 ? "-" : "") + digits + grouped
        let fraction = Int((abs(rounded - Double(whole)) * 100).rounded())
        guard fraction > 0 else { return grouped }
        let fractionText = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return grouped + decimal + fractionText
    }
}
