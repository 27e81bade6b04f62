/// Finds figures in text and normalises them across locales.
///
/// "14.000" (German grouping), "14,000" (English grouping) and "14 000" read the same: a separator
/// followed by exactly three digits is a thousands separator, anything else a decimal mark. A scale
/// word after the number ("Millionen", "million", "Mrd.") multiplies it. Years (1900–2100 written
/// without separators) are dates, not figures, and numbers below 10 are too common to be evidence.
public struct FigureScanner: Sendable {
    /// Scale words, lower-cased, with their factor.
    public var scales: [String: Double]

    /// Number words with their value.
    public var numberWords: [String: Double]

    /// Creates a scanner with the given scale and number words.
    public init(scales: [String: Double], numberWords: [String: Double] = [:]) {
        self.scales = scales
        self.numberWords = numberWords
    }

    /// Reads one numeric token; `nil` when it is not a number.
    ///
    /// Groups after a separator that have exactly three digits are thousands; a last group of any
    /// other length is the decimal part ("3,5", "2.75", "1.234,5").
    public static func value(of token: Substring) -> Double? {
        let groups = token.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard let first = groups.first, !first.isEmpty,
            groups.allSatisfy({ group in !group.isEmpty && group.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        var integer = String(first)
        var fraction = ""
        for (offset, group) in groups.enumerated().dropFirst() {
            if group.count == 3 {
                integer += group
            } else if offset == groups.count - 1 {
                fraction = String(group)
            } else {
                return nil
            }
        }
        guard let whole = Double(integer) else { return nil }
        guard !fraction.isEmpty, let part = Double("0." + fraction) else { return whole }
        return whole + part
    }

    /// The figures of `tokens` in order of appearance, each as a canonical string (`14000`, `3.5`).
    public func figures(in tokens: [StoryToken]) -> [String] {
        positionedFigures(in: tokens).map(\.figure)
    }

    /// The figures of `tokens` with the position of the token that states each.
    public func positionedFigures(in tokens: [StoryToken]) -> [(position: Int, figure: String)] {
        var result: [(position: Int, figure: String)] = []
        for (position, token) in tokens.enumerated() {
            let word = token.isNumeric ? nil : numberWords[token.text.lowercased()]
            guard token.isNumeric || word != nil, var value = word ?? Self.value(of: token.text) else { continue }
            let isYearLike = !token.text.contains(where: { $0 == "." || $0 == "," }) && value >= 1900 && value <= 2100
            if position + 1 < tokens.count {
                let next = tokens[position + 1].text.lowercased()
                if let factor = scales[next] {
                    value *= factor
                } else if isYearLike {
                    continue
                }
            } else if isYearLike {
                continue
            }
            guard value >= 10 else { continue }
            result.append((position, Self.canonical(value)))
        }
        return result
    }

    /// The canonical text of a value: no grouping, `.` as decimal mark, no trailing zeros.
    public static func canonical(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
